"""A football club where the gazetteer read a place of the same name.

Sports news names foreign clubs by their city or state: «فريق روما», «لاعبو موناكو»,
«مرمى ليفربول». The gazetteer stage runs first and reads the word as the place; the
club rules of the bundled tagger (:mod:`kg.ner.clubs`), which need a football cue right
before the word for such names, then find the club on the very same span, and a span
already taken is not added again. Where a club found so covers exactly a gazetteer
place mention, that mention becomes the club: an Organization with
:data:`~kg.gazetteer.extractors.CLUB_EXTRACTOR`, which the linker never resolves to
the place. A place mention that only overlaps the club changes nothing.

The same name read by the gazetteer elsewhere in the document is the club too
(«ويلتقي روما مع ليفربول» after «فريق روما»), unless a locative stands before it:
«في روما», «إلى موناكو», «بروما» name the place where the match is played.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from kg.gazetteer.extractors import CLUB_EXTRACTOR, GAZETTEER_EXTRACTORS
from kg.model import Document

PLACE_LABELS = frozenset({"City", "Country", "Region", "Place"})
"""Gazetteer classes a club's name is also read as."""

LOCATIVES = frozenset({"في", "إلى", "الى", "من", "داخل", "قرب", "عاصمة", "مدينة", "بين"})
"""Words before a name that make it the place, not the club."""


def _after_locative(text: str, start: int) -> bool:
    """Whether a locative stands right before ``start``: a word or a glued «ب»."""
    glued = start
    while glued > 0 and not text[glued - 1].isspace():
        glued -= 1
    if "ب" in text[glued:start]:
        return True
    before = text[:glued].split()
    return bool(before) and before[-1] in LOCATIVES


def clubs_over_places(doc: Document, club_spans: Collection[tuple[int, int]]) -> Document:
    """``doc`` with each gazetteer place mention whose span is a club's made the club."""
    if not club_spans:
        return doc
    spans = set(club_spans)
    places = [m for m in doc.mentions
              if m.extractor in GAZETTEER_EXTRACTORS and m.label in PLACE_LABELS]
    names = {m.text for m in places if (m.start, m.end) in spans}
    clubs = {m.id for m in places if (m.start, m.end) in spans or
             (m.text in names and not _after_locative(doc.text, m.start))}
    if not clubs:
        return doc
    mentions = tuple(
        replace(m, label="Organization", extractor=CLUB_EXTRACTOR) if m.id in clubs else m
        for m in doc.mentions
    )
    return doc.with_layers("mentions", mentions=mentions)
