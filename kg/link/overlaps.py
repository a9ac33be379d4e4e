"""Choosing between overlapping mentions from different NER backends.

The gazetteer is precise and knows the entity; the statistical tagger finds
names the gazetteer lacks but sometimes runs two names together («الناتو
جينس ستولتنبرغ»). So where mentions overlap, a gazetteer name wins; a
nationality adjective («الأمريكية») gives way to a longer mention that
contains it («السفارة الأمريكية»); otherwise the longer, then the more
confident, mention wins.
"""

from __future__ import annotations

from bisect import bisect_left
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
    """The mentions that survive, in text order; no two of them overlap.

    The kept spans are disjoint, so in ``(start, end)`` order their ends never
    decrease: the only kept span that can overlap a candidate is the last one
    starting before the candidate ends. That keeps this ``O(n log n)``-ish
    (one bisection and one list insertion a mention) instead of comparing
    every candidate with every kept mention.
    """
    kept: list[Mention] = []
    starts: list[tuple[int, int]] = []  # (start, end) of ``kept``, in the same order
    for mention in sorted(mentions, key=_rank):
        index = bisect_left(starts, (mention.end, -1))
        if index > 0 and starts[index - 1][1] > mention.start:
            continue
        position = bisect_left(starts, (mention.start, mention.end))
        starts.insert(position, (mention.start, mention.end))
        kept.insert(position, mention)
    return tuple(kept)
