"""The one met after a possessive meeting noun is its object, not the speaker.

«وقال خلال مؤتمر صحفي في القاهرة بعد لقائه الرئيس X إن ...»: after the verb and an adjunct,
a meeting or visit noun carrying a pronoun («لقائه», «اجتماعه», «استقباله») has the speaker
as its owner and the title or name right after it as its object: the person met. Read as the
subject of «قال», X was given the words of the unnamed speaker (fresh news, session 44).
The scan of :func:`kg.relations.speaker_after.subject_after_verb` passes over that object.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.possessive import possessive_pronoun
from kg.relations.role_words import is_title_head

_REACH = 5
"""How many words a title may take before the name of the one met («الرئيس المصري X»)."""


def owned_object_end(context: Extraction, words: list[Word], index: int, end: int) -> int | None:
    """The index after the object of the possessive meeting noun right before
    ``words[index]`` (a title and the name it opens, or a name), or None when the word
    before is no such noun or ``words[index]`` opens no title nor name."""
    if index < 1 or possessive_pronoun(words[index - 1]) is None or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    word = words[index]
    mention = context.mention_starting_in(word)
    if mention is None and not is_title_head(word):
        return None
    for later in range(index, min(end, len(words), index + _REACH)):
        if later > index and context.boundary_between(words[later - 1], words[later]):
            break
        found = context.mention_starting_in(words[later])
        if found is not None:
            _, last = context.mention_words(found)
            return max(later + 1, last - words[0].index + 1)
    return index + 1
