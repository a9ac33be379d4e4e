"""Damage told as the outcome of a deed: «أسفر الهجوم عن تدمير عشر عربات».

«تدمير», «إحراق» name an attack of their own when someone destroys or burns something
(«دمرت الطائرات الجسر», «تدمير مقر الحزب على أيدي مسلحين»). Told behind a verb of outcome
(«أسفر عن», «أدى إلى», «تسبب في», ``event_sense.is_consequence``) they are what a deed named
before did («أسفر الهجوم عن تدمير عشر عربات», «أدى القصف إلى إحراق منازل»): the damage of
that attack, shelling or blast, not a second attack (a death told so is that deed's toll,
``event_reading``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.event_sense import is_consequence
from kg.relations.index import Word

DAMAGE_FORMS = frozenset({
    "تدمير", "التدمير", "احراق", "الاحراق", "حرق", "الحرق", "اتلاف", "تخريب", "هدم",
})
"""Verbal nouns of destroying, burning and wrecking, as normalized."""


def outcome_damage(context: Extraction, words: list[Word], position: int, draft: Draft) -> bool:
    """Whether the trigger is a noun of damage told as the outcome of a deed before it."""
    return not draft.verb and draft.label == "Attack" and \
        trigger_form(words[position]) in DAMAGE_FORMS and \
        is_consequence(context, words, position)
