"""Signers named at length before the signed document: «وقع وزير المالية فلان ونظيره الفرنسي
فلان أمس اتفاقية», «ووقعت وزارة الصحة وشركة أرامكو السعودية أمس مذكرة تفاهم».

A signing verb's subject in Saudi and pan-Arab news is often long (titles, a full name, a second
signer with his own title), so the verb stands farther before the agreement noun than the few
words the nearer rules look at (``event_signing``, ``event_agents._signers``). The verb is still
the noun's own when its named subjects (``arguments.subject_after``) end right before the noun,
with at most a time word («أمس», «اليوم», a weekday) and the named place of the signing («في
الرياض», «بجدة») between: then the noun is its object, and it was signed («وقعت السعودية وفرنسا
أمس في باريس اتفاقيات»). Anything else between (another phrase, another clause, punctuation:
«وقع اللاعب للنادي بنظام شراء العقد», «في العاصمة») leaves the noun to the nearer rules.

A named country or person followed by «و» and another signer the NER did not name («ووقعت
إيران والقوى الكبرى اتفاقا») is one of equal parties, not the agreement's one agent
(``joined_signer``).

Only the past signing verbs are read (``lexicon.SIGNING_VERBS``): «سيوقع», «من المقرر أن يوقع»
stay out.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import is_place, subject_after
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import SIGNING_VERBS, WEEKDAYS

_REACH = 14
"""How many words before the noun the signing verb may stand (its subjects fill the span)."""
_TIME_WORDS = frozenset({"امس", "اليوم", "مساء", "صباح"})
"""Time words that may stand between the last signer and the document («وقعت الشركتان أمس»)."""
_IN = frozenset({"في"})
_PLAIN_NAMES = frozenset({"Country", "Person"})
"""Labels of names that hold no «و» of their own (unlike «وزارة البترول والثروة المعدنية»)."""


def long_signers(context: Extraction, words: list[Word], position: int,
                 sentence: Sentence) -> list[Arg]:
    """The named subjects of the past signing verb whose object is the agreement or document
    noun at ``words[position]``: the verb up to ``_REACH`` words before the noun, in its
    clause, and its subjects ending right before the noun (past time words); ``[]`` otherwise."""
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return []
        if not words[index].has(SIGNING_VERBS):
            continue
        signers, after = subject_after(context, words, index, sentence, max_words=_REACH)
        after = _past_time_and_place(context, words, after, position)
        return signers if signers and after == position else []
    return []


def _past_time_and_place(context: Extraction, words: list[Word], index: int, end: int) -> int:
    """The index of the first word from ``index`` that is no time word and no named place
    (with «في» or a clitic «ب» before it) of the signing, stopping at ``end``."""
    while index < end:
        word = words[index]
        if word.norm in _TIME_WORDS or word.norm in WEEKDAYS:
            index += 1
            continue
        place = index + 1 if word.norm in _IN and index + 1 < end else index
        mention = context.mention_starting_in(words[place])
        if mention is None or not is_place(mention.label) or \
                (place == index and not word.norm.startswith(("ب", "وب"))):
            return index
        index = place
        while index < end and words[index].start < mention.end:
            index += 1
    return index


def joined_signer(context: Extraction, signers: list[Arg], position: int,
                  words: list[Word]) -> bool:
    """Whether the one named signer of the agreement noun at ``words[position]`` has an
    unnamed co-signer joined to it by «و» right after it («ووقعت إيران والقوى الكبرى اتفاقا»)."""
    if len(signers) != 1 or context.label(signers[0].node_id) not in _PLAIN_NAMES:
        return False  # «وزارة البترول والثروة المعدنية»: a body's name may hold «و»
    last = context.word_at(signers[0].end - 1)
    if last is None:
        return False
    following = last.index - words[0].index + 1
    if not 0 < following < position:
        return False
    word = words[following]
    return word.norm.startswith("و") and word.norm[1:2] != "" and \
        not context.boundary_between(last, word) and \
        context.mention_starting_in(word) is None and word.norm[1:].startswith("ال")
