"""Event time: relative days («الخميس», «أمس», «اليوم») resolved against the article date,
dates written in the sentence («14 أغسطس 2007», «يوليو الماضي», «عام 2003»), and whether
the event is background, well before the article («العام الماضي», «منذ سنوات», «ذكرى»)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kg.relations.index import Word
from kg.relations.lexicon import (
    LONG_AGO,
    RELATIVE_DAYS,
    RESUMING_IN,
    WEEKDAYS,
    find_event,
    readings_of,
)
from kg.relations.timex_period import (
    compared_after,
    current_year_at,
    month_year_shift,
    names_era,
    past_era_at,
    street_date,
    that_era_at,
)
from kg.relations.timex_present import told_in_present
from kg.text.memo import WordMemo


@lru_cache(maxsize=256)
def article_date(value: str | None) -> date | None:
    """The date part of ``DocumentMeta.date`` (ISO 8601), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _weekday(word: Word) -> int | None:
    """The weekday ``word`` names, with its article written: «الأحد», «والأحد», «بالخميس»,
    «للجمعة». Without it the word is another: «أحد المارة» and «جندي واحد» (one), «قتل
    اثنين» (two), «جمعة» (a name)."""
    for prefix, rest in word.readings():
        if rest in WEEKDAYS:
            return WEEKDAYS[rest]
        if ("ال" in prefix or prefix.endswith("لل")) and "ال" + rest in WEEKDAYS:
            return WEEKDAYS["ال" + rest]
    return None


def resolve(anchor: date | None, words: list[Word], position: int) -> str | None:
    """The ISO date of the time expression nearest to ``words[position]`` in its sentence.

    A weekday is the latest such day on or before the article date (strictly
    before with «الماضي»); «أمس» is the day before, «اليوم» the day itself.
    Without an article date nothing is resolved.
    """
    if anchor is None:
        return None
    best: tuple[int, date] | None = None
    for index in _time_positions(words):
        word = words[index]
        resolved: date | None = None
        weekday = _weekday(word)
        if (weekday is not None and dated_weekday(words, index)) or named_day(words, index):
            continue  # «الجمعة 21 يوليو 1905»: the written date decides, not the last Friday;
            # «ذكرى اليوم الوطني»: a day of the calendar, not today
        if weekday is not None:
            following = words[index + 1].bare() if index + 1 < len(words) else ""
            last = anchor - timedelta(days=1) if following in {"ماضي", "الماضي"} else anchor
            resolved = last - timedelta(days=(last.weekday() - weekday) % 7)
        else:
            bare = word.bare() if word.norm not in RELATIVE_DAYS else word.norm
            if bare in RELATIVE_DAYS or word.norm in RELATIVE_DAYS:
                offset = RELATIVE_DAYS.get(word.norm, RELATIVE_DAYS.get(bare, 0))
                next_word = words[index + 1] if index + 1 < len(words) else None
                if next_word is not None and _weekday(next_word) is not None:
                    continue  # «أمس الجمعة»: the weekday decides
                if offset == -1 and index >= 2 and words[index - 1].norm == "من" and \
                        words[index - 2].bare() == "اول":
                    offset = -2  # «أول من أمس», «مساء أول من أمس»: the day before yesterday
                resolved = anchor + timedelta(days=offset)
        if resolved is not None:
            distance = abs(index - position)
            if best is None or distance < best[0]:
                best = (distance, resolved)
    return best[1].isoformat() if best else None


_DATE_LINKS = frozenset({"يوم", "الموافق", "الموافقه"})
"""«الجمعة يوم 21 يوليو», «الاثنين الموافق 2 مارس»: words between a weekday and its date."""


def dated_weekday(words: list[Word], index: int) -> bool:
    """Whether the weekday at ``words[index]`` names a written date right after it: «الجمعة
    21 يوليو 1905», «الاثنين الموافق 2 مارس», «الخميس (12 مايو)». That date tells the day (a
    chronicle's or a past year's); the weekday is not the latest such day before the article."""
    at = index + 1
    if at < len(words) and words[at].bare() in _DATE_LINKS:
        at += 1
    return at + 1 < len(words) and _day(words[at]) is not None and \
        _month(words, at + 1) is not None


