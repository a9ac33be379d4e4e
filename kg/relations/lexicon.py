"""Trigger lexicons of the relation stage, in the normalised spelling of ``kg.text.normalize``.

Every form here is written as :func:`kg.text.normalize.normalize_key` would
produce it: one alef (أ إ آ → ا), ي for ى, ه for ة, no diacritics. ``ؤ`` and
``ئ`` are kept. Words are matched after their proclitics (و ف ب ل ك ال) are
peeled off, see :func:`bare_forms`, so a form is listed without them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

V = TypeVar("V")


def bare_forms(word: str) -> list[tuple[str, str]]:
    """``(prefix, rest)`` readings of a normalised word, longest rest first.

    «وبتوغل» → («», «وبتوغل»), («و», «بتوغل»), («وب», «توغل»); «للدول» also
    reads as («لل», «دول») and («لل», «الدول»).
    """
    readings: list[tuple[str, str]] = [("", word)]
    conj = ""
    rest = word
    if len(rest) > 2 and rest[0] in "وف":
        conj, rest = rest[0], rest[1:]
        readings.append((conj, rest))
    if len(rest) > 4 and rest[0] == "س" and rest[1] in "يتن":
        readings.append((conj + "س", rest[1:]))  # future: «ستدعم»
    if len(rest) > 3 and rest.startswith("لل"):
        readings.append((conj + "لل", rest[2:]))
        readings.append((conj + "لل", "ال" + rest[2:]))
    elif len(rest) > 3 and rest[0] in "بلك":
        readings.append((conj + rest[0], rest[1:]))
        if rest[1:].startswith("ال") and len(rest) > 4:
            readings.append((conj + rest[0] + "ال", rest[3:]))
    if len(rest) > 4 and rest.startswith("ال"):
        readings.append((conj + "ال", rest[2:]))
    return readings


@lru_cache(maxsize=1 << 17)
def readings_of(word: str) -> tuple[tuple[str, str], ...]:
    """:func:`bare_forms` as a tuple, computed once per word."""
    return tuple(bare_forms(word))


def lookup(word: str, table: Mapping[str, V]) -> tuple[str, V] | None:
    """The first ``(prefix, value)`` for a reading of ``word`` found in ``table``."""
    for prefix, rest in readings_of(word):
        if rest in table:
            return prefix, table[rest]
    return None


def _cached_lookup(table: Mapping[str, V]) -> Callable[[str], tuple[str, V] | None]:
    """:func:`lookup` in one constant ``table``, remembered per word."""

    @lru_cache(maxsize=1 << 16)
    def find(word: str) -> tuple[str, V] | None:
        return lookup(word, table)

    return find


def _forms(value: str, *forms: str) -> dict[str, str]:
    return {form: value for form in forms}


# --- attribution -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ReportingVerb:
    lemma: str
    continuation: bool = False
    """«وأضاف», «وتابع»: with no subject of its own it continues the previous speaker."""
    denial: bool = False
    content_prepositions: tuple[str, ...] = ()
    """Prepositions that may introduce the reported content instead of أن/إن."""


_REPORTING_FORMS: dict[str, tuple[str, ...]] = {
    "قال": ("قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون", "بالقول", "القول"),
    "اكد": ("اكد", "اكدت", "اكدوا", "يؤكد", "تؤكد", "يؤكدون", "مؤكدا", "مؤكده"),
    "اضاف": ("اضاف", "اضافت", "اضافوا", "يضيف", "تضيف", "مضيفا", "مضيفه"),
    "اوضح": ("اوضح", "اوضحت", "يوضح", "توضح", "موضحا", "موضحه"),
    "اشار": ("اشار", "اشارت", "يشير", "تشير", "مشيرا", "مشيره"),
    "ذكر": ("ذكر", "ذكرت", "يذكر", "تذكر"),
    "اعلن": ("اعلن", "اعلنت", "يعلن", "تعلن", "معلنا"),
    "صرح": ("صرح", "صرحت", "يصرح", "مصرحا"),
    "كشف": ("كشف", "كشفت", "يكشف", "كاشفا"),
    "افاد": ("افاد", "افادت", "يفيد", "مفيدا"),
    "شدد": ("شدد", "شددت", "يشدد", "مشددا", "مشدده"),
    "لفت": ("لفت", "لفتت", "لافتا"),
    "تابع": ("تابع", "تابعت"),
    "اكمل": ("اكمل", "اكملت"),
    "اعتبر": ("اعتبر", "اعتبرت", "يعتبر", "معتبرا"),
    "اعرب": ("اعرب", "اعربت", "يعرب", "معربا"),
    "عبر": ("عبر", "عبرت", "يعبر"),
    "ابلغ": ("ابلغ", "ابلغت"),
    "نفي": ("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا"),
    "حذر": ("حذر", "حذرت", "يحذر", "محذرا"),
}
_CONTINUATION = frozenset({"اضاف", "تابع", "اكمل", "اوضح"})
_CONTENT_PREPS: dict[str, tuple[str, ...]] = {
    "اكد": ("علي",),
    "شدد": ("علي",),
    "كشف": ("عن",),
    "اعرب": ("عن",),
    "عبر": ("عن",),
    "حذر": ("من",),
    "اشار": ("الي",),
    "لفت": ("الي",),
}
REPORTING: dict[str, ReportingVerb] = {}
for _lemma, _forms_of in _REPORTING_FORMS.items():
    for _form in _forms_of:
        REPORTING[_form] = ReportingVerb(
            lemma=_lemma,
            continuation=_lemma in _CONTINUATION,
            denial=_lemma == "نفي",
            content_prepositions=_CONTENT_PREPS.get(_lemma, ()),
        )
REPORTING_LEMMA: dict[str, str] = {form: verb.lemma for form, verb in REPORTING.items()}
find_reporting = _cached_lookup(REPORTING)
"""``lookup(word, REPORTING)``, remembered per word."""

COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "اننا", "انني", "بان", "بانه", "بانها",
                             "بانهم"})
"""أن / إن and their pronoun-suffixed forms: an indirect statement follows."""

# Verbs that need a following «عن» to report something (عبر also means «via»).
NEEDS_PREPOSITION = frozenset({"عبر", "اعرب"})

OPENING_QUOTES = "«“\""
CLOSING_QUOTE = {"«": "»", "“": "”", '"': '"'}

# --- stance ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class StanceTrigger:
    kind: str
    """Ontology property local name (``opposes``, ``urges`` ...)."""
    noun: bool
    confidence: float
    topic_object: bool = True
    """Whether a descriptive noun phrase («الاتهامات», «الدول») may be the object."""


def first_person_plural(form: str) -> str | None:
    """«ننتقد» for «ينتقد»: the first-person plural of a third-person singular imperfect."""
    if len(form) > 3 and form[0] == "ي" and not form.endswith("ون"):
        return "ن" + form[1:]
    return None


def _stance(kind: str, confidence: float, verbs: tuple[str, ...], nouns: tuple[str, ...] = (),
            topic_object: bool = True) -> dict[str, StanceTrigger]:
    verbs += tuple(f for f in map(first_person_plural, verbs) if f is not None and f not in verbs)
    table = {form: StanceTrigger(kind, False, confidence, topic_object) for form in verbs}
    noun_confidence = confidence - 0.1
    table.update({form: StanceTrigger(kind, True, noun_confidence, topic_object) for form in nouns})
    return table


STANCE: dict[str, StanceTrigger] = {
    **_stance("opposes", 0.75, ("عارض", "عارضت", "يعارض", "تعارض", "نعارض", "يعارضون"),
              ("معارضه", "معارضته", "معارضتها", "معارضتنا", "اسف", "اسفنا", "اسفه", "اسفها")),
    **_stance("supports", 0.75, ("دعم", "دعمت", "يدعم", "تدعم", "ندعم", "يدعمون", "ساند", "ساندت",
                                 "يساند", "تساند", "ايد", "ايدت", "يؤيد", "تؤيد", "نؤيد"),
              ("تاييد", "مسانده", "داعمه", "داعم", "موالي", "موالين", "موالون", "مواليه",
               "وقوف", "وقوفها", "وقوفه")),
    **_stance("criticizes", 0.7, ("انتقد", "انتقدت", "ينتقد", "تنتقد", "اتهم", "اتهمت", "اتهموا",
                                  "اتهموها", "اتهمه", "يتهم", "تتهم", "يتهمون", "تتهمان"),
              ("انتقاد", "الانتقاد", "انتقادات")),
    **_stance("rejects", 0.8, ("رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "نرفض", "يرفضون"),
              ("رفضه", "رفضها")),
    **_stance("urges", 0.75, ("دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "حث", "حثت", "يحث",
                              "تحث", "طالب", "طالبت", "يطالب", "تطالب", "ناشد", "ناشدت", "يناشد"),
              ("دعوه", "دعوته", "دعوتها", "مطالبه", "داعيا", "داعيه", "مطالبا")),
    **_stance("praises", 0.75, ("اشاد", "اشادت", "يشيد", "تشيد", "ثمن", "ثمنت", "يثمن", "اثني",
                                "اثنت"),
              ("اشاده", "مشيدا", "مشيده", "مثمنا"), topic_object=False),
    **_stance("welcomes", 0.75, ("رحب", "رحبت", "يرحب", "ترحب", "نرحب"),
              ("ترحيب", "مرحبا"), topic_object=False),
    **_stance("condemns", 0.8, ("ادان", "ادانت", "يدين", "تدين", "ندين", "ندد", "نددت", "يندد",
                                "استنكر", "استنكرت", "يستنكر"),
              ("ادانه", "تنديد", "استنكار", "مدينا", "منددا")),
    **_stance("warns", 0.7, ("حذر", "حذرت", "يحذر", "تحذر", "نحذر"), ("تحذير", "محذرا")),
    **_stance("threatens", 0.75, ("هدد", "هددت", "يهدد", "تهدد", "لوح", "لوحت", "يلوح"),
              ("تهديد", "ملوحا", "مهددا"), topic_object=False),
    **_stance("sharesConcernWith", 0.75, ("شاطر", "نشاطر", "يشاطر", "تشاطر", "شاطرت"),
              (), topic_object=False),
    **_stance("coordinatesWith", 0.7, ("نسق", "نسقت", "ينسق", "تنسق", "ننسق", "تعاون", "يتعاون",
                                       "نتعاون"),
              ("تنسيق", "التنسيق"), topic_object=False),
}

find_stance = _cached_lookup(STANCE)
"""``lookup(word, STANCE)``, remembered per word."""

# «لم» (and «لن» for the plural) take the imperfect out of the indicative: a hollow or
# defective verb loses its long vowel («يدعو» → «لم يدع», «يشيد» → «لم يشد», «يدين» →
# «لم يدن»), and «-ون» becomes «-وا» («يرفضون» → «لم يرفضوا»). Alone, these forms are
# other words («يشد» pulls, «يدع» leaves), so they count only after the particle.
JUSSIVE_PARTICLES = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "فلن"})
_WEAK_JUSSIVES = {
    "يدع": "يدعو", "تدع": "تدعو", "ندع": "ندعو",
    "يشد": "يشيد", "تشد": "تشيد", "نشد": "نشيد",
    "يدن": "يدين", "تدن": "تدين", "ندن": "ندين",
    "ينف": "ينفي", "تنف": "تنفي", "يقل": "يقول", "تقل": "تقول",
}


def _jussives(table: Mapping[str, V]) -> dict[str, V]:
    """The jussive forms of the imperfect verbs of ``table``, with their entries."""
    forms = dict(_WEAK_JUSSIVES)
    forms.update({form[:-1] + "ا": form for form in table
                  if form.endswith("ون") and form[0] in "يت" and len(form) > 4})
    return {jussive: table[indicative] for jussive, indicative in forms.items()
            if indicative in table and jussive not in table}


STANCE_JUSSIVE: dict[str, StanceTrigger] = {
    form: trigger for form, trigger in _jussives(STANCE).items() if not trigger.noun
}
find_stance_jussive = _cached_lookup(STANCE_JUSSIVE)
"""``lookup(word, STANCE_JUSSIVE)``: a stance verb in the jussive, to be read after «لم»."""

REPORTING_JUSSIVE: dict[str, ReportingVerb] = _jussives(REPORTING)
find_reporting_jussive = _cached_lookup(REPORTING_JUSSIVE)
"""``lookup(word, REPORTING_JUSSIVE)``: «لم يقل», «لم تنف» after «لم»."""

FIRST_PERSON_FORMS = frozenset({"نعمل", "نامل", "نراقب"}) | frozenset(
    form for form, trigger in STANCE.items()
    if not trigger.noun and form[0] == "ن" and "ي" + form[1:] in STANCE
)
"""First-person plural imperfects («نشاطر», «ندعم»): the speaker's side is the subject."""

