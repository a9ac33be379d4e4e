"""Words and constructions of attack and killing, and what makes each precise.

- An attempt on a life is an Attack on the one it was aimed at, not a Killing: nobody was
  killed (``attempted_killing``): «تعرض الوزير فلان لمحاولة اغتيال», «نجا الصحافي من محاولة
  اغتيال», «محاولة اغتيال فاشلة استهدفت القاضي».
- Beheading (``lexicon.BEHEADING_FORMS``), a Killing, and lynching
  (``lexicon.LYNCHING_FORMS``), an Attack, only as a verb (``attack_word_ok``): bare or
  behind «و»/«ف», not after a preposition or another violent noun it is listed with, and
  for «نحر» with no beast within three words after it: «ونحر المسلحون الرهينة», «سحل
  المحتجون الشرطي»; not «يوم النحر», «في نحره», «ونحر الحجاج الإبل».
- A wounding by fire (``lexicon.WOUNDED_FORMS``): «أصيب X برصاص/بنيران/بقذيفة/بشظايا» is an
  Attack on X, the wounded (the verb is a passive: ``PASSIVE_ONLY``); only with the gunfire
  or the shell told within a few words after the verb in its clause, the wounded between
  them, and «بنيران» only before an armed body or a shooter: «أصيب ثلاثة جنود برصاص قناص»,
  «وأصيبت امرأة بشظايا قذيفة», «أصيب جندي بنيران مسلحين»; not «أصيب أكثر من مائة بجروح»,
  «أصيب اللاعب في ركبته», «أصيب بفيروس», «أصيب الاقتصاد بنيران الأزمة».
- Arson (``lexicon.ARSON_FORMS``): «أحرق» with a building for object, «أضرم النار في» a
  building, within a few words after the verb and before any preposition or place word, is
  an Attack (``_building_burnt``): «أحرق مجهولون كنيسة», «أضرم مستوطنون النار في مسجد»,
  «أحرق المتظاهرون مركزاً للشرطة»; not «أحرق الشاب نفسه», «أضرم النار في نفسه», «أحرقوا
  الإطارات», «أحرقوا الأعلام أمام مبنى السفارة».
"""

from __future__ import annotations

from kg.relations.event_new_triggers import verb_use
from kg.relations.index import Word
from kg.relations.lexicon import (
    ARMED_BODIES,
    ARSON_FORMS,
    BEHEADING_FORMS,
    LYNCHING_FORMS,
    PREPOSITIONS,
    WOUNDED_FORMS,
)

ATTACK_VERBS = frozenset({*BEHEADING_FORMS, *LYNCHING_FORMS, *WOUNDED_FORMS, *ARSON_FORMS})
"""The forms of this module that are verbs (``event_triggers.EVENT_VERBS``)."""
PASSIVE_ONLY = frozenset(WOUNDED_FORMS)
"""Forms that are only passive («أُصيب»): the phrase after them is the victim."""
_VERB_ONLY = frozenset({*BEHEADING_FORMS, *LYNCHING_FORMS})
_ATTEMPTS = frozenset({"محاوله", "محاولات", "لمحاوله", "لمحاولات", "بمحاوله", "ومحاوله",
                       "ومحاولات"})
"""«محاولة اغتيال», «لمحاولة اغتيال», «ومحاولات اغتيال»: the attempt before a killing noun."""
_BEASTS = frozenset({"الابل", "ابل", "الاضاحي", "اضاحي", "الاضحيه", "اضحيه", "الخراف",
                     "خراف", "الخروف", "خروف", "الذبائح", "ذبائح", "الماشيه", "الاغنام",
                     "العجول", "الابقار", "جمل", "الجمل", "النحر"})
_GUNFIRE = frozenset({"برصاص", "بالرصاص", "برصاصه", "برصاصات", "بقذيفه", "بقذائف", "بشظايا",
                      "بشظيه", "بطلق", "بطلقات", "بعيار", "بصاروخ", "بصواريخ"})
"""What a wounding by fire was done with («برصاص قناص», «بشظايا قذيفة»)."""
_FIRE = frozenset({"بنيران", "بنار"})
"""«بنيران الجيش»: fire, literal only before an armed body or shooter («بنيران الأزمة» is
none)."""
_SHOOTERS = ARMED_BODIES | frozenset({
    "مسلحين", "مسلحون", "قناص", "قناصه", "القناصه", "مجهولين", "الاحتلال", "الشرطه",
    "الامن", "صديقه", "المدفعيه", "مدفعيه", "دبابه", "دبابات", "اسرائيليه", "اسرائيل"})
_BUILDINGS = frozenset({
    "مسجد", "مسجدا", "مساجد", "جامع", "جامعا", "كنيسه", "كنائس", "كنيس", "معبد", "منزل",
    "منزلا", "منازل", "بيت", "بيتا", "بيوت", "مقر", "مقرا", "مقرات", "مبني", "مباني", "مدرسه",
    "مدارس", "مخفر", "مخفرا", "مكتب", "مكتبا", "مكاتب", "متجر", "متاجر", "محل", "محلات",
    "مستشفي", "خيمه", "خيام", "مزرعه", "مزارع", "حسينيه", "ضريح", "مركزا", "منشاه", "منشات",
    "مخزن", "مخازن", "مستودع", "مستودعات", "مصنع", "مصانع", "محطه"})
