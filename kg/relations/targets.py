"""Unnamed victims: «وقتل بعض الأجانب», «شنّ هجمات على سفارات», «قتل رجلا».

When a killing or an attack has no named target, the short noun phrase right
after the verb (or after «على»/«ضد» for a noun) is its target: one noun, or a
quantifier and its noun («بعض الأجانب», «عددا من المدنيين»). Nothing is read
across punctuation, from a preposition, a number (the casualty count does that),
a time word, a name (the named roles do that), another trigger, or a noun that
usually names the perpetrators («مسلحون», «مجهولون»), who may be the subject.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    RELATIVE_DAYS,
    TARGET_QUANTIFIERS,
    WEEKDAYS,
    find_event,
)

_TIME_WORDS = frozenset({"صباح", "مساء", "فجر", "ليل", "ليلا", "ليله", "ظهر", "نهار", "يوم",
                         "امس", "اليوم", "غدا", "مجددا", "ايضا", "مره", "مرات"})
_PERPETRATORS = frozenset({
    "مسلح", "مسلحون", "مسلحين", "مجهول", "مجهولون", "مجهولين", "مقاتلون", "مقاتلين", "انتحاري",
    "انتحاريون", "انتحاريين", "عناصر", "قوات", "جيش", "شرطه", "متشددون", "متشددين", "ارهابيون",
    "ارهابيين", "متمردون", "متمردين", "ميليشيات", "مليشيات", "جنود", "طائرات", "مقاتلات",
})
_GOVERNING = frozenset({"علي", "ضد"})
_PLACE_HEADS = frozenset({"ضاحيه", "حي", "بلده", "مدينه", "منطقه", "قريه", "مديريه", "محافظه",
                          "ناحيه"})
"""Nouns that open a place's name («ضاحية دار سعد», «حي الروضة»)."""


def unnamed_target(context: Extraction, words: list[Word], start: int, verb: bool) -> Arg | None:
    """The unnamed victim phrase at ``words[start]`` (after «على»/«ضد» for a noun), or None."""
    index = start
    if not verb:
        if index >= len(words) or words[index].bare() not in _GOVERNING:
            return None
        index += 1
    if index >= len(words) or index == 0 or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    first = words[index]
    if not _victim_word(context, first) or _untagged_place(context, words, index):
        return None
    last = index
    if first.bare() in TARGET_QUANTIFIERS and index + 1 < len(words) and \
            not context.boundary_between(first, words[index + 1]):
        last = index + 1
        if words[last].norm == "من" and last + 1 < len(words):
            last += 1
        if not _victim_word(context, words[last]):
            return None
    prefix = first.readings()[-1][0] if first.readings() else ""
    begin = first.start + len(prefix.removesuffix("ال")) if prefix.startswith(("و", "ف")) \
        else first.start
    name = context.doc.text[begin:words[last].end]
    node = context.add_entity("Miscellaneous", name)
    return Arg(node, begin, words[last].end)


def _untagged_place(context: Extraction, words: list[Word], index: int) -> bool:
    """«أمطرت ضاحية دار سعد بالصواريخ»: a place noun with a name after it is a place the
    NER missed; whether it is the target or the location cannot be told, so neither."""
    return words[index].bare() in _PLACE_HEADS and index + 1 < len(words) and \
        not context.boundary_between(words[index], words[index + 1])


def _victim_word(context: Extraction, word: Word) -> bool:
    """A plain noun that can head a victim phrase."""
    bare, norm = word.bare(), word.norm
    prefix = word.readings()[-1][0] if word.readings() else ""
    if any(clitic in prefix.removesuffix("ال") for clitic in ("ب", "ل", "ك")):
        return False  # «بالصواريخ», «للمرة»: an instrument or a circumstance
    if norm in FUNCTION_WORDS or bare in FUNCTION_WORDS or norm[:1].isdigit():
        return False
    if bare in _TIME_WORDS or norm in _TIME_WORDS or norm in RELATIVE_DAYS or \
            norm in WEEKDAYS or "ال" + bare in WEEKDAYS:
        return False
    if word.has(_PERPETRATORS) or find_event(norm) is not None:
        return False
    return context.covering_mention(word.start) is None
