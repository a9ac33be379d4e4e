"""Where an adjunct set off by commas after the subject ends when it names someone: «طالب X،
خلال لقائه الرئيس الفرنسي فرانسوا هولاند في باريس، إسرائيل بوقف الاستيطان», «أدان
الاتحاد الأوروبي، في بيان أصدره مكتب الممثلة العليا فيديريكا موغيريني، الهجوم».

An adjunct opened by a preposition right after the subject («في بيان لها،», «خلال مؤتمر
صحافي،») is read up to its closing comma within a few words (see
``stance_appositions._past_adjunct``); an occasion with whom, or a statement with who
issued it, carries a title and a name and runs longer. When the closing comma comes later
but the adjunct names an actor, the object starts after that comma, and the names inside
the adjunct (the one met, the one who issued the statement) are never the object.

Only within :data:`_NAMED_REACH` words, with no other mark, stance word, word of saying or
«أن» clause inside (a clause of its own, not an adjunct).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_object_start import reports
from kg.relations.stance_triggers import live_stance

_NAMED_REACH = 14
"""How far an adjunct that names an actor may run before its closing comma."""

_CLAUSE_WORDS = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان", "الذي",
                           "التي", "الذين"})
"""Words that open a clause of their own: past them the comma closes no adjunct."""


def named_adjunct_end(context: Extraction, words: list[Word], index: int,
                      checked: int) -> int | None:
    """The word after the comma closing the adjunct that opens at ``words[index]``, read on
    from ``words[checked]`` (the words before were read by the short reach), when the
    adjunct names an actor (see the module docstring); None otherwise."""
    for later in range(max(index + 1, checked), min(len(words), index + _NAMED_REACH)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:()؛;«»\"") or live_stance(words, later) or \
                reports(words[later]) or words[later].norm in _CLAUSE_WORDS:
            return None
        if any(mark in gap for mark in "،,"):
            named = context.mentions_between(words[index].end, words[later - 1].end)
            return later if any(m.entity_id for m in named) else None
    return None
