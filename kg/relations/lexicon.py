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
from typing import Generic, NamedTuple, TypeVar

from kg.ontology.namespace import EventLabel, RelationKind
from kg.relations.event_inflections import inflected_base
from kg.relations.stance_dual_forms import dual_imperfects
from kg.relations.stance_inflections import inflected_stances
from kg.relations.stance_spellings import (
    ALERTED,
    ALERTING,
    CONDEMNED_UNHAMZATED,
    SHARING_CONCERN,
    SHARING_CONCERN_PARTICIPLES,
    THREATENED_WITH,
    THREATENING_WITH,
)

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


class Hit(NamedTuple, Generic[V]):
    """A word found in a table: the clitics before the entry («وال» in «والإرهاب») and
    the table's value for the entry."""

    prefix: str
    value: V


def lookup(word: str, table: Mapping[str, V]) -> Hit[V] | None:
    """The first reading of ``word`` found in ``table``."""
    for prefix, rest in readings_of(word):
        if rest in table:
            return Hit(prefix, table[rest])
    return None


def _cached_lookup(table: Mapping[str, V]) -> Callable[[str], Hit[V] | None]:
    """:func:`lookup` in one constant ``table``, remembered per word."""

    @lru_cache(maxsize=1 << 16)
    def find(word: str) -> Hit[V] | None:
        return lookup(word, table)

    return find


def _forms(value: V, *forms: str) -> dict[str, V]:
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
    "قال": ("قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون", "بالقول", "القول", "قوله",
            "قولها", "قولهم", "قائلا", "قائله"),
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
    "لفت": ("لفت", "لفتت", "يلفت", "تلفت", "لافتا"),
    "تابع": ("تابع", "تابعت"),
    "اكمل": ("اكمل", "اكملت"),
    "اعتبر": ("اعتبر", "اعتبرت", "يعتبر", "معتبرا"),
    "اعرب": ("اعرب", "اعربت", "يعرب", "معربا"),
    "عبر": ("عبر", "عبرت", "يعبر"),
    "ابلغ": ("ابلغ", "ابلغت"),
    "نفي": ("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا"),
    "حذر": ("حذر", "حذرت", "يحذر", "محذرا"),
    # Opinions of a named speaker, reported like speech («رأى المحلل أن», «توقع الخبير أن»,
    # «رجح الوزير أن»): a statement only with a clause (أن/إن), a quotation or a colon.
    "راي": ("راي", "رات", "راوا", "يري", "تري", "يرون"),
    "توقع": ("توقع", "توقعت", "توقعوا", "يتوقع", "تتوقع", "متوقعا", "متوقعه"),
    "رجح": ("رجح", "رجحت", "مرجحا", "مرجحه"),
    "نبه": ("نبه", "نبهت", "منبها", "منبهه"),
    # «ويبين أنه»: the present «يبيّن» is a verb; the past «بين» is the preposition too
    # (read by kg.relations.shown), «تبين أن» is «it turned out that» (impersonal).
    "بين": ("مبينا", "مبينه", "يبين"),
    "وصف": ("واصفا", "واصفه"),
    # «أبان المدير أن», «اعترف الوزير بأن», «تساءل النائب: ...»,
    # «نوه الأمين العام إلى أن»: verbs of saying that report only with a clause (أن/إن),
    # a quotation, a colon or their preposition; «اعترف بالخطأ» reports nothing.
    "ابان": ("ابان", "ابانت"),
    "اعترف": ("اعترف", "اعترفت", "يعترف", "تعترف", "معترفا"),
    "تساءل": ("تساءل", "تساءلت", "يتساءل", "تتساءل", "متسائلا"),
    "نوه": ("نوه", "نوهت", "منوها", "منوهه"),
    # «وأردف», «واستطرد», «واستدرك»: like «وأضاف», they go on with the last speaker.
    "اردف": ("اردف", "اردفت", "مردفا"),
    "استطرد": ("استطرد", "استطردت", "مستطردا"),
    "استدرك": ("استدرك", "استدركت", "مستدركا"),
}
_CONTINUATION = frozenset({"اضاف", "تابع", "اكمل", "اوضح", "اردف", "استطرد", "استدرك"})
_CONTENT_PREPS: dict[str, tuple[str, ...]] = {
    "اكد": ("علي",),
    "شدد": ("علي",),
    "كشف": ("عن",),
    "اعلن": ("عن",),
    "اعرب": ("عن",),
    "عبر": ("عن",),
    "حذر": ("من",),
    "اشار": ("الي",),
    "لفت": ("الي",),
    "نوه": ("الي",),
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


def reporting_verb(word: str) -> Hit[ReportingVerb] | None:
    """:func:`find_reporting` read as a verb: only a conjunction or the future «س» may come
    before it, never «ك», «ب» or the article («كيري» is Kerry, not «ك» + «يرى»)."""
    hit = find_reporting(word)
    return hit if hit is not None and not hit.prefix.strip("وفس") else None


COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "اننا", "انني", "بان", "بانه", "بانها",
                             "بانهم"})
"""أن / إن and their pronoun-suffixed forms: an indirect statement follows."""

_FEELING_NOUNS = ("استغراب", "اسف", "قلق", "ارتياح", "سعاده", "فخر", "اعتزاز", "امتنان",
                  "حزن", "غضب", "استياء", "انزعاج", "دهشه", "تعاطف", "تعازي", "تهاني", "اعجاب",
                  "سرور", "تقدير", "شكر", "ترحيب", "تضامن", "خيبه", "صدمه", "استنكار", "ادانه")
FEELINGS = frozenset(_FEELING_NOUNS) | frozenset(
    (noun[:-1] + "ت" if noun.endswith("ه") else noun) + suffix
    for noun in _FEELING_NOUNS for suffix in ("ه", "ها", "هم", "هما", "نا"))
"""«أعرب عن استغرابه», «عبّر عن ارتياحها»: what these verbs express is a feeling (a stance,
never a statement of what was said)."""

# Verbs that need a following «عن» to report something (عبر also means «via»).
NEEDS_PREPOSITION = frozenset({"عبر", "اعرب"})

OPENING_QUOTES = "«“\""
CLOSING_QUOTE = {"«": "»", "“": "”", '"': '"'}

# --- stance ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class StanceTrigger:
    kind: RelationKind
    """Ontology property local name (``opposes``, ``urges`` ...)."""
    noun: bool
    confidence: float
    topic_object: bool = True
    """Whether a descriptive noun phrase («الاتهامات», «الدول») may be the object."""
    requires: frozenset[str] = frozenset()
    """Words one of which must follow within a few words («حمّل X المسؤولية»), or nothing."""
    passive: bool = False
    """A passive participle whose agent follows «من» and whose patient is the noun before
    it («الميليشيات المدعومة من إيران»: Iran supports the militias)."""
    deed_object: bool = False
    """Whether only the actor of a named deed may be the object («هنأ X بالانتصارات التي
    حققتها Y», «عبر عن فخره بما يحققه Y»): congratulations and pride are praise only for
    what someone did, never as protocol toward a person."""
    phrase_object: bool = False
    """Whether a definite descriptive phrase after the verb may be the object though it
    names no one («أشاد بالدور الكبير», «مثمناً الجهود المبذولة»): verbs that praise
    whatever they take, unlike «نوّه بـ», which also points a thing out."""


BESIDE = frozenset({"جانب", "بجانب", "جنب"})
"""«تقف المملكة إلى جانب الشعب اليمني»: standing beside someone is support (not «تقف وراء»);
never the bare «وقف», the noun of «وقف إطلاق النار»."""
STANDING_WITH = frozenset({"جانب", "بجانب", "مع"})
"""«وقوف المملكة إلى جانب اليمن», «وقوفه مع الشعب»: standing is support only beside or with
someone, never «الوقوف أمام الكاميرا» (standing in front of a thing) or «الوقوف على» (looking
into)."""
HOLDING_TO = frozenset({"ب"})
"""«جدد التمسك باتفاق الطائف», «أكد تمسكه بالمبادرة», «متمسكة بالحل»: holding to a thing
is support for it, only with «ب» glued to the next word (not «تمسك» alone)."""
THANKED_FOR = frozenset({"علي", "نظير"})
"""«شكره ... على جهوده»: thanks are praise only for a deed, named after «على» or «نظير»."""
TOWARD = frozenset({"ل", "ازاء", "حيال", "تجاه"})
"""«أعرب عن تقديره للجهود», «عن ارتياحها للاتفاق», «ارتياحه إزاء النتائج»: appreciation and
satisfaction are a stance only toward what follows «ل» glued to the next word (or «إزاء»);
never «في تقديره» (in his estimation) or «تقديرات» (estimates)."""
DESCRIBED_AS = frozenset({
    "ارهابي", "ارهابيه", "ارهابيا", "عنصري", "عنصريه", "عنصريا", "جائر", "جائره", "ظالم",
    "ظالمه", "بلطجي", "عدواني", "عدوانيه", "استفزازي", "استفزازيه", "مخزي", "مخزيه", "اجرامي",
    "اجراميه", "جبان", "جبانه", "همجي", "همجيه", "وحشي", "وحشيه", "كاذب", "كاذبه", "سافر",
    "سافره", "مرفوض", "مرفوضه", "فاشل", "فاشله", "مشين", "مشينه", "متطرف", "متطرفه", "طائفي",
    "طائفيه", "معاد", "جريمه", "مجزره", "انتهاك", "باطل", "باطله",
    # «وصف الهجوم الإسرائيلي بأنه عشوائي», «وصف القرار بأنه تعسفي»
    "عشوائي", "عشوائيه", "تعسفي", "تعسفيه", "غاشم", "غاشمه",
})
"""«وصف X القرار بأنه عنصري», «وصفت الوزارة التفجير بالعمل الإرهابي»: describing a thing or a
person as one of these (with or without «ال», «ب», «بـ» + noun) criticizes it; «وصف» with
any other word («وصف الوضع بأنه هادئ») is no stance."""
REGARDING = ("اعتبر", "اعتبرت", "اعتبروا")
"""Only the perfect: «يُعتبر», «تُعتبر» are as often the passive («is regarded»), and «عدّ»
reads «وعد» (promised) with its «و»."""
REGARDED_AS = frozenset({
    "تدخلا", "انتهاكا", "خرقا", "تعديا", "عدوانا", "استفزازا", "تصعيدا", "مرفوضا", "مرفوضه",
    "ارهابيا", "عدوانيا", "استفزازيا", "سافرا", "فجا", "صارخا", "جريمه", "مجزره", "اهانه",
    "اساءه", "غير مقبول", "غير مقبوله",
    # «اعتبرت X القرار باطلا», «اعتبر الخطوة غير قانونية»: void or unlawful
    "باطلا", "لاغيا", "غير شرعي", "غير شرعيه", "غير قانوني", "غير قانونيه", "غير مشروع",
    "غير مشروعه",
})
"""«اعتبرت البحرين ما صدر عن X تدخلاً فجاً», «اعتبر X القرار انتهاكاً للقانون», «اعتبره غير
مقبول»: regarding a thing or a person as one of these (the second object, in the accusative
or a word that shows no case) criticizes it; never «اعتبر أن ...» (a clause says what is
regarded, see :mod:`kg.relations.stance_verdicts`), nor «اعتبر الاتفاق انتصاراً»."""
BLAME_NOUNS = frozenset({
    "تعنت", "غموض", "تقصير", "فشل", "اهمال", "تخاذل", "تواطؤ", "تهاون", "مماطله", "تعسف",
    "انتهاكات", "اعتداءات", "جرائم", "عدوان", "اكاذيب", "مزاعم", "ادعاءات", "استفزازات",
    "عربده", "غطرسه", "تناقض",
})
"""A failing or a wrong in construct with an actor, in a speaker's words («قال X إن تعنت
الحوثيين ...», «بسبب تقصير وزارة الإسكان»): the speaker criticizes that actor."""
SUMMONING = frozenset({"استدعي", "استدعت", "يستدعي", "تستدعي", "استدعوا"})
"""«استدعت X السفير ... على/بسبب تصريحات Y»: summoning an envoy over someone's statements or
deeds criticizes their author (see :mod:`kg.relations.stance_verdicts`)."""
ENVOYS = frozenset({"سفير", "السفير", "القائم", "سفيره", "سفيرها", "سفراء", "المبعوث",
                    "قائم", "القائمه"})
BEARING = frozenset({"يتحمل", "تتحمل", "يتحملون", "تتحملان", "يتحملان"})
"""«قال X إن السعودية تتحمل مسؤولية التصعيد»: the speaker lays the responsibility on the
clause's subject (see :mod:`kg.relations.stance_verdicts`)."""
VERDICT_WORDS = frozenset({"مرفوض", "مرفوضه", "غير", "يعد", "تعد", "يمثل", "تمثل", "يشكل",
                           "تشكل", "يعتبر", "تعتبر"}) | BLAME_NOUNS | SUMMONING | BEARING
"""The words a speaker's verdict on a thing opens with («إن القرار غير مقبول», «أن هذه
التصريحات تعد تدخلاً»): see :mod:`kg.relations.stance_verdicts`."""
DISPLEASED_AT = frozenset({"من", "ازاء", "حيال", "تجاه"})
"""«أعرب عن استغرابه من تصريحات X», «عن استيائه من الحملة»: displeasure at a thing or a
person is criticism of it, only with «من» (or «إزاء») within two words (never «استغرابه»
alone)."""
WORKED_WITH = frozenset({"مع", "ومع"})
BETWEEN = frozenset({"بين"})
"""«تنسيقا بين X و Y»: the parties of a coordination named after «بين»."""
"""«تعاونها مع Y»: what opens the partner of an owned cooperation (see stance_cooperated)."""
VEXED_BY = frozenset({"من", "مما"})
"""«استاءت X من تصريحات Y»: the verb of displeasure, its subject between it and «من»."""
ONE_OF_CRITICS = ("منتقدي", "معارضي", "مؤيدي")
"""«كان X من أشد منتقدي Y», «يعد X من أبرز معارضي Y», «كان X من أبرز مؤيدي Y»: one of Y's
critics (opponents, supporters); a stance only in that frame, with X named right before «من»
(never «عدد من معارضي Y»). Not «داعمي», which also names donors («من داعمي الجمعية»)."""
BLAME = frozenset({"باللوم", "اللوم", "باللائمه", "اللائمه"})
"""«ألقى X باللوم على Y», «يلقي اللوم على Y»: laying the blame on someone is criticism of
them, only with the blame word after the verb («ألقى كلمة» is a speech)."""
RESPONSIBILITY = frozenset({"مسؤوليه", "المسؤوليه"})
"""«حمّل X Y مسؤولية ...»: laying the responsibility on someone criticizes them."""
REFUSING_STANDS = ("الرافض", "الرافضه")
"""«جددت المملكة موقفها الرافض للإرهاب»: a stand that refuses, only right after a word of
stand (:data:`STANDS`), never of people («التيار الرافض للاتفاق»)."""
PREDICATE_BACKERS = ("داعما", "مؤيدا", "مواليا")
"""«وكان أوباما مؤيدا للاتفاق», «أن قطر كان داعما لـ»: the accusative of a backer is the
predicate of «كان» and its sisters; a stance only there (``kg.relations.stance_copula_heads``)."""
PREDICATE_OPPONENTS = ("معارضا", "مناهضا")
"""«وصار X معارضا لحزب الله»: the accusative of an opponent, a stance only as the predicate
of «كان» and its sisters, like :data:`PREDICATE_BACKERS` («اعتقلت معارضا للنظام» is none)."""
OPPOSING_STANDS = ("المعارض", "المناهض")
"""«أكدت مصر موقفها المعارض للتدخل»: a stand that opposes, only right after a word of stand
(and its holder: «موقف مصر المعارض»), never of people («المعارض السوري X»)."""
STANDS = frozenset({"موقف", "موقفه", "موقفها", "موقفهم", "موقفنا", "مواقف", "مواقفه",
                    "مواقفها", "مواقفهم", "الموقف", "المواقف"})