EMOTION_POSITIVE = frozenset({"سعداء", "سعيد", "سعيده", "راض", "راضون", "راضين", "راضيا", "راضيه",
                              "مرتاح", "مرتاحون", "مرتاحين", "مسرور", "مسرورون", "مسرورين"})
"""«سعداء ب...»: support; negated («لم نكن سعداء ب...») it is opposition."""

NEGATORS = frozenset({"لم", "لن", "لا", "ليس", "ليست", "لسنا", "لست", "ليسوا", "غير", "عدم", "ما",
                      "ولم", "ولن", "ولا", "وليس", "فلم", "فلا"})
NEGATED_COPULAS = frozenset({"نكن", "يكن", "تكن", "يكونوا", "نكون", "يكون", "تكون"})
NOT_NEGATIONS = frozenset({"يزال", "تزال", "زال", "زالت", "زالوا", "يزالون", "نزال", "بد", "سيما"})
"""«لا يزال», «ما زال», «لا بد», «لا سيما»: not negations."""

HEDGES = frozenset({"ربما", "يبدو", "يحتمل", "المحتمل", "لعل", "لعله", "يمكن", "يرجح", "المرجح"})
"""Hedge words; «قد» counts only before an imperfect verb (see ``kg.relations.polarity``)."""
CONDITIONALS = frozenset({"اذا", "لو", "حال", "حاله", "فاذا", "واذا", "ولو", "لئن", "طالما"})

