"""Unnamed perpetrators: «اختطف مسلحون أربعة مهندسين», «مسلحين مجهولين اغتالوا القاضي».

Violence in news prose is often done by people the text does not name: gunmen
(«مسلحون», «مسلحون مجهولون», «مجهولون»), suicide bombers («انتحاري»,
«انتحاريان»), attackers, militants, rebels, kidnappers, or a force described
by its kind and owner («دبابة إسرائيلية», «قوات الأمن», «رجال الشرطة») or a machine of
war («الطائرات الحربية», «طائرة بدون طيار», ``war_machines``). Such a
phrase is the doer only in the subject slot of a violent verb that has an
object: after a singular verb («فجّر انتحاري نفسه», «خطف مسلحون عدداً من
الأشخاص») or right before a verb that agrees with it («مسلحين مجهولين اغتالوا
ضابطاً», «انتحاريان قد فجرا نفسيهما»). Without an object the verb may be a
passive whose subject is the victim («قُتل مسلحون في الاشتباكات», «ثلاثة
مسلحين قتلوا أمس»), so nothing is read. The phrase keeps the adjectives that
follow it («مسلحون مقنعون», «مسلحين مجهولين») and is one Miscellaneous node.
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.force_units import UNIT_HEADS, unit_end
from kg.relations.index import AGENT_LABELS, PLACE_LABELS, Arg, Word
from kg.relations.lexicon import (
    DIRECTIONS,
    FUNCTION_WORDS,
    NAMED_PLACE_HEADS,
    RELATIVE_DAYS,
    WEEKDAYS,
)
from kg.relations.perpetrator_holders import closes_quoted_name, holder_after, holder_last
from kg.relations.war_machines import MACHINE_HEADS, machine_end
from kg.text.normalize import normalize_key

PERPETRATOR_HEADS = frozenset({
    "مسلح", "مسلحا", "مسلحون", "مسلحين", "مسلحان", "مجهول", "مجهولا", "مجهولون", "مجهولين",
    "مجهولان", "انتحاري", "انتحاريا", "انتحاريان", "انتحاريون", "انتحاريين", "انتحاريه",
    "مهاجم", "مهاجما", "مهاجمون", "مهاجمين", "مهاجمان", "متمردون", "متمردين", "متشددون",
    "متشددين", "ارهابيون", "ارهابيين", "خاطفون", "خاطفين", "قناص", "قناصه", "ملثمون",
    "ملثمين", "فدائيون", "فدائيين", "متطرف", "متطرفون", "متطرفين", "انفصاليون", "انفصاليين",
    "انتحاريات",
})
"""Nouns that name the doers of violence without naming them («مسلحون», «انتحاري»)."""
FIGHTER_HEADS = frozenset({"مقاتلون", "مقاتلين", "مقاتلان", "عناصر"})
"""Fighters, a doer only with an adjective that says whose or what kind they are («مقاتلون
إسلاميون», «مقاتلين أكراد»): bare «مقاتلون» is as often the fallen."""
FORCE_HEADS = frozenset({
    "قوات", "جنود", "دبابه", "دبابات", "طائره", "طائرات", "مروحيه", "مروحيات", "مقاتلات",
    "طيران", "زوارق", "بوارج", "رجال", "قوه", "مدفعيه",
})
"""Nouns of armed men or machines that are a doer once their owner is said («دبابة
إسرائيلية», «قوات الأمن», «رجال الشرطة»)."""
SECURITY_OWNERS = frozenset({"الامن", "الشرطه", "الاحتلال", "الجيش", "المارينز", "الكوماندوز",
                             "النظام", "المعارضه", "العدو"})
"""Genitives that make a force noun armed men of a side at war («قوات الأمن», «رجال الشرطة»,
«قوات النظام», «قوات المعارضة»)."""
_MODIFIERS = frozenset({
    "مجهول", "مجهولا", "مجهولون", "مجهولين", "مجهولان", "مقنعون", "مقنعين", "ملثمون", "ملثمين",
    "انتحاري", "انتحاريا", "انتحاريان", "انتحاريه", "مسلحون", "مسلحين", "اسلامي", "اسلاميا",
    "اسلاميون", "اسلاميين", "عربيه", "اجنبيه", "غربيه", "معاديه", "مجهوله",
})
"""Adjectives that follow a perpetrator noun («مسلحون مقنعون», «مهاجماً انتحارياً»)."""
REFLEXIVES = frozenset({"نفسه", "نفسها", "نفسيهما", "انفسهم", "انفسهما", "انفسهن"})
_NOT_OBJECT = DIRECTIONS | FUNCTION_WORDS | frozenset({
    "اثر", "جراء", "اثناء", "امس", "اليوم", "ايضا", "جميعا", "كذلك", "وسط", "قرب", "داخل",
    "امام", "خارج", "ليل", "ليلا", "صباح", "مساء", "فجر", "ظهر", "عصر", "الليله", "الاسبوع",
    "الشهر", "العام", "يوم", "حين", "لدي", "بينما", "فيما", "عندما", "حتي", "بسبب", "ابان",
    "اواخر", "اوائل", "منتصف", "مطلع", "اواسط",
})
"""Words after a verb that open an adverbial, never its object («قتلوا خلال», «قتلوا أمس»)."""
_ADVERBS = frozenset({"امس", "اليوم", "ايضا", "مجددا", "انذاك", "حينذاك", "حينها", "وقتها",
                      "يومها", "عندئذ"})
"""Adverbs between a verb and its object; «آنذاك», «حينها» («وقد قتل آنذاك خمسة جنود»: then)
too."""


def perpetrator_phrase(context: Extraction, words: list[Word], index: int,
                       counted: bool = False) -> tuple[Arg, int] | None:
    """The unnamed perpetrator phrase that opens at ``words[index]`` (as a node) and the
    index after it: «مسلحون مقنعون», «انتحاريان», «دبابة إسرائيلية», «قوات الأمن»."""
    last = _own_end(context, words, index, counted)
    if last is None:
        return None
    word = words[index]
    holder = holder_after(context, words, last)
    if holder is not None:  # «مسلحون من تنظيم داعش»: the group that holds them is the doer
        clitic = _clitic(word)
        begin = word.start + (len(clitic.removesuffix("ال")) if clitic[:1] in {"و", "ف"} else 0)
        return Arg(holder.node_id, begin, holder.end), holder_last(context, words, holder) + 1
    group = _group_named_before(context, word) if last == index else None
    if group is not None:
        return Arg(group, word.start, word.end), last + 1
    clitic = _clitic(word)
    begin = word.start + (len(clitic.removesuffix("ال")) if clitic[:1] in {"و", "ف"} else 0)
    name = context.doc.text[begin:words[last].end]
    return Arg(context.add_entity("Miscellaneous", name), begin, words[last].end), last + 1


def _clitic(word: Word) -> str:
    """The clitics glued before the head noun: none in «فصائل», whose «ف» is a root letter."""
    for prefix, rest in word.readings():
        if rest in _HEAD_WORDS:
            return prefix
    return word.readings()[-1][0] if word.readings() else ""


_SOME = frozenset({"بعض", "عدد", "عددا"})
"""«أطلق بعض الفدائيين النار», «قام عدد من الجنود»: a part of the doers."""


def perpetrator_end(context: Extraction, words: list[Word], index: int,
                    counted: bool = False) -> int | None:
    """The index of the last word of the perpetrator phrase at ``words[index]``, or None;
    the phrase may open with «بعض» or «عدد من», and with a number when ``counted`` («ثمانية
    جنود أميركيين», where a verb before it could be a passive with the counted victims), and
    runs through the group that holds the doers («مسلحون من تنظيم داعش»,
    ``perpetrator_holders``)."""
    last = _own_end(context, words, index, counted)
    if last is None:
        return None
    holder = holder_after(context, words, last)
    return holder_last(context, words, holder) if holder is not None else last


def _own_end(context: Extraction, words: list[Word], index: int,
             counted: bool = False) -> int | None:
    """The last word of the perpetrator phrase at ``words[index]`` itself (no holder)."""
    if index >= len(words):
        return None
    unit = unit_end(context, words, index, SECURITY_OWNERS)
    if unit is not None:
        return unit  # «قوة من الجيش», «فرقة مظلية من قوات الأمن»: a unit of the state's force
    if words[index].has(_FIGHTER_HEADS_OR_HELD_BANDS) and not _governed(words[index]) and \
            context.covering_mention(words[index].start) is None and \
            holder_after(context, words, index) is not None:
        return index  # «عناصر من تنظيم داعش», «مجموعة من داعش»: doers once their group is named
    head = _after_lead(context, words, index, counted)
    if head != index:
        return _head_end(context, words, head) if head is not None else None
    return _head_end(context, words, index)


def _after_lead(context: Extraction, words: list[Word], index: int, counted: bool) -> int | None:
    """The index of the head noun after a leading «بعض», «عدد من» or number; ``index`` when
    the phrase has no lead, None when the lead is followed by nothing to read."""
    word = words[index]
    if word.norm in _SOME:
        head = index + 2 if index + 1 < len(words) and words[index + 1].norm == "من" \
            else index + 1
    elif counted and number_value(word) is not None:
        head = index + 1
    else:
        return index
    if head >= len(words) or any(context.boundary_between(words[i - 1], words[i])
                                 for i in range(index + 1, head + 1)):
        return None
    return head


def _qualified_head(context: Extraction, words: list[Word], index: int) -> bool:
    """A head that is a doer only with the word after it: fighters described
    («مقاتلون إسلاميون»), a force with its owner («قوات الأمن», «دبابة إسرائيلية»)."""
    word = words[index]
    if index + 1 >= len(words) or context.boundary_between(word, words[index + 1]):
        return False
    following = words[index + 1]
    return (word.has(FIGHTER_HEADS) and _described(context, following)) or \
        (word.has(FORCE_HEADS) and _owner(context, following)) or \
        (word.has(_CONSTRUCT_FIGHTERS) and following.norm in _ARMED_OWNERS and
         context.covering_mention(following.start) is None) or \
        (word.has(_BAND_HEADS) and following.has(_ARMED) and
         context.covering_mention(following.start) is None)


_CONSTRUCT_FIGHTERS = frozenset({"مسلحو", "مسلحي", "مقاتلو", "مقاتلي", "عناصر"})
_ARMED_OWNERS = frozenset({"الحركه", "الجماعه", "التنظيم", "المعارضه", "الميليشيا", "الميليشيات",
                           "المليشيا", "المليشيات", "الفصائل", "العدو"})
"""«وسيطر مسلحو التنظيم على البلدة», «هاجم مقاتلو المعارضة»: armed men in the construct state
before the unnamed armed body they belong to are a doer, as «قوات الأمن» is."""
_BAND_HEADS = frozenset({"مجموعه", "مجموعات", "جماعه", "جماعات", "عصابه", "عصابات", "خليه",
                         "خلايا", "فصائل", "فصيل"})
_ARMED = frozenset({"مسلحه", "ارهابيه", "متطرفه", "مجهوله", "معارضه", "مسلح", "معارض",
                    "مقاتله"})
"""«هاجمت مجموعة مسلحة موقعاً للجيش», «خلية إرهابية», «قصفت فصائل معارضة مواقع للجيش»,
«استهدفت الفصائل المقاتلة مواقع النظام» (the fighting factions, the rebels),
«فصائل المعارضة»: a band is a doer once said to be armed or to be the armed opposition
(«مجموعة من الطلاب» is none)."""
_HELD_BANDS = frozenset({"مجموعه", "مجموعات", "خليه", "خلايا", "عصابه", "عصابات"})
"""A band that is a doer once the group that holds it is named right after it, as fighters
are («قامت مجموعة من داعش بإطلاق النار», «خلية من تنظيم القاعدة»): «مجموعة من الطلاب» is
none, since students are no group (``perpetrator_holders.HOLDER_LABELS``)."""
_FIGHTER_HEADS_OR_HELD_BANDS = FIGHTER_HEADS | _HELD_BANDS
_HEAD_WORDS = _BAND_HEADS | PERPETRATOR_HEADS | FIGHTER_HEADS | FORCE_HEADS | UNIT_HEADS | \
    MACHINE_HEADS | _CONSTRUCT_FIGHTERS
"""The head nouns of an unnamed doer, each with its own root letters («فصائل»)."""


def _head_end(context: Extraction, words: list[Word], index: int) -> int | None:
    """The last word of the phrase whose head noun is ``words[index]``."""
    word = words[index]
    if context.covering_mention(word.start) is not None or _governed(word):
        return None
    machine = machine_end(context, words, index)
    if word.has(PERPETRATOR_HEADS) or _definite_group(context, words, index) or \
            _state_force(context, words, index):
        last = index
    elif machine is not None:
        last = machine  # «الطائرات الحربية», «طائرة بدون طيار» (``war_machines``)
    elif _qualified_head(context, words, index):
        last = index + 1
    else:
        return None
    while last + 1 < len(words) and last - index < 2 and \
            not context.boundary_between(words[last], words[last + 1]) and \
            ((words[last + 1].has(_MODIFIERS) and
             context.covering_mention(words[last + 1].start) is None) or
             _nisba(context, words[last + 1]) or
             plural_nisba(words[last + 1])):
        last += 1
    if last + 1 < len(words) and words[last + 1].norm in _OTHER and \
            not context.boundary_between(words[last], words[last + 1]):
        last += 1  # «مسلحون آخرون», «مسلحون مجهولون آخرون»: still the doers, not their victims
    return last


_OTHER = frozenset({"اخرون", "اخرين", "اخران"})
"""«آخرون» after the doers' noun («وقتل مسلحون آخرون خمسة مدنيين») is their adjective (the
plural of persons; «فصائل معارضة أخرى» is left to the rules of the bands)."""


DEFINITE_GROUPS = frozenset({"الحركه", "الجماعه", "التنظيم"})
"""«وخطفت الحركة عشرات العاملين»: a group named by its kind alone, a doer in the subject slot
of a violent verb with an object (the group of that kind the article names, if one)."""
_GROUP_LABELS = frozenset({"ArmedGroup", "Organization", "PoliticalParty"})


def _definite_group(context: Extraction, words: list[Word], index: int) -> bool:
    """«الحركة», «الجماعة», «التنظيم» (maybe behind «و»), with no name right after it."""
    return _kind_alone(context, words, index, DEFINITE_GROUPS)


def _kind_alone(
    context: Extraction, words: list[Word], index: int, kinds: frozenset[str]
) -> bool:
    """The word at ``index`` is one of ``kinds`` (maybe behind «و») with no name right after it."""
    word = words[index]
    if word.norm.removeprefix("و") not in kinds:
        return False
    return index + 1 >= len(words) or \
        context.boundary_between(word, words[index + 1]) or \
        context.mention_starting_in(words[index + 1]) is None


STATE_FORCES = frozenset({"الجيش", "الشرطه"})
"""«وقصف الجيش مواقع المسلحين», «قتلت الشرطة مسلحاً»: the state's army or police named by
its kind alone, a doer in the subject slot of a violent verb with an object, as «قوات الجيش»
is (a name after it, «الجيش السوري الحر», is the NER's)."""


def _state_force(context: Extraction, words: list[Word], index: int) -> bool:
    """«الجيش», «الشرطة» (maybe behind «و»), with no name starting right after it."""
    return _kind_alone(context, words, index, STATE_FORCES)


def _group_named_before(context: Extraction, word: Word) -> str | None:
    """The one group of the article named with the kind noun of «الحركة» («حركة حماس»)."""
    if word.norm.removeprefix("و") not in DEFINITE_GROUPS:
        return None
    kind = word.bare() + " "
    found = {entity.id for entity in context.entities.values()
             if entity.label in _GROUP_LABELS and normalize_key(entity.name).startswith(kind)}
    return next(iter(found)) if len(found) == 1 else None


def _described(context: Extraction, word: Word) -> bool:
    """An adjective of kind or origin after a fighters noun («إسلاميون», «أكراد» as a
    plural nisba, «سوريون»), no name."""
    return (word.has(_MODIFIERS) and context.covering_mention(word.start) is None) or \
        _nisba(context, word) or plural_nisba(word)


def plural_nisba(word: Word) -> bool:
    """«نيجيريين», «فلسطينيون»: a plural nisba without the article, an adjective of the
    people before it."""
    norm = word.norm
    return len(norm) > 5 and norm.endswith(("يين", "يون")) and not norm.startswith(("ال", "و"))


def _owner(context: Extraction, word: Word) -> bool:
    """«الأمن», «الشرطة» or a country's nisba («إسرائيلية», «أميركيين») after a force noun, or
    a word that says the machines are of war («طائرات حربية», «زوارق حربية»)."""
    return word.norm in SECURITY_OWNERS or word.norm in _OF_WAR or \
        word.norm in _OF_THE_STATE or _nisba(context, word) or plural_nisba(word)


_OF_WAR = frozenset({"حربيه", "حربي", "عسكريه"})
_OF_THE_STATE = frozenset({"الحكوميه", "النظاميه", "الامنيه", "حكوميه", "نظاميه", "امنيه"})
"""«قتلت القوات الحكومية 143 شخصاً», «قصفت القوات النظامية البلدة», «قوات حكومية»: the
state's forces, a doer as «قوات الأمن» is."""
"""«قصفت طائرات حربية مواقع», «مروحيات عسكرية»: machines of war are a doer, their owner
unsaid."""


def _nisba(context: Extraction, word: Word) -> bool:
    """A country's nisba adjective, from the lexicon or tagged as the country («أميركية»)."""
    if context.index.nisba_country(word) is not None:
        return True
    mention = context.mention_starting_in(word)
    return mention is not None and mention.label == "Country" and context.is_nisba(mention)


def _governed(word: Word) -> bool:
    """«بمسلحين», «لقوات»: a preposition is attached, so the phrase is no subject."""
    return any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, _ in word.readings()[1:])


