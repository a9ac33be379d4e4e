"""Stance lexicon, the frames: :class:`StanceTrigger` and the words around a stance trigger
that decide whether it is one and what its object is («إلى جانب», «على», «بأنه», «موقفها
الرافض»), with the helpers that build the trigger table.

Forms are in the normalised spelling of :func:`kg.text.normalize.normalize_key` and are
matched after their proclitics are peeled off (see :func:`kg.relations.lexicon_lookup.bare_forms`),
so a form is listed without them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.ontology.namespace import RelationKind


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
DISPLEASED_AT = frozenset({"من", "ازاء", "حيال", "تجاه", "جراء"})
"""«أعرب عن استغرابه من تصريحات X», «عن استيائه من الحملة»: displeasure at a thing or a
person is criticism of it, only with «من» (or «إزاء», «جراء»: «خيبة أمله جراء نشر ...»)
within two words (never «استغرابه» alone)."""
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


def stances(kind: RelationKind, confidence: float, verbs: tuple[str, ...],
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

BACKED_FORMS = {form: StanceTrigger("supports", True, 0.7, topic_object=False, passive=True)
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
