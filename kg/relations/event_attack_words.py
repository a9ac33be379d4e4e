"""Words and constructions of attack and killing, and what makes each precise.

- An attempt on a life is an Attack on the one it was aimed at, not a Killing: nobody was
  killed (``attempted_killing``): «تعرض الوزير فلان لمحاولة اغتيال», «نجا الصحافي من محاولة
  اغتيال», «محاولة اغتيال فاشلة استهدفت القاضي».
- Beheading (``lexicon.BEHEADING_FORMS``), a Killing, and lynching
  (``lexicon.LYNCHING_FORMS``), an Attack, only as a verb (``attack_word_ok``): bare or
  behind «و»/«ف», not after a preposition or another violent noun it is listed with, and
  for «نحر» with no beast within three words after it: «ونحر المسلحون الرهينة», «سحل
  المحتجون الشرطي»; not «يوم النحر», «في نحره», «ونحر الحجاج الإبل».
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import BEHEADING_FORMS, LYNCHING_FORMS, PREPOSITIONS, find_event

ATTACK_VERBS = frozenset({*BEHEADING_FORMS, *LYNCHING_FORMS})
"""The forms of this module that are verbs (``event_triggers.EVENT_VERBS``)."""
_VERB_ONLY = frozenset({*BEHEADING_FORMS, *LYNCHING_FORMS})
_ATTEMPTS = frozenset({"محاوله", "محاولات", "لمحاوله", "لمحاولات", "بمحاوله", "ومحاوله",
                       "ومحاولات"})
"""«محاولة اغتيال», «لمحاولة اغتيال», «ومحاولات اغتيال»: the attempt before a killing noun."""
_BEASTS = frozenset({"الابل", "ابل", "الاضاحي", "اضاحي", "الاضحيه", "اضحيه", "الخراف",
                     "خراف", "الخروف", "خروف", "الذبائح", "ذبائح", "الماشيه", "الاغنام",
                     "العجول", "الابقار", "جمل", "الجمل", "النحر"})
_BEAST_REACH = 3
"""How far after «نحر» a beast undoes it («ونحر الحجاج الإبل»)."""


def attempted_killing(words: list[Word], position: int) -> bool:
    """«محاولة اغتيال»: a killing noun right after a noun of attempting."""
    return position > 0 and words[position - 1].norm in _ATTEMPTS and \
        words[position - 1].sentence_index == words[position].sentence_index


def attack_word_ok(words: list[Word], position: int, form: str) -> bool:
    """Whether a trigger of this module names its deed (see the module docstring); any
    other trigger passes."""
    if form in _VERB_ONLY:
        return _verb(words, position) and not (
            form in BEHEADING_FORMS and any(word.has(_BEASTS) for word in
                                            words[position + 1:position + 1 + _BEAST_REACH]))
    return True


def _verb(words: list[Word], position: int) -> bool:
    """Bare or behind «و»/«ف», and not after a preposition or a violent noun («ما يجري من قتل
    وسحل»)."""
    if not any(prefix in {"", "و", "ف"} and rest in _VERB_ONLY
               for prefix, rest in words[position].readings()):
        return False
    if position == 0:
        return True
    before = words[position - 1]
    if before.sentence_index != words[position].sentence_index:
        return True
    return before.norm not in PREPOSITIONS and find_event(before.norm) is None
