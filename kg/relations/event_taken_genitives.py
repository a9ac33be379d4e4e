"""«تحرير المغرب», «قتال الخوارج», «احتلال العراق»: the genitive of a noun of taking or
fighting is what was taken or fought, not the doer.

A noun of liberating, occupying, invading or fighting in the construct state (no article)
takes the land or the foe as its genitive: «وتحرير المغرب» frees Morocco, «شغل علي بقتال
الخوارج» has Ali fight the Kharijites, «بعد احتلال العراق» names the occupied land. Read as
the agent, the genitive turns the deed around, so that agent is dropped when nothing, a
preposition or «و» follows it. The doer is the genitive when an object follows it, behind
«لـ» («اقتحام الشرطة للبلدة») or in the accusative («ذكرى اجتياح الجيش السوري مدينة
حمص»), and an adjective after a noun with the article is no genitive («الاجتياح
الإسرائيلي»: Israel's, kept), nor is a nisba adjective after a bare noun («اجتياح إسرائيلي»).
"""

from __future__ import annotations

from kg.relations.event_draft import Draft
from kg.relations.index import Word

TAKING_NOUNS = frozenset({
    "تحرير", "احتلال", "قتال", "غزو", "اجتياح", "حصار", "محاصره", "استعاده", "اقتحام",
})
"""Nouns whose genitive is the land or foe taken or fought: «تحرير المدينة», «قتال داعش»."""
_NISBA_ENDS = ("ي", "يه", "يين", "يون", "يان")
_NO_OBJECT = frozenset({
    "من", "في", "علي", "عن", "الي", "منذ", "خلال", "عام", "سنه", "بعد", "قبل", "حتي", "عندما",
})
"""Words after the genitive that show no object follows it («تحرير المغرب من الاستعمار»)."""


def _construct(word: Word) -> bool:
    """Whether ``word`` is a taking noun without the article («وتحرير», «بقتال»)."""
    return any(rest in TAKING_NOUNS and "ال" not in prefix for prefix, rest in word.readings())


def drop_taken_genitive_agents(words: list[Word], position: int, draft: Draft) -> None:
    """Drop the agent that is the genitive right after a construct noun of taking or fighting
    when no object follows it (with an object after it the genitive is the doer)."""
    if draft.verb or position + 1 >= len(words) or not _construct(words[position]):
        return
    genitive = words[position + 1]
    if genitive.norm.endswith(_NISBA_ENDS):
        return  # «اجتياح إسرائيلي»: an adjective naming the side
    kept = []
    for argument in draft.arguments:
        if argument.role == "agent" and argument.start == genitive.start:
            following = [word for word in words[position + 2:position + 6]
                         if word.start >= argument.end]
            if not following or following[0].norm in _NO_OBJECT or \
                    following[0].norm.startswith("و"):
                continue  # «تحرير المغرب من الاستعمار»: the land freed
        kept.append(argument)
    draft.arguments = kept
