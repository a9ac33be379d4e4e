"""How far back a stance noun's light verb may stand, a name counting as one word.

«أعرب X عن شكره», «وجه X دعوة»: the light verb stands a few words before the noun, its
subject between them. A long name («المهندس فرحان بن نايف الفيصل الجربا رئيس مجلس إدارة
زين السعودية بالشكر») is one actor however many words it takes, so the words of one mention
count once toward the reach. A stance noun joined by «و» to another with its owner's
pronoun shares that noun's light verb («معرباً عن ارتياحه لنتائج الزيارة وتقديره لدور X»):
the first noun does not stop the search as a clause of its own would.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import find_stance
from kg.relations.stance_phrases import possessive

LIGHT_REACH = 10
"""Words back from a stance noun to its light verb, a name counting as one word («تقدم
المهندس فرحان بن نايف الفيصل الجربا رئيس مجلس إدارة زين بالشكر»)."""


def words_back(context: Extraction, words: list[Word], position: int, reach: int) -> list[int]:
    """The indices before ``position``, nearest first, up to ``reach`` words back where the
    words of one name count once."""
    found: list[int] = []
    counted = 0
    for index in range(position - 1, -1, -1):
        if counted == reach:
            break
        found.append(index)
        mention = context.covering_mention(words[index].start)
        if mention is None or index == 0 or mention.start >= words[index].start or \
                context.covering_mention(words[index - 1].start) is not mention:
            counted += 1
    return found


_FEELINGS = frozenset({"praises", "welcomes", "condemns", "criticizes", "rejects", "opposes"})
"""Kinds of an expressed feeling; not support («تقديره لجهود Y ودعمه للقضية» is Y's support)."""


def owned_feeling(word: Word) -> bool:
    """A noun of an expressed feeling with its owner's pronoun («ارتياحه», «وتقديره»,
    «شكرها»): a verbal noun of the lexicon, not a verb with an object pronoun («انتقده»)."""
    hit = find_stance(word.norm)
    return hit is not None and hit.value.noun and hit.value.kind in _FEELINGS and \
        possessive(word)
