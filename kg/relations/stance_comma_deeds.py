"""A praised deed set off from the subject by a comma: «وثمن السلمي، الدور الرائد لسمو محافظ جدة».

News often puts a comma after the subject of a verb of praise, before its object: «وثمن
السلمي، الدور الرائد لسمو محافظ جدة الأمير X», «كما ثمّن الوزير، جهود رجال الأمن». With
«ب» after the comma the object is read already (the preposition marks it); a verb that
takes its object in the accusative («ثمّن», «يثمن») loses it at the comma. The word after
that comma opens the object when all of these hold:

- the trigger is a verb (not a noun) of praise;
- the comma comes right after the subject's name, which follows the verb;
- the word after the comma is a noun of deed or quality (:data:`kg.relations.deeds.DEED_NOUNS`,
  :data:`kg.relations.deeds.QUALITY_NOUNS`, :data:`kg.relations.deeds.PATRONAGE_NOUNS`:
  «الدور», «جهود», «الدعم», «رعاية»), with the article or none and no other clitic.

A title, a name or a clause after the comma («وثمن X، رئيس النادي، ...», «، الذي ...») is
left to the readers of appositions.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS, PATRONAGE_NOUNS, QUALITY_NOUNS
from kg.relations.index import Arg, Word
from kg.relations.lexicon import StanceTrigger
from kg.relations.stance_phrases import COMMAS

__all__ = ["deed_past_subject_comma"]

_NOUNS = DEED_NOUNS | QUALITY_NOUNS | PATRONAGE_NOUNS


def deed_past_subject_comma(context: Extraction, words: list[Word], position: int, after: int,
                            subjects: list[Arg], trigger: StanceTrigger) -> int | None:
    """``after`` when the word there opens a praised deed past the comma that closes the
    subject (see the module docstring); None otherwise."""
    if trigger.noun or trigger.kind != "praises" or not subjects or \
            not position + 1 < after < len(words):
        return None
    if context.gap(words[after - 1], words[after]).strip() not in COMMAS or \
            not any(subject.end == words[after - 1].end for subject in subjects):
        return None
    if context.covering_mention(words[after].start) is not None:
        return None
    return after if _deed_noun(words[after]) else None


def _deed_noun(word: Word) -> bool:
    """«الدور», «جهود»: a deed noun with the article or bare, and no other clitic."""
    return any(prefix in {"", "ال"} and rest.removeprefix("ال") in _NOUNS
               for prefix, rest in word.readings())