# --- events ------------------------------------------------------------------

EVENT_TRIGGERS: dict[str, str] = {
    **_forms("Meeting", "اجتماع", "اجتماعا", "اجتماعات", "لقاء", "التقي", "التقت", "التقوا",
             "يلتقي", "قمه", "محادثات", "مباحثات", "استقبل", "استقبلت", "يستقبل"),
    **_forms("MilitaryOperation", "توغل", "اجتياح", "معارك", "معركه", "اشتباكات",
             "محاربه", "تمشيط", "زحف", "زحفهم", "زحفها", "سيطرت", "سيطر", "سيطره",
             "انتزعت", "انتزع", "استعادت", "استعاد", "حصار", "تحرير", "دخلت", "هجوما"),
    **_forms("Attack", "هجوم", "هاجم", "هاجمت", "قصف", "قصفت", "تقصف", "يقصف", "غاره", "غارات",
             "استهدف", "استهدفت", "اعتداء", "تفجير", "فجر", "امطرت", "اسقطت", "اسقاط",
             "اسقط"),
    **_forms("Killing", "قتل", "قتلت", "مقتل", "اغتيال", "اغتال", "اعدام", "اعدم", "مجزره",
             "مذبحه"),
    **_forms("Protest", "احتجاج", "احتجاجات", "تظاهره", "مظاهره", "مظاهرات", "تظاهر", "تظاهرات",
             "اعتصام"),
    **_forms("Agreement", "اتفاق", "اتفاقا", "اتفاقيه", "معاهده", "هدنه", "اتفق", "اتفقت"),
    **_forms("Visit", "زياره", "زار", "زارت", "يزور", "تزور", "جوله", "جولات"),
    **_forms("Sanction", "عقوبات", "العقوبات"),
    **_forms("Withdrawal", "انسحاب", "انسحب", "انسحبت", "سحب"),
    **_forms("Deployment", "نشر", "انتشار", "ينتشرون", "ينتشر", "دخول", "تواجد", "انزلنا", "انزل",
             "انزلت", "ارسال", "تمركز"),
}
EVENT_TRIGGER_CONFIDENCE = 0.65
find_event = _cached_lookup(EVENT_TRIGGERS)
"""``lookup(word, EVENT_TRIGGERS)``, remembered per word."""

