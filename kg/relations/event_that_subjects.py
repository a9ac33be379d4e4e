"""A definite subject that opens a «أن/إن» clause before a bare perfect homograph.

«وقال الحاكم إن الجيش قتل عشرة مسلحين», «وأكد أن الطيران قصف مواقع المتمردين»: a form that
is both a perfect verb and a verbal noun («قتل», «قصف», «خطف») right after a definite noun
phrase that opens the clause of «أن/إن» (or the sentence) is the verb of that clause: an
indefinite verbal noun can be neither the second term of the definite noun's iḍāfa nor its
adjective, and nothing before the subject governs the noun as its object. An object must
follow the verb: with none («أن الجندي قتل أثناء المعارك») it reads as a passive, whose
subject is the victim, left to the passive rules.

A named subject of such a clause right before any violent verb («وقال المتحدث إن تنظيم داعش
هاجم الجيش العراقي») is the verb's doer, and the name after the verb its object, not its
subject (``named_that_subject``).

After a verb, the same words are a verb's object and its subject («أعلن الجيش قتل عشرة
مسلحين»: the verbal noun is what the army announced), so a subject that does not open the
clause is not read here.
"""

from __future__ import annotations

from kg.relations.actors import actor_phrase
from kg.relations.context import Extraction
from kg.relations.event_draft import GENERIC_HEADS
from kg.relations.event_seizures import seized_over
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import COMPLEMENTIZERS, RESUMING_IN
from kg.relations.perpetrators import object_follows

_SUBJECT_REACH = 3
"""How many definite words the subject phrase may have («الجيش البوروندي النظامي»)."""

_PLAIN_COMPLEMENTIZERS = frozenset({"ان", "بان"})
"""«أن/إن», «بأن» with no pronoun: a noun phrase right after them is the clause's subject
(«إنه» already has its subject in the pronoun)."""


def _plain_definite(word: Word) -> bool:
    """«الجيش»: the article and no other prefix (not «والجيش», «بالجيش»)."""
    return any(prefix == "ال" for prefix, _ in word.readings())


def opens_that_clause(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the homograph at ``words[position]`` follows a definite subject phrase that
    opens a «أن/إن» clause («إن الجيش قتل عشرة مسلحين») and has an object after it."""
    start = position
    while start > 0 and position - start < _SUBJECT_REACH and \
            _plain_definite(words[start - 1]) and \
            not context.boundary_between(words[start - 1], words[start]):
        start -= 1
    if start == position or start == 0:
        return False
    opener = words[start - 1]
    if opener.norm not in _PLAIN_COMPLEMENTIZERS or opener.norm not in COMPLEMENTIZERS or \
            context.boundary_between(opener, words[start]):
        return False
    if position + 1 < len(words) and words[position + 1].norm in RESUMING_IN:
        return False  # «إن الحرب قتل فيها»: a passive resuming the noun
    return object_follows(context, words, position + 1)


_NAME_HEADS = GENERIC_HEADS | frozenset({"تنظيم", "حركه", "جماعه", "جبهه", "حزب", "ميليشيا",
                                          "مليشيا", "مليشيات", "كتائب", "لواء"})
"""Head nouns the NER may leave out of the name they open («تنظيم داعش», «قوات التحالف»)."""


def named_that_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named agent that opens a «أن/إن» clause right before the verb at ``words[position]``
    («إن تنظيم داعش هاجم الجيش العراقي»), maybe behind a head noun, with an object after the
    verb; None otherwise."""
    if position < 2 or context.boundary_between(words[position - 1], words[position]):
        return None
    mention = context.covering_mention(words[position - 1].start)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            mention.end > words[position - 1].end:
        return None
    first = context.word_at(mention.start)
    if first is None:
        return None
    start = first.index - words[0].index
    if start > 0 and any(prefix in {"", "ال"} and rest in _NAME_HEADS
                         for prefix, rest in words[start - 1].readings()) and \
            context.covering_mention(words[start - 1].start) is None:
        start -= 1  # «تنظيم داعش», the head left out of the name
    if start < 1 or context.attached_prefix(mention):
        return None
    opener = words[start - 1]
    if opener.norm not in _PLAIN_COMPLEMENTIZERS or \
            context.boundary_between(opener, words[start]):
        return None
    return Arg(mention.entity_id, mention.start, mention.end) \
        if object_follows(context, words, position + 1) or \
        seized_over(words, position, position + 1) else None


_PHRASE_REACH = 3
"""How many words the actor phrase before the verb may have («قوات التحالف الدولي»)."""


def that_actor_phrase(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«إن قوات التحالف شنت ثماني غارات»: an actor phrase (a force named by its owner, the
    coalition) that opens a «أن/إن» clause and ends right before the verb at
    ``words[position]``, with an object after the verb; None otherwise."""
    for start in range(position - 1, max(0, position - 1 - _PHRASE_REACH), -1):
        phrase = actor_phrase(context, words, start)
        if phrase is None or phrase[1] != position:
            continue
        opener = words[start - 1]
        if opener.norm not in _PLAIN_COMPLEMENTIZERS:
            continue  # «قوات التحالف»: «التحالف» alone ends there too, behind its head
        if context.boundary_between(opener, words[start]) or \
                context.boundary_between(words[position - 1], words[position]):
            return None
        return phrase[0] if object_follows(context, words, position + 1) else None
    return None
