"""The doer of a deed done «بالتعاون مع Y» in a sentence opened by «وقد», «ولقد» or «كما»,
and no doer when a participle of doing stands before the adjunct («المسابقة المقامة
بالتعاون مع Y»), session 45 (:mod:`kg.relations.stance_adjunct_openers`).

Not coordination: «قد» before an imperfect of the opener path, a participle's adjunct, a topic
of speech. Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
CHARITY = E("Organization", "جمعية الوفاء", ("جمعية الوفاء",))
COMPANY = E("Organization", "سابك", ("سابك",))
GOVERNOR = E("Person", "فهد السالم", ("فهد السالم",))
ENTITIES = [HEALTH, CHARITY, COMPANY, GOVERNOR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def coordination(doc: Document) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in stances(doc) if k == "coordinatesWith"}


@pytest.mark.parametrize(("text", "pair"), [
    ("وقد نفذت وزارة الصحة البرنامج بالتنسيق مع سابك في المدارس.",
     ("وزارة الصحة", "سابك")),
    ("ولقد أقامت جمعية الوفاء الحفل بالتعاون مع وزارة الصحة.",
     ("جمعية الوفاء", "وزارة الصحة")),
    ("كما نفذت وزارة الصحة الحملة بالتعاون مع جمعية الوفاء.",
     ("وزارة الصحة", "جمعية الوفاء")),
])
def test_particle_opened(text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text))


@pytest.mark.parametrize("text", [
    # a participle of doing before the adjunct: someone else held it
    "كرم فهد السالم الفائزين في المسابقة المقامة بالتعاون مع جمعية الوفاء.",
    "افتتح فهد السالم المعرض المنظم بالتنسيق مع وزارة الصحة.",
    "كما دشن فهد السالم الحملة المنفذة بالتعاون مع سابك.",
    # a topic of speech
    "كما تحدث فهد السالم عن البرنامج الذي نفذ بالتعاون مع سابك.",
])
def test_no_doer(text: str) -> None:
    assert not coordination(run(text))
