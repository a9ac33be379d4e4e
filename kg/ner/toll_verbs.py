"""A verb of the toll the tagger reads as a name: «أودى بحياة عشرة أشخاص» is no «Audi».

«أودى بحياة ...»/«أودت بحياته» (took the lives of) is how Arabic news tells the toll of an
attack or an accident («انفجار أودى بحياة 17 شخصاً», «التفجير الذي أودى بحياة السيدة بوتو»).
The statistical tagger reads «أودى» as the car maker and makes it an organisation, which then
stands as the doer or the target of the attack. A one-word mention of the perfect verb
(«أودى», «أودت», maybe behind «و»/«ف», «ما») with «بحياة» (maybe with a pronoun) right after it,
or past the verb's subject within five words («أودى هجوم انتحاري بحياة عشرين شخصاً»), is the
verb, never a name.
"""

from __future__ import annotations

import re

from kg.text.normalize import normalize_key

_TOLL_VERBS = frozenset({"اودي", "اودت", "اوديا", "اودوا"})
_NEXT_WORDS = re.compile(r"(?:\s+\S+){1,5}")
_SUBJECT_REACH = 5
_LIVES = ("بحياه", "بحيات")
"""«بحياة», «بحياته», «بحياتهم» (the feminine ending turns «ت» before a pronoun)."""
_SENTENCE_ENDS = frozenset(".!?؟،,؛")


def toll_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is «أودى» (or «أودت») with «بحياة» within five words after
    it, in its sentence."""
    word = normalize_key(text[start:end])
    if word[:1] in {"و", "ف"} and word[1:] in _TOLL_VERBS:
        word = word[1:]
    if word not in _TOLL_VERBS:
        return False
    following = _NEXT_WORDS.match(text, end)
    if following is None:
        return False
    for token in following.group(0).split()[:_SUBJECT_REACH]:
        if normalize_key(token).startswith(_LIVES):
            return True
        if token[-1:] in _SENTENCE_ENDS:
            return False
    return False
