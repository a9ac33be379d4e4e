"""A person's name right before «، + title» in apposition, after a verb of saying or stance,
«عن»/«مع» or at the start of the sentence (kg.ner.apposed_names): «دعا [نور الدين الحكمي]،
وزير التخطيط، ...», «وفي لقاء مع [غريتا هولمبرغ]، المديرة التنفيذية ...».
Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.ner.apposed_names import apposed_names
from kg.pipeline import Pipeline
from tests.ner.conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    # after a verb of saying: a compound given name and a rare family word (the tagger
    # leaves it untagged)
    ("من جهة أخرى، كشف نور الدين الحكمي، وزير التخطيط اليمني، خلال حديثه للصحيفة، أن "
     "الحكومة تعد خطة جديدة لإعادة إعمار المحافظات الجنوبية.", "نور الدين الحكمي"),
])
def test_apposed_name_tagged(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "word"), [
    # common words before the comma
    ("ودعا الوزير الجديد، رئيس الحكومة، إلى الإسراع في تنفيذ المشروعات.", "الجديد"),
    ("ونقلت الصحيفة عن مصادر مطلعة، المتحدث باسم الوزارة، أن الاجتماع تأجل.", "مطلعة"),
])
def test_no_apposed_name(pipeline: Pipeline, text: str, word: str) -> None:
    assert not any(word in name for name in person_names(pipeline, text))


def _tag(sentence: str, tags: list[str] | None = None) -> list[str]:
    words = sentence.split()
    return apposed_names(words, tags or ["O"] * len(words))


def test_rule_after_verb() -> None:
    assert _tag("دعا نور الدين الحكمي ، وزير التخطيط") == \
        ["O", "B-PERS", "I-PERS", "I-PERS", "O", "O", "O"]


def test_rule_at_start_and_after_preposition() -> None:
    assert _tag("غريتا هولمبرغ ، المديرة التنفيذية")[:3] == ["B-PERS", "I-PERS", "O"]
    assert _tag("ونقلت عن غريتا هولمبرغ ، الخبيرة في الشؤون")[2:5] == \
        ["B-PERS", "I-PERS", "O"]


def test_rule_link_word_inside() -> None:
    assert _tag("عن ماجد بن هذال ، مدير الإدارة")[1:5] == \
        ["B-PERS", "I-PERS", "I-PERS", "O"]


def test_rule_needs_a_title_after_the_comma() -> None:
    words = "عن غريتا هولمبرغ ، قولها إن"
    assert set(_tag(words)) == {"O"}
    assert set(_tag("عن غريتا هولمبرغ المديرة التنفيذية")) == {"O"}


def test_rule_after_a_verbal_noun_of_saying() -> None:
    assert _tag("وتصريحات غريتا هولمبرغ ، المديرة التنفيذية")[:4] == \
        ["O", "B-PERS", "I-PERS", "O"]


def test_rule_needs_an_opener() -> None:
    assert set(_tag("وشملت القائمة غريتا هولمبرغ ، المديرة التنفيذية")) == {"O"}


def test_rule_no_one_word_name_nor_link_at_end() -> None:
    assert set(_tag("عن هولمبرغ ، المديرة التنفيذية")) == {"O"}
    assert set(_tag("عن ماجد بن ، مدير الإدارة")) == {"O"}


def test_rule_leaves_a_tagged_name() -> None:
    words = ["عن", "غريتا", "هولمبرغ", "،", "المديرة", "التنفيذية"]
    tags = ["O", "B-PERS", "O", "O", "O", "O"]
    assert apposed_names(words, tags) == tags
