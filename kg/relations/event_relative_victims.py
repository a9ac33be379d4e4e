"""«الجنود الأمريكيين الذين قتلوا في الهجوم»: the antecedent of a relative killing verb with
no object was killed; its side is no agent.

Unvocalised «الذين قتلوا» reads «who killed» or «who were killed» (قُتِلوا). With an object
after the verb («الجنود الإسرائيليين الذين قتلوا الطفل») the antecedent did the killing;
with a preposition, a time word or the clause's end after it («الذين قتلوا في الهجوم»,
«الذين قتلوا بمواجهات في مارون الراس», «الذي اغتيل أمس») the antecedent is the victim, and
an agent read inside the antecedent phrase («الأمريكيين» → the United States, «الإسرائيليين»
→ Israel) names the victims' own side. That agent is dropped.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_clauses import clause
from kg.relations.event_draft import Draft
from kg.relations.index import Word

RELATIVES = frozenset({
    "الذي", "الذين", "التي", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي",
})
"""Relative pronouns right before the verb («الجنود الذين قتلوا»)."""
_NO_OBJECT = frozenset({
    "في", "خلال", "جراء", "اثر", "عندما", "منذ", "حين", "امس", "اليوم", "حيث", "بعد", "قبل",
    "عام", "يوم", "مع", "اثناء", "بسبب", "اذ", "حتي", "وقد", "او", "وهم", "وهو",
})
"""Words right after the verb that show it has no object (a passive «قُتلوا في الهجوم»)."""
_ANTECEDENT_REACH = 5
"""How many words before the relative pronoun the antecedent phrase may reach back."""


def _without_object(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether no object follows the verb at ``words[position]``: the clause ends, or a
    preposition («في», «بمواجهات») or a time word comes next."""
    after = clause(context, words, position, 1, 1)
    if not after:
        return True
    norm = after[0].norm
    return norm in _NO_OBJECT or (norm.startswith("ب") and
                                  context.covering_mention(after[0].start) is None)


def drop_relative_victim_sides(context: Extraction, words: list[Word], position: int,
                               draft: Draft) -> None:
    """Drop an agent read in the antecedent of «الذين قتلوا» when the verb has no object."""
    if draft.label != "Killing" or not draft.verb or position < 2 or \
            words[position - 1].norm not in RELATIVES or \
            not _without_object(context, words, position):
        return
    relative = words[position - 1]
    reach = words[max(0, position - 1 - _ANTECEDENT_REACH)].start
    draft.arguments = [
        argument for argument in draft.arguments
        if not (argument.role == "agent" and reach <= argument.start and
                argument.end <= relative.start)
    ]
