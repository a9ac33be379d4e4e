"""The Browser style: generated from the ontology, complete, the most specific class last."""

from __future__ import annotations

import re

from kg.neo4j.style import CLASS_COLOURS, RELATIONSHIP_STYLES, grass
from kg.ontology import schema
from tests.scripts import load_script

RULE = re.compile(r"^(node|relationship)\.(\w+) \{ color: (#[0-9A-F]{6});", re.MULTILINE)


def rules() -> list[tuple[str, str, str]]:
    return RULE.findall(grass())


def test_the_committed_style_is_the_generated_one() -> None:
    assert load_script("gen_style").main(["--check"]) == 0


def test_every_class_has_a_node_rule_after_the_rules_of_its_ancestors() -> None:
    order = [name for kind, name, _ in rules() if kind == "node"]
    assert sorted(order) == sorted(schema.neo4j_label(c) for c in schema.classes())
    for name in schema.classes():
        for ancestor in schema.class_info(name).ancestors:
            assert order.index(ancestor) < order.index(name), (ancestor, name)


def test_a_country_is_drawn_in_country_colour_whatever_its_other_labels() -> None:
    node_rules = [(name, colour) for kind, name, colour in rules() if kind == "node"]
    matching = [colour for name, colour in node_rules if name in schema.labels_for("Country")]
    assert matching[-1] == CLASS_COLOURS["Country"][0] != CLASS_COLOURS["Place"][0]


def test_every_relationship_type_has_a_colour_and_stances_are_never_grey() -> None:
    colours = {name: colour for kind, name, colour in rules() if kind == "relationship"}
    assert set(colours) == {schema.neo4j_type(p) for p in schema.relation_properties()}
    for stance in schema.stance_properties():
        assert colours[schema.neo4j_type(stance)] != "#B0B0B0", stance
    for kind in ("denies", "warns", "threatens", "sharesConcernWith"):
        assert kind in RELATIONSHIP_STYLES


def test_statements_are_captioned_with_speaker_and_first_words() -> None:
    from kg.neo4j.rows import statement_caption

    quote = "دونوها عندكم، نحن من قتل زعيم تنظيم الدولة الإسلامية"
    assert statement_caption("جيمس جيفري", quote) == "جيمس جيفري: «دونوها عندكم، نحن من قتل…»"
    assert statement_caption(None, "لا تعليق") == "؟: «لا تعليق»"
