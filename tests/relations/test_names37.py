"""A stance's object phrase that opens with a noun whose first letter looks like «ب»
(session 37, p6); sentences written for the tests.

Rule (:func:`kg.relations.stance_phrases.without_clitics`, :data:`BA_NOUNS`): «رفض بنود
الاتفاق» names «بنود الاتفاق», not «نود الاتفاق»; a real «ب» glued to the object's first
word is still left out («رحب بقرار المجلس» → «قرار المجلس»).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

PARTY = E("Organization", "حزب النهضة", ("حزب النهضة",))


def _stances(text: str, kind: str) -> set[tuple[str, str]]:
    doc: Document = extract_relations(build_doc(text, [PARTY]))
    return stances_of(doc, kind)


def test_an_object_that_opens_with_a_ba_noun_keeps_its_first_letter() -> None:
    rejected = _stances("ورفض حزب النهضة بنود الاتفاق الذي وقعته الحكومة أمس.", "rejects")
    assert rejected
    assert all(not obj.startswith("نود") for _, obj in rejected)
    assert any(obj.startswith("بنود") for _, obj in rejected)


def test_a_glued_ba_is_still_left_out() -> None:
    welcomed = _stances("ورحب حزب النهضة بقرار المجلس الأخير بشأن الانتخابات.", "welcomes")
    assert welcomed
    assert any(obj.startswith("قرار") for _, obj in welcomed)