_TODAY = frozenset({"اليوم", "واليوم", "باليوم", "لليوم"})
_DAY_NAMES = frozenset({"الوطني", "العالمي", "الدولي", "التالي", "السابق", "الاول", "الاخير",
                        "المفتوح", "الموعود", "الختامي", "الثاني", "الثالث"})
"""«اليوم الوطني», «اليوم العالمي للمرأة», «في اليوم التالي»: a day named or counted, not today."""


def named_day(words: list[Word], index: int) -> bool:
    """Whether «اليوم» at ``words[index]`` is a day named by the adjective after it («ذكرى
    اليوم الوطني», «اليوم العالمي», «في اليوم التالي») rather than the article's day."""
    return words[index].norm in _TODAY and index + 1 < len(words) and \
        words[index + 1].norm in _DAY_NAMES


_MONTHS: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "ايلول": 9,
}
_TWO_WORD_MONTHS: dict[tuple[str, str], int] = {
    ("كانون", "الثاني"): 1, ("كانون", "الاول"): 12, ("تشرين", "الاول"): 10,
    ("تشرين", "الثاني"): 11,
}
_PAST = frozenset({"الماضي", "الماضيه", "المنصرم", "المنصرمه", "السابق"})
_YEAR_WORDS = frozenset({"العام", "عام", "السنه", "سنه"})
_ANNIVERSARY = frozenset({"ذكري", "الذكري", "ذكراه", "ذكراها", "ذكرى"})
_BACKGROUND_DAYS = 90
"""An event more than this many days before the article is background (``historical``)."""


@dataclass(frozen=True, slots=True)
class EventTime:
    """When an event happened, as far as its sentence says, and whether it is background."""

    time: str | None = None
    """ISO 8601: a day («2015-07-20»), a month («2003-08») or a year («2003»)."""
    historical: bool = False


@dataclass(frozen=True, slots=True)
class _Mark:
    index: int
    time: str | None
    historical: bool


def _month(words: list[Word], index: int) -> int | None:
    word = words[index]
    for _, rest in word.readings():
        if rest in _MONTHS:
            return _MONTHS[rest]
    if index + 1 < len(words):
        return _TWO_WORD_MONTHS.get((word.bare(), words[index + 1].norm))
    return None


def _year(word: Word) -> int | None:
    digits = word.norm.translate(_ARABIC_INDIC)
    if len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2099:
        return int(digits)
    return None


def _marked_year(words: list[Word], index: int) -> tuple[int, bool] | None:
    """The year written at ``words[index]`` and whether it is a Hijri one: «2003»,
    «و1933م» or «عام 1909 م» (Gregorian), «1436هـ» or «عام 1400 هـ» (Hijri). A bare
    number is a year only between 1900 and 2099; a marked one may be older."""
    after = words[index + 1].norm if index + 1 < len(words) else ""
    for _, rest in words[index].readings():
        digits = rest.translate(_ARABIC_INDIC)
        mark = digits[-1:] if digits[-1:] in _YEAR_MARKS else ""
        digits = digits[:len(digits) - len(mark)]
        if len(digits) != 4 or not digits.isdigit():
            continue
        mark = mark or (after if after in _YEAR_MARKS else "")
        value = int(digits)
        if not mark and _HIJRI_BARE[0] <= value <= _HIJRI_BARE[1] and index > 0 and \
                words[index - 1].norm in _YEAR_WORDS:
            mark = _HIJRI  # «صورة زيارة الملك سلمان للقرينة عام 1392»: a Saudi paper's year
        if mark == _HIJRI and 1000 <= value <= 1500:
            return value, True
        if 1900 <= value <= 2099 or (mark == _GREGORIAN and 1000 <= value < 1900):
            return value, False
    return None


_HIJRI, _GREGORIAN = "ه", "م"
_YEAR_WORDS = frozenset({"عام", "العام", "وعام", "لعام", "سنه", "السنه", "وسنه", "لسنه"})
_HIJRI_BARE = (1300, 1500)
"""A bare number of these years after «عام» or «سنة» («عام 1392») is a Hijri year: the
Saudi press writes its dates so and leaves the mark out now and then (read as Gregorian,
the year would lie in the Middle Ages, which is background all the same)."""
_YEAR_MARKS = frozenset({_HIJRI, _GREGORIAN})
_HIJRI_EPOCH = date(622, 7, 19)
_HIJRI_YEAR_DAYS = 354.36708


