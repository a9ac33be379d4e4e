"""Stance lexicon, the triggers: :data:`STANCE` (verbs, verbal nouns and participles of
opposing, supporting, condemning, urging ...), its resumptive, first-person and jussive
forms, and the jussive reporting verbs.

Forms are in the normalised spelling of :func:`kg.text.normalize.normalize_key` and are
matched after their proclitics are peeled off (see :func:`kg.relations.lexicon_lookup.bare_forms`),
so a form is listed without them.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.ontology.namespace import RelationKind
from kg.relations.lexicon_attribution import REPORTING, ReportingVerb
from kg.relations.lexicon_lookup import V, cached_lookup
from kg.relations.lexicon_stance_frames import (
    ADDRESSEE_FROM,
    AGAINST,
    AGREEMENT_NOUNS,
    BACKED_FORMS,
    BESIDE,
    BETWEEN,
    BLAME,
    DEFENDED,
    DEFENDING,
    DESCRIBED_AS,
    DISPLEASED_AT,
    HOLDING_TO,
    JOINTLY,
    MEMORANDUM,
    ONE_OF_CRITICS,
    OPPOSING_STANDS,
    PREDICATE_BACKERS,
    PREDICATE_OPPONENTS,
    PROTESTED_AT,
    PROTESTING,
    REFUSING_STANDS,
    REGARDED_AS,
    REGARDING,
    REGRET,
    RESPONSIBILITY,
    STANDING_WITH,
    TAKING,
    THANKED_FOR,
    TOWARD,
    VEXED_BY,
    WORKED_WITH,
    StanceTrigger,
    stances,
)
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

STANCE: dict[str, StanceTrigger] = {
    **BACKED_FORMS,
    **stances("opposes", 0.75, ("عارض", "عارضت", "يعارض", "تعارض", "نعارض", "يعارضون", "عارضوا"),
              ("معارضه", "معارضته", "معارضتها", "معارضتنا", *OPPOSING_STANDS,
               *PREDICATE_OPPONENTS)),
    **stances("opposes", 0.75, (), REGRET, topic_object=False),
    # «قال إنه ضد الحرب»: only as the predicate of «أنّ» + pronoun (see stance_triggers)
    **stances("opposes", 0.7, (AGAINST,), ()),
    **stances("supports", 0.75, ("دعم", "دعمت", "يدعم", "تدعم", "ندعم", "يدعمون", "ساند", "ساندت",
                                 "يساند", "تساند", "ايد", "ايدت", "يؤيد", "تؤيد", "نؤيد",
                                 "دعموا", "ساندوا", "ايدوا", "يؤيدون"),
              ("دعمه", "دعمها", "دعمهم", "دعمنا", "تاييد", "مسانده", "داعمه", "داعم", "داعمين",
               # «أكدت X مساندتها للحكومة»: «مساندة» opens with «م», so its possessives are
               # not made by :func:`_possessives` (kept from participles), and are listed
               "مساندته", "مساندتها", "مساندتهم", "مساندتنا",
               "داعمون", "موالي", "موالين", "موالون", "مواليه", "مؤيد", "مؤيده", "مؤيدين",
               "مؤيدون", *PREDICATE_BACKERS)),
    # «دافع أوباما عن الاتفاق»: only with a policy noun after «عن» (see stance_defended)
    **stances("supports", 0.7, DEFENDING, (), requires=DEFENDED),
    **stances("supports", 0.75, (), ("وقوف", "وقوفها", "وقوفه", "وقوفهم", "وقوفهما"),
              requires=STANDING_WITH),
    **stances("supports", 0.7, ("تضامن", "تضامنت", "يتضامن", "تتضامن", "تضامنوا", "يتضامنون"),
              ("تضامن", "تضامنه", "تضامنها", "تضامنهم", "تضامنا"), topic_object=False,
              requires=frozenset({"مع"})),
    **stances("supports", 0.7, ("وقفت", "يقف", "تقف", "وقفوا", "يقفون", "تقفان"), (),
              requires=BESIDE),
    **stances("supports", 0.7, (),
              ("التمسك", "تمسكه", "تمسكها", "تمسكهم", "تمسكنا", "متمسك", "متمسكه",
               "متمسكون", "متمسكين"), requires=HOLDING_TO),
    **stances("criticizes", 0.7, (), ("استغرابه", "استغرابها", "استغرابهم", "استغرابنا",
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
    **stances("criticizes", 0.7, (), ("انزعاجه", "انزعاجها", "انزعاجهم", "انزعاجنا"),
              requires=DISPLEASED_AT),
    # «واستاءت X من تصريحات Y»: the verb of «أعربت عن استيائها من»
    **stances("criticizes", 0.7, ("استاء", "استاءت", "يستاء", "تستاء", "استاءوا"), (),
              requires=VEXED_BY),
    # «لامت X الحكومة على التصعيد», «يلوم X Y»: blame; «لام» alone is also a name («لام أكول»)
    **stances("criticizes", 0.7, ("لامت", "يلوم", "تلوم", "لاموا", "يلومون"), (),
              topic_object=False),
    # «من أشد منتقدي تدابير التقشف»: a policy as a phrase (see stance_critic_things)
    **stances("criticizes", 0.7, (), ONE_OF_CRITICS[:1], topic_object=False,
              phrase_object=True),
    **stances("opposes", 0.7, (), ONE_OF_CRITICS[1:2], topic_object=False,
              phrase_object=True),
    **stances("supports", 0.7, (), ONE_OF_CRITICS[2:], topic_object=False),
    # «أبدت مصر تحفظها على مشروع القرار», «تحفظاته على قرار الحكومة»: a reservation held
    # on a thing; only the nouns with their holder's pronoun and «على» («تحفظت الشرطة على
    # المتهم» detains, «بطريقة تحفظ كرامتهم» preserves)
    **{form: StanceTrigger("opposes", True, 0.6, requires=frozenset({"علي"}))
       for form in ("تحفظه", "تحفظها", "تحفظهم", "تحفظاته", "تحفظاتها", "تحفظاتهم")},
    **stances("opposes", 0.7, ("اعترض", "اعترضت", "يعترض", "تعترض", "اعترضوا", "يعترضون"),
              ("اعتراض", "اعتراضه", "اعتراضها", "اعتراضهم"), requires=frozenset({"علي"})),
    **stances("criticizes", 0.7, ("انتقد", "انتقدت", "ينتقد", "تنتقد", "اتهم", "اتهمت", "اتهموا",
                                  "اتهموها", "اتهمه", "يتهم", "تتهم", "يتهمون", "تتهمان",
                                  "انتقدوا", "ينتقدون"),
              ("انتقاد", "الانتقاد", "انتقادات", "انتقادا", "منتقدا", "منتقده", "متهما",
               "متهمه")),
    # «وجه نقداً حاداً لـ X»: «نقد» is also cash («دفع نقدا»), so only aimed (see AIMING)
    **stances("criticizes", 0.7, (), ("نقدا",)),
    **stances("criticizes", 0.7, TAKING, (), topic_object=False, requires=frozenset({"علي"})),
    **stances("criticizes", 0.7, PROTESTING, ("احتجاج", "احتجاجا", "احتجاجه", "احتجاجها",
                                             "احتجاجهم", "احتجاجنا"), requires=PROTESTED_AT),
    **stances("criticizes", 0.7, ("وصف", "وصفت", "يصف", "تصف", "وصفوا", "يصفون"), (),
              requires=DESCRIBED_AS),
    **stances("criticizes", 0.7, REGARDING, (), requires=REGARDED_AS),
    **stances("criticizes", 0.7, ("هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجموا", "يهاجمون"),
              ("مهاجما", "مهاجمه"), topic_object=False),
    **stances("criticizes", 0.7, ("حمل", "حملت", "حملوا", "يحمل", "تحمل", "يحملون"),
              ("محملا", "محمله"), topic_object=False,
              requires=RESPONSIBILITY),
    **stances("criticizes", 0.7, ("القي", "القت", "القوا", "يلقي", "تلقي", "يلقون"), (),
              topic_object=False, requires=BLAME),
    **stances("rejects", 0.8, ("رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "نرفض", "يرفضون",
                               "ترفضان"),
              ("رفضه", "رفضها", "رفضهم", "رافضا", "رافضه", "رافضين", "رافضون", *REFUSING_STANDS)),
    # «حضّ X الحكومة على المصالحة»: «حضّ» urges as «حثّ» does
    **stances("urges", 0.75, ("حض", "حضت", "يحض", "تحض", "حضوا", "يحضون"), ("حاضا",)),
    **stances("urges", 0.75, ("دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "حث", "حثت", "يحث",
                              "تحث", "طالب", "طالبت", "يطالب", "تطالب", "ناشد", "ناشدت", "يناشد",
                              "طالبوا", "يطالبون", "حثوا", "ناشدوا", "تناشد", "يناشدون"),
              ("دعوه", "دعوته", "دعوتها", "مطالبه", "داعيا", "داعيه", "مطالبا",
               # «وجددت مصر مطالبتها مجلس الأمن بـ ...», «مناشدته المنظمات»
               "مطالبته", "مطالبتها", "مطالبتهم", "مناشده", "مناشدته", "مناشدتها",
               # «مناشدا التحالف الدولي مضاعفة طلعاته»: the appeal's participle
               "مناشدا", "حاثا")),
    # «وأهابت المديرية بالمواطنين أخذ الحيطة»: «أهاب بـ» calls upon whom «بـ» names
    **stances("urges", 0.7, ("اهاب", "اهابت", "يهيب", "تهيب", "اهابوا", "يهيبون"), ()),
    # «وطالبته بالكف عن ...»: the addressee is the pronoun's antecedent (see stance_objects)
    **stances("urges", 0.7, ("طالبه", "طالبته", "دعاه", "دعته", "حثه", "حثته", "ناشده",
                             "ناشدته",
                             # «وطالبها بـ ...», «ودعاها إلى ...»: a body or country named before
                             "طالبها", "طالبتها", "دعاها", "دعتها", "حثها", "حثتها", "ناشدها",
                             "ناشدتها", "يطالبها", "تطالبها", "يدعوها", "تدعوها", "يحثها",
                             "تحثها"), ()),
    **stances("urges", 0.7, ("طلب", "طلبت", "يطلب", "تطلب", "طلبوا", "يطلبون", "نطلب"), (),
              requires=ADDRESSEE_FROM),
    # «أشاد/ثمّن/أثنى» praise whatever they take, a descriptive phrase too («أشاد بالدور
    # الكبير», «مثمناً الجهود المبذولة»): see stance_praised_phrases
    **stances("praises", 0.75, ("اشاد", "اشادت", "يشيد", "تشيد", "ثمن", "ثمنت", "يثمن", "اثني",
                                "اثنت", "اشادوا", "يثني", "تثني", "اثنوا", "ثمنوا",
                                # «ووزارة الصحة تثمن جهود ...», «يشيدون بـ»: the feminine and
                                # plural imperfects and plural past of the same verbs
                                "تثمن", "يثمنون", "يشيدون", "يثنون"),
              ("اشاده", "مشيدا", "مشيده", "مثمنا", "ثناء", "تثمين", "مثنيا", "مثنيه",
               # «إشادة» reads as «أشاد» + «ه» to :func:`_possessives`: its own possessives
               "اشادته", "اشادتها", "اشادتهم", "اشادتنا"), topic_object=False,
              phrase_object=True),
    # «، مثمنةً جهود X», «، منوهةً بشجاعة X»: the feminine participles of «ثمّن» and «نوّه»
    **stances("praises", 0.75, (), ("مثمنه",), topic_object=False, phrase_object=True),
    **stances("praises", 0.75, (), ("منوهه",), topic_object=False),
    # «نوّه بـ» also points out («ونوه بوقوع حالتي غرق»): a named object only
    **stances("praises", 0.75, ("نوه", "نوهت", "ينوه", "تنوه", "ينوهون", "نوهوا"),
              ("منوها",), topic_object=False),
    **stances("praises", 0.7, ("شكر", "شكرت", "يشكر", "تشكر", "نشكر", "شكروا", "يشكرون"),
              ("شكره", "شكرها", "شكرهم", "الشكر", "شكرنا", "امتنانه", "امتنانها", "امتنانهم",
               "امتناننا",
               # «، شاكرا لجنة التنمية على تنظيم الحفل»: the participle of thanking
               "شاكرا"), topic_object=False,
              requires=THANKED_FOR),
    **stances("praises", 0.7, (), ("تقديره", "تقديرها", "تقديرهم", "تقديرنا"),
              topic_object=False, requires=TOWARD),
    **stances("praises", 0.7, (), ("اعجابه", "اعجابها", "اعجابهم", "اعجابنا"),
              topic_object=False, requires=HOLDING_TO),
    **stances("welcomes", 0.7, (), ("ارتياحه", "ارتياحها", "ارتياحهم", "ارتياحنا"),
              topic_object=False, requires=TOWARD),
    **stances("praises", 0.7, ("مدح", "مدحت", "يمدح", "تمدح", "مدحوا", "امتدح", "امتدحت",
                               "يمتدح", "تمتدح"), ("مادحا", "مادحه", "ممتدحا"),
              topic_object=False),
    # «عبر عن ثنائه على جهود X»: «ثناءه» with the hamza on its seat before the pronoun
    **{form: StanceTrigger("praises", True, 0.65, topic_object=False, phrase_object=True)
       for form in ("ثنائه", "ثنائها", "ثنائهم", "ثناؤه", "ثناؤها", "ثناؤهم")},
    # «هنّأ» reads «هنا» once hamza is normalised: as «here» it takes no deed after it.
    **stances("praises", 0.7, ("هنا", "هنات", "يهنئ", "تهنئ", "هنؤوا", "هناوا"),
              ("تهنئه", "تهاني", "تهانيه", "مهنئا", "مهنئه", "فخره", "فخرها", "فخرهم",
               "فخرنا", "اعتزازه", "اعتزازها", "اعتزازهم", "اعتزازنا"),
              topic_object=False, deed_object=True),
    **stances("welcomes", 0.75, ("رحب", "رحبت", "يرحب", "ترحب", "نرحب", "رحبوا", "يرحبون"),
              ("ترحيب", "مرحبا", "ترحيبا"), topic_object=False),
    # «ويستهجن X الصمت الدولي»: the imperfect of «استهجن» (its dual and plural: see
    # stance_inflections)
    **stances("condemns", 0.8, ("يستهجن", "تستهجن"), ()),
    **stances("condemns", 0.8, ("ادان", "ادانت", "يدين", "تدين", "ندين", "ندد", "نددت", "يندد",
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
    **stances("condemns", 0.75, CONDEMNED_UNHAMZATED, ()),
    **stances("warns", 0.7, ("حذر", "حذرت", "يحذر", "تحذر", "نحذر", "حذروا", "يحذرون"),
              ("تحذير", "محذرا", "تحذيرات", "محذره", "تحذيرا")),
    **stances("threatens", 0.75, ("هدد", "هددت", "يهدد", "تهدد", "لوح", "لوحت", "يلوح", "هددوا"),
              ("تهديد", "ملوحا", "مهددا", "تهديدا"), topic_object=False),
    # «وتوعدت إيران الولايات المتحدة برد قاس» (see stance_spellings)
    **stances("threatens", 0.7, THREATENED_WITH, THREATENING_WITH, topic_object=False),
    **stances("sharesConcernWith", 0.75, ("شاطر", "نشاطر", "يشاطر", "تشاطر", "شاطرت"),
              (), topic_object=False),
    # «نبّه X المواطنين إلى خطورة ...», «شاطروا», «مشاطراً X قلقه»
    # (see stance_spellings)
    **stances("warns", 0.7, ALERTED, ALERTING),
    **stances("sharesConcernWith", 0.75, SHARING_CONCERN, SHARING_CONCERN_PARTICIPLES,
              topic_object=False),
    # «سحبت X سفيرها رفضاً للتدخلات», «دعماً للحكومة»: a stance as the purpose of a deed
    # (see stance_purposes); a noun whose holder is read from its clause, less sure than a verb
    **stances("rejects", 0.7, (), ("رفضا",)),
    **stances("supports", 0.7, (), ("دعما", "تاييدا", "اسنادا")),
    **stances("condemns", 0.7, (), ("تنديدا", "استنكارا")),
    **stances("opposes", 0.7, (), ("اعتراضا",), requires=frozenset({"علي"})),
    **stances("coordinatesWith", 0.7, ("نسق", "نسقت", "ينسق", "تنسق", "ننسق", "تعاون", "يتعاون",
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
    **stances("coordinatesWith", 0.7, (), ("تنسيقا",), topic_object=False, requires=BETWEEN),
    # «يتعاونون مع X», «ينسقون مع X»: the plural imperfects (the imperative «تعاونوا» of
    # appeals left out)
    **stances("coordinatesWith", 0.7, ("ينسقون", "يتعاونون"), (), topic_object=False),
    # «السعودية ومصر تتعاونان في ...»: the duals (not «تعاونا», also the accusative noun)
    **stances("coordinatesWith", 0.7, ("يتعاونان", "تتعاونان", "تعاونتا", "نسقتا"), (),
              topic_object=False),
    # «مذكرة تفاهم للتعاون», «اتفاقية للشراكة»: only as the purpose of a signed agreement
    # (see stance_partnerships); elsewhere «للتعاون» is a goal («استعدادها للتعاون»)
    **stances("coordinatesWith", 0.7, (), ("للتعاون", "للشراكه"), topic_object=False,
              requires=AGREEMENT_NOUNS),
    # «نفذت X بالاشتراك مع Y»: joint work, only as the adjunct «بالاشتراك مع» right after
    # its doer (see stance_cooperation); elsewhere «الاشتراك» is taking part or a subscription
    **stances("coordinatesWith", 0.7, (), ("الاشتراك",), topic_object=False, requires=JOINTLY),
    # «وقعت X مذكرة تفاهم مع Y», «وقعت X و Y مذكرة تفاهم»: a memorandum of understanding is
    # an agreement to cooperate; only signed (see stance_partnerships.signed_partners)
    **stances("coordinatesWith", 0.7, (), ("تفاهم",), topic_object=False, requires=MEMORANDUM),
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
find_stance = cached_lookup(STANCE)
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
find_stance_jussive = cached_lookup(STANCE_JUSSIVE)
"""``lookup(word, STANCE_JUSSIVE)``: a stance verb in the jussive, to be read after «لم»."""

REPORTING_JUSSIVE: dict[str, ReportingVerb] = _jussives(REPORTING)
find_reporting_jussive = cached_lookup(REPORTING_JUSSIVE)
"""``lookup(word, REPORTING_JUSSIVE)``: «لم يقل», «لم تنف» after «لم»."""