PROTESTING = ("احتج", "احتجت", "يحتج", "تحتج", "احتجوا", "يحتجون", "محتجا", "محتجه")
PROTESTED_AT = frozenset({"علي"})
"""«احتجت البحرين رسمياً على تصريحات X», «سلمت الخارجية السفير مذكرة احتجاج على ...»,
«استدعت السفير احتجاجاً على ...»: a protest lodged at a thing or a person criticizes it,
only with «على» after it (never the plural «احتجاجات», street protests, see events)."""
DEFENDED = frozenset({"عن", "دافع"})
"""«دافع X عن الاتفاق»: a frame of its own (see :mod:`kg.relations.stance_defended`)."""
DEFENDING = ("دافع", "دافعت", "يدافع", "تدافع", "دافعوا", "يدافعون", "ندافع")
ADDRESSEE_FROM = frozenset({"من"})
"""«طلب X من Y أن ...»: the one asked comes after «من», right after the subject."""


def first_person_plural(form: str) -> str | None:
    """«ننتقد» for «ينتقد»: the first-person plural of a third-person singular imperfect."""
    if len(form) > 3 and form[0] == "ي" and not form.endswith("ون"):
        return "ن" + form[1:]
    return None


def _stance(kind: RelationKind, confidence: float, verbs: tuple[str, ...],
            nouns: tuple[str, ...] = (), topic_object: bool = True,
            requires: frozenset[str] = frozenset(),
            deed_object: bool = False, phrase_object: bool = False) -> dict[str, StanceTrigger]:
    verbs += tuple(f for f in map(first_person_plural, verbs) if f is not None and f not in verbs)
    table = {form: StanceTrigger(kind, False, confidence, topic_object, requires,
                                 deed_object=deed_object, phrase_object=phrase_object)
             for form in verbs}
    noun_confidence = confidence - 0.1
    nouns += tuple(f for f in _possessives(nouns, set(verbs) | set(nouns))
                   if f not in table and f not in nouns)
    table.update({form: StanceTrigger(kind, True, noun_confidence, topic_object, requires,
                                      deed_object=deed_object, phrase_object=phrase_object)
                   for form in nouns})
    return table


def _possessives(nouns: tuple[str, ...], known: set[str]) -> list[str]:
    """«إدانته», «تأييدها», «انتقادهم»: a verbal noun with a possessive suffix (ة → ت);
    not for participles («مشيدة»), nor for a form that already ends in a pronoun
    («أسفه», «دعمه»)."""
    found: list[str] = []
    for noun in nouns:
        if noun.startswith(("ال", "م", "داع")) or noun.endswith(("ا", "ها", "هم", "نا", "ته")) \
                or (noun.endswith("ه") and noun[:-1] in known):
            continue
        stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
        found.extend(stem + suffix for suffix in ("ه", "ها", "هم", "نا"))
    return found


AGAINST = "ضد"
"""«ضد»: a stance only as the predicate of «أنّ» with a pronoun («أكد أنه ضد التدخل»);
elsewhere it is a preposition («حرب ضد داعش»)."""
AGAINST_SUBJECTS = frozenset({"انه", "انها", "اننا", "انني", "بانه", "بانها", "باننا",
                              "وانه", "وانها", "واننا"})

TAKING = ("اخذ", "اخذت", "اخذوا", "ياخذ", "تاخذ", "ياخذون", "ناخذ")
"""«أخذ على X», «يأخذ على الحكومة تقصيرها»: holds it against X (see stance_triggers)."""
TAKING_IDIOMS = frozenset({"عاتقه", "عاتقها", "عاتقهم", "عاتقنا", "عاتق", "محمل", "عجل",
                           "نفسه", "نفسها", "انفسهم", "انفسنا", "عهدته", "عهدتها", "غره"})
"""«أخذ على عاتقه», «أخذ على محمل الجد», «أخذ على نفسه»: no criticism."""

REGRET = ("اسف", "اسفنا", "اسفه", "اسفها")
"""«أسفه ل...»: opposition to a decision or a deed, but condolence for a death or a loss."""
LOSSES = frozenset({"وفاه", "لوفاه", "رحيل", "لرحيل", "مقتل", "لمقتل", "سقوط", "لسقوط", "حادث",
                    "للحادث", "لحادث", "ضحايا", "لضحايا", "استشهاد", "لاستشهاد", "وقوع", "لوقوع",
                    "فقدان", "لفقدان", "موت", "لموت", "الخسائر", "للخسائر"})
"""Deaths, accidents and losses: regret for them is condolence, not a stance."""

_BACKED = {form: StanceTrigger("supports", True, 0.7, topic_object=False, passive=True)
           for form in ("مدعوم", "مدعومه", "مدعومين", "مدعومون", "المدعوم", "المدعومه",
                        "المدعومين", "المدعومون", "مدعومتين", "المدعومتين")}

JOINTLY = frozenset({"بالاشتراك", "وبالاشتراك"})
"""«بالاشتراك مع»: the adjunct of joint work, the one frame «الاشتراك» is a stance in."""
MEMORANDUM = frozenset({"مذكره", "ومذكره", "مذكرات"})
"""«مذكرة تفاهم»: the noun «تفاهم» is a stance only right after one of these."""
AGREEMENT_NOUNS = frozenset({"اتفاقيه", "الاتفاقيه", "اتفاقيات", "اتفاق", "الاتفاق", "عقد",
                             "عقود", "بروتوكول", "بروتوكولات", "مذكره", "مذكرات", "تفاهم"})
