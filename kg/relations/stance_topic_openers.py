"""A sentence that opens with «أما X فـ...» hands its topic on to the next sentence's verb.

Reports that quote several people in turn introduce each with «أما»: «أما الكاتبة
والإعلامية X، فرأت أن ... . وأشادت بـ Y، قائلة: ...». The next sentence opens with a verb
that names no subject; it continues the topic X, as it would continue the subject of an
opening verb («وقالت X إن ... . وأشادت بـ Y»). The topic is the agent named last between
«أما» and the verb with «ف» that answers it (past the titles before the name); the two verbs
must agree in gender (:func:`kg.relations.stance_verb_subjects.verb_gender` gives both).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Sentence
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_opening_subjects import opening_subject, previous_sentence
from kg.relations.stance_previous_openers import opening_past_discourse

_TOPIC_MARKERS = frozenset({"اما", "واما"})
_REACH = 12
"""How many words the titles and name between «أما» and its «فـ» verb may run to."""


def topic_opening(context: Extraction, words: list[Word]) -> tuple[str, Word] | None:
    """The topic of a sentence (``words``) opening with «أما X [،] فـverb», and that verb;
    None when the sentence opens otherwise, or no agent is named right before the verb."""
    if len(words) < 3 or words[0].norm not in _TOPIC_MARKERS:
        return None
    for index in range(2, min(len(words), _REACH + 1)):
        word = words[index]
        gap = context.gap(words[index - 1], word).strip()
        if gap not in {"", "،", ","}:
            return None
        if not word.norm.startswith("ف") or context.covering_mention(word.start) is not None:
            continue
        mention = context.covering_mention(words[index - 1].end - 1)
        if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
                context.is_nisba(mention) or mention.start < words[1].start:
            return None
        return mention.entity_id, word
    return None


def previous_opening_holder(context: Extraction, sentence: Sentence, word: Word,
                            gender: str | None,
                            gender_of: Callable[[Word], str | None]) -> Arg | None:
    """«وافتتح الأمير X المعرض. مشيداً بجهود Y»: a circumstantial participle cut off from
    its clause by a full stop shares the subject of the verb that opens the sentence before
    (or its «أما» topic), when their genders agree and no other person is named since (see
    :func:`kg.relations.stance_opening_subjects.opening_subject`). ``gender_of`` reads a
    verb's gender (:func:`kg.relations.stance_verb_subjects.verb_gender`)."""
    if gender is None or sentence.index == 0:
        return None
    found = previous_sentence(context, sentence)
    if found is None:
        return None
    previous, before = found
    before = before[opening_past_discourse(context, before):]  # «من ناحيته، أكد X ...»
    holder = opening_subject(context, before, previous, (gender_of(before[0]), gender),
                             word.start)
    if holder is None:
        topic = topic_opening(context, before)
        if topic is not None and gender_of(topic[1]) == gender and \
                not any(m.label == "Person" and m.entity_id != topic[0]
                        for m in context.mentions_between(topic[1].start, word.start)):
            holder = topic[0]
    return Arg(holder, word.start, word.end) if holder is not None else None
