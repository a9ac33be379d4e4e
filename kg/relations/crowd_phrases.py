"""Unnamed crowds of a protest: «خرج مدنيون», «تظاهر المئات من الطلاب», «نحو مائتي شخص».

The crowd right after a protest verb: a crowd noun (maybe with its plural nisba), a count
and the people it counts («آلاف المحتجين», «عشرات من أعضاء حزب الغد»), or a number of
people; never a named group's people, read by the named rules.
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.crowd_members import CROWD_COUNTS, members_body_end
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    find_event,
)
from kg.relations.perpetrators import (
    plural_nisba,
)
from kg.relations.target_words import (
    PLACE_HEADS,
    TIME_WORDS,
    phrase_arg,
)

CROWD_HEADS = frozenset({
    "متظاهرون", "متظاهرين", "المتظاهرون", "المتظاهرين", "محتجون", "محتجين", "المحتجون",
    "المحتجين", "مدنيون", "مدنيين", "المدنيون", "مواطنون", "مواطنين", "المواطنون", "المواطنين",
    "سكان", "السكان", "اهالي", "الاهالي", "طلاب", "الطلاب", "عمال", "العمال", "ناشطون",
    "ناشطين", "الناشطون", "انصار", "مناصرو", "مناصري", "معلمون", "المعلمون", "اطباء",
    "الاطباء", "لاجئون", "اللاجئون",
})
"""The people an unnamed protest is told of: «تظاهر المئات من الطلاب», «خرج مدنيون»."""


def crowd_phrase(context: Extraction, words: list[Word], start: int) -> tuple[Arg, int] | None:
    """The unnamed crowd right after a protest verb («خرج مدنيون يطالبون», «تظاهر المئات من
    الطلاب», «تجمع آلاف المحتجين») and the index after it; None when the verb is followed
    by no crowd word (a name is read by the named rules, «خرج الوزير» is no protest)."""
    if start >= len(words) or start == 0 or \
            context.boundary_between(words[start - 1], words[start]):
        return None
    if words[start].norm in {"امس", "اليوم"} and start + 1 < len(words) and \
            not context.boundary_between(words[start], words[start + 1]):
        start += 1  # «تظاهر أمس نحو مائتي شخص»
    last = crowd_end(context, words, start)
    if last is None:
        return None
    return phrase_arg(context, words, start, last), last + 1


_ABOUT = frozenset({"نحو", "حوالي", "قرابه", "زهاء"})
"""«نحو مائتي شخص»: a word of approximation before a crowd's number."""


def crowd_end(context: Extraction, words: list[Word], start: int) -> int | None:
    """The index of the last word of the crowd phrase at ``words[start]``: a crowd noun
    («المتظاهرون»), a count of one («آلاف المحتجين», «مئات الصرب», «عشرات النشطاء»), or a
    number of people («نحو مائتي شخص»); None when none starts there."""
    first = words[start]
    if context.covering_mention(first.start) is not None:
        return None
    if first.norm in CROWD_HEADS or first.bare() in CROWD_HEADS:
        last = start
        if last + 1 < len(words) and plural_nisba(words[last + 1]) and \
                not context.boundary_between(first, words[last + 1]):
            last += 1  # «متظاهرون فلسطينيون»
    elif first.norm in CROWD_COUNTS or first.bare() in CROWD_COUNTS:
        last = _counted_people(context, words, start)
    elif first.norm in _ABOUT or number_value(first) is not None:
        numbered = _numbered_people(context, words, start)
        if numbered is None:
            return None
        last = numbered
    else:
        return None
    if last + 1 < len(words) and context.covering_mention(words[last + 1].start) is not None \
            and not context.boundary_between(words[last], words[last + 1]):
        return None  # «أنصار جبهة الأحرار»: a named group's people, for the named rules
    return last


def _counted_people(context: Extraction, words: list[Word], start: int) -> int:
    """«آلاف المحتجين», «المئات من الطلاب», «مئات الصرب»: the count and the people it counts
    (a crowd noun, or a definite plural noun as the count's genitive); the count alone
    otherwise («تظاهر الآلاف»)."""
    following = start + 1
    if following < len(words) and words[following].norm == "من":
        following += 1
    if following >= len(words) or \
            context.boundary_between(words[following - 1], words[following]):
        return start
    word = words[following]
    body = members_body_end(context, words, following)
    if body is not None:
        return body  # «عشرات من أعضاء حزب الغد»: the members of the body
    if word.has(CROWD_HEADS):
        return following
    if following == start + 1 and _people_noun(context, word):
        return following
    return start


def _numbered_people(context: Extraction, words: list[Word], start: int) -> int | None:
    """«نحو مائتي شخص», «خمسة آلاف متظاهر»: a number and the people it counts."""
    index = start + 1 if words[start].norm in _ABOUT else start
    if index >= len(words) or number_value(words[index]) is None:
        return None
    while index + 1 < len(words) and number_value(words[index + 1]) is not None:
        index += 1
    noun = index + 1
    if noun >= len(words) or any(context.boundary_between(words[i - 1], words[i])
                                 for i in range(start + 1, noun + 1)):
        return None
    word = words[noun]
    return noun if word.bare() in _PEOPLE or word.has(CROWD_HEADS) else None


_PEOPLE = frozenset({"شخص", "اشخاص", "متظاهر", "محتج", "ناشط", "طالب", "عامل", "مواطن",
                     "متظاهرا", "شخصا", "مواطنا", "طالبا", "عاملا", "ناشطا"})
"""Nouns a number of protesters counts («مائتي شخص», «خمسة آلاف متظاهر»)."""


def _people_noun(context: Extraction, word: Word) -> bool:
    """«الصرب», «النشطاء», «الأشخاص»: a definite plural noun after a crowd count, no name,
    time word, place noun or preposition."""
    prefix = word.readings()[-1][0] if word.readings() else ""
    if not word.norm.startswith("ال") or prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"}:
        return False
    bare = word.bare()
    return len(bare) > 2 and context.covering_mention(word.start) is None and \
        bare not in TIME_WORDS and word.norm not in FUNCTION_WORDS and \
        bare not in PLACE_HEADS and find_event(word.norm) is None
