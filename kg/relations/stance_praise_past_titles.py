"""A praise verb that takes its object with no preposition, past the subject's own title.

«وثمن الأمير X أمير منطقة القصيم الجهود التي تبذلها وزارة الصحة», «وثمن وزير الصحة X رئيس
اللجنة جهود الفرق الميدانية»: Saudi prose gives the subject's offices right after the name,
with no comma, and «ثمّن» («امتدح», «قدّر») takes the praised deed as its direct object. The
title's genitive chain ends at its first definite word («منطقة القصيم», «اللجنة»); a noun of
deed or quality right after such a word («الجهود», «جهود», «الدور», «دعم») cannot be the title's
genitive nor its adjective (an adjective of a definite noun carries the article and is no
noun of deed), so the object opens there. A verb that takes «ب» («أشاد بـ») is read elsewhere
(the «ب» marks its object); a name or a title after the title is left to the other readers.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS, PATRONAGE_NOUNS, QUALITY_NOUNS
from kg.relations.index import Arg, Word
from kg.relations.lexicon import StanceTrigger, find_reporting, find_stance
from kg.relations.stance_phrases import definite, prepositional
from kg.relations.stance_trailing_titles import subject_title

__all__ = ["deed_past_title"]

_DEEDS = DEED_NOUNS | QUALITY_NOUNS | PATRONAGE_NOUNS
_REACH = 14
"""Words at most from the title's head to the deed noun."""


def deed_past_title(context: Extraction, words: list[Word], position: int, after: int,
                    subjects: list[Arg], trigger: StanceTrigger) -> int | None:
    """The index of the deed noun where a direct praise's object opens past the subject's own
    title (see the module docstring), or None."""
    if trigger.noun or trigger.kind != "praises" or after <= position + 1 or \
            after >= len(words) or not subject_title(context, words, after, subjects):
        return None
    for index in range(after + 1, min(len(words), after + _REACH)):
        word, previous = words[index], words[index - 1]
        if context.gap(previous, word).strip() or context.boundary_between(previous, word):
            return None
        if _deed(word) and definite(previous) and not prepositional(previous) and \
                context.covering_mention(word.start) is None:
            return index
        if find_stance(word.norm) is not None or find_reporting(word.norm) is not None:
            return None
        named = context.mention_starting_in(word)
        if named is not None and named.label == "Person":
            return None  # a titled person: the other readers decide
    return None


def _deed(word: Word) -> bool:
    """«الجهود», «جهود», «الدور»: a noun of deed or quality, bare or with its article only."""
    return any(prefix in {"", "ال"} and rest in _DEEDS for prefix, rest in word.readings())
