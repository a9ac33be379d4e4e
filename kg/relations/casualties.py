"""Casualty counts: «مقتل عشرة أشخاص», «قتل 28 شخصاً», «ثمانية أشخاص قتلوا», «مقتل جنديين».

A count is a number (digits, or a number word up to the thousands, with «و»
joining units and tens) followed by a counted noun, or a dual noun alone
(«جنديين»). «عشرات» and «مئات» are no number and give no count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.relations.context import Extraction
from kg.relations.index import Word

_UNITS: dict[str, int] = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2,
    "اثنتان": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6,
    "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
}
_TENS: dict[str, int] = {
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40,
    "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70,
    "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90,
}
_HUNDREDS: dict[str, int] = {"مئه": 100, "مائه": 100, "مئتين": 200, "مائتين": 200, "مئتي": 200,
                             "مائتي": 200, "الف": 1000, "الفا": 1000, "الفين": 2000}
_COUNTED = frozenset({
    "شخص", "شخصا", "اشخاص", "قتيل", "قتيلا", "قتلي", "جندي", "جنديا", "جنود", "مدني", "مدنيا",
    "مدنيين", "شرطي", "شرطيا", "عنصر", "عنصرا", "عناصر", "مسلح", "مسلحا", "مسلحين", "مواطن",
    "مواطنا", "مواطنين", "طفل", "طفلا", "اطفال", "امراه", "نساء", "فلسطيني", "فلسطينيا",
    "فلسطينيين", "متظاهر", "متظاهرا", "متظاهرين", "مقاتل", "مقاتلا", "مقاتلين", "ضابط", "ضابطا",
    "ضباط", "رجل", "رجال", "متطوعا", "متمرد", "متمردا", "متمردين", "ارهابي", "ارهابيا",
    "ارهابيين", "حارس", "حراس", "من", "علي", "بينهم", "مصل", "مصليا", "مصلين", "سائح", "سائحا",
    "سياح", "حاج", "حاجا", "حجاج", "طالب", "طالبا", "طلاب", "عامل", "عاملا", "عمال", "صحفي",
    "صحفيا", "صحفيين", "صحافي", "صحافيا", "صحافيين", "لاجئ", "لاجئا", "لاجئين", "مهاجر",
    "مهاجرا", "مهاجرين", "سجين", "سجينا", "سجناء",
})
"""Nouns a casualty count counts: people by status, also worshippers, pilgrims, tourists,
students, workers, journalists, refugees and migrants («استشهاد 28 مصلياً»)."""
_MEMBERS = frozenset({"فرد", "فردا", "افراد"})
"""«29 فرداً من الطوارق», «خمسة أفراد من الشرطة»: members counted (matched as printed, as
«فردا» would read as «ف» + «ردا»)."""
_DUALS = frozenset({"جنديين", "شخصين", "شرطيين", "مدنيين", "طفلين", "ضابطين", "عنصرين",
                    "مسلحين", "مواطنين"})
_DUAL_ONLY = frozenset({"جنديين", "شخصين", "شرطيين", "طفلين", "ضابطين", "عنصرين"})
_DIGITS = re.compile(r"^[0-9\u0660-\u0669]+$")
_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    start: int
    end: int
    """The span of the number and its counted noun: «عشرة أشخاص»."""


def number_value(word: Word) -> int | None:
    """The value of a number written in digits or as one number word («عشرة», «ثلاثين»)."""
    norm = word.norm
    if norm not in _NUMBER_VALUES:
        if len(_NUMBER_VALUES) > _NUMBER_VALUES_LIMIT:
            _NUMBER_VALUES.clear()
        _NUMBER_VALUES[norm] = _number_value(word)
    return _NUMBER_VALUES[norm]


_NUMBER_VALUES: dict[str, int | None] = {}
""":func:`number_value` of the spellings seen so far (called for most words near a trigger)."""
_NUMBER_VALUES_LIMIT = 1 << 16


def _number_value(word: Word) -> int | None:
    if _DIGITS.match(word.norm):
        return int(word.norm.translate(_ARABIC_INDIC))
    for _, rest in word.readings():
        for table in (_UNITS, _TENS, _HUNDREDS):
            if rest in table:
                return table[rest]
    return None


_DECIMAL = re.compile(r"^([0-9]+)ر([0-9]+)$")
"""«5ر1 مليون»: the Arabic press writes 1.5 with «ر» for the point, the fraction first as
stored."""


def _decimal_at(words: list[Word], index: int) -> tuple[int, int] | None:
    """«5ر1 مليون», «1.5 مليون», «2,5 ألف»: a decimal number before «ألف»/«مليون» (its value
    and the index of the multiplier), or None. A point or comma splits «1.5» into two words
    one character apart."""
    word = words[index]
    decimal = _DECIMAL.match(word.norm)
    if decimal is not None:
        whole, fraction, at = decimal.group(2), decimal.group(1), index + 1
    elif _DIGITS.match(word.norm) and index + 1 < len(words) and \
            _DIGITS.match(words[index + 1].norm) and words[index + 1].start == word.end + 1:
        whole, fraction, at = word.norm, words[index + 1].norm, index + 2
    else:
        return None
    if at >= len(words) or (words[at].bare() not in _MULTIPLIERS and
                            words[at].norm not in _MULTIPLIERS):
        return None
    scale = _MULTIPLIERS.get(words[at].norm) or _MULTIPLIERS[words[at].bare()]
    return int(float(f"{whole}.{fraction}") * scale), at


_MILLIONS = {"مليون": 1000000, "ملايين": 1000000}
_MULTIPLIERS = {"الف": 1000, "الاف": 1000, **_MILLIONS}


def _number_at(words: list[Word], index: int) -> tuple[int, int] | None:
    """The number that starts at ``words[index]`` and the index of its last word."""
    decimal = _decimal_at(words, index)
    if decimal is not None:
        return decimal
    value = number_value(words[index])
    if value is None:
        return None
    last = index
    # «خمسة وعشرين», «ثلاث مئة», «أحد عشر»
    while last + 1 < len(words):
        following = words[last + 1]
        more = number_value(following) or _MILLIONS.get(following.norm)  # «ثلاثة ملايين»
        if more is None:
            break
        if following.norm.startswith("و") and more >= 20 and value < 10:
            value += more
        elif (more >= 100 and value < 10) or (more >= 1000 and value < 1000):
            value *= more  # «ثلاث مئة», «25 ألف»
        elif more == 10 and value < 10 and following.bare() in {"عشر", "عشره"}:
            value += 10
        else:
            break
        last += 1
    return value, last


def count_near(context: Extraction, words: list[Word], position: int,
               window: int = 6) -> Count | None:
    """The casualty count of the trigger at ``words[position]``: a counted number after it
    («مقتل عشرة أشخاص»), or just before it («ثمانية أشخاص قتلوا»), in the same clause."""
    for index in _clause_indexes(context, words, position, window):
        if index < position and words[index].norm.startswith("و") and \
                words[index].bare() in _DUAL_ONLY:
            return None  # «19 على الأقل من مقاتلي بوكو حرام وجنديين من تشاد قتلوا»: the
            # last of the victims joined, not their count
        found = _number_at(words, index)
        if found is not None and index < position and words[index].norm.startswith("و") \
                and number_value(words[index]) is not None and words[index].norm[1:] != "احد":
            return _subset_head(context, words, index)  # «57 مدنيا بينهم 12 طفلا وست نساء
            # قتلوا»: the last of the victims listed, not their count
        if found is None:
            if words[index].bare() in _DUAL_ONLY:
                word = words[index]
                return Count(2, word.start, word.end)
            continue
        counted = count_at(words, index)
        if counted is not None:
            return counted
    return None


_COUNTED_OR_DUALS = _COUNTED | _DUALS


def count_at(words: list[Word], index: int) -> Count | None:
    """The counted people whose number opens at ``words[index]`` («خمسة فلسطينيين», «19 على
    الأقل من مقاتلي ...»), or None (a number with no people counted, an age)."""
    found = _number_at(words, index)
    if found is None:
        return None
    value, last = found
    if told_age(words, index, last):
        return None  # «اغتالوا فتى في الخامسة عشرة من عمره»: an age, not a toll
    if last + 3 < len(words) and words[last + 1].norm == "علي" and \
            words[last + 2].norm == "الاقل" and words[last + 3].norm == "من":
        return Count(value, words[index].start, words[last + 3].end)  # «19 على الأقل
        # من مقاتلي بوكو حرام»: the victims follow «at least»
    if last + 1 < len(words) and (words[last + 1].bare() in _COUNTED_OR_DUALS
                                  or words[last + 1].norm in _MEMBERS
                                  or _plural_nisba(words[last + 1].norm)
                                  or (value > 10 and _singular_nisba(words[last + 1].norm))):
        counted = words[last + 1]
        return Count(value, words[index].start, counted.end)
    return None


_AGE_WORDS = frozenset({"عمره", "عمرها", "عمرهم", "العمر", "عمرهما"})
_AGE_BEFORE = frozenset({"عمره", "عمرها", "عمرهم", "يبلغ", "تبلغ", "البالغ", "البالغه", "سن"})
_YEARS = frozenset({"عاما", "عام", "سنه", "سنوات", "اعوام"})


def told_age(words: list[Word], index: int, last: int) -> bool:
    """The number at ``words[index:last + 1]`` tells someone's age: «في الخامسة عشرة من
    عمره», «عمره 15 عاماً», «البالغ من العمر 20 عاماً», «يبلغ 12 عاماً»."""
    if last + 2 < len(words) and words[last + 1].norm == "من" and \
            words[last + 2].bare() in _AGE_WORDS:
        return True
    if last + 1 < len(words) and words[last + 1].norm in _YEARS and index > 0:
        before = words[index - 1]
        return before.bare() in _AGE_BEFORE or before.norm in _AGE_WORDS or (
            index > 1 and words[index - 2].norm == "من" and before.norm == "العمر")
    return False


_SUBSET_WORDS = frozenset({"بينهم", "منهم", "بينهن", "منهن"})
_SUBSET_REACH = 8


def _subset_head(context: Extraction, words: list[Word], joined: int) -> Count | None:
    """The whole toll of a list of victims before a passive killing: a count joined by «و»
    right before the verb («وست نساء قتلوا») is the last part of a subset told after
    «بينهم/منهم», and the toll is the counted number before that word («57 مدنيا بينهم 12
    طفلا وست نساء قتلوا» → 57 مدنيا); with no such subset word the list has no one count."""
    for index in range(joined - 1, max(-1, joined - _SUBSET_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        if words[index].norm in _SUBSET_WORDS:
            head = index - 2
            found = _number_at(words, head) if head >= 0 else None
            if found is None or found[1] + 1 != index - 1 or \
                    words[index - 1].bare() not in _COUNTED:
                return None
            return Count(found[0], words[head].start, words[index - 1].end)
    return None


_NUMBER_PLURALS = frozenset({"ملايين", "بلايين", "تريليين"})


def _singular_nisba(norm: str) -> bool:
    """«33 داعشياً», «25 ألف شيشاني»: past ten an Arabic number counts a singular noun, a
    nisba of the group or nation for people («يمنيا», «سوري»)."""
    return len(norm) > 4 and norm.endswith(("يا", "ي")) and not norm.startswith("ال")


def _plural_nisba(norm: str) -> bool:
    """«6 حوثيين», «عشرة فلسطينيين»: people counted by the group or the nation they belong
    to (a plural nisba without the article), never a number word («ملايين»)."""
    return len(norm) > 5 and norm.endswith(("يين", "يون")) and not norm.startswith("ال") \
        and norm not in _NUMBER_PLURALS


_WOUNDING = frozenset({"اصابه", "اصابات", "اصيب", "اصيبت", "اصيبوا", "جرح", "جرحت", "جرحوا"})


def _clause_indexes(context: Extraction, words: list[Word], position: int,
                    window: int) -> list[int]:
    """Indexes after the trigger (nearest first), then before it, without crossing a comma."""
    after: list[int] = []
    for index in range(position + 1, min(len(words), position + window + 1)):
        if context.boundary_between(words[index - 1], words[index]) or (
                words[index].norm.startswith("و") and words[index].has(_WOUNDING)):
            break  # «مقتل الانتحاري وإصابة اثنين من رجال الأمن»: the count of the wounded
        after.append(index)
    before: list[int] = []
    for index in range(position - 1, max(-1, position - 4), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break
        before.append(index)
    return after + before

