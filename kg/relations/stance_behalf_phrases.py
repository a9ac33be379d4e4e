"""«باسم شعبي», «باسم الشعب التركي»: on whose behalf a stance is taken, never its object.

Rules:

- «أندد وألعن باسم شعبي، مرتكبي هذه الوحشية», «أدين باسم الحكومة هذا العمل»: «باسم» with a
  possessed noun of one's own side («شعبي», «بلادنا», «حكومته») or a definite noun (and its
  nisba adjective) says in whose name the speaker holds the stance; the object starts after it
  and a comma that closes it.
- Not when «باسم» is (part of) a tagged name («انتقد الوزير باسم يوسف»: the man named
  Basim is the object), nor across other punctuation.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_BEHALF = frozenset({"باسم", "وباسم"})
_OWN_SIDE = frozenset({
    "شعبي", "بلادي", "بلدي", "وطني", "حكومتي", "دولتي", "شعبنا", "بلادنا", "بلدنا", "وطننا",
    "حكومتنا", "دولتنا", "شعبه", "شعبها", "بلاده", "بلادها", "حكومته", "حكومتها", "باسمي"})
"""Nouns of one's own people, country or government with the speaker's pronoun."""
_COMMAS = frozenset({"،", ","})


def past_behalf_phrase(context: Extraction, words: list[Word], index: int) -> int:
    """The index after «باسم شعبي،» at ``index``, else ``index``."""
    if index + 1 >= len(words) or words[index].norm not in _BEHALF or \
            context.covering_mention(words[index].start) is not None or \
            context.boundary_between(words[index], words[index + 1]):
        return index
    owner = words[index + 1]
    if owner.norm in _OWN_SIDE:
        end = index + 2
    elif owner.norm.startswith("ال") and context.mention_starting_in(owner) is None:
        end = index + 2
        if end < len(words) and words[end].norm.startswith("ال") and \
                words[end].norm.endswith(("ي", "يه")) and \
                not context.boundary_between(owner, words[end]):
            end += 1  # «باسم الشعب التركي»: a nisba adjective, not the object after
    else:
        return index
    if end >= len(words):
        return index
    gap = context.gap(words[end - 1], words[end]).strip()
    return end if not gap or gap in _COMMAS else index


def closed_behalf(context: Extraction, words: list[Word], first_word: int) -> bool:
    """Whether a behalf phrase closed by a comma ends right before ``words[first_word]``
    («باسم شعبي، مرتكبي»): the object is read across that comma."""
    if not 0 < first_word < len(words) or \
            context.gap(words[first_word - 1], words[first_word]).strip() not in _COMMAS:
        return False
    return any(past_behalf_phrase(context, words, index) == first_word
               for index in range(max(0, first_word - 3), first_word - 1))
