"""Names near an event trigger that did not do it, so are never its agent.

The subject rules take the nearest names before or after the trigger; these are
filtered out: the source of the news («وفق وكالة الأنباء», «حسب الشرطة», «نقلاً عن
رويترز», a news agency), a companion («برفقة المحافظ», «يرافقه مدير الشرطة»), the
subject of «شهد» («شهدت تركيا هجوماً»: where it happened), a place
after a direction or a place noun («جنوب اليمن», «في مدينة عدن»), a month's name in a
date («وفي 12 نيسان فجّر ...») and the one hurt or spared («أُصيب الوزير فلان في تفجير»,
«نجا فلان من محاولة اغتيال»: the subject of a verb of suffering is the victim), and
who attends, sponsors or mediates («بحضور الوزير فلان», «برعاية الأمم المتحدة»); the subject of
a verb of reacting («أدانت الصين أمس قتل ...») and a name right before a verb of suffering
(«أن فلاناً لقي مصرعه») did not do it either.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    BY_HAND_OF,
    CLAUSE_OPENERS,
    DIRECTIONS,
    FIRED_IT,
    LIGHT_VERBS,
    NEWS_SOURCE_MARKERS,
    PLACE_HEADS,
    RELATIVE_PRONOUNS,
    SUFFERING_NOUNS,
    SUFFERING_VERBS,
    SUPPORT_VERBS,
    find_event,
    find_reporting,
)
from kg.relations.timex import month_in_date


def source_filtered(context: Extraction, args: list[Arg]) -> list[Arg]:
    """``args`` without the news sources, companions, places, witnesses and dates among
    them."""
    return [arg for arg in args if not _is_news_source(context, arg) and not _is_place_word(
        context, arg) and not _is_companion(context, arg) and not _is_date(context, arg)
        and not _is_witness(context, arg) and not _in_place_name(context, arg)
        and not _in_modifier(context, arg) and not _is_sufferer(context, arg)
        and not _word_before(context, arg, ATTENDANCE_WORDS, _COMPANION_REACH)
        and not _backer(context, arg) and not _is_reactor(context, arg)]


_BACKING = frozenset({"بمسانده", "بدعم", "باسناد"})
"""«وبمساندة الحشد الشعبي», «بدعم من طيران التحالف», «بإسناد من الطيران»: who backs the doer
did not do the deed."""
_BACKING_REACH = 4


def _backer(context: Extraction, arg: Arg) -> bool:
    """The name follows «بمساندة/بدعم/بإسناد» (behind «من» and a head noun at most)."""
    return any(before.norm.removeprefix("و") in _BACKING
               for before in _clause_before(context, arg, _BACKING_REACH))


SPONSOR_WORDS = frozenset({"رعايه", "وساطه", "اشراف"})
"""«برعاية الأمم المتحدة», «تحت رعاية الملك», «بوساطة قطرية», «بإشراف الوزارة»: who
sponsors, mediates or oversees an event is not its doer, nor a party to a deal or a visit."""
ATTENDANCE_WORDS = SPONSOR_WORDS | {"حضور"}
"""Also «بحضور المدير فلان»: who attends a ceremony or a signing did not hold it."""


_SPONSOR_REACH = 6
"""How far back the word of sponsoring may stand from a party read after the trigger: its
title at most («برعاية خادم الحرمين الشريفين الملك فلان»)."""


def sponsor(context: Extraction, arg: Arg, words: frozenset[str] = SPONSOR_WORDS) -> bool:
    """The name follows one of ``words`` (maybe behind its title), in its clause: «وقّعت
    الجماعات على اتفاق برعاية الأمم المتحدة»."""
    return _word_before(context, arg, words, _SPONSOR_REACH)


_MODIFIERS = frozenset({
    "موالي", "مواليه", "الموالي", "الموالين", "الموالية", "تابع", "تابعه", "التابعه", "التابع",
    "مؤيد", "مؤيده", "المؤيده", "مدعوم", "مدعومه", "المدعومه", "حليف", "حليفه", "الحليفه",
})
"""Participles that qualify the phrase before them: a name after one is not the subject."""


def _in_modifier(context: Extraction, arg: Arg) -> bool:
    """«المقاومة الشعبية الموالية للرئيس هادي انتزعت ...»: the name inside a participle's
    phrase qualifies the subject; it did not act."""
    return _word_before(context, arg, _MODIFIERS, 3)


_SUFFERER_REACH = 6
"""How far back the verb or noun of suffering may stand: «أُصيب وزير الداخلية اللواء فلان»,
«مقتل سبعة من قادة تنظيم داعش»."""
_STOPS = frozenset({"برصاص", "بنيران", "بيد"}) | BY_HAND_OF | SUPPORT_VERBS | LIGHT_VERBS | \
    RELATIVE_PRONOUNS | (CLAUSE_OPENERS - {"من"}) | FIRED_IT
"""Words that end the sufferer's phrase: the doer after «على يد» or after the verb that fired
the weapon («بقذائف مدفعية أطلقها الجيش»), a new clause or deed."""


def _is_sufferer(context: Extraction, arg: Arg) -> bool:
    """«جُرح وزير الدفاع فلان في تفجير», «نجا فلان من محاولة اغتيال», «مقتل سبعة من قادة
    تنظيم داعش بقصف مدفعي»: the subject of a verb of suffering or the genitive of a noun
    of it (maybe behind a title or a count) is the one the event was done to, not its doer;
    so is a name right before such a verb («أن فلاناً لقي مصرعه في الهجوم»)."""
    if _suffering_verb_after(context, arg):
        return True
    for before in _clause_before(context, arg, _SUFFERER_REACH):
        if before.has(SUFFERING_VERBS) or before.has(SUFFERING_NOUNS):
            return True
        if before.norm in _STOPS or before.has(_STOPS) or find_event(before.norm) is not None \
                or find_reporting(before.norm) is not None:
            return False
    return False


_REACTING_VERBS = frozenset({
    "ادان", "ادانت", "ادانوا", "دان", "دانت", "استنكر", "استنكرت", "استنكروا", "شجب", "شجبت",
    "شجبوا", "نعي", "نعت", "نعوا", "ندد", "نددت", "رحب", "رحبت",
})
"""Verbs of reacting to an event: their subject condemns, mourns or welcomes it."""


def _is_reactor(context: Extraction, arg: Arg) -> bool:
    """«أدانت الصين أمس قتل ثلاثة من مواطنيها»: the subject of a verb of reacting (right after
    it) is not the doer of the event it reacts to."""
    return _right_after(context, arg, _REACTING_VERBS)


def _suffering_verb_after(context: Extraction, arg: Arg) -> bool:
    """The word right after the name, in its clause, is a verb of suffering: the name is its
    subject («إن فلاناً أُصيب في التفجير», «أن فلاناً لقي مصرعه»)."""
    last = context.word_at(max(arg.start, arg.end - 1))
    if last is None or last.index + 1 >= len(context.words):
        return False
    after = context.words[last.index + 1]
    return after.sentence_index == last.sentence_index and after.has(SUFFERING_VERBS) and \
        not context.boundary_between(last, after)


_WITNESS_VERBS = frozenset({"شهد", "شهدت", "يشهد", "تشهد", "شهدته", "شهدتها"})


def _is_witness(context: Extraction, arg: Arg) -> bool:
    """«شهدت تركيا أمس هجوما انتحاريا»: the subject of «شهد» is where the event took place
    (or who saw it), not who did it."""
    return _right_after(context, arg, _WITNESS_VERBS)


def _right_after(context: Extraction, arg: Arg, verbs: frozenset[str]) -> bool:
    """The word right before the name, in its clause, is one of ``verbs``: the name is its
    subject."""
    word = context.word_at(arg.start)
    if word is None or word.index == 0:
        return False
    before = context.words[word.index - 1]
    return before.sentence_index == word.sentence_index and before.has(verbs) and \
        not context.boundary_between(before, word)


_FACILITY_HEADS = frozenset({
    "قاعده", "مركز", "مطار", "مستشفي", "جامعه", "مدينه", "قاعه", "شارع", "ميناء", "جسر",
    "مسجد", "مدرسه", "كليه", "معهد", "ملعب", "استاد", "قصر", "برج", "طريق", "جائزه", "مؤسسه",
    "دار", "مجمع", "حديقه", "متحف", "مكتبه", "ضريح", "مرقد", "قبر", "حي", "مقام",
})
_NAME_TITLES = frozenset({"الملك", "الامير", "الشيخ", "الامام", "السلطان", "الرئيس", "المغفور",
                          "السيده", "السيد", "الشهيد"})
"""Titles inside the name of a place («حي الشيخ رضوان», «ضاحية السيدة زينب», «ساحة الشهيد
فلان»)."""


_FACILITY_HEADS_OR_PLACE_HEADS = _FACILITY_HEADS | PLACE_HEADS


def named_after_place(words: list[Word], index: int) -> bool:
    """The name at ``words[index]`` is part of the name of a place or an institution: after
    its head and maybe a title («قاعدة الملك خالد», «حي الشيخ رضوان», «ضريح جنكيز خان»)."""
    head = index - 1
    while head >= 0 and words[head].norm in _NAME_TITLES and index - head <= 2:
        head -= 1
    return head >= 0 and words[head].has(_FACILITY_HEADS_OR_PLACE_HEADS)


def _in_place_name(context: Extraction, arg: Arg) -> bool:
    """«التفجيرات التي وقعت في حي الشيخ رضوان ... استهدفت»: a person in a place's name."""
    word = context.word_at(arg.start)
    return word is not None and context.label(arg.node_id) == "Person" and \
        named_after_place(context.words, word.index)