_PERIODS = frozenset({"الاسبوع", "الشهر", "العام", "الليله"})
PERIOD_EDGES = frozenset({"اواخر", "اوائل", "منتصف", "مطلع", "اواسط"})
"""«أواخر», «أوائل», «منتصف», «مطلع» a period: a time adjunct, never a verb's object."""
_PAST = frozenset({"الماضي", "الماضيه", "الفائت", "الفائته"})
_DAY_PARTS = frozenset({"صباح", "مساء", "ليل", "فجر", "ظهر", "عصر", "يوم"})


def past_time(context: Extraction, words: list[Word], index: int,
              after_comma: bool = False) -> int:
    """The index after a time phrase at ``words[index]`` between a verb and its object
    («اغتالوا الأسبوع الماضي فلاناً», «خطفوا أمس», «قتلوا أول من أمس», «صباح اليوم», «الاثنين»), or
    ``index`` itself when none is there; ``after_comma`` lets a comma open the phrase («قتلت
    القوات، فجر اليوم، ثلاثة»)."""
    span = 0
    if index >= len(words) or index == 0:
        return index
    word = words[index]
    following = [w.norm for w in words[index + 1:index + 3]]
    if word.has(_ADVERBS) or (word.norm in WEEKDAYS and following):
        span = 1  # «قصف الطيران الاثنين مواقع»: a weekday alone
    elif word.norm in _PERIODS and following[:1] and following[0] in _PAST:
        span = 2
    elif word.norm in PERIOD_EDGES and len(following) == 2 and following[0] in _PERIODS and \
            following[1] in _PAST:
        span = 3  # «قتل أواخر الشهر الماضي صاحب الشركة»: when, not whom
    elif word.norm == "اول" and following == ["من", "امس"]:
        span = 3
    elif word.norm in _DAY_PARTS and following[:1] and (
            following[0] in {"امس", "اليوم"} or following[0] in WEEKDAYS):
        span = 2
    first = index + 1 if after_comma else index
    if span == 0 or index + span > len(words) or any(
            context.boundary_between(words[i - 1], words[i]) for i in range(first, index + span)):
        return index
    return index + span


