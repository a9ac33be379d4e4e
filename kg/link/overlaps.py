"""Choosing between overlapping mentions from different NER backends.

The gazetteer is precise and knows the entity; the statistical tagger finds
names the gazetteer lacks but sometimes runs two names together («الناتو
جينس ستولتنبرغ»). So where mentions overlap, a gazetteer name wins; a
nationality adjective («الأمريكية») gives way to a longer mention that
contains it («السفارة الأمريكية»); otherwise the longer, then the more
confident, mention wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import Mention

GAZETTEER = "ner.gazetteer"
ADJECTIVE = "ner.gazetteer.adjective"


def _rank(mention: Mention) -> tuple[int, int, float]:
    if mention.extractor.startswith(GAZETTEER) and mention.extractor != ADJECTIVE:
        trust = 0
    elif mention.extractor == ADJECTIVE:
        trust = 2
    else:
        trust = 1
    return trust, -(mention.end - mention.start), -mention.confidence


def resolve_overlaps(mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The mentions that survive, in text order; no two of them overlap."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=_rank):
        if all(mention.end <= other.start or other.end <= mention.start for other in kept):
            kept.append(mention)
    return tuple(sorted(kept, key=lambda m: (m.start, m.end)))
