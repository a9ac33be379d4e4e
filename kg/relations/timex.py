"""Relative dates: «الخميس», «أمس», «اليوم» resolved against the article date when it is known."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from kg.relations.context import Word
from kg.relations.lexicon import RELATIVE_DAYS, WEEKDAYS


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
    for _, rest in word.readings():
        for key in (rest, "ال" + rest):
            if key in WEEKDAYS:
                return WEEKDAYS[key]
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
    for index, word in enumerate(words):
        resolved: date | None = None
        weekday = _weekday(word)
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
                resolved = anchor + timedelta(days=offset)
        if resolved is not None:
            distance = abs(index - position)
            if best is None or distance < best[0]:
                best = (distance, resolved)
    return best[1].isoformat() if best else None
