"""«شن المندوب الإسرائيلي دان غيلرمان هجوماً عنيفاً على أمين الأمم المتحدة»: an attack of
one person on another person is an attack in words.

The lexicon's verbal-attack check (``event_sense``) reads a cue of speech near «هجوم»
(«في تصريحات», «انتقادات»). Without one, the two sides still tell it: when both the agent
and the target of «هجوم» / «هاجم» are persons (a diplomat on a secretary-general, a minister
on a rival), the attack is one of words, not of arms: armed attacks are told of forces,
groups and countries, or of unnamed gunmen. Such a draft is no event. An attack with a
person on one side only stays («هاجم مسلحون موكب الوزير», «شنت إسرائيل هجوماً على
القيادي»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form

ATTACK_FORMS = frozenset({
    "هجوم", "هجوما", "هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "الهجوم",
})
"""Words of attacking that also name an attack in words («شن هجوماً على الوزير»)."""
_PERSON = "Person"


def verbal_duel(context: Extraction, draft: Draft) -> bool:
    """Whether an attack's agent and target are all persons (and there is one of each)."""
    if draft.label not in {"Attack", "MilitaryOperation"} or \
            trigger_form(draft.word) not in ATTACK_FORMS:
        return False
    agents = [a.entity_id for a in draft.arguments if a.role == "agent"]
    targets = [a.entity_id for a in draft.arguments if a.role == "target"]
    return bool(agents) and bool(targets) and \
        all(context.label(node) == _PERSON for node in agents + targets)
