"""Forms of one local body that each name its place join, even beside another body
of another place (kg.link.body_joins)."""

from __future__ import annotations

from kg.link.body_joins import join_body_variants
from kg.text.normalize import normalize_key


def _key(text: str, label: str = "GovernmentBody") -> tuple[str, ...]:
    return ("name", label, " ".join(normalize_key(w) for w in text.split()))


def test_division_noun_dropped_joins_beside_another_place() -> None:
    full, short, other = (_key("شرطة محافظة الطائف"), _key("شرطة الطائف"),
                          _key("شرطة منطقة مكة المكرمة"))
    clusters = {full: [0], short: [1], other: [2]}
    join_body_variants(clusters)
    assert clusters == {full: [0, 1], other: [2]}


def test_place_prefix_joins_beside_another_place() -> None:
    full, short, other = (_key("أمانة منطقة المدينة المنورة"), _key("أمانة المدينة"),
                          _key("أمانة محافظة جدة"))
    clusters = {full: [0], short: [1], other: [2]}
    join_body_variants(clusters)
    assert clusters == {full: [0, 1], other: [2]}


def test_prefix_of_two_places_joins_neither() -> None:
    one, two, short = (_key("بلدية مكة المكرمة"), _key("بلدية مكة الجديدة"), _key("بلدية مكة"))
    clusters = {one: [0], two: [1], short: [2]}
    join_body_variants(clusters)
    assert len(clusters) == 3


def test_different_places_and_bodies_stay_apart() -> None:
    clusters = {_key("شرطة محافظة الخرج"): [0], _key("شرطة الرياض"): [1],
                _key("مرور محافظة الخرج"): [2]}
    join_body_variants(clusters)
    assert len(clusters) == 3


def test_lam_noun_is_no_elided_article() -> None:
    from kg.link.lam_nouns import article_key, opens_with_lam_noun
    from kg.link.linker import _elided_text

    assert opens_with_lam_noun("لجنة الإصلاح والمصالحة")
    assert not _elided_text("لجنة الإصلاح والمصالحة")
    assert not _elided_text("لواء العمالقة")
    assert _elided_text("لحكومة المعترف بها")  # «للحكومة»: the article is put back
    assert article_key(normalize_key("للجنة الإغاثة")) == normalize_key("اللجنة الإغاثة")
    assert article_key(normalize_key("للحكومة الشرعية")) is None
    assert not opens_with_lam_noun("لبنان")
