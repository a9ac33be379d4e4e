"""What an attack aimed at, told by a participle after it: «فجر انتحاري نفسه أمس مستهدفاً
السوق المركزية», «هاجم مسلحون ... مستهدفين حاجزاً للجيش».

The circumstantial participle «مستهدفاً» (and its feminine and plural) a few words after an
attack trigger with no target of its own, in the trigger's clause, names what the attack
was aimed at: its object is the target, a name («مستهدفاً مقر حركة النور») or an unnamed
phrase read as a verb's object is (``targets.unnamed_target``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.targets import unnamed_target

_AIMING = frozenset({"مستهدفا", "مستهدفه", "مستهدفين", "مستهدفتين", "مستهدفان"})
_REACH = 8
"""How far after the trigger the participle may stand («فجر انتحاري متنكر بزي امرأة نفسه
أمس السبت مستهدفاً»)."""
_TARGETABLE = AGENT_LABELS | frozenset({"Facility", "Building", "Location"})


def aimed_target(context: Extraction, words: list[Word], position: int,
                 draft: Draft) -> Arg | None:
    """The object of «مستهدفاً» a few words after the Attack trigger at ``words[position]``
    with no target yet, in the same sentence, or None."""
    if draft.label != "Attack" or any(a.role == "target" for a in draft.arguments):
        return None
    sentence = words[position].sentence_index
    for index in range(position + 1, min(len(words) - 1, position + 1 + _REACH)):
        if words[index].sentence_index != sentence:
            return None
        if words[index].norm not in _AIMING:
            continue
        following = words[index + 1]
        if context.boundary_between(words[index], following):
            return None
        mention = context.mention_starting_in(following)
        if mention is not None:
            if not mention.entity_id or mention.label not in _TARGETABLE:
                return None
            return Arg(mention.entity_id, mention.start, mention.end)
        return unnamed_target(context, words, index + 1, True, aimed=True)
    return None
