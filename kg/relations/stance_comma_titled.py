"""«أعرب الأمين العام لمجلس التعاون، الدكتور عبداللطيف الزياني، عن استغرابه من ...»,
«وأعلن رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، رفضه للاتفاق»: the light verb's subject
is a title with its holder's name set off by commas, right before the stance noun.

:func:`kg.relations.stance_noun_subjects._light_verb_past_comma` reads a subject that ends at the
comma before the noun, but stops at the comma between the title and the name. Here the
name (an honorific may open it) is a Person mention that fills the commas alone, the words
before the first comma are a title that opens right after a light verb, with no
punctuation, no other person, no relative pronoun and no other stance word among them.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import HONORIFICS, STANCE_LIGHT_VERBS
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import COMMAS, RELATIVES
from kg.relations.stance_triggers import live_stance

_TITLE_REACH = 10
"""How many words the title between the light verb and the first comma may hold."""


def _comma(context: Extraction, left: Word, right: Word) -> bool:
    return context.gap(left, right).strip() in COMMAS


def comma_titled_holder(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The person named between commas after a light verb and a title, right before the
    stance noun at ``words[position]`` («عن» may stand before the noun); None otherwise."""
    end = position
    if end > 2 and words[end - 1].norm == "عن" and \
            not context.boundary_between(words[end - 1], words[end]):
        end -= 1
    if end < 4 or not _comma(context, words[end - 1], words[end]):
        return None
    person = context.covering_mention(words[end - 1].start)
    if person is None or not person.entity_id or person.label != "Person" or \
            person.end != words[end - 1].end:
        return None
    first = context.mention_words(person)[0] - words[0].index
    while first > 0 and words[first - 1].norm in HONORIFICS and \
            not context.boundary_between(words[first - 1], words[first]):
        first -= 1  # «، الدكتور X،»
    if first < 3 or not _comma(context, words[first - 1], words[first]):
        return None
    for index in range(first - 2, max(-1, first - 2 - _TITLE_REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]) or word.norm in RELATIVES:
            return None
        named = context.covering_mention(word.start)
        if named is not None and named.label == "Person":
            return None  # another person in the title: not one clear holder
        if named is not None:
            continue  # «لمجلس التعاون»: a name in the title, no stance word
        if word.has(STANCE_LIGHT_VERBS):
            if not is_title_head(words[index + 1]):
                return None
            return Arg(person.entity_id, person.start, person.end)
        if live_stance(words, index):
            return None
    return None
