"""Stance objects named by a chain of nouns or by the antecedent of a resumptive pronoun.

A chain of indefinite nouns in iḍāfa closed by a definite noun or a name is the thing named,
as a whole («رفضت مصر قرار مجلس إدارة الاتحاد»: :func:`construct_phrase`); a stance verb with
the pronoun of its object after a relative (:func:`resumed`) takes the antecedent before the
relative («القرار الذي رفضه الوزير»: :func:`resumed_antecedent`).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    PREPOSITIONS,
    RESUMPTIVE,
    find_stance,
)
from kg.relations.stance_object_words import (
    CONSTRUCT_HEADS,
    TIME_WORDS,
    adjective_like,
    content_noun,
)
from kg.relations.stance_phrases import (
    COMMAS,
    DEMONSTRATIVES,
    LAM_NOUNS,
    QUANTIFIERS,
    RELATIVES,
    Phrase,
    conjunction,
    definite,
    prepositional,
    without_clitics,
)
from kg.relations.stance_triggers import live_stance
from kg.text.normalize import normalize_key

_RELATIVE_OF = {"ه": frozenset({"الذي", "والذي"}), "ها": frozenset({"التي", "والتي"})}


def resumed(words: list[Word], position: int) -> bool:
    """«الاتفاق الذي تعارضه إسرائيل», «القرار الذي رفضه الوزير»: a stance verb with the
    pronoun of its object right after a relative of the same gender."""
    if position < 2:
        return False
    norm = words[position].norm
    suffix = "ها" if norm.endswith("ها") else "ه" if norm.endswith("ه") else ""
    if not suffix or words[position - 1].norm not in _RELATIVE_OF[suffix]:
        return False
    verb = find_stance(norm[:-len(suffix)])
    return norm in RESUMPTIVE or (verb is not None and not verb.prefix and not verb.value.noun)


_ANTECEDENT_REACH = 4


def _construct_head(context: Extraction, words: list[Word], first: int) -> int:
    """The indefinite head of a construct ending at ``words[first]`` («قرار المجلس», «قرار
    مجلس الأمن», «مشروع القانون»), past up to two indefinite genitives; ``first`` when
    the words before it are no such head."""
    for head in range(first - 1, max(-1, first - 4), -1):
        word = words[head]
        if context.boundary_between(word, words[head + 1]) or definite(word) or \
                not content_noun(word) or conjunction(word) or \
                context.covering_mention(word.start) is not None:
            return first
        if word.bare() in CONSTRUCT_HEADS:
            return head
    return first


_AGENT_LABELS_OR_MISCELLANEOUS = AGENT_LABELS | {"Miscellaneous"}


def resumed_antecedent(context: Extraction, words: list[Word], last: int,
                skip: set[str]) -> Candidate | None:
    """The antecedent that ends at ``words[last]``, before the relative: a name, an event
    kg found, or a definite phrase of up to four words («الاتفاق النووي», «قرار مجلس
    الأمن»), never a phrase that opens with a conjunction or runs past a preposition."""
    if last < 0 or (context.boundary_between(words[last], words[last + 1]) and \
            context.gap(words[last], words[last + 1]).strip() not in COMMAS):
        return None
    word = words[last]
    mention = context.covering_mention(word.end - 1)
    if mention is not None:
        first = context.mention_words(mention)[0] - words[0].index
        head = _construct_head(context, words, first)
        if head < first:  # «اتفاق الطائف الذي يرفضه X»: the agreement, not the city
            kept = words[head:last + 1]
            name = without_clitics(context, kept)
            node = context.add_entity("Miscellaneous", name, normalize_key(name))
            return Candidate(Arg(node, kept[0].start, kept[-1].end), "", None, head, "topic")
        if not mention.entity_id or mention.entity_id in skip or context.is_nisba(mention) \
                or mention.label not in _AGENT_LABELS_OR_MISCELLANEOUS:
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         first, "mention")
    event = context.state.event_at_word.get(word.index)
    if event is not None and event not in skip:
        return Candidate(Arg(event, word.start, word.end), "", None, last, "event")
    if not definite(word) or not content_noun(word):
        return None
    first = last
    while first > 0 and last - first + 1 < _ANTECEDENT_REACH and \
            not context.boundary_between(words[first - 1], words[first]) and \
            not prepositional(words[first]) and not conjunction(words[first]):
        before = words[first - 1]
        if not content_noun(before) or before.norm in RELATIVES or \
                context.covering_mention(before.start) is not None or \
                find_stance(before.norm) is not None:
            break
        if definite(before) and adjective_like(words[first]):
            first -= 1  # «الاتفاق النووي», «الخطة الأمريكية الجديدة»
            continue
        first = _construct_head(context, words, first)
        break
    if conjunction(words[first]) or (first == last and words[last].norm in _VAGUE_ANTECEDENTS):
        return None
    kept = words[first:last + 1]
    name = without_clitics(context, kept)
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(node, kept[0].start, kept[-1].end), "", None, first, "topic")


_VAGUE_ANTECEDENTS = frozenset({"الامر", "الشيء", "الموضوع", "المساله", "الشان"})
"""«وهو الأمر الذي يعارضه الاتحاد الأوروبي»: «الأمر» stands for the whole clause before
it, and names nothing an object could be."""


_CONSTRUCT_REACH = 6


def construct_phrase(context: Extraction, words: list[Word], index: int,
                     claim_head: bool = False) -> Phrase | None:
    """«رفضه التام لقرار مجلس إدارة اتحاد الكرة», «رفضت مصر قرار مجلس إدارة الاتحاد»: a
    chain of indefinite nouns in iḍāfa, closed by a definite noun or a name, is the thing
    named (the whole construct, not its last genitive). The chain stops at nothing else:
    punctuation, a conjunction, a preposition, a function word, a relative, another stance
    word or a number leave no object; it is at least three words and at most six. With
    ``claim_head`` the stance noun that opens it is its head, not a stop («رفض تلويح وزيرة
    الخارجية الأميركية»: :mod:`kg.relations.stance_refused_claims`)."""
    kept: list[Word] = []
    for word in words[index:index + _CONSTRUCT_REACH]:
        if kept and (context.boundary_between(kept[-1], word) or conjunction(word)
                     or (prepositional(word) and word.norm not in LAM_NOUNS)):
            return None
        opening_claim = claim_head and not kept
        if (live_stance(words, word.index - words[0].index) and not opening_claim) or \
                word.norm in RELATIVES or \
                word.norm in FUNCTION_WORDS or word.bare() in FUNCTION_WORDS or \
                word.norm in PREPOSITIONS or word.norm.isdigit() or word.norm in QUANTIFIERS \
                or word.bare() in DEMONSTRATIVES or word.norm in TIME_WORDS:
            return None
        mention = context.mention_starting_in(word)
        if mention is not None:
            if not kept or not mention.entity_id or context.is_nisba(mention):
                return None
            last = context.mention_words(mention)[1]
            if last - words[0].index >= len(words):
                return None
            end = words[last - words[0].index]
            return _construct(context, kept, end, len(kept) + 1)
        if context.covering_mention(word.start) is not None:
            return None
        if not kept and not content_noun(word):
            return None
        if definite(word):
            if not kept:
                return None  # «الاتهامات», «قرار المجلس»: the shorter topic phrase reads them
            return _construct(context, kept, word, len(kept) + 1)
        kept.append(word)
    return None


def _construct(context: Extraction, kept: list[Word], end: Word, size: int) -> Phrase | None:
    """The construct from ``kept[0]`` to ``end``, when it is long enough for
    :func:`construct_phrase`."""
    if size < 3:
        return None
    name = without_clitics(context, kept)
    name += context.doc.text[kept[-1].end:end.end]
    return Phrase(kept[0].start, end.end, name)
