"""Session 41 (stm41): «منطقة عازلة للدروز في جنوب سوريا» — a kind of zone read as a place
is inside nothing (:mod:`kg.relations.geography`); written for the tests."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

ZONE = E("Place", "آمنة للنازحين", ("آمنة للنازحين",))  # the NER's reading of the zone
SYRIA = E("Country", "سوريا", ("سوريا",))
IDLIB = E("City", "إدلب", ("إدلب",))
ENTITIES = [ZONE, SYRIA, IDLIB]


def run(text: str) -> set[tuple[str, str]]:
    return pairs(extract_relations(build_doc(text, ENTITIES)), "locatedIn")


def test_kind_of_zone_is_inside_nothing() -> None:
    assert run("وناقش الاجتماع إقامة منطقة آمنة للنازحين في شمال سوريا.") == set()


def test_named_city_stays_inside_its_country() -> None:
    assert run("وسقطت قذائف على مدينة إدلب في شمال سوريا.") == {("إدلب", "سوريا")}
