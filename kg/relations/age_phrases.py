"""«عن عمر يناهز 68 عاما»: the age at death after «عن» is no content of a verb of saying.

An obituary reports a death by «أعلن» and its object, then the age after «عن»: «وأعلن
الموسيقار X وفاة الفنان Y عن عمر يناهز 68 عاما». «أعلن عن» also opens what is announced,
so the age was read as the statement («عمر يناهز 68 عاما بعد صراع مع المرض»). The noun
«عمر» (age) followed by a verb of nearing («يناهز», «ناهز», «يقارب») or a number is the
age phrase: :func:`age_phrase` says so, and :mod:`kg.relations.statement_content` opens no
content at the «عن» before it. What was announced is the verb's object, between the
speaker's name and the age («وفاة الفنان Y»): :func:`object_before_age` finds where it
opens, and no statement is written when it is not found (a missing fact rather than a wrong
one).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.text.normalize import normalize_key

__all__ = ["age_phrase", "object_before_age"]

_AGE = normalize_key("عمر")
_NEARING = frozenset(normalize_key(word) for word in (
    "يناهز", "ناهز", "يقارب", "قارب", "يقرب", "يتجاوز", "تجاوز", "يزيد"))


def age_phrase(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is «عمر» that opens an age: «عمر يناهز», «عمر 68 عاما»."""
    if index + 1 >= len(words) or words[index].norm != _AGE:
        return False
    following = words[index + 1].norm
    return following in _NEARING or following.isdigit()


def object_before_age(context: Extraction, words: list[Word], position: int,
                      index: int) -> int | None:
    """The index of the first word of the verb's object, after the name of the speaker that
    follows the verb at ``words[position]``, when it opens before the «عن» at ``words[index]``
    with no mark between: «وأعلن الموسيقار X [وفاة الفنان Y] عن عمر»."""
    for later in range(position + 1, index):
        mention = context.mention_starting_in(words[later])
        if mention is None or mention.label not in {"Person", "Organization"}:
            continue
        first = next((i for i in range(later, index) if words[i].start >= mention.end), None)
        if first is None or any(context.boundary_between(words[i - 1], words[i])
                                for i in range(first, index)):
            return None
        return first
    return None
