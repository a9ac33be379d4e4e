"""Where a name starts in a word that may carry proclitics: the word read whole.

A tagger word such as «كمين» (an ambush) or «كاليفورنيا» looks like a proclitic
(«ك», «ب», «و», «ف», «ل») glued to a shorter name («مين», «اليفورنيا»). Two rules of
the language keep such a word whole:

- a word that general Arabic text uses as a common noun, often with the article
  («الكمين»: frequency bucket 6 or more frequent, the article on 20 % of its uses
  or more), is that noun, not a clitic and a name: a name never takes the
  article, and a clitic glued to a name leaves no word of the dictionary;
- a rest that opens with «ال» is a clitic and a definite noun («والعراق») only
  when that rest is not rarer in names than the whole word: «كاليفورنيا» is seen
  in names, «اليفورنيا» never;
- a listed given name is a name whole («فراس», «وليد», «كمال»), though its rest is
  a word seen in names («راس» of «رأس الخيمة»): a clitic glued to a given name
  (:func:`kg.gazetteer.person_words.is_given`) is never itself listed as one;
- the conjunctions «و» and «ف» come before «ب», «ل» and «ك», never after them: a
  rest that opens with «و» or «ف» and is, in names, mostly that conjunction glued to
  a name («وروسيا» = «و» + «روسيا») cannot follow «ب», so «بوروسيا» is read whole
  (the club «بوروسيا دورتموند»), while «بواشنطن» («ب» + «واشنطن») is still split.

A one-word name that opens a clause with the conjunction glued («وتسيبراس الذي ...») is
the conjunction and the name when the document names the rest alone («تسيبراس») and the
whole word is no given name or common noun (:func:`conjunction_glued`): «و» and «ف»
before a name are far more common than a name that starts with them and is also written
without them.

A one-word place or organisation the tagger found on such a common noun
(«كمين» read as the city «مين») is no name at all (:func:`common_word_glued`).
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.gazetteer.person_words import is_given
from kg.ner.features import word_usage

_FREQUENT = frozenset("123456")
_DEFINITE = frozenset("34")


def common_noun(normal: str) -> bool:
    """The normalised whole word is a frequent common noun of general text that
    takes the article at least a fifth of the time («كمين», «بيان», «بريد»)."""
    usage = word_usage().get(normal)
    return usage is not None and usage[0] in _FREQUENT and usage[1] in _DEFINITE


def keeps_whole(normal: str, rest: str, name_words: Mapping[str, int]) -> bool:
    """Whether the split of ``normal`` into a proclitic and ``rest`` is refused
    (see the module docstring)."""
    if is_given(normal):
        return True
    seen = name_words.get(normal, 0)
    if _conjunction_after_preposition(normal, rest, name_words):
        return True
    if rest.startswith("ال"):
        return seen > name_words.get(rest, 0)
    return common_noun(normal)


def _conjunction_after_preposition(normal: str, rest: str,
                                   name_words: Mapping[str, int]) -> bool:
    """«ب», «ل» or «ك» split off before a rest that names show mostly as «و»/«ف» and a
    name («وروسيا»): an order of proclitics Arabic never writes."""
    if normal[0] not in "بلك" or len(normal) - len(rest) != 1 or rest[:1] not in ("و", "ف"):
        return False
    return name_words.get(rest[1:], 0) > name_words.get(rest, 0)


def conjunction_glued(normal: str, known: Mapping[str, int]) -> bool:
    """A one-word name ``normal`` is «و»/«ف» glued to a name the document names alone
    (``known``: normalised mention texts and their counts; see the module docstring)."""
    if len(normal) < 5 or normal[0] not in "وف" or is_given(normal) or common_noun(normal):
        return False
    return known.get(normal[1:], 0) > 0


def common_word_glued(normal: str, name_words: Mapping[str, int]) -> bool:
    """A one-word name read on a common noun by splitting off a proclitic that is
    part of the word («كمين» -> «مين»): the rest is seen in names more often than
    the whole word, which is a common noun."""
    if len(normal) < 4 or normal[0] not in "وفبلك" or normal[1:].startswith("ال"):
        return False
    return common_noun(normal) and name_words.get(normal[1:], 0) > name_words.get(normal, 0)
