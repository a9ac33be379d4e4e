"""Quotation marks that hold no speech: a closing straight mark, and a quoted term.

1. A straight mark («"») glued to the word before it and followed by a space or a
   punctuation mark closes a quotation; it never opens one («حملة "الخير للجميع" في ...»:
   the mark after «للجميع» does not open the quotation «في جميع المناطق»).
2. A short quotation (one or two words) that complements a noun or a preposition deep in
   the clause is a term, a name or a slogan, not what the subject said: «أعلنت الشركة
   إطلاق مسمى "الضيف" بدلاً من "المسافر"», «وصف الوزير الوضع بـ"الخطير"». It is speech
   only right after the verb, after a colon, or right after the speaker's name («وقال
   الوزير "لا"»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_MAX_TERM_WORDS = 2
_OPENING_PUNCTUATION = " \t\n(«“:،,؛"


def closes_straight(text: str, at: int) -> bool:
    """Whether the straight mark at ``text[at]`` closes a quotation (rule 1)."""
    if text[at] != '"' or at == 0 or at + 1 >= len(text):
        return False
    before, after = text[at - 1], text[at + 1]
    return before not in _OPENING_PUNCTUATION and (after.isspace() or after in ".،,؛:!؟)")


def quoted_term(context: Extraction, words: list[Word], position: int, index: int,
                span: tuple[int, int], gap: str) -> bool:
    """Whether the quotation over ``span``, opened in the gap before ``words[index]``, is
    a term in the clause of the verb at ``words[position]`` (rule 2)."""
    start, end = span
    if len(context.doc.text[start:end].split()) > _MAX_TERM_WORDS or ":" in gap or \
            index - position <= 1 or index - 1 < 0:
        return False
    # «وقال الوزير سعد الحربي "لا"»: right after the speaker's name, it is speech
    return context.covering_mention(words[index - 1].start) is None
