"""A side's nisba adjective after a clash noun, session 30 (evlex30,
``kg.relations.event_roles.roles_after``).

- «اشتباك بين عناصر الحزب ووحدة إسرائيلية»: «إسرائيلية» says whose the unit is; it is no
  location of the clash (the place after «قرب» or «في» is); a place named right after the
  noun without a preposition («معارك الوردة») stays where the fighting is.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

WARDA = E("City", "الوردة", ("الوردة",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيلية", "إسرائيل"))
ALL = [WARDA, ISRAEL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def locations(doc: Document) -> list[str]:
    return [doc.text[a.start:a.end] for e in doc.events for a in e.arguments
            if a.role == "location"]


def test_side_adjective_is_no_location() -> None:
    doc = run("وقع اشتباك بين عناصر الحزب ووحدة إسرائيلية قرب الوردة أمس.")
    assert [e.label for e in doc.events] == ["MilitaryOperation"]
    assert locations(doc) == ["الوردة"]


def test_place_right_after_battles_is_their_location() -> None:
    doc = run("واندلعت معارك الوردة بين القوات والمسلحين أمس.")
    assert locations(doc) == ["الوردة"]
