"""A stance in the view of unnamed observers: an opinion, not a fact.

«ويرى مراقبون أن إيران تدعم الحوثيين», «ويعتقد محللون أن روسيا تؤيد النظام», «يرى البعض أن
السعودية تدعم المعارضة», «ويؤكد خبراء أن الكونغرس سيرفض الاتفاق»: the «أن» clause is what
observers, analysts or experts no one names think or say. The article does not vouch for
it and names no one who holds it, so a stance inside that clause is not asserted; and the
observers hold nothing either (they are no entity, and an actor named before them in the
article is not their subject).

Only the «أن» clause right after the unnamed opiners is reached: the group noun stands at
most a few words before the opener, in the same clause, with no comma or new clause
between the opener and the stance word. A named speaker's view («ويرى الوزير أن ...») is
untouched.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_allegations import CLAUSE_STARTS, THAT, that_opener

_OPINERS = frozenset({
    "مراقبون", "مراقبين", "المراقبين", "المراقبون", "محللون", "محللين", "المحللين",
    "المحللون", "خبراء", "الخبراء", "متابعون", "متابعين", "المتابعين", "مختصون", "مختصين",
    "المختصين", "البعض", "بعضهم", "كثيرون", "مراقبو", "محللو",
    "متخصصون", "متخصصين", "المتخصصين",
})
"""Plural nouns of unnamed observers, analysts and experts (normalised, clitic «و» off);
never a singular («المحلل» is someone the article has named)."""

_OPINER_REACH = 4
"""Words at most between the opiners' noun and «أن» («ويرى كثير من المراقبين أن»,
«ويرى مراقبون سياسيون أن»)."""


def _opiner(word: Word) -> bool:
    """The word names unnamed observers, analysts or experts."""
    return word.norm in _OPINERS or word.norm.removeprefix("و") in _OPINERS


def opined(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the stance word at ``position`` stands in the «أن» clause of what unnamed
    observers think or say («ويرى مراقبون أن X يدعم Y»)."""
    opener = that_opener(context, words, position)
    if opener is None:
        return False
    for index in range(opener - 1, max(-1, opener - _OPINER_REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if _opiner(words[index]):
            return context.covering_mention(words[index].start) is None
        if words[index].norm in CLAUSE_STARTS or words[index].norm in THAT:
            return False
    return False