def _is_date(context: Extraction, arg: Arg) -> bool:
    """«وفي 12 نيسان فجّر ...»: a month's name in a date, though tagged as a name (the car
    maker «نيسان»), is no agent."""
    word = context.word_at(arg.start)
    return word is not None and month_in_date(context.words, word.index)


_COMPANION_WORDS = frozenset({"رفقه", "برفقه", "بصحبه", "يرافقه", "ترافقه", "يرافقهم", "رافقه"})
_COMPANION_REACH = 12
"""How far back a word of company may stand: «برفقة مدير الرقابة والمراجعة الداخلية
والمتابعة عبدالله العبيدان ومدير المكتب عبدالله المصطفى» lists its companions in a row."""


def _is_companion(context: Extraction, arg: Arg) -> bool:
    """«رفقة المحافظ نايف البكري، والتقوا ...», «يرافقه مدير الشرطة»: a name that follows a
    word of company (maybe behind its title) goes along; it is not the subject."""
    return _word_before(context, arg, _COMPANION_WORDS, _COMPANION_REACH)


_LANDS = frozenset({"بلاد", "بلدان"})


def _is_place_word(context: Extraction, arg: Arg) -> bool:
    """«جنوب اليمن», «في مدينة عدن»: a country or city named as a place, not as an actor; so
    is one after «في بلاد» («تنظيم القاعدة في بلاد المغرب»: the group's name, where it acts)."""
    word = context.word_at(arg.start)
    if word is None or word.index == 0:
        return False
    before = context.words[word.index - 1]
    if before.bare() in DIRECTIONS or before.has(PLACE_HEADS):
        return True
    return before.has(_LANDS) and word.index > 1 and \
        context.words[word.index - 2].bare() == "في"