_AGO = frozenset({"قبل", "منذ", "بعد"})
_UNITS = frozenset({"ايام", "يوم", "يومين", "ساعات", "ساعه", "ساعتين", "اسابيع", "اسبوع",
                    "اسبوعين", "اشهر", "شهر", "شهرين", "دقائق", "سنوات", "عام", "عامين"})
_COMMA = frozenset({"،", ","})


def past_adjunct(context: Extraction, words: list[Word], index: int) -> tuple[int, bool]:
    """The index after a time adjunct at ``words[index]`` between a verb's subject and its
    object, and whether a comma closed it: a time phrase (``past_time``), «قبل خمسة أيام»,
    «بعد ظهر أمس», maybe after a comma or set off by commas («اغتال الطيران، بعد ظهر أمس، خمسة»,
    «خطف مسلحون قبل خمسة أيام، عدداً»); ``(index, False)`` when none is there."""
    if index >= len(words) or index == 0:
        return index, False
    aside = _dashed_aside(context, words, index)
    if aside is not None:  # «فجّروا -بواسطة عبوات ناسفة- خمس سيارات»
        return aside, True
    end = past_time(context, words, index)
    if end == index:
        end = _ago(context, words, index)
    if end == index or end >= len(words):
        return index, False
    return end, context.gap(words[end - 1], words[end]).strip() in _COMMA


