"""A descriptive object cut before the person it names: no object.

«يرفض قول وزير الخارجية الأمريكي جون كيري إنه ...», «انتقد تصريحات رئيس الحكومة X»: when a
person's name follows the descriptive phrase at once, or after the nisba of a country
(«الأمريكي»), the phrase is the first half of a longer one that ends with the name: cut
there («قول وزير الخارجية») it says whose words are meant no more than «قول» alone. Such a
phrase is not written as the object.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_phrases import conjunction


def person_after(context: Extraction, words: list[Word], end: int) -> bool:
    """Whether a person's name starts right after offset ``end`` (the end of a descriptive
    phrase), or after one nisba adjective there, with no mark and no «و» between."""
    index = next((i for i, word in enumerate(words) if word.start >= end), len(words))
    for _ in range(2):
        if index >= len(words) or (index > 0 and
                                   context.boundary_between(words[index - 1], words[index])):
            return False
        mention = context.mention_starting_in(words[index])
        if mention is None or conjunction(words[index]):
            return False  # «لدور المملكة وخادم الحرمين»: a second thing, joined by «و»
        if mention.label == "Person" and not context.is_nisba(mention):
            return True
        if not context.is_nisba(mention):
            return False
        index = next((i for i, word in enumerate(words) if word.start >= mention.end),
                     len(words))
    return False
