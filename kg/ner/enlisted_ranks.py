"""The ranks of soldiers and policemen below the officers are titles, not the start of a name.

Local news quotes sergeants and corporals by rank and name: «وقال وكيل الرقيب حسين
الزيد», «الوكيل رقيب أحمد البوخضر», «رئيس الرقباء فهد القحطاني», «الجندي أول عبدالله
الهزاع». The tagger reads the rank words as a name of their own («[وكيل الرقيب] [حسين
الزيد]»: the statement goes to «وكيل الرقيب», who is nobody) or as the name's first words
(«[وكيل الرقيب حسين الوعيد]»). An enlisted rank is:

- a rank noun, «رقيب», «عريف», «جندي» (with the article or without it), or «رقباء»;
- with «وكيل» or «رئيس» before it («وكيل رقيب», «وكيل الرقيب», «الوكيل رقيب», «رئيس
  الرقباء»), and «أول» after it («الرقيب أول», «جندي أول»).

:func:`enlisted_ranks` takes such a rank out of the start of a person name the tagger
opened with it, and drops a name that is nothing but the rank. A bare rank noun
(«رقيب», «عريف», also given names) is taken for the rank only with «وكيل/رئيس» before
it or «أول» after it, or where a rank word in the article stands in the phrase; a rank
inside a name («محمد الجندي», a family name) is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import split_word
from kg.ner.conll import chunks

_RANKS = frozenset(split_word(word)[0] for word in ("رقيب", "عريف", "جندي", "رقباء"))
_HEADS = frozenset(split_word(word)[0] for word in ("وكيل", "رئيس"))
_FIRST = split_word("أول")[0]
_PREFIXES = ("وال", "فال", "ال", "و", "ف", "")


def _base(word: str, bases: frozenset[str]) -> tuple[str, str] | None:
    """``(prefix, base)`` when ``word`` is one of ``bases`` after «و/ف» and the article."""
    normal = split_word(word)[0]
    for prefix in _PREFIXES:
        if normal.startswith(prefix) and normal[len(prefix):] in bases:
            return prefix, normal[len(prefix):]
    return None


def _rank_length(words: Sequence[str], start: int, end: int) -> int:
    """How many words of ``words[start:end]`` an enlisted rank takes at its start: 0 when
    the name does not open with one."""
    index, article = start, False
    head = _base(words[index], _HEADS)
    if head is not None:
        if index + 1 >= end or _base(words[index + 1], _RANKS) is None:
            return 0
        index, article = index + 1, True  # «وكيل رقيب»: the head makes it a rank
    rank = _base(words[index], _RANKS)
    if rank is None:
        return 0
    article = article or rank[0].endswith("ال")
    before = _base(words[start - 1], _HEADS) if start > 0 else None
    index += 1
    first = index < end and split_word(words[index])[0] == _FIRST
    if first:
        index += 1
    return index - start if article or first or before is not None else 0


def enlisted_ranks(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with an enlisted rank (see the module docstring) taken out of the
    start of each person name, and a name that is only a rank dropped."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind != "PERS":
            continue
        length = _rank_length(words, start, end)
        if not length:
            continue
        result[start : start + length] = ["O"] * length
        if start + length < end:
            result[start + length] = "B-PERS"
    return result
