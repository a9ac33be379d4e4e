"""Violent and protest words that name no event (session 26, read on the OEDA Arabic gold).
Made-up sentences.

Rules tested:

- «استهدف» with an aim as its object («استهدف الهجوم طرد السكان») hits no one, and the blast
  of a gas cylinder is an accident (``AIMED_AT``, ``DISASTER_WORDS``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

KAREEM = E("Person", "كريم الهادي", ("كريم الهادي",))
SALMA = E("Person", "سلمى العارف", ("سلمى العارف",))
FRONT = E("Organization", "جبهة الصخر", ("جبهة الصخر",))
RAMLAND = E("Country", "رملاند", ("رملاند",))
TOWN = E("City", "وادي النخيل", ("وادي النخيل",))
ALL = [KAREEM, SALMA, FRONT, RAMLAND, TOWN]
VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def violent(text: str) -> list[str]:
    return [e.label for e in run(text).events if e.label in VIOLENT]


def protests(text: str) -> list[str]:
    return [e.label for e in run(text).events if e.label == "Protest"]


def test_an_aim_targeted_is_no_target() -> None:
    assert violent("وقالت الشرطة إن مسلحين استهدفوا طرد السكان من وادي النخيل أمس.") == []
    doc = run("وقالت الشرطة إن مسلحين استهدفوا السكان في وادي النخيل أمس.")
    assert any(role(doc, e, "target") == ["السكان"] for e in doc.events)


def test_a_gas_cylinder_blast_is_an_accident() -> None:
    assert violent("وأشار المركز إلى مقتل شخصين جراء انفجار اسطوانة غاز في رملاند.") == []
    assert violent("وأشار المركز إلى مقتل شخصين جراء انفجار عبوة ناسفة في رملاند.") != []
