"""Two places joined by a word of relation or connection, session 47 (helper pa47); sentences
written for the tests.

«علاقات غاو بمالي», «الطريق الذي يربط غاو بولاية كيدال»: the «بـ» is the partner of the
relation or the end of the road, not the larger place; no ``locatedIn``
(:mod:`kg.relations.linked_places`). A place noun, a facility or a verb of motion before the
first place keeps the reading («ميناء غاو بمالي», «مدينة غاو بولاية كيدال»).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

MALI = E("Country", "مالي", ("مالي",), "Q912")
GAO = E("City", "غاو", ("غاو",))
KIDAL = E("Region", "كيدال", ("كيدال",))
ALL = [MALI, GAO, KIDAL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


@pytest.mark.parametrize("text", [
    "وقال إن علاقات غاو بمالي تحسنت كثيرا في الأشهر الأخيرة.",
    "ويسيطر المسلحون على الطريق الذي يربط غاو بولاية كيدال منذ أسبوع.",
    "ولا تصح مقارنة غاو بمالي كلها في هذا الشأن.",
    "وأكد أن الجسر الجديد سيصل غاو بولاية كيدال قبل نهاية العام.",
])
def test_a_linking_word_before_the_pair_gives_no_containment(text: str) -> None:
    assert pairs(run(text), "locatedIn") == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("ورست السفينة في ميناء غاو بمالي أمس.", ("غاو", "مالي")),
    ("ووصل الوفد إلى مدينة غاو بولاية كيدال أمس.", ("غاو", "كيدال")),
    ("وقال إن علاقاته مع سكان غاو بمالي جيدة.", ("غاو", "مالي")),
])
def test_a_place_noun_or_another_word_keeps_the_containment(text: str,
                                                           pair: tuple[str, str]) -> None:
    assert pair in pairs(run(text), "locatedIn")
