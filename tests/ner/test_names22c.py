"""Pious formulas «X الله» are no person names (kg.ner.god_formulas, kg.ner.name_edges)."""

from __future__ import annotations

from kg.ner.god_formulas import pious_formula
from kg.ner.name_edges import trim_name_edges


def test_formula_after_time_word_or_glued_b() -> None:
    assert pious_formula("بعد", "توفيق", "الله")
    assert pious_formula("الفوز", "بتوفيق", "الله")
    assert pious_formula("ثم", "عون", "الله")


def test_names_in_allah_stay() -> None:
    assert not pious_formula("قال", "فضل", "الله")  # a man called «فضل الله»
    assert not pious_formula("بعد", "فتح", "الله")  # «فتح» is no formula noun here
    assert not pious_formula("بعد", "توفيق", "الحكيم")


def test_trim_drops_the_formula_only() -> None:
    words = ["نجحنا", "بعد", "توفيق", "الله", "وقال", "فضل", "الله"]
    tags = ["O", "O", "B-PERS", "I-PERS", "O", "B-PERS", "I-PERS"]
    assert trim_name_edges(words, tags) == ["O", "O", "O", "O", "O", "B-PERS", "I-PERS"]
