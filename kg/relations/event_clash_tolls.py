"""Fighting told as where harm happened, by its length, or as blows two sides traded.

Three constructions report fighting that has no agent of its own («لقي العشرات مصرعهم في
المواجهات المسلحة الجارية»: clashes have none, see ``lexicon.RECIPROCAL_NOUNS``):

- **the place of a toll**: a clash noun governed by «في», «خلال», «أثناء» or an attached
  «ب», after a killing or a wounding told earlier in its sentence, the fate met («مصرعهم»,
  «حتفهم») included («لقي العشرات مصرعهم في المواجهات»). The definite noun too: a toll told
  in it says the fighting took place (an earlier mention of the same fighting in the
  article is joined before this is asked, see ``event_reading``);
- **a duration**: a clash noun right after which, past an adjective, a span of time is told
  («اشتباكات لأكثر من ثماني ساعات متواصلة», «مواجهات عنيفة لساعات», «معارك طيلة يومين»):
  fighting whose length is told took place;
- **an exchange**: the object of «تبادل» («وتبادل الجانبان الهجمات بطائرات حربية», «تبادلت
  القوات والمسلحون القصف»): blows traded by both sides, so neither is the agent nor the
  target of them.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import DEATH_MET, HARM_WORDS, RECIPROCAL_NOUNS

_TOLL_REACH = 12
"""How many words before the clash noun its toll may stand («لقي العشرات من عناصر تنظيم
داعش الإرهابي مصرعهم في المواجهات»: the victims' phrase comes between)."""
_IN = frozenset({"في", "خلال", "اثناء"})
_TOLL_WORDS = HARM_WORDS | frozenset(DEATH_MET) | frozenset({"مصرع", "قتلت", "سقطوا"})


def clash_toll(words: list[Word], position: int) -> bool:
    """«لقي العشرات مصرعهم في المواجهات»: a clash noun named as where a toll told before it,
    in its sentence, happened."""
    word = words[position]
    if not word.has(RECIPROCAL_NOUNS):
        return False
    attached = any(prefix.lstrip("وف").startswith("ب") for prefix, rest in word.readings()
                   if rest in RECIPROCAL_NOUNS)
    if not attached and (position == 0 or words[position - 1].bare() not in _IN):
        return False
    start = max(0, position - _TOLL_REACH)
    return any(w.has(_TOLL_WORDS) for w in words[start:position])


EXCHANGE_VERBS = frozenset({"تبادل", "تبادلت", "تبادلوا", "تبادلا", "يتبادل", "تتبادل",
                            "يتبادلان", "تتبادلان", "يتبادلون"})
"""«تبادل الطرفان القصف»: the verb whose object is blows traded."""
_EXCHANGE_REACH = 4
"""The verb, its subject (a word or two: «الجانبان», «قوات الطرفين»), the noun."""


_DURATION_OPENERS = frozenset({"طيله", "طوال", "مده"})
"""«طيلة يومين», «طوال الليل», «مدة ساعتين»: a span opened without «ل»."""
_DURATION_UNITS = frozenset({
    "ساعه", "ساعات", "ساعتين", "يوم", "ايام", "يومين", "اسبوع", "اسابيع", "اسبوعين", "ليله",
    "الليل", "ليال", "ليلتين", "النهار", "دقائق", "دقيقه",
})
_DURATION_REACH = 5
"""How many words the span may take: «لأكثر من ثماني ساعات»."""


def clash_lasted(context: Extraction, words: list[Word], position: int) -> bool:
    """«اشتباكات لأكثر من ثماني ساعات»: a clash noun followed, past at most one adjective,
    by a span of time opened by «ل» («لمدة», «لأكثر من», «لساعات») or «طيلة»/«طوال»."""
    if not words[position].has(RECIPROCAL_NOUNS):
        return False
    for opener in range(position + 1, min(len(words), position + 3)):
        if context.boundary_between(words[opener - 1], words[opener]):
            return False
        word = words[opener]
        lam = any(prefix.lstrip("وف") == "ل" for prefix, _ in word.readings() if prefix)
        if lam or word.bare() in _DURATION_OPENERS:
            return _unit_within(context, words, opener)
    return False


def _unit_within(context: Extraction, words: list[Word], opener: int) -> bool:
    for index in range(opener, min(len(words), opener + _DURATION_REACH)):
        if index > opener and context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].has(_DURATION_UNITS):
            return True
    return False


EXCHANGED_CLASSES = frozenset({"Attack", "MilitaryOperation"})
"""Blows that may be traded (not «تبادل الزيارات», «تبادل الاتهامات بالقتل»)."""


def exchanged(words: list[Word], position: int, label: str) -> bool:
    """«وتبادل الجانبان الهجمات», «تبادلت القوات القصف»: the trigger is the object of an
    exchange verb a few words before it."""
    if label not in EXCHANGED_CLASSES:
        return False
    start = max(0, position - _EXCHANGE_REACH)
    return any(w.has(EXCHANGE_VERBS) for w in words[start:position])
