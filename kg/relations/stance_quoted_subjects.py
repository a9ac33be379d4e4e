"""A quoted name or a surname as the subject of a stance verb.

«ودعا "أوباما" نواب الكونغرس ...»: a name in quotation marks right after the verb;
«وانتقد العتيبي القرار»: the surname of a person named in full before. Read for
:func:`kg.relations.stance_verb_subjects.verb_subject`.
"""

from __future__ import annotations

from kg.relations.arguments import (
    known_person,
    preposition,
)
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import HONORIFICS
from kg.relations.stance_phrases import conjunction

_OPENING_QUOTES = frozenset({"«", '"', "“"})
_CLOSING_QUOTES = frozenset({"»", '"', "”"})


def quoted_subject(context: Extraction, words: list[Word],
                    position: int) -> tuple[Arg, int] | None:
    """«وحذر "أوباما" من ...», «ودعا "السحيباني" الأشقاء ...», «اتهمت «مجموعة الأزمات
    الدولية» الميليشيات»: a name set in quotation marks right after the verb, whole inside
    them, is its subject; the index of the word after the closing mark."""
    index = position + 1
    if index >= len(words) or \
            context.gap(words[position], words[index]).strip() not in _OPENING_QUOTES:
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None and context.covering_mention(words[index].start) is None:
        return _quoted_surname(context, words, index)  # «ودعا "السحيباني" الأشقاء ...»
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or mention.start != words[index].start:
        return None
    _, last = context.mention_words(mention)
    end = last - words[0].index
    if end + 1 >= len(words) or words[end].end != mention.end or \
            context.gap(words[end], words[end + 1]).strip() not in _CLOSING_QUOTES:
        return None
    return Arg(mention.entity_id, mention.start, mention.end), end + 1


def _quoted_surname(context: Extraction, words: list[Word], index: int) -> tuple[Arg, int] | None:
    """«ودعا "السحيباني" الأشقاء ...»: one word in quotation marks that no tagger named, the
    surname of the one person of the text called so in full before, is the verb's subject."""
    if index + 1 >= len(words) or \
            context.gap(words[index], words[index + 1]).strip() not in _CLOSING_QUOTES:
        return None
    person = known_person(context, words[index])
    return (Arg(person, words[index].start, words[index].end), index + 1) \
        if person is not None else None


def surname_subject(context: Extraction, words: list[Word], position: int) -> list[Arg] | None:
    """«وأشاد الضاهر بالدور ...», «وانتقد العتيبي القرار», «وطالب الدكتور العتيبي»: a
    surname right after the verb (and an honorific), that no mention covers, names the one
    person of the text called so in full before; a name coordinated with it holds the same
    stance («ودعم بلاتيني والاتحاد الأوروبي X»)."""
    index = _past_honorific(context, words, position + 1)
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]) or \
            context.covering_mention(words[index].start) is not None:
        return None
    word = words[index]
    person = known_person(context, word)
    if person is None:
        return None
    return [Arg(person, word.start, word.end), *_coordinated_agent(context, words, index + 1)]


def _past_honorific(context: Extraction, words: list[Word], index: int) -> int:
    """Past one honorific before a name no mention covers («الدكتور العتيبي»)."""
    if index + 1 < len(words) and words[index].norm in HONORIFICS and \
            context.covering_mention(words[index + 1].start) is None and \
            not context.boundary_between(words[index], words[index + 1]):
        return index + 1
    return index


def _coordinated_agent(context: Extraction, words: list[Word], index: int) -> list[Arg]:
    """«بلاتيني والاتحاد الأوروبي»: a named agent joined by «و» right after a subject."""
    if index >= len(words) or not conjunction(words[index]) or \
            context.boundary_between(words[index - 1], words[index]):
        return []
    mention = context.mention_starting_in(words[index])
    if mention is None or mention.start == words[index].start or not mention.entity_id or \
            mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or preposition(context, mention):
        return []
    return [Arg(mention.entity_id, mention.start, mention.end)]