def _hijri_start(year: int) -> date:
    """The first day of the Hijri ``year``, by the mean lunar year (a day or two off)."""
    return _HIJRI_EPOCH + timedelta(days=round((year - 1) * _HIJRI_YEAR_DAYS))


def _day(word: Word) -> int | None:
    digits = word.norm.translate(_ARABIC_INDIC)
    if 1 <= len(digits) <= 2 and digits.isdigit() and 1 <= int(digits) <= 31:
        return int(digits)
    return None


_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _date_mark(anchor: date | None, words: list[Word], index: int) -> _Mark | None:
    """«14 أغسطس 2007», «يوليو (تموز) الماضي», «عام 2003» starting at ``words[index]``."""
    month = _month(words, index)
    if month is None:
        marked = _marked_year(words, index)
        if marked is None or (index > 0 and _month(words, index - 1) is not None):
            return None
        named, hijri = marked
        if anchor is not None and named > anchor.year and not _year_led(words, index):
            return None  # «ما لا يقل عن 2076 مقاتلاً»: a count, not a year to come
        if hijri:  # «عام 1400 هـ»: background once that year ended three months before
            ended = _hijri_start(named + 1)
            return _Mark(index, None, anchor is not None
                         and (anchor - ended).days > _BACKGROUND_DAYS)
        before = anchor is not None and named < anchor.year
        return _Mark(index, f"{named:04d}", before)
    if street_date(words, index):
        return None  # «شارع 26 يوليو»: a name
    day = _day(words[index - 1]) if index > 0 else None
    year = None
    past = False
    for at in range(index + 1, min(len(words), index + 4)):
        marked = _marked_year(words, at)
        year = marked[0] if marked is not None and not marked[1] else None
        past = past or words[at].norm in _PAST
        if year is not None:
            break  # «30 أبريل 2003», «30 أبريل 1793م» (an era-marked year may be older)
    shift = month_year_shift(words, index) if year is None else None
    if shift is not None and anchor is not None:
        year = anchor.year + shift  # «يناير من العام الماضي», «مايو من العام الحالي»
    if year is None and anchor is not None:
        year = anchor.year if month <= anchor.month and not (past and month == anchor.month) \
            else anchor.year - 1
    if year is None:
        return _Mark(index, None, False)
    if day is not None:
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        time = when.isoformat()
    else:
        when = date(year, month, 1)
        time = f"{year:04d}-{month:02d}"
    old = anchor is not None and (anchor - when).days > _BACKGROUND_DAYS + (0 if day else 30)
    return _Mark(index, time, old)


_YEAR_LEADS = frozenset({"عام", "العام", "سنه", "السنه", "لعام", "في", "حتي", "بحلول", "منذ",
                         "الي", "قبل", "بعد", "خلال", "مطلع", "نهايه", "بدايه", "اواخر",
                         "اوائل", "منتصف", "موسم"})
"""Words before a year to come («حتى عام 2017», «في 2016»): without one, a bare number
beyond the article's year is a count («2076 مقاتلاً»)."""


def _year_led(words: list[Word], index: int) -> bool:
    """Whether the year at ``words[index]`` carries its era mark or follows a word that
    leads a year («عام 2017», «2017م»)."""
    if any(rest[-1:] in _YEAR_MARKS for _, rest in words[index].readings()) or (
            index + 1 < len(words) and words[index + 1].norm in _YEAR_MARKS):
        return True
    return index > 0 and (words[index - 1].norm in _YEAR_LEADS or
                          words[index - 1].bare() in _YEAR_LEADS)


_OPENINGS = frozenset({"مطلع", "بدايه", "اوائل", "مستهل"})
_CURRENT = frozenset({"الجاري", "الحالي"})


