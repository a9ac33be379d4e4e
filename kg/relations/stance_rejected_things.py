"""What a verdict of rejection is on: the whole thing of an actor, not the actor.

«قال X إن قرار مجلس الأمن الدولي غير مقبول», «أكد X أن خطة الحكومة مرفوضة»: the speaker
rejects the decision, the plan, the statements («قرار مجلس الأمن الدولي»), not the body
whose decision it is; one rejects a proposal or a decision, and the Council was not
rejected. A verdict that criticizes («تصريحات خامنئي تمثل تدخلاً») stays toward the actor
(:mod:`kg.relations.stance_verdicts`): criticism of someone's words is criticism of them.
The phrase is the head noun of the iḍāfa and the name of its owner right after it, or a
definite head and its owner after a glued «ل» («هذا التصريح لخامنئي»); an owner named
further on, through a relative clause («التصريحات التي صدرت عن X»), is still read as the
object by :func:`kg.relations.stance_verdicts.statements_author`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_phrases import DEMONSTRATIVES, definite, without_clitics
from kg.text.normalize import normalize_key


def rejected_thing(context: Extraction, words: list[Word], opening: int, position: int,
                   heads: frozenset[str]) -> Arg | None:
    """The phrase «HEAD OWNER» at ``words[opening]`` (a thing of ``heads`` in construct with
    an actor named right after it), before the verdict at ``words[position]``."""
    if words[opening].bare() in DEMONSTRATIVES:
        opening += 1  # «هذا التصريح لخامنئي»
    first = words[opening]
    if first.bare() not in heads or opening + 1 >= position or \
            context.boundary_between(first, words[opening + 1]):
        return None
    owner = context.mention_starting_in(words[opening + 1])
    if owner is None or not owner.entity_id or owner.label not in AGENT_LABELS or \
            context.is_nisba(owner):
        return None
    glued = context.attached_prefix(owner).lstrip("وف")
    if not (glued == "" if not definite(first) else glued == "ل"):
        return None  # «قرار مجلس الأمن» in construct, «التصريح لخامنئي» with a glued «ل»
    name = without_clitics(context, [first]) + context.doc.text[first.end:owner.end]
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Arg(node, first.start, owner.end)
