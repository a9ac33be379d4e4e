"""An unnamed doer told with what he carries: «انتحاري يقود سيارة مفخخة فجّر نفسه».

News tells a bomber or a gunman with a short clause of what he drives, rides, wears or
carries, between him and his verb: «إن انتحارياً يقود سيارة مفخخة فجّر نفسه قرب مقر»,
«وكان مسلحون يستقلون سيارة قد أطلقوا النار», «انتحاري يرتدي حزاماً ناسفاً فجّر نفسه». The
clause is an imperfect verb of carrying and up to three words of its object, no name in it
and no comma; the perpetrator phrase (``perpetrators``) before it is the doer of the verb
after it, as it is right before the verb («إن انتحارياً فجّر نفسه», ``event_doers``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

CARRYING = frozenset({
    "يقود", "تقود", "يقودون", "يقودان", "يستقل", "تستقل", "يستقلون", "يستقلان", "يرتدي",
    "ترتدي", "يرتدون", "يرتديان", "يحمل", "تحمل", "يحملون", "يحملان", "يركب", "يركبون",
    "يلبس", "يلبسون",
})
"""Imperfect verbs of driving, riding, wearing and carrying («يقود», «يستقل», «يرتدي»)."""
_OBJECT_WORDS = 3


def carrying_clause_start(context: Extraction, words: list[Word], end: int) -> int | None:
    """The index of the verb of carrying whose clause runs to ``words[end - 1]`` right before
    the violent verb at ``words[end]`` («يقود سيارة مفخخة فجّر»: «يقود»), or None."""
    for verb in range(end - 2, max(-1, end - 2 - _OBJECT_WORDS), -1):
        if verb < 1 or context.boundary_between(words[verb], words[verb + 1]):
            return None
        if words[verb].norm in CARRYING:
            if context.boundary_between(words[verb - 1], words[verb]) or any(
                    context.covering_mention(word.start) is not None
                    for word in words[verb:end]):
                return None
            return verb
    return None
