"""«في رسالة إلى الأمين العام للأمم المتحدة كوفي أنان رفضه للخطة»: a person named after a
preposition and a title is governed by it, and holds no stance after it.

A verbal noun with a possessive pronoun («رفضه», «دعمه») takes as its holder the name just
before it: «وجدد بوش دعمه لإسرائيل». But when that name closes a title that a preposition
governs («أعلن عباس في رسالة إلى الأمين العام للأمم المتحدة كوفي أنان رفضه للخطة», «أكد
الرئيس خلال لقائه مع وزير الخارجية الفرنسي X دعمه لـ ...»), the name is the one written to or
met, and the pronoun points past it to the light verb's subject. Walking back from the name
over the title's words (its head, definite words, nisbas, the body it names), a preposition
standing alone («إلى», «مع», «عن») or glued to the title's head («للرئيس», «بالوزير») means
the name is governed.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import PREPOSITIONS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import prepositional

_REACH = 7
"""Words of a title before its holder's name."""


def governed_title_holder(context: Extraction, words: list[Word], holder: Arg) -> bool:
    """Whether the name ``holder`` closes a title governed by a preposition (see the module
    docstring)."""
    first = next((i for i, w in enumerate(words) if w.start <= holder.start < w.end), None)
    if first is None:
        return False
    titled = False
    for index in range(first - 1, max(-1, first - 1 - _REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return False
        if word.norm in PREPOSITIONS:
            return titled
        mention = context.covering_mention(word.start)
        if mention is not None and mention.label == "Person":
            return False  # another person's name: no title of this one
        if is_title_head(word):
            titled = True
            if prepositional(word):
                return True  # «للرئيس», «بالوزير»
    return False
