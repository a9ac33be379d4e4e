"""The shapes' check for unknown classes lists exactly the ontology's classes."""

from __future__ import annotations

import re

from kg.ontology import schema


def test_the_unknown_class_check_lists_every_class_of_the_ontology() -> None:
    text = schema.shapes_path().read_text(encoding="utf-8")
    listed = re.search(r"NOT IN \((.*?)\)\)", text, re.DOTALL)
    assert listed is not None
    names = {name.strip().removeprefix("kg:") for name in listed.group(1).split(",")}
    assert names == set(schema.classes())
