"""The gazetteer: entries with Wikidata ids and an index of their normalised names.

Sources, in order of precedence when two give the same name to different
entries: the curated table, Natural Earth country names, CLDR (babel)
country names, and nationality adjectives made by rule (nisba). A name that
two entries of the same source share is ambiguous and dropped, unless it is
conditional (then the document decides, see :mod:`kg.ner.gazetteer`).

Names are stored as tuples of normalised words (:func:`kg.text.normalize.normalize_key`,
Latin letters lower-cased) so the matcher can look up word sequences.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from kg.errors import ConfigError
from kg.gazetteer.resources import (
    BLOCK_CLASS,
    COUNTRY_TYPES,
    ENTITY_CLASSES,
    QID_PATTERN,
    CountryRow,
    CuratedRow,
    cldr_country_names,
    read_countries,
    read_curated,
)
from kg.text.normalize import normalize_key
from kg.text.words import WORD

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class AliasKind(Enum):
    NAME = "name"
    ADJECTIVE = "adjective"
    """A nationality adjective: «الأمريكية» for the United States."""
    CONDITIONAL = "conditional"
    """Only a mention with support from the document (see ``SOURCE.md``)."""
    BLOCK = "block"
    """A phrase that is matched so that no shorter name inside it is."""


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    key: str
    label: str
    name_ar: str
    name_en: str | None = None
    qid: str | None = None
    part_of: str | None = None
    seat_of: str | None = None
    """The country whose government this city stands for by metonymy."""
    instance_of: str | None = None
    """The ``generic:*`` body this is one country's instance of."""

    @property
    def generic(self) -> bool:
        return self.key.startswith("generic:")


@dataclass(frozen=True, slots=True)
class AliasRef:
    key: str
    kind: AliasKind


_TIER_CURATED, _TIER_NATURAL_EARTH, _TIER_CLDR, _TIER_RULE = range(4)


def name_key(text: str) -> tuple[str, ...]:
    """The normalised word sequence of a name, as the matcher sees it."""
    return tuple(WORD.findall(normalize_key(text).translate(_ASCII_LOWER)))


def nisba(name_ar: str) -> str | None:
    """The masculine nationality adjective of a one-word country name, by rule.

    «سوريا» → «سوري», «فرنسا» → «فرنسي», «السعودية» → «سعودي», «العراق» →
    «عراقي», «ألمانيا» → «ألماني»; None for names the rule does not cover (several words, or a
    final ي/و as in «مالي», «موناكو»).
    """
    words = name_key(name_ar)
    if len(words) != 1:
        return None
    stem = words[0]
    if stem.startswith("ال") and len(stem) > 4 and not stem.endswith("يا"):
        # The article of «العراق», «السعودية»; a transliterated name in -يا keeps its
        # first letters: «ألمانيا» → «ألماني», «ألبانيا» → «ألباني».
        stem = stem[2:]
    if stem.endswith("يا") and len(stem) > 4:
        return stem[:-2] + "ي"
    if stem.endswith("ا"):
        return stem[:-1] + "ي" if len(stem) > 3 else None
    if stem.endswith("يه"):  # normalised taa marbuta: السعودية
        return stem[:-1]
    if stem.endswith(("ي", "و", "ه")):
        return None
    return stem + "ي"


def adjective_forms(masculine: str) -> list[str]:
    """Feminine, plural and definite forms of a nationality adjective."""
    base = name_key(masculine)
    if len(base) != 1:
        return [masculine]
    stem = base[0]
    forms = [stem, stem + "ه", stem + "ون", stem + "ين", stem + "ات"]
    return forms + ["ال" + form for form in forms]


def spelling_variants(name: str) -> set[str]:
    """Common spelling variants of a foreign name: «أمريكا»/«أميركا», «غ»/«ج»."""
    variants = {name}
    for variant in list(variants):
        if "مريك" in variant:
            variants.add(variant.replace("مريك", "ميرك"))
        if "ميرك" in variant:
            variants.add(variant.replace("ميرك", "مريك"))
    for variant in list(variants):
        if "غ" in variant:
            variants.add(variant.replace("غ", "ج"))
    return variants


class GazetteerIndex:
    """Entries by key and an index from normalised names to :class:`AliasRef`."""

    def __init__(self) -> None:
        self.entries: dict[str, GazetteerEntry] = {}
        self.index: dict[tuple[str, ...], tuple[AliasRef, ...]] = {}
        self.max_words: dict[str, int] = {}
        """For each first word of a name, the most words any name starting with it has."""
        self._tiers: dict[tuple[str, ...], int] = {}

    # -- building -----------------------------------------------------------------

    def add_entry(self, entry: GazetteerEntry) -> None:
        self.entries[entry.key] = entry

    def add_name(self, name: str, key: str, kind: AliasKind, tier: int) -> None:
        words = name_key(name)
        if not words:
            return
        ref = AliasRef(key, kind)
        current_tier = self._tiers.get(words)
        current = self.index.get(words, ())
        if current_tier is None or tier < current_tier:
            self.index[words] = (ref,)
            self._tiers[words] = tier
        elif tier == current_tier and all(r.key != key for r in current):
            self.index[words] = (*current, ref)
        else:
            return
        first = words[0]
        self.max_words[first] = max(self.max_words.get(first, 0), len(words))

    def _drop_ambiguous(self) -> None:
        """Names that several entries share are dropped unless conditional."""
        for words, refs in list(self.index.items()):
            if len({r.key for r in refs}) > 1 and any(
                r.kind is not AliasKind.CONDITIONAL for r in refs
            ):
                refs = tuple(r for r in refs if r.kind is AliasKind.CONDITIONAL)
                if refs:
                    self.index[words] = refs
                else:
                    del self.index[words]

    # -- lookup -------------------------------------------------------------------

    def lookup(self, name: str) -> tuple[AliasRef, ...]:
        return self.index.get(name_key(name), ())

    def entry(self, key: str) -> GazetteerEntry:
        return self.entries[key]

    def __len__(self) -> int:
        return len(self.entries)