LIGHT_VERBS = frozenset({"قمنا", "قام", "قامت", "قاموا", "تقوم", "يقوم", "نقوم", "قاما"})
"""«قمنا بإعادة نشر»: the subject of the light verb is the event's agent."""

# --- roles -------------------------------------------------------------------

TITLE_HEADS = frozenset({
    "وزير", "وزيره", "رئيس", "رئيسه", "نائب", "امين", "مبعوث", "مبعوثه", "منسق", "منسقه", "سفير",
    "سفيره", "ناطق", "متحدث", "متحدثه", "قائد", "زعيم", "محافظ", "محافظا", "مدير", "مديره", "مفوض",
    "مفوضه", "ملك", "امير", "حاكم", "وكيل", "وكيلا", "مستشار", "مستشاره", "مندوب", "ممثل",
})
LEADER_HEADS = frozenset({"رئيس", "رئيسه", "زعيم", "قائد", "ملك", "امير", "حاكم", "امين"})
"""Titles whose holder leads the organisation or country of the position."""
HONORIFICS = frozenset({"السفير", "الدكتور", "د", "الشيخ", "الجنرال", "العقيد", "اللواء", "المهندس",
                        "السيد", "السيده", "الامير", "الملك", "العميد", "الفريق"})
FORMER = frozenset({"السابق", "السابقه", "المخلوع"})