def _year_start_mark(anchor: date | None, words: list[Word], index: int) -> _Mark | None:
    """«مطلع العام الجاري», «بداية العام الحالي»: January of the article's year, background
    once more than four months have passed."""
    word = words[index]
    if anchor is None or word.norm not in _YEAR_WORDS or index == 0 or \
            index + 1 >= len(words) or words[index + 1].norm not in _CURRENT or \
            words[index - 1].bare() not in _OPENINGS:
        return None
    start = date(anchor.year, 1, 1)
    return _Mark(index, f"{anchor.year:04d}-01", (anchor - start).days > _BACKGROUND_DAYS + 30)


def _background_mark(words: list[Word], index: int) -> _Mark | None:
    """«العام الماضي», «منذ سنوات», «قبل عقود», «في ذكرى ...»: background without a date."""
    word = words[index]
    following = words[index + 1].norm if index + 1 < len(words) else ""
    if word.norm in _YEAR_WORDS and following in _PAST:
        return _Mark(index, None, True)
    if word.bare() in _SINCE and following in LONG_AGO:
        return _Mark(index, None, True)
    if word.bare() in _SPAN_LEADS and _years_counted(words, index + 1):
        return _Mark(index, None, True)  # «منذ ست سنوات», «قبل 15 عاماً», «خلال ثلاثة أعوام»
    if word.bare() in _SINCE and _a_year_back(words, index + 1):
        return _Mark(index, None, True)  # «قبل عام», «منذ نحو سنة»: a year ago
    if word.bare() in _SINCE and _months_counted(words, index + 1):
        return _Mark(index, None, True)  # «قبل خمسة أشهر»: more than three months back
    if word.norm in _REPEATEDLY or (word.norm, following) in _TIMES_OVER:
        return _Mark(index, None, True)  # «شهدت كينيا عدة مرات هجمات», «قصفوها مراراً»:
        # deeds told as repeated, the background of the news, not one event of it
    if word.norm in _PLURAL_YEARS and following in _PAST_OR_LATEST:
        return _Mark(index, None, True)  # «خلال السنوات الماضية», «في الأعوام الأخيرة»
    if word.norm in _ANNIVERSARY or word.bare() in _ANNIVERSARY:
        return _Mark(index, None, True)
    return None


def _period_mark(anchor: date | None, words: list[Word], index: int) -> _Mark | None:
    """«العام الجاري», «هذا العام»: the article's year, the news period; «القرن التاسع عشر»,
    «في الثمانينات»: a past era, background (``timex_period``)."""
    if current_year_at(words, index):
        return _Mark(index, f"{anchor.year:04d}" if anchor is not None else None, False)
    if past_era_at(words, index) or that_era_at(words, index):
        return _Mark(index, None, True)
    return None


_REPEATEDLY = frozenset({"مرارا", "تكرارا"})
_TIMES_OVER = frozenset({("عده", "مرات"), ("مرات", "عده"), ("مرات", "عديده")})
_SPAN_LEADS = frozenset({"منذ", "قبل", "خلال"})
"""Words before a span that reaches back: «منذ ست سنوات», «خلال ثلاثة أعوام من التمرد»."""
_YEAR_UNITS = frozenset({"سنوات", "سنين", "اعوام", "عاما", "عام"})
_COUNT_WORDS = frozenset({
    "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني",
    "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عده", "بضع", "بضعه",
})
"""«ست سنوات», «عدة أعوام»: a count of years (digits count too)."""
_PLURAL_YEARS = frozenset({"السنوات", "الاعوام", "السنين"})
_LATEST = frozenset({"الاخيره", "المنصرمه", "السابقه"})
_PAST_OR_LATEST = _PAST | _LATEST


_MONTH_UNITS = frozenset({"اشهر", "شهور", "شهرا"})
_MONTH_COUNTS = {"اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7,
                 "سبع": 7, "ثمانيه": 8, "ثماني": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10}


def _months_counted(words: list[Word], index: int) -> bool:
    """Whether ``words[index:]`` begin with a count of four months or more: «خمسة أشهر»,
    «8 أشهر», «11 شهراً» (three months or less is the news period)."""
    if index + 1 >= len(words) or words[index + 1].norm not in _MONTH_UNITS:
        return False
    count = words[index].norm.translate(_ARABIC_INDIC)
    value = int(count) if count.isdigit() else _MONTH_COUNTS.get(count, 0)
    return value * 30 > _BACKGROUND_DAYS


