"""Event triggers the lexicon knows that were dropped though the text reports the event.

- after the noun of aiming «استهداف» a plain noun of people is its target phrase («استهداف
  المصلين», «استهداف رجال الأمن»), as buildings were; not after «تفجير»;
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

ARMY = E("GovernmentBody", "الجيش الوطني", ("الجيش الوطني",))
QARYA = E("City", "القرية البيضاء", ("القرية البيضاء",))
ALL = [ARMY, QARYA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def found(doc: Document, label: str) -> list[Event]:
    return [e for e in doc.events if e.label == label]


def test_targeting_people_names_them_as_the_target() -> None:
    doc = run("وأعلن الجيش الوطني استهداف المصلين في القرية البيضاء أمس.")
    attacks = found(doc, "Attack")
    assert len(attacks) == 1
    assert role(doc, attacks[0], "target") == ["المصلين"]


def test_targeting_men_of_a_body_names_the_whole_phrase() -> None:
    doc = run("وأعلن الجيش الوطني استهداف رجال الأمن في القرية البيضاء أمس.")
    assert role(doc, found(doc, "Attack")[0], "target") == ["رجال الأمن"]


def test_people_after_a_blast_noun_are_no_target() -> None:
    doc = run("وأعلن الجيش الوطني تفجير المصلين في القرية البيضاء أمس.")
    assert all(role(doc, e, "target") == [] for e in found(doc, "Attack"))
