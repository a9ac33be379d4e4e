"""A thing described by what it aims at, as one object: «الرأي الداعي إلى تأجيل الانتخابات».

A descriptive object whose last word is an active participle of aim («الداعي», «الرامية»,
«الهادف», «القاضي», «الساعية») is cut in the middle when the phrase stops there: «ندعم
الرأي الداعي للقيام بالأمور» does not support «الرأي الداعي» (the view calling), but the
view calling for that act. The participle's complement follows at once, after «إلى» or a
glued «ل»/«ب» («الداعي لتأجيل», «القاضي بتمديد المهلة»), and belongs to the phrase. The
phrase reads on over that complement, up to three words, and stops at a mark, a
conjunction, a free-standing particle («في», «من») or a number: what the aim is, not where
or when.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS

AIM_PARTICIPLES = frozenset({
    "الداعي", "الداعيه", "الرامي", "الراميه", "الهادف", "الهادفه", "القاضي", "القاضيه",
    "الساعي", "الساعيه",
})
"""Participles «calling for», «aiming at», «providing for», «seeking» (normalised)."""
_TO = frozenset({"الي"})
_COMPLEMENT_WORDS = 3


def aim_end(context: Extraction, words: list[Word], kept: list[Word]) -> int | None:
    """The end (in the text) of the phrase ``kept`` read on over the complement of the
    participle of aim it ends with, or None when it ends otherwise or no complement follows."""
    if len(kept) < 2 or kept[-1].norm not in AIM_PARTICIPLES:
        return None
    position = next((i for i, word in enumerate(words) if word is kept[-1]), None)
    if position is None or position + 1 >= len(words):
        return None
    index = position + 1
    if words[index].norm in _TO:
        index += 1  # «الداعي إلى تأجيل الانتخابات»
    elif not _glued_lam_or_ba(words[index]):
        return None  # «الهادفة» as an adjective («المسرحيات الهادفة التي ...»)
    end = None
    previous = kept[-1]
    for word in words[index:index + _COMPLEMENT_WORDS]:
        if context.boundary_between(previous, word) or word.norm in FUNCTION_WORDS or \
                word.bare() in FUNCTION_WORDS or word.norm.isdigit() or \
                (end is not None and _joined(word)):
            break
        end, previous = word.end, word
    return end


def _glued_lam_or_ba(word: Word) -> bool:
    """«لتأجيل», «بتمديد», «للقيام»: the word opens with «ل» or «ب» glued to it."""
    return any(prefix.lstrip("وف")[:1] in {"ل", "ب"} for prefix, _ in word.readings()[1:])


def _joined(word: Word) -> bool:
    """«والاستقرار»: a word joined by «و», which opens a second aim."""
    return word.norm.startswith("و") and len(word.norm) > 3