_ABOUT = frozenset({"قرابه", "نحو", "حوالي", "زهاء", "قرابة"})
"""«قرابة عامين», «نحو ست سنوات»: an approximate count of years is a count all the same."""
_TWO_YEARS = frozenset({"عامين", "سنتين"})
"""«منذ عامين», «خلال قرابة عامين من المحادثات»: the dual is a count of two years."""


_ONE_YEAR = frozenset({"عام", "سنه"})


def _a_year_back(words: list[Word], index: int) -> bool:
    """Whether ``words[index:]`` begin with one year, after «قبل» or «منذ»: «قبل عام», «منذ نحو
    سنة». Not a year's number («قبل عام 2017»: a date) nor «قبل عام من الانتخابات» (a year
    before another time)."""
    if index < len(words) and words[index].norm in _ABOUT:
        index += 1
    if index >= len(words) or words[index].norm not in _ONE_YEAR:
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    return after is None or not (_marked_year(words, index + 1) is not None or
                                 after.norm.translate(_ARABIC_INDIC).isdigit() or
                                 after.norm in {"من", "علي"})


def _years_counted(words: list[Word], index: int) -> bool:
    """Whether ``words[index:]`` begin with a count of years: «ست سنوات», «15 عاماً», «عامين»,
    «قرابة عامين»."""
    if index < len(words) and words[index].norm in _ABOUT:
        index += 1
    if index < len(words) and words[index].norm in _TWO_YEARS:
        return True
    if index + 1 >= len(words):
        return False
    count = words[index].norm.translate(_ARABIC_INDIC)
    counted = count in _COUNT_WORDS or (count.isdigit() and 0 < int(count) < 100)
    return counted and words[index + 1].norm in _YEAR_UNITS


def event_time(anchor: date | None, words: list[Word], position: int,
               verb: bool = False) -> EventTime:
    """The time of the event whose trigger is ``words[position]``: the nearest date, relative
    day or background phrase of its sentence, and whether it lies well before the article.

    A named year before the article's, a date more than three months before it,
    «العام الماضي», «منذ سنوات» or an anniversary («ذكرى») make the event
    background. Without an article date only those phrases do. A verb told in the
    present is not dated by what follows it (``timex_present``). After a ``verb`` trigger, a
    time inside a relative clause («واستعادت القوات بعض الأراضي التي خسرتها العام الماضي»)
    tells of the noun that clause describes, not of the verb's event.
    """
    marks: list[_Mark] = []
    present = told_in_present(words, position)
    for index in _time_positions(words):
        if present and index > position:
            continue  # «ويعتصم الآلاف ... الذي أطاحه انقلاب عام 2006»: another clause's year
        if compared_after(words, position, index):
            continue  # «نفذت 12 امرأة عمليات ... مقابل 11 امرأة بين 2003 و2007»
        mark = _date_mark(anchor, words, index) or _background_mark(words, index) or \
            _year_start_mark(anchor, words, index) or _period_mark(anchor, words, index)
        if mark is not None and not _state_since(words, position, index) and \
                not (verb and _in_relative_clause(words, position, index)):
            marks.append(mark)
    relative = resolve(anchor, words, position)
    if not marks:
        return EventTime(relative, False)
    nearest = min(marks, key=lambda mark: abs(mark.index - position))
    if relative is not None and _relative_distance(words, position) < abs(nearest.index - position):
        return EventTime(relative, False)
    return EventTime(nearest.time, nearest.historical)


_CLAUSE_OPENERS = frozenset({"حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي",
                             "عندما", "بينما"})


def _state_since(words: list[Word], position: int, index: int) -> bool:
    """«هاجموا السكان ... حيث كانوا يعيشون حياة التشرد منذ يناير»: a «منذ» date after the
    trigger, in a clause of its own, starts a state told about someone, not the event."""
    since = next((at for at in (index - 1, index - 2)
                  if at > position and words[at].bare() == "منذ"), None)
    if since is None:
        return False  # «منذ عام 2014», «منذ يناير»: «منذ» right before, or one word before
    return any(word.norm in _CLAUSE_OPENERS or word.bare() in _CLAUSE_OPENERS
               for word in words[position + 1:since])


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})


