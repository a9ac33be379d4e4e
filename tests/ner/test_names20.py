"""Clubs named like a gazetteer place; currencies; one organisation read two ways
(session 20, names20), on sentences written for the tests."""

from __future__ import annotations

from functools import lru_cache

from kg.model import Document
from kg.pipeline import Pipeline
from tests.ner.linked import full_pipeline


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return full_pipeline()


def _entities(text: str) -> dict[str, str]:
    doc = _pipeline()(Document(id="doc-names20", text=text))
    return {e.name: e.label for e in doc.entities}


def test_cued_club_named_like_a_city_is_a_club_through_the_document() -> None:
    found = _entities("خسر فريق روما أمام ضيفه بهدف، وقال مدرب روما إن اللاعبين تعبوا. "
                      "ويستعد روما لمواجهة الإنتر الأسبوع المقبل.")
    assert found.get("روما") == "Organization"
    assert list(found).count("روما") == 1


def test_club_city_after_a_locative_stays_the_place() -> None:
    doc = _pipeline()(Document(id="doc-names20", text=(
        "قال مدرب روما إن الفريق جاهز، وتقام المباراة في روما يوم السبت.")))
    assert {(e.name, e.label) for e in doc.entities if e.name == "روما"} == {
        ("روما", "Organization"), ("روما", "City")}


def test_city_without_football_cue_stays_a_city() -> None:
    found = _entities("زار الرئيس الفرنسي روما ثم التقى رئيس وزراء إيطاليا في روما.")
    assert found.get("روما") == "City"


def test_price_in_riyals_makes_no_organization() -> None:
    found = _entities("ارتفع سعر الغرفة في المتنزهات إلى 300 ريال لليلة الواحدة.")
    assert "ريال" not in found


def test_bare_governorate_town_is_no_person() -> None:
    found = _entities("عنيزة - واس: افتتح المحافظ مهرجان صيف عنيزة أمس، "
                      "وتستمر فعاليات صيف عنيزة شهرا.")
    assert found.get("عنيزة") in (None, "City")


def test_town_word_of_a_full_person_name_stays_the_person() -> None:
    from kg.ner.governorates import town_label
    assert town_label("عنيزة", "Person") == "City"
    assert town_label("عنيزة", "Person", frozenset({"عنيزه"})) == "Person"
    assert town_label("الخبر", "Person") == "Person"  # also «the news»: a common noun
    assert town_label("عنيزة العتيبي", "Person") == "Person"


def test_company_ending_in_the_country_nisba_is_kept_whole() -> None:
    doc = _pipeline()(Document(id="doc-names20", text=(
        "وقعت الجامعة اتفاقية مع شركة أرامكو السعودية، وأكدت أرامكو أن الاتفاق يشمل "
        "التدريب. وزار الوفد السعودية الأسبوع الماضي.")))
    names = {(e.name, e.label) for e in doc.entities}
    assert ("أرامكو السعودية", "Organization") in names
    assert ("السعودية", "Country") in names  # the country named alone stays