"""Nouns of an agreement that a noun of cooperation may follow («اتفاقية تعاون», «مذكرة تفاهم
للتعاون», «عقد شراكة»; «تفاهم» of «مذكرة تفاهم»)."""
STANCE: dict[str, StanceTrigger] = {
    **_BACKED,
    **_stance("opposes", 0.75, ("عارض", "عارضت", "يعارض", "تعارض", "نعارض", "يعارضون", "عارضوا"),
              ("معارضه", "معارضته", "معارضتها", "معارضتنا", *OPPOSING_STANDS,
               *PREDICATE_OPPONENTS)),
    **_stance("opposes", 0.75, (), REGRET, topic_object=False),
    # «قال إنه ضد الحرب»: only as the predicate of «أنّ» + pronoun (see stance_triggers)
    **_stance("opposes", 0.7, (AGAINST,), ()),
    **_stance("supports", 0.75, ("دعم", "دعمت", "يدعم", "تدعم", "ندعم", "يدعمون", "ساند", "ساندت",
                                 "يساند", "تساند", "ايد", "ايدت", "يؤيد", "تؤيد", "نؤيد",
                                 "دعموا", "ساندوا", "ايدوا", "يؤيدون"),
              ("دعمه", "دعمها", "دعمهم", "دعمنا", "تاييد", "مسانده", "داعمه", "داعم", "داعمين",
               # «أكدت X مساندتها للحكومة»: «مساندة» opens with «م», so its possessives are
               # not made by :func:`_possessives` (kept from participles), and are listed
               "مساندته", "مساندتها", "مساندتهم", "مساندتنا",
               "داعمون", "موالي", "موالين", "موالون", "مواليه", "مؤيد", "مؤيده", "مؤيدين",
               "مؤيدون", *PREDICATE_BACKERS)),
    # «دافع أوباما عن الاتفاق»: only with a policy noun after «عن» (see stance_defended)
    **_stance("supports", 0.7, DEFENDING, (), requires=DEFENDED),
    **_stance("supports", 0.75, (), ("وقوف", "وقوفها", "وقوفه", "وقوفهم", "وقوفهما"),
              requires=STANDING_WITH),
    **_stance("supports", 0.7, ("تضامن", "تضامنت", "يتضامن", "تتضامن", "تضامنوا", "يتضامنون"),
              ("تضامن", "تضامنه", "تضامنها", "تضامنهم", "تضامنا"), topic_object=False,
              requires=frozenset({"مع"})),
    **_stance("supports", 0.7, ("وقفت", "يقف", "تقف", "وقفوا", "يقفون", "تقفان"), (),
              requires=BESIDE),
    **_stance("supports", 0.7, (),
              ("التمسك", "تمسكه", "تمسكها", "تمسكهم", "تمسكنا", "متمسك", "متمسكه",
               "متمسكون", "متمسكين"), requires=HOLDING_TO),
    **_stance("criticizes", 0.7, (), ("استغرابه", "استغرابها", "استغرابهم", "استغرابنا",
                                      "استيائه", "استيائها", "استيائهم", "استيائنا",
                                      # the accusative spelling («أبدت استياءها»)
                                      "استياءه", "استياءها", "استياءهم", "استياءنا",
                                      "امتعاضه", "امتعاضها", "امتعاضهم", "امتعاضنا",
                                      "غضبه", "غضبها", "غضبهم", "غضبنا",
                                      # «أبدت الإدارة تذمرها من مماطلة النادي»
                                      "تذمره", "تذمرها", "تذمرهم", "تذمرنا",
                                      "سخطه", "سخطها", "سخطهم", "سخطنا"),
              requires=DISPLEASED_AT),
    # «أعرب X عن انزعاجه الشديد من تصريحات Y»: displeasure as «استيائه من»
    **_stance("criticizes", 0.7, (), ("انزعاجه", "انزعاجها", "انزعاجهم", "انزعاجنا"),
              requires=DISPLEASED_AT),
    # «واستاءت X من تصريحات Y»: the verb of «أعربت عن استيائها من»
    **_stance("criticizes", 0.7, ("استاء", "استاءت", "يستاء", "تستاء", "استاءوا"), (),
              requires=VEXED_BY),
    # «لامت X الحكومة على التصعيد», «يلوم X Y»: blame; «لام» alone is also a name («لام أكول»)
    **_stance("criticizes", 0.7, ("لامت", "يلوم", "تلوم", "لاموا", "يلومون"), (),
              topic_object=False),
    # «من أشد منتقدي تدابير التقشف»: a policy as a phrase (see stance_critic_things)
    **_stance("criticizes", 0.7, (), ONE_OF_CRITICS[:1], topic_object=False,
              phrase_object=True),
    **_stance("opposes", 0.7, (), ONE_OF_CRITICS[1:2], topic_object=False,
              phrase_object=True),
    **_stance("supports", 0.7, (), ONE_OF_CRITICS[2:], topic_object=False),
    # «أبدت مصر تحفظها على مشروع القرار», «تحفظاته على قرار الحكومة»: a reservation held
    # on a thing; only the nouns with their holder's pronoun and «على» («تحفظت الشرطة على
    # المتهم» detains, «بطريقة تحفظ كرامتهم» preserves)
    **{form: StanceTrigger("opposes", True, 0.6, requires=frozenset({"علي"}))
       for form in ("تحفظه", "تحفظها", "تحفظهم", "تحفظاته", "تحفظاتها", "تحفظاتهم")},
    **_stance("opposes", 0.7, ("اعترض", "اعترضت", "يعترض", "تعترض", "اعترضوا", "يعترضون"),
              ("اعتراض", "اعتراضه", "اعتراضها", "اعتراضهم"), requires=frozenset({"علي"})),
    **_stance("criticizes", 0.7, ("انتقد", "انتقدت", "ينتقد", "تنتقد", "اتهم", "اتهمت", "اتهموا",
                                  "اتهموها", "اتهمه", "يتهم", "تتهم", "يتهمون", "تتهمان",
                                  "انتقدوا", "ينتقدون"),
              ("انتقاد", "الانتقاد", "انتقادات", "انتقادا", "منتقدا", "منتقده", "متهما",
               "متهمه")),
    # «وجه نقداً حاداً لـ X»: «نقد» is also cash («دفع نقدا»), so only aimed (see AIMING)
    **_stance("criticizes", 0.7, (), ("نقدا",)),
    **_stance("criticizes", 0.7, TAKING, (), topic_object=False, requires=frozenset({"علي"})),
    **_stance("criticizes", 0.7, PROTESTING, ("احتجاج", "احتجاجا", "احتجاجه", "احتجاجها",
                                             "احتجاجهم", "احتجاجنا"), requires=PROTESTED_AT),
    **_stance("criticizes", 0.7, ("وصف", "وصفت", "يصف", "تصف", "وصفوا", "يصفون"), (),
              requires=DESCRIBED_AS),
    **_stance("criticizes", 0.7, REGARDING, (), requires=REGARDED_AS),
    **_stance("criticizes", 0.7, ("هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجموا", "يهاجمون"),
              ("مهاجما", "مهاجمه"), topic_object=False),
    **_stance("criticizes", 0.7, ("حمل", "حملت", "حملوا", "يحمل", "تحمل", "يحملون"),
              ("محملا", "محمله"), topic_object=False,
              requires=RESPONSIBILITY),
    **_stance("criticizes", 0.7, ("القي", "القت", "القوا", "يلقي", "تلقي", "يلقون"), (),
              topic_object=False, requires=BLAME),
    **_stance("rejects", 0.8, ("رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "نرفض", "يرفضون",
                               "ترفضان"),
              ("رفضه", "رفضها", "رفضهم", "رافضا", "رافضه", "رافضين", "رافضون", *REFUSING_STANDS)),
    # «حضّ X الحكومة على المصالحة»: «حضّ» urges as «حثّ» does
    **_stance("urges", 0.75, ("حض", "حضت", "يحض", "تحض", "حضوا", "يحضون"), ("حاضا",)),
    **_stance("urges", 0.75, ("دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "حث", "حثت", "يحث",
                              "تحث", "طالب", "طالبت", "يطالب", "تطالب", "ناشد", "ناشدت", "يناشد",
                              "طالبوا", "يطالبون", "حثوا", "ناشدوا", "تناشد", "يناشدون"),
              ("دعوه", "دعوته", "دعوتها", "مطالبه", "داعيا", "داعيه", "مطالبا",
               # «وجددت مصر مطالبتها مجلس الأمن بـ ...», «مناشدته المنظمات»
               "مطالبته", "مطالبتها", "مطالبتهم", "مناشده", "مناشدته", "مناشدتها",
               # «مناشدا التحالف الدولي مضاعفة طلعاته»: the appeal's participle
               "مناشدا", "حاثا")),
    # «وأهابت المديرية بالمواطنين أخذ الحيطة»: «أهاب بـ» calls upon whom «بـ» names
    **_stance("urges", 0.7, ("اهاب", "اهابت", "يهيب", "تهيب", "اهابوا", "يهيبون"), ()),
    # «وطالبته بالكف عن ...»: the addressee is the pronoun's antecedent (see stance_objects)
    **_stance("urges", 0.7, ("طالبه", "طالبته", "دعاه", "دعته", "حثه", "حثته", "ناشده",
                             "ناشدته",
                             # «وطالبها بـ ...», «ودعاها إلى ...»: a body or country named before
                             "طالبها", "طالبتها", "دعاها", "دعتها", "حثها", "حثتها", "ناشدها",
                             "ناشدتها", "يطالبها", "تطالبها", "يدعوها", "تدعوها", "يحثها",
                             "تحثها"), ()),
    **_stance("urges", 0.7, ("طلب", "طلبت", "يطلب", "تطلب", "طلبوا", "يطلبون", "نطلب"), (),
              requires=ADDRESSEE_FROM),
    # «أشاد/ثمّن/أثنى» praise whatever they take, a descriptive phrase too («أشاد بالدور
    # الكبير», «مثمناً الجهود المبذولة»): see stance_praised_phrases
    **_stance("praises", 0.75, ("اشاد", "اشادت", "يشيد", "تشيد", "ثمن", "ثمنت", "يثمن", "اثني",
                                "اثنت", "اشادوا", "يثني", "تثني", "اثنوا", "ثمنوا",
                                # «ووزارة الصحة تثمن جهود ...», «يشيدون بـ»: the feminine and
                                # plural imperfects and plural past of the same verbs
                                "تثمن", "يثمنون", "يشيدون", "يثنون"),
              ("اشاده", "مشيدا", "مشيده", "مثمنا", "ثناء", "تثمين", "مثنيا", "مثنيه",
               # «إشادة» reads as «أشاد» + «ه» to :func:`_possessives`: its own possessives
               "اشادته", "اشادتها", "اشادتهم", "اشادتنا"), topic_object=False,
              phrase_object=True),
    # «، مثمنةً جهود X», «، منوهةً بشجاعة X»: the feminine participles of «ثمّن» and «نوّه»
    **_stance("praises", 0.75, (), ("مثمنه",), topic_object=False, phrase_object=True),
    **_stance("praises", 0.75, (), ("منوهه",), topic_object=False),
    # «نوّه بـ» also points out («ونوه بوقوع حالتي غرق»): a named object only
    **_stance("praises", 0.75, ("نوه", "نوهت", "ينوه", "تنوه", "ينوهون", "نوهوا"),
              ("منوها",), topic_object=False),
    **_stance("praises", 0.7, ("شكر", "شكرت", "يشكر", "تشكر", "نشكر", "شكروا", "يشكرون"),
              ("شكره", "شكرها", "شكرهم", "الشكر", "شكرنا", "امتنانه", "امتنانها", "امتنانهم",
               "امتناننا",
               # «، شاكرا لجنة التنمية على تنظيم الحفل»: the participle of thanking
               "شاكرا"), topic_object=False,
              requires=THANKED_FOR),
    **_stance("praises", 0.7, (), ("تقديره", "تقديرها", "تقديرهم", "تقديرنا"),
              topic_object=False, requires=TOWARD),
    **_stance("praises", 0.7, (), ("اعجابه", "اعجابها", "اعجابهم", "اعجابنا"),
              topic_object=False, requires=HOLDING_TO),
    **_stance("welcomes", 0.7, (), ("ارتياحه", "ارتياحها", "ارتياحهم", "ارتياحنا"),
              topic_object=False, requires=TOWARD),
    **_stance("praises", 0.7, ("مدح", "مدحت", "يمدح", "تمدح", "مدحوا", "امتدح", "امتدحت",
                               "يمتدح", "تمتدح"), ("مادحا", "مادحه", "ممتدحا"),
              topic_object=False),
    # «عبر عن ثنائه على جهود X»: «ثناءه» with the hamza on its seat before the pronoun
    **{form: StanceTrigger("praises", True, 0.65, topic_object=False, phrase_object=True)
       for form in ("ثنائه", "ثنائها", "ثنائهم", "ثناؤه", "ثناؤها", "ثناؤهم")},
    # «هنّأ» reads «هنا» once hamza is normalised: as «here» it takes no deed after it.
    **_stance("praises", 0.7, ("هنا", "هنات", "يهنئ", "تهنئ", "هنؤوا", "هناوا"),
              ("تهنئه", "تهاني", "تهانيه", "مهنئا", "مهنئه", "فخره", "فخرها", "فخرهم",
               "فخرنا", "اعتزازه", "اعتزازها", "اعتزازهم", "اعتزازنا"),
              topic_object=False, deed_object=True),
    **_stance("welcomes", 0.75, ("رحب", "رحبت", "يرحب", "ترحب", "نرحب", "رحبوا", "يرحبون"),
              ("ترحيب", "مرحبا", "ترحيبا"), topic_object=False),
    # «ويستهجن X الصمت الدولي»: the imperfect of «استهجن» (its dual and plural: see
    # stance_inflections)
    **_stance("condemns", 0.8, ("يستهجن", "تستهجن"), ()),
    **_stance("condemns", 0.8, ("ادان", "ادانت", "يدين", "تدين", "ندين", "ندد", "نددت", "يندد",
                                "استنكر", "استنكرت", "يستنكر", "ادانوا", "يدينون", "نددوا",
                                "ينددون", "تندد", "استنكروا", "تستنكر", "شجب", "شجبت", "يشجب",
                                "تشجب", "استهجن", "استهجنت"),
              ("ادانه", "تنديد", "استنكار", "مدينا", "منددا", "مستنكرا", "استهجان", "مندده",
               "مستنكره",
               # «إدانة» reads as «أدان» + «ه» to :func:`_possessives`: its own possessives
               "ادانته", "ادانتها", "ادانتهم", "ادانتنا",
               # «أعلنت X شجبها لـ»: the verbal noun «شجب» with its possessive, as «رفضها»
               "شجبه", "شجبها", "شجبهم")),
    # «ودانت الخارجية الهجوم»: «أدان» without its hamza (see stance_spellings)
    **_stance("condemns", 0.75, CONDEMNED_UNHAMZATED, ()),
    **_stance("warns", 0.7, ("حذر", "حذرت", "يحذر", "تحذر", "نحذر", "حذروا", "يحذرون"),
              ("تحذير", "محذرا", "تحذيرات", "محذره", "تحذيرا")),
    **_stance("threatens", 0.75, ("هدد", "هددت", "يهدد", "تهدد", "لوح", "لوحت", "يلوح", "هددوا"),
              ("تهديد", "ملوحا", "مهددا", "تهديدا"), topic_object=False),
    # «وتوعدت إيران الولايات المتحدة برد قاس» (see stance_spellings)
    **_stance("threatens", 0.7, THREATENED_WITH, THREATENING_WITH, topic_object=False),
    **_stance("sharesConcernWith", 0.75, ("شاطر", "نشاطر", "يشاطر", "تشاطر", "شاطرت"),
              (), topic_object=False),
    # «نبّه X المواطنين إلى خطورة ...», «شاطروا», «مشاطراً X قلقه»
    # (see stance_spellings)
    **_stance("warns", 0.7, ALERTED, ALERTING),
    **_stance("sharesConcernWith", 0.75, SHARING_CONCERN, SHARING_CONCERN_PARTICIPLES,
              topic_object=False),
    # «سحبت X سفيرها رفضاً للتدخلات», «دعماً للحكومة»: a stance as the purpose of a deed
    # (see stance_purposes); a noun whose holder is read from its clause, less sure than a verb
    **_stance("rejects", 0.7, (), ("رفضا",)),
    **_stance("supports", 0.7, (), ("دعما", "تاييدا", "اسنادا")),
    **_stance("condemns", 0.7, (), ("تنديدا", "استنكارا")),
    **_stance("opposes", 0.7, (), ("اعتراضا",), requires=frozenset({"علي"})),
    **_stance("coordinatesWith", 0.7, ("نسق", "نسقت", "ينسق", "تنسق", "ننسق", "تعاون", "يتعاون",
                                       "نتعاون", "تعاونت", "تتعاون", "نسقوا"),
              ("تنسيق", "التنسيق", "التعاون",
               # «بالشراكة مع X», «الشراكة بين X و Y»: a partnership is coordination
               "شراكه", "الشراكه"), topic_object=False),
    # «وأكدت X تعاونها مع Y»: cooperation owned by its holder, only with «مع» its partner
    # («شكرها على تعاونها» names no partner)
    **{form: StanceTrigger("coordinatesWith", True, 0.6, topic_object=False,
                           requires=WORKED_WITH)
       for form in ("تعاونه", "تعاونها", "تعاونهم", "تعاونهما", "تعاوننا")},
    # «هناك تنسيقا كاملا بين X و Y»: the indefinite accusative, only as the noun of «بين X و
    # Y» (see stance_pairs); elsewhere its holder is too loosely tied («وذلك تنسيقا مع X»).
    # «تعاونا» stays out: it is also the dual verb («تعاونا في ...»)
    **_stance("coordinatesWith", 0.7, (), ("تنسيقا",), topic_object=False, requires=BETWEEN),
    # «يتعاونون مع X», «ينسقون مع X»: the plural imperfects (the imperative «تعاونوا» of
    # appeals left out)
    **_stance("coordinatesWith", 0.7, ("ينسقون", "يتعاونون"), (), topic_object=False),
    # «السعودية ومصر تتعاونان في ...»: the duals (not «تعاونا», also the accusative noun)
    **_stance("coordinatesWith", 0.7, ("يتعاونان", "تتعاونان", "تعاونتا", "نسقتا"), (),
              topic_object=False),
    # «مذكرة تفاهم للتعاون», «اتفاقية للشراكة»: only as the purpose of a signed agreement
    # (see stance_partnerships); elsewhere «للتعاون» is a goal («استعدادها للتعاون»)
    **_stance("coordinatesWith", 0.7, (), ("للتعاون", "للشراكه"), topic_object=False,
              requires=AGREEMENT_NOUNS),
    # «نفذت X بالاشتراك مع Y»: joint work, only as the adjunct «بالاشتراك مع» right after
    # its doer (see stance_cooperation); elsewhere «الاشتراك» is taking part or a subscription
    **_stance("coordinatesWith", 0.7, (), ("الاشتراك",), topic_object=False, requires=JOINTLY),
    # «وقعت X مذكرة تفاهم مع Y», «وقعت X و Y مذكرة تفاهم»: a memorandum of understanding is
    # an agreement to cooperate; only signed (see stance_partnerships.signed_partners)
    **_stance("coordinatesWith", 0.7, (), ("تفاهم",), topic_object=False, requires=MEMORANDUM),
}

_RESUMED: dict[RelationKind, tuple[str, ...]] = {
    "opposes": ("يعارض", "تعارض", "عارض", "عارضت"),
    "supports": ("يدعم", "تدعم", "يؤيد", "تؤيد", "يساند", "تساند", "ايدت", "دعمت"),
    "rejects": ("يرفض", "ترفض", "رفضت"),
    "criticizes": ("ينتقد", "تنتقد", "انتقد", "انتقدت"),
}
RESUMPTIVE: frozenset[str] = frozenset(
    verb + suffix for verbs in _RESUMED.values() for verb in verbs for suffix in ("ه", "ها"))
"""«الاتفاق الذي تعارضه إسرائيل»: a verb with the pronoun of its object, after a relative;
its object is the relative's antecedent."""
STANCE.update({
    verb + suffix: StanceTrigger(kind, False, 0.7)
    for kind, verbs in _RESUMED.items() for verb in verbs for suffix in ("ه", "ها")
    if verb + suffix not in STANCE
})

STANCE.update(inflected_stances(STANCE, frozenset(REPORTING)))  # «رحبا», «انتقدهما»
STANCE.update(dual_imperfects(STANCE))  # «مصر والأردن يدينان الهجوم»
FIRST_SINGULAR = {
    "ادين": "يدين", "اندد": "يندد", "اشجب": "يشجب", "ارفض": "يرفض", "اؤيد": "يؤيد",
    "ادعم": "يدعم", "اساند": "يساند", "اعارض": "يعارض", "اشيد": "يشيد", "ادعو": "يدعو",
    "اطالب": "يطالب", "اناشد": "يناشد", "احث": "يحث", "اهدد": "يهدد", "اشاطر": "يشاطر",
    "ارحب": "يرحب",
}
"""First-person singular imperfects («أدين», «أندد», «أدعو») and the third-person forms
they share their trigger with: a stance only in a quote, held by its speaker (see
:mod:`kg.relations.stance_first_singular`). They are not in :data:`STANCE`: with a clitic
«ب»/«ل» they would read common words («باحث», «بأثمن»). The forms spelt like a past verb
(«أنتقد» / «انتقد», «أستنكر» / «استنكر») are read as the past verb and not listed, nor is
«أثمن», also a comparative («أثمن ما نملك»); «أرحب» (also «wider»: «آفاق أرحب») counts only
with «بـ» after it."""
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

VERBAL_ONLY = frozenset({"هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجموا", "يهاجمون", "مهاجما",
                         "مهاجمه"})
"""«هاجم»: criticizes only between people (a person's attack in words); else an Attack."""

