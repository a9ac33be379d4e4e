"""The words an unnamed argument phrase may start with, and where such a phrase ends.

:func:`victim_word` tells whether a plain noun can head a victim or target phrase (not a
time word, a perpetrator, a weapon, a cause, an adverb, a policy, a name);
:func:`with_genitive` extends an indefinite head over its genitive («مقر الحزب», «نقطة
تفتيش»); :func:`phrase_arg` makes the phrase an argument without its leading «و»/«ف».
Shared by :mod:`kg.relations.targets`, :mod:`kg.relations.crowd_phrases`,
:mod:`kg.relations.seized_places` and :mod:`kg.relations.protested_phrases`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    RELATIVE_DAYS,
    SUFFERING_VERBS,
    WEEKDAYS,
    find_event,
)
from kg.relations.perpetrators import (
    REFLEXIVES,
    root_initial,
)

TIME_WORDS = frozenset({"صباح", "مساء", "فجر", "ليل", "ليلا", "ليله", "ظهر", "نهار", "يوم",
                         "امس", "اليوم", "غدا", "مجددا", "ايضا", "مره", "مرات", "انذاك",
                         "حينذاك", "حينها", "وقتها", "يومها", "عندئذ",
                         # spans told as the time of the deed («قصفت الأسبوعين الماضيين، خزانات»)
                         "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "ايام", "يومين",
                         "ساعه", "ساعات", "ساعتين", "سنوات", "اعوام", "عامين", "دقائق"})


_PERPETRATORS = frozenset({
    "مسلح", "مسلحون", "مسلحين", "مجهول", "مجهولون", "مجهولين", "مقاتلون", "مقاتلين", "انتحاري",
    "انتحاريون", "انتحاريين", "عناصر", "قوات", "جيش", "شرطه", "متشددون", "متشددين", "ارهابيون",
    "ارهابيين", "متمردون", "متمردين", "ميليشيات", "مليشيات", "جنود", "طائرات", "مقاتلات",
})


PLACE_HEADS = frozenset({"ضاحيه", "حي", "بلده", "مدينه", "منطقه", "قريه", "مديريه", "محافظه",
                          "ناحيه"})
"""Nouns that open a place's name («ضاحية دار سعد», «حي الروضة»)."""


_SUSPECTING = frozenset({"يشتبه", "يعتقد", "يرجح", "يزعم", "يظن", "يقال", "يبدو"})
"""Verbs of suspicion that describe an unnamed doer after it («وقتل مهاجم انتحاري يشتبه أنه
ينتمي للتنظيم 32 شخصاً»): never the head of a victim phrase."""


FIRE = frozenset({"نار", "نيران", "نيرانها", "نيرانهم", "نيرانه"})


WEAPONS = frozenset({
    "سياره", "سيارات", "قذيفه", "قذيفتين", "قذائف", "صاروخ", "صاروخا", "صواريخ", "عبوه",
    "عبوات", "قنبله", "قنابل", "حزام", "حزاما", "شحنه", "لغم", "الغام", "رصاص", "رصاصه",
    "دراجه", "شاحنه", "شاحنات", "براميل", "برميل",
})
"""What is fired, thrown or blown up, never the victim («فجّر انتحاري سيارة مفخخة»)."""


def with_genitive(context: Extraction, words: list[Word], head: int) -> int:
    """An indefinite head keeps its definite genitive: «مقر الحزب», «موكب الوزير» end at the
    genitive (or at the end of a name there: «مقر حزب الأمة»)."""
    following = head + 1
    if following >= len(words) or words[head].norm.startswith("ال") or \
            context.boundary_between(words[head], words[following]):
        return head
    mention = context.mention_starting_in(words[following])
    if mention is not None and mention.start == words[following].start and \
            not context.attached_prefix(mention):
        last = context.word_at(max(mention.start, mention.end - 1))
        return last.index - words[0].index if last is not None else head
    if words[following].norm.startswith("ال") and victim_word(context, words[following]):
        return following
    if words[head].has(_COMPOUND_HEADS) and words[following].norm in _COMPOUND_GENITIVES:
        return following  # «نقطة تفتيش», «مركز تدريب»: one name of a kind of place
    return head


_COMPOUND_HEADS = frozenset({"مركز", "مركزا", "مراكز", "نقطه", "نقاط", "معسكر", "معسكرا", "مقر",
                             "مقرا", "غرفه", "حاجز", "حاجزا"})


