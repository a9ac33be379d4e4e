"""A body's own name in quotation marks inside a title: «مدير قناة «الرسالة» X».

Saudi and Gulf papers quote the proper name of a channel, paper, company or club right after
its kind noun: «مدير قناة «الرسالة» محمد العنزي», «رئيس تحرير صحيفة "الرياض" X», «X الرئيس
التنفيذي لشركة «معادن»». The marks are punctuation, so the title rules stopped at them and
the holder got no title at all. The rule: the marks may be crossed inside a title when they
enclose a short name (at most :data:`_MOST_WORDS` words, one line, no other punctuation) that
follows a kind noun of a body at once («قناة», «صحيفة», «شركة», «نادي» ..., bare or with a
clitic: «لشركة», «بصحيفة»). A quotation after any other word (a statement, a slogan, an
event's name: «فعاليات «عيد طيبة»») stays a boundary.
"""
from __future__ import annotations

import re

from kg.relations.context import Extraction
from kg.relations.index import Word

BODY_KINDS = frozenset({"قناه", "صحيفه", "جريده", "مجله", "شركه", "نادي", "مؤسسه", "جمعيه",
                        "وكاله", "مجموعه", "بنك", "مصرف", "مستشفي", "مركز", "هيئه", "اتحاد",
                        "حزب", "حركه", "تيار", "منظمه", "جامعه", "موقع", "برنامج", "اذاعه",
                        "مجلس", "لجنه", "فريق", "مهرجان", "شبكه", "مصنع", "كليه"})
"""Kind nouns of a body whose proper name is often quoted (normalised, no article)."""

_OPENING = frozenset("«\"“")
_CLOSING = frozenset("»\"”")
_MOST_WORDS = 4
_CLITICS = ("و", "ل", "ب", "ف")


def _kind_noun(word: Word) -> bool:
    """«قناة», «لشركة», «وبصحيفة»: a kind noun, indefinite, with clitics or none."""
    norm = word.norm
    for _ in range(3):
        if norm in BODY_KINDS:
            return True
        if not norm.startswith(_CLITICS):
            return False
        norm = norm[1:]
    return False


def _only(gap: str, marks: frozenset[str]) -> bool:
    text = gap.strip()
    return len(text) == 1 and text in marks


def crosses_quoted_name(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether the marks between ``words[index]`` and ``words[index + 1]`` open or close a
    quoted body name after its kind noun (see the module docstring), so a title runs on."""
    if index < 0 or index + 1 >= len(words):
        return False
    gap = context.gap(words[index], words[index + 1])
    if _only(gap, _OPENING):
        if not _kind_noun(words[index]):
            return False
        opening = index + 1
    elif _only(gap, _CLOSING):
        opening = next((i for i in range(index, max(-1, index - _MOST_WORDS), -1)
                        if i > 0 and _only(context.gap(words[i - 1], words[i]), _OPENING)), -1)
        if opening < 1 or not _kind_noun(words[opening - 1]):
            return False
    else:
        return False
    return _closed_name(context, words, opening)


_INSIDE = re.compile(r"^[\s\-]*$")


def _closed_name(context: Extraction, words: list[Word], opening: int) -> bool:
    """Whether the name opening at ``words[opening]`` closes with a mark within
    :data:`_MOST_WORDS` words, with only spaces (or a hyphen) between its words."""
    for last in range(opening, min(len(words), opening + _MOST_WORDS)):
        if last + 1 >= len(words):
            return False
        gap = context.gap(words[last], words[last + 1])
        if words[last].sentence_index != words[last + 1].sentence_index:
            return False
        if _only(gap, _CLOSING):
            return True
        if not _INSIDE.match(gap):
            return False
    return False


_PAIRS = {"«": "»", "“": "”", "\"": "\""}


def balanced_end(text: str, start: int, end: int) -> int:
    """The end of a title span ``text[start:end]`` with the closing mark of a quoted name it
    opens taken in: «مدير قناة «الرسالة» rather than an unbalanced «مدير قناة «الرسالة»."""
    span = text[start:end]
    for opening, closing in _PAIRS.items():
        opened = span.count(opening) - (span.count(closing) if opening != closing else 0)
        if opening == closing:
            opened = span.count(opening) % 2
        if opened > 0 and text[end:end + 1] == closing:
            return end + 1
    return end
