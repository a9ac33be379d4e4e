"""Events of conflict and business news read as whole events (session 26). Made-up sentences.

Rules tested:

- a body that reports its own signing («أعلنت الشركة أنها وقعت اتفاقية مع ...») is the
  agreement's signer (``event_signing.speaker_signer``); not a masculine «إنه» of a person, nor
  another subject of the signing verb; so is an organisation that announces the signing
  («أعلنت الوزارة عن توقيع اتفاقية»), not a person (``event_signing.announced_signer``);
- an intransitive verb of withdrawing with an unnamed actor right after it («وانسحب عناصر
  التنظيم») has its own subject: the name of the clause before is not its doer, and an unnamed
  perpetrator phrase there («وانسحب مسلحون») is read as the doer (``event_own_subjects``);
- a coalition named with its foe («قوات التحالف ضد تنظيم داعش») between a support verb and its
  counted noun is still the subject of the verb (``event_support._past_named_foe``);
- a name right before a verb of undergoing adjacent to its attack noun («إن الجيش تعرض لهجوم
  من تنظيم داعش», «فوق العراق تعرضت لإطلاق قذيفة») is who underwent it or where, never the
  doer; a body attacked by an armed group named behind «من» is the target
  (``event_underwent``);
- a named agent that opens a «إن/أن» clause right before a violent verb with an object («إن
  تنظيم داعش هاجم الجيش») is the doer, the name after the verb its object
  (``event_that_subjects.named_that_subject``);
- a meeting or visit noun with its pronoun behind a word of time that opens the sentence
  («وبعد لقائه الرئيس فلان، صباح أمس، قال فلان») is the deed of the subject of the first verb
  of saying after it, agreeing with the pronoun (``possessive.fronted_occasion_subject``);
- a war noun with a named foe right behind «ضد» («الحرب ضد تنظيم داعش») is an ongoing military
  operation on that foe; a side named before it takes part, a genitive wages it; a war on a
  common noun («ضد الإرهاب») or called for is none (``event_wars``);
- an event told as needed or possible after «من» («من الضروري عقد قمة», «من الممكن أن
  يلتقي») is no event (``event_prospects.MODAL_WORDS``);
- a verb of receiving or meeting with the guest as object pronoun («استقبله», «التقاها») has
  the person after it (past a time adjunct in commas) for host; in a relative clause the
  antecedent is the guest, not the doer (``event_received``);
- «عايد» (an Eid greeting) is a visit only when the sick or their hospital are named after it,
  not as its subject (``event_greetings``);
- «عمليات عسكرية» are a military operation, read only with a side of their own (the subject
  of the verb that carries them), never the nearest name before (``event_operations``);
- after a verb trigger, a past time inside a relative clause («الأراضي التي خسرتها العام
  الماضي») dates the noun it describes, not the event (``timex.event_time``);
- «السابقة/السابق» agreeing with an event noun marks a previous, background event; not after
  a title («الرئيس السابق») (``event_famed``);
- a doer of violence named as the genitive of a killing noun («مقتل الانتحاري») is the one
  killed (``event_genitives``);
- a meeting verb joined by «و» to an earlier verb with a named subject shares that subject, the
  person after it is the one met, unless a second name follows as its object
  (``event_joined_meetings``);
- a schedule («من المرتقب أن») reaches its event past a time adjunct set off by commas
  («، مساء أمس،») (``event_prospects``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

NAKHLA = E("Organization", "شركة النخلة", ("شركة النخلة",))
BAHR = E("Organization", "شركة البحر", ("شركة البحر",))
HEALTH = E("Organization", "وزارة الصحة", ("وزارة الصحة",))
KAREEM = E("Person", "كريم الهادي", ("كريم الهادي",))
NADER = E("Person", "نادر السالم", ("نادر السالم",))
SALMA = E("Person", "سلمى العارف", ("سلمى العارف",))
COALITION = E("ArmedGroup", "التحالف الدولي", ("التحالف الدولي",))
DAESH = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش"))
ARMY = E("ArmedGroup", "الجيش الرملاندي", ("الجيش الرملاندي",))
RAMLAND = E("Country", "رملاند", ("رملاند",))
KARMA = E("City", "الكرمة", ("الكرمة",))
ALL = [NAKHLA, BAHR, HEALTH, KAREEM, NADER, SALMA, COALITION, DAESH, ARMY, RAMLAND, KARMA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_a_body_that_tells_its_own_signing_signed_the_agreement() -> None:
    doc = run("أعلنت شركة النخلة اليوم أنها وقعت اتفاقية مع شركة البحر لتطوير الميناء.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["شركة النخلة"]
    assert role(doc, event, "participant") == ["شركة البحر"]


def test_a_contract_signed_by_the_speaking_ministry() -> None:
    doc = run("وقالت وزارة الصحة إنها وقعت عقداً مع شركة البحر لتشغيل المستشفى.")
    assert role(doc, only(doc, "Agreement"), "agent") == ["وزارة الصحة"]


def test_a_masculine_pronoun_of_a_person_is_not_read_as_the_signer() -> None:
    doc = run("وقال كريم الهادي إنه وقع اتفاقية مع شركة البحر.")
    assert all(role(doc, e, "agent") != ["كريم الهادي"] for e in doc.events)


def test_another_subject_of_the_signing_verb_is_not_the_speaker() -> None:
    doc = run("وقالت وزارة الصحة إن شركة النخلة وقعت اتفاقية مع شركة البحر.")
    assert "وزارة الصحة" not in role(doc, only(doc, "Agreement"), "agent")


def test_an_actor_after_a_withdrawal_verb_is_its_own_subject() -> None:
    doc = run("وتمكن التحالف الدولي من قتل 18 عنصراً من داعش وانسحب عناصر التنظيم إلى "
              "الكرمة.")
    assert role(doc, only(doc, "Killing"), "agent") == ["التحالف الدولي"]
    assert not any(e.label == "Withdrawal" and role(doc, e, "agent") == ["التحالف الدولي"]
                   for e in doc.events)


def test_a_named_subject_after_the_withdrawal_verb_is_kept() -> None:
    doc = run("وقصف التحالف الدولي مواقع داعش وانسحب الجيش الرملاندي من الكرمة.")
    assert role(doc, only(doc, "Withdrawal"), "agent") == ["الجيش الرملاندي"]


def test_a_coalition_named_with_its_foe_carries_its_counted_strikes() -> None:
    doc = run("نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي تسع ضربات جوية على مواقع "
              "في رملاند.")
    event = only(doc, "MilitaryOperation")
    assert role(doc, event, "agent") == ["التحالف الدولي"]


def test_a_foe_without_a_count_after_it_gives_no_far_subject() -> None:
    doc = run("نفذت قوات التحالف الدولي ضد تنظيم داعش الإرهابي في رملاند وبعد أسابيع من "
              "التحضير ضربات جوية.")
    assert all(role(doc, e, "agent") != ["التحالف الدولي"] for e in doc.events
               if e.label == "MilitaryOperation")


def test_a_body_before_its_verb_of_undergoing_is_hit_not_the_doer() -> None:
    doc = run("وقال كريم الهادي إن الجيش الرملاندي تعرض لهجوم من تنظيم داعش قرب الكرمة.")
    event = only(doc, "Attack")
    assert role(doc, event, "agent") == ["تنظيم داعش"]
    assert role(doc, event, "target") == ["الجيش الرملاندي"]


def test_a_place_before_the_verb_of_undergoing_is_no_doer() -> None:
    doc = run("كانت الطائرة التي يستقلها فوق رملاند تعرضت لإطلاق قذيفة أمس.")
    assert all(role(doc, e, "agent") != ["رملاند"] for e in doc.events)


def test_the_doer_named_before_an_attack_verb_is_kept() -> None:
    doc = run("وقال كريم الهادي إن تنظيم داعش هاجم الجيش الرملاندي قرب الكرمة.")
    assert role(doc, only(doc, "Attack"), "agent") == ["تنظيم داعش"]


def test_a_named_subject_opening_a_that_clause_does_the_verb_after_it() -> None:
    doc = run("وقال كريم الهادي إن الجيش الرملاندي قصف مواقع تنظيم داعش قرب الكرمة.")
    event = only(doc, "Attack")
    assert role(doc, event, "agent") == ["الجيش الرملاندي"]
    assert role(doc, event, "target") == ["تنظيم داعش"]


def test_a_name_before_the_verb_outside_a_that_clause_is_not_read_so() -> None:
    doc = run("وفي رملاند قصف الجيش الرملاندي مواقع تنظيم داعش.")
    assert role(doc, only(doc, "Attack"), "agent") == ["الجيش الرملاندي"]


def test_a_fronted_meeting_is_the_deed_of_the_speaker_after_it() -> None:
    doc = run("وبعد لقائه الرئيس كريم الهادي، صباح أمس، قال نادر السالم إن المحادثات مثمرة.")
    event = only(doc, "Meeting")
    assert role(doc, event, "agent") == ["نادر السالم"]
    assert role(doc, event, "participant") == ["كريم الهادي"]


def test_a_fronted_visit_is_the_deed_of_the_speaker_after_it() -> None:
    doc = run("وخلال زيارته إلى رملاند أمس، أكد نادر السالم دعمه للحكومة.")
    assert role(doc, only(doc, "Visit"), "agent") == ["نادر السالم"]


def test_a_fronted_meeting_whose_pronoun_disagrees_with_the_verb_is_not_read() -> None:
    doc = run("وبعد لقائه الرئيس كريم الهادي، قالت الوزيرة سلمى العارف إن المحادثات مثمرة.")
    assert not any(role(doc, e, "agent") == ["سلمى العارف"] for e in doc.events)


def test_a_war_on_a_named_foe_is_an_operation_whose_target_is_the_foe() -> None:
    doc = run("وهو ما تشير إليه مشاركة رملاند في الحرب ضد تنظيم داعش، كما قال كريم الهادي.")
    event = only(doc, "MilitaryOperation")
    assert role(doc, event, "target") == ["تنظيم داعش"]
    assert role(doc, event, "agent") == []
    assert role(doc, event, "participant") == ["رملاند"]


def test_the_genitive_of_a_war_wages_it() -> None:
    doc = run("وتتواصل حرب التحالف الدولي ضد تنظيم داعش قرب الكرمة.")
    assert role(doc, only(doc, "MilitaryOperation"), "agent") == ["التحالف الدولي"]


def test_a_war_on_a_common_noun_or_called_for_is_no_event() -> None:
    for text in ("وأكد كريم الهادي أن رملاند ماضية في الحرب ضد الإرهاب.",
                 "ودعا كريم الهادي إلى الحرب ضد تنظيم داعش.",
                 "ويعيش الأهالي أوضاعاً صعبة منذ الحرب الأهلية في رملاند."):
        doc = run(text)
        assert not [e for e in doc.events if e.label == "MilitaryOperation"], text


def test_a_meeting_told_as_needed_or_possible_is_no_event() -> None:
    for text in ("وقال كريم الهادي: «من الضروري عقد قمة لأصدقاء رملاند».",
                 "ومن المهم توقيع اتفاقية مع شركة البحر، كما قالت شركة النخلة.",
                 "ومن الممكن أن يلتقي كريم الهادي نادر السالم في رملاند."):
        doc = run(text)
        assert not [e for e in doc.events if e.label in {"Meeting", "Agreement"}], text


def test_a_meeting_held_is_kept_beside_a_need() -> None:
    doc = run("والتقى كريم الهادي نادر السالم في رملاند، وقال إن من الضروري التعاون.")
    assert role(doc, only(doc, "Meeting"), "agent") == ["كريم الهادي"]


def test_the_antecedent_of_a_receiving_verb_is_the_guest() -> None:
    doc = run("وقال نادر السالم الذي استقبله، صباح أمس، الرئيس كريم الهادي، إن رملاند آمنة.")
    event = only(doc, "Meeting")
    assert role(doc, event, "agent") == ["كريم الهادي"]
    assert role(doc, event, "participant") == ["نادر السالم"]


def test_a_receiving_verb_in_a_main_clause_has_its_host_after_it() -> None:
    doc = run("ووصل نادر السالم إلى رملاند واستقبله الرئيس كريم الهادي في المطار.")
    assert role(doc, only(doc, "Meeting"), "agent") == ["كريم الهادي"]


def test_a_visitor_of_a_plain_relative_clause_is_still_the_antecedent() -> None:
    doc = run("وقال نادر السالم الذي زار رملاند أمس إن الأوضاع مستقرة.")
    assert role(doc, only(doc, "Visit"), "agent") == ["نادر السالم"]


def test_the_name_before_a_receiving_verb_is_no_host() -> None:
    doc = run("وكان وصول نادر السالم مختلفاً حيث استقبله الجميع بتصفيق وحفاوة.")
    assert not any(role(doc, e, "agent") == ["نادر السالم"] for e in doc.events)


def test_an_eid_greeting_of_the_sick_is_a_visit() -> None:
    doc = run("عايد مدير الدفاع المدني العقيد كريم الهادي الأطفال المنومين بمستشفى الكرمة "
              "بعيد الفطر المبارك.")
    assert role(doc, only(doc, "Visit"), "agent") == ["كريم الهادي"]


def test_an_eid_greeting_of_citizens_or_of_each_other_is_no_visit() -> None:
    for text in ("عايد الأمير كريم الهادي المواطنين في قصر الحكم.",
                 "وبعد صلاة العيد عايد النزلاء بعضهم البعض في رملاند.",
                 "عايد المرضى المنومون كريم الهادي في رملاند."):
        doc = run(text)
        assert not [e for e in doc.events if e.label == "Visit"], text


def test_military_operations_carried_out_by_a_named_side() -> None:
    doc = run("وشن الجيش الرملاندي عمليات عسكرية في الكرمة أمس.")
    event = only(doc, "MilitaryOperation")
    assert role(doc, event, "agent") == ["الجيش الرملاندي"]


def test_military_operations_without_a_side_of_their_own_are_no_event() -> None:
    for text in ("وطالب كريم الهادي بوقف العمليات العسكرية في رملاند.",
                 "وقال كريم الهادي عن العمليات العسكرية في رملاند إنها ناجحة."):
        doc = run(text)
        assert not [e for e in doc.events if e.label in {"MilitaryOperation", "Attack"}], text


def test_a_past_year_inside_a_relative_clause_on_the_object_does_not_date_the_verb() -> None:
    doc = build_doc("وقصف الجيش الرملاندي مواقع تنظيم داعش التي سيطر عليها العام الماضي.",
                    ALL, date="2015-07-20")
    event = only(extract_relations(doc), "Attack")
    assert not event.historical


def test_a_past_year_of_the_verb_itself_still_dates_it() -> None:
    doc = build_doc("وقصف الجيش الرملاندي مواقع تنظيم داعش في الكرمة العام الماضي.",
                    ALL, date="2015-07-20")
    assert only(extract_relations(doc), "Attack").historical


def test_a_previous_visit_is_background() -> None:
    doc = build_doc("وأكد نادر السالم أن زيارة كريم الهادي السابقة إلى رملاند كانت ناجحة.",
                    ALL, date="2015-07-20")
    assert only(extract_relations(doc), "Visit").historical


def test_a_former_title_does_not_date_the_visit() -> None:
    doc = build_doc("ويتزامن ذلك مع زيارة الرئيس السابق كريم الهادي إلى رملاند أمس.",
                    ALL, date="2015-07-20")
    assert not only(extract_relations(doc), "Visit").historical


def test_a_bomber_named_after_a_killing_noun_is_the_one_killed() -> None:
    doc = run("فجّر انتحاري نفسه عند نقطة تفتيش في الكرمة، وكانت النتيجة مقتل الانتحاري "
              "وإصابة اثنين من رجال الأمن.")
    assert role(doc, only(doc, "Killing"), "target") == ["الانتحاري"]


def test_a_bomber_after_a_killing_verb_is_still_its_doer() -> None:
    doc = run("وقتل انتحاري عشرة أشخاص في الكرمة أمس.")
    assert role(doc, only(doc, "Killing"), "target") != ["انتحاري"]


def test_a_meeting_verb_joined_to_a_visit_shares_its_subject() -> None:
    doc = run("وزار الرئيس نادر السالم رملاند أمس والتقى الرئيس كريم الهادي.")
    event = only(doc, "Meeting")
    assert role(doc, event, "agent") == ["نادر السالم"]
    assert role(doc, event, "participant") == ["كريم الهادي"]


def test_a_joined_meeting_verb_with_its_own_object_has_its_own_subject() -> None:
    doc = run("وزار الرئيس نادر السالم رملاند أمس، والتقى الرئيس كريم الهادي الوزيرة سلمى "
              "العارف.")
    meeting = only(doc, "Meeting")
    assert role(doc, meeting, "agent") == ["كريم الهادي"]


def test_a_schedule_reaches_past_a_time_adjunct_in_commas() -> None:
    doc = run("وكان من المرتقب أن يشارك نادر السالم، مساء أمس، في اجتماع مع كريم الهادي.")
    assert not [e for e in doc.events if e.label == "Meeting"]


def test_a_meeting_held_with_a_time_adjunct_in_commas_is_kept() -> None:
    doc = run("والتقى نادر السالم، مساء أمس، الرئيس كريم الهادي في رملاند.")
    assert role(doc, only(doc, "Meeting"), "agent") == ["نادر السالم"]


def test_unnamed_gunmen_after_a_withdrawal_verb_are_its_doer() -> None:
    doc = run("وقصف التحالف الدولي مواقع في الكرمة وانسحب مسلحون إلى الجبال.")
    assert role(doc, only(doc, "Withdrawal"), "agent") == ["مسلحون"]


def test_a_body_announcing_the_signing_is_the_signer() -> None:
    doc = run("أعلنت وزارة الصحة اليوم عن توقيع اتفاقية مع شركة البحر لتشغيل المستشفى.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["وزارة الصحة"]
    assert role(doc, event, "participant") == ["شركة البحر"]


def test_a_person_announcing_a_signing_is_not_read_as_the_signer() -> None:
    doc = run("أعلن كريم الهادي توقيع اتفاقية مع شركة البحر.")
    assert role(doc, only(doc, "Agreement"), "agent") != ["كريم الهادي"]
