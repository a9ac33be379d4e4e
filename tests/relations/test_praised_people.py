"""A group of people praised after «ب»: «أشاد X برجال الأمن», «نوه ب منسوبي الدفاع المدني».
Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SALEM = E("Person", "كريم سالم", ("كريم سالم",))


def run(text: str) -> Document:
    return extract_relations(build_doc(text, [SALEM]))


def test_men_of_the_security_forces() -> None:
    assert ("praises", "كريم سالم", "رجال الأمن") in stances(run("وأشاد كريم سالم برجال الأمن."))


def test_the_staff_of_a_body() -> None:
    doc = run("ونوه كريم سالم بمنسوبي الدفاع المدني في المنطقة.")
    assert ("praises", "كريم سالم", "منسوبي الدفاع المدني") in stances(doc)


def test_a_praised_thing_that_is_no_group_of_people_is_left_alone() -> None:
    assert not stances(run("وأشاد كريم سالم برحلات الطيران."))
