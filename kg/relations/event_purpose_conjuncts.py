"""A noun joined by «و» to a noun of purpose is a purpose too: «لزيارة لندن ولقاء ساستها».

A noun of an event after «لـ» tells what someone sets out to do, not what was done («وصل
إلى لندن للقاء رئيس الوزراء», «يستعد لزيارة لندن»): ``event_sense`` reads those. The second
of two such aims is joined to the first by «و» and carries no «لـ» of its own: «ويستعد
رئيس البرلمان ... لزيارة لندن ولقاء ساستها وأعضاء برلمانها», «توجه إلى الرياض للمشاركة في
القمة واجتماع القادة». It is as much an aim as the first: no event. The first must be an
event noun with «لـ» (:data:`~kg.relations.lexicon.EVENT_TRIGGERS`) a few words before, in the
same clause; «قام بزيارة لندن ولقاء رئيس الوزراء» (done, with «بـ») is left alone.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import EVENT_TRIGGERS

_REACH = 6
"""How far before the joined noun the first aim may stand («لزيارة لندن ولقاء»: two words)."""


def _purpose_noun(word: Word) -> bool:
    """«لزيارة», «للقاء», «وللقاء»: an event noun with «لـ» (not «ال»: «للقاء» reads
    ل + لقاء, and also ل + ال + قاء)."""
    return any(prefix.lstrip("وف") == "ل" and rest in EVENT_TRIGGERS
               for prefix, rest in word.readings())


def joined_to_purpose(context: Extraction, words: list[Word], position: int,
                      verb: bool) -> bool:
    """Whether the noun trigger at ``words[position]``, opened by «و», follows an event noun
    with «لـ» within a few words in its sentence, with no comma between (see the module
    docstring)."""
    word = words[position]
    if verb or not word.norm.startswith("و") or not any(
            prefix.startswith("و") and rest in EVENT_TRIGGERS
            for prefix, rest in word.readings()):
        return False
    sentence = word.sentence_index
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        earlier = words[index]
        if earlier.sentence_index != sentence or \
                context.boundary_between(earlier, words[index + 1]):
            return False
        if _purpose_noun(earlier):
            return True
        if earlier.has(EVENT_TRIGGERS):
            return False  # another event noun between: «لزيارة ... وبعد الاجتماع ولقاء»
    return False
