"""«عن عمر يناهز 68 عاما»: the age at death after «عن» is no content of a verb of saying.

An obituary reports a death by «أعلن» and its object, then the age after «عن»: «وأعلن
الموسيقار X وفاة الفنان Y عن عمر يناهز 68 عاما». «أعلن عن» also opens what is announced,
so the age was read as the statement («عمر يناهز 68 عاما بعد صراع مع المرض»). The noun
«عمر» (age) followed by a verb of nearing («يناهز», «ناهز», «يقارب») or a number is the
age phrase: :func:`age_phrase` says so, and :mod:`kg.relations.statement_content` opens no
content at the «عن» before it (the verb's object is then read by the rules that read it,
or no statement is written: a missing fact rather than a wrong one).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.text.normalize import normalize_key

__all__ = ["age_phrase"]

_AGE = normalize_key("عمر")
_NEARING = frozenset(normalize_key(word) for word in (
    "يناهز", "ناهز", "يقارب", "قارب", "يقرب", "يتجاوز", "تجاوز", "يزيد"))


def age_phrase(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is «عمر» that opens an age: «عمر يناهز», «عمر 68 عاما»."""
    if index + 1 >= len(words) or words[index].norm != _AGE:
        return False
    following = words[index + 1].norm
    return following in _NEARING or following.isdigit()
