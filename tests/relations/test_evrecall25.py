"""evrecall25: events kg missed on news it had not seen.

Rules:
- a bare perfect homograph («قتل», «قصف», «خطف») right after a definite subject phrase
  that opens a «أن/إن» clause is that clause's verb, when an object follows it: «وقال
  الحاكم إن الجيش قتل عشرة مسلحين» tells a killing. With no object («إن الجندي قتل أثناء
  المعارك») it is a passive whose subject is the victim; after a verb («أعلن الجيش قتل
  عشرة مسلحين») the subject is not the clause's opener and the form stays a verbal noun.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
ADEN = E("City", "عدن", ("عدن",))
ALL = [HOUTHIS, ADEN]


def labelled(text: str, label: str) -> tuple[Document, list[Event]]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return doc, [e for e in doc.events if e.label == label]


def roles(doc: Document, event: Event, role: str) -> list[str]:
    return [doc.text[a.start:a.end] for a in event.arguments if a.role == role]


def test_a_definite_subject_after_that_opens_a_killing_verb() -> None:
    doc, found = labelled("وقال المحافظ إن الجيش قتل عشرة مسلحين في اشتباكات شمال البلاد.",
                          "Killing")
    assert len(found) == 1
    assert roles(doc, found[0], "target") == ["عشرة مسلحين"]


def test_a_definite_subject_with_its_adjective_opens_a_shelling_verb() -> None:
    _, found = labelled("وأكد المتحدث أن الطيران الحربي قصف مواقع الحوثيين في عدن أمس.",
                          "Attack")
    assert len(found) == 1


def test_a_killing_noun_after_a_verb_and_its_subject_is_no_verb() -> None:
    doc, found = labelled("وأعلن الجيش قتل عشرة مسلحين في عدن.", "Killing")
    assert not any(roles(doc, e, "agent") == ["الجيش"] for e in found)


def test_no_object_after_the_subject_keeps_the_passive_victim() -> None:
    doc, found = labelled("وقال المصدر إن الجندي قتل أثناء المعارك في عدن.", "Killing")
    assert len(found) == 1
    assert roles(doc, found[0], "target") == ["الجندي"]
    assert roles(doc, found[0], "agent") == []


def test_an_object_pronoun_clause_is_not_read_as_the_verb() -> None:
    # «إن الحرب قتل فيها»: the pronoun resumes the war, the killing is a passive in it
    doc, found = labelled("وقال إن الحرب قتل فيها آلاف الأشخاص.", "Killing")
    assert not any(roles(doc, e, "agent") for e in found)
