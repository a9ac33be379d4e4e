"""A ministry named in construct with its country's name: «وزارة خارجية مملكة البحرين».

Beside «وزارة الخارجية البحرينية» (a field and a nationality adjective, read by
:func:`kg.gazetteer.bodies.read_body`), news names a sovereign ministry by its field in
the construct state and the country's name after it, with or without the word of the
state: «وزارة خارجية مملكة البحرين», «ووزارة داخلية قطر», «وزارة دفاع جمهورية مصر
العربية». It is the same body: the gazetteer's generic ministry of that country.
"""

from __future__ import annotations

from kg.gazetteer.index import AliasKind, GazetteerIndex

MINISTRY = "وزاره"
FIELDS = {"خارجيه": "generic:mfa", "داخليه": "generic:moi", "دفاع": "generic:mod"}
"""The field in the construct state → the gazetteer's generic ministry."""
STATE_WORDS = frozenset({"مملكه", "دوله", "جمهوريه", "سلطنه"})
"""The word of the state before a country's name («مملكة البحرين»), when the gazetteer has
the name without it."""


def ministry_of(words: tuple[str, ...] | list[str],
                gazetteer: GazetteerIndex) -> tuple[str, str] | None:
    """``(generic ministry key, country key)`` for the normalised ``words`` of «وزاره
    خارجيه [مملكه] البحرين» (the whole of them), else None."""
    if len(words) < 3 or words[0] != MINISTRY or words[1] not in FIELDS:
        return None
    country = _country(tuple(words[2:]), gazetteer)
    if country is None and words[2] in STATE_WORDS:
        country = _country(tuple(words[3:]), gazetteer)
    return (FIELDS[words[1]], country) if country is not None else None


def _country(words: tuple[str, ...], gazetteer: GazetteerIndex) -> str | None:
    """The one country whose gazetteer name is ``words``."""
    refs = gazetteer.index.get(words, ()) if words else ()
    keys = {ref.key for ref in refs}
    if len(keys) != 1 or not any(ref.kind is AliasKind.NAME for ref in refs):
        return None
    key = next(iter(keys))
    entry = gazetteer.entries.get(key)
    return key if entry is not None and entry.label == "Country" else None
