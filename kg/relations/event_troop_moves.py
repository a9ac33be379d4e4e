"""Troops on the move: a deployment told by a verb of going with troops as its subject.

«ووصلت تعزيزات عسكرية إلى المدينة», «توجهت قوات من الجيش إلى الحدود», «يذكر أن تعزيزات
ضخمة مدعمة بالمدرعات توجهت السبت إلى مناطق المواجهات»: troops sent somewhere are as often
told by where they went as by who sent them. The verbs (``TROOP_MOVES``: وصل، توجه، تحرك،
اتجه) are far more often said of a minister, a plane or a letter, so they name a deployment
only with troops (``TROOP_WORDS``) as their subject:

- right after the verb, past at most one word of time («وصلت أمس تعزيزات»), with no
  preposition before them («وصل الوزير إلى القوات» is a visit, not a deployment);
- or opening the verb's clause before it, at the start of the sentence or right after
  «أن/إن», within a few words and no punctuation;
- aircraft and ships only when called military («وصلت طائرات حربية»), and not with aid or
  evacuation in the clause («وصلت طائرات تحمل مساعدات»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import AID_WORDS, TROOP_MOVES, TROOP_WORDS

_MOVES = frozenset(TROOP_MOVES)
_TROOPS = TROOP_WORDS - frozenset({"قطع"})
"""Troop words that are a subject («قطع» is as often a verb or a cut)."""
_VEHICLES = frozenset({"طائرات", "سفن", "مقاتلات", "بوارج", "حامله"})
_MILITARY = frozenset({"حربيه", "عسكريه", "مقاتله", "بحريه", "قتاليه", "حربيتان"})
_RELIEF = AID_WORDS | frozenset({"اجلاء", "انقاذ", "لاجلاء", "لانقاذ"})
_BARE = frozenset({"", "و", "ف", "ال", "وال", "فال"})
_TIME = frozenset({"امس", "اليوم", "مساء", "صباح", "فجر", "ليل", "الليله"})
_OPENERS = frozenset({"ان", "انه", "بان", "وان"})
_BEFORE_REACH = 8
"""How far before the verb the troops may open its clause («أن تعزيزات ضخمة مدعمة بالمدرعات
العسكرية والمدافع المتوسطة والثقيلة توجهت»)."""
_CLAUSE_REACH = 10


def _troops(words: list[Word], index: int) -> bool:
    """``words[index]`` is a troop word with no preposition before it; a vehicle only with
    a military adjective right after it."""
    word = words[index]
    if not any(rest in _TROOPS and prefix in _BARE for prefix, rest in word.readings()):
        return False
    if not word.has(_VEHICLES):
        return True
    return index + 1 < len(words) and words[index + 1].has(_MILITARY)


def _clause(context: Extraction, words: list[Word], position: int, step: int,
            limit: int) -> list[int]:
    """Indexes of up to ``limit`` words from ``position`` in direction ``step`` (nearest
    first), up to the first punctuation."""
    found: list[int] = []
    index = position + step
    while 0 <= index < len(words) and len(found) < limit:
        low, high = sorted((index, index - step))
        if context.boundary_between(words[low], words[high]):
            break
        found.append(index)
        index += step
    return found


def _subject_after(words: list[Word], after: list[int]) -> int | None:
    rest = after[1:] if after and words[after[0]].norm in _TIME else after
    return rest[0] if rest and _troops(words, rest[0]) else None


def _subject_before(context: Extraction, words: list[Word], before: list[int]) -> int | None:
    for index in before:
        if not _troops(words, index):
            continue
        opens = index == 0 or words[index - 1].norm in _OPENERS or \
            context.boundary_between(words[index - 1], words[index])
        return index if opens else None
    return None


def troops_moved(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether a verb of going at ``words[position]`` has troops as its subject (see the
    module docstring); any other trigger form passes."""
    if form not in _MOVES:
        return True
    after = _clause(context, words, position, 1, _CLAUSE_REACH)
    if any(words[index].has(_RELIEF) for index in after):
        return False
    return troops_subject(context, words, position) is not None


def troops_subject(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of the troop word that is the subject of the verb at ``words[position]``,
    right after it or opening its clause before it (see the module docstring), or None."""
    after = _subject_after(words, _clause(context, words, position, 1, _CLAUSE_REACH))
    if after is not None:
        return after
    return _subject_before(context, words, _clause(context, words, position, -1, _BEFORE_REACH))
