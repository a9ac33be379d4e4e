"""«وزارة الداخلية التابعة للحركة نفت الادعاء», «إن «حماس»، المدعومة من إيران، ترفض
الاتفاق»: a fronted holder described by a participle before its verb.

News prose names a body with the side it belongs to, or a short description, between the
name and its verb. The participle's phrase stands where «من جهتها» stands in
:mod:`kg.relations.stance_aside_subjects`, whose checks then apply (the name opens its
clause, is a named agent not governed by a preposition, agrees with the verb); the holder
is the name before the participle, never the side named after it («الموالية لهادي»: not
Hadi). Two shapes:

- between commas: a definite participle («المدعومة», «المناصرة», «المقربة», «التابعة»)
  right after a comma (a closing quote mark may stand with it), the phrase closed by a comma
  right before the verb, at most :data:`_REACH` words and no mark inside;
- without commas: a participle of belonging or backing («التابعة», «الموالية»,
  «المدعومة», «المقربة») and its side, «ل»/«من» and at most :data:`_SIDE_REACH` words that
  are names, titles, nisbas or definite nouns («للحركة», «للحكومة المؤقتة», «من إيران»),
  right before the verb.

The participle gives the agreement: «ـة» a feminine verb, «ـين»/«ـون» a plural, else a
masculine one.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import TITLE_HEADS

_COMMAS = frozenset({"،", ","})
_QUOTE_MARKS = "«»\"“”"
_REACH = 8
"""How many words the participle's phrase between commas may hold, the participle included."""
_SIDE_REACH = 7
"""How many words the side after a participle of belonging may hold («للرئيس اليمني عبد ربه
منصور هادي»)."""

_BELONGING = frozenset({
    "التابع", "التابعه", "التابعين", "التابعون", "الموالي", "المواليه", "الموالين", "الموالون",
    "المدعوم", "المدعومه", "المدعومين", "المدعومون", "المقرب", "المقربه", "المقربين",
    "المقربون", "المحسوب", "المحسوبه", "المحسوبين", "المحسوبون",
})
"""Participles of belonging or backing that take their side right after them («التابعة لـ»,
«المدعومة من»)."""
_MIN_PARTICIPLE = 6
"""«المؤيدة», «المناصرة»: a definite participle of a derived form is at least this long
(«المدن», «الملك» are shorter nouns)."""


def _agreement(word: Word) -> str:
    form = word.norm
    if form.endswith(("ين", "ون")):
        return "p"
    return "f" if form.endswith("ه") else "m"


def _comma_after(context: Extraction, left: Word, right: Word) -> bool:
    """A comma (a quote mark may close before it) and nothing else between two words."""
    return context.gap(left, right).strip().strip(_QUOTE_MARKS).strip() in _COMMAS


def _participle(word: Word) -> bool:
    """A definite participle of a derived form: «الم» + at least three letters, or one of
    :data:`_BELONGING`."""
    return word.norm in _BELONGING or \
        (word.norm.startswith("الم") and len(word.norm) >= _MIN_PARTICIPLE)


def participle_aside(context: Extraction, words: list[Word], index: int) -> tuple[int, str] | None:
    """The index of the participle whose phrase ends at ``words[index]`` right before the
    verb, and its agreement; None when no such phrase ends there."""
    if index + 1 >= len(words):
        return None
    if _comma_after(context, words[index], words[index + 1]):
        for start in range(index, max(0, index - _REACH), -1):
            if start < index and context.boundary_between(words[start], words[start + 1]):
                return None
            if _participle(words[start]) and \
                    _comma_after(context, words[start - 1], words[start]):
                return start, _agreement(words[start])
        return None
    if context.boundary_between(words[index], words[index + 1]):
        return None
    for start in range(index - 1, max(0, index - 1 - _SIDE_REACH), -1):
        if context.boundary_between(words[start], words[start + 1]):
            return None
        if words[start].norm in _BELONGING:
            return (start, _agreement(words[start])) if \
                _side(context, words, start + 1, index + 1) and \
                not context.boundary_between(words[start - 1], words[start]) else None
    return None


def _side(context: Extraction, words: list[Word], first: int, end: int) -> bool:
    """``words[first:end]`` is «ل»/«من» and a side: names, titles, nisbas and definite nouns
    only («للحركة», «من قبل إيران», «للرئيس اليمني عبد ربه منصور هادي»)."""
    if first >= end or not (words[first].norm.startswith("ل") or words[first].norm == "من"):
        return False
    return all(context.covering_mention(word.start) is not None or word.has(TITLE_HEADS) or
               context.index.nisba_country(word) is not None or
               word.norm in {"من", "قبل"} or word.norm.startswith(("ال", "لل", "وال"))
               for word in words[first:end])
