"""Whether a trigger word names an event that happened, and in its eventive sense.

A trigger of the lexicon is not an event when it is negated, conditional,
planned, threatened or prevented («لم يقتل», «إذا هاجمت», «تعتزم التظاهر»,
«منع الهجوم»), when the event is only a topic («التحقيق في اغتيال»,
«ذكرى اغتيال»), or in a non-violent sense: an attack in words («هاجم
الوزير في تصريحات»), sports («الجولة الثانية», «هاجم اللاعب»), control of a
channel or a fire («سيطر على القناة»), an interview («لقاء تلفزيوني»), calls
received («يستقبل اتصالات»). Read on unseen news (session 13), also: a public or an aim
targeted («استهدفت المسابقة فئة الشباب»), a venue or a family receiving crowds, news or
condolences, a port taking in ships, a match or a team talk, an example given («أضرب
مثالاً»), control of a disease, sociology («عالم اجتماع»), the top of a table
(«قمة الترتيب»), a round of talks or of funding, agreeing on a view («اتفقوا على ضرورة»),
leaving a conference, an attack in words or tweets, an encroachment on rights, a disease or
an accident; and as prospects: a subjunctive or planned governor («أن تعقد اللجنة
اجتماعا», «تعتزم التوقيع على اتفاقية»), a condition right after («إذا»), a time to come
(«الاثنين المقبل»), an opportunity, an absence («عدم وجود اتفاقية»).

A violent or protest event with no agent of its own is kept when its trigger
is a verb, or a noun that the sentence reports as having happened: a verb of
occurrence before it («وقع انفجار», «تعرض لهجوم»), a casualty count
(«مقتل عشرة أشخاص»), a relative clause («الهجوم الذي استهدف ...»), or a
weapon after it with harm in the sentence («هجوم انتحاري ... أدى إلى مقتل»).
It is not kept when it is the background of the news («بعد الاعتداء», «إثر
مقتل»), a tally («منذ الغزو»), a question, or a when-clause («عندما هاجم»).
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.event_background import RATE_WORDS
from kg.relations.event_beatings import blows_told
from kg.relations.event_causes import caused_death
from kg.relations.event_claims import (
    LIGHT_HEADS,
    claimed_doer,
    claimed_responsibility,
    responsibility_claimed,
)
from kg.relations.event_going_out import went_out_to_protest
from kg.relations.event_habits import habitual
from kg.relations.event_outcomes import running
from kg.relations.event_sport_cues import sport_cues
from kg.relations.event_troop_moves import troops_moved
from kg.relations.event_troop_verbs import moves_troops
from kg.relations.event_witnessed import witnessed
from kg.relations.index import AGENT_LABELS, SPORTS_WORD, Word
from kg.relations.lexicon import (
    AGREEMENT_REFERENCES,
    AID_WORDS,
    AIMED_AT,
    AIMING_SCHEMES,
    BACKGROUND_GOVERNORS,
    BEATING_FORMS,
    BODY_MEMBER_WORDS,
    CONSEQUENCE_WORDS,
    DISASTER_WORDS,
    EVENT_COMPLEMENTS,
    EVENT_NOT_AFTER,
    EVENT_NOT_BEFORE,
    EVENT_TRIGGERS,
    EXPECTED_WORDS,
    FIGURATIVE_SEIZURES,
    FIRING_PRESENT,
    FRONT_HEADS,
    FUTURE_GOVERNORS,
    HARM_WORDS,
    INTERROGATIVES,
    LIFTING,
    LONG_AGO,
    MEDIA_MEETING_WORDS,
    NOT_GUESTS,
    NOT_MILITARY_CONTROL,
    OCCURRENCE_WORDS,
    PLANNED_WORDS,
    PREPOSITIONS,
    PRESUPPOSING_GOVERNORS,
    PURPOSE_MASDARS,
    RECENT_SPANS,
    RECIPROCAL_NOUNS,
    REFERENCE_HEADS,
    RELATIVE_PRONOUNS,
    ROUND_WORDS,
    SEIZURE_FORMS,
    SPACE_WORDS,
    SPORTS_WORDS,
    SUPPORT_VERBS,
    TARGETING_VERBS,
    TEMPORAL_SUBORDINATORS,
    VERBAL_CUES,
    WEAPON_WORDS,
    find_event,
)
from kg.relations.polarity import is_negated, modality
from kg.relations.possessive import possessive_pronoun
from kg.relations.stance_phrases import prepositional
from kg.relations.stance_thing_objects import CRITICIZED_THINGS
from kg.relations.timex import article_date, past_mark_after

_VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})
_VERBAL_ATTACK_FORMS = frozenset({"هجوم", "هاجم", "هاجمت", "هجوما", "هجمات", "هاجموا"})
_CONTROL_FORMS = frozenset({"سيطر", "سيطرت", "سيطره", "استولي", "استولت", "استولوا", "استيلاء"})
_INTERVIEW_FORMS = frozenset({"لقاء"})
_HOST_FORMS = frozenset({"استقبل", "استقبلت", "يستقبل"})
_SUMMIT_FORMS = frozenset({"قمه"})
_STRIKING_FORMS = frozenset({"اضرب", "ضرب", "يضرب", "نضرب", "تضرب", "ضربت"})
_EXAMPLES = frozenset({"مثلا", "مثالا", "مثال", "مثالين", "مثالان", "امثله", "المثل"})
_ON_IT = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
_PLAGUES = frozenset({
    "الحريق", "حريق", "الحرائق", "النيران", "الفيروس", "فيروس", "الوباء", "المرض", "العدوي",
    "البكتيريا", "بكتيريا", "الامراض", "امراض", "الاوبئه", "اوبئه", "الافات", "الحشرات",
})
"""What «السيطرة عليها» controls when named just before it: fires and diseases (not «موقع»,
which may be a camp: «أول موقع سيطرت عليه الميليشيات»)."""
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
_PEAKS = frozenset({
    "الترتيب", "ترتيب", "جبال", "جبل", "الجبل", "الهرم", "هرم", "الصداره", "السلم", "سلم",
    "المجد", "اولويات", "الاولويات", "الاهتمام", "اهتمام", "الشجره", "البرج", "النجاح",
    "السعاده", "الروعه", "العطاء", "التالق", "الاناقه", "الهدوء", "الجمال", "الترتيبات",
})
"""After «قمة»: the top of something, not a summit."""
_VENUES = frozenset({
    "احتفالات", "مهرجان", "المهرجان", "معرض", "المعرض", "حديقه", "الحديقه", "حي", "موقع",
    "مواقع", "ساحه", "قريه", "مجالس", "المجالس", "منتزه", "المنتزه", "فعاليات", "الفعاليات",
    "مطار", "المطار", "منفذ", "المنفذ", "منافذ", "السوق", "اسواق", "شواطئ", "متنزهات",
})
"""Right after a verb of receiving: a venue receiving visitors, not a host meeting guests."""
_SOCIAL_MEDIA = frozenset({
    "تويتر", "تغريده", "تغريدات", "تغريداته", "مغردون", "مغردين", "المغردون", "المغردين",
    "وسم", "وسما", "هاشتاق", "هاشتاغ", "فيسبوك", "فيس",
})
"""In the sentence of «هاجم», «هجوم»: an attack on social media, in words."""
_AIMED_NOUNS = frozenset({"تحرير", "اجتياح", "تمشيط"})
_CROWDS_RECEIVED = frozenset({
    "اعداد", "اعدادا", "الاف", "مليون", "الزوار", "زوار", "الزائرين", "زائر", "المصطافين",
    "الجمهور", "الجماهير", "نبا", "النبا", "خبر", "الخبر", "يقرب", "قرابه", "اهالي",
    "الاهالي", "المهنئين", "جمهور", "عائلات", "العائلات", "الاسر", "اسر", "العزاء", "التعازي",
    "المعزين", "التهاني",
})
"""After a verb of receiving: crowds, a count of visitors or news, not guests met."""
_AIMING_FORMS = frozenset({"استهدف", "استهدفت", "استهدفا", "استهدفوا"})
_SHOW_WORDS = frozenset({"سهرات", "سهره", "حلقات", "حلقه", "الحلقه", "برنامجه", "ضيوفه",
                         "النجوم", "المشاهدين"})
"""After a verb of receiving: a show's guests and audience, not a meeting."""
_ASSAULT_FORMS = frozenset({"اعتداء", "اعتداءات", "اعتدي", "اعتدت", "اعتدوا"})
_NOT_BODILY = frozenset({
    "حقوق", "حقوقه", "حقوقها", "حقوقهم", "حق", "املاك", "الاملاك", "اراضي", "الاراضي", "ارض",
    "خصوصيه", "الخصوصيه", "الملكيه", "المال", "حرمه", "سياده", "السياده", "صلاحيات",
})
"""After an assault word: rights, property, sovereignty, powers: encroachment, not harm."""
_PRICES = frozenset({
    "ضمانات", "مبلغ", "مبالغ", "اجر", "ثمن", "دفع", "رسوم", "تعويض", "تنازل", "تنازلات",
    "فديه", "اموال", "رشوه", "الافراج", "اطلاق",
})
"""After an indefinite «لقاء»: what is given in return («لقاء ضمانات», «لقاء الإفراج عن»)."""
_MEETING_VERBS = frozenset({"التقي", "التقت", "التقوا", "يلتقي", "تلتقي", "التقيت"})
_PRESS = frozenset({"وكاله", "صحيفه", "قناه", "مجله", "موقع", "اذاعه", "برنامج"})
"""Right after a meeting verb: the press met someone, an interview."""
_AGREEING_VERBS = frozenset({"اتفق", "اتفقت", "اتفقوا", "اتفقا"})
_OPINIONS = frozenset({"ضروره", "اهميه", "ان", "انه", "انها", "انهم", "وجوب"})
_AUDIENCE = frozenset({"جمهور", "الجمهور", "الجماهير", "جماهير", "المتفرجين", "المشاهدين",
                       "الزوار", "زوار", "المتسوقين", "المصلين", "الحجاج", "المعتمرين"})
