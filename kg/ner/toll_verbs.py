"""A verb of the toll the tagger reads as a name: «أودى بحياة عشرة أشخاص» is no «Audi».

«أودى بحياة ...»/«أودت بحياته» (took the lives of) is how Arabic news tells the toll of an
attack or an accident («انفجار أودى بحياة 17 شخصاً», «التفجير الذي أودى بحياة السيدة بوتو»).
The statistical tagger reads «أودى» as the car maker and makes it an organisation, which then
stands as the doer or the target of the attack. A one-word mention of the perfect verb
(«أودى», «أودت», maybe behind «و»/«ف», «ما») with «بحياة» (maybe with a pronoun) right after it is
the verb, never a name.
"""

from __future__ import annotations

import re

from kg.text.normalize import normalize_key

_TOLL_VERBS = frozenset({"اودي", "اودت", "اوديا", "اودوا"})
_NEXT_WORD = re.compile(r"\s+(\S+)")
_LIVES = ("بحياه", "بحيات")
"""«بحياة», «بحياته», «بحياتهم» (the feminine ending turns «ت» before a pronoun)."""


def toll_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is «أودى» (or «أودت») with «بحياة» right after it."""
    word = normalize_key(text[start:end])
    if word[:1] in {"و", "ف"} and word[1:] in _TOLL_VERBS:
        word = word[1:]
    if word not in _TOLL_VERBS:
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and normalize_key(following.group(1)).startswith(_LIVES)
