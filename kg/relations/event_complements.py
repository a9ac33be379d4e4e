"""Whether a trigger that needs a complement has it, and no word around it undoes it.

«أطلق النار», «ضربة جوية»: a trigger whose event lies in its complement needs it, or a
support verb that governs it («تشن فرنسا ضربات»). Troops moved or deployed, blows told and a
going out to protest are read by their own modules. A word after or before the trigger may
turn it into something else («وقف إطلاق النار»); sanctions are lifted, not imposed, after a
lifting word («رفع العقوبات»), unless a named state bears them («رفع العقوبات عن إيران»,
``event_lifted_sanctions``); the noun «سيطرة» is a seizure only with what was seized
behind «على» («سيطرة المقاومة على المطار», not «الخاضعة لسيطرة داعش»); «اغتصاب» before a
place or land is a usurpation, not a rape (``event_usurped``); «عملية وأخلاقية» is an
adjective, not an operation (``event_practical``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_advances import troops_advanced
from kg.relations.event_attack_words import attack_word_ok
from kg.relations.event_beaten import beaten_ok
from kg.relations.event_beatings import blows_told
from kg.relations.event_business_entries import business_entry
from kg.relations.event_clauses import clause, has_any, subjunctive
from kg.relations.event_detonations import bomber_detonated
from kg.relations.event_entered_faiths import entered_faith
from kg.relations.event_entered_wars import entered_war
from kg.relations.event_fire_after_subject import fire_after_subject
from kg.relations.event_found_killed import found_killed_ok
from kg.relations.event_going_out import went_out_to_protest
from kg.relations.event_lifted_sanctions import lifted_from_named
from kg.relations.event_new_triggers import fighting_ok
from kg.relations.event_practical import practical_adjective
from kg.relations.event_pronoun_objects import complement_before
from kg.relations.event_troop_moves import troops_moved
from kg.relations.event_troop_verbs import moves_troops
from kg.relations.event_usurped import usurped
from kg.relations.event_violent_frames import framed_word_ok
from kg.relations.index import Word
from kg.relations.lexicon import (
    EVENT_COMPLEMENTS,
    EVENT_NOT_AFTER,
    EVENT_NOT_BEFORE,
    LIFTING,
    PREPOSITIONS,
    SUPPORT_VERBS,
)

_SUPPORTABLE = frozenset({"ضربه", "ضربات", "عمليه", "عمليات"})
"""Nouns whose complement a support verb can replace: «تشن فرنسا ضربات»."""


def complement_ok(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """A trigger that needs a complement has it («أطلق النار», «ضربة جوية»), and no word
    before it turns it into something else («وقف إطلاق النار»)."""
    needed = EVENT_COMPLEMENTS.get(form)
    if needed is not None and not has_any(clause(context, words, position, 1, 3), needed) and not (
            form in _SUPPORTABLE and _supported(context, words, position)) and \
            not went_out_to_protest(context, words, position, form) and \
            not bomber_detonated(context, words, position, form) and \
            not complement_before(context, words, position, needed) and \
            not fire_after_subject(context, words, position, needed):
        return False  # «أطلق النار», «ضربة جوية», or «تشن فرنسا ضربات»
    if not moves_troops(context, words, position, form):
        return False  # «نشرت الصحيفة تقريراً», «سحب الثقة»: no troops moved
    if not troops_moved(context, words, position, form):
        return False  # «وصل الوزير إلى باريس»: no troops on the move
    if not troops_advanced(context, words, position, form):
        return False  # «تقدمت الوزارة بطلب»: no troops advancing on a place
    if not blows_told(context, words, position, form):
        return False  # «اعتدت على العيش هنا», «تعدى على أراضي الدولة»: no assault
    if not fighting_ok(words, position, form):
        return False  # «اشتباك كلامي», «يقاتل من أجل لقمة العيش»: no armed fighting
    if not attack_word_ok(words, position, form):
        return False  # «يوم النحر», «أصيب بجروح في حادث»: no beheading, no fire
    if not framed_word_ok(words, position, form):
        return False  # «احتجزت الشرطة المتهم», «فيضانات أودت بحياة»: no violent frame
    if not beaten_ok(context, words, position, form):
        return False  # «ضرب مثلاً», «جدول الضرب»: no beating undergone
    if not found_killed_ok(words, position, form):
        return False  # «لا يريد أن يعود مقتولاً»: no body found
    if practical_adjective(words, position, form):
        return False  # «أخطاء فادحة عملية وأخلاقية»: «practical», no operation
    if usurped(context, words, position, form):
        return False  # «لاغتصاب فلسطين», «اغتصاب السلطة»: a usurpation, no rape
    if business_entry(words, position, form):
        return False  # «ودخلت شركة هيونداي سوق السيارات»: a market entered
    if entered_war(context, words, position, form):
        return False  # «ودخول الدولة العثمانية الحرب»: a war joined, no ground entered
    if entered_faith(context, words, position, form):
        return False  # «دخلت المسيحية مصر», «دخلت القبائل في الإسلام»: a faith, no troops
    following = EVENT_NOT_BEFORE.get(form)
    if following is not None and has_any(clause(context, words, position, 1, 1), following):
        return False
    if form == "سيطره" and not _controls_something(context, words, position):
        return False  # «المدينتين الخاضعتين لسيطرة داعش», «تحريرها من سيطرة التنظيم»
    refused = EVENT_NOT_AFTER.get(form)
    if refused is LIFTING:  # «رفع العقوبات»; but «رفع العقوبات عن إيران» names who bears them
        return not _lifted(context, words, position) or \
            lifted_from_named(context, words, position)
    return refused is None or not has_any(clause(context, words, position, -1, 2), refused)


_CONTROL_REACH = 6


def _controls_something(context: Extraction, words: list[Word], position: int) -> bool:
    """The noun «سيطرة» names a seizure only with what was seized behind «على» («سيطرة
    المقاومة على المطار», «بسطت سيطرتها على الحي»); without it, «سيطرة X» is a state of
    control («الخاضعة لسيطرة داعش», «تحرير المدينة من سيطرة التنظيم»), not an operation.
    Another preposition before «على» ends the noun's phrase («من سيطرة داعش بعد شهرين على
    إرسال التعزيزات»)."""
    text = context.doc.text
    previous = words[position]
    for word in words[position + 1:position + 1 + _CONTROL_REACH]:
        if word.sentence_index != previous.sentence_index or \
                any(mark in text[previous.end:word.start] for mark in _CLAUSE_MARKS):
            return False  # (quotes around a name do not end the phrase: «سيطرة تجمع «جيش الفتح»»)
        if word.norm in _ON:
            return True
        if word.norm in PREPOSITIONS and word.norm != "في":
            return False
        previous = word
    return False


_ON = frozenset({"علي", "عليها", "عليه", "عليهم", "عليهما"})
_CLAUSE_MARKS = ("،", ",", ".", "؛", ";", ":", "؟", "!", "(", ")")


_LIFT_REACH = 5
_IMPOSING = frozenset({"فرض", "فرضت", "يفرض", "تفرض", "فرضها", "اعاده", "تشديد", "توسيع"})


def _lifted(context: Extraction, words: list[Word], position: int) -> bool:
    """«رفع العقوبات», «برفع تدريجي ومشروط للعقوبات», «رفع العقوبات الأمريكية والأوروبية
    وعقوبات الأمم المتحدة»: sanctions that a lifting word before them (past its adjectives
    and the sanctions joined to them) ends; not past a word that imposes them again («رفع
    الحصار وفرض عقوبات»)."""
    for word in clause(context, words, position, -1, _LIFT_REACH):
        if word.has(_IMPOSING):
            return False
        if word.has(LIFTING):
            return True
    return False


def _supported(context: Extraction, words: list[Word], position: int) -> bool:
    """A support verb governs the noun, and is not a subjunctive («أن تشن تركيا عملية»)."""
    for index in range(position - 1, max(-1, position - 4), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].has(SUPPORT_VERBS):
            return not subjunctive(words, index)
    return False
