"""Names a statistical NER takes for actors that name no actor: currencies.

A currency noun («ريال», «دولار», «يورو», «جنيه إسترليني», «الدينار الكويتي»)
names money, never a person, organisation or place of the news, whatever
label a statistical NER gave it («300 ريال» read as an Organization). A mention
whose words are a currency noun, optionally with the article or a glued
preposition, and at most one nisba adjective after it («إسترليني»,
«الأمريكي»), is dropped before linking. A currency noun followed by a name
that is no nisba is a club's name and stays: «ريال مدريد», «ريال بيتيس».
"""

from __future__ import annotations

from kg.model import Mention
from kg.text.normalize import normalize_key

CURRENCY_NOUNS = frozenset(normalize_key(w) for w in (
    "ريال", "ريالات", "دولار", "دولارات", "يورو", "جنيه", "جنيهات", "درهم", "دراهم",
    "دينار", "دنانير", "ليرة", "ليرات", "روبل", "فرنك", "روبية", "يوان", "بيتكوين",
))
"""Currency nouns, normalised (:func:`kg.text.normalize.normalize_key`)."""

_PREFIXES = ("وبال", "وال", "بال", "لل", "ال", "ب", "و")
_NISBA_ENDS = ("ي", "يه", "ى")
_MIN_NISBA_LETTERS = 4


def _bare(word: str) -> str:
    """``word`` without an article or a glued preposition, if a currency noun remains."""
    if word in CURRENCY_NOUNS:
        return word
    for prefix in _PREFIXES:
        if word.startswith(prefix) and word[len(prefix):] in CURRENCY_NOUNS:
            return word[len(prefix):]
    return word


def is_currency(mention: Mention) -> bool:
    """Whether the mention names a currency: a currency noun, alone or with one nisba."""
    words = normalize_key(mention.text).split()
    if not words or len(words) > 2 or _bare(words[0]) not in CURRENCY_NOUNS:
        return False
    return len(words) == 1 or (
        words[1].endswith(_NISBA_ENDS) and len(words[1]) >= _MIN_NISBA_LETTERS
    )


def without_currencies(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those that name a currency."""
    return [m for m in mentions if not is_currency(m)]
