"""gsrrecall26: event recall rules.

- ``kg.relations.event_chronicle``: a violent noun opening a dated chronicle entry
  («* 12 ديسمبر 2005: اغتيال الصحافي فلان») is a reported event, though no agent is named;
  without the date and colon («في 12 ديسمبر اغتيال», «قال: اغتيال») it is not.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

KARIM = E("Person", "كريم سالمي", ("كريم سالمي",))
BELGIUM = E("Country", "بلجيكا", ("بلجيكا",), "Q31")
ALL = [KARIM, BELGIUM]


def labels(text: str) -> list[str]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return sorted(e.label for e in doc.events)


def test_a_dated_chronicle_entry_reports_its_killing() -> None:
    assert labels("* 14 مارس (آذار) 2004: اغتيال الصحافي كريم سالمي في بلجيكا.") == ["Killing"]


def test_a_day_only_chronicle_entry_reports_its_bombing() -> None:
    assert labels("ـ 17: تفجير انتحاري في فندق كبير في بلجيكا.") == ["Attack"]


def test_a_noun_without_the_dated_colon_is_no_entry() -> None:
    assert labels("وفي 14 مارس اغتيال الصحافي كريم سالمي في بلجيكا.") == []
    assert labels("قال كريم سالمي: اغتيال الصحافيين في بلجيكا جريمة.") == []

