"""The subject of a stance verb past the statement or the time words between them.

«رحبت في بيان لها اليوم الأمم المتحدة بالاتفاق», «أدان بشدة اليوم الثلاثاء مجلس الأمن
الهجوم», «وانتقد في تصريح صحفي أمس وزير الخارجية X قرار المحكمة», «وانتقد في طهران الرئيس
الإيراني X الهجوم»: in verb-subject order the place («في» and a town, a region or a
country: where it was said, never the holder), the statement the stance is voiced in («في
بيان لها», «خلال مؤتمر صحفي», «في بيان أصدره اليوم», see
``stance_object_start.past_statement_adjunct``) and up to four time or manner words
(«أمس», «بشدة», «الثلاثاء الماضي», «في وقت سابق», and «من جهتها» whose pronoun agrees
with the verb) may stand between the verb and its subject, and so may an adjunct set off
by commas («ورحبت، في بيان لها، الأمم المتحدة بـ»).

The name past them is read as the subject only when
- the statement is closed before it: by its pronoun («لها», «بيانها»), an adjective, a time
  word or a delivering verb, never a bare noun in construct with the name («في بيان الأمم
  المتحدة» is the UN's statement, and «رحب في بيان X بـ» has its subject elsewhere);
- the statement's pronoun agrees with the verb («رحبت في بيان له» is no subject's);
- the name agrees with the verb (the caller's check: «انتقد ... الحكومة» is an object; a
  feminine verb no man's: a person only after a feminine title, «وزيرة الخارجية X», or a
  woman who spoke before);
- what the stance is toward follows the name: a second noun in the accusative («أدان ...
  الاتحاد الأوروبي الهجوم»), or, for a verb that takes no accusative object (welcoming,
  praising, «ندد»), its «بـ» phrase; a noun in construct counts as the accusative
  («قرار الحكومة»). A lone noun past the statement is the verb's object,
  its subject named before («وانتقد في بيان له اليوم الحكومة الإسرائيلية»).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, PLACE_LABELS, Arg, ArgsAfter, Word
from kg.relations.lexicon import NISBA, PREPOSITIONS, find_stance
from kg.relations.role_words import is_title_head
from kg.relations.stance_manner_phrases import manner_phrase_end
from kg.relations.stance_object_start import past_statement_adjunct
from kg.relations.stance_phrase_objects import TIME_WORDS
from kg.relations.stance_phrases import COMMAS, definite
from kg.relations.stance_triggers import live_stance

_MANNER = frozenset({"بشده", "بقوه", "بحزم", "صراحه", "علنا", "بدوره", "بدورها"})
"""Manner adverbs that may stand between a stance verb and its subject («أدان بشدة»)."""
_MAX_TIME = 4
"""How many time or manner words may stand between the verb and its subject."""
_PREPOSITIONAL_KINDS = frozenset({"welcomes", "praises", "condemns"})
"""Stances voiced by a verb whose object follows «بـ» with no accusative («رحب», «أشاد»,
«ندد»): a «بـ» phrase after the name shows the name is the subject."""
_NO_ACCUSATIVE = frozenset({"رحب", "رحبت", "يرحب", "ترحب", "اشاد", "اشادت", "يشيد", "تشيد",
                            "ندد", "نددت", "يندد", "تندد", "نوه", "نوهت", "ينوه", "تنوه",
                            "ثمن", "ثمنت", "يثمن", "تثمن", "رحبا"})
"""Stance verbs with no accusative object: their «بـ» phrase is what they are toward (a
verb such as «طالب», «اتهم» or «أدان» takes its addressee in the accusative before «بـ»)."""
_PRONOUNS = {"له": "m", "لها": "f"}
_SIDES = {"جهته": "m", "جانبه": "m", "ناحيته": "m", "جهتها": "f", "جانبها": "f",
          "ناحيتها": "f"}
"""«من جهته», «من جانبها»: for his or her part, with the pronoun of the verb's subject."""
_COMMA_OPENERS = frozenset({"في", "خلال", "عبر"})
_COMMA_REACH = 7
"""How far the closing comma of an adjunct after the verb may stand."""
_TIME_OF_DAY = frozenset({"سابق", "لاحق", "متاخر"})
"""«في وقت سابق», «في وقت لاحق», «في وقت متأخر»."""
_FEMININE_NOUNS = frozenset({"كلمه", "مقابله", "رساله", "برقيه", "تغريده"})
"""Statement nouns in «ـة»: their last letter is no pronoun («في كلمة»)."""


def adjunct_subject(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                    gender: str | None, disagrees: Callable[[Word], bool]) -> ArgsAfter:
    """The subject of the verb at ``words[position]`` (of ``gender``) past a statement or
    time words (see the module docstring), or ``[]``; ``disagrees`` tells a first word of
    the name that cannot be the verb's subject."""
    none = ArgsAfter([], position + 1)
    if position + 1 < len(words) and \
            context.gap(words[position], words[position + 1]).strip() in COMMAS:
        return _after_commas(context, words, position, gender, disagrees)
    start = _past_time(context, words, position + 1, gender)
    placed = _past_place(context, words, start)  # «وانتقد في طهران الرئيس X الهجوم»
    if placed > start:
        start = _past_time(context, words, placed, gender)
    end = past_statement_adjunct(context, words, start)
    if end is None:
        return none
    if end > start:
        if not _closed(words, start, end) or not _agrees(words, start, end, gender):
            return none
        end = _past_time(context, words, end, gender)
    if end <= position + 1 or end >= len(words) or \
            context.boundary_between(words[end - 1], words[end]) or disagrees(words[end]):
        return none
    found = subject_after(context, words, end - 1, sentence)
    if not found.args or found.args[0].start < words[end].start:
        return none
    holder = found.args[0].node_id
    if gender == "f" and context.label(holder) == "Person" and \
            holder not in context.discourse.female_speakers and \
            not _feminine_title(words[end]):  # «وزيرة الخارجية X»
        return none
    if not _object_follows(context, words, position, found.after):
        return none
    return found


