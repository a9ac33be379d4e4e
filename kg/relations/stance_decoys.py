"""Stance words that state no stance, or not toward what follows them.

- A reply withheld: «رفض X التعليق», «رفض تحديد موعد الانسحاب», «رفضت إيران حتى الآن نشر
  نص الاتفاق», «رفض طلبا من الصحيفة للتعليق», «رفض X وY القول ما إذا كانا ...»: declining
  to say, disclose, specify or rank something rejects nothing; nor does declining to rule
  out an option («رفضت واشنطن استبعاد اللجوء إلى القوة»). «رفض» rejects a thing only
  when what follows is no verbal noun of saying or disclosing («رفضت الحكومة القرار», «رفض
  تشكيل جيش الفتح»).
- A holder after «من»: «حظي الاتفاق بإشادة من الرئيس أوباما», «تعرضت لانتقادات من
  المعارضة»: the agent after «من» right after a stance noun holds the stance; it is not
  its object, and the phrase before the noun is not its holder.

Time adverbs between the subject and what follows («حتى الآن», «مجددا», «أمس», «منذ فترة
طويلة», «منذ سنوات») are never what a stance is toward: :func:`past_time_adverbs` steps over
them.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import HONORIFICS, TITLE_HEADS, StanceTrigger
from kg.relations.stance_phrases import skip_intensifiers

_TIME_ADVERBS = frozenset({
    "امس", "اليوم", "مجددا", "ايضا", "الان", "حاليا", "سابقا", "مرارا", "دائما", "قطعيا",
    "قطعا", "اصلا", "بدوره", "بدورها", "بدورهم", "مساء", "صباح", "فجر", "ظهر", "الليله",
})
_SINCE_HEADS = frozenset({"حتي", "الي", "لحد"})
_SINCE_ENDS = frozenset({"الان", "اللحظه", "اليوم", "الساعه"})
_AGAIN = (("من", "جديد"), ("مره", "اخري"), ("مره", "ثانيه"))


_DURATIONS = frozenset({
    "فتره", "مده", "زمن", "وقت", "سنوات", "سنين", "اعوام", "عقود", "عقدين", "اشهر", "شهور",
    "اسابيع", "ايام", "عامين", "سنتين", "شهرين", "اسبوعين", "البدايه", "البدء", "امد",
})
"""Spans of time after «منذ» that name no date: «منذ فترة طويلة», «منذ سنوات», «منذ البداية»
(not «منذ عام 2011», whose year would be left as the object)."""
_DURATION_ADJECTIVES = frozenset({"طويله", "طويل", "بعيد", "بعيده", "عديده", "عده", "قليله",
                                  "قصيره", "مبكر", "مبكره"})


def _past_since(words: list[Word], index: int) -> int:
    """Past «منذ فترة طويلة», «منذ سنوات عديدة», «منذ البداية»: «منذ», a span of time with
    no date, and its adjective; ``index`` itself when no such adverb is there."""
    if index + 1 >= len(words) or words[index].norm != "منذ" or \
            words[index + 1].norm not in _DURATIONS:
        return index
    index += 2
    if index < len(words) and words[index].norm in _DURATION_ADJECTIVES:
        index += 1
    return index


_AT_A_TIME = frozenset({("في", "وقت", "لاحق"), ("في", "وقت", "سابق"), ("في", "وقت", "متاخر"),
                        ("في", "وقت", "مبكر")})


def past_time_adverbs(words: list[Word], index: int) -> int:
    """Past time adverbs at ``index``: one word («أمس», «مجددا», «الآن») or a fixed pair
    («حتى الآن», «إلى اللحظة», «من جديد», «مرة أخرى») or a span since («منذ فترة طويلة»)."""
    while index < len(words):
        norm = words[index].norm
        if norm in _TIME_ADVERBS:
            index += 1
            continue
        if _past_since(words, index) > index:
            index = _past_since(words, index)  # «وتدين X منذ فترة طويلة نصا في الدستور»
            continue
        if index + 2 < len(words) and \
                (norm, words[index + 1].norm, words[index + 2].norm) in _AT_A_TIME:
            index += 3  # «أثنى X في وقت لاحق على ...»
            continue
        if index + 1 < len(words):
            pair = (norm, words[index + 1].norm)
            if (norm in _SINCE_HEADS and pair[1] in _SINCE_ENDS) or pair in _AGAIN:
                index += 2
                continue
        break
    return index


def _past_seat(context: Extraction, words: list[Word], index: int) -> int:
    """Past where the subject sits, when a name follows: «مكتب السفيرة لدى الأمم المتحدة»,
    «السفارة الأمريكية في القاهرة»."""
    if index + 1 >= len(words) or words[index].norm not in {"لدي", "في"} or \
            context.boundary_between(words[index], words[index + 1]):
        return index
    mention = context.mention_starting_in(words[index + 1])
    if mention is None:
        return index
    return context.mention_words(mention)[1] - words[0].index + 1


_SAYING_NOUNS = frozenset({
    "تعليق", "ادلاء", "افصاح", "خوض", "رد", "حديث", "كشف", "تحديد", "ترتيب", "تقييم", "تصنيف",
    "مفاضله", "تسميه", "ذكر", "اجابه", "تعقيب", "تصريح", "توضيح", "شرح", "تفسير", "تاكيد",
    "نفي", "بوح", "تطرق", "افشاء", "مناقشه", "قول",
})
"""Verbal nouns of saying, disclosing, specifying or ranking: «رفض X تحديد موعد» declines
to say; what is not said is not rejected."""
_GIVING_NOUNS = frozenset({"نشر", "تقديم", "اعطاء", "ابداء", "اعلان", "تسليم", "عرض"})
"""Verbal nouns of giving out, that decline to say only with information after them
(«رفض نشر نص الاتفاق»; «رفضت روسيا نشر قوات» rejects a deployment)."""
_INFORMATION = frozenset({
    "تفاصيل", "معلومات", "ايضاحات", "توضيحات", "اسماء", "اسم", "ارقام", "نسخه", "نص", "صور",
    "تقرير", "وثائق", "وثيقه", "قائمه", "بيانات", "راي", "رايه", "رايها", "رايهم", "اجابات",
    "تعليقات", "ادله", "موعد", "مصدر", "مصادر", "حصيله", "نتائج", "هويه", "مضمون", "محتوي",
    "خبر", "اخبار", "قصه", "مقال", "مقاله", "مقالات",
})
_PERMITTING = frozenset({"سماح", "اذن", "ترخيص"})
"""Verbal nouns of permitting: «رفضت السلطات السماح للصحفيين بدخول سيناء» refuses to let
someone act; no proposal, decision or accusation is rejected, and «السماح» is no object."""
_RULING_OUT = frozenset({"استبعاد", "اسقاط"})
"""Verbal nouns of ruling out, that decline to commit only with an option after them
(«رفضت واشنطن استبعاد اللجوء إلى القوة», «رفض استبعاد الخيار العسكري»: the option is kept
open, nothing is rejected; «رفض استبعاد المرشحين» rejects an exclusion)."""
_OPTIONS = frozenset({
    "لجوء", "خيار", "خيارات", "احتمال", "احتمالات", "امكانيه", "امكان", "فرضيه", "فكره",
    "سيناريو",
})
_REQUESTS = frozenset({"طلب", "طلبا", "طلبات"})
_ASKED_FOR = _INFORMATION | frozenset({"ايضاح", "توضيح", "تفسير", "تقرير", "تقارير", "اجابه",
                                       "رد", "ردا", "تعليق", "تعليقا", "نسخه", "نسخ", "توضيحا",
                                       "ايضاحا", "تفسيرا", "تقريرا", "اجابات", "معلومه"})
_REQUEST_REACH = 8


def _noun(word: Word) -> str:
    """The word without «و»/«ف» and the article, with no preposition glued to it («» for
    «للتعليق»)."""
    found = ""
    for prefix, rest in word.readings():
        if prefix.lstrip("وف") in {"", "ال"}:
            found = rest
    return found.removeprefix("ال") if len(found) <= 4 else found  # «الرد»: no reading splits it


def _glued_lam_noun(word: Word) -> str:
    """The noun after a glued «ل»/«لل» («للتعليق» → «تعليق»), or «»."""
    for prefix, rest in word.readings():
        if prefix.lstrip("وف") in {"ل", "لل"}:
            return rest.removeprefix("ال")
    return ""


def _said_by(context: Extraction, word: Word) -> bool:
    """«رفضت إيران الرد الأمريكي», «رفض تصريح الوزير», «رفض ذكر الأمم المتحدة ...»: a
    verbal noun of saying with its agent after it is what another said, and rejecting it
    is a stance: an agent named or described by a nisba or a title right after it."""
    mention = context.mention_starting_in(word)
    if mention is not None and mention.label in AGENT_LABELS:
        return True
    return word.has(TITLE_HEADS) or context.country_for_nisba(word) is not None


def declined(context: Extraction, words: list[Word], index: int,
             trigger: StanceTrigger) -> bool:
    """«رفض X التعليق», «رفض تحديد التعليمات», «رفضت X حتى الآن نشر نسخة رسمية», «رفض طلبا
    من الصحيفة للتعليق», «رفضت X السماح لـ»: at ``index`` (after the subject), past time
    adverbs, a verbal noun of saying, disclosing or permitting, or a request to comment:
    declining, not a rejection."""
    if trigger.kind != "rejects":
        return False
    index = past_time_adverbs(words, _past_seat(context, words, index))
    if index >= len(words):
        return False
    word = words[index]
    noun = _noun(word)
    following = words[index + 1] if index + 1 < len(words) else None
    if noun in _SAYING_NOUNS:
        return following is None or context.boundary_between(word, following) or \
            not _said_by(context, following)
    if noun in _PERMITTING:
        return True  # «رفضت السلطات السماح لـ»: a permission withheld
    if noun in _GIVING_NOUNS and following is not None and \
            not context.boundary_between(word, following) and _noun(following) in _INFORMATION:
        return True
    if noun in _RULING_OUT and following is not None and \
            not context.boundary_between(word, following) and \
            _noun(following).removeprefix("ال") in _OPTIONS:
        return True  # «رفضت واشنطن استبعاد اللجوء إلى القوة»: an option kept open
    if word.norm.lstrip("و") not in _REQUESTS:
        return False
    for later in range(index + 1, min(len(words), index + _REQUEST_REACH)):
        if context.boundary_between(words[later - 1], words[later]) and \
                context.gap(words[later - 1], words[later]).strip() not in {"«", "»", '"'}:
            return False
        if _glued_lam_noun(words[later]) in _SAYING_NOUNS:
            return True  # «طلبا من صحيفة «الشرق الأوسط» للتعليق»
    return False


_HELD_FROM = frozenset({"praises", "welcomes", "criticizes", "condemns", "supports", "urges",
                        "rejects", "opposes", "denies", "threatens"})
"""Kinds whose verbal noun takes its holder after «من» («إشادة من X», «دعوة من X»); a
warning or a concern «من X» is about X («تحذير من داعش»)."""


SIDE_OF = frozenset({"جانب", "قبل", "طرف"})
"""«من جانب X», «من قبل X», «من طرف X»: «by X», the holder after it («من جانبه», with a
pronoun, is «for his part» and names no one)."""


def holder_after(context: Extraction, words: list[Word], position: int,
                 trigger: StanceTrigger) -> Arg | None:
    """«بإشادة من الرئيس أوباما», «لانتقادات من المعارضة»: the named agent right after «من»
    after a stance noun (past a title or an honorific), who holds the stance; never after a
    noun that takes its object with «من» («عن استيائها من إسرائيل»: Israel displeases)."""
    index = skip_intensifiers(words, position + 1)  # «ترحيبا واسعا من X»
    if not trigger.noun or trigger.kind not in _HELD_FROM or index + 1 >= len(words) or \
            words[index].norm != "من" or "من" in trigger.requires or \
            context.boundary_between(words[position], words[index]):
        return None
    index += 1
    if index + 1 < len(words) and words[index].norm in SIDE_OF:
        index += 1  # «برفض من جانب المعارضة», «بانتقادات من قبل المنظمة»
    while index + 1 < len(words) and index < position + 4 and \
            context.mention_starting_in(words[index]) is None and \
            (words[index].norm in HONORIFICS or words[index].has(TITLE_HEADS)) and \
            not context.boundary_between(words[index], words[index + 1]):
        index += 1
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def asked_for_information(words: list[Word], end: int) -> bool:
    """«سيطلب من الاتحاد الروسي للعبة تفاصيل عن الواقعة», «طلبت من الوزارة معلومات عن»: a request
    for details, information or a reply, right after the one asked (who ends at ``end``),
    is an inquiry, not an appeal to act."""
    after = [w for w in words if w.start >= end][:2]
    if after and after[0].norm.startswith("لل"):
        after = after[1:]  # «من الاتحاد الروسي للعبة تفاصيل»: past the addressee's «لل» phrase
    return bool(after) and (after[0].norm in _ASKED_FOR or after[0].bare() in _ASKED_FOR)