_VIEWS = frozenset({"الراي", "راي", "الرايين", "رايه", "رايها", "وجهه", "طرح", "ما"})
_NOT_FRONTS = frozenset({
    "المؤتمر", "مؤتمر", "الاجتماع", "اجتماع", "الجلسه", "جلسه", "السباق", "الانتخابات",
    "انتخابات", "البطوله", "بطوله", "المنافسه", "المفاوضات", "مفاوضات", "المحادثات",
    "الحوار", "البرلمان", "القائمه", "الترشح", "المسابقه", "المنافسات",
    "قناه", "القناه", "الشركه", "شركه", "الصفقه", "صفقه", "المنصب", "منصبه",
})
"""After a withdrawal word: a meeting, a race, talks or a body was left, no front (leaving a
deal, «انسحاب مالي من الاتفاق», stays a withdrawal, as the stance tests read it); nor a channel,
a company, a deal or a post («قرر الانسحاب من قناة بول»)."""


_CONTROL_OBJECT_REACH = 11
"""How far the object of control is sought: a subject of up to 7 words, «على», 3 words."""


def _object_after_on(after: list[Word]) -> list[Word]:
    """The first words after the first «على» of the clause (the object of control), which may
    follow a long subject («سيطر الجنرال السابق بالجيش السوفياتي جوهر دوداييف على الحكم»)."""
    for index, word in enumerate(after[:8]):
        if word.norm == "علي":
            return after[index + 1:index + 4]
    return []


