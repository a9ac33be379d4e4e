"""Write ``kg/resources/ner/names.tsv``: Arabic names of cities, regions, people and
sports clubs, the external name lists the bundled NER model reads as hints.

    pip install -e '.[train]'
    python scripts/build_name_lists.py

Sources (nothing is downloaded at run time; this script only reads installed
packages):

- CLDR's Arabic names of the cities of its time zones, from ``babel``;
- ArWikiCats (Ibrahim Qasim, MIT, https://github.com/MrIbrahem/ArWikiCats), the
  English-to-Arabic label tables of its Arabic Wikipedia category translator:
  cities, regions and historical states, people, sports clubs;
- the name index of arabic-name-romanizer 0.2.0 (MIT): the Arabic names of people
  of Wikidata (CC0), mostly of the Arab world, Iran and Pakistan, normalised
  («مصطفي», «مغنيه»); only its Wikidata rows of two words or more are read.

Names are cleaned (a parenthesised qualifier is dropped; names with Latin letters
or digits are skipped), clubs are also listed without «نادي» and without a sport
(«لكرة القدم»), and a name that two lists give keeps the first category in
``CATEGORIES`` order. The model card names the sources.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

from babel.core import get_global
from babel.dates import get_timezone_location

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "resources" / "ner" / "names.tsv"

CATEGORIES = ("city", "region", "club", "person")
"""Category order: the first list that names a string gives its category."""

ARWIKICATS = {
    "city": ("cities/cities_full.json", "geography/P17_PP.json", "geography/India_dd.json"),
    "region": ("geography/popopo.json", "geography/us_counties.json"),
    "club": ("sports/Clubs_key.json",),
    "person": ("people/peoples.json",),
}

_QUALIFIER = re.compile(r"\s*\([^)]*\)")
_ARABIC_NAME = re.compile(r"[\u0621-\u064a]+( [\u0621-\u064a]+)*")


def clean(name: str) -> str | None:
    """The name without a parenthesised qualifier, or None if it is not Arabic letters
    and spaces."""
    name = " ".join(_QUALIFIER.sub("", name).split())
    return name if _ARABIC_NAME.fullmatch(name) else None


CLUB_HEADS = ("نادي", "النادي")
CLUB_TAILS = ("لكرة القدم", "لكرة السلة", "لكرة اليد", "الرياضي")


def club_variants(name: str) -> Iterator[str]:
    """A club's name, and the shorter forms news uses: «نادي الوداد الرياضي» is also
    «الوداد الرياضي», «نادي الوداد» and «الوداد»."""
    words = name.split()
    heads = [words, words[1:]] if words[0] in CLUB_HEADS else [words]
    for head in heads:
        yield " ".join(head)
        joined = " ".join(head)
        for tail in CLUB_TAILS:
            if joined.endswith(" " + tail):
                yield joined[: -len(tail) - 1]


def cldr_cities() -> Iterator[str]:
    for zone in get_global("zone_territories"):
        try:
            yield get_timezone_location(zone, locale="ar", return_city=True)
        except LookupError:  # a zone the installed time zone database lacks
            continue


def arwikicats_names(path: str) -> Iterator[str]:
    # The package's tables are read without importing it (its import sets up logging
    # and loads every table).
    spec = importlib.util.find_spec("ArWikiCats")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("ArWikiCats is not installed: pip install -e '.[train]'")
    folder = Path(spec.submodule_search_locations[0]) / "jsons"
    table = json.loads((folder / path).read_text("utf-8"))
    for value in table.values():
        if isinstance(value, str):
            yield value


def wikidata_people() -> Iterator[str]:
    """The Wikidata people of arabic-name-romanizer's index, read from its file (the
    package itself is not imported)."""
    spec = importlib.util.find_spec("arabic_name_romanizer")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("arabic-name-romanizer is not installed: pip install -e '.[train]'")
    index = Path(spec.submodule_search_locations[0]) / "resources" / "names.sqlite3"
    with closing(sqlite3.connect(f"file:{index}?mode=ro", uri=True)) as connection:
        rows = connection.execute(
            "SELECT DISTINCT arabic_key FROM full_names WHERE source = 'wikidata'"
        ).fetchall()
    for (name,) in rows:
        if " " in name.strip():
            yield name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    sources = {
        category: [name for path in paths for name in arwikicats_names(path)]
        for category, paths in ARWIKICATS.items()
    }
    sources["city"] = [*cldr_cities(), *sources["city"]]
    sources["person"] += sorted(wikidata_people())
    categories: dict[str, str] = {}
    for category in CATEGORIES:
        for raw in sources[category]:
            name = clean(raw)
            if not name:
                continue
            for form in club_variants(name) if category == "club" else (name,):
                if len(form.replace(" ", "")) >= 3:
                    categories.setdefault(form, category)
    lines = [
        "# Arabic names by category, written by scripts/build_name_lists.py.",
        "# Sources: CLDR (via babel; Unicode licence), ArWikiCats (Ibrahim Qasim, MIT) and",
        "# the Wikidata people (CC0) of arabic-name-romanizer 0.2.0 (MIT).",
        *(f"{name}\t{category}" for name, category in sorted(categories.items())),
    ]
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    counts = {c: sum(1 for v in categories.values() if v == c) for c in CATEGORIES}
    print(f"wrote {args.out}: {len(categories)} names {counts}")


if __name__ == "__main__":
    main()
