"""Turn raw metadata (header lines, JSON fields, HTML meta tags) into ``DocumentMeta``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime

from kg.io.dateline import find_dateline, is_dateline
from kg.io.validate import check_storable
from kg.model import DocumentMeta

_DATE_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d-%m-%Y")


def normalise_date(value: str) -> str | None:
    """ISO 8601 when the value can be parsed, otherwise ``None`` (the raw value is kept apart)."""
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    for date_format in _DATE_FORMATS:
        try:
            return datetime.strptime(value, date_format).isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def build_meta(
    origin: str,
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    date: str | None = None,
    source: str | None = None,
    author: str | None = None,
    extra: Mapping[str, str] | None = None,
    headline_first: bool = False,
) -> DocumentMeta:
    """Metadata with the date normalised and the dateline found in the text or byline.

    An unparseable date is kept in ``extra`` as ``date_raw``, never lost.
    Raises ``Rejected`` when a field holds text that cannot be stored.
    """
    fields = {"origin": origin, "title": title, "url": url, "date": date}
    fields |= {"source": source, "author": author, **(extra or {})}
    for field, value in fields.items():
        if value:
            check_storable(value, field)
    extras = dict(extra or {})
    iso_date = normalise_date(date) if date else None
    if date and iso_date is None:
        extras["date_raw"] = date
    dateline = find_dateline(text, skip_first_line=headline_first)
    if dateline is None and author and is_dateline(author):
        dateline = author.strip()
    return DocumentMeta(
        title=_clean(title),
        url=_clean(url),
        date=iso_date,
        source=_clean(source),
        author=_clean(author),
        dateline=dateline,
        origin=origin,
        extra=tuple(sorted(extras.items())),
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None
