"""Places in places of ``kg.relations.geography_nisba``, on sentences written for the tests:
a town with a feminine nationality adjective, a province noun before the larger place,
a direction in brackets; and lists of peers that are no containment."""

from __future__ import annotations

import importlib

from kg.model import Document
from kg.pipeline import Pipeline
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

MALI = E("Country", "مالي", ("مالي",), "Q912")
GAO = E("City", "غاو", ("غاو",))
TOMBO = E("City", "تمبكتو", ("تمبكتو",))
KIDAL = E("Region", "كيدال", ("كيدال",))
SEGOU = E("City", "سيغو", ("سيغو",))
ALL = [MALI, GAO, TOMBO, KIDAL, SEGOU]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def gazetteer(text: str) -> Document:
    for module in ("kg.text.stages", "kg.ner.gazetteer", "kg.link.stages", "kg.relations"):
        importlib.import_module(module)
    pipeline = Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "link", "relations"])
    return pipeline(Document(id="doc-nisba", text=text))


def test_a_town_with_a_feminine_nisba_lies_in_its_country() -> None:
    assert ("عدن", "اليمن") in pairs(gazetteer("ووصل الوفد إلى مدينة عدن اليمنية أمس."),
                                     "locatedIn")
    assert ("إسطنبول", "تركيا") in pairs(gazetteer("وغادر المنتخب إلى مدينة إسطنبول التركية."),
                                         "locatedIn")
    # A masculine nisba agrees with the club, not the town.
    assert pairs(gazetteer("وفاز فريق برشلونة الإسباني أمس."), "locatedIn") == set()


def test_a_province_noun_names_the_larger_place() -> None:
    assert ("غاو", "سيغو") in pairs(run("ووصل الوفد إلى غاو بولاية سيغو أمس."), "locatedIn")
    assert ("غاو", "سيغو") in pairs(run("ووصل الوفد إلى غاو في محافظة سيغو أمس."), "locatedIn")
    for text in (
        "ووصل الوفد إلى غاو بمدينة سيغو أمس.",  # a city is not a province
        "وسافر الوفد من غاو إلى ولاية سيغو.",  # a journey
        "ووصل الوفد إلى غاو وولاية سيغو.",  # two places joined
    ):
        assert pairs(run(text), "locatedIn") == set(), text


def test_a_direction_in_brackets() -> None:
    assert ("غاو", "مالي") in pairs(run("ووقع الانفجار في غاو (شمال مالي) أمس."), "locatedIn")
    assert pairs(run("ووقع الانفجار في غاو (مالي) أمس."), "locatedIn") == set()


def test_a_list_of_peers_is_no_containment() -> None:
    # The conjunction glued into the name («وكيدال» read as one name) still joins peers.
    glued = E("Region", "كيدال", ("وكيدال", "كيدال"))
    doc = extract_relations(build_doc("وسيذهب المال إلى ولايات تمبكتو، وغاو، وكيدال، ومالي.",
                                      [MALI, GAO, TOMBO, glued]))
    assert pairs(doc, "locatedIn") == set()
    # «ك» glued before a name is no containment («كمالي»: like Mali).
    assert pairs(run("وقال إن غاو كمالي في كل شيء."), "locatedIn") == set()
    assert ("غاو", "مالي") in pairs(run("ووصل الوفد إلى غاو، مالي."), "locatedIn")


def test_a_direction_after_a_dash() -> None:
    assert ("غاو", "مالي") in pairs(run("وقتل القيادي في مدينة غاو - شمال مالي."), "locatedIn")
    # Only a smaller place lies in a larger one.
    assert pairs(run("وقتل القيادي في مدينة سيغو - شمال غاو."), "locatedIn") == set()


def test_a_town_in_the_countryside_of_a_city() -> None:
    assert ("غاو", "سيغو") in pairs(run("وقصفت القوات غاو في ريف سيغو الجنوبي."), "locatedIn")
    assert ("غاو", "سيغو") in pairs(run("وقصفت القوات غاو بريف سيغو."), "locatedIn")
    assert pairs(run("وقصفت القوات غاو وريف سيغو."), "locatedIn") == set()


def test_a_capital_after_a_preposition() -> None:
    doc = gazetteer("وخرج المصابون من مستشفى بالعاصمة الكينية نيروبي أمس.")
    assert ("نيروبي", "كينيا") in pairs(doc, "locatedIn")


def test_a_masculine_nisba_after_a_masculine_place_noun() -> None:
    doc = gazetteer("ووصل الوزير إلى إقليم كردستان العراقي أمس.")
    assert ("إقليم كردستان", "العراق") in pairs(doc, "locatedIn")
    # Without the place noun the masculine nisba is a club's or a person's.
    assert pairs(gazetteer("ووصل الوزير إلى كردستان العراقي أمس."), "locatedIn") == set()


def test_a_town_north_of_a_city_lies_beside_it() -> None:
    town = E("Place", "تيرا", ("تيرا",))
    doc = extract_relations(build_doc("ودفن في مقابر العائلة بمدينة تيرا شمالي سيغو.",
                                      [town, SEGOU]))
    assert pairs(doc, "locatedIn") == set()
    # A district lies in the city it is placed in.
    doc = extract_relations(build_doc("واشتعلت النيران في حي تيرا شمال سيغو.", [town, SEGOU]))
    assert ("تيرا", "سيغو") in pairs(doc, "locatedIn")


def test_the_nisba_of_a_body_named_after_its_town() -> None:
    assert pairs(gazetteer("وأعلنت جامعة القاهرة المصرية النتائج أمس."), "locatedIn") == set()


def test_a_town_noun_and_nisba_in_brackets() -> None:
    doc = gazetteer("ووقع الحادث في عدن (المدينة اليمنية) أمس.")
    assert ("عدن", "اليمن") in pairs(doc, "locatedIn")
    assert pairs(gazetteer("ونقلت عدن (الصحيفة اليمنية) الخبر."), "locatedIn") == set()
