"""Coordination between two parties named after a strengthened «بين» («فيما بين», «ما بين»)
or behind a role or title («بين المخرج X والممثل Y»), session 45
(:mod:`kg.relations.stance_pair_forms`).

Not coordination: the same pair after a wish or a denial («أهمية التعاون فيما بين»,
«نفى وجود أي تنسيق ما بين»), «ما بين» after a noun that is no coordination («الفرق ما بين»),
a meeting between two persons, a title followed by no name. Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
FARMING = E("GovernmentBody", "وزارة الزراعة", ("وزارة الزراعة",))
DIRECTOR = E("Person", "خالد المنصور", ("خالد المنصور",))
ACTOR = E("Person", "سامي العتيبي", ("سامي العتيبي",))
ENTITIES = [HEALTH, FARMING, DIRECTOR, ACTOR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def coordination(doc: Document) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in stances(doc) if k == "coordinatesWith"}


@pytest.mark.parametrize(("text", "pair"), [
    # «فيما بين», «ما بين»: the pair of a bare «بين»
    ("ويراجع الدليل كل أربع سنوات بالتعاون فيما بين وزارة الصحة ووزارة الزراعة.",
     ("وزارة الصحة", "وزارة الزراعة")),
    ("وقد تم التنسيق ما بين وزارة الصحة ووزارة الزراعة على توزيع اللقاحات.",
     ("وزارة الصحة", "وزارة الزراعة")),
    ("ويجري التنسيق فيما بين وزارة الزراعة ووزارة الصحة لمكافحة الآفات.",
     ("وزارة الزراعة", "وزارة الصحة")),
    # a person behind a role noun or a title
    ("والفيلم هو التعاون الثالث بين المخرج خالد المنصور والممثل سامي العتيبي.",
     ("خالد المنصور", "سامي العتيبي")),
    ("وجاء العرض ثمرة التنسيق بين الوزير خالد المنصور وسامي العتيبي.",
     ("خالد المنصور", "سامي العتيبي")),
])
def test_pair_read(text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text))


@pytest.mark.parametrize("text", [
    "وأكد المتحدث أهمية التعاون فيما بين وزارة الصحة ووزارة الزراعة.",
    "ونفى المتحدث وجود أي تنسيق ما بين وزارة الصحة ووزارة الزراعة.",
    "وتحدث الناقد عن الفرق ما بين المخرج خالد المنصور والممثل سامي العتيبي.",
    "وجرى اللقاء بين المخرج خالد المنصور والممثل سامي العتيبي في القاهرة.",
    "ودعا الكاتب إلى التنسيق بين المخرج خالد المنصور والممثل سامي العتيبي.",
    "وجرى التنسيق بين المخرجين وسامي العتيبي في التصوير.",
])
def test_no_pair(text: str) -> None:
    assert not coordination(run(text))
