"""The regime's forces behind «ل» after an attack noun: «قصف لقوات النظام على المدينة».

Syrian war reports name the regime's side as «قوات النظام» or «جيش النظام», which the NER
leaves untagged; the actor rules read it as the regime of the article's main country
(``actors.regime``: «وقصفت قوات النظام»). Behind «ل» right after a strike noun («قصف لقوات
النظام بالبراميل المتفجرة على المدينة») the same phrase tells the strike's owner, its doer,
but no rule read it there. This module reads it: «ل» + «قوات»/«جيش» glued, then «النظام»
with nothing else between. Whether the name owns the strike (an object behind «على»/«ضد»
follows; without it «ل» may mark the object: «كمين لقوات النظام» is laid for them) is the
caller's rule (``event_subjects._lam_owner``).
"""

from __future__ import annotations

from kg.ontology.namespace import EntityLabel
from kg.relations.actors import regime
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_LAM = frozenset({"ل", "ول", "فل"})
"""The preposition glued to the head, maybe behind «و»/«ف»."""
_HEADS = frozenset({"قوات", "جيش"})
_REGIME = "النظام"
REGIME_LABEL: EntityLabel = "GovernmentBody"
"""The class ``actors.regime`` gives the regime's entity."""


def lam_regime(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«لقوات النظام», «لجيش النظام» opening at ``words[index]``: the regime of the main
    country, spanned from the head (the «ل» left out), or None (no main country, another
    word after the head, a boundary between them)."""
    if index + 1 >= len(words):
        return None
    word, after = words[index], words[index + 1]
    prefix = next((prefix for prefix, rest in word.readings()
                   if prefix in _LAM and rest in _HEADS), None)
    if prefix is None or after.norm != _REGIME or \
            context.covering_mention(word.start) is not None or \
            context.boundary_between(word, after):
        return None
    return regime(context, word.start + len(prefix), after.end)
