"""«كان X من أشد منتقدي سياسة التقشف»: what one of the critics (opponents) criticizes
(opposes) may be a thing said or decided, not only an actor.

«منتقدي» and «معارضي» (see :data:`kg.relations.lexicon.ONE_OF_CRITICS`) take their object in
construct: an actor («من أبرز معارضي الرئيس X»), or a policy, a decision, measures, an
agreement («من أشد منتقدي تدابير التقشف المفروضة على أثينا», «من أبرز معارضي مشروع
القانون»). The thing is the object as a phrase only when its head names what is said,
decided or done by policy; a bare definite group («من أشد منتقدي الحكومة», «معارضي النظام»)
names no one the graph can tell apart and is left to the actors' reading.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, PLACE_LABELS, Arg, Word
from kg.relations.stance_phrases import prepositional
from kg.relations.stance_thing_objects import CRITICIZED_THINGS

CRITICIZED_POLICIES = CRITICIZED_THINGS | frozenset({
    "تدابير", "اجراءات", "اجراء", "خطه", "خطط", "برنامج", "برامج", "مشروع", "مشاريع",
    "سياسه", "سياسات", "اتفاقات", "اتفاقيات", "معاهده", "صفقه", "قوانين", "نظام",
    "تعديلات", "عقوبات", "حرب", "تدخل",
})
"""Heads of a phrase one of the critics may criticize («تدابير التقشف», «السياسة
الأمريكية», «الحرب على العراق»); «نظام» only as a system of rules in construct («نظام
الكفالة»), never «النظام» alone (see :func:`criticized_policy`)."""

CRITIC_KINDS = frozenset({"criticizes", "opposes"})


def criticized_policy(words: list[Word], index: int) -> bool:
    """Whether ``words[index]``, right after «منتقدي» / «معارضي», heads a thing criticized:
    a policy, a decision, measures, an agreement (:data:`CRITICIZED_POLICIES`), with no
    preposition glued to it, and «النظام» never (the regime, an actor)."""
    if index >= len(words):
        return False
    word = words[index]
    if prepositional(word) or not word.has(CRITICIZED_POLICIES):
        return False
    return word.bare() != "نظام" or not word.norm.removeprefix("و").startswith("ال")


_RELATIVES = {"الذي": "m", "والذي": "m", "التي": "f", "والتي": "f"}
_DESCRIBED_REACH = 6
"""How many words a participle phrase («الحائز جائزة نوبل للاقتصاد») may stand between a
person and the relative clause that goes on describing him."""


def described_critic(context: Extraction, words: list[Word], relative: int) -> Arg | None:
    """«بول كروغمان الحائز جائزة نوبل والذي كان من أشد منتقدي Y»: the person a relative
    clause before «من منتقدي» describes; the relative at ``words[relative]`` agrees with a
    man («الذي») or a woman known as one, and only unnamed words of one clause (a title, a
    participle phrase) stand between the name and it; None otherwise."""
    gender = _RELATIVES.get(words[relative].norm)
    if gender is None:
        return None
    for index in range(relative - 1, max(-1, relative - 1 - _DESCRIBED_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        mention = context.covering_mention(words[index].start)
        if mention is None or (mention.label not in AGENT_LABELS and
                               mention.label not in PLACE_LABELS):
            continue  # «جائزة نوبل»: an award, no one described
        if mention.label != "Person" or not mention.entity_id or \
                mention.end > words[index].end:
            return None  # a body or a place the clause may describe as well
        if gender == "f" and mention.entity_id not in context.discourse.female_speakers:
            return None
        return Arg(mention.entity_id, mention.start, mention.end)
    return None
