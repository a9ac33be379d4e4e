"""Holiday greetings to the leadership, then thanks by the same speaker after «، كما».

Saudi local news opens with the greetings a speaker raised to the leadership, each named
with its style, before the thanks of the same speaker: «رفع الشيخ X التهاني لمقام خادم
الحرمين الشريفين ولسمو ولي عهده ولسمو ولي ولي العهد بمناسبة عيد الفطر، كما قدم شكره لـ Y
على دعمها». The thanks after «، كما» share the subject of the opening verb
(:func:`kg.relations.stance_clause_actors.opening_verb_subject`) when nothing between them
opens a clause of its own and the opener is near enough. Two things there open no clause:

- the styles of address «لمقام», «ولسمو»: they add no actor, so they do not count toward
  the distance (:func:`unstyled_span`);
- the definite noun the opening verb takes right after its subject, «التهاني», «الشكر»,
  and the nouns joined to it by «و»: a stance noun there is that verb's object, in its
  clause (:func:`opener_object`); a stance verb or a noun further on still ends the reach.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.subjects_after import COURTESY_TITLES

_STYLES = COURTESY_TITLES | frozenset({"مقام"})
"""«لمقام خادم الحرمين الشريفين», «ولسمو ولي عهده», «ولمعالي الوزير»."""


def unstyled_span(words: list[Word], start: int, end: int) -> int:
    """How many words from ``start`` to ``end`` (not included) are not styles of address."""
    return sum(1 for word in words[start:end] if not word.has(_STYLES))


def opener_object(words: list[Word], index: int, after: int) -> bool:
    """``words[index]`` is the definite noun right after the opener's subject, or one joined
    to it by «و» («رفع X التبريكات والتهاني»): the opening verb's object, no clause of its
    own."""
    return index >= after and words[after].norm.startswith("ال") and \
        all(word.norm.startswith("وال") for word in words[after + 1:index + 1])