_DASHES = ("-", "–", "—")
_ASIDE_REACH = 6


def _dashed_aside(context: Extraction, words: list[Word], index: int) -> int | None:
    """«فجّروا -بواسطة عبوات ناسفة- خمس سيارات»: an aside between dashes right after the
    verb (how or when, up to six words, no name in it); the index after the closing dash."""
    if not context.gap(words[index - 1], words[index]).strip().endswith(_DASHES):
        return None
    for end in range(index + 1, min(len(words), index + _ASIDE_REACH + 1)):
        gap = context.gap(words[end - 1], words[end]).strip()
        if context.covering_mention(words[end - 1].start) is not None:
            return None  # «قصفوا -وفق داعش- ...»: a name is no adjunct to skip
        if gap.startswith(_DASHES):
            return end
        if gap:
            return None
    return None


_UNITS_OR_DAYS = _UNITS | {"امس", "اليوم"}


def _ago(context: Extraction, words: list[Word], index: int) -> int:
    """«قبل خمسة أيام», «منذ يومين», «بعد ظهر أمس»: the index after it, or ``index``."""
    if not words[index].has(_AGO):
        return index
    span = 0
    following = words[index + 1:index + 3]
    if following and following[0].norm in _UNITS:
        span = 2
    elif len(following) == 2 and following[1].norm in _UNITS_OR_DAYS and (
            number_value(following[0]) is not None or following[0].norm in _DAY_PARTS):
        span = 3  # «قبل خمسة أيام», «بعد ظهر أمس»
    if span == 0 or any(context.boundary_between(words[i - 1], words[i])
                        for i in range(index + 1, index + span)):
        return index
    return index + span


