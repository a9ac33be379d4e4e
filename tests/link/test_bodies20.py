"""One local body named with and without its place (kg.link.body_joins)."""

from __future__ import annotations

from kg.link.body_joins import body_parts, join_body_variants
from kg.text.normalize import normalize_key


def _key(text: str, label: str = "GovernmentBody") -> tuple[str, ...]:
    return ("name", label, " ".join(normalize_key(w) for w in text.split()))


def test_parts() -> None:
    assert body_parts(_key("إدارة الدفاع المدني بمحافظة الخرج")[2]) == (
        tuple(normalize_key(w) for w in ("الدفاع", "المدني")), (normalize_key("الخرج"),))
    assert body_parts(_key("شرطة منطقة تبوك")[2])[1] == (normalize_key("تبوك"),)
    # a name's field after «ب» is no place
    assert body_parts(_key("هيئة الأمر بالمعروف والنهي عن المنكر")[2])[1] == ()


def test_service_body_forms_join() -> None:
    full, unit, bare = (_key("الدفاع المدني بمنطقة تبوك"), _key("إدارة الدفاع المدني"),
                        _key("الدفاع المدني"))
    clusters = {full: [0], unit: [1], bare: [2]}
    join_body_variants(clusters)
    assert clusters == {full: [0, 1, 2]}


def test_local_body_place_prefix_joins() -> None:
    long, short = _key("شرطة منطقة المدينة المنورة"), _key("شرطة المدينة")
    clusters = {long: [0], short: [1]}
    join_body_variants(clusters)
    assert clusters == {long: [0, 1]}


def test_two_places_stay_apart() -> None:
    one, two, bare = (_key("الدفاع المدني بتبوك"), _key("الدفاع المدني بالجوف"),
                      _key("الدفاع المدني"))
    clusters = {one: [0], two: [1], bare: [2]}
    join_body_variants(clusters)
    assert len(clusters) == 3
    police = {_key("شرطة تبوك"): [0], _key("شرطة حائل"): [1]}
    join_body_variants(police)
    assert len(police) == 2


def test_other_classes_untouched() -> None:
    clusters = {_key("جامعة الملك سعود", "Organization"): [0],
                _key("جامعة الملك سعود بالرياض", "Organization"): [1]}
    join_body_variants(clusters)
    assert len(clusters) == 2
