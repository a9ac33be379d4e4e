"""The name before a headline's colon speaks the first person after it.

Arabic news headlines and captions print a speaker's words after its name and a colon, with
no verb of saying:

    حركة فتح: رفضنا للقرار الإسرائيلي نهائي
    الرئيس محمود عباس: دعمنا للمبادرة العربية ثابت
    مصر: نرفض أي مساس بحصتنا من مياه النيل

A first-person plural stance word («رفضنا», «دعمنا», «نرفض», «ندعو») within the first
words after the colon belongs to the named topic that opens the sentence (a person speaks
for the body of their title, as «نحن» in a quote does). The topic is an agent and not a
city: «غزة: ...» is a dateline, not a speaker.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import definite

_REACH = 2
"""At most this many words between the colon and the stance word («حماس: إن دعوتنا»)."""

_TITLE_WORDS = 3
"""At most this many words of a title before the name («الرئيس الفلسطيني محمود عباس:»)."""


def headline_topic(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named topic before the colon that opens the sentence of the first-person word at
    ``position``, or None."""
    colon = next((index for index in range(position - 1, max(-1, position - _REACH - 2), -1)
                  if ":" in context.gap(words[index], words[index + 1])), None)
    if colon is None or any(context.boundary_between(words[index], words[index + 1])
                            for index in range(colon + 1, position)):
        return None
    mention = context.covering_mention(words[colon].end - 1)
    if mention is None or not mention.entity_id or mention.end != words[colon].end or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention):
        return None
    first = next(index for index in range(colon + 1) if words[index].end > mention.start)
    if first > _TITLE_WORDS or any(not (is_title_head(w) or definite(w))
                                   for w in words[:first]):
        return None  # the name opens the sentence, after a title at most
    if first > 0 and context.boundary_between(words[first - 1], words[first]):
        return None
    return Arg(context.affiliation(mention.entity_id), words[position].start,
               words[position].end)
