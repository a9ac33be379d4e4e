"""Losses «in the ranks of» a side, then the attack that caused them: the side is its target.

«سقوط قتلى وجرحى في صفوف عناصر الميليشيا، في كمين للمقاومة», «خسائر فادحة في صفوف
المتمردين جراء غارات التحالف»: a casualty noun, «في صفوف» and the side, then the attack noun
that caused the losses as an adjunct («في/جراء/ب» + noun). What the attack was done to is the
side whose ranks suffered, told before it; no count is given, so no killing is folded
into the attack to carry it (``events._victims_to_attack``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.targets import phrase_arg

_LOSSES = frozenset({
    "قتلي", "جرحي", "خسائر", "اصابات", "مصابين", "قتيلا", "قتيل", "ضحايا", "اصابه", "مقتل",
    "مصرع", "سقوط",
})
"""Casualty nouns that «في صفوف» follows («قتلى وجرحى في صفوف», «خسائر في صفوف»)."""
_RANKS = "صفوف"
_CAUSES = frozenset({"في", "جراء", "اثر", "بسبب", "خلال"})
_REACH = 10
"""How far before the attack noun «في صفوف» may stand."""
_SIDE_WORDS = 4
"""At most this many words name the side («عناصر الميليشيا الحوثية»)."""
_STOPS = frozenset({"في", "جراء", "اثر", "بسبب", "خلال", "من", "علي", "الي", "بعد", "قبل"})


def ranks_target(context: Extraction, words: list[Word], position: int,
                 draft: Draft) -> Arg | None:
    """The side in whose ranks losses fell before the attack noun at ``words[position]``."""
    if draft.label != "Attack" or draft.verb or position == 0 or \
            any(a.role == "target" for a in draft.arguments):
        return None
    trigger = words[position]
    attached = trigger.readings()[-1][0] if trigger.readings() else ""
    if words[position - 1].norm.removeprefix("و") not in _CAUSES and \
            not attached.lstrip("وف").startswith("ب"):
        return None
    for index in range(position - 2, max(0, position - 1 - _REACH), -1):
        if words[index].norm == _RANKS and words[index - 1].norm == "في" and \
                any(w.has(_LOSSES) for w in words[max(0, index - 5):index - 1]):
            return _side(context, words, index + 1, position - 1)
    return None


def _side(context: Extraction, words: list[Word], first: int, end: int) -> Arg | None:
    """The side named from ``words[first]``, before ``words[end]`` (the cause word)."""
    if first >= end:
        return None
    mention = context.mention_starting_in(words[first])
    if mention is not None and mention.entity_id and mention.label in AGENT_LABELS:
        return Arg(mention.entity_id, mention.start, mention.end)
    last = first
    while last + 1 < end and last + 1 - first < _SIDE_WORDS and \
            words[last + 1].norm not in _STOPS and \
            not context.boundary_between(words[last], words[last + 1]):
        last += 1
    if context.boundary_between(words[last], words[min(last + 1, len(words) - 1)]) or \
            last + 1 == end:
        return phrase_arg(context, words, first, last)
    return None  # the side runs on past the words a side takes: not read
