"""Event time, session 26: «أول من أمس» is two days before the article."""

from __future__ import annotations

import pytest

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

VILLAGE = E("City", "قرية السلام", ("قرية السلام",))
DATE = "2008-05-07"


def run(text: str, date: str = DATE) -> Document:
    return extract_relations(build_doc(text, [VILLAGE], date=date))


def only(doc: Document, label: str) -> Event:
    found = [e for e in doc.events if e.label == label]
    assert len(found) == 1, [(e.label, e.trigger_start) for e in doc.events]
    return found[0]


@pytest.mark.parametrize(("text", "day"), [
    ("وهاجم مسلحون قرية السلام مساء أول من أمس.", "2008-05-05"),
    ("وهاجم مسلحون قرية السلام فجر أمس.", "2008-05-06"),
])
def test_the_day_before_yesterday(text: str, day: str) -> None:
    event = only(run(text), "Attack")
    assert (event.time, event.historical) == (day, False)
