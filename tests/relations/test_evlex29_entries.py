"""A company that «entered» a market made no military entry (evlex29,
``kg.relations.event_business_entries``): «ودخلت شركة ... سوق السيارات» is none; troops that
entered a town («ودخلت قوات الجيش مدينة») still are a military operation.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

MOTORS = E("Organization", "نجمة موتورز", ("نجمة موتورز",))
ZAHRA = E("City", "الزهراء", ("الزهراء",))


def run(text: str) -> Document:
    return extract_relations(build_doc(text, [MOTORS, ZAHRA], date="2015-07-21"))


def test_company_entering_a_market_is_no_operation() -> None:
    doc = run("ودخلت شركة نجمة موتورز لأول مرة سوق السيارات الهجينة في الزهراء.")
    assert [e.label for e in doc.events] == []


def test_troops_entering_a_town_are_an_operation() -> None:
    doc = run("ودخلت قوات الجيش مدينة الزهراء بعد معارك عنيفة.")
    assert "MilitaryOperation" in [e.label for e in doc.events]
    assert "ودخلت" in [doc.text[e.trigger_start:e.trigger_end] for e in doc.events]
