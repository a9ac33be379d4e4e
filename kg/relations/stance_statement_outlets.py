"""The outlet a statement was given to, between the statement and the stance's object.

«ودعا الأسد في تصريح لإحدى القنوات الفضائية العربية الحكومة اللبنانية إلى ...», «حث X في
تصريحات للجزيرة السلطات على ...», «أشاد X في مقابلة مع يديعوت أحرونوت الأسبوع الماضي
بالعاهل ...»: after the statement noun (``stance_object_start.past_statement_adjunct``),
«لـ» or «مع» and the news outlet it was given to — a named medium or organisation, a head
noun of a medium («لصحيفة», «لقناة») before a name, or «لإحدى/لأحد» and a definite noun —
with up to two of its definite adjectives («البريطانية», «الفضائية العربية») and a time
phrase («أمس», «الأسبوع الماضي»). The object begins after them. A person after «مع» is not
passed («في اتصال مع عباس الرئيس ...»: an apposition may follow), nor anything else.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_occasion_adjectives import occasion_adjective
from kg.relations.stance_phrase_objects import TIME_WORDS

_OUTLET_LABELS = frozenset({"MediaOrganization", "Organization"})
_MEDIA_HEADS = frozenset({"صحيفه", "جريده", "قناه", "شبكه", "وكاله", "اذاعه", "تلفزيون",
                          "مجله", "موقع", "محطه"})
"""«لصحيفة الجارديان», «مع شبكة سي إن إن»: a medium's head noun before its name."""
_ONE_OF = frozenset({"احدي", "احد"})
"""«لإحدى القنوات», «لأحد المواقع»: one of some media."""
_SPANS = frozenset({"الاسبوع", "الشهر", "العام"})
_PAST = frozenset({"الماضي", "الماضيه", "المنصرم"})
_MAX_ADJECTIVES = 2


def past_outlet(context: Extraction, words: list[Word], index: int) -> int:
    """Past the outlet at ``words[index]`` (see the module docstring), or ``index``."""
    if index + 1 >= len(words):
        return index
    word = words[index]
    if word.norm == "مع":
        start, bare = index + 1, words[index + 1].norm
    elif word.norm.startswith("ل") and _lam_glued(word):
        start, bare = index, word.norm[1:]
    else:
        return index
    end = _outlet_end(context, words, start, bare)
    if end is None or end >= len(words) or \
            any(context.boundary_between(words[i], words[i + 1]) for i in range(index, end)):
        return index
    for _ in range(_MAX_ADJECTIVES):
        if end < len(words) and _adjective(context, words[end]) and \
                not context.boundary_between(words[end - 1], words[end]):
            end += 1
    return _past_time(words, end)


def _lam_glued(word: Word) -> bool:
    """«لإحدى», «للجزيرة», «لصحيفة»: «ل» is a clitic of the word, not its first letter."""
    return any(prefix.lstrip("وف").startswith("ل") for prefix, _ in word.readings()[1:])


def _outlet_end(context: Extraction, words: list[Word], start: int, bare: str) -> int | None:
    """The index past the outlet whose first word is ``words[start]`` (``bare``: that word
    without «ل»), or None when it is no outlet."""
    mention = context.mention_starting_in(words[start])
    if mention is not None and mention.label in _OUTLET_LABELS:
        return _past_mention(words, start, mention.end)
    if start + 1 >= len(words) or context.boundary_between(words[start], words[start + 1]):
        return None
    if bare.removeprefix("ال") in _MEDIA_HEADS:
        named = context.mention_starting_in(words[start + 1])
        return _past_mention(words, start + 1, named.end) if named is not None else None
    if bare in _ONE_OF and words[start + 1].norm.startswith("ال") and \
            context.covering_mention(words[start + 1].start) is None:
        return start + 2
    return None


def _past_mention(words: list[Word], start: int, end: int) -> int:
    """The index of the first word at or after ``start`` that starts at or past ``end``."""
    index = start
    while index < len(words) and words[index].start < end:
        index += 1
    return index


def _adjective(context: Extraction, word: Word) -> bool:
    """«البريطانية», «الفضائية»: a definite adjective of the outlet (a nisba mention too)."""
    mention = context.covering_mention(word.start)
    if mention is not None:
        return context.is_nisba(mention) and word.norm.startswith("ال")
    return occasion_adjective(context, word)


def _past_time(words: list[Word], index: int) -> int:
    """Past «أمس», «الأحد», «الأسبوع الماضي» at ``words[index]``."""
    while index < len(words):
        if words[index].norm in TIME_WORDS:
            index += 1
        elif index + 1 < len(words) and words[index].norm in _SPANS and \
                words[index + 1].norm in _PAST:
            index += 2
        else:
            break
    return index
