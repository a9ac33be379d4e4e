"""The pronoun of «لكنه», «إلا أنها», «غير أنه» right before a stance verb.

«وفشل كاميرون في الحصول على الموافقة، لكنه طلب من ...», «ودعت برلين إلى وقف لإطلاق النار،
إلا أنها لم تدعم دعوة الأمم المتحدة», «غير أنه انتقد ...»: a «but» with the pronoun of the
one who acts, right before the verb (or before a negator «لم», «لا», «لن» and the verb),
points back to the subject of the verb that opens the sentence
(``stance_verb_subjects._but_pronoun_subject`` checks the name and its gender).
"""

from __future__ import annotations

from kg.relations.index import Word

_BUT_PRONOUNS = {"لكنه": "m", "ولكنه": "m", "لكنها": "f", "ولكنها": "f"}
_THAT_PRONOUNS = {"انه": "m", "انها": "f"}
_BUT_BEFORE_THAT = frozenset({"الا", "غير"})
_NEGATORS = frozenset({"لم", "لا", "لن"})


def but_pronoun(words: list[Word], position: int) -> tuple[int, str] | None:
    """The index of the «but» word before the verb at ``position`` and its pronoun's gender
    («m» or «f»); None when no such pronoun stands right before the verb."""
    index = position - 1
    if index >= 0 and words[index].norm in _NEGATORS:
        index -= 1
    if index < 0:
        return None
    norm = words[index].norm
    if norm in _BUT_PRONOUNS:
        return index, _BUT_PRONOUNS[norm]
    if norm in _THAT_PRONOUNS and index > 0 and words[index - 1].norm in _BUT_BEFORE_THAT:
        return index - 1, _THAT_PRONOUNS[norm]
    return None
