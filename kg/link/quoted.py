"""Kind nouns before a quoted name: «منظمة «العفو الدولية»», «حركة "حماس"».

The Saudi and pan-Arab press put most names of organisations, parties, papers and
channels in quotation marks after the noun of their kind. The tagger then often
tags the kind noun alone as a second name («منظمة» as an international
organisation); that noun names no entity of its own, the quoted name does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.gazetteer.resources import KIND_NOUNS
from kg.model import Mention
from kg.text.normalize import normalize_key

_KINDS = frozenset(normalize_key(word) for word in KIND_NOUNS)
_OPENING_QUOTE = re.compile(r"\s*[«\"“]\s*")
_CLITICS = ("و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "فال", "وب", "ول", "وبال", "ولل")


def kind_noun(text: str) -> bool:
    """Whether ``text`` is one kind noun, with or without a conjunction, preposition or
    article glued to it («والمنظمة», «لحركة»)."""
    key = normalize_key(text)
    if " " in key:
        return False
    return key in _KINDS or any(
        key.startswith(clitic) and key[len(clitic):] in _KINDS for clitic in _CLITICS)


def without_quoted_kinds(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` (in text order) without a mention of a kind noun alone that an opening
    quotation mark and another mention follow at once."""
    kept: list[Mention] = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following is not None and kind_noun(mention.text) and \
                _OPENING_QUOTE.fullmatch(text, mention.end, following.start):
            continue
        kept.append(mention)
    return kept