def _opinion(after: list[Word]) -> bool:
    """«اتفق X وY على ضرورة ...», «اتفقوا على أن ...», «واتفق مع الرأيين السابقين»:
    agreement of views, not a deal."""
    if after and after[0].norm == "مع" and _has(after[1:3], _VIEWS):
        return True
    for index, word in enumerate(after[:-1]):
        if word.norm == "علي":
            return after[index + 1].has(_OPINIONS) or after[index + 1].norm in _OPINIONS
    return False


_MATCH_WORDS = frozenset({
    "مباراه", "مباريات", "مباراته", "الدوري", "دوري", "لاعب", "لاعبا", "لاعبين", "اللاعبين",
    "ملعب", "الملعب", "الشوط", "مدرب", "المدرب", "الكره",
})
"""Near a meeting or agreement word, a match or a team (not «فريق عمل», «الرئيس المنتخب»,
«منذ القدم», whose words are sports words elsewhere)."""
_MEETING_NOUNS = frozenset({"اجتماع"})
_SCIENCE_HEADS = frozenset({"عالم", "علم", "علماء", "استاذ", "اساتذه", "قسم", "باحث", "باحثه"})
_SENDING_FORMS = frozenset({"ارسال"})
_ROUND_FORMS = frozenset({"جوله", "جولات"})
_SUBJUNCTIVE_PARTICLES = frozenset({"ان", "وان", "لن", "ولن", "كي", "لكي", "حتي"})
_SUPPORTABLE = frozenset({"ضربه", "ضربات", "عمليه", "عمليات"})
"""Nouns whose complement a support verb can replace: «تشن فرنسا ضربات»."""
_LAUNCH_FORMS = frozenset({"اطلاق", "اطلق", "اطلقت", "اطلقوا", *FIRING_PRESENT})
_UNDERGO = frozenset({"تعرض", "تعرضت", "تعرضوا", "تعرضا"})
"""«عندما تعرضوا لهجوم»: the when-clause reports the attack it names."""
_OCCURRENCE_NOUNS = frozenset({"وقوع", "اندلاع", "فرض", "بدء", "بدايه", "شن"})
"""«لحظة وقوع التفجير»: the governor of «وقوع» decides as if it governed the trigger."""


def _clause(context: Extraction, words: list[Word], position: int, step: int,
            limit: int) -> list[Word]:
    """Up to ``limit`` words from the trigger in direction ``step`` without crossing a comma
    (nearest first): the words in reach, up to the punctuation nearest the trigger."""
    trigger = words[position]
    if step > 0:
        reach = words[position + 1:position + 1 + limit]
    else:
        reach = words[max(0, position - limit):position][::-1]
    if not reach:
        return reach
    farthest = reach[-1]
    if farthest.sentence_index != trigger.sentence_index:
        return _clause_by_word(context, words, position, step, limit)
    if step > 0:
        mark = context.index.first_boundary(trigger, farthest)
        return reach if mark is None else [word for word in reach if word.start < mark]
    if context.index.first_boundary(farthest, trigger) is None:
        return reach
    return _clause_by_word(context, words, position, step, limit)


def _clause_by_word(context: Extraction, words: list[Word], position: int, step: int,
                    limit: int) -> list[Word]:
    """:func:`_clause` word by word (for words in reach that are not all in the trigger's
    sentence, or a clause before the trigger that punctuation cuts)."""
    found: list[Word] = []
    index = position + step
    while 0 <= index < len(words) and len(found) < limit:
        left, right = (words[index - 1], words[index]) if step > 0 else (words[index],
                                                                         words[index + 1])
        if context.boundary_between(left, right):
            break
        found.append(words[index])
        index += step
    return found


_OWNER_SUFFIXES = ("نا", "هم", "هن", "كم", "ها", "ه")


def _owned_figure(word: Word) -> bool:
    """«خطف انتباهنا», «سرق قلوبهم»: a figure of seizing whose noun carries a possessive
    pronoun (``FIGURATIVE_SEIZURES`` holds the bare nouns)."""
    return any(rest.endswith(suffix) and rest[:-len(suffix)] in FIGURATIVE_SEIZURES
               for _, rest in word.readings() for suffix in _OWNER_SUFFIXES)


_OUTCOME_REACH = 6


def _disaster_outcome(context: Extraction, words: list[Word], position: int) -> bool:
    """«حرائق غابات أسفرت عن مقتل شرطي», «انهيار مبنى أدى إلى مقتل خمسة»: a death told as the
    outcome («أسفر/أدى/خلّف») of a disaster or an accident named before the verb of outcome,
    in the trigger's clause, is no killing."""
    before = _clause(context, words, position, -1, _OUTCOME_REACH)
    for index, word in enumerate(before):
        if word.has(CONSEQUENCE_WORDS) and word.bare() not in {"ما", "مما"}:
            return _has(before[index + 1:], DISASTER_WORDS)
    return False


