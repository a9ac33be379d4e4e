"""A title right after a reporting verb is its subject: «... قال رئيس الشركة إن».

In «وبين مارك باتن وجون سميث في الاجتماع قال رئيس الشركة إن ...» or «... بعدما أكد مدير
الإدارة أن ...» the verb opens its clause with its subject, a title whose holder the text
may not name; the name before the verb belongs to another phrase (a preposition's object,
an earlier clause). A reporting verb's object is never a title before its content (a verb
of informing, «أبلغ رئيس الوزراء بأن», is read apart), so when the title names no one the
verb has no named speaker, and the name before it is not taken.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import find_reporting
from kg.relations.role_words import is_title_head

_INFORMING = frozenset({"ابلغ", "اخبر"})


def title_right_after(words: list[Word], position: int, content_word: int) -> bool:
    """Whether the word right after the verb ``words[position]`` (before its content) is a
    title head, and the verb is not one of informing."""
    index = position + 1
    if index >= min(content_word, len(words)) or not is_title_head(words[index]):
        return False
    hit = find_reporting(words[position].norm)
    return hit is None or hit.value.lemma not in _INFORMING
