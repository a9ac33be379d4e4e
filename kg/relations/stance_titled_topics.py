"""A fronted «أما» topic with its titles before the name: «أما المخرج X ...، فأثنى على Y».

Reports that quote several people in turn open each with «أما» and the person's role or
style before the name («أما المخرج X مخرج العمل المسرحي "Z"، فأثنى على ...», «أما المهندس X،
فثمّن ...»). The verb with «ف» that answers «أما» has the named person for its subject.
:func:`kg.relations.topic_subjects.topicalised_subject` reads the name only right after
«أما» and stops at a quote mark; here up to three role words or styles may stand before the
name, and a quoted name of a work in its apposition (the marks balanced) does not end the
topic. The stretch must hold no other person and no full stop, colon or question mark.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon_stance_words import PERSON_NOUNS
from kg.relations.role_words import NAME_OPENERS, is_title_head

_TOPIC_MARKERS = frozenset({"اما", "واما"})
_ROLE_REACH = 3
"""How many role words or styles may stand between «أما» and the name."""
_REACH = 14
"""How many words «أما» may stand before the verb with «ف» that answers it."""
_ENDS = frozenset(".؟!?:;؛")
_QUOTES = frozenset("«»“”\"")


def _role_word(word: Word) -> bool:
    """«المخرج», «المهندس», «الكاتبة», «رئيس»: a role, a style or a title before a name."""
    return word.has(PERSON_NOUNS) or word.norm in NAME_OPENERS or is_title_head(word)


def titled_topic(context: Extraction, words: list[Word], position: int) -> Mention | None:
    """The person fronted by «أما» past the role words before the name, as the subject of
    the verb with «ف» at ``position`` that closes the topic after a comma (see the module
    docstring); None otherwise."""
    verb = words[position]
    if not verb.norm.startswith("ف") or not 2 < position <= _REACH or \
            words[0].norm not in _TOPIC_MARKERS or \
            not set(context.gap(words[position - 1], verb)) & {"،", ","}:
        return None
    first = 1
    while first < position and first <= _ROLE_REACH and \
            context.mention_starting_in(words[first]) is None and _role_word(words[first]):
        first += 1
    if first == 1 or first >= position:
        return None  # no role before the name: topicalised_subject reads it
    mention = context.mention_starting_in(words[first])
    if mention is None or not mention.entity_id or mention.label != "Person" or \
            context.attached_prefix(mention):
        return None
    stretch = context.doc.text[words[0].end:verb.start]
    if any(mark in stretch for mark in _ENDS) or \
            sum(mark in _QUOTES for mark in stretch) % 2:
        return None
    if any(m.label == "Person" and m.entity_id != mention.entity_id
           for m in context.mentions_between(words[1].start, verb.start)):
        return None
    return mention
