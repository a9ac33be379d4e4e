"""Countries read from a noun that names no country: «المملكة» and a state's organs.

«وأعربت المملكة عن إدانتها»: in Saudi and Gulf news bare «المملكة» is the country whose news
it is; «ورحبت الحكومة اليمنية», «أدانت السلطات المصرية», «رحب البيان السعودي»: a state's
government, agencies or statement speak for the country their nisba names.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import NISBA
from kg.text.normalize import normalize_key


def kingdom_after_lam(context: Extraction, words: list[Word], index: int) -> str | None:
    """«للمملكة» (the «ل» glued, no name after it): the kingdom :func:`kingdom` reads, as an
    object after «ل» («أعرب عن شكره للمملكة على ...»)."""
    word = words[index]
    if word.norm.lstrip("وف") != "للمملكه":
        return None
    return kingdom(context, words, index, lam=True)


_KINGDOMS = frozenset({"Q851", "Q398", "Q810", "Q1028"})
"""Saudi Arabia, Bahrain, Jordan, Morocco: the kingdoms Arabic news calls «المملكة»."""
_SAUDI = ("السعودية", "Q851")


def kingdom(context: Extraction, words: list[Word], index: int, lam: bool = False) -> str | None:
    """Bare «المملكة» (no name after it): in Saudi and Gulf news the country whose news it
    is («وأعربت المملكة عن إدانتها», «رفض المملكة للتدخل»): Saudi Arabia when the document
    names it or no kingdom at all; nobody when the document names only another kingdom
    («مملكة البحرين»: «المملكة» may be either)."""
    word = words[index]
    if word.norm.lstrip("وف") != ("للمملكه" if lam else "المملكه") or \
            context.covering_mention(word.start) is not None:
        return None
    if index + 1 < len(words) and not context.boundary_between(word, words[index + 1]) and (
            words[index + 1].norm in {"المتحده", "الهاشميه"} or
            words[index + 1].has(NISBA)):
        return None  # «المملكة المتحدة», «المملكة الأردنية»: a name kg did not tag
    named = {entity.id for entity in context.entities.values()
             if entity.label == "Country" and entity.qid in _KINGDOMS}
    name, qid = _SAUDI
    saudi = [node for node in named if context.entities[node].qid == qid]
    if saudi:
        return saudi[0]
    if named:
        return None  # «مملكة البحرين» named: «المملكة» may be either
    return context.add_entity("Country", name, normalize_key(name), qid)


_STATE_HEADS = frozenset({"حكومه", "سلطات", "بيان", "رئاسه", "دبلوماسيه", "قياده", "خارجيه",
                          "داخليه", "اجهزه"})
"""Nouns for a state's government or its voice («الحكومة اليمنية», «البيان السعودي»)."""
_STATE_QUALIFIERS = frozenset({"الامنيه", "الرسميه", "الانتقاليه", "المؤقته", "الشرعيه"})
"""Adjectives that may stand between such a noun and its nisba («الأجهزة الأمنية المصرية»)."""


def state_by_nisba(context: Extraction, words: list[Word],
                    index: int) -> tuple[Arg, int] | None:
    """«ورحبت الحكومة اليمنية», «أدانت السلطات المصرية», «رحب البيان السعودي», «وتتهم
    الأجهزة الأمنية المصرية»: the government, agencies or statement of a country speak for
    the country its nisba names; the country and the index of the word after the nisba."""
    word = words[index]
    if index + 1 >= len(words) or not word.norm.lstrip("وف").startswith("ال") or \
            word.bare() not in _STATE_HEADS or context.covering_mention(word.start) is not None \
            or context.boundary_between(word, words[index + 1]):
        return None
    nisba = index + 1
    if words[nisba].norm in _STATE_QUALIFIERS and nisba + 1 < len(words) and \
            not context.boundary_between(words[nisba], words[nisba + 1]):
        nisba += 1
    country = context.country_for_nisba(words[nisba])
    if country is None:
        return None
    return Arg(country, words[nisba].start, words[nisba].end), nisba + 1
