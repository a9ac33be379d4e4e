"""A given name the tagger closed right before the rest of the name is one name with it.

Gulf news writes compound given names glued («عبدالعزيز», «عبدالإله»), and the tagger,
trained on prose that spells them apart («عبد العزيز»), often closes the name on them
and opens another at the father's name: «وأكد [عبدالعزيز] [فهد الشمري]», «[عبدالإله]
[منصور الحمزي]». Two people are never named side by side with nothing between them
(a list joins them with «و» or a comma), so :func:`joined_given_names` makes one name
of a person name that is a single given name with no proclitic and the person name
that follows it at once, when that one opens with a given name with no proclitic
either, or when the one-word name follows a person's honorific and is a bare word
(«الدكتورة [جميلة] [محمد هاشمي]»: a given name the lists lack, often a woman's; the same
word left untagged before the name joins it too). Not
«عباس وأنان محمود عباس» («وأنان» has «و»: a list, then the full names), nor a name of
two words or more before another.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from kg.gazetteer.person_words import HONORIFICS, is_bare, is_given, split_word
from kg.ner.conll import chunks


def _bare_given(word: str) -> bool:
    return not split_word(word)[1] and is_given(word)


def _honoured_first(words: Sequence[str], start: int) -> bool:
    """«الدكتورة جميلة»: a bare one-word name right after a person's honorific."""
    return start > 0 and split_word(words[start - 1])[0] in HONORIFICS and \
        not split_word(words[start])[1] and is_bare(words[start])


def joined_given_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with a one-word given name and the person name right after it
    made one name (see the module docstring)."""
    result = list(tags)
    found = [(start, end) for kind, start, end in chunks(tags) if kind == "PERS"]
    for (start, end), (following, _) in pairwise(found):
        if end - start == 1 and following == end and _bare_given(words[following]) and \
                (_bare_given(words[start]) or _honoured_first(words, start)):
            result[following] = "I-PERS"
    for start, _ in found:
        if start > 1 and result[start - 1] == "O" and _bare_given(words[start]) and \
                _honoured_first(words, start - 1):
            result[start - 1], result[start] = "B-PERS", "I-PERS"  # «الدكتورة جميلة [محمد]»
    return result
