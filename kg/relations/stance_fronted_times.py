"""«ومباشرة بعد ذلك سخرت حركة الشباب من كينيا وهددتها بهجمات», «وفي وقت لاحق رفض X ...
ودعا ...»: a sentence whose opening verb comes after a fronted phrase of time.

A verb joined by «و» later in the sentence with no subject of its own shares the subject of
the sentence's opening verb (``stance_verb_clauses.sentence_verb_subject``); the opening
verb may stand after a fronted phrase of occasion («وفي ختام الحفل»), or after a short phrase
of time that is no actor: only words of
:data:`_TIME_WORDS` (at most :data:`_REACH`), with no name among them, ending in a word of
:data:`_ENDS`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_fronted_occasion import fronted_occasion

_TIME_WORDS = frozenset({
    "مباشره", "ومباشره", "بعد", "وبعد", "فور", "وفور", "قبل", "وقبل", "ذلك", "امس", "وامس",
    "اليوم", "واليوم", "ثم", "في", "وفي", "غضون", "وقت", "لاحق", "سابق", "لاحقا", "مساء",
    "ومساء", "صباح", "وصباح", "الاثناء", "هذه", "غداه", "وغداه",
})
"""Words of a fronted phrase of time («ومباشرة بعد ذلك», «وفي وقت لاحق», «وفي غضون ذلك»)."""
_ENDS = frozenset({"ذلك", "امس", "وامس", "اليوم", "واليوم", "لاحق", "سابق", "لاحقا", "الاثناء",
                   "مباشره", "ومباشره"})
"""The words a phrase of time ends with («بعد ذلك», «في وقت لاحق»); «وفي القاهرة» is none."""
_REACH = 4


def clause_opening(context: Extraction, words: list[Word]) -> int:
    """The index of the word after a fronted phrase of time or of occasion that opens
    ``words`` (0 when none does): «وفي وقت لاحق», «وفي ختام الحفل» (see
    :func:`kg.relations.stance_fronted_occasion.fronted_occasion`)."""
    occasion = fronted_occasion(words)
    if occasion and context.covering_mention(words[occasion].start) is None:
        return occasion
    for index, word in enumerate(words[:_REACH + 1]):
        if word.norm not in _TIME_WORDS or context.covering_mention(word.start) is not None:
            ended = index > 0 and words[index - 1].norm in _ENDS
            return index if ended and index < len(words) - 1 else 0
    return 0