ROOT_INITIAL = frozenset({
    "بلده", "بلدات", "بيت", "بيوت", "بنايه", "بنايات", "بوابه", "بنك", "بارجه", "باخره", "بئر",
    "كنيسه", "كنائس", "كتيبه", "كلية", "كليه", "لواء", "وزاره", "وحده", "وحدات", "ولايه",
})
"""Nouns of what is struck whose first letter, «ب», «ك», «ل» or «و», is their own, not a
clitic: «قصفت القوات بلدة», «استهدف مسلحون كنيسة», «هاجموا وحدة عسكرية»."""


def root_initial(word: Word) -> bool:
    """``word`` is one of ``ROOT_INITIAL`` (maybe accusative, maybe behind «و»/«ف»): its
    first letter is no clitic («بلدات», «وبلدات»)."""
    norm = word.norm
    forms = {norm, norm.removesuffix("ا")}
    if norm[:1] in {"و", "ف"}:
        forms |= {norm[1:], norm[1:].removesuffix("ا")}
    return not forms.isdisjoint(ROOT_INITIAL)


def place_noun_with_fa(word: Word) -> bool:
    """«فندقاً», «فندق»: a place noun whose first letter is «ف», not the conjunction."""
    return word.norm in NAMED_PLACE_HEADS or word.norm.removesuffix("ا") in NAMED_PLACE_HEADS


