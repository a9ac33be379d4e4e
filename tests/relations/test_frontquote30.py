"""A quotation that opens the sentence, its verb and speaker after it, session 30.

«"..."، قال الرئيس X», ««...»، يقول X», ««...»، هكذا قال X»: the quotation is the content of
the reporting verb behind its closing mark and a comma, said by the name right after the
verb (``kg.relations.statement_fronted_quotes``).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import said
from tests.relations.docbuilder import E, build_doc

HADI = E("Person", "عبدربه منصور هادي", ("عبدربه منصور هادي",))
YEMEN = E("Country", "اليمن", ("اليمن",), "Q805")
ALL = [HADI, YEMEN]
QUOTE = "لن نقبل بأي حل لا يحترم سيادة اليمن"


def run(text: str) -> set[tuple[str, str]]:
    return said(extract_relations(build_doc(text, ALL)))


@pytest.mark.parametrize("text", [
    f'"{QUOTE}"، قال الرئيس اليمني عبدربه منصور هادي.',
    f"«{QUOTE}»، قال الرئيس اليمني عبدربه منصور هادي في كلمة متلفزة.",
    f"«{QUOTE}»، يقول عبدربه منصور هادي.",
    f'"{QUOTE}"، هكذا قال عبدربه منصور هادي.',
])
def test_fronted_quotation_is_said_by_the_name_after_the_verb(text: str) -> None:
    assert run(text) == {("عبدربه منصور هادي", QUOTE)}


def test_unnamed_source_after_the_verb_says_nothing() -> None:
    assert not run(f"«{QUOTE}»، قال مصدر حكومي.")


def test_quotation_in_the_middle_is_not_fronted() -> None:
    # the quotation does not open the sentence: a name inside the clause, no fronted quote
    text = f"وردد المتظاهرون «{QUOTE}»، قال شهود."
    assert not run(text)
