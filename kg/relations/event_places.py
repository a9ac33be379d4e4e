"""Places read as the doers of an event.

- «مجزرة دار سعد», «معارك صلاح الدين»: a massacre or a battle takes the name of the place
  where it happened, right after it. NER often reads such a place («دار سعد», the Iraqi
  province «صلاح الدين») as a person, who then becomes the doer. A person right after a
  noun of massacre or battle is not taken as its doer: the doer, when named, follows
  a verb or «على يد» («مجزرة ارتكبها الحوثيون», «مجزرة على يد الميليشيات»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Arg, Word

_NAMED_AFTER_PLACE = frozenset({
    "مجزره", "المجزره", "مجازر", "مذبحه", "مذابح", "معركه", "معارك", "المعارك",
})
"""Nouns of massacre and battle that take the place's name as their genitive."""


def place_named_doer(context: Extraction, words: list[Word], position: int, draft: Draft,
                     agent: Arg) -> bool:
    """``agent`` is a person named right after the noun of massacre or battle at
    ``words[position]`` («مجزرة دار سعد»): a place misread, not the doer."""
    if draft.verb or context.label(agent.node_id) != "Person" or \
            not draft.word.has(_NAMED_AFTER_PLACE) or position + 1 >= len(words):
        return False
    after = words[position + 1]
    return after.start <= agent.start < after.end and \
        not context.boundary_between(draft.word, after)