# Nisba adjectives → (country name, Wikidata QID): «وزير الخارجية اليمني» → Yemen.
NISBA: dict[str, tuple[str, str]] = {}
for _names, _country, _qid in (
    (("امريكي", "امريكيه", "الامريكي", "الامريكيه"), "الولايات المتحدة", "Q30"),
    (("يمني", "يمنيه"), "اليمن", "Q805"),
    (("بريطاني", "بريطانيه"), "المملكة المتحدة", "Q145"),
    (("الماني", "المانيه"), "ألمانيا", "Q183"),
    (("فرنسي", "فرنسيه"), "فرنسا", "Q142"),
    (("روسي", "روسيه"), "روسيا", "Q159"),
    (("صيني", "صينيه"), "الصين", "Q148"),
    (("سعودي", "سعوديه"), "السعودية", "Q851"),
    (("اماراتي", "اماراتيه"), "الإمارات العربية المتحدة", "Q878"),
    (("ايراني", "ايرانيه"), "إيران", "Q794"),
    (("عراقي", "عراقيه"), "العراق", "Q796"),
    (("سوري", "سوريه"), "سوريا", "Q858"),
    (("تركي", "تركيه"), "تركيا", "Q43"),
    (("مصري", "مصريه"), "مصر", "Q79"),
    (("هولندي", "هولنديه"), "هولندا", "Q55"),
    (("اوكراني", "اوكرانيه"), "أوكرانيا", "Q212"),
    (("اسرائيلي", "اسرائيليه"), "إسرائيل", "Q801"),
    (("قطري", "قطريه"), "قطر", "Q846"),
    (("اردني", "اردنيه"), "الأردن", "Q810"),
    (("لبناني", "لبنانيه"), "لبنان", "Q822"),
    (("ماليزي", "ماليزيه"), "ماليزيا", "Q833"),
    (("بلجيكي", "بلجيكيه"), "بلجيكا", "Q31"),
    (("ليبي", "ليبيه"), "ليبيا", "Q1016"),
    (("كويتي", "كويتيه"), "الكويت", "Q817"),
    (("فلسطيني", "فلسطينيه"), "فلسطين", "Q219060"),
    (("ايطالي", "ايطاليه"), "إيطاليا", "Q38"),
):
    for _name in _names:  # «الماني»: the alef-lam of «ألمانيا» is not an article
        NISBA[_name] = (_country, _qid)

# --- geography and membership ------------------------------------------------

DIRECTIONS = frozenset({"جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي"})
MEMBERSHIP_WORDS = frozenset({"عضويه", "اعضاء", "عضو", "عضوا"})
AFFILIATION_WORDS = frozenset({"تابعه", "تابع", "تابعين"})

PREPOSITIONS = frozenset({"في", "علي", "الي", "مع", "عن", "من", "لدي", "حول", "ضد", "بين", "منذ",
                          "عند", "خلال", "بعد", "قبل", "نحو", "تجاه", "ازاء", "دون", "عبر"})
FUNCTION_WORDS = PREPOSITIONS | frozenset({
    "التي", "الذي", "الذين", "اللذين", "اللتين", "ان", "انه", "انها", "كما", "و", "او", "ثم", "لكن",
    "بل", "حيث", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "كان", "كانت", "قد", "لقد", "ما",
    "لم", "لن", "لا", "اي", "كل", "جميع", "بضروره", "بشان", "اليها", "اليه", "عليها", "عليه",
    "منها", "منه", "فيها", "فيه", "لها", "له", "عنها", "عنه", "بها", "به",
})

WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
RELATIVE_DAYS: dict[str, int] = {"امس": -1, "البارحه": -1, "اليوم": 0, "غدا": 1}
