"""A light verb of «عن» far before its stance noun, across a long styled and titled name.

Saudi and Gulf news name an official in full between «أعرب / عبّر» and «عن»: «أعرب صاحب
السمو الملكي الأمير الدكتور فيصل بن مشعل بن سعود بن عبدالعزيز أمير منطقة القصيم عن شكره
لـ ...», «عبّر فضيلة رئيس المحكمة العامة الشيخ الدكتور X بن Y بن Z المحيميد عن فخره بـ ...».
The noun right after «عن» is still the verb's object however long the name: «أعرب/عبّر»
governs «عن» and nothing else in between can. The usual search for a light verb stops after
ten words (:func:`kg.relations.stance_subjects.light_verb`); this one reaches further, but
only when every word between the verb and «عن» belongs to the subject's name: a style of
address («صاحب السمو الملكي», «معالي», «فضيلة»), an honorific («الأمير», «الدكتور»,
«الشيخ»), a word of a mention (the person, the region or body of the title), or a word of a
title found for a person (:class:`kg.relations.findings.RoleFact`). A verb, a clause, a comma
or any other word between leaves the noun unread, as before.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS
from kg.relations.stance_phrases import boundary
from kg.relations.subject_openers import STYLES

_REACH = 26
"""How many words back the verb may stand: the longest styled names run to about twenty."""

_ABOUT_VERBS = frozenset({"اعرب", "اعربت", "يعرب", "تعرب", "عبر", "عبرت", "يعبر", "تعبر"})
"""Light verbs whose stance noun follows «عن» («أعرب عن شكره», «عبّر عن فخره»)."""

_STYLE_WORDS = STYLES | HONORIFICS | frozenset({
    "صاحب", "صاحبه", "السمو", "الملكي", "المعالي", "السعاده", "الفضيله", "السماحه",
    "الفخامه", "الجلاله", "الدكتوره", "د", "الاستاذ", "الاستاذه", "المهندس", "المهندسه",
    "اللواء", "الفريق", "العميد", "الشيخ", "الامير", "الاميره", "بن", "ابن", "بنت", "ال"})
"""Styles, honorifics and name links that may stand anywhere in a styled name."""


def titled_light_verb(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of «أعرب / عبّر» up to :data:`_REACH` words before the stance noun at
    ``position``, when the noun follows «عن» and every word between the verb and «عن» is
    part of the subject's styled and titled name; else None."""
    if position < 2 or words[position - 1].norm != "عن":
        return None
    for index in range(position - 2, max(-1, position - 1 - _REACH), -1):
        if boundary(context, words[index], words[index + 1]):
            return None
        if _verb(words[index]):
            return index if index < position - 2 and \
                _all_name(context, words, index + 1, position - 1) else None
    return None


def _all_name(context: Extraction, words: list[Word], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` are all words of a styled and titled name: styles and
    honorifics, words of a mention («بمنطقة» of «منطقة القصيم» too), words of a title found
    for a person, and the definite genitives and adjectives that follow a title word
    («رئيس المحكمة العامة»: the title's own complement)."""
    titled = _title_words(context, words)
    in_title = False
    for index in range(start, end):
        word = words[index]
        if index in titled:
            in_title = True
        elif word.norm in _STYLE_WORDS or context.covering_mention(word.end - 1) is not None:
            in_title = False
        elif not (in_title and word.norm.startswith("ال")):
            return False
    return True


def _verb(word: Word) -> bool:
    """«أعرب», «وعبّر», «فيما أعرب»: a light verb of «عن», with «و» or «ف» before it."""
    norm = word.norm
    return norm in _ABOUT_VERBS or (norm[:1] in {"و", "ف"} and norm[1:] in _ABOUT_VERBS)


def _title_words(context: Extraction, words: list[Word]) -> set[int]:
    """Indices (in ``words``) of the words of the titles found for persons in this span
    of words («أمير منطقة القصيم», «رئيس المحكمة العامة بالمدينة المنورة»)."""
    if not words:
        return set()
    first, last = words[0].start, words[-1].end
    starts = {word.start: index for index, word in enumerate(words)}
    covered: set[int] = set()
    for role in context.roles:
        if not first <= role.start < last or role.start not in starts:
            continue
        begin = starts[role.start]
        covered.update(range(begin, min(len(words), begin + len(role.position_name.split()))))
    return covered
