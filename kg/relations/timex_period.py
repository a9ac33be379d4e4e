"""Time words that name a period rather than a date, and dates that are not times.

- The current year («العام الجاري», «العام الحالي», «هذا العام») is the news period: a deed
  told in it is not background, even when a past year stands further off in the sentence
  («نفذت 12 امرأة عمليات انتحارية في الأشهر الثلاثة الأولى من العام الجاري مقابل 11 امرأة
  بين 2003 و2007»).
- A year after «مقابل» or «مقارنة» is the other side of a comparison, not the time of a deed
  told before it (the same sentence).
- A month with «من العام الماضي» («في يناير من العام الماضي») is of the year before the
  article's; with «من العام الجاري» of the article's year.
- A named past century or decade is background: «في القرن التاسع عشر», «القرن الماضي», «في
  الثمانينات», «ثمانينيات القرن الماضي»; not «القرن الحادي والعشرين» (the current one) nor an
  age («في العشرينات من العمر»).
- «ذلك العام», «تلك السنة» point back to a year other than the
  current one («هذا العام»): background («قبل الهجوم الإرهابي الذي استهدف الولايات المتحدة
  ذلك العام»), and so is a century written in digits («في مطلع القرن الـ19»).
- A day and month that name a street, a square or a bridge («بشارعي 23 يوليو و26 يوليو»,
  «ميدان 6 أكتوبر») are a name, not a date.
"""

from __future__ import annotations

from kg.relations.index import Word

_YEAR_WORDS = frozenset({"العام", "عام", "السنه", "سنه"})
CURRENT = frozenset({"الجاري", "الحالي"})
_THIS = frozenset({"هذا", "هذه"})
_PAST = frozenset({"الماضي", "المنصرم", "السابق"})


def current_year_at(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` begins «العام الجاري», «العام الحالي» or is the year word of
    «هذا العام»."""
    word = words[index]
    if word.bare() not in _YEAR_WORDS and word.norm not in _YEAR_WORDS:
        return False
    following = words[index + 1].norm if index + 1 < len(words) else ""
    return following in CURRENT or (index > 0 and words[index - 1].norm in _THIS)


_COMPARING = frozenset({"مقابل", "مقارنه", "بالمقارنه"})


def compared_after(words: list[Word], position: int, index: int) -> bool:
    """Whether a word of comparison («مقابل», «مقارنة») stands between the trigger at
    ``position`` and a time at ``index`` after it: that time is the other side's."""
    return index > position and any(word.norm in _COMPARING or word.bare() in _COMPARING
                                    for word in words[position + 1:index])


_MONTH_YEAR_REACH = 8
"""How far after a month «من العام الماضي» may stand: «يناير (كانون الثاني) وفبراير (شباط) من
العام الماضي»."""


def month_year_shift(words: list[Word], index: int) -> int | None:
    """For the month at ``words[index]``: -1 when «(من) العام الماضي» follows it in reach, 0
    when «(من) العام الجاري/الحالي» does, None otherwise (a written year or another word
    of time first ends the search)."""
    end = min(len(words) - 1, index + 1 + _MONTH_YEAR_REACH)
    for at in range(index + 1, end):
        word = words[at]
        if word.norm.translate(_DIGITS).isdigit() and len(word.norm) == 4:
            return None
        if word.norm in _YEAR_WORDS:
            following = words[at + 1].norm
            if following in _PAST:
                return -1
            if following in CURRENT:
                return 0
            return None
    return None


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_CENTURIES = frozenset({"القرن", "قرن"})
_PAST_CENTURIES = frozenset({"الماضي", "المنصرم", "السابق", "العشرين", "الاول", "الثاني",
                             "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                             "التاسع", "العاشر"})
"""«القرن الماضي», «القرن العشرين», «القرن التاسع عشر» (and «الحادي عشر» below)."""
_DECADES = frozenset({"الستينات", "الستينيات", "السبعينات", "السبعينيات", "الثمانينات",
                      "الثمانينيات", "التسعينات", "التسعينيات", "الخمسينات", "الخمسينيات",
                      "الاربعينات", "الاربعينيات", "الثلاثينات", "الثلاثينيات", "العشرينات",
                      "العشرينيات"})
_AGE = frozenset({"العمر", "عمره", "عمرها", "عمرهم"})


def names_era(norm: str, bare: str) -> bool:
    """Whether a word may begin a named century or decade: «القرن», «الثمانينات»."""
    return norm in _CENTURIES or bare in _CENTURIES or norm in _DECADES or \
        "ال" + bare in _DECADES


def past_era_at(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` begins a named past century or decade (see the module)."""
    word = words[index]
    following = words[index + 1].norm if index + 1 < len(words) else ""
    after = words[index + 2].norm if index + 2 < len(words) else ""
    if word.bare() in _CENTURIES or word.norm in _CENTURIES:
        if following == "الحادي":
            return after == "عشر"  # «القرن الحادي عشر», not «الحادي والعشرين»
        return following in _PAST_CENTURIES and after != "والعشرين"
    decade = word.norm if word.norm in _DECADES else "ال" + word.bare()
    if decade not in _DECADES:
        return False
    return not (following == "من" and after in _AGE) and following not in _AGE


_THAT = frozenset({"ذلك", "تلك"})
_THAT_ERAS = frozenset({"العام", "السنه"})
_CURRENT_CENTURY = 21


def that_era_at(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is the noun of «ذلك العام» or «تلك السنة», or
    «القرن» before a past century in digits («القرن الـ19», «القرن 18»)."""
    word = words[index]
    if word.norm in _THAT_ERAS and index > 0 and words[index - 1].bare() in _THAT:
        return True
    if word.bare() not in _CENTURIES and word.norm not in _CENTURIES:
        return False
    following = words[index + 1].norm.translate(_DIGITS) if index + 1 < len(words) else ""
    digits = following.removeprefix("ال").lstrip("ـ")
    return digits.isdigit() and 0 < int(digits) < _CURRENT_CENTURY


_PLACE_HEADS = frozenset({"شارع", "شارعي", "ميدان", "جسر", "كوبري", "ساحه", "حي", "مدينه"})
_NAME_REACH = 4


def street_date(words: list[Word], index: int) -> bool:
    """Whether the month at ``words[index]``, after a day, ends the name of a street, a square
    or a bridge: «شارع 26 يوليو», «بشارعي 23 يوليو و26 يوليو» (only days, months and «و»
    between the head and the month)."""
    for at in range(index - 1, max(-1, index - 1 - _NAME_REACH), -1):
        word = words[at]
        if word.bare() in _PLACE_HEADS or word.norm in _PLACE_HEADS:
            return at < index - 1
        digits = word.norm.lstrip("و").translate(_DIGITS)
        if not digits.isdigit() and not (at == index - 2 and word.norm == words[index].norm):
            return False  # only «23 يوليو و26 يوليو» between the head and the month
    return False
