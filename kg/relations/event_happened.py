"""Whether a trigger names an event that happened, not a prospect, a topic or a tally.

A trigger is not an event when it is negated, conditional, planned, threatened or prevented
(«لم يقتل», «إذا هاجمت», «تعتزم التظاهر», «منع الهجوم»), when the event is only a topic
(«التحقيق في اغتيال», «ذكرى اغتيال»), or a prospect: a subjunctive or planned governor («أن
تعقد اللجنة اجتماعا», «تعتزم التوقيع على اتفاقية»), a condition right after («إذا»), a time
to come («الاثنين المقبل»), an opportunity, an absence («عدم وجود اتفاقية», «دون وقوع
اشتباكات»). It is not kept either when it is the background of the news («بعد الاعتداء»,
«إثر مقتل»), a tally («منذ الغزو»), a rate («شهريا»), a question, or a when-clause («عندما
هاجم»); fighting or a seizure after «بعد» in the indefinite («بعد معارك شرسة») is told as
having taken place.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_background import RATE_WORDS
from kg.relations.event_claims import claimed_responsibility, responsibility_claimed
from kg.relations.event_clauses import clause, has_any, subjunctive
from kg.relations.event_habits import habitual
from kg.relations.event_negated_occurrence import negated_occurrence
from kg.relations.event_outcomes import running
from kg.relations.event_repulsed import repelled_attack
from kg.relations.event_security_words import planned_before
from kg.relations.event_sense import CONTROL_FORMS
from kg.relations.event_whereas import opens_when_clause
from kg.relations.event_withdrawals import troops_withdrawn_before
from kg.relations.event_witnessed import witnessed
from kg.relations.index import Word
from kg.relations.lexicon import (
    BACKGROUND_GOVERNORS,
    BEATING_FORMS,
    EVENT_TRIGGERS,
    EXPECTED_WORDS,
    FRONT_HEADS,
    FUTURE_GOVERNORS,
    LONG_AGO,
    PLANNED_WORDS,
    PREPOSITIONS,
    PRESUPPOSING_GOVERNORS,
    PURPOSE_MASDARS,
    RECENT_SPANS,
    RECIPROCAL_NOUNS,
    REFERENCE_HEADS,
    SUPPORT_VERBS,
    find_event,
)
from kg.relations.polarity import is_negated, modality
from kg.relations.possessive import own_occasion, possessive_pronoun
from kg.relations.timex import article_date, past_mark_after

_IF = frozenset({"اذا", "واذا", "لو", "ولو"})
_IN_CASE = frozenset({"حاله", "حال"})
"""After «في»: «في حالة انتهاك طهران للاتفاق», «في حال خرقه»: on a condition."""
_COMING = frozenset({"المقبل", "المقبله", "القادم", "القادمه"})
_PERIODS = frozenset({
    "الاسبوع", "الشهر", "العام", "السنه", "الصيف", "الشتاء", "الخريف", "الربيع", "الموسم",
    "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "الاسابيع",
    "الاشهر", "الايام", "الفتره", "الدوره",
})


def _next_time(after: list[Word]) -> bool:
    """«الاثنين المقبل», «الشهر القادم», «خلال السنوات العشر المقبلة» after the trigger: the
    event is still to come (a number may stand between a plural period and its adjective)."""
    return any(word.norm in _COMING and index > 0 and (after[index - 1].has(_PERIODS) or (
        index > 1 and after[index - 2].has(_PLURAL_PERIODS)))
               for index, word in enumerate(after)) or _later_this(after)


_THIS_PERIOD = frozenset({"هذا", "هذه"})


def _later_this(after: list[Word]) -> bool:
    """«في وقت لاحق هذا الشهر», «في وقت لاحق من هذا العام»: later in the current period, still
    to come («وفي وقت لاحق أعلن» with no period is the story's own «later»)."""
    for index in range(1, len(after) - 1):
        if after[index].norm == "لاحق" and after[index - 1].norm == "وقت":
            following = after[index + 1:index + 3]
            return bool(following) and (following[0].norm in _THIS_PERIOD or (
                following[0].norm == "من" and len(following) > 1 and
                following[1].norm in _THIS_PERIOD))
    return False


_PREDICATE_REACH = 5
_FUTURE_PREDICATES = frozenset({
    "سيعقد", "ستعقد", "سيستمر", "ستستمر", "سيبدا", "ستبدا", "ستنطلق", "سينطلق", "سيجري",
    "ستجري", "سيقام", "ستقام", "سيبحث", "ستبحث", "سيناقش", "ستناقش", "سيتناول", "ستتناول",
    "سيشارك", "ستشارك", "سيحضر", "ستحضر", "سيتم", "ستتم", "سيشهد", "ستشهد",
})
"""Future verbs that an event noun is the subject of, or that a relative clause on it opens
(«القمة التي ستعقد»): the event is still to come. Behind «و» («اجتماعاً أمس وسيعقد
آخر غداً») the verb opens a clause of its own."""
_PLURAL_PERIODS = frozenset({"السنوات", "الاعوام", "الشهور", "الاشهر", "الاسابيع", "الايام",
                             "العقود"})


_UNDERGO = frozenset({"تعرض", "تعرضت", "تعرضوا", "تعرضا"})
"""«عندما تعرضوا لهجوم»: the when-clause reports the attack it names."""
_OCCURRENCE_NOUNS = frozenset({"وقوع", "اندلاع", "فرض", "بدء", "بدايه", "شن"})
"""«لحظة وقوع التفجير»: the governor of «وقوع» decides as if it governed the trigger."""


_WITHOUT = frozenset({"دون", "بدون", "بلا"})
_AWAY = frozenset({"بعيدا", "بعيده", "بعيد", "بمناي", "بمعزل"})
_FREE = frozenset({"خاليه", "خال", "خلو", "خلت", "خلا", "خاليا"})
_OCCURRING = frozenset({"وقوع", "حدوث", "تسجيل", "اي"})


def _absent(before: list[Word]) -> bool:
    """The clause before the trigger says it did not take place: «دون (وقوع) اشتباكات»,
    «بعيداً عن اعتداءات الحوثيين», «بمنأى عن الهجمات», «خالية من أي اشتباكات» (nearest
    word first; a word of occurring or «أي» may stand between)."""
    rest = before[1:] if before and (before[0].norm in _OCCURRING or
                                     before[0].bare() in _OCCURRING) else before
    if not rest:
        return False
    if rest[0].bare() in _WITHOUT:
        return True
    return len(rest) > 1 and ((rest[0].bare() == "عن" and rest[1].norm in _AWAY) or
                              (rest[0].bare() == "من" and rest[1].norm in _FREE))


def imperfect(word: Word) -> bool:
    """«يقتل», «تقصف», «ويختطف»: a verb in the imperfect; the trigger's own reading decides
    («فتحت», «فتحوا» are «فتح», not «ف» + «تحت»)."""
    rest = next((rest for prefix, rest in word.readings() if prefix in {"", "و", "ف"}
                 and len(rest) > 2 and rest[0] in "يت" and rest in EVENT_TRIGGERS
                 and rest not in BEATING_FORMS), "")
    return bool(rest)  # «تعدى» is a perfect of the form «تفعّل»


_LONG_AGO_OR_RECENT_SPANS = LONG_AGO | RECENT_SPANS


def happened(context: Extraction, words: list[Word], position: int, verb: bool,
             label_violent: bool = False) -> bool:
    """Not negated, conditional, hedged, planned, future, or only a topic."""
    if is_negated(context, words, position):
        return False
    if modality(context, words, position) in {"conditional", "hedged", "denied"}:
        return False
    if not verb and negated_occurrence(words, position):
        return False  # «لم يحصل اتفاق بين الطرفين», «لن يجري أي لقاء»: denied
    word = words[position]
    if _future(word):
        return False  # «ستهاجم»; «إن إسرائيل ستسحب قواتها» though «تسحب» is read as a noun
    if verb and subjunctive(words, position):
        return False
    if verb and label_violent and imperfect(word) and not witnessed(context, words, position):
        return False  # «طاغية يقتل البشر», «حينما تقتل القاعدة»: a habit, not a report
    if habitual(context, words, position):
        return False  # «وفي كل عيد نسمع عن فاجعة ... تسببت في مقتل طفل»: a habit
    before = clause(context, words, position, -1, 3)
    hit = find_event(words[position].norm) if not verb else None
    if hit is not None and repelled_attack(context, words, position, hit.value):
        return True  # «وصد الجيش هجوماً شنه مسلحو التنظيم»: repelled, so it was made
    if _absent(before):
        return False  # «شهدت القرى هدوءاً بعيداً عن اعتداءات الحوثيين», «دون وقوع اشتباكات»
    if planned_before(words, before) or has_any(  # (not «مصادر أمنية»: ``event_security_words``)
            clause(context, words, position, 1, 3), EXPECTED_WORDS):
        return False
    if not verb and any(map(_future_governor, words[max(0, position - 5):position])):
        return False  # «سيشارك في قمة», «ستعقد اجتماعا»: planned
    if not verb and _first_to_be(words, position):
        return False  # «وستكون هذه أول زيارة يقوم بها رئيس غربي»: still to come
    if not verb and _prospective_governor(context, words, position):
        return False  # «أن تعقد اللجنة اجتماعا», «تعتزم الدولتان التوقيع على اتفاقية»
    if not verb and _purpose(before):
        return False  # «للانخراط في محادثات», «لعقد اجتماع»: an aim
    if _aimed(context, words, position):
        return False  # «يستهدف شق الوحدة الوطنية وقتل الأبرياء», «بهدف اغتيال»: an aim
    after = clause(context, words, position, 1, 6)
    if not verb and any(w.norm in _FUTURE_PREDICATES for w in after[:_PREDICATE_REACH]):
        return False  # «إن قمة قادة منطقة اليورو ستستمر», «الاجتماع الذي سيعقد»: to come
    if _next_time(clause(context, words, position, 1, 10)):
        return False  # «وتعقد اللجنة اجتماعا لها في زيوريخ الاثنين المقبل»: to come
    if any(w.norm in _IF for w in after[:3]) or any(
            w.norm in _IN_CASE and after[i - 1].norm == "في" for i, w in enumerate(after[:4])
            if i > 0):
        return False  # «إعادة فرض العقوبات سريعا إذا لم تلتزم طهران»: on a condition
    if any(w.bare() == "منذ" and not (i + 1 < len(after) and after[i + 1].has(
            _LONG_AGO_OR_RECENT_SPANS)) for i, w in enumerate(after)):
        return False  # «قتل 76 صحافياً منذ الغزو»: a tally; «منذ سنوات», «منذ أسبوع»: a date
    if _since_start(clause(context, words, position, 1, _TALLY_REACH)):
        return False  # «مقتل 52 طفلا جندهم تنظيم داعش في صفوفه منذ مطلع العام»: a tally
    if _question(context, words):
        return False
    if has_any(clause(context, words, position, 1, _RATE_REACH), RATE_WORDS):
        return False  # «الغارات الجوية تقتل نحو 1000 مقاتل شهريا»: a rate, no single event
    if any(opens_when_clause(words, position - 1 - i) for i in range(len(before[:2]))) and \
            not (not verb and before[0].has(_UNDERGO)):
        return False  # «عندما هاجم»: the scene; «قتلوا عندما تعرضوا لهجوم» reports the attack;
        # «في حين استهدفت الفصائل مواقع النظام» («whereas») does report it
    return verb or not before or own_occasion(words, position) or \
        fought_before(words, position, before) or \
        _seized_before(context, words, position, before) or _noun_told(words, position, before) \
        or troops_withdrawn_before(context, words, position, before) \
        or running(context, words, position) \
        or _dated_background(context, words, position, before) \
        or claimed_responsibility(context, words, position) \
        or responsibility_claimed(context, words, position)  # «جراء الاشتباكات الدائرة»;
    # «أعلنت حركة الشباب مسؤوليتها عن التفجير»: the deed a named group claims took place


_TALLY_REACH = 12
_PERIOD_STARTS = frozenset({"مطلع", "بدايه", "بدء", "اندلاع", "انطلاق", "مستهل"})


def _since_start(after: list[Word]) -> bool:
    """«منذ مطلع العام», «منذ بداية الحرب», «منذ اندلاع الأزمة» in the trigger's clause: the
    toll of a period, summed up, not one event (read further than a bare «منذ», whose name
    may be a date: «منذ يناير»)."""
    return any(word.bare() == "منذ" and index + 1 < len(after) and
               after[index + 1].has(_PERIOD_STARTS) for index, word in enumerate(after))


_SEIZURE_REACH = 3
_RATE_REACH = 10


def _seized_before(context: Extraction, words: list[Word], position: int,
                   before: list[Word]) -> bool:
    """«بعد سيطرة تجمع «جيش الفتح» على المدينة»: an indefinite noun of seizing after
    «بعد»/«عقب» whose seizer is named in its genitive tells a seizure that took place (the
    cause of the news, yet in its period); a definite «بعد السيطرة» refers back. So does a
    possessive «عقب استيلائهم على البلدة», whose pronoun names the seizer (see
    ``kg.relations.possessive``, which reads it only when its antecedent is clear)."""
    if not before[0].has(PRESUPPOSING_GOVERNORS):
        return False
    if possessive_pronoun(words[position]) is not None:
        return True  # «عقب استيلائهم على البلدة»: the seizer is the clause's subject
    if words[position].norm not in CONTROL_FORMS:
        return False
    following = words[position + 1:position + 1 + _SEIZURE_REACH]
    return any(context.covering_mention(word.start) is not None for word in following)


_DATED_REACH = 7
_AFTER_GOVERNORS = frozenset({"بعد", "عقب", "اعقاب", "اثر", "غداه"})


def _dated_background(context: Extraction, words: list[Word], position: int,
                      before: list[Word]) -> bool:
    """«عقب المظاهرات الفلسطينية عام 2014», «بعد هجوم مماثل العام الماضي»: an event noun
    after «بعد/عقب/إثر» is the cause of the news and is not reported, unless its own time,
    right after it in its clause, lies well before the article: then it is told as having
    happened, as background (``event_time`` marks it historical)."""
    if not before or not before[0].has(_AFTER_GOVERNORS):
        return False
    after = clause(context, words, position, 1, _DATED_REACH)
    if not after:
        return False
    return past_mark_after(article_date(context.doc.meta.date),
                           words[:position + 1 + len(after)], position, _DATED_REACH)


def fought_before(words: list[Word], position: int, before: list[Word]) -> bool:
    """«انتزعت المقاومة المدينة بعد معارك شرسة في الحي»: fighting in the indefinite after
    «بعد»/«عقب» is told as having taken place, though as the background of the news; a
    definite «بعد المعارك» refers back to fighting told already."""
    return before[0].has(PRESUPPOSING_GOVERNORS) and words[position].has(RECIPROCAL_NOUNS) \
        and not any("ال" in prefix for prefix, rest in words[position].readings()
                    if rest in RECIPROCAL_NOUNS)


def _noun_told(words: list[Word], position: int, before: list[Word]) -> bool:
    """Whether the words before a noun trigger tell its event rather than name it as the
    background («بعد الاعتداء»), a topic («جريمة اغتيال») or a place («مناطق المواجهات»)."""
    if before[0].has(BACKGROUND_GOVERNORS) or (
            len(before) > 1 and (before[0].bare() in PREPOSITIONS
                                 or before[0].has(_OCCURRENCE_NOUNS))
            and before[1].has(BACKGROUND_GOVERNORS)):
        return False  # «بعد الاعتداء», «إثر مقتل», «مسؤوليته عن مقتل»: background of the news
    if before[0].has(REFERENCE_HEADS):
        return False  # «جريمة اغتيال», «المتهمين بالهجوم»
    if before[0].has(FRONT_HEADS) and words[position].has(RECIPROCAL_NOUNS):
        return False  # «إلى مناطق المواجهات»: a place
    # «التحقيقات القضائية في التفجير», «صلة بالهجوم»
    governed = before[0].bare() in PREPOSITIONS or any(
        prefix.lstrip("وف")[:1] in {"ب", "ل"} for prefix, rest in words[position].readings()
        if rest != words[position].norm)
    return not (governed and has_any(
        before[1:3] if before[0].bare() in PREPOSITIONS else before[:2], REFERENCE_HEADS))


def _purpose(before: list[Word]) -> bool:
    """«استعداد واشنطن للانخراط في محادثات», «سعياً لعقد اجتماع»: an event noun governed by a
    verbal noun of engaging with the «ل» of purpose (maybe through «في»/«مع»/«إلى») is aimed
    at, not reported."""
    at = 1 if len(before) > 1 and before[0].bare() in {"في", "مع", "الي"} else 0
    governor = before[at] if before else None
    if governor is not None and at + 1 < len(before) and \
            before[at + 1].bare() in _UNTIL and governor.bare() in PURPOSE_MASDARS:
        return True  # «ستستمر القمة حتى التوصل إلى اتفاق»: what is awaited
    return governor is not None and any(
        prefix.lstrip("وف")[:1] == "ل" and rest in PURPOSE_MASDARS
        for prefix, rest in governor.readings())


_UNTIL = frozenset({"حتي", "لحين", "قبل", "بهدف", "بغيه", "سعيا"})
_AIMING = frozenset({
    "يستهدف", "تستهدف", "يستهدفون", "يهدف", "تهدف", "يهدفون", "بهدف", "بغيه", "يسعي", "تسعي",
    "يسعون", "سعيا", "يحاول", "تحاول", "يحاولون", "يريد", "تريد", "يريدون", "يرمي", "ترمي",
})
"""Verbs and words of aiming: what they govern is an aim, not a deed («يستهدف قتل الأبرياء»,
«تحاول اقتحام المدينة», «بهدف اغتيال»)."""
_AIM_REACH = 6
_TO = frozenset({"الي", "ل"})


def _aimed(context: Extraction, words: list[Word], position: int) -> bool:
    """The trigger is the object of a word of aiming: right after it (maybe behind «إلى»:
    «يهدف إلى قتل»), or joined by «و» to its first object («يستهدف شق الوحدة الوطنية وقتل
    الأبرياء», where «قتل» reads as a verb too). «يستهدف» right before a trigger has it as
    its subject («استهدف الهجوم السيطرة»), so it governs only through «و»."""
    before = clause(context, words, position, -1, _AIM_REACH)
    if not before:
        return False
    if before[0].bare() in _TO and len(before) > 1:
        before = before[1:]
    if before[0].norm in _AIMING:
        return not before[0].norm.endswith(("ستهدف", "ستهدفون"))
    return words[position].norm.startswith("و") and any(
        word.norm in _AIMING for word in before[1:])


def _future(word: Word) -> bool:
    """«ستهاجم», «سيقتل»: the trigger was read behind the future «س». A verb whose own first
    letter is «س» («سيطرت», «سقطت») is read whole first, and is no future."""
    hit = find_event(word.norm)
    return hit is not None and hit[0].endswith("س")


_MAKING_MASDARS = frozenset({"التوقيع", "توقيع", "ابرام", "عقد", "اجراء", "تنظيم", "شن",
                             "تنفيذ", "القيام"})
"""Verbal nouns that govern an event noun («التوقيع على اتفاقية», «إبرام اتفاق»): what
governs them decides whether the event is reported."""
_GOVERNOR_REACH = 5
_GOVERNING_VERBS = FUTURE_GOVERNORS | SUPPORT_VERBS


def _prospective_governor(context: Extraction, words: list[Word], position: int) -> bool:
    """A verb that governs the event noun is a subjunctive («ومن المقرر أن تعقد اللجنة
    المشتركة اجتماعا»), or a verbal noun of making it («التوقيع على اتفاقية») stands after a
    word of planning («تعتزم روسيا وتونس التوقيع على اتفاقية»): the event is a prospect."""
    for index in range(position - 1, max(-1, position - _GOVERNOR_REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if word.has(_GOVERNING_VERBS):
            return subjunctive(words, index)
        if position - index <= 2 and word.has(_MAKING_MASDARS):
            return has_any(clause(context, words, index, -1, 3), PLANNED_WORDS)
    return False


_FUTURE_COPULAS = frozenset({"ستكون", "سيكون", "وستكون", "وسيكون", "فستكون", "فسيكون"})
_ORDINALS = frozenset({"اول", "ثاني", "ثالث", "اخر"})


def _first_to_be(words: list[Word], position: int) -> bool:
    """«ستكون (هذه) أول زيارة ...», «سيكون ثاني اجتماع»: the event noun after an ordinal
    that a future copula up to three words before predicates is still to come."""
    if position < 2 or words[position - 1].bare() not in _ORDINALS:
        return False
    return any(w.norm in _FUTURE_COPULAS for w in words[max(0, position - 4):position - 1])


def _future_governor(word: Word) -> bool:
    """«سيشارك», «وستعقد»: a verb that governs an event noun, in the future."""
    if not word.has(FUTURE_GOVERNORS):  # (most words: no generator)
        return False
    return any(prefix.endswith("س") and rest in FUTURE_GOVERNORS
               for prefix, rest in word.readings())


def _question(context: Extraction, words: list[Word]) -> bool:
    """«هل ...؟»: a question reports nothing."""
    if words[0].norm in {"هل", "وهل", "فهل"}:
        return True
    tail = context.doc.text[words[-1].end:words[-1].end + 3]
    return "؟" in tail or "?" in tail