ABSTAINING = frozenset({
    "امتنع", "امتنعت", "امتنعوا", "يمتنع", "تمتنع", "يمتنعون", "نمتنع", "احجم", "احجمت",
    "احجموا", "يحجم", "تحجم", "يحجمون",
})
"""«امتنعت مصر عن إدانة الهجوم»: the stance after «عن» is not taken (see
``kg.relations.stance_scope``)."""
AVOIDING = frozenset({
    "تجنب", "تجنبت", "تجنبوا", "يتجنب", "تتجنب", "نتجنب", "يتجنبون", "تحاشي", "تحاشت",
    "يتحاشي", "تتحاشي", "اوقف", "اوقفت", "اوقفوا", "يوقف",
})
"""«تجنب الرئيس انتقاد إيران», «أوقفت الحكومة دعمها»: the stance, a direct object, is not
taken (or no longer)."""

REFRAINING = ABSTAINING | AVOIDING

AIMING = frozenset({"وجه", "وجهت", "يوجه", "توجه", "وجهوا", "يوجهون", "موجها", "موجهه"})
"""«وجه نقدا», «موجها نقدا لاذعا»: the verbs that aim a criticism; «نقدا» after any other
word is cash («دفع المبلغ نقدا»)."""
CASH_OR_CRITICISM = frozenset({"نقدا"})

STANCE_LIGHT_VERBS = REFRAINING | frozenset({
    "وجه", "وجهت", "يوجه", "توجه", "اطلق", "اطلقت", "يطلق", "تطلق", "اصدر", "اصدرت", "يصدر",
    "تصدر", "جدد", "جددت", "يجدد", "تجدد", "ابدي", "ابدت", "يبدي", "تبدي", "قدم", "قدمت", "يقدم",
    # «لم يبدِ X تأييده»: the jussive after «لم» drops its final «ي»
    "يبد", "تبد",
    "تقدم", "اعرب", "اعربت", "يعرب", "تعرب", "عبر", "عبرت", "يعبر", "تعبر", "قام", "قامت", "يقوم",
    "تقوم", "اكد", "اكدت", "يؤكد", "تؤكد", "اعلن", "اعلنت", "يعلن", "تعلن", "موجها", "موجهه",
    "مجددا", "معربا", "مقدما", "مؤكدا", "مبديا", "معلنا",
    # «معبرا عن شكره لـ X», «متوجها بالشكر لـ X»: the participles of expressing and addressing
    "معبرا", "معبره", "متوجها", "متوجهه",
    # «سلمت الخارجية السفير مذكرة احتجاج», «استدعت X السفير احتجاجا على»: a protest lodged
    # («تسلم» is left out: it also reads «received»)
    "سلم", "سلمت", "ابلغ", "ابلغت", "استدعي", "استدعت", "يستدعي", "تستدعي", "مسلما", "مسلمه",
    "سلمته", "سلمه", "سلمتها", "ابلغته", "ابلغه", "ابلغتها",
    # «شن X هجوما لاذعا على Y», «شنت X حملة انتقادات»: launching an attack in words
    "شن", "شنت", "يشن", "تشن", "شنوا", "شانا",
    # «شددت X على رفضها لـ»: stressing one's own stance states it, as «أكد على» does
    "شدد", "شددت", "يشدد", "تشدد",
})
"""«وجه دعوة», «أطلقت تحذيرا», «جدد رفضه», «قامت ... بالتعاون», «امتنع عن إدانة»: the
noun's holder is the verb's subject (refraining negates the stance). Thanks count as praise
only for a deed («شكره ... على دعمهم»), never as protocol alone."""

RAISING_VERBS = frozenset({"رفع", "رفعت", "يرفع", "ترفع", "رفعوا", "يرفعون", "نرفع", "رافعا",
                           "رافعه"})
"""«رفع X الشكر لـ Y», «يرفعون التهنئة لمقام خادم الحرمين»: raising thanks or congratulations
is offering them; a light verb only before those nouns (:data:`RAISED_NOUNS`), since «رفع»
with any other object lifts it («رفع الحصار», «رفعت الحكومة الدعم عن الوقود»)."""
RAISED_NOUNS = frozenset({"شكر", "الشكر", "شكره", "شكرها", "شكرهم", "شكرنا", "تهنئه", "التهنئه",
                          "تهاني", "التهاني", "تهانيه", "امتنان", "امتنانه", "امتنانها"})

FACING_VERBS = frozenset({"واجه", "واجهت", "يواجه", "تواجه", "يواجهون", "تعرض", "تعرضت", "يتعرض",
                          "تتعرض"})
"""«واجه X انتقادات Y»: X is the object of Y's stance."""
RECEIVING_VERBS = frozenset({
    "لقي", "لقيت", "لقوا", "يلقي", "تلقي", "لاقي", "لاقت", "يلاقي", "تلاقي", "تلقت", "تلقوا",
    "يتلقي", "تتلقي", "نال", "نالت", "ينال", "تنال", "حظي", "حظيت", "يحظي", "تحظي", "قوبل",
    "قوبلت", "قوبلوا",
})
"""«لقي الاتفاق ترحيبا من X», «حظيت مصر بدعم من X», «قوبل القرار برفض من X», «تلقت قطر
انتقادات من X»: what is received is the stance of the one named after «من» (as with
:data:`FACING_VERBS`), toward the one who receives it."""

VERBAL_ATTACK_NOUNS = frozenset({"هجوما", "هجوم", "هجمه"})
"""«شن X هجوماً لاذعاً على Y»: an attack in words with its adjective (see
``kg.relations.stance_purposes``); else an assault."""

STANCE_ADJECTIVES = frozenset({
    "موالي", "موالين", "موالون", "مواليه", "داعمه", "داعم", "داعمين", "داعمون", "مؤيد", "مؤيده",
    "مؤيدين", "مؤيدون", *PREDICATE_BACKERS, *PREDICATE_OPPONENTS,
})
"""«القوات الموالية ل X», «الدول الداعمة ل X»: the stance is the head noun's, before the word."""

INTENSIFIERS = frozenset({
    "شديد", "شديده", "كامل", "كامله", "تام", "تامه", "قاطع", "قاطعه", "مطلق", "مطلقه", "بالغ",
    "بالغه", "عميق", "عميقه", "كبير", "كبيره", "واسع", "واسعه", "دائم", "دائمه", "مستمر",
    "مستمره", "حاد", "حاده", "لاذع", "لاذعه", "شديدا", "حادا", "لاذعا",
    "صريح", "صريحه", "قوي", "قويه", "ثابت", "ثابته", "واضح", "واضحه",
    # thanks of degree («تقدم X بالشكر الجزيل لـ Y», «شكره الخالص لـ Y»)
    "جزيل", "جزيله", "خالص", "خالصه",
    # the accusative after an indefinite noun («ترحيبا واسعا», «رفضا قاطعا», «دعما كاملا»)
    "واسعا", "كبيرا", "كاملا", "قاطعا", "بالغا", "عميقا", "قويا", "صريحا", "مطلقا", "تاما",
})
INTENSIFIERS = INTENSIFIERS | frozenset(
    form for adjective in INTENSIFIERS if not adjective.endswith(("ه", "ا"))
    for form in (adjective + "ين", adjective + "ان", adjective + "تين", adjective + "تان"))
"""Adjectives of degree after a stance noun («أسفه الشديد», «رفض مصر الكامل»), also in the
dual after two nouns («إدانتها واستنكارها الشديدين»): never its object."""

MATERIAL_SUPPORT = frozenset({
    "مالي", "ماليا", "ماليه", "عسكري", "عسكريا", "عسكريه", "مادي", "ماديا", "ماديه", "لوجستي",
    "لوجستيا", "لوجستيه", "فني", "فنيا", "فنيه", "اقتصادي", "اقتصاديا", "اقتصاديه", "بالمال",
    "بالسلاح", "بالاسلحه", "بمبلغ", "بقيمه", "بالمعدات", "بالذخيره", "بالاموال", "تقني", "تقنيه",
    # what a price subsidy or a market prop holds up
    "اسعار", "سعر", "عمله", "ليره", "اسهم", "نمو", "وظائف",
    # what a device or a service handles
    "لغه", "لغات", "لغتين", "خاصيه", "خاصيات", "خصائص", "ميزه", "ميزات", "مزايا", "صيغه",
    "صيغ", "تقنيات", "شبكات", "بلوتوث", "دقه",
})
"""«دعم مالي», «دعمت ... بالسلاح»: material support is not a political stance; nor is a
subsidy or a prop of prices and markets («تدعم أسعار الخبز», «لدعم الأسعار»), or what a
device or a service handles («سكايب تدعم اللغتين», «يدعم خاصية قارئ البصمة»)."""

MONEY_WORDS = frozenset({
    "مبلغ", "مليون", "ملايين", "مليار", "مليارات", "ريال", "ريالات", "دولار", "دولارات", "يورو",
    "جنيه", "جنيهات", "درهم", "دراهم", "دينار", "دنانير", "اعانه", "اعانات", "منحه", "منح",
})
"""Words of a sum or a grant: support «بمبلغ 10 ملايين ريال» is a grant (see
``MATERIAL_SUPPORT``)."""

PERSON_NOUNS = frozenset({
    "مخرج", "فنان", "فنانه", "ممثل", "ممثله", "لاعب", "لاعبه", "مدرب", "كاتب", "كاتبه", "خبير",
    "خبيره", "مسؤول", "مسؤوله", "زعيمه", "قائده", "ناشط", "ناشطه", "محلل", "نجم", "نجمه", "داعيه",
    "محامي", "محاميه", "صحفي", "صحفيه", "صحافي", "صحافيه", "اعلامي", "اعلاميه", "مفكر", "باحث",
    "باحثه", "عضو", "عضوه", "نائب", "نائبه", "مرشح", "مرشحه", "معارض", "شاعر", "شاعره",
    "مغرد", "مغني", "مطرب", "رجل", "سيده", "امين", "الملياردير", "ملياردير", "مؤسس", "مرجع",
    "زعيم", "قائد", "ناطق", "مفتي", "شيخ", "واعظ", "خطيب", "حاخام", "قس",
    "اقتصادي", "اقتصاديه", "اكاديمي", "اكاديميه", "طبيب", "طبيبه", "استشاري", "استشاريه",
    "ناقد", "ناقده", "روائي", "روائيه", "قيادي", "قياديه",
    # a visitor or a volunteer quoted on a festival («وأشاد الزائر X بـ», «قالت المتطوعة X»)
    "زائر", "زائره", "متطوع", "متطوعه",
})
"""Nouns that name a person by role («المخرج», «الناشطة»): an appositive before the name."""

EMOTION_POSITIVE = frozenset({"سعداء", "سعيد", "سعيده", "راض", "راضون", "راضين", "راضيا", "راضيه",
                              "مرتاح", "مرتاحون", "مرتاحين", "مسرور", "مسرورون", "مسرورين"})
"""«سعداء ب...»: support; negated («لم نكن سعداء ب...») it is opposition."""

NEGATORS = frozenset({"لم", "لن", "لا", "ليس", "ليست", "لسنا", "لست", "ليسوا", "غير", "عدم", "ما",
                      "ولم", "ولن", "ولا", "وليس", "فلم", "فلا", "وعدم", "بعدم", "لعدم"})
NEGATED_COPULAS = frozenset({"نكن", "يكن", "تكن", "يكونوا", "نكون", "يكون", "تكون"})
NOT_NEGATIONS = frozenset({"يزال", "تزال", "زال", "زالت", "زالوا", "يزالون", "نزال", "بد", "سيما"})
"""«لا يزال», «ما زال», «لا بد», «لا سيما»: not negations."""

HEDGES = frozenset({"ربما", "يبدو", "يحتمل", "المحتمل", "لعل", "لعله", "يمكن", "يرجح", "المرجح"})
"""Hedge words; «قد» counts only before an imperfect verb (see ``kg.relations.polarity``)."""
MAY_PARTICLES = frozenset({"قد", "وقد", "فقد"})
"""«قد»: a hedge before an imperfect verb («قد يهاجم»)."""
CONDITIONALS = frozenset({"اذا", "لو", "حال", "حاله", "فاذا", "واذا", "ولو", "لئن", "طالما"})

# --- events ------------------------------------------------------------------

RETREAT_FORMS = ("تراجع", "تراجعت", "تراجعوا")
"""«تراجعت قوات النظام»: a retreat is a withdrawal, but only of troops (see ``ARMED_BODIES``);
«تراجعت أسعار النفط» is no event."""
MOBILISE_FORMS = ("حشد", "حشدت", "حشدوا", "تحشد", "يحشد", "يحشدون")
"""«حشد الجيش قواته», «حشدت الميليشيات مقاتليها»: a mobilisation is a deployment, but only of or
by an armed body (see ``ARMED_BODIES``); «حشد الدعم», «حشد من المتظاهرين» are no event."""
WITHDRAWING_VERBS = ("سحبت", "سحبوا", "تسحب", "يسحب")
DEPLOYING_VERBS = ("نشرت", "نشروا", "تنشر", "ينشر", "ينشرون", "ارسل", "ارسلت", "ارسلوا", "ترسل",
                   "يرسل")
