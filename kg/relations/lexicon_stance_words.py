"""Stance lexicon, the words beside a trigger: light and refraining verbs («وجه», «امتنع»),
verbs of raising, facing and receiving, adjectives and intensifiers, material support,
person nouns, negators, hedges and conditionals.

Forms are in the normalised spelling of :func:`kg.text.normalize.normalize_key` and are
matched after their proclitics are peeled off (see :func:`kg.relations.lexicon_lookup.bare_forms`),
so a form is listed without them.
"""

from __future__ import annotations

from kg.relations.lexicon_stance import STANCE
from kg.relations.lexicon_stance_frames import PREDICATE_BACKERS, PREDICATE_OPPONENTS

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
    # «وختمت X بالشكر لـ Y على ...», «واختتم X كلمته بالدعوة إلى ...»: closing a speech with
    # a stance states it
    "ختم", "ختمت", "اختتم", "اختتمت", "مختتما", "مختتمه",
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
                          "تتعرض", "اصطدم", "اصطدمت", "يصطدم", "تصطدم"})
"""«واجه X انتقادات Y», «اصطدم X بمعارضة Y» (ran into): X is the object of Y's stance."""
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

HOPES = frozenset({"امله", "املها", "املهم", "املهما", "املنا", "امل"})
"""«خيبة أمله من Y», «بخيبة أمل من Y»: hope, a stance only right after «خيبة»."""
LETDOWNS = frozenset({"خيبته", "خيبتها", "خيبتهم", "خيبتهما", "خيبتنا"})
"""«أبدوا خيبتهم من Y»: disappointment with its holder's pronoun."""
OWN_ATTACKS = frozenset({"هجومه", "هجومها", "هجومهم"})
"""«جدد X هجومه على Y»: an attack with its doer's pronoun (see ``stance_feelings``)."""
FELT_FORMS = HOPES | LETDOWNS | OWN_ATTACKS
"""The forms :mod:`kg.relations.stance_feelings` reads a stance from."""

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
    # courtesy after an owned noun («أبدى دعمه الكريم», «دعمها السخي», «دعمه اللامحدود»):
    # definite only, the bare word may be a name («كريم»)
    "الكريم", "الكريمه", "السخي", "السخيه", "اللامحدود", "اللامحدوده", "المتواصل",
    "المتواصله", "الدؤوب", "الدءوب", "المشكور", "المشكوره",
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

SATISFACTION_NOUNS = frozenset({"رضاه", "رضاها", "رضاهم", "رضاهما", "رضانا", "رضائه", "رضائها",
                                "رضائهم"})
"""«أعربت X عن عدم رضاها عن Y»: the noun of satisfaction with its holder's pronoun, a stance
only after «عدم» (see :func:`kg.relations.stance_triggers.trigger_at`): opposition, as «لسنا
سعداء بـ»; alone («رضاه عن أداء الفريق») it holds none."""

EMOTION_POSITIVE = frozenset({"سعداء", "سعيد", "سعيده", "راض", "راضون", "راضين", "راضيا", "راضيه",
                              "مرتاح", "مرتاحون", "مرتاحين", "مسرور", "مسرورون", "مسرورين",
                              *SATISFACTION_NOUNS})
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
