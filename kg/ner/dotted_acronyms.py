"""A name written as Latin letters spelled in Arabic and joined by dots is one name.

Agencies write foreign companies and networks by their initials, each letter spelled out
and the letters joined by dots: «إن.بي.سي», «إف.بي.آي», «إل.جي إلكترونيكس», «سي.إف
إندستريز». The tokenizer cuts at each dot and the tagger reads the letters one by one: the
bodies «بي», «سي» and «إف», wrong names every one, and «وقالت إل.جي إلكترونيكس إنه» loses
its speaker. :func:`dotted_acronyms` makes one Organization of a run of two letter names
or more (:data:`LETTER_NAMES`) with a dot between each two (the dot a token of its own),
and of the words the tagger took into a name right after it unless they take the article
(«إلكترونيكس», «إندستريز», not «الأمريكية»: the adjective is no part of the name).
A run the tagger reads as a person's, or that a person's name follows, is left to it: a
writer's initials («جي.إم.جي لو كليزيو»).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.index import name_key
from kg.gazetteer.person_words import split_word

LETTER_NAMES = frozenset(name_key(
    "إن ان بي سي إف اف إم ام تي دي جي إس اس إل آر إكس إيه ايه كيه زد يو أو إي اي أي آي "
    "إتش اتش في دبليو واي كيو جيه"))
"""Latin letters as Arabic spells them (normalised)."""
_DOT = "."


def _letter(word: str) -> bool:
    return split_word(word)[0] in LETTER_NAMES


def dotted_acronyms(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with each dotted run of letter names one organisation's name (see
    the module docstring)."""
    result = list(tags)
    index = 0
    while index < len(words):
        end = index + 1
        while end + 1 < len(words) and words[end] == _DOT and _letter(words[end + 1]) and \
                _letter(words[index]):
            end += 2
        if end - index < 3:
            index += 1
            continue
        if any(tag.endswith("PERS") for tag in tags[index:end + 1]):
            index = end  # «جي.إم.جي لو كليزيو»: a person's initials, the tagger's to read
            continue
        inside = any(tag != "O" for tag in tags[index:end])
        while inside and end < len(words) and tags[end].startswith("I-") and \
                not words[end].startswith("ال"):
            end += 1  # «إل.جي إلكترونيكس»: the rest of the name the tagger began
        result[index:end] = ["B-ORG"] + ["I-ORG"] * (end - index - 1)
        if end < len(words) and result[end].startswith("I-"):
            result[end] = "B-" + result[end][2:]  # «سي الأمريكية»: the adjective alone
        index = end
    return result
