"""An intransitive event verb with an unnamed actor right after it has its own subject.

«تمكن طيران التحالف من قتل 18 عنصراً وانسحب عناصر التنظيم إلى مركز الكرمة»: a verb of
withdrawing or retreating takes no object, so the actor phrase right after it («عناصر
التنظيم», «قوات النظام», «مسلحو الجماعة») is its subject, though no name is tagged there; the
name earlier in the sentence (the subject of the verb before) is not its doer.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_support import ACTOR_HEADS
from kg.relations.index import Arg, Word
from kg.relations.perpetrators import (
    FIGHTER_HEADS,
    FORCE_HEADS,
    PERPETRATOR_HEADS,
    perpetrator_phrase,
)

INTRANSITIVE_VERBS = frozenset({"انسحب", "انسحبت", "تراجع", "تراجعت"})
"""Event verbs that take no object (singular: a plural «انسحبوا» carries its subject)."""
SUBJECT_HEADS = ACTOR_HEADS | FIGHTER_HEADS | FORCE_HEADS | PERPETRATOR_HEADS | frozenset({
    "مسلحو", "مقاتلو", "عناصر", "جنود", "افراد"})


def subject_follows(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the intransitive verb at ``words[position]`` has an unnamed actor phrase right
    after it, in its clause, as its own subject («وانسحب عناصر التنظيم»)."""
    if not words[position].has(INTRANSITIVE_VERBS) or position + 1 >= len(words):
        return False
    head = words[position + 1]
    return not context.boundary_between(words[position], head) and \
        context.mention_starting_in(head) is None and head.has(SUBJECT_HEADS) and \
        not any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, rest in head.readings()
                if rest in SUBJECT_HEADS)


def own_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The unnamed actor phrase after the intransitive verb at ``words[position]`` when the
    perpetrator rules read it whole («عناصر التنظيم» for the one group of the article named
    «تنظيم ...»), else None (the verb then has no agent read)."""
    phrase = perpetrator_phrase(context, words, position + 1)
    return phrase[0] if phrase is not None else None