def _has(words: list[Word], table: frozenset[str]) -> bool:
    for word in words:  # noqa: SIM110 (a loop: a generator costs more, in a hot path)
        if word.has(table):
            return True
    return False


_FACILITIES = frozenset({
    "مركز", "مركزا", "مراكز", "معسكر", "معسكرا", "معسكرات", "مقر", "مقرا", "مقرات", "معهد",
    "معهدا", "مدرسه", "مدارس", "كليه", "اكاديميه", "مخيم", "مخيما", "ساحه", "قاعده",
})
"""Buildings and grounds whose genitive may be a word of aim («مركز تدريب», «معسكر تأهيل»):
after a verb of aiming they are what was hit. Only the bare genitive: «مدرسة لتدريب» is
left refused (in eval_events it is the background of a sentence about criticism)."""


def complement_ok(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """A trigger that needs a complement has it («أطلق النار», «ضربة جوية»), and no word
    before it turns it into something else («وقف إطلاق النار»)."""
    needed = EVENT_COMPLEMENTS.get(form)
    if needed is not None and not _has(_clause(context, words, position, 1, 3), needed) and not (
            form in _SUPPORTABLE and _supported(context, words, position)) and \
            not went_out_to_protest(context, words, position, form):
        return False  # «أطلق النار», «ضربة جوية», or «تشن فرنسا ضربات»
    if not moves_troops(context, words, position, form):
        return False  # «نشرت الصحيفة تقريراً», «سحب الثقة»: no troops moved
    if not troops_moved(context, words, position, form):
        return False  # «وصل الوزير إلى باريس»: no troops on the move
    if not blows_told(context, words, position, form):
        return False  # «اعتدت على العيش هنا», «تعدى على أراضي الدولة»: no assault
    following = EVENT_NOT_BEFORE.get(form)
    if following is not None and _has(_clause(context, words, position, 1, 1), following):
        return False
    if form == "سيطره" and not _controls_something(context, words, position):
        return False  # «المدينتين الخاضعتين لسيطرة داعش», «تحريرها من سيطرة التنظيم»
    refused = EVENT_NOT_AFTER.get(form)
    if refused is LIFTING:
        return not _lifted(context, words, position)
    return refused is None or not _has(_clause(context, words, position, -1, 2), refused)


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
    for word in _clause(context, words, position, -1, _LIFT_REACH):
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


def subjunctive(words: list[Word], index: int) -> bool:
    """«أن يهاجم», «لن تشن», «كي يقتل»: an imperfect after a particle of the subjunctive is
    an intention or a prospect, not an event."""
    if any(prefix.lstrip("وف") == "ل" and len(rest) >= 3 and rest[0] in "يتن"
           and rest in EVENT_TRIGGERS for prefix, rest in words[index].readings()):
        return True  # «ومن ثم تفجيرها لتقتل كل من حولها»: the lam of purpose
    if index == 0 or words[index - 1].norm not in _SUBJUNCTIVE_PARTICLES:
        return False
    bare = words[index].bare()
    return len(bare) >= 3 and bare[0] in "يتن"


def _imperfect(word: Word) -> bool:
    """«يقتل», «تقصف», «ويختطف»: a verb in the imperfect; the trigger's own reading decides
    («فتحت», «فتحوا» are «فتح», not «ف» + «تحت»)."""
    rest = next((rest for prefix, rest in word.readings() if prefix in {"", "و", "ف"}
                 and len(rest) > 2 and rest[0] in "يت" and rest in EVENT_TRIGGERS
                 and rest not in BEATING_FORMS), "")
    return bool(rest)  # «تعدى» is a perfect of the form «تفعّل»


def happened(context: Extraction, words: list[Word], position: int, verb: bool,
             label_violent: bool = False) -> bool:
    """Not negated, conditional, hedged, planned, future, or only a topic."""
    if is_negated(context, words, position):
        return False
    if modality(context, words, position) in {"conditional", "hedged", "denied"}:
        return False
    word = words[position]
    if _future(word):
        return False  # «ستهاجم»; «إن إسرائيل ستسحب قواتها» though «تسحب» is read as a noun
    if verb and subjunctive(words, position):
        return False
    if verb and label_violent and _imperfect(word) and not witnessed(context, words, position):
        return False  # «طاغية يقتل البشر», «حينما تقتل القاعدة»: a habit, not a report
    if habitual(words, position):
        return False  # «وفي كل عيد نسمع عن فاجعة ... تسببت في مقتل طفل»: a habit
    before = _clause(context, words, position, -1, 3)
    if _absent(before):
        return False  # «شهدت القرى هدوءاً بعيداً عن اعتداءات الحوثيين», «دون وقوع اشتباكات»
    if _has(before, PLANNED_WORDS | INTERROGATIVES) or _has(_clause(context, words, position, 1, 3),
                                           EXPECTED_WORDS):
        return False
    if not verb and any(_future_governor(w) for w in words[max(0, position - 5):position]):
        return False  # «سيشارك في قمة», «ستعقد اجتماعا»: planned
    if not verb and _first_to_be(words, position):
        return False  # «وستكون هذه أول زيارة يقوم بها رئيس غربي»: still to come
    if not verb and _prospective_governor(context, words, position):
        return False  # «أن تعقد اللجنة اجتماعا», «تعتزم الدولتان التوقيع على اتفاقية»
    if not verb and _purpose(before):
        return False  # «للانخراط في محادثات», «لعقد اجتماع»: an aim
    if _aimed(context, words, position):
        return False  # «يستهدف شق الوحدة الوطنية وقتل الأبرياء», «بهدف اغتيال»: an aim
    after = _clause(context, words, position, 1, 6)
    if not verb and any(w.norm in _FUTURE_PREDICATES for w in after[:_PREDICATE_REACH]):
        return False  # «إن قمة قادة منطقة اليورو ستستمر», «الاجتماع الذي سيعقد»: to come
    if _next_time(_clause(context, words, position, 1, 10)):
        return False  # «وتعقد اللجنة اجتماعا لها في زيوريخ الاثنين المقبل»: to come
    if any(w.norm in _IF for w in after[:3]) or any(
            w.norm in _IN_CASE and after[i - 1].norm == "في" for i, w in enumerate(after[:4])
            if i > 0):
        return False  # «إعادة فرض العقوبات سريعا إذا لم تلتزم طهران»: on a condition
    if any(w.bare() == "منذ" and not (i + 1 < len(after) and after[i + 1].has(
            LONG_AGO | RECENT_SPANS)) for i, w in enumerate(after)):
        return False  # «قتل 76 صحافياً منذ الغزو»: a tally; «منذ سنوات», «منذ أسبوع»: a date
    if _since_start(_clause(context, words, position, 1, _TALLY_REACH)):
        return False  # «مقتل 52 طفلا جندهم تنظيم داعش في صفوفه منذ مطلع العام»: a tally
    if _question(context, words):
        return False
    if _has(_clause(context, words, position, 1, _RATE_REACH), RATE_WORDS):
        return False  # «الغارات الجوية تقتل نحو 1000 مقاتل شهريا»: a rate, no single event
    if any(w.bare() in TEMPORAL_SUBORDINATORS for w in before[:2]) and not (
            not verb and before[0].has(_UNDERGO)):
        return False  # «عندما هاجم»: the scene; «قتلوا عندما تعرضوا لهجوم» reports the attack
    return verb or not before or _fought_before(words, position, before) or \
        _seized_before(context, words, position, before) or _noun_told(words, position, before) \
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
    if words[position].norm not in _CONTROL_FORMS:
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
    after = _clause(context, words, position, 1, _DATED_REACH)
    if not after:
        return False
    return past_mark_after(article_date(context.doc.meta.date),
                           words[:position + 1 + len(after)], position, _DATED_REACH)


def _fought_before(words: list[Word], position: int, before: list[Word]) -> bool:
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
    return not (governed and _has(before[1:3] if before[0].bare() in PREPOSITIONS else before[:2],
                                  REFERENCE_HEADS))


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
    before = _clause(context, words, position, -1, _AIM_REACH)
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


def _prospective_governor(context: Extraction, words: list[Word], position: int) -> bool:
    """A verb that governs the event noun is a subjunctive («ومن المقرر أن تعقد اللجنة
    المشتركة اجتماعا»), or a verbal noun of making it («التوقيع على اتفاقية») stands after a
    word of planning («تعتزم روسيا وتونس التوقيع على اتفاقية»): the event is a prospect."""
    for index in range(position - 1, max(-1, position - _GOVERNOR_REACH - 1), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if word.has(FUTURE_GOVERNORS | SUPPORT_VERBS):
            return subjunctive(words, index)
        if word.has(_MAKING_MASDARS) and position - index <= 2:
            return _has(_clause(context, words, index, -1, 3), PLANNED_WORDS)
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
    return any(prefix.endswith("س") and rest in FUTURE_GOVERNORS
               for prefix, rest in word.readings())


_DESCRIPTION_REACH = 3
"""How many words an indefinite event noun and the verb that describes it may span: the
noun, up to two adjectives («تفجير إرهابي آخر»), the verb; one more for a weapon behind
«ب» («هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش»)."""
_INSTRUMENTS = frozenset({
    "سياره", "سيارتين", "سيارات", "عبوه", "عبوتين", "عبوات", "قنبله", "قنبلتين", "قنابل",
    "حزام", "حزامين", "احزمه", "شاحنه", "دراجه", "صاروخ", "صواريخ", "قذيفه", "قذائف", "لغم",
})
"""What an attack is made with, behind «ب» («بسيارة مفخخة», «بحزامين ناسفين»)."""


def asyndetic_description(context: Extraction, words: list[Word], position: int) -> int | None:
    """«تفجير انتحاري استهدف سوقاً», «هجوم أودى بحياة عشرة»: after an indefinite noun, Arabic
    joins the clause that describes it without «الذي»; a targeting verb a word or two after
    the noun, with only adjectives between (no name, no other trigger), reports the noun's
    event. The index of that verb, or None."""
    reach = position + _DESCRIPTION_REACH
    index = position + 1
    while index < len(words):
        if index > reach or context.boundary_between(words[index - 1], words[index]):
            return None
        word = words[index]
        if any(rest in TARGETING_VERBS and "ال" not in prefix for prefix, rest in word.readings()):
            return index
        if word.norm in _RIDDEN and words[index - 1].has(_RIGGED_WEAPONS):
            return _after_rider(context, words, index)  # «سيارة مفخخة يقودها انتحاري، استهدف»
        if any(p.lstrip("وف")[:1] == "ب" and rest in _INSTRUMENTS
               for p, rest in word.readings()):
            reach += 1  # «هجوم انتحاري بسيارة مفخخة استهدف»: the weapon and its adjective
        elif index == position + 1 and word.norm in _INSTRUMENTS:
            reach += 1  # «انفجار سيارة مفخخة استهدف»: the weapon as the noun's genitive
        elif index == position + 1 and number_value(word) is not None and \
                index + 1 < len(words) and words[index + 1].norm in _INSTRUMENTS:
            reach += 2  # «تفجير ثلاث عبوات ناسفة استهدفت»: the weapons counted
        owner = _owner_span(context, word)
        if owner is not None:  # «كمين لتنظيم القاعدة استهدف»: the attack's owner
            reach += owner + 1
            index += owner + 1
            continue
        if context.covering_mention(word.start) is not None or word.bare() in PREPOSITIONS \
                or word.norm in RELATIVE_PRONOUNS or word.norm.startswith("و") \
                or find_event(word.norm) is not None:
            return None
        index += 1
    return None


_RIDDEN = frozenset({"يقودها", "يقوده", "تقودها", "يقودهما", "يستقلها", "يستقله", "يقلها"})
_RIGGED_WEAPONS = frozenset({"مفخخه", "ملغومه", "سياره", "شاحنه", "دراجه"})


def _after_rider(context: Extraction, words: list[Word], verb: int) -> int | None:
    """«انفجار سيارة مفخخة يقودها انتحاري، استهدف مركز تدريب»: a relative clause of who
    drove the weapon (the verb and a one-word unnamed subject, maybe a comma after it) sits
    between the weapon and the verb of aiming that describes the event."""
    subject, aiming = verb + 1, verb + 2
    if aiming >= len(words) or context.boundary_between(words[verb], words[subject]) or \
            context.covering_mention(words[subject].start) is not None or \
            find_event(words[subject].norm) is not None:
        return None
    if any(rest in TARGETING_VERBS and "ال" not in prefix
           for prefix, rest in words[aiming].readings()):
        return aiming
    return None


def _owner_span(context: Extraction, word: Word) -> int | None:
    """How many words follow ``word`` in the name of an actor named behind «ل» at it
    («لتنظيم القاعدة»: one), or None when no such name starts there."""
    owner = context.mention_starting_in(word)
    if owner is None or owner.label not in AGENT_LABELS or \
            not context.attached_prefix(owner).lstrip("وف").startswith("ل"):
        return None
    last = context.word_at(max(owner.start, owner.end - 1))
    return None if last is None else last.index - word.index


def is_consequence(context: Extraction, words: list[Word], position: int) -> bool:
    """«أسفر عن مقتل», «أدى إلى مقتل», «تسبب القصف في مقتل» (``event_causes``): the outcome
    of an event named before it."""
    return _has(_clause(context, words, position, -1, 3), CONSEQUENCE_WORDS) or \
        caused_death(context, words, position)


def _question(context: Extraction, words: list[Word]) -> bool:
    """«هل ...؟»: a question reports nothing."""
    if words[0].norm in {"هل", "وهل", "فهل"}:
        return True
    tail = context.doc.text[words[-1].end:words[-1].end + 3]
    return "؟" in tail or "?" in tail


_WORSHIP = frozenset({"صلاه", "الصلاه", "اداء", "صلوات", "التراويح", "الجمعه"})
"""«اجتمعوا لصلاة المغرب», «احتشد المصلون لأداء صلاة العيد»: a gathering to pray is no meeting
nor protest (a «Maghrib» prayer is no party from Morocco)."""


def eventive_sense(context: Extraction, words: list[Word], position: int, label: str,
                   form: str) -> bool:
    """Not an attack in words, sports, control of a channel, an interview or calls."""
    after = _clause(context, words, position, 1, 8)
    if label in _VIOLENT | {"Visit"} and context.trigger_positions(words, SPORTS_WORD):
        return False  # the words of a whole sentence: the index knows where they are
    if form in _SUMMIT_FORMS and after and after[0].has(_PEAKS):
        return False  # «على قمة الترتيب», «قمة جبال روكي»: a top, not a summit
    if form in _HOST_FORMS and after and after[0].has(_VENUES):
        return False  # «استقبلت احتفالات الأمانة ... مليون زائر»: a venue received visitors
    if form in _VERBAL_ATTACK_FORMS and _has(words, _SOCIAL_MEDIA):
        return False  # «أنشأ مغردون وسماً ... وشنوا هجوماً على نائب رئيس الشرطة»
    if form in _SUMMIT_FORMS and _has(after[:3], SPORTS_WORDS):
        return False  # «قمة كرة القدم»: the top match, not a summit
    if label in {"Meeting", "Agreement"} and (
            _has(after, _MATCH_WORDS) or _has(_clause(context, words, position, -1, 4),
                                              _MATCH_WORDS)):
        return False  # «يلتقي قطبا الكرة», «اجتمع المدرب باللاعبين»: a match, a team talk
    if label in {"Meeting", "Deployment", "Withdrawal"} and \
            len(context.trigger_positions(words, SPORTS_WORD)) + sport_cues(context, words) >= 2:
        return False  # «حسمت ركلات الترجيح اللقاء لصالح روما», «دخول اللاعب إلى النمسا»;
        # «مباريات ... 6 - صفر ثم بالانسحاب»: a score counts (``event_sport_cues``)
    if form in _MEETING_VERBS and after and after[0].has(_PRESS):
        return False  # «والتقت وكالة الأنباء السعودية أستاذ ...»: an interview
    if label == "Agreement" and form in _AGREEING_VERBS and _opinion(after):
        return False  # «واتفق فلان وفلان على ضرورة التمسك بالعادات»: of one mind
    if label in {"Meeting", "Protest"} and _has(after[:2], _WORSHIP):
        return False  # «48 مصلياً اجتمعوا لصلاة المغرب», «تجمعوا لأداء صلاة العيد»: worship
    if label == "Protest" and (_has(after[:3], _AUDIENCE) or _has(
            _clause(context, words, position, -1, 3), _AUDIENCE)):
        return False  # «بحضور جمهور كبير احتشد في خيمة السيرك»: spectators
    if label == "Withdrawal" and _has(after[:4], _NOT_FRONTS):
        return False  # «وانسحب بلاتر من المؤتمر الصحفي», «انسحابهما من الاتفاق»
    if form in _MEETING_NOUNS and _has(_clause(context, words, position, -1, 1 if not words[
            position].norm.startswith("و") else 3), _SCIENCE_HEADS):
        return False  # «عالم اجتماع», «أستاذ علم الاجتماع»: sociology
    if _has(_clause(context, words, position, -1, 1), BODY_MEMBER_WORDS):
        return False  # «عضو اللقاء الديموقراطي»: a body named like an event
    if label == "Agreement" and _has(_clause(context, words, position, -1, 2),
                                     AGREEMENT_REFERENCES):
        return False  # «التمسك باتفاق الطائف»: an agreement made before, not the news
    if ((label == "Attack" and form in _LAUNCH_FORMS) or label == "Visit") and \
            _has(words, SPACE_WORDS):
        return False  # a rocket launched into space, a probe visiting Pluto
    if (label == "Visit" or form in _AIMED_NOUNS) and any(
            prefix.lstrip("وف") == "ل" for prefix, rest in words[position].readings()
            if rest == form):
        return False  # «دعاه لزيارة عدن», «المبادرين لزيارة», «الجيش الشعبي لتحرير السودان»:
        # a purpose, not a deed
    if form in SEIZURE_FORMS and (_has(after[:3], FIGURATIVE_SEIZURES) or
                                  any(_owned_figure(word) for word in after[:2])):
        return False  # «اختطف الفيلم الأنظار»: caught the eye
    if label == "Killing" and (_has(_clause(context, words, position, 1, 8), DISASTER_WORDS)
                               or _disaster_outcome(context, words, position)):
        return False
    if form in _VERBAL_ATTACK_FORMS and (
            _has(after, VERBAL_CUES) or _has(_clause(context, words, position, -1, 4),
                                            VERBAL_CUES)):
        return False
    if form in _VERBAL_ATTACK_FORMS and any(
            word.has(CRITICIZED_THINGS) and not prepositional(word) for word in after[:3]):
        return False  # «هاجمت إيران قرار مجلس الأمن»: a decision is attacked in words
    if form in _STRIKING_FORMS and _has(after[:3], _EXAMPLES):
        return False  # «أضرب مثالين», «ضرب الوزير مثلاً»: giving an example
    if form in _CONTROL_FORMS and after and after[0].norm in _ON_IT and \
            _has(_clause(context, words, position, -1, 4), _PLAGUES):
        return False  # «احتواء البكتيريا والأمراض والسيطرة عليها»: what «عليها» refers to
    if form in _CONTROL_FORMS and (_has(after[:3], NOT_MILITARY_CONTROL) or
                                   _has(_object_after_on(_clause(context, words, position, 1,
                                                                 _CONTROL_OBJECT_REACH)),
                                        NOT_MILITARY_CONTROL)):
        return False  # «سيطرة فلان على نحو 95 مليار دولار»: the object behind «على»
    if form in _INTERVIEW_FORMS and (_has(after[:3], MEDIA_MEETING_WORDS) or (
            after and (after[0].norm[:1].isdigit() or after[0].has(_PRICES)))):
        return False  # «لقاء تلفزيوني»; «لقاء 1.79 دولار», «لقاء ضمانات» is «in return for»
    if form in _HOST_FORMS and (_has(after[:5], NOT_GUESTS) or _has(after, _CROWDS_RECEIVED)):
        return False  # «يستقبل اتصالات», «استقبل الحي أعداداً كبيرة من العائلات»
    if form in _AIMING_FORMS and _has(after[:2], AIMED_AT) and not (
            len(after) > 1 and after[0].has(_FACILITIES) and after[1].norm in AIMED_AT):
        return False  # «استهدفت المسابقة فئة الشباب», «استهدف الهجوم السيطرة على المدينة»;
        # not «استهدف مركز تدريب»: the aim word is the genitive of a building hit
    if form in _AIMING_FORMS and after and after[0].has(AIMING_SCHEMES) and not (
            len(after) > 1 and after[1].has(_ARMED_KINDS)):
        return False  # «استهدفت الحملة الإعلانية الشباب»: a scheme aimed at a public; not
        # «استهدفت الحملة العسكرية مواقع المسلحين»
    if form in _HOST_FORMS and _has(after, _SHOW_WORDS):
        return False  # «يستقبل النجوم في سهرات تفاعلية»: a host on television
    if form in _ASSAULT_FORMS and _has(after[:3], _NOT_BODILY):
        return False  # «اعتدوا على حقوقه», «الاعتداء على أملاك الدولة»: no one was hurt
    if label == "Deployment" and form in _SENDING_FORMS and _has(after, AID_WORDS):
        return False  # «إرسال سفن وطائرات تحمل مساعدات»: aid, not troops
    if form in _CITING_FORMS and _cites(after):
        return False  # «واستشهد على ذلك بما يجري في تركيا», «احتجت بأنه أحرقهم»: he cited,
        # she argued
    if label == "MilitaryOperation" and _has(after[:2], _RESTORED_STATES):
        return False  # «الشعب الذي استعاد الأمن والاستقرار», «استعادة الهدوء»
    return not (form in _ROUND_FORMS and after and (
        after[0].has(ROUND_WORDS) or _has(after[:3], _TALKS)))  # «جولة أوروجواي للمفاوضات»


_ARMED_KINDS = frozenset({
    "العسكريه", "عسكريه", "الجويه", "جويه", "الامنيه", "امنيه", "البريه", "بريه",
    "الصاروخيه", "صاروخيه", "المسلحه", "مسلحه",
})
"""Adjectives that make a campaign an armed one («الحملة العسكرية», «حملة أمنية»)."""
_TALKS = frozenset({"المفاوضات", "مفاوضات", "المحادثات", "محادثات", "التفاوض"})
_CITING_FORMS = frozenset({"استشهد", "احتج", "احتجت", "احتجوا"})
"""«استشهد» is also «cited», «احتج ب» «argued»."""
_CITED = frozenset({"بما", "بقول", "بقوله", "بقولها", "بايه", "بالايه", "بحديث", "بالحديث",
                    "بمثال", "بمقوله", "بان", "بانه", "بانها", "بانهم", "بكلام", "بتصريحات"})
_THIS = frozenset({"ذلك", "هذا", "هذه", "قوله", "كلامه", "رايه"})
_RESTORED_STATES = frozenset({
    "الامن", "امن", "الاستقرار", "استقرار", "الهدوء", "هدوءه", "الثقه", "ثقته", "ثقتها",
    "عافيته", "عافيتها", "توازنه", "توازنها", "الحياه", "حياتها", "نشاطه", "نشاطها", "مكانته",
    "مكانتها", "زمام",
})
"""Objects of «استعاد», «استعادة»: order or standing won back, not ground."""


def _cites(after: list[Word]) -> bool:
    """«على ذلك», «بما يجري», «بقول الشاعر», «بأنه»: what follows cites or argues."""
    if not after:
        return False
    if after[0].norm in _CITED:
        return True
    return after[0].norm == "علي" and len(after) > 1 and after[1].norm in _THIS


_DESCRIBED_ADJECTIVES = 2


def relative_description(after: list[Word]) -> int | None:
    """«الهجوم الذي استهدف», «الاعتداء الانتحاري الذي استهدف»: a relative clause whose verb
    is one of aiming, right after the event noun or past one or two of its nisba adjectives;
    the place of the verb in ``after`` (the words after the noun), or None."""
    for index, word in enumerate(after[:_DESCRIBED_ADJECTIVES + 1]):
        if word.norm in RELATIVE_PRONOUNS:
            following = index + 1
            return following if following < len(after) and \
                after[following].has(TARGETING_VERBS) else None
        if not word.norm.startswith("ال") or not word.bare().endswith(_NISBA_ENDINGS):
            return None
    return None


_NISBA_ENDINGS = ("ي", "يه", "يين", "يون")


def reported_without_arguments(context: Extraction, words: list[Word], position: int,
                               verb: bool, counted: bool, definite: bool = False) -> bool:
    """A trigger with no agent of its own still names a reported event (see the module doc).

    A definite noun («الهجمات») refers to events known already: only a verb of
    occurrence before it, a count or a relative clause that reports it make it one."""
    if verb or counted:
        return True
    if claimed_doer(context, words, position) and not (
            words[position].has(LIGHT_HEADS) and position + 1 < len(words)
            and find_event(words[position + 1].norm) is not None):
        return True  # «وتبنى تنظيم «داعش» الإرهابي مساء الاثنين الهجوم»: the claimed deed
    if responsibility_claimed(context, words, position):
        return True  # «أعلنت جماعات متطرفة مسؤوليتها عن الهجوم»: claimed, so it took place
    before = _clause(context, words, position, -1, 3)
    after = _clause(context, words, position, 1, 4)
    if _has(before, OCCURRENCE_WORDS):
        return True  # «وقع انفجار», «تعرض لهجوم»
    if relative_description(after):
        return True  # «الهجوم الذي استهدف الصومال», «الاعتداء الانتحاري الذي استهدف»
    if not definite and asyndetic_description(context, words, position) is not None:
        return True  # «تفجير انتحاري استهدف سوقا»
    if not definite and (_fought_in(words, position, before) or (
            before and _fought_before(words, position, before))):
        return True  # «قتل 13 مسلحا في مواجهات مع المقاومة»
    return not definite and _has(after, WEAPON_WORDS) and _has(words, HARM_WORDS)


def _fought_in(words: list[Word], position: int, before: list[Word]) -> bool:
    """«قُتل 13 مسلحاً في مواجهات مع المقاومة», «أصيب جنود خلال اشتباكات», «مقتل 22 منهم
    باشتباكات»: clashes named as where or how the harm told before them in the sentence
    happened took place."""
    word = words[position]
    attached = any(prefix.lstrip("وف").startswith("ب") for prefix, rest in word.readings()
                   if rest in RECIPROCAL_NOUNS)
    return (attached or (bool(before) and before[0].bare() in {"في", "خلال", "اثناء"})) and \
        word.has(RECIPROCAL_NOUNS) and _has(words[:position], HARM_WORDS)