def _in_relative_clause(words: list[Word], position: int, index: int) -> bool:
    """Whether the time at ``words[index]`` follows a relative pronoun that itself follows the
    trigger at ``words[position]`` («استعادت ... الأراضي التي خسرتها العام الماضي»).

    Not when that clause describes the event the trigger's deed took place in («قتلوا في
    مذبحة المدينة التي ارتكبت في 11 يوليو 1995», ``happened_in``): its time is the deed's."""
    relatives = [at for at in range(position + 1, index) if words[at].norm in _RELATIVES]
    return bool(relatives) and not (len(relatives) == 1 and
                                    happened_in(words, position, relatives[0]))


_IN_EVENT = frozenset({"في", "خلال", "اثناء", "ابان"})
"""«قتلوا في المذبحة التي», «خلال الهجوم الذي»: the event a deed took place in."""
_PREPOSITIONS = frozenset({"علي", "على", "في", "من", "الي", "إلى", "عن", "ضد", "مع", "قرب"})
_HEAD_REACH = 3
"""How far before the relative pronoun its event noun may stand (a name between: «مذبحة
سربرنيتشا التي»)."""


def happened_in(words: list[Word], position: int, relative: int) -> bool:
    """Whether the relative pronoun at ``words[relative]`` describes an event noun that the
    deed at ``words[position]`` took place in: the noun a few words before the pronoun, after
    the trigger, led by «في/خلال/أثناء» or «ب» («بالهجوم الذي»), with no preposition between
    it and the pronoun (a name or an adjective may stand there)."""
    for head in range(relative - 1, max(position, relative - 1 - _HEAD_REACH), -1):
        if words[head].norm in _PREPOSITIONS:
            return False  # «في هجوم على الموقع الذي أقيم عام 2003»: the clause is the place's
        hit = find_event(words[head].norm)
        if hit is None:
            continue
        return "ب" in hit.prefix or (head - 1 > position and words[head - 1].norm in _IN_EVENT)
    return False


def _relative_distance(words: list[Word], position: int) -> int:
    distances = [abs(index - position) for index in _time_positions(words)
                 if ((_weekday(word := words[index]) is not None
                      and not dated_weekday(words, index))
                     or word.norm in RELATIVE_DAYS or word.bare() in RELATIVE_DAYS)
                 and not named_day(words, index)]
    return min(distances, default=len(words))


def _may_tell_time(norm: str) -> bool:
    """Whether the word ``norm`` may begin a time expression that :func:`resolve` or
    :func:`event_time` reads: a weekday, a relative day, a month, a year, a year word,
    «منذ»/«قبل» or an anniversary. Each reader still checks its own pattern; this only
    spares them the other words of the sentence."""
    readings = readings_of(norm)
    bare = readings[-1][1]
    if norm in RELATIVE_DAYS or bare in RELATIVE_DAYS or norm in _YEAR_WORDS:
        return True
    if norm in _ANNIVERSARY or bare in _ANNIVERSARY or bare in _SINCE or bare in _MONTH_FIRSTS \
            or bare in _SPAN_LEADS or norm in _PLURAL_YEARS or norm in _REPEATEDLY or \
            norm in {"عده", "مرات"} or names_era(norm, bare):
        return True
    if any(rest in _MONTHS or rest in WEEKDAYS or "ال" + rest in WEEKDAYS
           for _, rest in readings):
        return True
    digits = bare.translate(_ARABIC_INDIC).rstrip(_HIJRI + _GREGORIAN)
    return len(digits) == 4 and digits.isdigit()


_TIME_WORDS = WordMemo(_may_tell_time)
_SINCE = frozenset({"منذ", "قبل"})
_MONTH_FIRSTS = frozenset(first for first, _ in _TWO_WORD_MONTHS)


def _time_positions(words: list[Word]) -> list[int]:
    """The positions in ``words`` where a time expression may begin."""
    flags = _TIME_WORDS.of([word.norm for word in words])
    return [index for index, flag in enumerate(flags) if flag]


_DATE_LEADS = frozenset({"شهر", "مطلع", "منتصف", "اواخر", "اوائل", "نهايه", "بدايه"})


