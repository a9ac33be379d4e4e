"""Actors the entity stages cut, merged or missed (session 18), on sentences written for
the tests: a rank's complement before an officer's name, two long names that share their
first and last words, and named bodies added to the gazetteer."""

from __future__ import annotations

import pytest

from kg.gazetteer.extractors import EXTRACTOR
from kg.gazetteer.index import default_gazetteer
from kg.link.coref import attach_short_names, person_words
from kg.link.stages import LinkStage
from kg.model import Document
from kg.ner.gazetteer import GazetteerNERStage
from kg.ner.repair import repair_person_names
from kg.pipeline import Pipeline
from kg.text.stages import SentenceStage, TokenStage
from tests.ner.iob import persons, tagged


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # the tagger opened the name with the rank's complement
        ("وقال المحلل اللواء طيار سامي عبد الرحيم إن الطائرات وصلت .",
         {"طيار سامي عبد الرحيم": "PERS"}, ["سامي عبد الرحيم"]),
        ("وأكد قائد الأسطول العميد بحري ماجد العتيبي أن السفن عادت .",
         {"بحري ماجد العتيبي": "PERS"}, ["ماجد العتيبي"]),
        # untagged: a given name after a rank and its complement, with his nisba
        ("وقال قائد اللواء الفريق ركن فهد الشهري إن الهجوم صد .", {}, ["فهد الشهري"]),
        ("وقال الفريق أول سعيد الحربي إن الجيش مستعد .", {}, ["سعيد الحربي"]),
    ],
)
def test_a_ranks_complement_is_no_part_of_the_name(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, repair_person_names(words, tags)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time word or an ordinal after the officer's name is no family name
        ("وقال العقيد أحمد الماضي إن القوة انسحبت .", ["أحمد"]),
        ("وقال اللواء ركن خالد الثاني إن القوة انسحبت .", ["خالد"]),
        # «الفريق» with no complement is no rank here (also «the team»)
        ("وقال الفريق سعيد إن المباراة صعبة .", []),
    ],
)
def test_an_officers_name_takes_no_time_word_or_ordinal(sentence: str, expected: list[str]) -> None:
    words, tags = tagged(sentence, {})
    assert persons(words, repair_person_names(words, tags)) == expected


def test_a_short_name_adds_no_words_to_the_long_one() -> None:
    brothers_sons = [person_words("فيصل بن سلمان بن عبد العزيز"),
                     person_words("فيصل بن عبد الله بن عبد العزيز")]
    assert attach_short_names(brothers_sons) == {}
    short_form = [person_words("سعد بن ناصر بن محمد الحربي"), person_words("سعد الحربي")]
    assert attach_short_names(short_form) == {1: 0}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    gazetteer = default_gazetteer()
    return Pipeline([SentenceStage(), TokenStage(), GazetteerNERStage(gazetteer),
                     LinkStage(gazetteer)])


def named(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str]]:
    """Gazetteer mention text -> (entity label, entity name) in ``text``."""
    doc = pipeline(Document(id="doc-a18", text=text))
    entities = {entity.id: entity for entity in doc.entities}
    return {
        m.text: (entities[m.entity_id].label, entities[m.entity_id].name)
        for m in doc.mentions
        if m.extractor == EXTRACTOR and m.entity_id in entities
    }


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("وذكر المرصد السوري لحقوق الإنسان أن الغارات تواصلت.", "المرصد السوري لحقوق الإنسان",
         ("Organization", "المرصد السوري لحقوق الإنسان")),
        ("وطالبت منظمة العفو الدولية بالإفراج عن المعتقلين.", "منظمة العفو الدولية",
         ("Organization", "منظمة العفو الدولية")),
        ("وقالت هيومن رايتس ووتش في تقرير إن المدنيين قتلوا.", "هيومن رايتس ووتش",
         ("Organization", "هيومن رايتس ووتش")),
        ("وانسحب نواب تحالف القوى العراقية من الجلسة.", "تحالف القوى العراقية",
         ("PoliticalParty", "تحالف القوى العراقية")),
        ("وقصفت ميليشيا الدفاع الوطني القرية.", "ميليشيا الدفاع الوطني",
         ("ArmedGroup", "قوات الدفاع الوطني")),
        ("وصوت مجلس اللوردات على القانون.", "مجلس اللوردات",
         ("GovernmentBody", "مجلس اللوردات")),
    ],
)
def test_named_bodies_of_the_news_are_in_the_gazetteer(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str, str]
) -> None:
    assert named(pipeline, text)[mention] == expected


def test_the_observatory_short_name_needs_its_full_name(pipeline: Pipeline) -> None:
    assert "المرصد" not in named(pipeline, "وقال المرصد إن الحصيلة ارتفعت.")
    both = named(pipeline, "وذكر المرصد السوري لحقوق الإنسان أن القصف تواصل. وقال المرصد إن "
                 "الحصيلة ارتفعت.")
    assert both["المرصد"] == ("Organization", "المرصد السوري لحقوق الإنسان")
