"""Signers named at length before the signed document: «وقع وزير المالية فلان ونظيره الفرنسي
فلان أمس اتفاقية», «ووقعت وزارة الصحة وشركة أرامكو السعودية أمس مذكرة تفاهم».

A signing verb's subject in Saudi and pan-Arab news is often long (titles, a full name, a second
signer with his own title), so the verb stands farther before the agreement noun than the few
words the nearer rules look at (``event_signing``, ``event_agents._signers``). The verb is still
the noun's own when its named subjects (``arguments.subject_after``) end right before the noun,
with at most a time word («أمس», «اليوم», a weekday), the named place of the signing («في
الرياض», «بجدة») and the count of the documents («ست اتفاقيات», «6 اتفاقيات») between: then the
noun is its object, and it was signed («وقعت السعودية وفرنسا أمس في باريس اتفاقيات»). A comma right
before the noun is a pause after a long subject («أبرمت الجمعية السعودية الخيرية لمرضى
ألزهايمر، اتفاقية تعاون مع»), no clause boundary. So it is
past a partner named behind «مع» («وقع الوزير فلان أمس مع نظيره الروسي فلان اتفاقية»: the one
signer is the agent, the partner a participant, ``signing_partner``). Anything else between
(another phrase, another clause, punctuation: «وقع اللاعب للنادي بنظام شراء العقد», «في
العاصمة») leaves the noun to the nearer rules.

A named country or person followed by «و» and another signer the NER did not name («ووقعت
إيران والقوى الكبرى اتفاقا») is one of equal parties, not the agreement's one agent
(``joined_signer``).

Only the past signing verbs are read (``lexicon.SIGNING_VERBS``): «سيوقع», «من المقرر أن يوقع»
stay out.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import is_place, subject_after
from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
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
    return _long_signing(context, words, position, sentence)[0]


def signing_partner(context: Extraction, words: list[Word], position: int,
                    sentence: Sentence) -> Arg | None:
    """The partner named behind «مع» between the long signers and the document at
    ``words[position]`` («وقع الوزير فلان أمس مع نظيره الروسي فلان اتفاقية»), or None."""
    return _long_signing(context, words, position, sentence)[1]


def _long_signing(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> tuple[list[Arg], Arg | None]:
    """:func:`long_signers` and :func:`signing_partner`."""
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]) and not (
                index == position - 1 and _comma_only(context, words[index], words[position])):
            return [], None
        if not words[index].has(SIGNING_VERBS):
            continue
        signers, after = subject_after(context, words, index, sentence, max_words=_REACH)
        after = _past_time_and_place(context, words, after, position)
        partner = _partner(context, words, after, position)
        if partner is not None:  # «وقع الوزير فلان أمس مع نظيره الروسي فلان اتفاقية»
            after = _past_time_and_place(context, words, partner[1], position)
        if after == position - 1 and number_value(words[after]) is not None:
            after = position  # «وقعت السعودية وروسيا أمس ست اتفاقيات»: the count of them
        if not signers or after != position:
            return [], None
        return signers, None if partner is None else partner[0]
    return [], None


_COMMA = frozenset({"،", ","})


def _comma_only(context: Extraction, left: Word, right: Word) -> bool:
    """Whether only a comma (and spaces) stands between two neighbouring words: «أبرمت الجمعية
    السعودية الخيرية لمرضى ألزهايمر، اتفاقية»: a pause after a long subject, not a clause."""
    between = context.index.gap(left, right).strip()
    return between in _COMMA


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


_WITH = frozenset({"مع"})
_PARTNER_REACH = 5
"""How many words after «مع» the partner's name may start («مع نظيره الروسي سيرغي لافروف»)."""


def _partner(context: Extraction, words: list[Word], index: int,
             end: int) -> tuple[Arg, int] | None:
    """The partner named behind «مع» at ``words[index]`` (its title words before the name:
    «مع نظيره الروسي سيرغي لافروف») and the index past it, or None when no «مع» and name stand
    there."""
    if index >= end or words[index].norm not in _WITH:
        return None
    for start in range(index + 1, min(end, index + 1 + _PARTNER_REACH)):
        if context.boundary_between(words[start - 1], words[start]):
            return None
        mention = context.mention_starting_in(words[start])
        if mention is None or context.is_nisba(mention):
            continue  # «نظيره الروسي»: the partner's title
        if mention.entity_id is None or context.label(mention.entity_id) not in AGENT_LABELS:
            return None
        last = context.word_at(max(mention.start, mention.end - 1))
        if last is None:
            return None
        return Arg(mention.entity_id, mention.start, mention.end), last.index - words[0].index + 1
    return None


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