_COMPOUND_GENITIVES = frozenset({"تدريب", "تفتيش", "شرطه", "احتجاز", "ايواء", "قياده", "عمليات",
                                 "مراقبه", "اقتراع"})
"""An indefinite head and the indefinite noun that names its kind («نقطة تفتيش», «مركز
شرطة», «غرفة عمليات»): the phrase is the two."""


_OTHERS = frozenset({"اخري", "اخر", "اخرين", "اخريات", "ثانيه", "الاخري", "الاخر"})


_POLICIES = frozenset({"سياسه", "سياسات", "قرار", "قرارات", "قانون", "قوانين", "نهج"})
"""«كان الهجوم موجهاً ضد سياسة اللجوء»: a policy or a law is what a deed protests, not whom
it hurt."""


_ADVERBIAL_NOUNS = frozenset({"الاقل", "الاكثر", "الرغم", "الفور", "الارجح", "الاطلاق",
                              "الاخص", "الخصوص", "التوالي", "مباشره", "مجددا", "عمدا",
                              "عشوائيا", "تحديدا", "خصوصا"})
"""Nouns of «على» adverbs («على الأقل», «على الرغم», «على الفور», «على التوالي») and adverbs
in the accusative that stand where an object would («استهدفت مباشرةً الذراع المسلحة»,
«قصفوا عشوائياً», «استهدف تحديداً»)."""


_WITHOUT = frozenset({"بلا", "وبلا", "بدون", "وبدون", "دون"})


_CAUSAL = frozenset({"جراء", "اثر", "نتيجه", "بسبب", "بفعل", "عقب", "اعقاب", "خلال", "اثناء"})
"""Nouns that open the cause or the time of a deed («قُتل جراء استهدافه», «قتلوا إثر
غارة»): never the victims."""


def victim_word(context: Extraction, word: Word) -> bool:
    """A plain noun that can head a victim phrase."""
    bare, norm = word.bare(), word.norm
    prefix = word.readings()[-1][0] if word.readings() else ""
    if any(clitic in prefix.removesuffix("ال") for clitic in ("ب", "ل", "ك")) and \
            not root_initial(word):
        return False  # «بالصواريخ», «للمرة»: an instrument or a circumstance (not «بلدات»,
        # «كنيسة»: the letter is the noun's own)
    if norm in FUNCTION_WORDS or bare in FUNCTION_WORDS or norm[:1].isdigit() or \
            bare in _OTHERS or norm in _WITHOUT or word.has(_POLICIES):
        return False  # «وهاجم أخرى»: an adjective standing for the noun said before; «طائرة
        # بلا طيار»: what the subject lacks
    if norm in _ADVERBIAL_NOUNS or bare in _CAUSAL or norm in _CAUSAL:
        return False  # «مقتل سبعة أشخاص على الأقل», «على الرغم من»: no object of the deed
    if bare in TIME_WORDS or norm in TIME_WORDS or norm in RELATIVE_DAYS or \
            norm in WEEKDAYS or "ال" + bare in WEEKDAYS:
        return False
    if word.has(_PERPETRATORS) or find_event(norm) is not None or norm in REFLEXIVES or \
            word.has(SUFFERING_VERBS) or word.has(_SUSPECTING) or \
            word.has(WEAPONS) or word.has(FIRE):
        return False
    return context.covering_mention(word.start) is None


def phrase_arg(context: Extraction, words: list[Word], first: int, last: int) -> Arg:
    """The unnamed phrase from word ``first`` to word ``last`` as a Miscellaneous argument,
    its leading «و» or «ف» left out («ومئات المتظاهرين» → «مئات المتظاهرين»)."""
    word = words[first]
    prefix = word.readings()[-1][0] if word.readings() else ""
    begin = word.start + len(prefix.removesuffix("ال")) if prefix.startswith(("و", "ف")) and \
        word.norm not in WAW_NOUNS else word.start
    end = words[last].end
    return Arg(context.add_entity("Miscellaneous", context.doc.text[begin:end]), begin, end)


WAW_NOUNS = frozenset({"وحدات", "وحده", "وفد", "وفود", "وزراء", "وزير", "وسطاء", "ولاه",
                        "وكلاء", "وسائل", "وثائق", "ودائع"})
"""Nouns whose own first letter is «و» («وحدات تكتيكية»): no conjunction to leave out."""
