"""A capital in construct after a verbal noun holds the stance as its government, session 30.

«وأكد جون كيري دعم واشنطن للحكومة العراقية»: the capital right after the noun, with the
noun's object after it, is the noun's agent (``stance_capital_agents``), and it stands for
its country's government (``capitals.government_of``), as a capital in a speaker's place
does. A capital behind «لـ» («معارضة لدمشق») is no agent.

Sentences written for the tests."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

KERRY = E("Person", "جون كيري", ("جون كيري",))
WASHINGTON = E("City", "واشنطن", ("واشنطن",), "Q61")
DAMASCUS = E("City", "دمشق", ("دمشق", "لدمشق"), "Q3766")
IRAQ_GOV = E("GovernmentBody", "الحكومة العراقية", ("الحكومة العراقية", "لحكومة العراقية"))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
ALL = [KERRY, WASHINGTON, DAMASCUS, IRAQ_GOV, ISRAEL]


def run(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ALL)))


def test_capital_after_a_noun_holds_it_as_its_government() -> None:
    found = run("وأكد جون كيري دعم واشنطن للحكومة العراقية في حربها على الإرهاب.")
    assert {(kind, obj) for kind, _, obj in found} == {("supports", "الحكومة العراقية")}
    assert all(subject not in {"جون كيري", "واشنطن"} for _, subject, _ in found)


def test_capital_with_nothing_after_is_not_read_as_the_holder() -> None:
    # «أكد X دعم واشنطن»: left to the other rules; the capital's country holds nothing
    found = run("وأكد جون كيري دعم واشنطن.")
    assert all(subject == "جون كيري" for _, subject, _ in found)


def test_capital_behind_a_preposition_is_no_agent() -> None:
    found = run("واتهم الأسد قوى لبنانية معارضة لدمشق بالعمل لمصلحة إسرائيل.")
    assert not any(obj == "إسرائيل" for _, _, obj in found)
