"""names22b: a person coordinated right after another person keeps the first item's
proclitics (kg.ner.coordination), and a fixture line or a match report's «شقيقه /
ضيفه / نظيره» names a club (kg.ner.clubs); on sentences written for the tests, with
the cases the rules must leave alone."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.coordination import coordinated_start
from kg.pipeline import Pipeline
from tests.ner.linked import full_pipeline


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return full_pipeline()


def _entities(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline(Document(id="doc-names22b", text=text))
    return {e.name: e.label for e in doc.entities}


def test_the_second_item_keeps_the_first_items_proclitics() -> None:
    assert coordinated_start("وبرايس", "") == 1  # «و» + «برايس»
    assert coordinated_start("وبخالد", "ب") == 2  # «بمحمد وبخالد»
    assert coordinated_start("وإيمليا", "") == 1
    assert coordinated_start("وبسام", "ب") == 1  # «و» + the given name «بسام»


@pytest.mark.parametrize(("word", "previous"), [
    ("وليد", ""),  # a listed given name, whole
    ("برايس", ""),  # no conjunction
    ("وبيت", "ب"),  # too little left after «وب»
    ("وسميثون", "ب"),  # not the first item's proclitics
])
def test_no_coordination_split(word: str, previous: str) -> None:
    assert coordinated_start(word, previous) is None


def test_a_coordinated_foreign_name_is_not_cut(full: Pipeline) -> None:
    found = _entities(full, "ويؤدي دور البطولة في المسلسل جون سميث وبرايس دالاس هاوارد.")
    assert "رايس دالاس هاوارد" not in found


def test_a_fixture_line_names_both_clubs(full: Pipeline) -> None:
    text = ("الخليج × العروبة\n\n"
            "وتأهل العروبة إلى الدور المقبل بعد أن كسب مستضيفه الخليج بهدف دون رد.")
    found = _entities(full, text)
    assert found.get("الخليج") == "Organization"
    assert found.get("العروبة") == "Organization"


def test_a_match_report_names_the_other_side(full: Pipeline) -> None:
    text = ("وسجل لاعب الفيصلي هدفين، قبل أن يلتقي الفيصلي نظيره الهلال في الدور المقبل.")
    assert _entities(full, text).get("الهلال") == "Organization"


def test_no_club_in_news_of_politics(full: Pipeline) -> None:
    text = "واجتمع وزير الخارجية السعودي مع نظيره العراقي في الرياض لبحث أمن الخليج."
    assert _entities(full, text).get("الخليج") != "Organization"


def test_coordinated_given_names_are_two_people() -> None:
    from kg.ner.name_edges import coordinated_given, trim_name_edges
    assert coordinated_given("فواز", "وبندر")
    assert coordinated_given("وفواز", "وبندر")
    assert not coordinated_given("عبدالله", "وليد")  # «وليد» a given name whole
    assert not coordinated_given("الأحمدي", "وبندر")  # no given name before
    assert not coordinated_given("محمد", "ولد")  # «محمد ولد عبد العزيز»
    words = ["أشقاء", "الفقيد", "فهد", "وبندر", "وعيسى"]
    assert trim_name_edges(words, ["O", "O", "B-PERS", "I-PERS", "I-PERS"]) == \
        ["O", "O", "B-PERS", "B-PERS", "B-PERS"]


def test_a_list_of_brothers_is_not_one_name(full: Pipeline) -> None:
    found = _entities(full, "ويتقبل العزاء أبناؤه فهد وبندر ونايف في منزل الأسرة.")
    assert "فهد وبندر" not in found and "بندر ونايف" not in found


def test_the_other_side_after_amam_is_a_club(full: Pipeline) -> None:
    text = ("وقال مدرب النصر إن فريقه سيلعب أمام الفتح يوم الجمعة، "
            "ووقف وزير الخارجية أمام الاتحاد الأوروبي ليشرح موقف بلاده.")
    found = _entities(full, text)
    assert found.get("الفتح") == "Organization"
    assert found.get("الاتحاد الأوروبي") != "Organization"



@pytest.fixture(scope="module")
def relations() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _meetings(pipeline: Pipeline, text: str) -> list[str]:
    doc = pipeline(Document(id="doc-names22b-events", text=text))
    return [e.label for e in doc.events if e.label == "Meeting"]


@pytest.mark.parametrize("text", [
    "وعلى أرضية ملعب المدينة الرياضية يستقبل هجر نظيره الرائد في الجولة الخامسة.",
    "وسجل لاعب الفيصلي هدفين، والتقى العروبة بمستضيفه الوطني في الدور نفسه.",
])
def test_a_match_with_the_other_club_is_no_meeting(relations: Pipeline, text: str) -> None:
    assert not _meetings(relations, text)


def test_a_counterpart_received_is_still_a_meeting(relations: Pipeline) -> None:
    text = "واستقبل وزير الخارجية نظيره الأردني أيمن الصفدي في الرياض."
    assert _meetings(relations, text)
