"""The tagger's «Audi» is the verb «أودى» with «بحياة» past its subject too
(``kg.ner.toll_verbs``): «وأودى هجوم انتحاري بحياة عشرين شخصاً»; a car maker's name with no
«بحياة» in its sentence stays a name.
"""

from __future__ import annotations

from kg.ner.toll_verbs import toll_verb


def test_toll_verb_right_before_lives_is_no_name() -> None:
    text = "انفجار أودى بحياة 17 شخصا."
    start = text.index("أودى")
    assert toll_verb(text, start, start + 4)


def test_toll_verb_past_its_subject_is_no_name() -> None:
    text = "وأودى هجوم انتحاري بحياة عشرين شخصا."
    assert toll_verb(text, 0, 5)


def test_car_maker_is_still_a_name() -> None:
    text = "وأعلنت أودي عن سيارة جديدة. وقال بحياة"
    start = text.index("أودي")
    assert not toll_verb(text, start, start + 4)