def build_gazetteer(
    countries: list[CountryRow] | None = None, curated: list[CuratedRow] | None = None
) -> GazetteerIndex:
    """Build the gazetteer from the shipped files (or the rows given)."""
    countries = read_countries() if countries is None else countries
    curated = read_curated() if curated is None else curated
    validate_curated(curated, {row.key for row in countries})
    gazetteer = GazetteerIndex()
    curated_by_key = {row.key: row for row in curated}
    adjective_tier = _add_countries(gazetteer, countries, curated_by_key)
    blocked: list[str] = []
    for row in curated:
        if row.label == BLOCK_CLASS:
            blocked.extend(row.aliases_ar)
        else:
            adjective_tier += _add_curated(gazetteer, row)
    for masculine, key in adjective_tier:
        for form in adjective_forms(masculine):
            gazetteer.add_name(form, key, AliasKind.ADJECTIVE, _TIER_RULE)
    for phrase in blocked:
        words = name_key(phrase)
        if gazetteer._tiers.get(words, _TIER_RULE + 1) > _TIER_CURATED:
            gazetteer._tiers.pop(words, None)
            gazetteer.index.pop(words, None)
        gazetteer.add_name(phrase, "-", AliasKind.BLOCK, _TIER_CURATED)
    gazetteer._drop_ambiguous()
    return gazetteer


def _add_countries(gazetteer: GazetteerIndex, countries: list[CountryRow],
                   curated_by_key: dict[str, CuratedRow]) -> list[tuple[str, str]]:
    """Each country's entry (the curated row's fields first) and names (Natural Earth, CLDR);
    returns the masculine nisbas to add as adjectives, unless the curated row lists its own."""
    cldr = cldr_country_names()
    adjective_tier: list[tuple[str, str]] = []
    for country in countries:
        label = "Country" if country.type in COUNTRY_TYPES else "Region"
        row = curated_by_key.get(country.key)
        gazetteer.add_entry(
            GazetteerEntry(
                key=country.key,
                label=row.label if row else label,
                name_ar=row.name_ar if row and row.name_ar else country.name_ar,
                name_en=row.name_en if row and row.name_en else country.name_en,
                qid=row.qid if row and row.qid else country.qid,
            )
        )
        names = [country.name_ar]
        gazetteer.add_name(country.name_ar, country.key, AliasKind.NAME, _TIER_NATURAL_EARTH)
        cldr_name = cldr.get(country.iso_a2 or "")
        if cldr_name:
            names.append(cldr_name)
            gazetteer.add_name(cldr_name, country.key, AliasKind.NAME, _TIER_CLDR)
        if label == "Country" and not (row and row.adjectives):
            for name in names:
                masculine = nisba(name)
                if masculine:
                    adjective_tier.append((masculine, country.key))
    return adjective_tier


def _add_curated(gazetteer: GazetteerIndex, row: CuratedRow) -> list[tuple[str, str]]:
    """A curated row's entry (unless a country row made it) and names, with the spelling
    variants of foreign names; returns its adjectives' masculine forms."""
    if row.key not in gazetteer.entries:
        gazetteer.add_entry(
            GazetteerEntry(
                key=row.key,
                label=row.label,
                name_ar=row.name_ar.lstrip("~"),
                name_en=row.name_en,
                qid=row.qid,
                part_of=row.part_of,
                seat_of=row.seat_of,
                instance_of=row.instance_of,
            )
        )
    foreign = row.label in {"Person", "City", "Region", "Country"}
    for alias in (row.name_ar, *row.aliases_ar):
        kind = AliasKind.CONDITIONAL if alias.startswith("~") else AliasKind.NAME
        for variant in spelling_variants(alias.lstrip("~")) if foreign else {alias.lstrip("~")}:
            gazetteer.add_name(variant, row.key, kind, _TIER_CURATED)
    for alias in row.aliases_en:
        gazetteer.add_name(alias, row.key, AliasKind.NAME, _TIER_CURATED)
    return [(masculine, row.key) for adjective in row.adjectives
            for masculine in spelling_variants(adjective)]


def validate_curated(rows: list[CuratedRow], country_keys: set[str]) -> None:
    """Unique keys, known classes, well-formed QIDs, references that resolve."""
    seen: dict[str, int] = {}
    keys = {row.key for row in rows} | country_keys
    for row in rows:
        where = f"curated.tsv:{row.line} ({row.key})"
        if row.key in seen:
            raise ConfigError(f"{where}: key repeats line {seen[row.key]}; keys must be unique")
        seen[row.key] = row.line
        if row.label != BLOCK_CLASS and row.label not in ENTITY_CLASSES:
            raise ConfigError(
                f"{where}: class {row.label!r} is not an entity class; "
                f"use one of {sorted(ENTITY_CLASSES)}"
            )
        if row.qid and not QID_PATTERN.fullmatch(row.qid):
            raise ConfigError(f"{where}: QID {row.qid!r} does not match Q<digits>")
        if row.label != BLOCK_CLASS and not row.name_ar:
            raise ConfigError(f"{where}: name_ar is empty")
        for field in ("part_of", "seat_of", "instance_of"):
            target = getattr(row, field)
            if target and target not in keys:
                raise ConfigError(f"{where}: {field} {target!r} is not a key of the gazetteer")


@lru_cache(maxsize=1)
def default_gazetteer() -> GazetteerIndex:
    """The gazetteer built from the shipped resources, once per process."""
    return build_gazetteer()
