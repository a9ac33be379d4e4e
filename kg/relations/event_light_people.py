"""People between a past light verb and its violent «ب» noun: «قام عدد من الجنود بقتل المدنيين».

«قام X بـ» tells the deed of its verbal noun with X as its subject, so whoever stands
between a past light verb and a violent noun behind «بـ» did it.
``event_doers.light_perpetrator`` reads the phrases that are a doer anywhere (gunmen, a force
with its owner said); this reads the people who are a doer only in that slot: soldiers or
men with no owner said («قام الجنود بقتل»), a part of them («قام عدد من جنود «المارينز»
بقتل»: a quote mark round the owner is no break), members of a band («قام أفراد من العصابة
بخطف»). Rules:

- the light verb is past («قام», «قامت», «قاموا», «قاما», maybe behind «و» or «ف»), at most
  seven words before the noun, with no comma, colon or full stop between («يقوم» tells a
  habit, «لم يقم» a denial);
- the phrase is every word between them: a head of people (``_PEOPLE``), maybe after «عدد
  من», «بعض» or «مجموعة من», then at most three words (its owner, an adjective), none behind
  a preposition, none a preposition of place or time, none naming an event; a trailing
  «أمس» is left out;
- a named actor opening the phrase is left to the named rules.

The doer may also open the clause right before the light verb, when the light verb stands
right before the noun: «إن قوة من الشرطة قامت بمداهمة المنزل» (``people_before_light``). There
a phrase that is a doer anywhere (``perpetrators``: gunmen, a unit of a force, a force with
its owner said) or the people phrase above is read, first in its sentence, after a comma or
after «إن», «أن», «حيث», «بينما», «فيما».
"""

from __future__ import annotations

import re

from kg.relations.context import Extraction
from kg.relations.event_draft import VIOLENT
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import EVENT_TRIGGERS, find_event
from kg.relations.perpetrators import perpetrator_end, perpetrator_phrase

_PAST_LIGHT = frozenset({"قام", "قامت", "قاموا", "قاما"})
_PEOPLE = frozenset({
    "جنود", "جندي", "عناصر", "افراد", "رجال", "قوات", "ضباط", "حراس", "مستوطنون",
    "مستوطنين", "شبان", "عسكريين", "عسكريون", "مقاتلين", "مقاتلون", "مسلحي", "مسلحو",
})
"""Heads of people who do a deed when they are the light verb's subject."""
_LEADS = frozenset({"عدد", "عددا", "بعض", "مجموعه"})
"""«عدد من», «بعض», «مجموعة من»: a part of the people that follow."""
_NOT_IN_PHRASE = frozenset({
    "في", "علي", "الي", "عن", "مع", "امام", "قرب", "داخل", "خارج", "عند", "بعد", "قبل",
    "خلال", "اثناء", "الذي", "التي", "الذين", "وقد", "ثم", "كما",
})
"""Words that open a phrase of place or time or a clause: the phrase is no longer the subject."""
_TRAILING = frozenset({"امس", "اليوم", "ايضا"})
_REACH = 7
_OPENERS = frozenset({"ان", "بان", "وان", "فان", "لان", "حيث", "بينما", "فيما"})
"""Words after which a noun opens a clause as its subject («إن قوة من الشرطة قامت»)."""
_BEFORE_REACH = 6
_BREAKS = re.compile(r"[،,.:؛;!?()]")


def light_people(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The people between a past light verb and the violent «ب» noun at ``words[position]``,
    or None."""
    if not _violent_noun(words[position]):
        return None
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if _broken(context, words[index], words[index + 1]):
            return None
        if _past_light(words[index]):
            return _people(context, words, index + 1, position)
    return None


def people_before_light(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The doer that opens the clause right before the past light verb right before the
    violent «ب» noun at ``words[position]`` («إن قوة من الشرطة قامت بمداهمة»), or None."""
    if position < 2 or not _violent_noun(words[position]):
        return None
    light = words[position - 1]
    if not _past_light(light) or _broken(context, light, words[position]) or \
            _broken(context, words[position - 2], light):
        return None
    end = position - 2
    for start in range(end, max(-1, end - _BEFORE_REACH), -1):
        if start < end and _broken(context, words[start], words[start + 1]):
            return None
        if not _opens_clause(context, words, start):
            continue
        if perpetrator_end(context, words, start) == end:
            phrase = perpetrator_phrase(context, words, start)
            return phrase[0] if phrase is not None else None
        if _people_span(context, words, start, end + 1) is not None:
            return _people(context, words, start, end + 1)  # «إن الجنود قاموا بقتل»
    return None


def _violent_noun(word: Word) -> bool:
    """A violent event noun behind «بـ» («بقتل», «بمداهمة»)."""
    hit = find_event(word.norm)
    return hit is not None and hit.value in VIOLENT and any(
        prefix.lstrip("وف")[:1] == "ب" for prefix, rest in word.readings()
        if rest in EVENT_TRIGGERS)


def _past_light(word: Word) -> bool:
    """«قام», «وقامت», «فقاموا»: a past light verb."""
    return word.norm in _PAST_LIGHT or (word.bare() in _PAST_LIGHT and word.norm[0] in "وف")


def _opens_clause(context: Extraction, words: list[Word], start: int) -> bool:
    """``words[start]`` is first in its sentence, after a comma or after a clause opener."""
    return start == 0 or _broken(context, words[start - 1], words[start]) or \
        words[start - 1].norm in _OPENERS


def _broken(context: Extraction, left: Word, right: Word) -> bool:
    """A comma, colon or full stop (not a quote mark) between two words."""
    return left.sentence_index != right.sentence_index or \
        _BREAKS.search(context.doc.text, left.end, right.start) is not None


def _people(context: Extraction, words: list[Word], first: int, stop: int) -> Arg | None:
    """The people phrase that fills ``words[first:stop]``, as a node, or None."""
    span = _people_span(context, words, first, stop)
    if span is None:
        return None
    start, end = span
    name = " ".join(context.doc.text[start:end].replace("«", " ").replace("»", " ").split())
    return Arg(context.add_entity("Miscellaneous", name), start, end)


def _people_span(context: Extraction, words: list[Word], first: int,
                 stop: int) -> tuple[int, int] | None:
    """The character span of the people phrase that fills ``words[first:stop]``, or None."""
    while stop > first and words[stop - 1].norm in _TRAILING:
        stop -= 1
    if stop <= first:
        return None
    head = first
    if words[first].norm in _LEADS:
        head = first + 2 if first + 1 < stop and words[first + 1].norm == "من" else first + 1
    if head >= stop or stop - head > 4 or not _people_head(words[head]):
        return None
    opening = context.covering_mention(words[first].start)
    if opening is not None and opening.label in AGENT_LABELS:
        return None
    for word in words[first + 1:stop]:
        if word.norm in _NOT_IN_PHRASE or find_event(word.norm) is not None or \
                (word.index > head and _governed(word)):
            return None
    return words[first].start, words[stop - 1].end


def _people_head(word: Word) -> bool:
    """«جنود», «الجنود», «أفراد»: a head of people with no preposition on it."""
    return not _governed(word) and any(
        rest in _PEOPLE and prefix in {"", "ال"} for prefix, rest in word.readings())


def _governed(word: Word) -> bool:
    """«بالسيارة», «للجيش»: a preposition is attached."""
    return any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, _ in word.readings()[1:])
