"""Names read whole or found whole in session 43, on sentences written for the tests:
«ب»/«ل»/«ك» never stands before the conjunction «و»/«ف» (kg.ner.glued), and the military
and local councils named by their place (kg.ner.headed_bodies), and the title «أمين عام»
after a name (kg.ner.name_edges)."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.bundled import LAST_WORD, bundled_model, known_names
from kg.ner.glued import conjunction_glued, keeps_whole
from kg.ner.name_edges import construct_title_at_end
from kg.pipeline import Pipeline
from tests.ner.conftest import person_names


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


def test_construct_title_after_name_is_cut(pipeline: Pipeline) -> None:
    text = ("وفي الشأن الإداري، قال المهندس ماجد بن سالم آل زيد أمين عام الغرفة التجارية "
            "الصناعية بالطائف عضو مجلس التنمية: \"الموسم ناجح\".")
    assert "ماجد بن سالم آل زيد" in person_names(pipeline, text)


@pytest.mark.parametrize(("word", "following", "after", "cut"), [
    ("أمين", "عام", "الغرفة", True),
    ("أمين", "عام", "مجلس", True),
    ("أمين", "عام", "1990", False),  # the year: «محمد أمين عام 1990»
    ("أمين", "إن", "الفريق", False),
    ("الشريف", "عام", "الغرفة", False),
])
def test_construct_title_at_end(word: str, following: str, after: str, cut: bool) -> None:
    assert construct_title_at_end(word, following, after) is cut


def test_conjunction_glued_to_a_name_the_document_names(pipeline: Pipeline) -> None:
    text = ("وأكد رئيس الوزراء البرتغالي أنطونيو كوستاس أن بلاده ستلتزم بالاتفاق. وقالت "
            "الصحيفة إن كوستاس يريد انتخابات مبكرة. وكوستاس الذي يواجه البرلمان غدا قال "
            "إنه لن يستقيل.")
    found = _mentions(pipeline, text)
    assert "وكوستاس" not in found
    assert found.count("كوستاس") == 2


@pytest.mark.parametrize(("normal", "cut"), [
    ("وتسيبراس", True),
    ("فتسيبراس", True),
    ("وليد", False),  # a given name: «ليد» is no name
    ("وسيبراس", False),  # the document never names «سيبراس»
])
def test_conjunction_glued(normal: str, cut: bool) -> None:
    known = {"تسيبراس": 2, "ليد": 1, "الكسيس تسيبراس": 1}
    assert conjunction_glued(normal, known) is cut


def test_last_word_of_a_longer_name_is_kept_whole(pipeline: Pipeline) -> None:
    text = ("وقال المدرب يورغن كلوب إن فريقه جاهز. وأضاف كلوب أن المباراة صعبة. وكلوب الذي "
            "تولى المهمة العام الماضي قال إنه متفائل.")
    found = _mentions(pipeline, text)
    assert "لوب" not in found
    assert found.count("كلوب") == 2


def test_known_names_counts_last_words() -> None:
    known = known_names(["يورغن كلوب", "كلوب"])
    assert known[LAST_WORD + "كلوب"] == 1
    assert known["كلوب"] == 1
    assert LAST_WORD + "يورغن" not in known


@pytest.mark.parametrize("word", ["I", "V", "ـ"])
def test_a_name_of_no_arabic_letters_keeps_its_start(word: str) -> None:
    """A one-character name with no letter or one Latin letter («I» of a product's name):
    no clitic to split, and no crash reading its letters."""
    names = bundled_model().names
    assert names.name_start_among(word, "", known_names(["يورغن كلوب", "كلوب"])) == 0
