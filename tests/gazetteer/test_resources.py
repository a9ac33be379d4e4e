from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.gazetteer.index import (
    AliasKind,
    GazetteerIndex,
    adjective_forms,
    build_gazetteer,
    nisba,
    validate_curated,
)
from kg.gazetteer.resources import (
    ENTITY_CLASSES,
    QID_PATTERN,
    read_countries,
    read_curated,
    resource_dir,
)


def test_countries_table_is_the_natural_earth_copy() -> None:
    rows = read_countries()
    assert len(rows) == 250
    assert len({row.key for row in rows}) == 250
    assert all(row.qid is None or QID_PATTERN.fullmatch(row.qid) for row in rows)
    assert "Natural Earth" in (resource_dir() / "SOURCE.md").read_text(encoding="utf-8")


def test_curated_table_is_valid() -> None:
    rows = read_curated()
    keys = [row.key for row in rows]
    assert len(keys) == len(set(keys))
    for row in rows:
        assert row.label == "-" or row.label in ENTITY_CLASSES, row
        assert row.qid is None or QID_PATTERN.fullmatch(row.qid), row
    validate_curated(rows, {row.key for row in read_countries()})
    people = [row for row in rows if row.label == "Person"]
    cities = [row for row in rows if row.label == "City"]
    assert len(people) >= 60
    assert len(cities) >= 90


def test_validation_names_the_bad_row() -> None:
    rows = read_curated()
    bad = [*rows, rows[-1]]
    with pytest.raises(ConfigError, match="repeats"):
        validate_curated(bad, {row.key for row in read_countries()})


def test_well_known_qids(gazetteer: GazetteerIndex) -> None:
    assert gazetteer.entry("USA").qid == "Q30"
    assert gazetteer.entry("city:washington").qid == "Q61"
    assert gazetteer.entry("ag:isis").qid == "Q2429253"
    assert gazetteer.entry("org:nato").qid == "Q7184"
    assert gazetteer.entry("person:trump").qid == "Q22686"


@pytest.mark.parametrize(
    ("country", "adjective"),
    [
        ("سوريا", "سوري"),
        ("فرنسا", "فرنسي"),
        ("السعودية", "سعودي"),
        ("العراق", "عراقي"),
        ("إيران", "ايراني"),
        ("اليمن", "يمني"),
        ("مصر", "مصري"),
        ("مالي", None),
    ],
)
def test_nisba_rule(country: str, adjective: str | None) -> None:
    assert nisba(country) == adjective


def test_adjective_forms_cover_gender_number_and_article() -> None:
    forms = adjective_forms("تركي")
    assert {"تركي", "تركيه", "التركيه", "التركيين", "الاتراك"} - set(forms) == {"الاتراك"}


@pytest.mark.parametrize(
    ("name", "key", "kind"),
    [
        ("الأمريكية", "USA", AliasKind.ADJECTIVE),
        ("الأميركيون", "USA", AliasKind.ADJECTIVE),
        ("التركي", "TUR", AliasKind.ADJECTIVE),
        ("الروسية", "RUS", AliasKind.ADJECTIVE),
        ("العراقي", "IRQ", AliasKind.ADJECTIVE),
        ("الإيراني", "IRN", AliasKind.ADJECTIVE),
        ("اليمني", "YEM", AliasKind.ADJECTIVE),
        ("روسيا الاتحادية", "RUS", AliasKind.NAME),
        ("الولايات المتحدة الأمريكية", "USA", AliasKind.NAME),
        ("أميركا", "USA", AliasKind.NAME),
        ("ستولتنبرج", "person:stoltenberg", AliasKind.NAME),
        ("المحيط الهندي", "-", AliasKind.BLOCK),
    ],
)
def test_index_names(gazetteer: GazetteerIndex, name: str, key: str, kind: AliasKind) -> None:
    refs = gazetteer.lookup(name)
    assert [(ref.key, ref.kind) for ref in refs] == [(key, kind)]


def test_cldr_names_are_added() -> None:
    built = build_gazetteer()
    # «الأراضي الفلسطينية» and «عُمان» come from CLDR, not Natural Earth.
    assert built.lookup("الأراضي الفلسطينية")
    assert len(built) > 450
