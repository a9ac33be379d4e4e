"""An agreement noun told as made by the relative clause after it: «الاتفاق الذي أبرم في فيينا
الأسبوع الماضي بين إيران والقوى الست», «الاتفاق النووي الذي وقعته الدول الست الكبرى مع إيران».

When an earlier mention of a deal was found to name no event (a condition, a hedge, a vote on
it: «إذا انتهكت طهران الاتفاق التاريخي»), every later definite «الاتفاق» of the article is read
as the same non-event (``event_reading``). A mention whose relative clause tells the deal made
in the past (a verb of signing, concluding or reaching right after «الذي»/«التي», or «تم»/«جرى»
with such a verbal noun) asserts the agreement itself, with its parties: it is read on its own.
A clause of hope or plan («الذي يأمل الطرفان توقيعه», «الذي سيتم التوصل إليه») tells none.
A definite passive participle of concluding or signing after the noun and its adjectives
(«الاتفاق النووي المبرم بين إيران والقوى الكبرى», «الاتفاقية الموقعة بين البلدين») tells the
deal made as the relative clause does (:func:`made_participle`).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_RELATIVES = frozenset({"الذي", "التي", "والذي", "والتي"})
_MAKING = frozenset({
    "ابرم", "ابرمت", "ابرمته", "ابرمتها", "ابرمه", "ابرمها", "ابرموه", "وقع", "وقعت", "وقعته",
    "وقعتها", "وقعه", "وقعها", "وقعوه", "وقعاه", "توصلت", "توصل", "توصلوا", "توصلا", "توصلتا",
    "عقد", "عقدت", "عقدته", "ابرمتاه", "ابرماه",
})
"""Past verbs of signing, concluding or reaching a deal (with the deal as object pronoun)."""
_DONE = frozenset({"تم", "جري", "جرى"})
_MADE_NOUNS = frozenset({"التوصل", "توقيعه", "توقيعها", "ابرامه", "ابرامها"})
"""«الذي تم التوصل إليه», «التي جرى توقيعها»: a past frame with the verbal noun of making."""
_REACH = 4
"""How many words after the agreement noun the relative pronoun may stand («الاتفاق النووي
الإيراني الذي»)."""


def made_deal(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a relative clause after the agreement noun at ``words[position]`` tells it made:
    «الذي أبرم», «التي وقعتها», «الذي توصلت إليه», «الذي تم التوصل إليه»."""
    for index in range(position + 1, min(len(words) - 1, position + 1 + _REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].norm not in _RELATIVES:
            continue
        verb = words[index + 1]
        if context.boundary_between(words[index], verb):
            return False
        if verb.norm in _MAKING:
            return True
        return verb.norm in _DONE and index + 2 < len(words) and \
            words[index + 2].norm in _MADE_NOUNS
    return False


_MADE_PARTICIPLES = frozenset({"المبرم", "المبرمه", "الموقع", "الموقعه", "المعقود", "المعقوده"})
"""«المُبرم», «الموقّع»: the deal concluded, signed."""
_PARTIES_AFTER = frozenset({"بين", "مع", "في", "يوم", "امس", "الاسبوع", "الشهر"})
"""What follows a participle of making («المبرم بين», «الموقع مع», «الموقعة في فيينا»):
without it «الموقع» may be a site («الاتفاق على الموقع»)."""


def made_participle(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the agreement noun at ``words[position]`` is followed, past its definite
    adjectives («النووي», «الإيراني»), by a definite participle of making and a word of its
    parties, place or time: «الاتفاق النووي المبرم بين إيران والقوى الكبرى»."""
    for index in range(position + 1, min(len(words) - 1, position + 1 + _REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return False
        if word.norm in _MADE_PARTICIPLES:
            return not context.boundary_between(word, words[index + 1]) and \
                words[index + 1].norm in _PARTIES_AFTER
        if not word.norm.startswith("ال"):
            return False
    return False
