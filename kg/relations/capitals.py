"""A capital in a speaker's place speaks for its country: «أعلنت واشنطن» → the United States.

The gazetteer knows which city is the seat of which country's government
(``seat_of`` in ``curated.tsv``). The linker already reads a capital as its
country when a stance verb stands next to it; the relation stage asks here for
the other speaker positions («وأضافت موسكو»). Any other city is never a speaker.
"""

from __future__ import annotations

from functools import lru_cache

from kg.gazetteer.index import GazetteerEntry, default_gazetteer
from kg.relations.context import Extraction
from kg.text.normalize import normalize_key


@lru_cache(maxsize=1)
def _seats() -> tuple[dict[str, GazetteerEntry], dict[str, GazetteerEntry]]:
    """The country of every capital, by the capital's QID and by its normalised Arabic name."""
    gazetteer = default_gazetteer()
    by_qid: dict[str, GazetteerEntry] = {}
    by_name: dict[str, GazetteerEntry] = {}
    for entry in gazetteer.entries.values():
        if entry.label == "City" and entry.seat_of:
            country = gazetteer.entry(entry.seat_of)
            if entry.qid:
                by_qid[entry.qid] = country
            by_name[normalize_key(entry.name_ar)] = country
    return by_qid, by_name


def government_of(context: Extraction, city_id: str) -> str | None:
    """The country whose government the capital ``city_id`` stands for, or None for
    a city that is no capital (the document's own country entity when it has one)."""
    city = context.entity(city_id)
    if city is None or city.label != "City":
        return None
    by_qid, by_name = _seats()
    country = (by_qid.get(city.qid) if city.qid else None) or by_name.get(normalize_key(city.name))
    if country is None:
        return None
    for entity in context.entities.values():
        if entity.label == "Country" and (
            (country.qid and entity.qid == country.qid)
            or normalize_key(entity.name) == normalize_key(country.name_ar)
        ):
            return entity.id
    return context.add_entity("Country", country.name_ar, normalize_key(country.name_ar),
                              country.qid)