PUSHING_VERBS = ("دفع", "دفعت", "دفعوا", "تدفع", "يدفع")
"""Verbs that move troops («سحبت روسيا قواتها», «نشرت تركيا قوات», «دفع الجيش بتعزيزات»):
events only with troops as their object (``kg.relations.event_troop_verbs``)."""
TROOP_MOVES = ("وصلت", "وصل", "توجهت", "تحركت", "اتجهت", "اتجه")
"""«ووصلت تعزيزات عسكرية إلى المدينة»: verbs of going, a deployment only with troops as their
subject (``kg.relations.event_troop_moves``); not «توجه», «تحرك», also «directs» and «a move»."""
DEATH_MET = ("مصرعهم", "مصرعه", "مصرعها", "مصرعهما", "حتفهم", "حتفه", "حتفها", "حتفهما")
"""«لقي ثمانية أشخاص مصرعهم», «لقي 20 شخصاً حتفهم»: the pronoun is the victim's, told before
the noun."""
RESUMING_IN = frozenset({"فيه", "فيها", "خلاله", "خلالها"})
"""«تمرد ... قتل فيه», «وقتل فيها»: the pronoun that resumes a noun or a time told before."""
MILITARY_ADJECTIVES = frozenset({"عسكريه"})
"""«عمليات عسكرية»: operations of war, a military operation (not an attack) when a named side
carries them out (``kg.relations.event_operations``)."""
GREETING_FORMS = ("عايد", "عايدت")
"""«عايد المدير المرضى المنومين»: an Eid visit of courtesy to the sick, a visit only with the
sick or their hospital named after it (``kg.relations.event_greetings``)."""
INSPECTING_FORMS = ("تفقد", "تفقدت")
"""«تفقد الوزير فلان المستشفى»: an inspection visit, only with a named person for subject
right after the verb (``kg.relations.event_inspections``)."""
RECEIVING_FORMS = ("استقبله", "استقبلها", "استقبلهم", "التقاه", "التقاها", "التقاهم")
"""Verbs of meeting with the guest as object pronoun: «ساركوزي الذي استقبله الرئيس التونسي»,
«وصل الوزير واستقبله الأمير»: the name after the verb is the host, the pronoun the guest."""
FIRING_PRESENT = ("يطلق", "تطلق", "يطلقون", "يطلقان")
"""«شاهد مسلحين يطلقون النار على الطائرات»: firing in the imperfect, an attack only when seen
(``kg.relations.event_witnessed``); otherwise a habit or a prospect, like every violent
imperfect."""
BEATING_FORMS = ("تعدي", "تعدت", "تعدوا")
"""«تعدى عناصر الأمن على المعتقلين بالضرب»: an assault only with its blows told (see
``kg.relations.event_beatings``), which also reads «اعتدت على»."""
INVASION_FORMS = ("اجتاح", "اجتاحت", "اجتاحوا", "غزا", "غزت")
"""«اجتاحت القوات الإسرائيلية جنوب لبنان»: an invasion. The nouns («الغزو الأمريكي للعراق»,
«اقتحام قوات الاحتلال للمسجد») are left out: their object behind «ل» is not read as the
target yet, so the event would lack it."""
STORMING_FORMS = ("اقتحم", "اقتحمت", "اقتحموا")
"""«اقتحمت قوات الأمن المقر»: a raid, an Attack."""
AGENT_REQUIRED_VERBS = frozenset({"اجتاح", "اجتاحت", "اجتاحوا", "غزا", "غزت", "اقتحم",
                                  "اقتحمت", "اقتحموا"})
"""Verbs of invasion and storming that name a deed only with a doer: «اجتاحت الفيضانات
المدينة», «اقتحم عالم الفن» are no event."""
SEIZING_VERBS = frozenset({"سيطرت", "سيطر", "سيطروا", "انتزعت", "انتزع", "استعادت", "استعاد",
                           "استولي", "استولت", "استولوا"})
"""Verbs of seizing ground: what was taken is always told («سيطرت القوات على المدينة»)."""
STRIKING_VERBS = frozenset({"قصف", "قصفت", "قصفوا", "استهدف", "استهدفت", "استهدفوا", "هاجم",
                            "هاجمت", "هاجموا"})
"""Verbs of striking: what was hit is always told («قصفت الطائرات مواقع المتمردين»)."""
FIGHTING_VERBS = ("اشتبك", "اشتبكت", "اشتبكوا", "قاتلت", "قاتلوا", "تقاتل", "يقاتل",
                  "يقاتلون", "تقاتلت", "اقتتلت", "اقتتلوا")
"""«اشتبكت قوات الأمن مع مسلحين», «وتقاتل القوات الحكومية جماعات مسلحة»: verbs of fighting, a
military operation (``kg.relations.event_new_triggers``). Not bare «قاتل», also «a killer» and
«deadly» («فيروس قاتل»)."""
FIGHTING_NOUNS = ("قتال", "اشتباك", "تصادم")
"""«قتلوا خلال قتال مع جماعات مسلحة», «وقع تصادم محدود بين عناصرهما»: nouns of fighting."""
RAIDING_FORMS = ("داهم", "داهمت", "داهموا", "مداهمه", "مداهمات", "دكت", "دكوا", "اغار", "اغارت",
                 "اغاروا")
"""«داهمت قوات الجيش منزلاً في الحي», «قامت قوة من الشرطة بمداهمة جامع النور», «دكت المدفعية
مواقع المسلحين»: a raid or a pounding, an Attack only with fighting men near it
(``kg.relations.event_new_triggers``): «داهمت السيول المنازل», «داهمه المرض» are not."""
CAMPAIGN_FORMS = ("حمله", "حملات")
"""«شنت القوات حملة عسكرية على المسلحين»: a campaign, a military operation only as a military
or air one (``kg.relations.event_new_triggers``), not «حملة انتخابية»."""
STABBING_FORMS = ("طعن", "طعنت", "طعنوا", "طعنه", "طعنها")
"""«طعن شاب مستوطناً بسكين», «طعنه بسكين»: a stabbing, an Attack only with the blade told
(``kg.relations.event_new_triggers``); «طعن في الحكم» is an appeal."""
SLAUGHTER_FORMS = ("ذبح", "ذبحت", "ذبحوا")
"""«ذبح مسلحو التنظيم 21 رهينة»: a killing, not with beasts after it («ذبح الأضاحي»)."""
BEHEADING_FORMS = ("نحر", "نحرت", "نحروا")
"""«نحر المسلحون الرهينة»: a beheading, a Killing as a verb only, not with beasts after it
(``kg.relations.event_attack_words``): «يوم النحر», «نحر الإبل» are none."""
LYNCHING_FORMS = ("سحل", "سحلت", "سحلوا")
"""«سحل المحتجون الشرطي في الشارع»: a lynching, an Attack as a verb only
(``kg.relations.event_attack_words``)."""
WOUNDED_FORMS = ("اصيب", "اصيبت", "اصيبوا", "اصيبا")
"""«أصيب ثلاثة جنود برصاص قناص»: a wounding by fire, an Attack on the wounded only with the
gunfire or shell told right after them (``kg.relations.event_attack_words``); «أصيب بجروح
في حادث سير», «أصيب بفيروس» are none."""
ARSON_FORMS = ("اضرم", "اضرمت", "اضرموا", "احرق", "احرقت", "احرقوا")
"""«أضرم مستوطنون النار في مسجد», «أحرق مجهولون كنيسة»: arson, an Attack only on a building
set on fire (``kg.relations.event_attack_words``): «أحرق نفسه», «أحرقوا الإطارات» are none."""
HOSTAGE_TAKING_FORMS = ("احتجز", "احتجزت", "احتجزوا", "احتجاز")
"""«احتجز مسلحون عشرين رهينة», «عملية احتجاز رهائن»: hostage-taking, an Attack only with the
hostages told right after (``kg.relations.event_violent_frames``); «احتجزت الشرطة المتهم» is
a detention."""
TOLL_FORMS = ("اودي", "اودت", "اوديا")
"""«أودى الانفجار بحياة عشرة أشخاص»: a Killing only before «بحياة» with a violent cause
told (``kg.relations.event_violent_frames``); «فيضانات أودت بحياة 600» is none."""
DESTROYING_FORMS = ("دمر", "دمرت", "دمروا", "تدمير")
"""«دمرت المقاومة دبابة», «تدمير آليات للعدو»: an Attack only on war hardware or a fighters'
position named right after (``kg.relations.event_violent_frames``); «تدمير الاقتصاد»,
«إعصار دمر المدينة» are none."""
BLOWING_UP_FORMS = ("نسف", "نسفت", "نسفوا")
"""«نسف مسلحو التنظيم منازل», «نسفت القوات جسراً»: an Attack only on a building, a bridge or war
hardware named right after (``kg.relations.event_violent_frames``); «نسف الاتفاق» is none."""
SHELL_FALL_FORMS = ("سقطت", "سقط")
"""«سقطت قذيفة هاون على حي سكني», «وسقطت مقذوفات على جازان»: an Attack only with a shell or a
rocket right after (``kg.relations.event_violent_frames``); «سقط 12 قتيلاً», «سقط النظام» are
none. The noun «سقوط» is left out: after «أعلن» its announcer would read as the doer."""
STORMING_NOUNS = ("اقتحام",)
"""«اقتحام الجنود الإسرائيليين للمبنى», «قامت قوات الأمن باقتحام المقر»: an Attack only with
an armed body next to it (``kg.relations.event_violent_frames``); «اقتحام سوق العمل» is none."""
DUAL_ATTACKS = ("غارتان", "هجومان", "تفجيران", "انفجاران")
"""Nominative duals beside the listed «غارتين», «هجومين»: «وقعت غارتان على رفح», «استهدف
تفجيران انتحاريان مسجداً»."""
FOUND_KILLED_FORMS = ("مقتولا", "مقتوله", "مقتولين", "مقتولتين")
"""«عثر على جثة شاب مقتولاً», «وجد ثلاثة رجال مقتولين بالرصاص»: a Killing only after a verb
of finding or a corpse (``kg.relations.event_found_killed``); «لا يريد أن يعود مقتولاً» is
none."""
BEATEN_FORMS = ("ضرب",)
"""«تعرض المعتقل للضرب المبرح»: a beating undergone, an Attack only as «للضرب» after a form of
«تعرض» (``kg.relations.event_beaten``); «ضرب مثلاً», «جدول الضرب», «ضربت الأسواق» are none."""
NAMED_OPERATIONS = {"عاصفه": frozenset({"الحزم"})}
"""Military operations known by a name of two words, the first word a trigger only before
the second: «عملية عاصفة الحزم», «التفاعل مع عاصفة الحزم التي أمر بها الملك»
(``kg.relations.event_new_triggers``); «عاصفة رملية» is weather."""
EVENT_TRIGGERS: dict[str, EventLabel] = {
    **_forms("Meeting", "اجتماع", "اجتماعا", "اجتماعات", "لقاء", "التقي", "التقت", "التقوا",
             "يلتقي", "قمه", "محادثات", "مباحثات", "استقبل", "استقبلت", "يستقبل", "اجتمع",
             "اجتمعت", "اجتمعوا", "اجتمعا", "بحث", "بحثت", *RECEIVING_FORMS,
             "قابل", "قابلت",  # only with both persons who met named (``event_met``)
             "مفاوضات"),  # only where held with a side (``event_negotiations.held_with``)
    **_forms("MilitaryOperation", "توغل", "اجتياح", "معارك", "معركه", "اشتباكات", "حرب",
             "محاربه", "تمشيط", "زحف", "زحفهم", "زحفها", "سيطرت", "سيطر", "سيطروا", "سيطره",
             "انتزعت", "انتزع", "استعادت", "استعاد", "حصار", "تحرير", "دخلت", "هجوما",
             "استولي", "استولت", "استولوا", "استيلاء",
             "ضربه", "ضربات", "مواجهات", "اقتتال", "مناوشات", *INVASION_FORMS,
             *FIGHTING_VERBS, *FIGHTING_NOUNS, *NAMED_OPERATIONS, *CAMPAIGN_FORMS),
    **_forms("Attack", "هجوم", "هاجم", "هاجمت", "قصف", "قصفت", "تقصف", "يقصف", "غاره", "غارات",
             "استهدف", "استهدفت", "اعتداء", "تفجير", "فجر", "امطرت", "اسقطت", "اسقاط",
             "اسقط", "اسقطوا", "هجمات", "هجومين", "هاجموا", "قصفوا", "استهدفا", "استهدفوا",
             "اعتداءات", "اعتدي", "اعتدت", "اعتدوا", "تفجيرات", "تفجيرين", "فجرا", "فجروا", "فجرت",
             "انفجار", "انفجارين", "انفجارات", "انفجرت", "انفجر", "كمين", "كمينا",
             "خطف", "خطفت", "خطفوا", "خطفا",
             "اختطف", "اختطفت", "اختطفوا", "اختطفا", "اختطاف", "يختطف", "تعذيب", "عذب", "عذبت",
             "عذبوا", "اغتصاب", "اطلاق", "اطلق", "اطلقت", "اطلقوا", "فتح", "فتحت", "فتحوا", "عمليه",
             *FIRING_PRESENT,
             "عمليات", "استهداف", "اغار", "اغارت", "اغاروا", *STORMING_FORMS, *BEATING_FORMS,
             "غارتين", *DUAL_ATTACKS, *RAIDING_FORMS, *STABBING_FORMS, *LYNCHING_FORMS,
             *WOUNDED_FORMS,
             *ARSON_FORMS, *HOSTAGE_TAKING_FORMS, *DESTROYING_FORMS, *STORMING_NOUNS,
             *BLOWING_UP_FORMS, *SHELL_FALL_FORMS, *BEATEN_FORMS),
    **_forms("Killing", "قتل", "قتلت", "مقتل", "اغتيال", "اغتال", "اعدام", "اعدم", "مجزره",
             "مذبحه", "قتلوا", "قتلا", "يقتل", "تقتل", "اغتالوا", "اغتالت", "اغتيل", "اعدموا",
             "مصرع", "استشهاد", "استشهد", *DEATH_MET, *SLAUGHTER_FORMS,
             *BEHEADING_FORMS, *TOLL_FORMS, *FOUND_KILLED_FORMS),
    **_forms("Protest", "احتجاج", "احتجاجات", "تظاهره", "مظاهره", "مظاهرات", "تظاهر", "تظاهرات",
             "اعتصام", "تظاهروا", "تظاهرت", "يتظاهرون", "يتظاهر", "احتج", "احتجوا", "احتجت",
             "يحتجون", "احتجاجا", "اعتصم", "اعتصموا", "يعتصم", "يعتصمون", "اعتصاما",
             "اعتصامات", "احتشد", "احتشدوا", "احتشدت", "احتشاد", "للاحتشاد", "اضرب", "اضربوا",
             "اضراب", "اضرابا", "تجمع", "تجمعوا", "تجمعت", "مسيره", "مسيرات", "نزل", "نزلوا",
             "خرج", "خرجوا", "خرجت", "وقفه", "وقفات"),
    **_forms("Agreement", "اتفاق", "اتفاقا", "اتفاقيه", "معاهده", "هدنه", "اتفق", "اتفقت",
             # only where signed (``kg.relations.event_signing.signed_document``):
             "عقد", "عقدا", "عقود", "عقودا", "صفقه", "صفقات", "مذكره", "مذكرات", "اتفاقيات",
             "اتفاقات", "اتفاقيتين", "اتفاقين", "بروتوكول", "بروتوكولا", "برتوكول", "برتوكولا"),
    **_forms("Visit", "زياره", "زار", "زارت", "يزور", "تزور", "جوله", "جولات", *GREETING_FORMS,
             *INSPECTING_FORMS),
    **_forms("Sanction", "عقوبات", "العقوبات"),
    **_forms("Withdrawal", "انسحاب", "انسحب", "انسحبت", "سحب", *RETREAT_FORMS,
             *WITHDRAWING_VERBS),
    **_forms("Deployment", "نشر", "انتشار", "ينتشرون", "ينتشر", "دخول", "تواجد", "انزلنا", "انزل",
             "انزلت", "ارسال", "تمركز", *MOBILISE_FORMS, *TROOP_MOVES,
             *DEPLOYING_VERBS, *PUSHING_VERBS),
}
IMPOSING = frozenset({"فرض", "فرضت", "فرضوا", "يفرض", "تفرض", "يفرضون", "مفروض", "مفروضه"})
"""«الحصار الذي يفرضه التحالف», «فرضت حصاراً»: a blockade imposed is a sanction; a siege laid
by troops («قامت بحصار المدينة») stays a military operation."""
BLOCKADE_FORMS = frozenset({"حصار", "حصارا"})
RECIPROCAL_NOUNS = frozenset({"اشتباكات", "اشتباك", "مواجهات", "معارك", "معركه", "اقتتال",
                              "مناوشات", *FIGHTING_NOUNS})
