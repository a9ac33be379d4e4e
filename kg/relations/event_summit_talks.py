"""«عقدا مباحثات قمة», «اجتماع القمة»: «قمة» after a meeting noun names that same meeting.

«قمة» (a summit) is a meeting noun of its own, but right after another meeting noun it is
that noun's genitive and tells its level: «مباحثات قمة» are summit talks, «لقاء القمة» the
summit meeting. Read as a second trigger it doubled the meeting («وكان الرئيسان قد عقدا
مباحثات قمة بالقاهرة أمس» gave two meetings); the first noun carries it alone.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import trigger_form
from kg.relations.index import Word
from kg.relations.lexicon import find_event

SUMMIT_FORMS = frozenset({"قمه"})


def summit_of_meeting(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether «قمة» at ``words[position]`` stands right after another meeting noun, with no
    «و» on it and no mark between (the genitive of that noun)."""
    word = words[position]
    if position == 0 or trigger_form(word) not in SUMMIT_FORMS or word.norm.startswith("و"):
        return False
    before = words[position - 1]
    if before.sentence_index != word.sentence_index or context.boundary_between(before, word):
        return False
    hit = find_event(before.norm)
    return hit is not None and hit.value == "Meeting" and trigger_form(before) not in SUMMIT_FORMS
