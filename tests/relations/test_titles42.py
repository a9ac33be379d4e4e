"""Titles given to the wrong person, session 42 (helper st42); sentences written for the test.

- «اللواء خالد العنزي مدير شرطة المنطقة وسعد الدوسري رئيس البلدية»: a name joined by a glued
  «و» takes no title from before the «و»; the title is the first man's
  (:mod:`kg.relations.conjoined_holders`). A title that carries the «و» itself («ووزير
  المالية X») and a name that begins with the letter («وليد») keep theirs.
- «التمرين الأول على ملعب الأمير فيصل بن فهد»: a person named after a facility noun is the
  facility's name and holds no title before it (:mod:`kg.relations.named_facilities`).
- «وزير الداخلية بمعاملة الشهيد العريف X»: a person after «ب» and a verbal noun is its
  complement; he takes no title before it, and the title before it ends there
  (:mod:`kg.relations.governed_names`); «بهيئة», «بتعليم» stay in a title.
- «وقال وزير خارجية بوش الأب جيمس بيكر»: a person after an indefinite office chain is its
  principal; he holds no title and does not speak, the name after him does
  (:mod:`kg.relations.construct_principals`); «وزير الخارجية X», «مدير عام X» stay X's.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import pairs


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _titles(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    return pairs(pipeline(Document(id="titles42", text=text)), "holdsPosition")


@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("وحضر اللقاء اللواء خالد العنزي مدير شرطة المنطقة وسعد الدوسري رئيس البلدية.",
     ("خالد العنزي", "مدير شرطة المنطقة"), ("سعد الدوسري", "مدير شرطة المنطقة")),
    ("وشارك في الحفل فهد السبيعي مدير مكتب التعليم وماجد القرني عضو المجلس البلدي.",
     ("فهد السبيعي", "مدير"), ("ماجد القرني", "مدير")),
])
def test_conjoined_name_takes_no_title_before_its_waw(pipeline: Pipeline, text: str,
                                                      right: tuple[str, str],
                                                      wrong: tuple[str, str]) -> None:
    found = _titles(pipeline, text)
    assert right in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "kept"), [
    ("وأكد وزير الصحة ووزير المالية سعد الحربي أن المشروع مستمر.", ("سعد الحربي", "وزير المالية")),
    ("وحضر الحفل مدير التعليم وليد الزهراني.", ("وليد الزهراني", "مدير التعليم")),
    ("وقال وزير الخارجية وليد المعلم إن الحوار مستمر.", ("وليد المعلم", "وزير الخارجية")),
])
def test_title_of_a_conjoined_title_or_waw_name_stays(pipeline: Pipeline, text: str,
                                                      kept: tuple[str, str]) -> None:
    assert kept in _titles(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("وتقدم سالم الشهري قائد الفريق التمرين الأول على ملعب الأمير فيصل بن فهد في مقر النادي.",
     "فيصل بن فهد"),
    ("وافتتح وزير الرياضة المعرض في صالة الأمير فيصل بن فهد.", "فيصل بن فهد"),
    ("وقاد مدرب الفريق الحصة على استاد الأمير محمد بن فهد.", "محمد بن فهد"),
])
def test_person_named_after_a_facility_holds_no_title(pipeline: Pipeline, text: str,
                                                      wrong: str) -> None:
    assert not {title for person, title in _titles(pipeline, text) if person == wrong}


def test_facility_keeps_the_titles_of_the_other_names(pipeline: Pipeline) -> None:
    found = _titles(pipeline, "وافتتح أمير المنطقة الأمير فهد بن سلطان حديقة الأمير سلمان.")
    assert ("فهد بن سلطان", "أمير المنطقة") in found


def test_person_after_ba_noun_is_governed(pipeline: Pipeline) -> None:
    found = _titles(pipeline, "وقد وجه الأمير سلطان بن فهد ولي العهد النائب الأول لرئيس مجلس "
                              "الوزراء وزير الداخلية بمعاملة الشهيد العريف أحمد سالم الكعبي "
                              "معاملة خاصة.")
    assert ("سلطان بن فهد", "وزير الداخلية") in found
    assert not {title for person, title in found if person == "أحمد سالم الكعبي"}
    assert not {title for _, title in found if "بمعاملة" in title}


def test_person_after_ba_noun_is_governed_in_a_short_order(pipeline: Pipeline) -> None:
    found = _titles(pipeline, "وأمر رئيس الدولة بتكريم الجندي أول سالم العتيبي.")
    assert not {title for person, title in found if person == "سالم العتيبي"}


@pytest.mark.parametrize(("text", "kept"), [
    ("وقال المتحدث الرسمي بهيئة الهلال الأحمر بمنطقة تبوك خالد الحربي إن الفرق باشرت.",
     ("خالد الحربي", "المتحدث الرسمي")),
    ("وقال مدير الإعلام بتعليم جدة سعيد الغامدي إن الدراسة تبدأ الأحد.",
     ("سعيد الغامدي", "مدير الإعلام بتعليم جدة")),
])
def test_title_with_ba_body_or_place_stays(pipeline: Pipeline, text: str,
                                           kept: tuple[str, str]) -> None:
    assert kept in _titles(pipeline, text)


def test_principal_after_an_office_chain(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="titles42", text="وقال وزير خارجية بوش الأب جيمس بيكر إن الحرب "
                                                "كانت ضرورية."))
    assert not pairs(doc, "holdsPosition")
    assert {s for s, _ in pairs(doc, "stated")} == {"جيمس بيكر"}


@pytest.mark.parametrize(("text", "kept"), [
    ("وقال وزير الخارجية سعد الحربي إن الاتفاق ممكن.", ("سعد الحربي", "وزير الخارجية")),
    ("وقال مدير عام سعد الحربي إن العمل مستمر.", ("سعد الحربي", "مدير عام")),
    ("أكد محافظ بقيق محمد بن سعود المتحمي دعمه للمرضى.", ("محمد بن سعود المتحمي", "محافظ بقيق")),
    ("وقال محافظ جدة الأمير مشعل بن ماجد إن المهرجان ناجح.", ("مشعل بن ماجد", "محافظ")),
    ("أعلن طيران ناس عن تكريم قائد طيار يوسف الزير و اعضاء الطاقم.", ("يوسف الزير", "قائد طيار")),
])
def test_office_with_article_or_qualifier_keeps_its_holder(pipeline: Pipeline, text: str,
                                                           kept: tuple[str, str]) -> None:
    assert kept in _titles(pipeline, text)