"""Clashes between sides: no side is their agent, the name before them is no agent, and the
sides after «مع»/«بين» are participants («قتل عشرة في مواجهات مع المقاومة»)."""
FRONT_HEADS = frozenset({"مناطق", "منطقه", "جبهات", "جبهه", "ساحه", "ساحات", "خطوط", "خط",
                         "ميدان", "محاور", "محور", "مسرح", "اماكن", "مواقع"})
"""«مناطق المواجهات», «ساحة المعركة», «خطوط الاشتباك»: a place named after the fighting,
not the fighting itself."""
_ACCUSATIVE_NOUNS = ("توغل", "اجتياح", "تمشيط", "حصار", "قصف", "تفجير", "انفجار", "اغتيال",
                     "اعدام", "انسحاب", "انتشار", "تمركز", "احتجاج", "اعتصام", "اضراب",
                     "اشتباك", "استهداف")
"""Verbal nouns whose indefinite accusative adds an alef («شنت القوات قصفاً», «نفذ تفجيراً»,
«إن اشتباكاً وقع بين عناصر الحزب ووحدة إسرائيلية», «نفذت استهدافاً لمواقع المسلحين»)."""
ACCUSATIVE_BASE = {noun + "ا": noun for noun in _ACCUSATIVE_NOUNS
                   if noun + "ا" not in EVENT_TRIGGERS}
"""«تفجيرا» → «تفجير»: the trigger form the other tables list."""
EVENT_TRIGGERS.update({form: EVENT_TRIGGERS[noun] for form, noun in ACCUSATIVE_BASE.items()})
POSSESSIVE_BASE = {
    **{"سيطرت" + pronoun: "سيطره" for pronoun in ("ه", "ها", "هم")},
    **{"استيلائ" + pronoun: "استيلاء" for pronoun in ("ه", "ها", "هم")},
    **{"زيارت" + pronoun: "زياره" for pronoun in ("ه", "ها", "هم", "هما")},
    **{"لقائ" + pronoun: "لقاء" for pronoun in ("ه", "ها", "هما")},
    **{"اجتماع" + pronoun: "اجتماع" for pronoun in ("ه", "ها", "هما")},
}
"""«بسطت جماعة مسلحة سيطرتها على المدينة», «عقب استيلائهم على البلدة»: a verbal noun of
taking control with a possessive pronoun that names its agent (see ``kg.relations.possessive``);
«غادر الرئيس فلان جدة بعد زيارته», «أكد الوزير خلال زيارتها»: a visit whose pronoun is the
visitor; «أكد الرئيس فلان خلال لقائه نظيره»: a meeting whose pronoun is its host (only with a
person met named right after it, see ``kg.relations.possessive``); «وحرص الملك فلان لدى
اجتماعه مع الرئيس الأميركي على ...»: a meeting likewise («اجتماعه», only with the person met
named right after it: «مجلس الوزراء في اجتماعه الأسبوعي» is a body's sitting)."""
EVENT_TRIGGERS.update({form: EVENT_TRIGGERS[noun] for form, noun in POSSESSIVE_BASE.items()})
INFLECTED_BASE = inflected_base(frozenset(EVENT_TRIGGERS))
"""«وقتله» → «قتل», «معاركه» → «معارك»: see ``kg.relations.event_inflections``."""
EVENT_TRIGGERS.update({form: EVENT_TRIGGERS[base] for form, base in INFLECTED_BASE.items()})
_FIRE = frozenset({"النار", "نار", "النيران", "نيران", "نيرانها", "نيرانهم", "الرصاص", "رصاص",
                   "صواريخ", "صاروخ", "صاروخا", "قذائف", "قذيفه", "قذيفتين", "الصواريخ",
                   "القذائف"})
_DOWNED = frozenset({
    "طائره", "طائرات", "طائرتين", "مروحيه", "مروحيات", "مقاتله", "مقاتلات", "درون", "طيار",
    "قنابل", "قنبله", "براميل", "صاروخ", "صواريخ", "قذائف", "حمولات", "مسيره", "مسيرات",
    "طائرتي", "مروحيتي", "مقاتلتي",  # the dual before its genitive: «أسقطت طائرتي تجسس»
})
"""«أسقطت الدفاعات طائرة», «أسقطت الطائرات براميل»: downing an aircraft or dropping bombs is
an attack; «إسقاط النظام» (overthrow), «إسقاط الدعوى» are not."""
_CROWD = frozenset({"متظاهرون", "متظاهرين", "المتظاهرون", "المتظاهرين", "محتجون", "محتجين",
                    "المحتجون", "المحتجين", "الاف", "الالاف", "مئات", "المئات", "عشرات",
                    "العشرات", "حشود", "الحشود", "حشد", "انصار", "مناصري", "مناصرو", "الشوارع",
                    "الشارع", "مظاهره", "مظاهرات", "تظاهره", "تظاهرات", "مسيرات", "مسيره",
                    "احتجاجا", "للاحتجاج", "للتظاهر", "احتجاجات"})
_DEMANDING = frozenset({"يطالبون", "مطالبين", "للمطالبه", "منددين", "تنديدا", "يرددون",
                        "رافعين", "هاتفين", "يهتفون"})
"""«خرج مدنيون يطالبون بتشكيله»: people who went out demanding or chanting protest;
«خرج مدنيون من المدينة» fled."""
TROOP_WORDS = frozenset({"قوات", "القوات", "جنود", "الجنود", "تعزيزات", "قطع", "سفن", "طائرات",
                         "مقاتلات", "وحدات", "كتيبه", "لواء", "فرقه", "قوه", "عسكريين",
                         "مستشارين", "بوارج", "حامله", "مدرعات", "دبابات", "قواته", "قواتها",
                         "جنوده", "جنودها", "قواتنا", "جنودنا"})
"""What a deployment noun deploys («نشر قوات», «إرسال تعزيزات»)."""
ARMED_BODIES = TROOP_WORDS | frozenset({
    "الجيش", "جيش", "الجيوش", "الميليشيات", "ميليشيات", "الميليشيا", "ميليشيا",
    "المليشيات", "مليشيات", "المسلحون", "المسلحين", "مسلحو", "مسلحي", "مقاتلو", "مقاتلي",
    "المقاتلون", "المقاتلين", "مقاتليه", "مقاتليها", "عناصر", "عناصره", "عناصرها", "كتائب",
    "الكتائب", "الويه", "الحشود", "حشودا", "حشوده", "حشودها", "الجنود",
})
"""Who retreats or is mobilised in a military sense («تراجعت قوات النظام», «حشد الجيش
قواته», «حشد النظام مدعوماً بميليشيات»): a retreat or mobilisation needs one within the next
three words. «النظام» counts only for a mobilisation (``MOBILISERS``): «تراجع النظام عن
قراره» is a change of mind."""
MOBILISERS = ARMED_BODIES | frozenset({"النظام"})
_VIGILS = frozenset({"احتجاجيه", "الاحتجاجيه", "احتجاجا"})
"""«نظم العشرات وقفة احتجاجية أمام مقر الحكومة»: a stand is a protest only as one of protest,
not «وقفة أخوية», «وقفة مع النفس», «الوقفة على عرفات»."""
EVENT_COMPLEMENTS: dict[str, frozenset[str]] = {
    **{form: _FIRE for form in ("اطلاق", "اطلق", "اطلقت", "اطلقوا", "فتح", "فتحت", "فتحوا",
                                *FIRING_PRESENT)},
    **{form: frozenset({"جويه", "جويا", "جويتين", "صاروخيه", "عسكريه"})
       for form in ("ضربه", "ضربات")},
    **{form: frozenset({"انتحاريه", "انتحاريتين", "تفجير", "اغتيال", "خطف", "اختطاف",
                        *MILITARY_ADJECTIVES})
       for form in ("عمليه", "عمليات")},
    **{form: frozenset({"نفسه", "نفسيهما", "انفسهم", "نفسها", "سياره", "عبوه", "قنبله",
                        "حزاما", "حزامه", "شاحنه", "الشحنه", "مفخخه", "ناسفه", "عبوات"})
       for form in ("فجر", "فجرت", "فجرا")},
    **{form: _CROWD for form in ("تجمع", "تجمعوا", "تجمعت", "نزل", "نزلوا", "مسيره", "مسيرات")},
    **{form: _CROWD | _DEMANDING for form in ("خرج", "خرجوا", "خرجت")},
    **{form: _VIGILS for form in ("وقفه", "وقفات")},
    "ارسال": TROOP_WORDS,
    "حرب": frozenset({"ضد"}),
    **{form: ARMED_BODIES for form in RETREAT_FORMS},
    **{form: MOBILISERS for form in MOBILISE_FORMS},
    **{form: _DOWNED for form in ("اسقاط", "اسقط", "اسقطت", "اسقطوا")},
}
"""Triggers that name an event only with one of these words within the next three:
«أطلق النار», «ضربة جوية», «عملية انتحارية», «تجمع مئات المتظاهرين», «نزلوا إلى الشوارع»,
«إرسال قوات» (not «إرسال المعلومات»)."""
SIGNING_VERBS = frozenset({"وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "ابرم", "ابرمت", "ابرموا",
                           "ابرما", "ابرمتا"})
"""«ووقعت وزارة البترول اتفاقا»: one signer is the agreement's agent; «وقعت سبق ومركز ...
اتفاقية» (several) are its parties."""
_FIGURATIVE_BLASTS = frozenset({
    "فضيحه", "الفضيحه", "الخلاف", "خلاف", "الخلافات", "الوضع", "الازمه", "ازمه", "غضب",
    "الغضب", "الصراع", "صراع", "الموقف", "جدل", "الجدل", "ضحكا", "بالبكاء", "باكيا", "غضبا",
    "الشارع", "الاحتقان", "الفقاعه", "فقاعه",
})
FIGURATIVE_SEIZURES = frozenset({
    "الانظار", "انظار", "الاضواء", "الاهتمام", "اهتمام", "القلوب", "قلوب", "الالباب", "الاعجاب",
    "اللقب", "لقب", "الفوز", "فوزا", "الصداره", "النقاط", "نقطه", "البطاقه", "بطاقه", "التعادل",
    "هدف", "هدفا", "الكاس", "البطوله", "الميداليه", "الميداليات", "الابتسامه", "الصوره",
    "الانتباه", "انتباه", "عقول", "العقول", "الانفاس", "انفاس",
})
NON_VIOLENT_OPERATIONS = frozenset({
    "اعتقال", "اعتقالات", "دهم", "مداهمه", "مداهمات", "بحث", "انقاذ", "اغاثه", "اخلاء", "اجلاء",
    "تفتيش", "جراحيه", "زراعه", "بيع", "شراء", "تصويت", "اقتراع", "سلام", "سياسيه", "انتخابيه",
    "تبادل", "تسليم", "ترحيل", "نقل", "توزيع", "تطوير", "تجميل", "تعليميه", "تنمويه", "حسابيه",
    "احلال", "استبدال", "تحويل", "دمج", "ترميم", "صيانه", "تاهيل", "تدريب", "تسجيل", "توظيف",
})
"""After «عملية»/«عمليات»: an operation of another kind («عمليات اعتقال», «عملية جراحية»,
«العملية السياسية»), not an attack, even behind a support verb («نفذت عمليات اعتقال»)."""
AID_WORDS = frozenset({"مساعدات", "مساعده", "اغاثه", "اغاثيه", "انسانيه", "اغذيه", "مواد",
                       "ادويه", "الغذاء", "غذائيه", "مؤن", "معونات"})
"""«إرسال سفن وطائرات تحمل مساعدات»: sending aid is no deployment."""
AIMED_AT = frozenset({
    "فئه", "الفئه", "فئات", "الفئات", "شريحه", "الشريحه", "شرائح", "الشرائح", "السيطره",
    "تحقيق", "الوصول", "زياده", "رفع", "تعزيز", "تطوير", "جذب", "استقطاب", "توعيه", "تاهيل",
    "تدريب", "خفض", "تقليل", "الحد", "تحسين", "دعم", "تشجيع", "ابراز", "نشر", "طرد", "تهجير",
    "زعزعه", "اضعاف", "تقويض", "افشال", "عرقله",
})
"""After a targeting verb: a public or an aim («استهدفت المسابقة فئة الشباب», «استهدف الهجوم
السيطرة على المدينة», «يستهدف البرنامج رفع الوعي», «استهدف الهجوم طرد السكان»), not what an
attack hit."""
AIMING_SCHEMES = frozenset({
    "الحمله", "حمله", "الحملات", "حملات", "المبادره", "مبادره", "البرنامج", "برنامج",
    "المسابقه", "مسابقه", "المشروع", "مشروع", "الدوره", "دوره", "الورشه", "ورشه", "الدراسه",
    "دراسه", "الفعاليه", "فعاليه", "الفعاليات", "المعرض", "معرض", "الندوه", "ندوه", "الخطه",
    "خطه", "المنحه", "الجائزه", "المهرجان", "الاعلانات", "الزياره", "الجوله", "الخدمه",
})
"""Subjects of a targeting verb that are schemes aimed at a public («استهدفت الحملة
الإعلانية الشباب», «استهدف البرنامج طلاب المدارس»), never the doers of a strike."""
_TIME_ENTERED = frozenset({
    "عامها", "عامه", "عامهم", "يومها", "يومه", "شهرها", "شهره", "اسبوعها", "مرحله", "المرحله",
    "حيز", "التاريخ", "السوق", "المنافسه", "سباق", "السباق", "موسوعه", "قائمه", "القائمه",
    "المستشفي", "غيبوبه", "حاله", "اضرابا",
})
"""After «دخلت»: a stage, a year, a list or a state entered, no ground («الأزمة التي دخلت
عامها الرابع», «دخلت حيز التنفيذ»)."""
EVENT_NOT_BEFORE: dict[str, frozenset[str]] = {
    "اعتدت": frozenset({"ان"}),
    **{form: NON_VIOLENT_OPERATIONS for form in ("عمليه", "عمليات")},
    **{form: _FIGURATIVE_BLASTS for form in ("انفجر", "انفجرت", "انفجار")},
    "سحب": frozenset({"علي"}),
    **{form: _TIME_ENTERED for form in ("دخلت", "دخل")},
}
"""Words right after a trigger that make it another word or a figure: «اعتدت أن أعيش» (I
got used to; «اعتدت على» too, unless blows follow: ``kg.relations.event_beatings``),
«انفجرت فضيحة», «انفجار الأزمة», «السحب على الجوائز» (a prize draw)."""
SEIZURE_FORMS = frozenset({"خطف", "خطفت", "خطفوا", "خطفا", "اختطف", "اختطفت", "اختطفوا",
                           "اختطفا", "يختطف", "تختطف"})
