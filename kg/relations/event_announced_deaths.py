"""A death announced by its noun, with the named dead in its genitive.

«أعلنت القيادة العامة للقوات المسلحة اليوم عن استشهاد ضابط الصف سيف الفلاسي», «كشفت
الشرطة عن مقتل الجندي فلان», «نعت الوزارة مقتل العقيد فلان»: a verb of announcing that takes
a killing noun as its object reports the death as news, whoever announces it. The rules of
``event_sense`` read a killing noun with no doer of its own as reported only through its
speaker (a statement) or a frame of occurrence, so an announcer the NER does not tag
(«القيادة العامة») left a plain report of a death unread.

The rule asks for the three parts together: the verb of announcing (past tense) a few words
before the noun in its clause (maybe its subject, a time word and «عن» between, no other
preposition: «كشف الحقيقة في حادث اغتيال فلان» makes the death a topic), a noun of
killing or martyrdom («مقتل», «استشهاد», «اغتيال», «مصرع»), and a named person read as its
victim. A topic («التحقيق في مقتل»), a plan or a denial are dropped before this rule.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Word
from kg.relations.lexicon import PREPOSITIONS

ANNOUNCING_VERBS = frozenset({
    "اعلن", "اعلنت", "اعلنوا", "كشف", "كشفت", "كشفوا", "نعي", "نعت", "نعوا", "اكد", "اكدت",
    "اكدوا", "ذكر", "ذكرت", "اوردت", "اورد",
})
"""Verbs that report what they take as news (past tense)."""
DEATH_NOUNS = frozenset({"مقتل", "استشهاد", "اغتيال", "مصرع"})
"""Nouns of a death whose genitive is the dead."""
_REACH = 10
"""How far before the noun the verb may stand (its subject and a time word between)."""


def announced_death(context: Extraction, words: list[Word], position: int,
                    draft: Draft) -> bool:
    """Whether the killing noun at ``words[position]``, with a named person as its victim,
    is the object of a verb of announcing before it in its clause."""
    if draft.verb or draft.label != "Killing" or \
            not any(rest in DEATH_NOUNS for prefix, rest in words[position].readings()
                    if prefix in {"", "و", "ف"}):  # not «بمقتل», «لاستشهاد»
        return False
    if not any(a.role == "target" and _person(context, a.entity_id) for a in draft.arguments):
        return False
    return announced_before(context, words, position)


def announced_before(context: Extraction, words: list[Word], position: int,
                     reach: int = _REACH) -> bool:
    """Whether a verb of announcing stands at most ``reach`` words before ``words[position]``
    in its clause, with no preposition but «عن» between («كشف الحقيقة في حادث اغتيال فلان»:
    the death is a topic)."""
    for index in range(position - 1, max(-1, position - 1 - reach), -1):
        if context.boundary_between(words[index], words[index + 1]) or \
                (words[index].norm in PREPOSITIONS and words[index].norm != "عن"):
            return False
        if any(rest in ANNOUNCING_VERBS for prefix, rest in words[index].readings()
               if prefix in {"", "و", "ف"}):
            return True
    return False


def _person(context: Extraction, node_id: str) -> bool:
    entity = context.entities.get(node_id) or context.found.new_entities.get(node_id) or \
        context.state.new_entities.get(node_id)
    return entity is not None and entity.label == "Person"
