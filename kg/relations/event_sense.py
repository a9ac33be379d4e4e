"""Whether a trigger word names an event in its eventive sense.

A trigger of the lexicon is not an event in a non-violent sense: an attack in words
(«هاجم الوزير في تصريحات»), sports («الجولة الثانية», «هاجم اللاعب»), control of a
channel or a fire («سيطر على القناة»), an interview («لقاء تلفزيوني»), calls received
(«يستقبل اتصالات»). Read on unseen news (session 13), also: a public or an aim targeted
(«استهدفت المسابقة فئة الشباب»), a venue or a family receiving crowds, news or condolences,
a port taking in ships, a match or a team talk, an example given («أضرب مثالاً»), control of
a disease, sociology («عالم اجتماع»), the top of a table («قمة الترتيب») or of one's own
success («في قمة نجاحها»), a round of talks or of funding, agreeing on a view («اتفقوا على
ضرورة»), leaving a conference, an attack in words or tweets, an encroachment on rights, a
disease or an accident; a first encounter in a life story («التقى زوجته خلال دراسته»,
``event_acquaintances``) and a height climbed («من فوق قمة الجبل»). A killing noun told as
the outcome of an event before it («أسفر عن مقتل») is a consequence (:func:`is_consequence`).

Whether the event happened is read in :mod:`kg.relations.event_happened`, whether a trigger
has the complement it needs in :mod:`kg.relations.event_complements`, and whether a noun
with no agent of its own is reported in :mod:`kg.relations.event_descriptions`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_acquaintances import ENCOUNTER_FORMS, private_encounter
from kg.relations.event_causes import caused_death
from kg.relations.event_civic_teams import sports_word_positions
from kg.relations.event_clauses import clause, has_any
from kg.relations.event_made_deals import made_deal
from kg.relations.event_named_movements import LIBERATION_FORMS, movement_name
from kg.relations.event_peaks import possessed_peak
from kg.relations.event_sport_cues import sport_cues
from kg.relations.event_sport_words import sporting_sentence
from kg.relations.index import Word
from kg.relations.lexicon import (
    AGREEMENT_REFERENCES,
    AID_WORDS,
    AIMED_AT,
    AIMING_SCHEMES,
    BODY_MEMBER_WORDS,
    CONSEQUENCE_WORDS,
    DISASTER_WORDS,
    FIGURATIVE_SEIZURES,
    FIRING_PRESENT,
    MEDIA_MEETING_WORDS,
    NOT_GUESTS,
    NOT_MILITARY_CONTROL,
    ROUND_WORDS,
    SEIZURE_FORMS,
    SPACE_WORDS,
    SPORTS_WORDS,
    VERBAL_CUES,
)
from kg.relations.stance_phrases import prepositional
from kg.relations.stance_thing_objects import CRITICIZED_THINGS

_VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})
_VERBAL_ATTACK_FORMS = frozenset({"هجوم", "هاجم", "هاجمت", "هجوما", "هجمات", "هاجموا"})
CONTROL_FORMS = frozenset({"سيطر", "سيطرت", "سيطره", "استولي", "استولت", "استولوا", "استيلاء"})
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


_PEAKS = frozenset({
    "الترتيب", "ترتيب", "جبال", "جبل", "الجبل", "الهرم", "هرم", "الصداره", "السلم", "سلم",
    "المجد", "اولويات", "الاولويات", "الاهتمام", "اهتمام", "الشجره", "البرج", "النجاح",
    "السعاده", "الروعه", "العطاء", "التالق", "الاناقه", "الهدوء", "الجمال", "الترتيبات",
})
"""After «قمة»: the top of something, not a summit."""
_ABOVE = frozenset({"فوق", "اعلي", "سفح", "صعود", "تسلق"})
"""Before «قمة»: a height stood on or climbed («من فوق قمة فيكتوريا نطل»), not a summit."""
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
    if after and after[0].norm == "مع" and has_any(after[1:3], _VIEWS):
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


_LAUNCH_FORMS = frozenset({"اطلاق", "اطلق", "اطلقت", "اطلقوا", *FIRING_PRESENT})


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
    before = clause(context, words, position, -1, _OUTCOME_REACH)
    for index, word in enumerate(before):
        if word.has(CONSEQUENCE_WORDS) and word.bare() not in {"ما", "مما"}:
            return has_any(before[index + 1:], DISASTER_WORDS)
    return False


_FACILITIES = frozenset({
    "مركز", "مركزا", "مراكز", "معسكر", "معسكرا", "معسكرات", "مقر", "مقرا", "مقرات", "معهد",
    "معهدا", "مدرسه", "مدارس", "كليه", "اكاديميه", "مخيم", "مخيما", "ساحه", "قاعده",
})
"""Buildings and grounds whose genitive may be a word of aim («مركز تدريب», «معسكر تأهيل»):
after a verb of aiming they are what was hit. Only the bare genitive: «مدرسة لتدريب» is
left refused (in eval_events it is the background of a sentence about criticism)."""


def is_consequence(context: Extraction, words: list[Word], position: int) -> bool:
    """«أسفر عن مقتل», «أدى إلى مقتل», «تسبب القصف في مقتل» (``event_causes``): the outcome
    of an event named before it."""
    return has_any(clause(context, words, position, -1, 3), CONSEQUENCE_WORDS) or \
        caused_death(context, words, position)


_WORSHIP = frozenset({"صلاه", "الصلاه", "اداء", "صلوات", "التراويح", "الجمعه"})
"""«اجتمعوا لصلاة المغرب», «احتشد المصلون لأداء صلاة العيد»: a gathering to pray is no meeting
nor protest (a «Maghrib» prayer is no party from Morocco)."""


_VIOLENT_OR_VISIT = _VIOLENT | {"Visit"}


def eventive_sense(context: Extraction, words: list[Word], position: int, label: str,
                   form: str) -> bool:
    """Not an attack in words, sports, control of a channel, an interview or calls."""
    after = clause(context, words, position, 1, 8)
    if label in _VIOLENT_OR_VISIT and sporting_sentence(context, words):
        return False  # the words of a whole sentence (not «الفريق» alone: ``event_sport_words``)
    if form in _SUMMIT_FORMS and after and (after[0].has(_PEAKS) or
                                            possessed_peak(context, after[0])):
        return False  # «على قمة الترتيب», «في قمة نجاحها»: a top, not a summit
    if form in _HOST_FORMS and after and after[0].has(_VENUES):
        return False  # «استقبلت احتفالات الأمانة ... مليون زائر»: a venue received visitors
    if form in _VERBAL_ATTACK_FORMS and has_any(words, _SOCIAL_MEDIA):
        return False  # «أنشأ مغردون وسماً ... وشنوا هجوماً على نائب رئيس الشرطة»
    if form in _SUMMIT_FORMS and position > 0 and words[position - 1].has(_ABOVE):
        return False  # «من فوق قمة الجبل نطل على المدينة»: a height, not a summit
    if form in ENCOUNTER_FORMS and label == "Meeting" and \
            private_encounter(context, words, position):
        return False  # «والتقى الباحث زوجته خلال دراسته»: a life story, no meeting
    if form in _SUMMIT_FORMS and has_any(after[:3], SPORTS_WORDS):
        return False  # «قمة كرة القدم»: the top match, not a summit
    if label in {"Meeting", "Agreement"} and (
            has_any(after, _MATCH_WORDS) or has_any(clause(context, words, position, -1, 4),
                                                    _MATCH_WORDS)):
        return False  # «يلتقي قطبا الكرة», «اجتمع المدرب باللاعبين»: a match, a team talk
    if label in {"Meeting", "Deployment", "Withdrawal"} and \
            len(sports_word_positions(context, words)) + sport_cues(context, words) >= 2:
        return False  # «حسمت ركلات الترجيح اللقاء لصالح روما», «دخول اللاعب إلى النمسا»;
        # «مباريات ... 6 - صفر ثم بالانسحاب»: a score counts (``event_sport_cues``)
    if form in _MEETING_VERBS and after and after[0].has(_PRESS):
        return False  # «والتقت وكالة الأنباء السعودية أستاذ ...»: an interview
    if label == "Agreement" and form in _AGREEING_VERBS and _opinion(after):
        return False  # «واتفق فلان وفلان على ضرورة التمسك بالعادات»: of one mind
    if label in {"Meeting", "Protest"} and has_any(after[:2], _WORSHIP):
        return False  # «48 مصلياً اجتمعوا لصلاة المغرب», «تجمعوا لأداء صلاة العيد»: worship
    if label == "Protest" and (has_any(after[:3], _AUDIENCE) or has_any(
            clause(context, words, position, -1, 3), _AUDIENCE)):
        return False  # «بحضور جمهور كبير احتشد في خيمة السيرك»: spectators
    if label == "Withdrawal" and has_any(after[:4], _NOT_FRONTS):
        return False  # «وانسحب بلاتر من المؤتمر الصحفي», «انسحابهما من الاتفاق»
    if form in _MEETING_NOUNS and has_any(clause(context, words, position, -1, 1 if not words[
            position].norm.startswith("و") else 3), _SCIENCE_HEADS):
        return False  # «عالم اجتماع», «أستاذ علم الاجتماع»: sociology
    if has_any(clause(context, words, position, -1, 1), BODY_MEMBER_WORDS):
        return False  # «عضو اللقاء الديموقراطي»: a body named like an event
    if label == "Agreement" and has_any(clause(context, words, position, -1, 2),
                                        AGREEMENT_REFERENCES) and \
            not made_deal(context, words, position):
        return False  # «التمسك باتفاق الطائف»: an agreement made before, not the news (but
        # «في إطار الاتفاق الذي أبرم في فيينا الأسبوع الماضي»: told as made there)
    if ((label == "Attack" and form in _LAUNCH_FORMS) or label == "Visit") and \
            has_any(words, SPACE_WORDS):
        return False  # a rocket launched into space, a probe visiting Pluto
    if (label == "Visit" or form in _AIMED_NOUNS) and any(
            prefix.lstrip("وف") == "ل" for prefix, rest in words[position].readings()
            if rest == form):
        return False  # «دعاه لزيارة عدن», «المبادرين لزيارة», «الجيش الشعبي لتحرير السودان»:
        # a purpose, not a deed
    if form in LIBERATION_FORMS and movement_name(words, position):
        return False  # «وقعته الحكومة وحركة تحرير السودان»: a movement's name
    if form in SEIZURE_FORMS and (has_any(after[:3], FIGURATIVE_SEIZURES) or
                                  any(_owned_figure(word) for word in after[:2])):
        return False  # «اختطف الفيلم الأنظار»: caught the eye
    if label == "Killing" and (has_any(clause(context, words, position, 1, 8), DISASTER_WORDS)
                               or _disaster_outcome(context, words, position)):
        return False
    if form in _VERBAL_ATTACK_FORMS and (
            has_any(after, VERBAL_CUES) or has_any(clause(context, words, position, -1, 4),
                                                  VERBAL_CUES)):
        return False
    if form in _VERBAL_ATTACK_FORMS and any(
            word.has(CRITICIZED_THINGS) and not prepositional(word) for word in after[:3]):
        return False  # «هاجمت إيران قرار مجلس الأمن»: a decision is attacked in words
    if form in _STRIKING_FORMS and has_any(after[:3], _EXAMPLES):
        return False  # «أضرب مثالين», «ضرب الوزير مثلاً»: giving an example
    if form in CONTROL_FORMS and after and after[0].norm in _ON_IT and \
            has_any(clause(context, words, position, -1, 4), _PLAGUES):
        return False  # «احتواء البكتيريا والأمراض والسيطرة عليها»: what «عليها» refers to
    if form in CONTROL_FORMS and (has_any(after[:3], NOT_MILITARY_CONTROL) or
                                  has_any(_object_after_on(clause(context, words, position, 1,
                                                                  _CONTROL_OBJECT_REACH)),
                                          NOT_MILITARY_CONTROL)):
        return False  # «سيطرة فلان على نحو 95 مليار دولار»: the object behind «على»
    if form in _INTERVIEW_FORMS and (has_any(after[:3], MEDIA_MEETING_WORDS) or (
            after and (after[0].norm[:1].isdigit() or after[0].has(_PRICES)))):
        return False  # «لقاء تلفزيوني»; «لقاء 1.79 دولار», «لقاء ضمانات» is «in return for»
    if form in _HOST_FORMS and (has_any(after[:5], NOT_GUESTS) or has_any(after, _CROWDS_RECEIVED)):
        return False  # «يستقبل اتصالات», «استقبل الحي أعداداً كبيرة من العائلات»
    if form in _AIMING_FORMS and has_any(after[:2], AIMED_AT) and not (
            len(after) > 1 and after[0].has(_FACILITIES) and after[1].norm in AIMED_AT):
        return False  # «استهدفت المسابقة فئة الشباب», «استهدف الهجوم السيطرة على المدينة»;
        # not «استهدف مركز تدريب»: the aim word is the genitive of a building hit
    if form in _AIMING_FORMS and after and after[0].has(AIMING_SCHEMES) and not (
            len(after) > 1 and after[1].has(_ARMED_KINDS)):
        return False  # «استهدفت الحملة الإعلانية الشباب»: a scheme aimed at a public; not
        # «استهدفت الحملة العسكرية مواقع المسلحين»
    if form in _HOST_FORMS and has_any(after, _SHOW_WORDS):
        return False  # «يستقبل النجوم في سهرات تفاعلية»: a host on television
    if form in _ASSAULT_FORMS and has_any(after[:3], _NOT_BODILY):
        return False  # «اعتدوا على حقوقه», «الاعتداء على أملاك الدولة»: no one was hurt
    if label == "Deployment" and form in _SENDING_FORMS and has_any(after, AID_WORDS):
        return False  # «إرسال سفن وطائرات تحمل مساعدات»: aid, not troops
    if form in _CITING_FORMS and _cites(after):
        return False  # «واستشهد على ذلك بما يجري في تركيا», «احتجت بأنه أحرقهم»: he cited,
        # she argued
    if label == "MilitaryOperation" and has_any(after[:2], _RESTORED_STATES) and \
            not (after and after[0].has(_FORCE_HEADS)):
        return False  # «الشعب الذي استعاد الأمن والاستقرار», «استعادة الهدوء»; not
        # «اشتبكت قوات الأمن مع مسلحين», where order is whose forces they are
    return not (form in _ROUND_FORMS and after and (
        after[0].has(ROUND_WORDS) or has_any(after[:3], _TALKS)))  # «جولة أوروجواي للمفاوضات»


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
_FORCE_HEADS = frozenset({"قوات", "اجهزه", "رجال", "عناصر", "قوي", "مؤسسات"})
"""Heads of «قوات الأمن», «أجهزة الأمن», «رجال الأمن»: forces, not order restored."""


def _cites(after: list[Word]) -> bool:
    """«على ذلك», «بما يجري», «بقول الشاعر», «بأنه»: what follows cites or argues."""
    if not after:
        return False
    if after[0].norm in _CITED:
        return True
    return after[0].norm == "علي" and len(after) > 1 and after[1].norm in _THIS