"""Kidnapping forms, a figure with ``FIGURATIVE_SEIZURES`` among the next three words:
«اختطف الفيلم الأنظار» (caught the eye), «خطف الفريق الفوز»."""
LIFTING = frozenset({"رفع", "الغاء", "تخفيف", "انهاء", "تعليق", "رفعها", "تجميد", "ازاله"})
"""Before a sanctions or blockade noun: lifted, eased or ended, not imposed («رفع الحصار»)."""
EVENT_NOT_AFTER: dict[str, frozenset[str]] = {
    **{form: frozenset({"وقف", "لوقف", "بوقف", "ووقف", "هدنه", "خرق", "خروقات"})
       for form in ("اطلاق", "اطلق", "اطلقت", "اطلقوا", *FIRING_PRESENT)},
    "سيطره": frozenset({"تحت", "الخاضعه", "خاضعه", "الخاضعين", "خاضعين", "الواقعه", "القياده",
                        "تحدي", "لتحدي", "انهاء", "لانهاء", "ظل", "استمرار", "مناطق",
                        "منطقه", "رغم", "الاعتراف", "بالاعتراف", "اعتراف", "يعترف",
                        "تعترف"}),
    **{form: LIFTING for form in ("عقوبات", "العقوبات", "حصار")},
}
"""«وقف إطلاق النار» is a ceasefire, not shooting; «تحت سيطرة الحوثيين», «الخاضعة لسيطرة»,
«لتحدي سيطرة الحوثيين على معظم اليمن», «في ظل سيطرة», «مناطق سيطرة», «الاعتراف بالسيطرة
الإسرائيلية على الجولان» is a state of control,
not an operation; «رفع العقوبات», «تخفيف العقوبات» end sanctions
laid before, they impose none."""
PATIENT_NOUNS = frozenset({
    "مقتل", "اغتيال", "اعدام", "استهداف", "اختطاف", "خطف", "تعذيب", "اغتصاب", "قتل", "مصرع",
    "استشهاد", *FOUND_KILLED_FORMS,
})
"""Nominal triggers whose genitive is the victim: «مقتل الصحفي», «اغتيال الرئيس»; the
participle «مقتولاً» has no doer before it either (the one found killed stands there)."""
AGENT_REQUIRED_NOUNS = frozenset({"تعذيب", "اغتصاب", "خطف", "اختطاف", "قتل", "اعدام", "استهداف"})
"""Nouns mostly used of a practice or a charge («تعرض للتعذيب», «قضية خطف»): as nouns they
name an event only with a named agent."""
VERB_OR_NOUN = frozenset({"قتل", "خطف", "فتح", "اعدام", "قصف", "هجوم", "تفجير"})
"""Forms that are also verbal nouns: they are verbs only where a clause can start."""
CLAUSE_OPENERS = frozenset({
    "قد", "لقد", "فقد", "كما", "حيث", "ثم", "كان", "كانت", "ان", "انه", "انها", "انهم", "امس",
    "الذين", "الذي", "التي", "حين", "عندما", "بعدما", "فيما", "بينما", "اذ", "وقد", "وكان",
    "وكانت", "فيها", "فيه", "اليوم", "بعد", "لما", "لانه", "لانها", "لانهم", "بانه", "بانها",
    "بانهم", "كونه", "كونها", "وانه", "وانها", "من",
})
"""Words after which a verb of ``VERB_OR_NOUN`` reads as a verb («فيما قتل 12 شخصاً»)."""
NOUN_GOVERNORS = frozenset({
    "عمليه", "عمليات", "جرائم", "جريمه", "حملات", "حمله", "مسلسل", "موجه", "سلسله", "اعمال",
    "عاتقهم", "عاتقه",
})
EVENT_TRIGGER_CONFIDENCE = 0.65
find_event = _cached_lookup(EVENT_TRIGGERS)
"""``lookup(word, EVENT_TRIGGERS)``, remembered per word."""

LIGHT_VERBS = frozenset({"قمنا", "قام", "قامت", "قاموا", "تقوم", "يقوم", "نقوم", "قاما", "قيام"})
"""«قمنا بإعادة نشر», «الموافقة على قيام الوزير بزيارة»: the subject of the light verb (or of
its verbal noun) is the event's agent."""

# --- roles -------------------------------------------------------------------

TITLE_HEADS = frozenset({
    "وزير", "وزيره", "رئيس", "رئيسه", "نائب", "نائبه", "امين", "مبعوث", "مبعوثه", "منسق", "منسقه",
    "سفير", "سفيره", "ناطق", "متحدث", "متحدثه", "قائد", "زعيم", "محافظ", "محافظا", "مدير", "مديره",
    "مفوض", "مفوضه", "ملك", "امير", "حاكم", "وكيل", "وكيلا", "مستشار", "مستشاره", "مندوب", "ممثل",
    "مدرب", "مرشد", "زعيمه", "قنصل", "مشرف", "سكرتير", "سكرتيره", "محقق", "محققه",
    "سيناتور", "سيناتوره",  # a member of a senate («وانتقد السيناتور جون ماكين الاتفاق»)
    "عاهل",  # a monarch («وأعرب الملك X عاهل البحرين عن تقديره ...»)
})
LEADER_HEADS = frozenset({"رئيس", "رئيسه", "زعيم", "قائد", "ملك", "امير", "حاكم", "امين"})
"""Titles whose holder leads the organisation or country of the position."""
HONORIFICS = frozenset({"السفير", "الدكتور", "د", "الشيخ", "الجنرال", "العقيد", "اللواء", "المهندس",
                        "السيد", "السيده", "الامير", "الملك", "العميد", "الفريق",
                        # the feminine forms («وطالبت الدكتورة فوزية خان»)
                        "الدكتوره", "الاميره", "المهندسه", "الشيخه"})
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
    # «إلا» and «ألا» (أن + لا) both normalise to «الا», which reads as «ال» + a word: neither
    # is definite, and neither goes on a phrase («طلب من مستشاريه ألا يحضروا»)
    "الا",
})

WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
RELATIVE_DAYS: dict[str, int] = {"امس": -1, "البارحه": -1, "اليوم": 0, "غدا": 1}

# --- event senses ------------------------------------------------------------
# Words around a trigger that tell a reported event from a planned, prevented or
# figurative one (see ``kg.relations.event_sense``).

OCCURRENCE_WORDS = frozenset({
    "وقع", "وقعت", "جري", "جرت", "اندلع", "اندلعت", "اندلاع", "شهد", "شهدت", "نفذ", "نفذت",
    "نفذوا", "نفذه", "نفذها", "شن", "شنت", "شنوا", "شنها", "عمت", "تجدد", "تجددت", "تواصل",
    "تواصلت", "يتواصل", "تتواصل", "تصاعد", "تصاعدت", "نظم", "نظمت", "نظموا", "قام", "قامت",
    "قاموا", "تعرض",
    "تعرضت", "تعرضوا", "لقي", "لقوا", "لقيت", "اسفر", "اسفرت", "ادي", "ادت", "اوقع", "اوقعت",
    "وقوع", "سقط", "سقطت", "ارتكب", "ارتكبت", "ارتكبوا", "هز", "هزت", "انطلقت", "بدات",
    "افيد", "اعلن", "اعلنت", "اكد", "اكدت", "افادت", "تبني", "تبنت", "نجا", "نجت", "تم", "يتم",
    "وجهت", "وجهوا", "استمر", "استمرت", "يستمر", "تستمر", "متواصله", "مستمره", "واصل", "واصلت",
    "واصلوا", "يواصل", "بدا", "بدؤوا", "استانف", "استانفت", "استانفوا", "تسبب", "تسببت",
    "تسببوا", "يتسبب", "دارت",
})
"""Verbs that report an event noun as having happened: «وقع انفجار», «شنت غارة», «تعرض لهجوم»,
«أعلنت الشرطة مقتل ...», «نجا من محاولة اغتيال», «ما تسبب بمقتل شخص»."""
HARM_WORDS = frozenset({
    "اصيب", "اصيبت", "اصيبوا", "اصابه", "جرح", "جرحي", "جرحت", "جرحوا", "قتل", "قتلوا",
    "قتلي", "مقتل", "قتيل", "قتيلا", "ضحايا", "بجروح", "دمر", "دمرت", "احترق",
})
"""Harm in the same clause makes «في هجوم», «بانفجار» a reported event."""
CONSEQUENCE_WORDS = frozenset({"اسفر", "اسفرت", "ادي", "ادت", "مما", "ما", "خلف", "خلفت",
                               "اوقع", "اوقعت", "اودي", "اودت"})
"""«... وأسفر عن مقتل», «مما أدى إلى مقتل»: the trigger is the outcome of the one before."""
WEAPON_WORDS = frozenset({
    "انتحاري", "انتحاريه", "انتحاريا", "انتحاريان", "مفخخه", "مفخختين", "ملغومه", "ناسفه",
    "ناسف", "بقنبله", "قنبله", "بعبوه", "عبوه", "مسلح", "مسلحه", "صاروخي", "بالصواريخ",
    "بقذائف", "دموي", "مزدوج",
})
"""Words after an attack noun that make it a particular attack: «هجوم انتحاري بسيارة مفخخة»."""
FIRED_IT = frozenset({
    "اطلقه", "اطلقته", "اطلقها", "اطلقتها", "اطلقوه", "اطلقوها", "زرعه", "زرعته", "زرعها",
    "زرعتها", "زرعوها", "زرعوه", "القاه", "القته", "القاها", "القتها", "فجره", "فجرته",
    "فجرها", "فجرتها", "شنته", "شنتها", "شنها", "نفذته", "نفذتها", "نفذها",
})
"""A verb of firing, planting or launching with the weapon as its pronoun object: «بصاروخ
أطلقته قوة إيساف», «بعبوة زرعها مسلحون»: its subject, right after it, did the killing."""
REFERENCE_HEADS = frozenset({
    "جريمه", "قضيه", "تحقيق", "تحقيقات", "ملف", "محكمه", "محاكمه", "ذكري", "متهم", "متهمين",
    "متهمون", "اتهام", "لجنه", "مكافحه", "منع", "احباط", "خطر", "مخاطر", "تهديد", "تهديدات",
    "خطه", "مخطط", "مؤامره", "ضد", "وقف", "لوقف", "ظاهره", "حق", "حظر", "ادانه",
    "استنكار", "تجريم", "مناهضه", "صله", "علاقه", "دور", "تورط", "تورطه", "ادلته",
    "شان", "بشان", "بخصوص", "حول", "يتعلق", "تتعلق", "المتعلقه", "المتعلق",
})
"""A noun that makes the event after it a topic, not a report: «التحقيق في اغتيال», «جريمة
اغتيال», «ذكرى اغتيال», «مكافحة الخطف», «المتهمين بالهجوم», «تصويت بشأن قصف سوريا»."""
PLANNED_WORDS = frozenset({
    "سوف", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "يخطط", "تخطط", "يخططون", "خطط",
    "هدد", "هددت", "يهدد", "تهدد", "يهددون", "دعا", "دعت", "دعوا", "دعوه", "يدعو", "تدعو",
    "منع", "لمنع", "يمنع", "تمنع", "منعت", "احبط", "احبطت", "احباط", "تحسبا", "خشيه", "مخاوف",
    "محتمل", "احتمال", "احتماليه", "لتجنب", "تجنب", "يريد", "تريد", "يريدون", "يجب", "ينبغي",
    "ضروره",
    "امكانيه", "بصدد", "استعدادا", "استعداد", "يمكن", "مستعد", "مستعدون", "التخطيط", "بالتخطيط",
    "تهديدا", "خطر", "تخطيط", "عزم", "عزمها", "عزمه", "نيه", "نيته", "صد", "ردع", "اي", "ايه",
    "اية", "كل", "خيار", "سيناريو", "يعتقد", "المعتقد", "يشتبه", "يزعم", "مزاعم", "المزعوم",
    "المزعومه", "ادعاءات", "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "تهمه", "بتهمه", "توعد",
    "توعدت", "يتوعد", "لتنفيذ", "اللمسات",
    "ينفذ", "تنفذ", "بتنفيذ", "امكان", "احتمالات", "ينتظر", "ينتظرون", "تنتظر", "انتظار",
    "فرصه", "عدم",
    "بانتظار", "ترقب", "يترقب", "يترقبون", "الغاء", "بالغاء", "الغت", "الغي", "تاجيل",
    "بتاجيل", "ارجاء", "اجلت", "افشال", "لافشال", "مخاوفه", "مخاوفها", "مخاوفهم", "تسمح",
    "يسمح", "سيسمح", "تتيح", "يتيح",
    "رغبه", "رغبته", "رغبتها", "رغبتهم", "يرغب", "ترغب", "يرغبون", "يتمني", "تتمني", "امنيه",
    "فكره", "الفكره", "بفكره",
    "يفكر", "تفكر", "يفكرون", "نفكر", "تفكير", "التفكير", "بالتفكير",
})
"""Words before a trigger that make it planned, threatened, feared, wished («كانت رغبته
الانسحاب»), prevented, or called off («إلغاء القمة», «تأجيل الاجتماع»), or only an idea
(«موت فكرة الانسحاب الإسرائيلي من الجولان»), or only thought of («كل من يفكر في محاربة
التنظيم»)."""
PURPOSE_MASDARS = frozenset({
    "عقد", "اجراء", "مشاركه", "المشاركه", "انخراط", "الانخراط", "دخول", "الدخول", "حضور",
    "الحضور", "تنظيم", "بدء", "استئناف", "شن", "ابرام", "توقيع", "التوصل", "توصل", "اتمام",
    "القيام", "قيام", "فرض",
})
"""After «ل»: «للانخراط في محادثات», «لعقد اجتماع», «للتوصل إلى اتفاق», «يدعو لفرض عقوبات
على كندا» name an aim, not an event that took place."""
EXPECTED_WORDS = frozenset({
    "المرتقب", "المرتقبه", "مرتقب", "المحتمل", "المحتمله", "محتمل", "المقبل", "المقبله",
    "المتوقع", "المتوقعه", "المزمع", "المزمعه", "المخطط", "المقرر", "المقرره", "مقبله",
})
"""After a trigger: «الهجوم التركي المرتقب» is expected, not reported."""
BACKGROUND_GOVERNORS = frozenset({
    "بعد", "عقب", "اثر", "منذ", "قبل", "بسبب", "خلفيه", "ردا", "انتقاما", "جراء", "اعقاب",
    "غداه", "مثل", "غرار", "مسؤوليته", "مسؤوليتها", "مسؤوليه", "لحظه", "لدي", "عند", "اثناء",
    "ابان",
})
PRESUPPOSING_GOVERNORS = frozenset({"بعد", "عقب", "اعقاب"})
"""«بعد معارك شرسة»: after them, fighting in the indefinite is told as having taken place."""
LONG_AGO = frozenset({"سنوات", "سنين", "اعوام", "عقود", "عقد", "عامين", "سنتين", "قرن",
                      "عقدين"})
