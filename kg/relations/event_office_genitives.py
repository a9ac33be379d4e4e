"""Whose office, and where: a country or a building named inside a phrase is no party to a meeting.

- «وكان الرئيس فلان والملك فلان ملك البحرين قد عقدا مباحثات», «وصل وزير خارجية فرنسا
  فالتقى»: a country or body in the genitive of a title («ملك البحرين», «وزير خارجية فرنسا»)
  names whose office it is. The host of the meeting, the visit or the agreement is the office
  holder; when kg has no name for the holder, the country is not the one who met, and the
  agent is left unsaid (``office_agents``). The same holds for a guest
  (``event_role_places.title_genitive``).
- «والتقى فلان زميله فلاناً في جامعة أكسفورد», «التقاه في مسجد فنسبري بارك»: a name in the
  genitive of a building or place noun right after «في»/«ب» is the place of the meeting (a
  university, a mosque), not one who met (``in_place_phrase``).

GUIDELINES: the agent of a meeting is who held it; participants are its parties; a place is a
place.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_near_places import BUILDINGS
from kg.relations.index import Arg, Word
from kg.relations.lexicon import TITLE_HEADS

_IN = frozenset({"في", "ب"})
"""The prepositions of where («في جامعة», «بمسجد»)."""


def office_agents(context: Extraction, agents: list[Arg]) -> list[Arg]:
    """``agents`` less a country or body named in the genitive of an indefinite title right
    before it («ملك البحرين», «وزير خارجية فرنسا»)."""
    return [agent for agent in agents if not _office_of(context, agent)]


def _office_of(context: Extraction, agent: Arg) -> bool:
    if context.label(agent.node_id) == "Person":
        return False
    first = context.word_at(agent.start)
    if first is None:
        return False
    before = context.index.words[max(0, first.index - 2):first.index]
    for word in before:
        if context.boundary_between(word, first):
            return False
    return any(prefix in {"", "و"} and rest in TITLE_HEADS
               for word in before for prefix, rest in word.readings())


def in_place_phrase(words: list[Word], index: int) -> bool:
    """Whether the name opening at ``words[index]`` is the genitive of a building noun right after
    «في»/«ب» («في جامعة أكسفورد», «بمسجد فنسبري بارك»)."""
    if index < 1:
        return False
    head = words[index - 1]
    for prefix, rest in head.readings():
        if rest in BUILDINGS and prefix.lstrip("وف") == "ب":
            return True  # «بمسجد فنسبري بارك»
    return head.norm in BUILDINGS and index > 1 and words[index - 2].norm in _IN
