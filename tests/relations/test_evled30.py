"""A coalition named with whoever leads it launches the strikes, session 30.

«وشنت طائرات التحالف العربي بقيادة المملكة غارات على صنعاء»: the phrase «بقيادة X» (or
«ضد X») ends the name of the support verb's subject, and the event noun past it is that
subject's (``kg.relations.event_support``): the complement is read by its spelling with
the preposition, a definite noun the tagger missed may stand for its name, and a subject
that ends right there with nothing left before the noun is the doer.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

COALITION = E("Organization", "التحالف العربي", ("التحالف العربي", "التحالف"))
SAUDI = E("Country", "المملكة العربية السعودية", ("المملكة العربية السعودية",), "Q851")
SANAA = E("City", "صنعاء", ("صنعاء",), "Q2471")
BOKO = E("ArmedGroup", "بوكو حرام", ("بوكو حرام",))
ALL = [COALITION, SAUDI, SANAA, BOKO]


def attacks(text: str) -> list[Event]:
    return [e for e in extract_relations(build_doc(text, ALL)).events if e.label == "Attack"]


def agents(event: Event) -> set[str]:
    return {a.entity_id for a in event.arguments if a.role == "agent"}


@pytest.mark.parametrize("leader", ["المملكة العربية السعودية", "المملكة",
                                    "المملكة الشقيقة"])
def test_led_coalition_launches_the_strikes(leader: str) -> None:
    found = attacks(f"وشنت طائرات التحالف العربي بقيادة {leader} غارات على صنعاء.")
    assert [agents(e) for e in found] == [{COALITION.id}]


def test_a_group_with_its_adjective_launches_the_attacks() -> None:
    found = attacks("وشنت جماعة بوكو حرام المتطرفة هجمات على قرى في شمال نيجيريا.")
    assert [agents(e) for e in found] == [{BOKO.id}]


def test_leadership_without_a_support_verb_is_no_strike() -> None:
    assert not attacks("وتولى التحالف بقيادة المملكة العربية السعودية تنسيق المساعدات.")
