"""Fighting told as where harm happened, or as blows that two sides traded.

Two constructions report fighting that has no agent of its own («لقي العشرات مصرعهم في
المواجهات المسلحة الجارية»: clashes have none, see ``lexicon.RECIPROCAL_NOUNS``):

- **the place of a toll**: a clash noun governed by «في», «خلال», «أثناء» or an attached
  «ب», after a killing or a wounding told earlier in its sentence, the fate met («مصرعهم»,
  «حتفهم») included («لقي العشرات مصرعهم في المواجهات»). The definite noun too: a toll told
  in it says the fighting took place (an earlier mention of the same fighting in the
  article is joined before this is asked, see ``event_reading``);
- **an exchange**: the object of «تبادل» («وتبادل الجانبان الهجمات بطائرات حربية», «تبادلت
  القوات والمسلحون القصف»): blows traded by both sides, so neither is the agent nor the
  target of them.
"""

from __future__ import annotations

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


EXCHANGED_CLASSES = frozenset({"Attack", "MilitaryOperation"})
"""Blows that may be traded (not «تبادل الزيارات», «تبادل الاتهامات بالقتل»)."""


def exchanged(words: list[Word], position: int, label: str) -> bool:
    """«وتبادل الجانبان الهجمات», «تبادلت القوات القصف»: the trigger is the object of an
    exchange verb a few words before it."""
    if label not in EXCHANGED_CLASSES:
        return False
    start = max(0, position - _EXCHANGE_REACH)
    return any(w.has(EXCHANGE_VERBS) for w in words[start:position])
