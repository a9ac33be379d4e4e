"""«ريف» (countryside) alone is no name; «ريف X» is a Region (kg.link.countryside)."""

from __future__ import annotations

from kg.link.countryside import countryside_region
from kg.pipeline import Pipeline
from tests.link.test_retype import by_text, ner, run


def test_the_countryside_noun_alone_names_nothing(pipeline: Pipeline) -> None:
    text = "وتعرضت قرى بريف حلب لقصف عنيف، وسقط قتلى في الريف الشمالي لحمص."
    doc = run(pipeline, text, ner(text, "بريف", "Country"), ner(text, "الريف", "Country"),
              ner(text, "حلب", "City"))
    mentions = by_text(doc)
    assert "بريف" not in mentions and "الريف" not in mentions
    assert mentions["حلب"][0] == "City"
    assert not any(e.label == "Country" for e in doc.entities)


def test_countryside_with_its_place_is_a_region() -> None:
    text = "وقصفت الطائرات مناطق في ريف دمشق الغربي أمس."
    assert countryside_region(ner(text, "ريف دمشق الغربي", "Country")).label == "Region"
    assert countryside_region(ner(text, "ريف دمشق", "Miscellaneous")).label == "Region"
    assert countryside_region(ner(text, "دمشق", "City")).label == "City"


def test_the_place_after_reef_is_no_surname(pipeline: Pipeline) -> None:
    text = "وقصفت قوات النظام مناطق في ريف دمشق أمس."
    doc = run(pipeline, text, ner(text, "دمشق", "City"))
    assert by_text(doc)["دمشق"][0] == "City"


def test_a_name_holding_the_word_is_kept(pipeline: Pipeline) -> None:
    text = "وقالت ريف الأحمد إن المعرض يفتتح غداً."
    doc = run(pipeline, text, ner(text, "ريف الأحمد", "Person"))
    assert by_text(doc)["ريف الأحمد"][0] == "Person"