"""«منذ سنوات», «قبل عقود»: long ago (see ``kg.relations.timex``)."""
RECENT_SPANS = frozenset({"ساعات", "ساعه", "ساعتين", "يوم", "يومين", "ايام", "اسبوع",
                          "اسبوعين", "اسابيع", "ليلتين", "الصباح", "الفجر", "امس"})
"""«بدأت القوات هجوماً منذ أسبوع»: «منذ» before a span of hours or days dates the event in
the news, it does not sum up a tally («قتل 76 صحافياً منذ الغزو»)."""
TEMPORAL_SUBORDINATORS = frozenset({"عندما", "حينما", "كلما", "لما", "حين", "طالما"})
"""«عندما هاجم مسلحون البرلمان»: a when-clause sets the scene of the news, it is not it."""
"""Before a noun trigger: «بعد الاعتداء», «إثر مقتل», «على خلفية اغتيال» name an earlier
event as the background of the sentence's news, not as the news."""
DISASTER_WORDS = frozenset({
    "كارثه", "زلزال", "الزلزال", "تسونامي", "فيضانات", "فيضان", "اعصار", "حادث", "حوادث",
    "تحطم", "غرق", "انهيار", "حريق", "السير", "المرور", "وباء", "مرض", "انفلونزا", "فيروس",
    "الفيروس", "الوباء", "المرض", "دهسا", "دهس", "صعق", "الغرق", "غرقا", "صعقا", "اختناقا",
    "حرائق", "الحرائق", "الحريق", "السيول", "سيول", "الفيضانات", "اسطوانه", "اسطوانات",
})
"""Deaths in a disaster or an accident are no killing: «قتل 16 ألف شخص في كارثة تسونامي»,
«لقي ثلاثة عمال حتفهم غرقاً», «مقتل شخصين جراء انفجار أسطوانة غاز»."""
SPACE_WORDS = frozenset({"الفضاء", "فضاء", "اقمار", "الاقمار", "قمر", "القمر", "مركبه", "المركبه",
                         "مدار", "المدار", "الفضائيه", "فضائي", "فضائيه", "مسبار", "المسبار",
                         "الكوكب", "كوكب"})
"""A rocket launched into space is no attack: «إطلاق الصاروخ الذي يحمل الأقمار الصناعية»."""
INTERROGATIVES = frozenset({"لماذا", "كيف", "متي", "ماذا", "هل", "ايهما", "اين"})
TARGETING_VERBS = frozenset({"استهدف", "استهدفت", "استهدفا", "استهدفوا", "ضرب", "ضربت",
                             "طال", "طالت", "اودي", "اودت", "حصد", "حصدت"})
"""«الهجوم الذي استهدف ...», «التفجير الذي طال ...»: a relative clause that reports the event."""
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
"""A trigger verb right after one describes its antecedent («الهجوم الذي استهدف ...»)."""
SPORTS_WORDS = frozenset({
    "مباراه", "مباريات", "مباراته", "الدوري", "دوري", "بطوله", "المنتخب", "منتخب", "لاعب",
    "لاعبا", "لاعبين", "اللاعبين", "هدفا", "هدفين", "الاهداف", "ملعب", "الشوط", "مدرب",
    "المدرب", "نادي", "النادي", "القدم", "تصفيات", "كاس", "تعادل", "مهاجم", "هداف",
    "الفريق", "فريق", "فريقه", "فريقي", "الكره", "ديربي",
})
VERBAL_CUES = frozenset({
    "تصريح", "تصريحات", "تصريحاته", "كلمه", "كلمته", "خطاب", "خطابه", "مقال", "مقاله",
    "مقابله", "تغريده", "تغريدات", "حادا", "حاد", "لاذعا", "لاذع", "اللهجه", "كلاميا",
    "انتقادات", "انتقاداته", "اتهامات", "متهما", "واصفا", "اعلاميا", "اعلامي", "اعلاميه",
    "مؤتمر", "سياسات", "كلامي", "شرسا", "حمله", "انتقاد", "الاعلام", "وسائل", "الاتفاق",
    "القرار", "السياسه", "موقف", "متهمه", "متهمين", "البرلمانيه", "النيابيه",
})
"""Around «هاجم», «هجوم»: an attack in words, not in arms («هاجمت الكتل البرلمانية أحزاباً
متهمة إياها»: deputies attack in speeches)."""
NOT_MILITARY_CONTROL = frozenset({
    "قناه", "شركه", "السوق", "اسواق", "اسهم", "حصه", "مقاعد", "اغلبيه", "الوضع", "الحريق",
    "حريق", "حرائق", "النيران", "الازمه", "المشهد", "اعصاب", "اعصابه", "مجلس", "البرلمان",
    "الحكومه",
    "الكره", "المباراه", "الشوط", "اللعب", "محطه", "تلفزيون", "التلفزيون", "اذاعه", "صحيفه",
    "موقع", "حساب", "ملايين", "مليون", "ملايير", "اموال", "اموالا", "مبالغ", "مبلغ", "اموالهم",
    "ممتلكات", "اغراض", "سياره", "سيارته", "حقائب", "الاطفاء", "اطفاء", "الفيروس", "فيروس",
    "مليار", "مليارات",
    "الوباء", "المرض", "العدوي", "الحرائق", "التضخم", "الاسعار",
    "البكتيريا", "بكتيريا", "الامراض", "امراض", "الاوبئه", "اوبئه", "الافات", "الحشرات",
    "الحكم", "مقاليد", "زمام",
})
"""«سيطر على القناة», «السيطرة على الحريق», «استولوا على ملايين الدولارات» (goods taken,
not ground won), «سيطر الجنرال على الحكم», «مقاليد الحكم» (power taken, no place won): control
that is no military operation."""
MEDIA_MEETING_WORDS = frozenset({
    "تلفزيوني", "تلفزيونيه", "صحفي", "صحافي", "اعلامي", "اذاعي", "قناه", "صحيفه", "برنامج",
    "التلفزيون", "فضائيه", "مجله", "موقع", "الجماهير", "جماهيري",
})
"""«في لقاء تلفزيوني», «لقاء مع صحيفة»: an interview, not a meeting."""
NOT_GUESTS = frozenset({
    "اتصالا", "اتصالات", "اتصال", "مكالمه", "مكالمات", "طلبات", "رسائل", "رساله", "برقيه",
    "برقيات", "شكاوي", "بلاغات", "اسئله", "تبرعات", "استفسارات", "الطلبات",
    "السفينه", "سفينه", "السفن", "سفن", "العباره", "عباره", "الباخره", "باخره", "الناقله",
    "ناقله", "شحنه", "شحنات", "الحاويات", "حاويات", "ميناء", "مطار",
})
"""«يستقبل اتصالات»: calls, not guests; «استقبل ميناء جدة السفينة»: a port taking in ships
and cargo."""
BODY_MEMBER_WORDS = frozenset({"عضو", "عضوا", "عضوه", "اعضاء", "عضويه", "كتله", "تكتل", "نواب",
                               "نائب", "قياديي", "قيادي", "امين", "رئيس", "رئاسه", "حزب",
                               "احزاب"})
"""Before a trigger noun: «عضو اللقاء الديموقراطي», «نواب التجمع», «أحزاب اللقاء المشترك», «حزب
التحرير» name a body, not an event."""
AGREEMENT_REFERENCES = frozenset({
    "تمسك", "التمسك", "تمسكه", "احترام", "الالتزام", "التزام", "التزامها", "تطبيق", "تنفيذ",
    "بنود", "بند", "نص", "نصوص", "خرق", "خروقات", "انتهاك", "انتهاكات", "مخالفه", "مخالفات",
    "روح", "اطار", "مرجعيه", "اسس",
    "موجب", "بموجب", "مقتضي", "بمقتضي", "وفق", "وفقا", "طبقا",
    "مده", "انتهاء", "احكام", "شروط", "الغاء", "تعليق",
})
"""Before an agreement noun: «التمسك باتفاق الطائف», «تطبيق الاتفاق», «خرق الاتفاق» refer to
an agreement already made, not to its making; so does one a deed is done under («محكمة أنشأها
الاتحاد الأفريقي بموجب اتفاق مع السنغال», «وفقاً للاتفاق»), its term, provisions or terms
(«عند انتهاء مدة اتفاق فيينا», «أحكام اتفاقية الجات»), and its cancelling or suspending
(«إلغاء الاتفاق»: a deed of its own, not the deal's making)."""
FUTURE_GOVERNORS = frozenset({
    "يشارك", "تشارك", "يعقد", "تعقد", "يحضر", "تحضر", "يجري", "تجري", "يوقع", "توقع", "يبدا",
    "تبدا", "ينظم", "تنظم", "يقوم", "تقوم", "يشن", "تشن", "ينفذ", "تنفذ", "يلتقي", "تلتقي",
    "يستضيف", "تستضيف", "يترأس", "تترأس", "يفتتح", "تفتتح", "تنطلق", "ينطلق", "تشهد", "يشهد",
})
"""Verbs that govern an event noun: after «س» («سيشارك في قمة», «ستعقد اجتماعا») the event is
planned, not reported."""
TARGET_QUANTIFIERS = frozenset({"بعض", "عدد", "عددا", "العديد", "عشرات", "مئات", "الاف", "كل",
                                "جميع", "احد", "اثنين"})
"""«وقتل بعض الأجانب», «عددا من المدنيين»: a quantifier that opens an unnamed target phrase."""
ROUND_WORDS = frozenset({
    "الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "الاخيره", "المقبله",
    "جديده", "المفاوضات", "مفاوضات", "المحادثات", "محادثات", "الحوار", "حوار", "من", "الاياب",
    "الذهاب", "تمويل", "تمويليه", "استثماريه",
})
"""«الجولة الثانية», «جولة من المفاوضات», «جولة تمويل»: a round, not a visit."""
NEWS_SOURCE_MARKERS = frozenset({"وفق", "وفقا", "حسب", "بحسب", "طبقا", "نقلا", "عن", "لسان",
                                 "مصادر", "وكاله", "افادت", "ذكرت", "اوردت", "نقلت"})
"""Words before a mention that make it the source of the news, never its agent."""
BY_HAND_OF = frozenset({"يد", "ايدي", "قبل"})
SUFFERING_VERBS = frozenset({
    "اصيب", "اصيبت", "اصيبوا", "اصيبا", "جرح", "جرحت", "جرحوا", "جرحا", "نجا", "نجت", "نجوا",
    "استشهد", "استشهدت", "استشهدوا", "توفي", "توفيت", "لقي", "لقيت", "لقوا",
})
"""Verbs whose subject suffers a violent event or escapes it («أُصيب», «جُرح», «نجا», «لقي
حتفه»): that subject is the victim, never the doer."""
SUFFERING_NOUNS = frozenset({
    "مقتل", "مصرع", "اغتيال", "استشهاد", "اصابه", "اعدام", "خطف", "اختطاف", "اعتقال", "اسر",
})
"""Nouns whose genitive is the one who suffered («مقتل سبعة من قادة التنظيم»)."""
SUPPORT_VERBS = frozenset({
    "ارتكب", "ارتكبت", "ارتكبوا", "يرتكب", "ترتكب", "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ",
    "شن", "شنت", "شنوا", "يشن", "تشن", "وجه", "وجهت", "وجهوا", "يوجه", "توجه", "قاد", "قادت",
    "تقود", "يقود", "اطلق", "اطلقت", "نظم", "نظمت", "نظموا", "ينظم", "تنظم",
    "بدا", "بدات", "بداوا", "بدؤوا", "واصل", "واصلت", "واصلوا", "يواصل", "تواصل", "استانف",
    "استانفت", "استانفوا", "فرض", "فرضت", "فرضوا", "يفرض", "تفرض", "يفرضون",
    "نصب", "نصبت", "نصبوا", "زرع", "زرعت", "زرعوا",
    "خاض", "خاضت", "خاضوا", "يخوض", "تخوض", "يخوضون",
})
"""«ارتكبت الميليشيات مجزرة», «تشن بريطانيا ضربات», «التحالف الذي شن غارة»: the subject
of the support verb is the agent of the event noun it governs. «نصب مسلحون كميناً», «كمين
نصبه الإرهابيون»: the one who lays an ambush did it (not the imperfect «ينصب», which also
reads «focuses on»). «عبوة زرعتها الحركة انفجرت»: who planted the device did the blast.
«معارك خاضتها المقاومة ضد الحوثيين», «خاض الجيش معارك عنيفة»: who waged the fighting."""
PLACE_HEADS = frozenset({
    "مدينه", "بلده", "قريه", "محافظه", "منطقه", "حي", "ولايه", "اقليم", "العاصمه", "ضاحيه",
    "مخيم", "مديريه", "قضاء", "ناحيه", "شارع", "ميدان", "ساحه", "مطار", "ميناء", "ريف",
})
"""«في مدينة عدن»: the preposition before the place noun governs the named place."""
NAMED_PLACE_HEADS = PLACE_HEADS | {
    "مسجد", "جامع", "كنيسه", "مستشفي", "مدرسه", "جامعه", "سجن", "معبر", "جسر", "فندق",
    "ضريح", "مرقد", "حسينيه", "قاعده", "ملعب", "سوق", "مخفر", "مجمع", "قصر",
}
"""«مسجد سلمان», «مستشفى الملك فهد», «شارع الرشيد»: a name right after these nouns is part of
a place's name, not a person who acts."""
"""«على يد مسلحين», «من قبل الشرطة»: the agent of a nominal or passive trigger."""
