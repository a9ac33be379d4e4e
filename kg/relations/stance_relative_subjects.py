"""The holder of a stance verb in a relative clause: the name the clause describes.

«جبهة النصرة، التي استنكرت حادثة قلب لوزة», «(فجر ليبيا) التي كانت تهدد الوطية», «خامنئي
الذي رفض الصفقة»: a relative clause whose verb carries no pronoun pointing back to the
name before «الذي»/«التي» has that name as its subject (were the name the object, Arabic
would say «التي انتقدها X»). The relative pronoun must agree with the verb in gender
(«التي» a feminine verb, «الذي» a masculine one) and with the name: «التي» after a man is
no relative of his. The name after the verb is then its object, not its subject.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word

_RELATIVE_GENDER = {"الذي": "m", "والذي": "m", "التي": "f", "والتي": "f"}
_BETWEEN = frozenset({"كان", "كانت", "قد", "لم", "لا", "لن", "سبق", "سبقت", "ان"})
"""What may stand between the relative pronoun and the verb («التي كانت تهدد», «الذي لم
يدعم», «التي سبق أن رفضت»)."""
_H_FINAL = frozenset({"نوه", "ينوه", "تنوه", "وجه", "يوجه", "توجه", "نبه", "ينبه", "تنبه",
                      "شبه", "يشبه", "تشبه"})
"""Verbs whose root ends in «ه»: that «ه» is no pronoun."""
_MAX_BETWEEN = 2


def relative_antecedent(context: Extraction, words: list[Word], position: int,
                        gender: str | None) -> Arg | None:
    """The named agent a relative clause describes when the stance verb at ``position``
    (of ``gender``) is that clause's verb with no pronoun pointing back; None otherwise."""
    index = position - 1
    while index >= 0 and position - index <= _MAX_BETWEEN and words[index].norm in _BETWEEN:
        index -= 1
    if index < 1 or gender is None or _RELATIVE_GENDER.get(words[index].norm) != gender or \
            _points_back(words[position]):
        return None
    named = words[index - 1]
    mention = context.covering_mention(named.end - 1)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or mention.end < named.end - 1:
        return None
    if gender == "f" and mention.label == "Person" and \
            mention.entity_id not in context.discourse.female_speakers:
        return None
    gap = context.gap(named, words[index]).strip()
    if gap.strip("،,)»\"”") or any(context.boundary_between(words[i], words[i + 1])
                                   for i in range(index, position)):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _points_back(verb: Word) -> bool:
    """«انتقدها», «رفضته», «يدعمهم»: a verb with an object pronoun."""
    form = verb.norm.removeprefix("و").removeprefix("ف")
    if form.endswith(("هم", "هما", "هن", "ها")):
        return True
    return form.endswith("ه") and len(form) >= 4 and form not in _H_FINAL
