"""Names read whole or found whole in session 43, on sentences written for the tests:
«ب»/«ل»/«ك» never stands before the conjunction «و»/«ف» (kg.ner.glued), and the military
and local councils named by their place (kg.ner.headed_bodies)."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.glued import keeps_whole
from kg.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies"])


def _mentions(pipeline: Pipeline, text: str) -> list[str]:
    return [m.text for m in pipeline(Document(id="t", text=text)).mentions]


def test_preposition_before_conjunction_is_kept_whole() -> None:
    names = {"وروسيا": 3, "روسيا": 40, "واشنطن": 20}
    assert keeps_whole("بوروسيا", "وروسيا", names)
    assert not keeps_whole("بواشنطن", "واشنطن", names)  # «ب» + «واشنطن»
    assert not keeps_whole("بوزاره", "وزاره", names)


def test_club_name_keeps_its_first_letter(pipeline: Pipeline) -> None:
    found = _mentions(pipeline, "وتعادل بوروسيا مونشنغلادباخ مع فريق شالكه بهدف لمثله.")
    assert "بوروسيا مونشنغلادباخ" in found
    assert "وروسيا مونشنغلادباخ" not in found


@pytest.mark.parametrize("text", [
    "والتقى السفير بوزير الزراعة في مكتبه.",
    "ورحب المحافظ بوفد من رجال الأعمال.",
])
def test_preposition_before_a_word_in_waw_is_split(pipeline: Pipeline, text: str) -> None:
    assert not any(m.startswith("بو") for m in _mentions(pipeline, text))


@pytest.mark.parametrize(("text", "body"), [
    ("وأدان المجلس العسكري بحمص قصف الأحياء السكنية.", "المجلس العسكري بحمص"),
    ("واتهم المجلس العسكري بإدلب الفصائل بخرق الهدنة.", "المجلس العسكري بإدلب"),
])
def test_council_named_by_adjective_and_place(pipeline: Pipeline, text: str, body: str) -> None:
    assert body in _mentions(pipeline, text)


@pytest.mark.parametrize("text", [
    "واجتمع المجلس العسكري بالقادة الميدانيين أمس.",
    "وقال المجلس العسكري إنه يرفض الهدنة.",
])
def test_council_without_place_is_no_body(pipeline: Pipeline, text: str) -> None:
    assert not any(m.startswith("المجلس العسكري") for m in _mentions(pipeline, text))
