"""evviolent25: violent events right as whole events (class, agent and target).

Rules:
- a quote mark that opens right before a passive verb of killing or dying does not part
  it from the victim phrase that opens its clause («بأن فلان «قُتل جراء ...»», «إن ضابطا
  “استشهد”»): the phrase is still the victim;
- a word of possibility before an attack noun makes it a prospect, not a report
  («جهوزية البلاد لاحتمالية وقوع هجوم»);
- a place or a body named behind «داخل»/«خارج» (past «جميع دول») bounds where a deed was
  done and is never its target («استهدفوا منشآت حيوية داخل جميع دول مجلس التعاون»);
- a place behind «من»/«عن» and its place noun («من مدينة عدن») is whence, never the target
  of a strike or an offensive;
- a name after a definite head noun of the subject is the object when it cannot stand in
  apposition to the head: a place («وهاجم المسلحون العراق»), a name after machines
  («وقصفت الطائرات الحوثيين»), an accusative after a nominative («المسلحون الحوثيين»);
- a time after the subject of a verb of success does not part it from the killing it
  governs: «تمكن التنظيم في اليوم ذاته من قتل 4 ضباط» is done by the group;
- «كل» with a recurring time («في كل عيد», «كل عام») or «كلما» before a trigger in its
  sentence tells a habit, not an event of the news (but «كما في كل عام» compares, and the
  event happened);
- an indefinite accusative noun right after a verb of striking («استهدفت مقصفا») is its
  object: a name further on («يقصده طلاب جامعة بغداد») is no target, though the owner
  right after the object («مقرا تابعا للحوثيين») still is;
- a killing noun whose definite genitive names victims told in the clause of the latest
  killing («قتل ثلاثة مدنيين وجندي» then «أعلن الجيش مقتل الجندي») tells it again; an
  indefinite victim, or the doers of that killing, make a new one;
- a killing with no doer, told as the result of a strike («جراء/بسبب/إثر قصف X»), was done
  by the strike's doer named in its genitive;
- two violent nouns joined by «و» share the «على» object after the second («القصف وإطلاق
  النار على قرى أمامية»);
- «سبق أن» marks the deed after it as background even when a day named elsewhere in the
  sentence dates the news («ووقع الهجوم الاثنين في منطقة سبق أن شهدت عدة اعتداءات»);
- a counted killing in what someone said «في وقت سابق إن ...», after a killing the article
  told, is that killing with an earlier toll; «وفي وقت سابق، قتل مسلحون» is an earlier deed;
- an indefinite noun of fighting with no side, right after a sentence that told fighting of
  the same word with no side, is that fighting again («في معارك محتدمة» then «في معارك
  عنيفة»); a side of its own makes it new.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

ISIS = E("ArmedGroup", "تنظيم داعش", ("تنظيم داعش",))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
GCC = E("Organization", "مجلس التعاون الخليجي", ("مجلس التعاون الخليجي",))
IRAQ = E("Country", "العراق", ("العراق",), "Q796")
ADEN = E("City", "عدن", ("عدن",))
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
BAGHDAD = E("City", "بغداد", ("بغداد",))
ALL = [ISIS, KARIM, GCC, IRAQ, ADEN, SAUDI, HOUTHIS, BAGHDAD]


def extract(text: str) -> tuple[Document, list[Event]]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return doc, list(doc.events)


def labelled(text: str, label: str) -> tuple[Document, list[Event]]:
    doc, found = extract(text)
    return doc, [e for e in found if e.label == label]


def test_a_quote_opening_at_the_passive_verb_keeps_the_victim() -> None:
    doc, found = labelled(
        "وأفاد المرصد بأن كريم سالم «قُتل جراء استهدافه من قبل تنظيم داعش في ريف البلدة».",
        "Killing")
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["كريم سالم"]
    assert role(doc, found[0], "agent") == ["تنظيم داعش"]


def test_a_scare_quoted_verb_of_dying_keeps_its_subject() -> None:
    doc, found = labelled("وقالت الوكالة اليوم إن ضابطا من مواطنيها “استشهد” في خدمة الحملة.",
                          "Killing")
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["ضابطا من مواطنيها"]


def test_a_closed_quote_still_parts_the_phrase_from_the_verb() -> None:
    doc, found = labelled("وقال إن «الوضع خطير» قتل فيه عشرة.", "Killing")
    assert all(role(doc, e, "target") != ["الوضع خطير"] for e in found)


def test_a_possible_attack_is_no_event() -> None:
    _, found = labelled("ما يشير إلى جهوزية البلاد لاحتمالية وقوع هجوم مرتفع للغاية.", "Attack")
    assert found == []


def test_an_attack_that_took_place_is_still_an_event() -> None:
    _, found = labelled("وأعلنت الشرطة وقوع هجوم على سوق في العاصمة أمس.",
                        "Attack")
    assert len(found) == 1


def test_a_body_behind_inside_is_no_target() -> None:
    doc, found = labelled(
        "وقال المصدر إن الداعشيين استهدفوا أيضا منشآت حيوية داخل جميع دول مجلس التعاون الخليجي.",
        "Attack")
    assert len(found) == 1
    assert "مجلس التعاون الخليجي" not in " ".join(role(doc, found[0], "target"))


def test_a_country_behind_inside_is_the_place() -> None:
    doc, found = labelled("وقال المصدر إن المسلحين استهدفوا أيضا منشآت حيوية داخل العراق.",
                          "Attack")
    assert len(found) == 1
    assert role(doc, found[0], "target") != ["العراق"]
    assert role(doc, found[0], "location") == ["العراق"]


def test_a_body_attacked_is_still_the_target() -> None:
    doc, found = labelled("وقال المصدر إن الداعشيين استهدفوا أيضا مجلس التعاون الخليجي.",
                          "Attack")
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["مجلس التعاون الخليجي"]


def test_a_place_whence_is_no_target() -> None:
    doc, found = labelled(
        "قال سكان إن مقاتلين تدعمهم الضربات الجوية التي تقودها السعودية يحاولون استعادة "
        "الأحياء الشمالية من مدينة عدن اليوم.", "MilitaryOperation")
    assert len(found) == 1
    assert role(doc, found[0], "target") == []
    assert role(doc, found[0], "agent") == ["السعودية"]


def test_a_place_struck_is_still_the_target() -> None:
    doc, found = labelled("وقال سكان إن الضربات الجوية التي تقودها السعودية استهدفت مدينة عدن.",
                          "MilitaryOperation")
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["عدن"]


def test_a_group_after_machines_is_the_object() -> None:
    doc, found = labelled("وقصفت الطائرات الحوثيين في مدينة عدن أمس.", "Attack")
    assert len(found) == 1
    assert role(doc, found[0], "agent") == []
    assert role(doc, found[0], "target") == ["الحوثيين"]


def test_a_country_after_a_band_is_the_object() -> None:
    doc, found = labelled("وهاجم المسلحون العراق من الشمال.", "Attack")
    assert all("العراق" not in role(doc, e, "agent") for e in found)


def test_an_accusative_group_after_a_nominative_band_is_the_object() -> None:
    doc, found = labelled("وهاجم المسلحون الحوثيين في البلدة.", "Attack")
    assert len(found) == 1
    assert "الحوثيين" not in role(doc, found[0], "agent")
    assert role(doc, found[0], "target") == ["الحوثيين"]


def test_a_group_in_apposition_is_still_the_subject() -> None:
    doc, found = labelled("وهاجم المتمردون الحوثيون المدينة أمس.", "Attack")
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["الحوثيون"]


def test_a_time_between_success_and_killing_keeps_the_doer() -> None:
    doc, found = labelled("وقال المرصد إن تنظيم داعش تمكن صباح يوم الأحد الماضي من قتل 4 ضباط.",
                          "Killing")
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["تنظيم داعش"]
    assert role(doc, found[0], "target") == ["4 ضباط"]


def test_a_failed_killing_after_a_time_is_still_no_event() -> None:
    _, found = labelled("وقال المرصد إن تنظيم داعش لم يتمكن صباح يوم الأحد الماضي من قتل "
                        "4 ضباط.", "Killing")
    assert found == []


def test_a_killing_told_as_a_habit_is_no_event() -> None:
    _, found = extract("وفي كل عيد نسمع عن فاجعة هدمت فرحة أسرة، وتسببت في مقتل طفل أو "
                       "إصابته إصابة بالغة.")
    assert [e for e in found if e.label == "Killing"] == []


def test_every_time_tells_a_habit() -> None:
    _, found = extract("وفي كل مرة، شن الحوثيون هجوما على البلدة وقتلوا عشرات المدنيين.")
    assert found == []


def test_as_every_year_the_event_happened() -> None:
    _, found = labelled("وكما في كل عام، قتل مسلحون خمسة أشخاص في هجوم على سوق البلدة.",
                        "Attack")
    assert len(found) == 1


def test_a_name_past_the_accusative_object_is_no_target() -> None:
    doc, found = labelled("وقتل خمسة في هجوم بسيارة مفخخة استهدفت مقصفا يقصده طلاب جامعة بغداد "
                          "ظهر أمس.", "Attack")
    assert len(found) == 1
    assert "بغداد" not in role(doc, found[0], "target")


def test_a_verb_with_an_accusative_object_keeps_it_as_the_target() -> None:
    doc, found = labelled("وقصفت الطائرات مقصفا يقصده طلاب جامعة بغداد.", "Attack")
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["مقصفا"]


def test_the_owner_after_the_accusative_object_is_still_hit() -> None:
    doc, found = labelled("وهاجم مسلحون مقرا تابعا للحوثيين في البلدة.", "Attack")
    assert len(found) == 1
    assert "حوثيين" in " ".join(role(doc, found[0], "target"))


def test_a_definite_victim_told_before_is_the_same_killing() -> None:
    _, found = labelled("قتل ثلاثة مدنيين وجندي أمس في شرق البلاد. وأعلن الجيش مقتل الجندي في "
                        "منطقة الحدود المجاورة.", "Killing")
    assert len(found) == 1


def test_an_indefinite_victim_is_a_new_killing() -> None:
    _, found = labelled("قتل ثلاثة مدنيين وجندي أمس في شرق البلاد. وأعلن الجيش مقتل جندي آخر في "
                        "منطقة الحدود المجاورة.", "Killing")
    assert len(found) == 2


def test_the_doers_of_a_killing_killed_later_are_a_new_killing() -> None:
    _, found = labelled("واغتال مسلحون شرطيا في البلدة أمس. وأعلن الجيش لاحقا مقتل المسلحين في "
                        "اشتباك مع قوات الأمن.", "Killing")
    assert len(found) == 2


def test_the_doer_of_the_strike_a_killing_resulted_from() -> None:
    doc, found = labelled("وقال المصدر إن رجلا قتل جراء قصف الحوثيين للحي.", "Killing")
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["الحوثيين"]
    assert role(doc, found[0], "target") == ["رجلا"]


def test_an_unowned_strike_gives_no_doer() -> None:
    doc, found = labelled("وقال المصدر إن رجلا قتل بسبب قصف عشوائي على الحي.", "Killing")
    assert len(found) == 1
    assert role(doc, found[0], "agent") == []


def test_a_strike_after_a_comma_gives_no_doer() -> None:
    doc, found = labelled("وقال المصدر إن رجلا قتل في الحي، وذلك بعد يوم من قصف الحوثيين للحي.",
                          "Killing")
    assert all(role(doc, e, "agent") == [] for e in found)


def test_paired_violent_nouns_share_the_object() -> None:
    doc, found = labelled("وقال المتحدث: «بدأ الحوثيون القصف وإطلاق النار على قرى أمامية في "
                          "البلدة».", "Attack")
    assert found
    assert role(doc, found[0], "target") == ["قرى"]


def test_a_noun_of_another_kind_between_keeps_its_own_object() -> None:
    doc, found = labelled("وقال المتحدث: «بدأ الحوثيون القصف والاجتماع على قرى أمامية في "
                          "البلدة».", "Attack")
    assert found
    assert role(doc, found[0], "target") == []


def _with_date(text: str) -> list[Event]:
    doc: Document = extract_relations(build_doc(text, ALL, date="2015-07-21"))
    return list(doc.events)


def test_deeds_after_already_are_background_despite_a_day_in_the_sentence() -> None:
    found = _with_date("ووقع الهجوم الاثنين في منطقة البلدة الساحلية؛ المنطقة التي سبق ان شهدت "
                       "عدة اعتداءات نفذها المسلحون.")
    earlier = [e for e in found if e.label == "Attack" and e.trigger_start > 40]
    assert earlier and all(e.historical for e in earlier)
    news = [e for e in found if e.label == "Attack" and e.trigger_start < 40]
    assert news and not any(e.historical for e in news)


def test_a_toll_said_earlier_is_the_same_killing() -> None:
    _, found = labelled("قال شهود إن أكثر من 27 شخصا قتلوا في انفجار هز البلدة اليوم. وقال نائب "
                        "في وقت سابق إن أكثر من عشرة أشخاص قتلوا في الانفجار.", "Killing")
    assert len(found) == 1


def test_an_earlier_deed_is_a_new_killing() -> None:
    _, found = labelled("قال شهود إن 27 شخصا قتلوا في انفجار هز البلدة. وفي وقت سابق، قتل "
                        "مسلحون خمسة جنود في القرية المجاورة.", "Killing")
    assert len(found) == 2


def test_a_toll_said_earlier_with_its_doer_keeps_the_doer() -> None:
    doc, found = labelled("قال مسؤولون إن أربعة مدنيين قتلوا في قصف للمناطق الحدودية. وذكر "
                          "مسؤولون في وقت سابق أن أربعة مدنيين قتلوا بنيران الحوثيين.", "Killing")
    assert any(role(doc, e, "agent") == ["الحوثيين"] for e in found)


def test_sideless_fighting_told_again_is_the_same_fighting() -> None:
    _, found = labelled("تكبدت القوات والتنظيم خسائر في صفوف مقاتليهم، في معارك محتدمة دارت "
                        "بمناطق متفرقة. وقالت مصادر إن 28 عنصرا قتلوا وأصيب 27 في معارك عنيفة.",
                        "MilitaryOperation")
    assert len(found) == 1


def test_fighting_with_a_side_of_its_own_is_new() -> None:
    _, found = labelled("تكبدت القوات والتنظيم خسائر في صفوف مقاتليهم، في معارك محتدمة دارت "
                        "بمناطق متفرقة. وقالت مصادر إن 28 عنصرا قتلوا في معارك عنيفة مع "
                        "الحوثيين في عدن.", "MilitaryOperation")
    assert len(found) == 2
