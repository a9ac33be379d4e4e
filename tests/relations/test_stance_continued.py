"""Stances whose verb has no subject of its own (issue 12): «كما دعا», a masculine verb
before a feminine object («ودعا الوزارة إلى»). Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SAMIR = E("Person", "سمير العتيبي", ("سمير العتيبي",))
HEALTH = E("Organization", "وزارة الصحة", ("وزارة الصحة",))
COUNCIL = E("Organization", "مجلس الشورى", ("مجلس الشورى",))
FALCON = E("Organization", "فالكون", ("فالكون",))
ENTITIES = [SAMIR, HEALTH, COUNCIL, FALCON]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_also_called_continues_the_previous_actor() -> None:
    doc = run("وانتقد سمير العتيبي قرار فالكون. كما دعا وزارة الصحة إلى التدخل.")
    assert ("urges", "سمير العتيبي", "وزارة الصحة") in stances(doc)


def test_a_feminine_body_after_a_masculine_verb_is_its_object() -> None:
    doc = run("وانتقد سمير العتيبي قرار فالكون، ودعا وزارة الصحة إلى التدخل.")
    assert ("urges", "سمير العتيبي", "وزارة الصحة") in stances(doc)


def test_a_feminine_verb_agrees_with_the_body_after_it() -> None:
    doc = run("وأشاد سمير العتيبي بالقرار. ودعت وزارة الصحة إلى التدخل.")
    assert not any(kind == "urges" and s == "سمير العتيبي" for kind, s, _ in stances(doc))


def test_a_masculine_body_after_a_masculine_verb_is_its_subject() -> None:
    doc = run("وأشاد سمير العتيبي بالقرار. ودعا مجلس الشورى إلى التدخل.")
    assert not any(kind == "urges" and s == "سمير العتيبي" for kind, s, _ in stances(doc))


def test_a_broken_plural_in_aat_may_follow_a_masculine_verb_as_subject() -> None:
    doc = run("وأشاد سمير العتيبي بالقرار. وطالب القضاة بالتدخل.")
    assert not any(kind == "urges" and s == "سمير العتيبي" for kind, s, _ in stances(doc))


def test_the_topic_after_amma_is_the_subject_and_the_name_after_the_verb_the_object() -> None:
    doc = run("أما سمير العتيبي فانتقد فالكون. أما وزارة الصحة، فقد دعت مجلس الشورى إلى الحوار.")
    assert ("criticizes", "سمير العتيبي", "فالكون") in stances(doc)
    assert ("urges", "وزارة الصحة", "مجلس الشورى") in stances(doc)
    assert not {s for _, s, _ in stances(doc)} & {"فالكون", "مجلس الشورى"}


def test_the_subject_between_kana_and_qad_holds_the_stance() -> None:
    doc = run("وكان سمير العتيبي قد انتقد فالكون في مقابلة سابقة.")
    assert stances(doc) == {("criticizes", "سمير العتيبي", "فالكون")}


def test_a_name_before_qad_without_kana_or_amma_is_not_read_as_topic() -> None:
    doc = run("وبحسب وزارة الصحة، فقد انتقد سمير العتيبي فالكون.")
    assert ("criticizes", "سمير العتيبي", "فالكون") in stances(doc)
    assert not any(s == "وزارة الصحة" for _, s, _ in stances(doc))


def test_a_surname_after_the_verb_is_the_person_named_before_in_full() -> None:
    doc = run("زار سمير العتيبي المستشفى أمس. وانتقد العتيبي وزارة الصحة بسبب التأخير.")
    assert ("criticizes", "سمير العتيبي", "وزارة الصحة") in stances(doc)


def test_an_unknown_word_after_the_verb_is_no_surname() -> None:
    doc = run("زار سمير العتيبي المستشفى أمس. وانتقد الخطيب وزارة الصحة بسبب التأخير.")
    assert not any(s == "سمير العتيبي" and kind == "criticizes" for kind, s, _ in stances(doc))
