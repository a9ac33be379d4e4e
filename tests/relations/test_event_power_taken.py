"""Power taken is no military operation, even behind a long subject (session 22,
``lexicon.NOT_MILITARY_CONTROL``, ``event_sense._object_after_on``). Made-up sentences."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

ADEN = E("City", "عدن", ("عدن",))
GENERAL = E("Person", "سالم الراشد", ("سالم الراشد",))
ALL = [ADEN, GENERAL]


def labels(text: str) -> list[str]:
    return [e.label for e in extract_relations(build_doc(text, ALL)).events]


def test_power_taken_behind_a_long_subject_is_no_operation() -> None:
    text = "وفي ذلك العام سيطر القائد السابق في الجيش النظامي للجمهورية على الحكم في البلاد."
    assert labels(text) == []


def test_the_reins_of_power_are_no_place() -> None:
    assert labels("وسيطر مسلحو الحركة على مقاليد الحكم في البلاد.") == []


def test_a_district_taken_behind_a_long_adjunct_stays_an_operation() -> None:
    assert "MilitaryOperation" in labels(
        "وسيطرت المقاومة الشعبية في المدينة بعد معارك عنيفة على حي الزنوج.")


def test_power_taken_by_a_named_general_is_no_operation() -> None:
    text = "وفي ذلك العام سيطر القائد السابق بالجيش النظامي سالم الراشد على الحكم في البلاد."
    assert labels(text) == []
