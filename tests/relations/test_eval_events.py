"""What the event scorer gives kg with each gold sentence, and what it counts as raised."""

from __future__ import annotations

from kg.model import Document, DocumentMeta, Event, Evidence
from tests.scripts import load_script

evaluation = load_script("eval_events")


def test_a_gold_id_gives_its_publication_day() -> None:
    assert evaluation.published("AAW_ARB_20080913.0007-59") == "2008-09-13"
    assert evaluation.published("no-day-here") is None


def _document(historical: bool) -> Document:
    text = "قتل مسلحون عشرة أشخاص في بغداد عام 2003 ."
    evidence = Evidence(document_id="d", sentence_id="s0", start=0, end=len(text),
                        extractor="test", confidence=0.9)
    event = Event(id="e1", label="Killing", trigger_start=0, trigger_end=3, evidence=evidence,
                  historical=historical)
    return Document(id="d", text=text, meta=DocumentMeta(date="2008-09-13"), events=(event,))


def test_background_events_are_raised_unless_news_only() -> None:
    killing = frozenset({"Killing"})
    assert evaluation.events_of(_document(True), killing).triggers
    assert not evaluation.events_of(_document(True), killing, news_only=True).triggers
    assert evaluation.events_of(_document(False), killing, news_only=True).triggers
