"""A praise's object as a descriptive phrase that names no one (GUIDELINES: «a short
descriptive phrase naming the thing»).

«أشاد» / «ثمّن» / «أثنى» praise a result or a measure they take as a phrase («ثمّن الأمير
الإجراءات المتخذة», «أشاد بالنتائج المالية»); a deed or quality whose actor goes unnamed
(«الجهود المبذولة») or a thing appraised praises no one. «نوّه بـ» also points a thing
out («نوه بوقوع حالتي غرق»), so it keeps only a named object; a phrase must be definite
(an indefinite chain names no particular thing), and a name in the phrase is still
preferred over it.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

FAISAL = E("Person", "فيصل بن مشعل", ("فيصل بن مشعل",))
SUBAIE = E("Person", "محمد السبيعي", ("محمد السبيعي",))
FALIH = E("Person", "خالد الفالح", ("خالد الفالح",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
ENTITIES = [FAISAL, SUBAIE, FALIH, HEALTH]


def praises(text: str) -> set[tuple[str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return {(s, o) for kind, s, o in stances(doc) if kind == "praises"}


@pytest.mark.parametrize(("text", "fact"), [
    ("وثمن أمير منطقة القصيم الأمير فيصل بن مشعل الإجراءات المتخذة لحماية المستهلك.",
     ("فيصل بن مشعل", "الإجراءات المتخذة")),
    ("وأشاد وزير الطاقة خالد الفالح بالنتائج المالية للربع الثاني.",
     ("خالد الفالح", "النتائج المالية")),
])
def test_phrase_after_a_verb_of_praise(text: str, fact: tuple[str, str]) -> None:
    assert fact in praises(text)


def test_a_name_in_the_phrase_is_still_the_object() -> None:
    found = praises("وأشاد خالد الفالح بجهود وزارة الصحة في موسم الحج.")
    assert ("خالد الفالح", "وزارة الصحة") in found


@pytest.mark.parametrize("text", [
    # «نوّه بـ» points out a drowning: no praise
    "ونوه محمد السبيعي بوقوع حالتي غرق في الشاطئ الجنوبي.",
    # an indefinite chain names no particular thing
    "وأشاد خالد الفالح بأعمال كثيرة في مواقع مختلفة.",
    # a deed or quality whose actor is not named praises no one
    "وثمن أمير منطقة القصيم الأمير فيصل بن مشعل الجهود المبذولة في تنظيم المعرض.",
    "من جانبه، أثنى رئيس النادي محمد السبيعي على المستوى الفني للاعبين.",
    # a thing appraised is not praised
    "وتثمن وزارة الصحة الأجهزة المستعملة في المستشفيات.",
])
def test_no_phrase_object(text: str) -> None:
    assert not praises(text)
