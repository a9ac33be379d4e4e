"""Names inside the phrase a stance is toward that are not its object.

- A name inside the demand of an appeal is not the one urged: «طالب معاوية بقتلة عثمان»,
  «طالبت المعارضة بإقالة وزير الداخلية X», «دعا X بمحاكمة قتلة Y»: after «طالب»/«دعا» the
  phrase with «بـ» glued to its head is what is demanded, and a name in its genitive
  («عثمان», «X») is part of the demand: the appeal is to no one named there. The one urged
  comes before the demand («طالب X الحكومة بـ ...»). Adverbs of manner with «بـ» («بشدة»,
  «بقوة») open no demand.
- A name after «بشأن», «حول», «حيال», «بخصوص» inside the object phrase is what that thing
  is about: «أبدت الصين معارضتها لعقد محادثات بشأن طموحات بيونج يانج» opposes the talks,
  not Pyongyang; «انتقد تصريحات الوزير حول إيران» criticizes no Iran. «بشأن» right where
  the object begins is not passed over by this rule.
- The one asked «من» is no phrase that runs into the demand: «وطلب الزمالك من المنطقة
  الاعتراف بطلب القيد» asks «المنطقة» to recognise; a definite verbal noun of the forms
  «افتعال», «انفعال», «استفعال», «تفعّل» («الاعتراف», «الاستمرار», «التدخل») after the
  first word of the phrase opens the demand, and the phrase names no one asked.
- A name after the deed one is thanked for is what the deed concerns: «شكر X أنان على
  اهتمامه بلبنان» thanks Annan (if named as the one thanked), never Lebanon; after «على» and
  a noun with a possessive pronoun («اهتمامه», «دعمها»), a name is the deed's complement.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_spellings import MANNER

_DEMAND_PREFIXES = frozenset({"ب", "بال"})


def within_demand(context: Extraction, words: list[Word], first_word: int, index: int) -> bool:
    """Whether a word with «بـ» glued to it, and no name, stands between ``first_word`` (where
    the object may begin) and the candidate at ``index``: the candidate is in the demand."""
    for word in words[first_word:index]:
        if word.norm in MANNER or context.covering_mention(word.start) is not None:
            continue
        if any(prefix.lstrip("وف") in _DEMAND_PREFIXES for prefix, _ in word.readings()[1:]):
            return True
    return False


_ABOUT = frozenset({"بشان", "حول", "حيال", "بخصوص"})


def about_topic(words: list[Word], first_word: int, index: int) -> bool:
    """Whether «بشأن»/«حول»/«حيال»/«بخصوص» stands after ``first_word`` (where the object
    begins) and before the candidate at ``index``: the candidate is what the thing is about."""
    return any(word.norm.lstrip("و") in _ABOUT for word in words[first_word + 1:index])


_FOR = "علي"
_POSSESSIVES = ("ه", "ها", "هم", "هما")


def thanked_deed_complement(words: list[Word], start: int, index: int) -> bool:
    """Whether «على» and a noun with a possessive pronoun («على اهتمامه») stand between
    ``start`` and the candidate at ``index``: the candidate completes the deed thanked for."""
    for at in range(start + 1, index - 1):
        if words[at].norm == _FOR and words[at + 1].norm.endswith(_POSSESSIVES) and \
                len(words[at + 1].norm) > 4:
            return True
    return False


_MASDAR_MIN = 7


_FORM_FIVE_LENGTH = 6
_LONG_VOWELS = frozenset("اوي")


def _derived_masdar(word: Word) -> bool:
    """«الاعتراف», «الالتزام», «الانسحاب», «الاستمرار»: a definite verbal noun of forms VII,
    VIII or X (article, «ا», at least three letters, «ا» before the last letter), not a nisba
    («الاجتماعي») nor an elative («الأكبر»); «التدخل», «التحرك»: form V, the article, «ت» and
    three letters with no long vowel."""
    norm = word.norm.lstrip("و")
    if norm.startswith("الت") and len(norm) == _FORM_FIVE_LENGTH:
        return _LONG_VOWELS.isdisjoint(norm[3:])
    return norm.startswith("الا") and len(norm) >= _MASDAR_MIN and norm[-2] == "ا" and \
        not norm.endswith(("ي", "يه"))


def demand_in_phrase(words: list[Word], index: int, end: int) -> bool:
    """Whether a derived verbal noun stands after ``words[index]`` in the phrase that ends at
    the character offset ``end``: the phrase runs from the one asked into the demand."""
    return any(_derived_masdar(word) for word in words[index + 1:] if word.start < end)
