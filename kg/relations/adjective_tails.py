"""A nationality adjective that describes the name right before it.

«أبلغ صحيفة «بيلد» الألمانية أن ...»: «الألمانية» is tagged as Germany, but it only
says where the newspaper is from; it is no second party of the clause (the newspaper is
the one told, the speaker is the one before the verb).
"""

from __future__ import annotations

from kg.gazetteer.extractors import is_adjective_mention
from kg.model import Mention

_BETWEEN = frozenset(" \t«»\"“”'")
"""What may stand between a name and its adjective: spaces and closing quotation marks."""


def trailing_adjective(text: str, name: Mention, following: Mention) -> bool:
    """Whether ``following`` is a nationality adjective right after the name ``name``
    («بيلد» الألمانية), with nothing but spaces and quotation marks between."""
    if not is_adjective_mention(following) or is_adjective_mention(name):
        return False
    gap = text[name.end:following.start]
    return len(gap) <= 3 and all(char in _BETWEEN for char in gap)
