"""A person who voiced a stance since the last speaker: «وأضاف» is no longer the speaker's.

«فؤاد السنيورة قال إن ... كما دعا مندوب فرنسا لدى الأمم المتحدة X مجلس الأمن إلى ... .
وأضاف أن باريس لا تعتقد ...»: a past verb of a stance («دعا», «طالب», «حذر», «ندد») with a
person named as its subject after it (a long title may stand between: «مندوب فرنسا لدى
الأمم المتحدة») makes that person the last to have spoken; «وأضاف» after it does not go on
with the speaker named before (fresh news, session 44: the French envoy's words were given to
the Lebanese prime minister). The reader of :mod:`kg.relations.speaker_continued` then gives
no speaker: a missing one is better than another person's words given to the last one.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.lexicon import find_stance
from kg.relations.subjects_after import subject_after

_REACH = 8
"""How many words (the verb, an adverb, a title) may stand before the person."""


def stance_opener_subject(context: Extraction, mention: Mention) -> bool:
    """Whether the person ``mention`` is the subject named after a past stance verb."""
    word = context.word_at(mention.start)
    if word is None:
        return False
    sentence = context.doc.sentences[word.sentence_index]
    words = context.sentence_words(sentence)
    at = word.index - words[0].index
    for index in range(at - 1, max(-1, at - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        hit = find_stance(words[index].norm)
        if hit is None or hit.value.noun or hit.prefix not in {"", "و", "ف"} or \
                words[index].norm.removeprefix(hit.prefix).startswith(("ي", "ت", "ن")):
            continue
        subjects, _ = subject_after(context, words, index, sentence)
        return any(s.start <= mention.start < s.end or s.start == mention.start
                   for s in subjects)
    return False