def _after_commas(context: Extraction, words: list[Word], position: int, gender: str | None,
                  disagrees: Callable[[Word], bool]) -> ArgsAfter:
    """«ورحبت، في بيان لها، الأمم المتحدة بالاتفاق»: the name right after an adjunct set
    off by commas after the verb (opened by «في», «خلال» or «عبر», within
    :data:`_COMMA_REACH` words, naming no actor, its pronoun agreeing with the verb)."""
    none = ArgsAfter([], position + 1)
    first = position + 1
    if first + 1 >= len(words) or words[first].norm not in _COMMA_OPENERS:
        return none
    closing = None
    for later in range(first + 1, min(len(words), first + _COMMA_REACH)):
        gap = context.gap(words[later - 1], words[later])
        if gap.strip() in COMMAS:
            closing = later
            break
        if context.boundary_between(words[later - 1], words[later]) or \
                live_stance(words, later):
            return none
    if closing is None or closing >= len(words) or disagrees(words[closing]) or \
            not _agrees(words, first, closing, gender) or any(
                (m := context.mention_starting_in(word)) is not None and
                m.label not in PLACE_LABELS for word in words[first:closing]):
        return none
    mention = context.mention_starting_in(words[closing])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            (gender == "f" and mention.label == "Person"):
        return none
    after = closing
    while after < len(words) and words[after].start < mention.end:
        after += 1
    if not _object_follows(context, words, position, after):
        return none
    return ArgsAfter([Arg(mention.entity_id, mention.start, mention.end)], after)


def _feminine_title(word: Word) -> bool:
    """«وزيرة», «رئيسة», «المتحدثة»: a title in «ـة» before the name, a woman's."""
    return is_title_head(word) and word.norm.endswith("ه")


def _past_time(context: Extraction, words: list[Word], index: int,
               gender: str | None = None) -> int:
    """Past up to :data:`_MAX_TIME` time or manner words from ``words[index]``, with «في وقت
    سابق» and «من جهته» (its pronoun agreeing with a verb of ``gender``) among them."""
    start = index
    while index < len(words) and index - start < _MAX_TIME and \
            not (index > start and context.boundary_between(words[index - 1], words[index])):
        word = words[index]
        if context.covering_mention(word.start) is not None:
            break
        if manner_phrase_end(words, index) > index:  # «بأشد العبارات», «أمس الأول»
            index = manner_phrase_end(words, index)
        elif word.norm in TIME_WORDS or word.norm in _MANNER:
            index += 1
        elif word.norm == "في" and index + 2 < len(words) and \
                words[index + 1].norm == "وقت" and words[index + 2].norm in _TIME_OF_DAY:
            index += 3  # «في وقت سابق اليوم»
            if index < len(words) and words[index].norm == "من":
                index += 1
        elif word.norm == "من" and index + 1 < len(words) and \
                _SIDES.get(words[index + 1].norm, "") == gender:
            index += 2  # «ورحبت من جهتها الأمم المتحدة»
        else:
            break
    return index


def _past_place(context: Extraction, words: list[Word], index: int) -> int:
    """Past «في» and the town, region or country right after it from ``words[index]`` (where
    the stance was voiced, never its holder); ``index`` when no such place is there."""
    if index + 1 >= len(words) or words[index].norm != "في" or \
            context.boundary_between(words[index], words[index + 1]):
        return index
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or mention.label not in PLACE_LABELS:
        return index
    end = index + 1
    while end < len(words) and words[end].start < mention.end:
        end += 1
    return end


def _closed(words: list[Word], start: int, end: int) -> bool:
    """Whether the statement between ``start`` and ``end`` is closed before the name: a word
    after its noun, or a pronoun on the noun («بيانها»)."""
    if end - start > 2:
        return True
    noun = words[start + 1].norm
    return noun.endswith(("ه", "ها", "هم")) and noun not in _FEMININE_NOUNS


def _agrees(words: list[Word], start: int, end: int, gender: str | None) -> bool:
    """Whether the statement's «له»/«لها» agrees with a verb of ``gender``."""
    for word in words[start + 1:end]:
        pronoun = _PRONOUNS.get(word.norm)
        if pronoun is not None and gender is not None and pronoun != gender:
            return False
    return True


def _object_follows(context: Extraction, words: list[Word], position: int, after: int) -> bool:
    """Whether what the stance is toward follows the name ending before ``words[after]``:
    an accusative noun, or the «بـ» phrase of a verb with no accusative object."""
    if after >= len(words) or context.boundary_between(words[after - 1], words[after]):
        return False
    word = words[after]
    if _with_ba(word):
        verb = words[position].norm.removeprefix("و").removeprefix("ف")
        hit = find_stance(words[position].norm)
        return verb in _NO_ACCUSATIVE and hit is not None and \
            hit.value.kind in _PREPOSITIONAL_KINDS
    if word.norm in TIME_WORDS or word.has(NISBA):
        return False
    if word.norm in PREPOSITIONS or word.norm[:1] in {"ب", "ل", "ك"}:
        return False
    mention = context.mention_starting_in(word)
    construct = after + 1 < len(words) and definite(words[after + 1]) and \
        not context.boundary_between(word, words[after + 1])  # «قرار الحكومة»
    return definite(word) or construct or (mention is not None and bool(mention.entity_id))


def _with_ba(word: Word) -> bool:
    """«بالاتفاق», «بما», «بقرار»: a word with «بـ» glued."""
    return word.norm.startswith("ب") and any(
        prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in word.readings()[1:])