def month_in_date(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is a month's name used as a date: after a day («12 نيسان»)
    or a word of the month's part («مطلع تموز», «شهر آب»), after the other name of the month
    it glosses («أواخر أبريل (نيسان)»), or before a year or «الماضي» («نيسان 2015», «نيسان
    الماضي»). The NER may tag such a month as a name («نيسان», the car maker), and it is then
    no actor of the clause."""
    word = words[index]
    if word.bare() not in _MONTHS and word.norm not in _MONTHS:
        return False
    before = words[index - 1] if index > 0 else None
    after = words[index + 1] if index + 1 < len(words) else None
    if before is not None and (before.norm.isdigit() or before.bare() in _DATE_LEADS or
                               before.bare() in _MONTHS or before.norm in _MONTHS):
        return True
    return after is not None and (after.norm.isdigit() or after.norm in _PAST)


_THEN = frozenset({"انذاك", "حينذاك", "حينئذ", "وقتذاك", "وقتها", "حينها", "يومها", "يومذاك"})
"""«آنذاك», «حينها»: the time told before, in the sentence before."""
_THAT_TIME = frozenset({"الوقت", "الفتره", "العام", "السنه", "الحين", "الحقبه"})
_DEMONSTRATIVE = frozenset({"ذلك", "تلك"})


_TIME_HEADS = frozenset({"وقت", "الوقت", "حين", "يوم", "اليوم", "ساعه", "لحظه", "فتره"})
"""Nouns of time that a clause with «فيه» describes («في وقت يزور فيه»): «فيه» is that time."""


def recalls_time(words: list[Word], position: int) -> bool:
    """Whether the sentence of ``words[position]`` points back to a time told before it:
    «آنذاك», «في ذلك الوقت», «في تلك الفترة», or «فيه»/«خلاله» right after the trigger
    («وقتل فيه أربعون شخصاً»: in the event or year of the sentence before)."""
    if position + 1 < len(words) and words[position + 1].norm in RESUMING_IN:
        return not (position > 0 and words[position - 1].norm in _TIME_HEADS)  # «في وقت
        # يزور فيه كارتر إسرائيل»: «فيه» is the time of the clause, now
    for index, word in enumerate(words):
        if word.bare() in _THEN or word.norm in _THEN:
            return True
        if word.norm in _THAT_TIME and index > 0 and words[index - 1].bare() in _DEMONSTRATIVE:
            return True
    return False


def scene_background(anchor: date | None, words: list[Word],
                     dates_only: bool = False) -> bool | None:
    """Whether the last time the sentence ``words`` tells (a date or a background phrase) is
    well before the article; None when it tells none. With ``dates_only`` a background
    phrase («قبل خمسة أشهر», «منذ سنوات») counts as no time: only a written date does."""
    last: _Mark | None = None
    for index in _time_positions(words):
        mark = _date_mark(anchor, words, index) or (
            None if dates_only else _background_mark(words, index))
        word = words[index]
        if mark is None and not named_day(words, index) and (
                _weekday(word) is not None or word.norm in RELATIVE_DAYS or
                word.bare() in RELATIVE_DAYS):
            mark = _Mark(index, None, False)  # «أمس», «الخميس»: the news
        if mark is not None:
            last = mark
    if last is None:
        return None
    return last.historical


def past_mark_after(anchor: date | None, words: list[Word], position: int, reach: int) -> bool:
    """Whether the ``reach`` words after ``words[position]`` (up to ``words``' end) name a
    time well before the article: a date more than three months before it («في مارس
    الماضي» in July), a background phrase («العام الماضي», «منذ سنوات») or a year before
    the article's («عام 2014»; any year before 2000 without an article date)."""
    for index in range(position + 1, min(len(words), position + 1 + reach)):
        mark = _date_mark(anchor, words, index) or _background_mark(words, index)
        if mark is not None and mark.historical:
            return True
        year = _marked_year(words, index)
        if year is not None and not year[1] and \
                year[0] < (anchor.year if anchor is not None else 2000):
            return True
    return False


def is_month_name(word: Word) -> bool:
    """Whether ``word`` is a month's name («مارس», «آذار»), whatever stands around it."""
    return word.bare() in _MONTHS or word.norm in _MONTHS
