"""An intransitive event verb with an unnamed actor right after it has its own subject.

«تمكن طيران التحالف من قتل 18 عنصراً وانسحب عناصر التنظيم إلى مركز الكرمة»: a verb of
withdrawing or retreating takes no object, so the actor phrase right after it («عناصر
التنظيم», «قوات النظام», «مسلحو الجماعة») is its subject, though no name is tagged there; the
name earlier in the sentence (the subject of the verb before) is not its doer.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_support import ACTOR_HEADS
from kg.relations.index import Word
from kg.relations.perpetrators import FIGHTER_HEADS, FORCE_HEADS, PERPETRATOR_HEADS

INTRANSITIVE_VERBS = frozenset({"انسحب", "انسحبت", "تراجع", "تراجعت"})
"""Event verbs that take no object (singular: a plural «انسحبوا» carries its subject)."""
_SUBJECT_HEADS = ACTOR_HEADS | FIGHTER_HEADS | FORCE_HEADS | PERPETRATOR_HEADS | frozenset({
    "مسلحو", "مقاتلو", "عناصر", "جنود", "افراد"})


def subject_follows(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the intransitive verb at ``words[position]`` has an unnamed actor phrase right
    after it, in its clause, as its own subject («وانسحب عناصر التنظيم»)."""
    if not words[position].has(INTRANSITIVE_VERBS) or position + 1 >= len(words):
        return False
    head = words[position + 1]
    return not context.boundary_between(words[position], head) and \
        context.mention_starting_in(head) is None and head.has(_SUBJECT_HEADS) and \
        not any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, rest in head.readings()
                if rest in _SUBJECT_HEADS)