"""What arson burns: a house, a place of worship, an office, a shop, a plant or a store
(«أحرقوا منزلاً», «أحرق مسلحو الجماعة منشأة نفطية»)."""
_FLAMES = frozenset({"النار", "النيران", "نار", "نيران"})
_ARSON_REACH = 5
_BEFORE_PLACES = PREPOSITIONS | frozenset({"امام", "قرب", "داخل", "وسط", "قبالة", "قباله"})
_WOUNDED_REACH = 6
_BEAST_REACH = 3
"""How far after «نحر» a beast undoes it («ونحر الحجاج الإبل»)."""
_CLAUSE_ENDS = frozenset({"في", "خلال", "اثر", "جراء", "بسبب", "اثناء", "عندما", "حين", "بعد",
                          "قبل", "و", "او", "الذي", "التي", "الذين"})
"""Words that end the wounded's phrase before the gunfire («أصيب ثلاثة بجروح في هجوم»)."""


def attempted_killing(words: list[Word], position: int) -> bool:
    """«محاولة اغتيال»: a killing noun right after a noun of attempting."""
    return position > 0 and words[position - 1].norm in _ATTEMPTS and \
        words[position - 1].sentence_index == words[position].sentence_index


def attack_word_ok(words: list[Word], position: int, form: str) -> bool:
    """Whether a trigger of this module names its deed (see the module docstring); any
    other trigger passes."""
    if form in _VERB_ONLY:
        return verb_use(words, position, _VERB_ONLY) and not (
            form in BEHEADING_FORMS and any(word.has(_BEASTS) for word in
                                            words[position + 1:position + 1 + _BEAST_REACH]))
    if form in WOUNDED_FORMS:
        return _wounded_by_fire(words, position) and not _toll_joined(words, position)
    if form in ARSON_FORMS:
        return _building_burnt(words, position)
    return True


def _wounded_by_fire(words: list[Word], position: int) -> bool:
    """«أصيب ثلاثة جنود برصاص قناص»: the gunfire a few words after the verb, with no word
    that ends the wounded's phrase between them."""
    sentence = words[position].sentence_index
    for index in range(position + 1, min(len(words), position + 1 + _WOUNDED_REACH)):
        word = words[index]
        if word.sentence_index != sentence:
            return False
        if word.norm in _GUNFIRE:
            return True
        if word.norm in _FIRE:
            return index + 1 < len(words) and words[index + 1].has(_SHOOTERS)
        if word.norm in _CLAUSE_ENDS or word.norm.startswith("بجروح"):
            return False
    return False


_TOLL_REACH = 8
"""How far before «وأصيب» the killing verb of the same toll may stand («قتل خمسة جنود أفغان
وأصيب ثمانية آخرون»)."""


def _toll_joined(words: list[Word], position: int) -> bool:
    """«وقد قتل خمسة جنود وأصيب ثمانية آخرون بصاروخ أطلقته قوة إيساف»: a wounding joined by
    «و» to a killing verb before it in its sentence tells the toll of one deed, the killing
    (the gold counts the killing alone: «قُتل 13 وأُصيب 85 من ميليشيا الحوثي»)."""
    if not words[position].norm.startswith("و"):
        return False
    sentence = words[position].sentence_index
    for index in range(position - 1, max(-1, position - 1 - _TOLL_REACH), -1):
        word = words[index]
        if word.sentence_index != sentence:
            return False
        if verb_use(words, index, _KILLING_VERBS):
            return True
    return False


_KILLING_VERBS = frozenset({"قتل", "قتلت", "قتلوا", "قتلا", "قتلتا", "استشهد", "استشهدوا"})


def _building_burnt(words: list[Word], position: int) -> bool:
    """«أحرق مجهولون كنيسة», «أضرم مستوطنون النار في مسجد»: a building within a few words
    after the verb, in its clause, behind «النار في» for «أضرم»; no reflexive («أحرق نفسه»)."""
    sentence = words[position].sentence_index
    kindling = words[position].bare().startswith("اضرم")
    lit = not kindling
    for index in range(position + 1, min(len(words), position + 1 + _ARSON_REACH)):
        word = words[index]
        if word.sentence_index != sentence or word.bare().startswith("نفس"):
            return False
        if word.has(_FLAMES):
            lit = True
            continue
        if word.norm in _CLAUSE_ENDS or word.norm in _BEFORE_PLACES:
            if not (kindling and word.norm == "في" and words[index - 1].has(_FLAMES)):
                return False  # «أحرقوا الأعلام أمام مبنى السفارة»: the place, not burnt
            continue
        if lit and _building(word):
            return True
    return False


def _building(word: Word) -> bool:
    """«كنيسة», «منزلاً», «المسجد»; not behind a preposition («بمنزل», «للمسجد»)."""
    return any(rest in _BUILDINGS and prefix.lstrip("وف")[:1] not in {"ب", "ل", "ك"}
               for prefix, rest in word.readings())

