"""evrecall25: events kg missed on news it had not seen.

Rules:
- a bare perfect homograph («قتل», «قصف», «خطف») right after a definite subject phrase
  that opens a «أن/إن» clause is that clause's verb, when an object follows it: «وقال
  الحاكم إن الجيش قتل عشرة مسلحين» tells a killing. With no object («إن الجندي قتل أثناء
  المعارك») it is a passive whose subject is the victim; after a verb («أعلن الجيش قتل
  عشرة مسلحين») the subject is not the clause's opener and the form stays a verbal noun;
- «وقتل», «وقصف» right after the object of a plain perfect verb of force («اعتقل»,
  «اقتحم», «هاجم»: forms that are no verbal noun) is a second verb of that clause, when an
  object follows it: «إن الجيش اعتقل عشرات المسلحين وقتل آخرين» tells a killing of
  «آخرين», and the count before it («عشرات المسلحين») is the first verb's object, not the
  victims. After a verbal noun («أعلن الجيش اعتقال عشرة مسلحين وقتل آخرين»), or past a
  word that governs a noun of its own («اعتقلت الشرطة المتهم بالقتل وخطف أطفال»), the form
  stays a verbal noun;
- a verb of success governs the noun of control behind «استعادة/إعادة» as it governs it
  behind its preposition: «تمكن تنظيم داعش من استعادة السيطرة على عدن» is an operation
  the group did; denied success («لم تتمكن ... من استعادة») or a call («دعا ... إلى استعادة
  السيطرة») is none;
- a policy, a decision or a law after «ضد» («كان الهجوم موجهاً ضد سياسة الحكومة») is what a
  deed protests, never its target;
- a claim of responsibility tells the deed as done even when whoever claims it is not
  named («أعلنت جماعة مسلحة مسؤوليتها عن الهجوم على مركز الشرطة»): the attack is an event,
  with no agent; a denial («نفت ... مسؤوليتها») or a negated claim («لم تعلن أي جهة
  مسؤوليتها») is not;
- a time adjunct between the subject of a support verb and its event noun («وشن تنظيم داعش
  أمس هجمات», «مساء الاثنين نحو خمس هجمات») does not part them: the subject is the doer.
  Another noun between («شن ... حملة إعلامية على غارات ...») still does.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
ADEN = E("City", "عدن", ("عدن",))
ISIS = E("ArmedGroup", "تنظيم داعش", ("تنظيم داعش",))
ALL = [HOUTHIS, ADEN, ISIS]


def labelled(text: str, label: str) -> tuple[Document, list[Event]]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return doc, [e for e in doc.events if e.label == label]


def test_a_definite_subject_after_that_opens_a_killing_verb() -> None:
    doc, found = labelled("وقال المحافظ إن الجيش قتل عشرة مسلحين في اشتباكات شمال البلاد.",
                          "Killing")
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["عشرة مسلحين"]


def test_a_definite_subject_with_its_adjective_opens_a_shelling_verb() -> None:
    _, found = labelled("وأكد المتحدث أن الطيران الحربي قصف مواقع الحوثيين في عدن أمس.",
                          "Attack")
    assert len(found) == 1


def test_a_killing_noun_after_a_verb_and_its_subject_is_no_verb() -> None:
    doc, found = labelled("وأعلن الجيش قتل عشرة مسلحين في عدن.", "Killing")
    assert not any(role(doc, e, "agent") == ["الجيش"] for e in found)


def test_no_object_after_the_subject_keeps_the_passive_victim() -> None:
    doc, found = labelled("وقال المصدر إن الجندي قتل أثناء المعارك في عدن.", "Killing")
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["الجندي"]
    assert role(doc, found[0], "agent") == []


def test_an_object_pronoun_clause_is_not_read_as_the_verb() -> None:
    # «إن الحرب قتل فيها»: the pronoun resumes the war, the killing is a passive in it
    doc, found = labelled("وقال إن الحرب قتل فيها آلاف الأشخاص.", "Killing")
    assert not any(role(doc, e, "agent") for e in found)


def killings(text: str) -> list[tuple[str, list[str]]]:
    doc, found = labelled(text, "Killing")
    return [(doc.text[e.trigger_start:e.trigger_end], role(doc, e, "agent")) for e in found]


def test_a_killing_verb_after_the_object_of_an_arrest_verb() -> None:
    assert killings("وقال المتحدث إن تنظيم داعش اعتقل عشرات المدنيين وقتل آخرين في عدن.") \
        == [("وقتل", ["تنظيم داعش"])]


def test_the_count_before_the_second_verb_is_not_its_toll() -> None:
    doc, found = labelled("وقال المتحدث إن تنظيم داعش اعتقل عشرة مدنيين وقتل آخرين في عدن.",
                          "Killing")
    assert len(found) == 1
    assert role(doc, found[0], "target") != ["عشرة مدنيين"]


def test_a_killing_noun_joined_to_an_arrest_noun_is_no_verb() -> None:
    assert killings("وأعلن الجيش اعتقال عشرة مسلحين وقتل آخرين في عدن.") == []


def test_a_noun_governed_between_the_verbs_keeps_the_verbal_noun() -> None:
    _, found = labelled("واعتقلت الشرطة المتهم بالقتل وخطف أطفال في عدن.", "Attack")
    assert found == []


def operations(text: str) -> list[tuple[list[str], list[str]]]:
    doc, found = labelled(text, "MilitaryOperation")
    return [(role(doc, e, "agent"), role(doc, e, "target")) for e in found]


def test_a_success_verb_governs_control_behind_retaking() -> None:
    assert operations("وتمكن تنظيم داعش أمس من استعادة السيطرة على عدن.") == \
        [(["تنظيم داعش"], ["عدن"])]


def test_a_denied_success_at_retaking_control_is_no_operation() -> None:
    assert operations("ولم يتمكن تنظيم داعش من استعادة السيطرة على عدن.") == []


def test_a_call_to_retake_control_is_no_operation() -> None:
    assert operations("ودعا المتحدث تنظيم داعش إلى استعادة السيطرة على عدن.") == []


def attacks(text: str) -> list[tuple[list[str], list[str]]]:
    doc, found = labelled(text, "Attack")
    return [(role(doc, e, "agent"), role(doc, e, "target")) for e in found]


def test_a_policy_after_against_is_no_target() -> None:
    found = attacks("وقع هجوم على مركز الشرطة في عدن. وقال البيان إن الهجوم كان موجها ضد "
                    "سياسة الحكومة.")
    assert found == [([], ["مركز"])]


def test_people_after_against_are_still_the_target() -> None:
    assert attacks("وقع هجوم ضد المدنيين في عدن.") == [([], ["المدنيين"])]


def test_an_unnamed_group_claiming_an_attack_tells_it() -> None:
    assert attacks("وأعلنت جماعة مسلحة مسؤوليتها عن الهجوم على مركز الشرطة في عدن.") == \
        [([], ["مركز"])]


def test_a_denied_responsibility_tells_no_attack() -> None:
    assert attacks("ونفت جماعة مسلحة مسؤوليتها عن الهجوم على مركز الشرطة في عدن.") == []


def test_a_negated_claim_tells_no_attack() -> None:
    assert attacks("ولم تعلن أي جهة مسؤوليتها عن الهجوم على مركز الشرطة في عدن.") == []


def test_a_time_between_the_support_verb_subject_and_its_noun() -> None:
    assert attacks("وشن تنظيم داعش أمس هجمات على مواقع الحوثيين في عدن.") == \
        [(["تنظيم داعش"], ["الحوثيين"])]


def test_a_time_and_a_count_between_the_subject_and_its_noun() -> None:
    found = attacks("وشن تنظيم داعش مساء الاثنين نحو خمس هجمات على مواقع الحوثيين في عدن.")
    assert [agent for agent, _ in found] == [["تنظيم داعش"]]


def test_another_noun_between_keeps_the_subject_apart() -> None:
    found = attacks("وشن تنظيم داعش أمس حملة إعلامية على غارات الحوثيين في عدن.")
    assert all(agent != ["تنظيم داعش"] for agent, _ in found)
