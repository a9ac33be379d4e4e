"""An armed band's allegiance told after it: «الفصائل المقاتلة المعارضة للنظام السوري».

Conflict news describes an unnamed armed band by the side it fights for or against, with a
definite participle that agrees with it and the side behind «ل»: «الفصائل المعارضة للنظام»,
«القوات الموالية للحكومة», «المسلحون الموالون للرئيس السابق». The participle and its side
belong to the doer's phrase, and the verb's object starts after them: read as the object,
the participle gave a wrong target («أمطرت الفصائل المقاتلة المعارضة للنظام السوري أربع
بلدات» had «المعارضة» as what was hit).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

ALLEGIANCE = frozenset({
    "المعارضه", "المعارض", "المعارضين", "المعارضون", "المواليه", "الموالي", "الموالين",
    "الموالون", "المناهضه", "المناهضين", "المناهضون", "المؤيده", "المؤيدين", "المؤيدون",
})
"""Definite participles of allegiance that follow an armed band as its adjective."""
_SIDE_WORDS = 3
"""How many words the side behind «ل» may span («للرئيس اليمني السابق»)."""


def past_allegiance(context: Extraction, words: list[Word], index: int) -> int:
    """The index after an allegiance clause that opens at ``words[index]`` (the participle,
    then the side behind «ل» with its definite adjectives), or ``index`` when none does."""
    side = index + 1
    if side >= len(words) or words[index].norm not in ALLEGIANCE or \
            not words[side].norm.startswith("ل") or \
            context.boundary_between(words[index - 1], words[index]) or \
            context.boundary_between(words[index], words[side]):
        return index
    end = side + 1
    while end < len(words) and end - side < _SIDE_WORDS and \
            not context.boundary_between(words[end - 1], words[end]) and (
                _inside_mention(context, words, end) or (
                    words[end].norm.startswith("ال") and
                    context.covering_mention(words[end].start) is None and
                    _adjective(words[end]))):
        end += 1  # «للنظام السوري», «للرئيس السابق»: the side's adjectives
    return end


def _inside_mention(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` continues a name that covers the word before it."""
    mention = context.covering_mention(words[index - 1].start)
    return mention is not None and mention.end >= words[index].end


_ADJECTIVES = frozenset({"السابق", "السابقه", "المخلوع", "الشرعي", "الشرعيه"})


def _adjective(word: Word) -> bool:
    """A nisba («السوري», «اليمنية») or a word of a ruler's standing («السابق»)."""
    bare = word.norm.removeprefix("ال")
    return word.norm in _ADJECTIVES or (len(bare) > 2 and bare.endswith(("ي", "يه")))
