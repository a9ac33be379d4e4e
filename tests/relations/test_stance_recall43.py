"""Stances missed on fresh news, session 43 (helper sr43).

- «أثنت الشركة على التطور الذي تشهده صحيفة الأيام», «أشاد X بالنهضة التي يشهدها الأردن»:
  praise of the growth a named body or country sees is praise of it
  (``stance_witnessed_growth``).

Sentences written for the tests.
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

NOVA = E("Organization", "شركة نوفا", ("شركة نوفا",))
DAYS = E("Organization", "صحيفة الأيام", ("صحيفة الأيام",))
JORDAN = E("Country", "الأردن", ("الأردن",))
AMMAN = E("City", "عمان", ("عمان",))
SAMI = E("Person", "سامي الحربي", ("سامي الحربي",))
ENTITIES = [NOVA, DAYS, JORDAN, AMMAN, SAMI]


def found(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ENTITIES)))


def test_growth_a_paper_sees_praises_the_paper() -> None:
    text = "وأثنت شركة نوفا على التطور الذي تشهده صحيفة الأيام خلال الأعوام الأخيرة."
    assert ("praises", "شركة نوفا", "صحيفة الأيام") in found(text)


def test_feminine_growth_noun_a_country_sees() -> None:
    text = "وأشاد سامي الحربي بالنهضة التي يشهدها الأردن في مختلف المجالات."
    assert ("praises", "سامي الحربي", "الأردن") in found(text)


def test_growth_noun_with_its_adjective() -> None:
    text = "وأشاد سامي الحربي بالتطور الكبير الذي يشهده الأردن."
    assert ("praises", "سامي الحربي", "الأردن") in found(text)


def test_appreciation_noun_with_lam() -> None:
    text = "وأعرب سامي الحربي عن تقديره للتقدم الذي يشهده الأردن في قطاع التعليم."
    assert ("praises", "سامي الحربي", "الأردن") in found(text)


def test_growth_of_relations_names_no_one() -> None:
    text = "وأشاد سامي الحربي بالنهضة التي تشهدها العلاقات بين الأردن وعمان."
    assert not any(obj in {"الأردن", "عمان"} for _, _, obj in found(text))


def test_relative_that_does_not_agree_names_no_one() -> None:
    text = "وأشاد سامي الحربي بالنهضة الذي يشهده الأردن."
    assert ("praises", "سامي الحربي", "الأردن") not in found(text)


def test_concern_at_growth_is_no_praise() -> None:
    text = "وأبدى سامي الحربي قلقه من التطور الذي يشهده الأردن."
    assert not any(kind == "praises" for kind, _, _ in found(text))


def test_growth_a_city_sees_is_no_praise_of_the_city() -> None:
    text = "وأشاد سامي الحربي بالتطور الذي تشهده عمان."
    assert ("praises", "سامي الحربي", "عمان") not in found(text)


def test_growth_the_body_brought_is_read_by_no_witness_verb() -> None:
    text = "وأشاد سامي الحربي بالتطور الذي حذر منه الأردن."
    assert ("praises", "سامي الحربي", "الأردن") not in found(text)
