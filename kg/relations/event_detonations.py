"""A bomber who blew himself up, told with a long subject: «فجّر انتحاري متنكر بزي امرأة نفسه».

The verb «فجّر» names a bombing with what was blown up after it (``lexicon.EVENT_COMPLEMENTS``:
«نفسه», «سيارة», «حزامه»), within three words; a suicide bomber's subject phrase may be longer
(«فجر انتحاري متنكر بزي امرأة نفسه», «فجرت انتحارية ترتدي حزاماً ناسفاً نفسها»). A
bomber noun right after the verb («فجّر انتحاري», «فجرت انتحاريتان»), or a perpetrator noun
there and the reflexive object a little farther in the clause, still tell a bombing; «فجر»
as dawn («فجر اليوم», «وصل الوفد فجر اليوم ... وقدم نفسه») is followed by neither.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_clauses import clause, has_any
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.index import Word
from kg.relations.perpetrators import PERPETRATOR_HEADS, REFLEXIVES

DETONATING = frozenset({"فجر", "فجرت", "فجرا"})
"""Singular and dual perfect forms of «فجّر» (the plural «فجروا» carries its own subject)."""
_BOMBERS = frozenset({"انتحاري", "انتحاريه", "انتحاريان", "انتحاريتان", "انتحاريون"})
_REFLEXIVE_REACH = 7
"""How far the reflexive object may stand after the verb in its clause."""


def bomber_detonated(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether «فجّر» at ``words[position]`` has a bomber noun right after it, or another
    perpetrator noun («مسلح», «مهاجم») and a reflexive object within reach in its clause."""
    if form not in DETONATING or position + 1 >= len(words):
        return False
    following = words[position + 1]
    if context.boundary_between(words[position], following):
        return False
    if following.norm in _BOMBERS:
        return True
    return following.has(PERPETRATOR_HEADS) and \
        has_any(clause(context, words, position, 1, _REFLEXIVE_REACH), REFLEXIVES)


def drop_disguise_targets(context: Extraction, words: list[Word], position: int,
                          draft: Draft) -> None:
    """«فجر انتحاري متنكر بزي امرأة نفسه»: the words between the bomber and his reflexive
    object describe him; a target read there is dropped (what he blew up is himself)."""
    if not draft.verb or trigger_form(words[position]) not in DETONATING:
        return
    reflexive = next((w for w in clause(context, words, position, 1, _REFLEXIVE_REACH)
                      if w.norm in REFLEXIVES), None)
    if reflexive is None:
        return
    draft.arguments = [a for a in draft.arguments
                       if not (a.role == "target" and a.start < reflexive.start)]
