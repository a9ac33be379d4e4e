"""Event arguments on unseen text, session 16: the short group names of conflict news as
doers («المقاومة», «قوات التحالف», «مسلحو الحوثي»), a state of control that is no seizure
(«الخاضعة لسيطرة داعش»), an event said not to have happened («بعيداً عن اعتداءات»,
«دون وقوع اشتباكات») and a place among those near which a strike fell."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

ADEN = E("City", "عدن", ("عدن",))
TAIZ = E("City", "تعز", ("تعز",))
SANAA = E("City", "صنعاء", ("صنعاء",))
MOSUL = E("City", "الموصل", ("الموصل",))
RAMADI = E("City", "الرمادي", ("الرمادي",))
ANBAR = E("Region", "الأنبار", ("الأنبار",))
SYRIA = E("Country", "سوريا", ("سوريا",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
ISIS = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش"))
COALITION = E("InternationalOrganization", "التحالف الدولي", ("التحالف الدولي",))
FATH = E("ArmedGroup", "جيش الفتح", ("جيش الفتح",))
ALL = [ADEN, TAIZ, SANAA, MOSUL, RAMADI, ANBAR, SYRIA, HOUTHIS, ISIS, COALITION, FATH]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


@pytest.mark.parametrize(("text", "label", "agent"), [
    ("وسيطرت المقاومة على مطار عدن صباح أمس.", "MilitaryOperation", "المقاومة"),
    ("وسيطرت المقاومة الجنوبية على مطار عدن صباح أمس.", "MilitaryOperation",
     "المقاومة الجنوبية"),
    ("وشنت قوات التحالف غارات على مواقع الحوثيين في صنعاء.", "Attack", "قوات التحالف"),
    ("وشن التحالف غارات على مواقع الحوثيين في صنعاء.", "Attack", "التحالف"),
    ("وشنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء.", "Attack", "طائرات التحالف"),
    ("وقتل مسلحو الحوثيين خمسة مدنيين في تعز.", "Killing", "مسلحو الحوثيين"),
])
def test_a_short_group_name_is_the_doer(text: str, label: str, agent: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, label), "agent") == [agent]


def test_forces_of_a_tagged_coalition_are_the_coalition() -> None:
    doc = run("وشنت قوات التحالف الدولي غارات على مواقع تنظيم داعش في سوريا.")
    event = only(doc, "Attack")
    assert {a.entity_id for a in event.arguments if a.role == "agent"} == {COALITION.id}


def test_the_eponym_of_a_group_named_in_the_plural_is_the_group() -> None:
    doc = run("وتقدم الحوثيون نحو الحي. وقتل مسلحو الحوثي خمسة مدنيين في عدن أمس.")
    killing = only(doc, "Killing")
    assert {a.entity_id for a in killing.arguments if a.role == "agent"} == {HOUTHIS.id}


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن التحالف الوطني عقد اجتماعاً في بغداد.",  # a party, not the coalition
    "وأشاد الكاتب بالمقاومة المسلحة في فلسطين.",  # a practice
])
def test_no_standing_group_where_another_word_qualifies_it(text: str) -> None:
    doc = run(text)
    assert not any(a.role == "agent" and doc.text[a.start:a.end].startswith(("التحالف",
                                                                            "المقاومة"))
                   for e in doc.events for a in e.arguments)


@pytest.mark.parametrize("text", [
    "أوقفت القوات القصف لضمان خروج العوائل من المدينتين الخاضعتين لسيطرة تنظيم داعش.",
    "وأعلنت الوزارة انطلاق العمليات لتحرير الأنبار من سيطرة تنظيم داعش.",
    "وأعلنت الوزارة انطلاق العمليات لتحرير الأنبار من سيطرة تنظيم داعش بعد شهرين على "
    "إرسال التعزيزات.",
])
def test_a_state_of_control_is_no_seizure(text: str) -> None:
    assert [e for e in run(text).events if e.label == "MilitaryOperation"] == []


@pytest.mark.parametrize(("text", "agent"), [
    ("وجاء ذلك بعد سيطرة تنظيم داعش على مدينة الرمادي.", "تنظيم داعش"),
    ("وخرج مدنيون يطالبون بتشكيله، بعد سيطرة تجمع «جيش الفتح» في إدلب على المدينة.",
     "جيش الفتح"),
])
def test_a_seizure_names_what_was_seized(text: str, agent: str) -> None:
    doc = run(text)
    assert role(doc, only(doc, "MilitaryOperation"), "agent") == [agent]


@pytest.mark.parametrize("text", [
    "وقالت المصادر إن القرى شهدت هدوءاً تاماً بعيداً عن اعتداءات الحوثيين.",
    "ومر اليوم دون وقوع اشتباكات بين الحوثيين والمقاومة في تعز.",
    "وانتهت المسيرة بدون أي اشتباكات مع الحوثيين في تعز.",
    "وكانت المدينة خالية من أي اشتباكات بين الحوثيين والمقاومة.",
])
def test_an_event_said_not_to_have_happened(text: str) -> None:
    assert [e for e in run(text).events if e.label in {"Attack", "MilitaryOperation"}] == []


def test_an_event_with_a_reason_denied_still_happened() -> None:
    doc = run("وقتل الحوثيون خمسة مدنيين دون سبب في تعز.")
    assert role(doc, only(doc, "Killing"), "agent") == ["الحوثيون"]


def test_a_place_among_those_near_which_a_strike_fell_is_no_target() -> None:
    doc = run("وقال البيان إن طائرات التحالف الدولي استهدفت مواقع قتالية بالقرب من ثماني "
              "مدن عراقية منها الموصل.")
    attack = only(doc, "Attack")
    assert "الموصل" not in role(doc, attack, "target")


@pytest.mark.parametrize("text", [
    "وأعلن رئيس المجلس الأوروبي عن إلغاء القمة الأوروبية التي كانت مقررة في بروكسل.",
    "وأعلنت الحكومة تأجيل الاجتماع مع المعارضة في عدن.",
    "وقال المتحدث إن قمة قادة منطقة اليورو ستستمر حتى التوصل إلى اتفاق حول الديون.",
    "وأكد الوزير أن الاجتماع الذي سيعقد في صنعاء سيبحث الأزمة.",
    "ويمكن للمنظمة إعادة فرض العقوبات على الحوثيين خلال السنوات العشر المقبلة.",
])
def test_an_event_called_off_awaited_or_to_come(text: str) -> None:
    assert [(e.label, text[e.trigger_start:e.trigger_end]) for e in run(text).events] == []


def test_a_meeting_held_before_one_to_come() -> None:
    doc = run("وعقد الوزير اجتماعاً مع المبعوث في عدن وسيعقد اجتماعاً آخر غداً.")
    assert [doc.text[e.trigger_start:e.trigger_end] for e in doc.events
            if e.label == "Meeting"] == ["اجتماعاً"]


@pytest.mark.parametrize(("text", "group"), [
    ("وسيطر تنظيم داعش على الرمادي الشهر الماضي. وأعدم التنظيم خمسة مدنيين في الرمادي أمس.",
     ISIS),
    ("وتقدم الحوثيون نحو عدن. وقصفت الميليشيات حي المنصورة في عدن أمس.", HOUTHIS),
])
def test_a_bare_group_head_refers_back_to_the_group_named(text: str, group: E) -> None:
    doc = run(text)
    last = max(doc.events, key=lambda e: e.trigger_start)
    assert {a.entity_id for a in last.arguments if a.role == "agent"} == {group.id}


def test_a_bare_group_head_after_two_groups_is_neither() -> None:
    doc = run("وقاتل تنظيم داعش الحوثيين في البلدة. وأعدم التنظيم خمسة مدنيين في الرمادي أمس.")
    last = max(doc.events, key=lambda e: e.trigger_start)
    assert not {a.entity_id for a in last.arguments} & {ISIS.id, HOUTHIS.id}


@pytest.mark.parametrize("text", [
    "وقال إن أي تدخل سيدخلنا في المستنقع واستشهد على ذلك بما يجري في سوريا.",
    "وحين هاجم تنظيم داعش البلدة احتجت بأنه قصفها بالطائرات.",
    "وأكد أن الشعب الذي استعاد الأمن والاستقرار في مدينة عدن لن ينسى.",
    "وأعرب العراق عن مخاوفه من إفشال عقد قمة البرلمانات الإسلامية في بغداد.",
    "وطالب بآلية تسمح بعودة فرض العقوبات بسرعة في حالة انتهاك الحوثيين للاتفاق.",
])
def test_a_trigger_in_another_sense_or_still_possible(text: str) -> None:
    assert [(e.label, text[e.trigger_start:e.trigger_end]) for e in run(text).events] == []


def test_ground_won_back_is_an_operation() -> None:
    doc = run("واستعادت القوات مدينة الرمادي من تنظيم داعش.")
    assert role(doc, only(doc, "MilitaryOperation"), "target") == ["الرمادي"]


def test_a_protest_is_no_argument() -> None:
    doc = run("واحتج مئات العمال أمام وزارة العمل في عدن.")
    assert only(doc, "Protest") is not None


HOLLANDE = E("Person", "فرانسوا هولاند", ("فرانسوا هولاند",))


@pytest.mark.parametrize("text", [
    "إن حضور الرئيس الفرنسي فرانسوا هولاند ضيف شرف على قمة مجلس التعاون في صنعاء يعكس عمق "
    "العلاقات.",
    "وشارك الرئيس الفرنسي فرانسوا هولاند في قمة مجلس التعاون في صنعاء أمس.",
])
def test_who_attends_a_summit_is_a_party_not_its_host(text: str) -> None:
    doc = extract_relations(build_doc(text, [*ALL, HOLLANDE]))
    meeting = only(doc, "Meeting")
    assert role(doc, meeting, "agent") == []
    assert role(doc, meeting, "participant") == ["فرانسوا هولاند"]


def test_who_holds_a_meeting_is_its_agent() -> None:
    doc = extract_relations(build_doc(
        "وعقد الرئيس الفرنسي فرانسوا هولاند اجتماعاً مع وزير الدفاع في صنعاء أمس.",
        [*ALL, HOLLANDE]))
    assert role(doc, only(doc, "Meeting"), "agent") == ["فرانسوا هولاند"]


def test_control_challenged_is_a_state() -> None:
    doc = run("وقرر التحالف جعل عدن قاعدة لتحدي سيطرة الحوثيين على معظم أنحاء تعز.")
    assert [e for e in doc.events if e.label == "MilitaryOperation"] == []


def test_insurgents_of_a_group_are_the_group() -> None:
    taliban = E("ArmedGroup", "طالبان", ("طالبان",))
    doc = extract_relations(build_doc("وقتل متمردو طالبان خمسة جنود في تعز أمس.",
                                      [*ALL, taliban]))
    killing = only(doc, "Killing")
    assert {a.entity_id for a in killing.arguments if a.role == "agent"} == {taliban.id}


def test_control_over_a_pronoun_is_a_seizure() -> None:
    doc = run("وقال إن المقاومة دخلت مدينة تعز بعد سيطرة تنظيم داعش عليها لأيام.")
    seizures = [doc.text[e.trigger_start:e.trigger_end] for e in doc.events
                if e.label == "MilitaryOperation"]
    assert "سيطرة" in seizures


def test_a_verb_of_aiming_behind_haythu_tells_how_the_event_went() -> None:
    doc = run("وقع انفجار في قرية بتعز مساء أمس، حيث استهدف دورية أمنية أثناء قيامها بواجبها.")
    attack = only(doc, "Attack")
    assert doc.text[attack.trigger_start:attack.trigger_end] == "انفجار"
    assert role(doc, attack, "target") == ["دورية"]


def test_a_verb_of_aiming_behind_haythu_with_its_own_subject_is_a_deed() -> None:
    doc = run("وقع انفجار في قرية بتعز مساء أمس، حيث استهدف الحوثيون دورية أمنية.")
    aimed = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == "استهدف"]
    assert len(aimed) == 1 and role(doc, aimed[0], "agent") == ["الحوثيون"]


def test_who_holds_a_position_on_a_deal_is_no_party() -> None:
    doc = extract_relations(build_doc("وعن موقف إسرائيل من الاتفاق، قال الوزير إنها معزولة.",
                                      [*ALL, E("Country", "إسرائيل", ("إسرائيل",))]))
    assert [a for e in doc.events for a in e.arguments if doc.text[a.start:a.end] == "إسرائيل"] \
        == []


def test_a_count_between_the_support_verb_subject_and_its_noun() -> None:
    doc = run("ونفذت قوات التحالف تسع غارات على مواقع الحوثيين في صنعاء.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "agent") == ["قوات التحالف"]
    assert role(doc, attack, "target") == ["الحوثيين"]


def test_shelled_as_a_verb_before_its_subject() -> None:
    doc = run("وقصف طيران التحالف مواقع للحوثيين في عدن.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "agent") == ["طيران التحالف"]


def test_shelling_after_min_is_a_noun() -> None:
    doc = run("وقالت المصادر إن القوات علقت جزئياً العمليات العسكرية من قصف جوي ومدفعي على "
              "أحياء الرمادي.")
    assert [e for e in doc.events if e.label == "Attack"] == []


def test_the_coalition_named_by_its_genitive() -> None:
    doc = run("من جهة ثانية قصف طيران تحالف الدول العربية الاثنين مواقع للحوثيين في عدن.")
    assert role(doc, only(doc, "Attack"), "agent") == ["طيران تحالف الدول العربية"]