def object_follows(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` (past an adverb or a time adjunct) opens a verb's direct
    object: a name, a number, a reflexive («نفسه»), or a plain noun with no preposition
    («ضابطاً», «النار»), not an adverbial («في», «خلال», «أمس») nor a new clause behind «و».
    The quote that closes a quoted name («عناصر من حركة «الشباب» ثلاثة جنود») parts nothing."""
    index, closed = past_adjunct(context, words, index)
    if index >= len(words) or index == 0 or \
            (context.boundary_between(words[index - 1], words[index]) and not closed and
             not closes_quoted_name(context, words, index)):
        return False
    word = words[index]
    clitic = word.readings()[-1][0] if word.readings() else ""
    if clitic == "ف" and place_noun_with_fa(word):
        clitic = ""  # «استهدف انتحاري فندقاً»: the «ف» is the noun's own
    if word.norm in ROOT_INITIAL or word.norm.removesuffix("ا") in ROOT_INITIAL:
        clitic = ""  # «وقصفت قوات الأمن بلدة»: the «ب» is the noun's own
    if clitic[:1] in {"و", "ف", "ب", "ل", "ك"} or word.norm in REFLEXIVES:
        return word.norm in REFLEXIVES
    mention = context.covering_mention(word.start)
    if mention is not None:
        return mention.start >= word.start and (mention.label in AGENT_LABELS or
                                                mention.label in PLACE_LABELS)
    if number_value(word) is not None:
        return True
    if plural_nisba(word):
        return False  # «قُتل مسلحون أكراد»: an adjective of the subject, not an object
    bare = word.bare()
    return bare not in _NOT_OBJECT and word.norm not in _NOT_OBJECT and \
        word.norm not in RELATIVE_DAYS and word.norm not in WEEKDAYS and \
        "ال" + bare not in WEEKDAYS and (len(bare) > 2 or bare in _SHORT_PLACES)


_SHORT_PLACES = frozenset({"حي", "تل"})
"""«قصف مسلحون بقذائف الهاون حي الميدان», «تل الشيخ حسين»: place nouns of two letters, an
object all the same."""
