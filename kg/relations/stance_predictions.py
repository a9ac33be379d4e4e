"""A speaker's prediction of someone else's stance: no stance taken.

«وقال أوباما إن الكونغرس سيرفض الاتفاق», «وأكد الوزير أن إيران لن تدعم الحوثيين», «وقال
إن روسيا سوف تعارض القرار»: in reported speech, a stance verb in the future («سـ», «سوف»)
or the negative future («لن») whose subject is not the speaker is what the speaker expects
a third party to do. The third party has taken no stance yet, and the speaker takes none
towards the object either, so nothing is written.

The speaker's own commitment stays a stance: «وقال أوباما إنه سيرفض أي قانون», «وقال
الجبير إن المملكة ستدعم الحكومة اليمنية» (the subject is the speaker, or the country or
body the speaker's position stands for). When kg knows no country or body for the speaker
and the subject is not a person, the reading is unsure (a spokesman may announce his own
side's stance under an unknown title): the stance is kept, but its raw confidence is at
most :data:`UNSURE_CEILING`, under raw 0.45 (a calibration table must map that low
bucket low for the fact to be held back).

Outside reported speech the future is the article's own report of an announced stance
(«وستدعم قطر المبادرة»), left to :mod:`kg.relations.stance_scope` (a condition after it).
"""

from __future__ import annotations

from typing import Literal

from kg.relations.arguments import Arg
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import find_stance

Prediction = Literal["none", "predicted", "unsure"]

UNSURE_CEILING = 0.4
"""The highest raw confidence of a future stance of a non-person in the words of a speaker
whose own side kg does not know."""

_WILL = frozenset({"سوف", "وسوف", "فسوف", "لن", "ولن", "فلن"})
"""Words of the future right before an imperfect: «سوف ترفض», «لن تدعم»."""


def _future(words: list[Word], position: int) -> bool:
    """The verb at ``position`` is in the future: «سيرفض», «ستدعم», or after «سوف»/«لن»."""
    hit = find_stance(words[position].norm)
    if hit is None or hit.value.noun:
        return False
    return "س" in hit.prefix or (position > 0 and words[position - 1].norm in _WILL)


def prediction(context: Extraction, words: list[Word], position: int,
               subjects: list[Arg]) -> Prediction:
    """Whether the stance verb at ``position`` is a speaker's prediction of a third party's
    stance («قال X إن Y سيرفض Z»): ``predicted`` (write nothing), ``unsure`` (cap the
    confidence) or ``none``."""
    if not subjects or not _future(words, position):
        return "none"
    speaker = context.speaker_at(words[position].start)
    if speaker is None:
        return "none"
    side = context.affiliation(speaker)
    own = {speaker, side}
    if any(s.node_id in own for s in subjects):
        return "none"
    if all(context.label(s.node_id) == "Person" for s in subjects) or side != speaker:
        return "predicted"
    return "unsure"
