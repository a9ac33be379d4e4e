"""«إن إرسال جنود إلى لبنان يجب أن يُنظر إليه بحذر»: a policy weighed, not a deed done.

A deployment, a withdrawal or a sanction noun that opens a clause after «أن»/«إن» and whose
predicate is a word of duty or need («يجب», «ينبغي», «يتعين», «يتطلب», «يحتاج») is a
question of policy: the clause says what the sending or the sanction should be or needs,
not that it took place («أكد الرئيس أن إرسال عسكريين للانضمام إلى القوة يجب أن ينظر إليه
بكثير من الحذر», «إن انسحاب القوات يتطلب اتفاقاً»). ``event_advocated`` reads the words of
policy before such a noun; this module reads its predicate after it, within its clause.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

POLICY_CLASSES = frozenset({"Deployment", "Withdrawal", "Sanction"})
THAT = frozenset({"ان", "بان", "وان", "لان"})
DUTY_PREDICATES = frozenset({
    "يجب", "ينبغي", "يتعين", "يتوجب", "يتطلب", "تتطلب", "يستلزم", "تستلزم", "يحتاج",
    "تحتاج", "يستدعي", "تستدعي", "يستوجب", "تستوجب", "مشروط", "مشروطا", "رهن",
})
"""Words of duty or need that open the predicate of a policy noun."""
_REACH = 10
"""How many words (the noun's object, its place, its purpose) may stand before the predicate."""


def modal_subject(context: Extraction, words: list[Word], position: int, label: str) -> bool:
    """Whether the policy noun at ``words[position]`` opens a clause after «أن»/«إن» and a
    word of duty or need follows it in that clause, within reach."""
    if label not in POLICY_CLASSES or position == 0:
        return False
    trigger = words[position]
    before = words[position - 1]
    if before.norm not in THAT or context.boundary_between(before, trigger):
        return False
    for ahead in range(position + 1, min(position + 1 + _REACH, len(words))):
        word = words[ahead]
        if word.sentence_index != trigger.sentence_index or \
                context.boundary_between(words[ahead - 1], word):
            return False
        if word.norm in THAT:
            return False  # a clause of its own
        if word.norm.lstrip("و") in DUTY_PREDICATES:
            return True
    return False