def _is_news_source(context: Extraction, arg: Arg) -> bool:
    """«وفق وكالة الأنباء», «حسب الشرطة», «نقلاً عن رويترز», «ذكرت وكالة ...»: the source of
    the news, never the agent of the event."""
    mention = context.covering_mention(arg.start)
    if mention is not None and mention.label == "MediaOrganization":
        return True
    word = context.word_at(arg.start)
    if word is None or word.index == 0:
        return False
    before = context.words[word.index - 1]
    if before.sentence_index != word.sentence_index or context.boundary_between(before, word):
        return False
    return before.has(NEWS_SOURCE_MARKERS) or before.bare() in NEWS_SOURCE_MARKERS


def _word_before(context: Extraction, arg: Arg, wanted: frozenset[str], reach: int) -> bool:
    """Whether one of ``wanted`` stands at most ``reach`` words before the argument, in its
    clause (no boundary between)."""
    return any(before.has(wanted) for before in _clause_before(context, arg, reach))


def _clause_before(context: Extraction, arg: Arg, reach: int) -> Iterator[Word]:
    """The words before the argument, nearest first, at most ``reach`` of them, while they
    are in its sentence with no clause boundary between."""
    word = context.word_at(arg.start)
    if word is None:
        return
    for back in range(1, reach + 1):
        if word.index - back < 0:
            return
        before = context.words[word.index - back]
        if before.sentence_index != word.sentence_index or \
                context.boundary_between(before, context.words[word.index - back + 1]):
            return
        yield before
