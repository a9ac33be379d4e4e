"""Person names cut at a word that is also a title, session 42 (helper st42); sentences
written for the test.

- «وأفاد مساعد الحربي المتحدث الرسمي ...»: «مساعد» right before a one- or two-word name that
  a title follows in apposition is the man's given name (:mod:`kg.ner.given_titles`); as a
  title in construct with an office or a holder («مساعد وزير الخارجية», «مساعد ترامب»)
  it stays out of the name. After «بن» it is a name too: «الأمير عبدالرحمن بن مساعد» is not
  cut to «عبدالرحمن بن» (:mod:`kg.ner.repair` with :func:`kg.ner.given_titles.titled_given`).
- «عبداللطيف الزياني يعرب عن إدانته»: an imperfect verb after a name is not its last word
  (:mod:`kg.ner.trailing_verbs`); the given name «يعرب» that opens a name stays.
- «وأثنى المدير على حُسن التنظيم»: «على» before a vowelled noun is the preposition, no name
  «علي حسن» (:mod:`kg.ner.vowelled_prepositions`).
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


def _run(pipeline: Pipeline, text: str) -> Document:
    return pipeline(Document(id="names42", text=text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأفاد مساعد غالي المتحدث الرسمي بهيئة الهلال الأحمر بالحدود الشمالية أن الفرق باشرت.",
     "مساعد غالي"),
    ("وأوضح مساعد الزهراني مدير المركز أن العمل مستمر.", "مساعد الزهراني"),
    ("وقال الدكتور مساعد القرشي وزير الدولة إن المشروع اكتمل.", "مساعد القرشي"),
])
def test_assistant_is_a_given_name_before_an_apposed_title(pipeline: Pipeline, text: str,
                                                           speaker: str) -> None:
    doc = _run(pipeline, text)
    assert {subject for subject, _ in pairs(doc, "stated")} == {speaker}
    assert {person for person, _ in pairs(doc, "holdsPosition")} == {speaker}


@pytest.mark.parametrize("text", [
    "وقال مساعد وزير الخارجية إن الوفد وصل.",
    "وقال مساعد ترامب إن الحملة مستمرة.",
])
def test_assistant_as_a_title_stays_out_of_names(pipeline: Pipeline, text: str) -> None:
    persons = {m.text for m in _run(pipeline, text).mentions if m.label == "Person"}
    assert not any(name.startswith("مساعد") for name in persons)


def _persons(pipeline: Pipeline, text: str) -> set[str]:
    return {m.text for m in _run(pipeline, text).mentions if m.label == "Person"}


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الأمير عبدالرحمن بن مساعد إن النادي سيعود إلى المنافسة.", "عبدالرحمن بن مساعد"),
    ("وصرح الأمير فيصل بن مساعد للصحفيين أن الاستعدادات اكتملت.", "فيصل بن مساعد"),
])
def test_assistant_after_bin_is_in_the_name(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in _persons(pipeline, text)


def test_imperfect_verb_is_not_the_last_word_of_a_name(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "الأمين العام لمجلس التعاون عبداللطيف الزياني يعرب عن إدانته للهجوم "
                         "الإرهابي.")
    assert {m.text for m in doc.mentions if m.label == "Person"} == {"عبداللطيف الزياني"}
    assert {s for s, _ in pairs(doc, "condemns")} == {"عبداللطيف الزياني"}


def test_given_name_yarub_opening_a_name_stays(pipeline: Pipeline) -> None:
    assert "يعرب الزعبي" in _persons(pipeline, "وقال يعرب الزعبي إن الفريق جاهز.")


def test_ala_before_a_vowelled_noun_is_no_name(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وأثنى المدير على حُسن التنظيم في الحفل.")
    assert not {m.text for m in doc.mentions if m.label == "Person"}
    assert not pairs(doc, "holdsPosition")
