"""Holders written right before a stance noun, session 29 (nnnear29).

- A definite stance participle that describes the holder («الحكومة السودانية الموالية
  للرئيس», «الجماعة المعارضة») does not cut the stance noun off its light verb: «وأبدت
  X الموالية لـ Y رفضها لـ Z» is X's refusal (``kg.relations.stance_attributive``).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SUDAN_GOV = E("GovernmentBody", "الحكومة السودانية", ("الحكومة السودانية",))
BASHIR = E("Person", "عمر البشير", ("البشير",))
BROTHERS = E("Organization", "جماعة الإخوان المسلمين", ("جماعة الإخوان المسلمين",))
HEZBOLLAH = E("Organization", "حزب الله", ("حزب الله",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
ENTITIES = [SUDAN_GOV, BASHIR, BROTHERS, HEZBOLLAH, EGYPT]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- a stance adjective of the holder before its stance noun ---------------------------------

@pytest.mark.parametrize(("text", "holder"), [
    ("وأبدت الحكومة السودانية الموالية للرئيس البشير رفضها لنشر القوات الدولية في دارفور.",
     "الحكومة السودانية"),
    ("وأعلنت جماعة الإخوان المسلمين المعارضة رفضها للتعديلات الدستورية الجديدة.",
     "جماعة الإخوان المسلمين"),
])
def test_describing_adjective_keeps_the_light_verb(text: str, holder: str) -> None:
    found = run(text)
    assert any(kind == "rejects" and subject == holder for kind, subject, _ in found), found


def test_describing_adjective_keeps_its_own_stance() -> None:
    text = "وأبدت الحكومة السودانية الموالية للرئيس البشير رفضها لنشر القوات الدولية في دارفور."
    assert ("supports", "الحكومة السودانية", "عمر البشير") in run(text)


def test_opposition_as_the_subject_is_no_adjective() -> None:
    # «وأعلنت المعارضة رفضها»: right after the verb «المعارضة» is the subject (a noun), not
    # an adjective of a name; the government named in the clause before holds no refusal
    text = "وانتقدت الحكومة السودانية قرار مجلس الأمن، وأعلنت المعارضة رفضها للقرار الجديد."
    found = run(text)
    assert not any(kind == "rejects" for kind, _, _ in found), found

