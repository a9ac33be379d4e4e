"""The names of holders, session 35 (helper h6); sentences written for the test.

- A one-word gazetteer figure after a title is a given name when the name goes on: «الشيخ
  الدكتور صالح الحمدان» is not «علي عبد الله صالح», «الدكتور عباس القحطاني» not «محمود
  عباس» (:mod:`kg.ner.name_continues`); «الرئيس صالح», «الرئيس صالح المخلوع» and «الرئيس
  عباس الفلسطيني» stay.
- A person's honorific inside a tagged body's name ends it and opens the person
  (:mod:`kg.ner.honorific_cuts`): «بجامعة الملك سعود الدكتورة المطيري» is a university and a
  person; not an honorific right after the head («مستشفى الدكتور سليمان الحبيب»).
- «الدكتورة جميلة سعيد الزهراني»: a one-word name after a person's honorific joins the name
  after it (:mod:`kg.ner.adjacent_names`).
- A principal named in the genitive of a relational noun is not the subject, and a second
  title after it names the holder (:mod:`kg.relations.principal_names`): «وجه مستشار خادم
  الحرمين الشريفين أمير منطقة الرياض فلان ...، مشددا» is said by «فلان»; «ووجه مستشار الملك
  سلمان ...، مشددا» by no one named.
- A verbal noun of a deed done to a person («انتخاب», «محاكمة», «اغتيال») opens no name, in
  the tagger nor in the linker's widening (:mod:`kg.gazetteer.deed_nouns`); «أبو» after a
  title's one-word figure goes on with a family name («الدكتور صالح أبو حسين»); an office
  before a place written as one word names one man («محافظ ضباءالشمالية عبدالمحسن المطيشان»,
  :mod:`kg.ner.cues`).
- «هيئة»/«جمعية» and a noun in construct with a definite field is a body («هيئة مكافحة
  الفساد», :mod:`kg.ner.construct_fields`); not a verb after the head («هيئة تضم الخبراء»).
- Dotted initials are one name («سي.بي.إس», «جي.إم موتورز»: :mod:`kg.ner.dotted_acronyms`),
  and the «إن» that opens them opens no content (:mod:`kg.relations.statement_content`).
- «وكان مسؤول الاتحاد الأوروبي قد قال»: a body in the genitive of a person noun before the
  verb is not the speaker, whose name is not given (:mod:`kg.relations.speaker_before`).
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
    return pipeline(Document(id="holders35", text=text))


def _speakers(doc: Document) -> set[str]:
    return {subject for subject, _ in pairs(doc, "stated")}


def _persons(doc: Document) -> set[str]:
    return {m.text for m in doc.mentions if m.label == "Person"}


@pytest.mark.parametrize(("text", "speaker", "wrong"), [
    ("وأوضح رئيس مجلس إدارة الجمعية الشيخ الدكتور صالح الحمدان أن عدد المتطوعين زاد.",
     "صالح الحمدان", "علي عبد الله صالح"),
    ("وقال الدكتور عباس القحطاني إن المشروع سيكتمل قريبا.", "عباس القحطاني", "محمود عباس"),
    ("وأكد الشيخ صالح العبدالله أن الحملة نجحت.", "صالح العبدالله", "علي عبد الله صالح"),
])
def test_given_name_before_family_name(pipeline: Pipeline, text: str, speaker: str,
                                       wrong: str) -> None:
    speakers = _speakers(_run(pipeline, text))
    assert speaker in speakers
    assert wrong not in speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال الرئيس صالح إن الحوار مستمر.", "علي عبد الله صالح"),
    ("وقال الرئيس عباس الفلسطيني إن الحوار مستمر.", "محمود عباس"),
    ("وقال الرئيس صالح اليوم إن الحوار مستمر.", "علي عبد الله صالح"),
    ("وقال الرئيس صالح المخلوع إن الحوار مستمر.", "علي عبد الله صالح"),
])
def test_figure_after_title_stays(pipeline: Pipeline, text: str, speaker: str) -> None:
    assert speaker in _speakers(_run(pipeline, text))


def test_honorific_ends_body_name(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقالت عضو هيئة التدريس بجامعة الملك سعود الدكتورة المطيري، ان "
                         "التجارب أثبتت نجاح العلاج.")
    labels = {m.text: m.label for m in doc.mentions}
    assert not any("الدكتورة" in text for text in labels)
    assert labels.get("المطيري") == "Person"
    assert "المطيري" in _speakers(doc)


def test_honorific_after_head_names_body(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال مدير مستشفى الدكتور سليمان الحبيب إن العمل مستمر.")
    assert "سليمان الحبيب" in _persons(doc)


def test_honoured_given_name_joins(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وترى استشارية التغذية الدكتورة جميلة سعيد الزهراني، أن الصيام مفيد.")
    assert "جميلة سعيد الزهراني" in _persons(doc)
    assert "جميلة" not in _persons(doc)


def test_rank_before_name_not_joined(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال اللواء الركن محمد الغامدي إن الوضع آمن.")
    assert "الركن محمد الغامدي" not in _persons(doc)


def test_second_title_names_the_holder(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "ووجه مستشار خادم الحرمين الشريفين أمير منطقة الرياض فيصل بن بندر "
                         "الشرطة بسرعة القبض على الجناة، مشدداً على ضرورة تكثيف الدوريات.")
    speakers = _speakers(doc)
    assert "سلمان بن عبد العزيز" not in speakers
    assert any("فيصل بن بندر" in speaker for speaker in speakers)


def test_principal_alone_is_no_holder(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "ووجه مستشار الملك سلمان الشرطة بسرعة القبض على الجناة، مشدداً على "
                         "ضرورة تكثيف الدوريات.")
    assert "سلمان بن عبد العزيز" not in _speakers(doc)


def test_titled_subject_still_speaks(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "ووجه أمير منطقة الرياض فيصل بن بندر الشرطة بسرعة القبض على الجناة، "
                         "مشدداً على ضرورة تكثيف الدوريات.")
    assert any("فيصل بن بندر" in speaker for speaker in _speakers(doc))


@pytest.mark.parametrize(("text", "person", "wrong"), [
    ("وأعيد انتخاب بلاتر لولاية خامسة على رأس الاتحاد في مايو.", "بلاتر", "انتخاب بلاتر"),
    ("وطالب المحتجون بمحاكمة موراليس أمام القضاء.", "موراليس", "بمحاكمة موراليس"),
])
def test_deed_noun_opens_no_name(pipeline: Pipeline, text: str, person: str,
                                 wrong: str) -> None:
    persons = _persons(_run(pipeline, text))
    assert wrong not in persons
    assert person in persons or not persons


def test_deed_noun_list_keeps_given_names() -> None:
    from kg.gazetteer.deed_nouns import DEED_NOUNS
    from kg.gazetteer.index import name_key
    assert not DEED_NOUNS.intersection(name_key("لقاء عودة فوز نجاح أمل جمال"))


def test_kunya_goes_on_after_given_name(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال الدكتور صالح أبو حسين إن الأمسية ناجحة.")
    assert "علي عبد الله صالح" not in _speakers(doc)


def test_glued_place_after_office(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "زار محافظ ضباءالشمالية عبدالمحسن المطيشان المستشفى أمس.")
    assert "عبدالمحسن المطيشان" in _persons(doc)


@pytest.mark.parametrize(("text", "body"), [
    ("وقالت هيئة مكافحة الفساد إن التحقيق مستمر.", "هيئة مكافحة الفساد"),
    ("وأكدت جمعية رعاية المسنين أن التبرعات زادت.", "جمعية رعاية المسنين"),
])
def test_body_by_construct_field(pipeline: Pipeline, text: str, body: str) -> None:
    assert body in _speakers(_run(pipeline, text))


@pytest.mark.parametrize("text", [
    "وأنشأت الوزارة هيئة تضم الخبراء لدراسة الملف.",
    "وأسس الأهالي جمعية تعنى بالأيتام.",
])
def test_verb_after_head_names_no_body(pipeline: Pipeline, text: str) -> None:
    doc = _run(pipeline, text)
    assert not any(m.text.startswith(("هيئة", "جمعية")) for m in doc.mentions)


@pytest.mark.parametrize(("text", "speaker", "quote"), [
    ("وقالت شبكة سي.بي.إس الأمريكية إن الحلقة ستعرض غدا.", "سي.بي.إس", "الحلقة ستعرض غدا"),
    ("وقالت جي.إم موتورز إن المبيعات ارتفعت.", "جي.إم موتورز", "المبيعات ارتفعت"),
    ("وقالت شبكة إن.بي.سي إن المقابلة ستبث مساء.", "إن.بي.سي", "المقابلة ستبث مساء"),
])
def test_dotted_initials_one_name(pipeline: Pipeline, text: str, speaker: str,
                                  quote: str) -> None:
    doc = _run(pipeline, text)
    assert (speaker, quote) in pairs(doc, "stated")
    assert not {"سي", "بي", "جي", "إس"} & {m.text for m in doc.mentions}


def test_lone_letter_word_untouched(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وقال في بيان إن الوضع مستقر.")
    assert not any("." in m.text for m in doc.mentions)


def test_person_initials_left_to_tagger() -> None:
    from kg.ner.dotted_acronyms import dotted_acronyms
    words = ["والفرنسي", "جي", ".", "إم", ".", "جي", "لو", "كليزيو"]
    tags = ["O", "B-PERS", "O", "I-PERS", "O", "I-PERS", "I-PERS", "I-PERS"]
    assert dotted_acronyms(words, tags) == tags
    words = ["وقالت", "شبكة", "سي", ".", "بي", ".", "إس", "إن"]
    assert dotted_acronyms(words, ["O"] * 8) == ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG",
                                                 "I-ORG", "O"]


@pytest.mark.parametrize(("text", "body"), [
    ("وكان مسؤول الاتحاد الأوروبي قد قال إن القرض أحد الخيارات.", "الاتحاد الأوروبي"),
    ("وكان عضو حركة فتح قد قال إن الحوار مستمر.", "حركة فتح"),
])
def test_official_of_body_before_verb_is_unnamed(pipeline: Pipeline, text: str,
                                                  body: str) -> None:
    assert body not in _speakers(_run(pipeline, text))


def test_body_before_verb_still_speaks(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "وكان الاتحاد الأوروبي قد قال إن القرض أحد الخيارات.")
    assert "الاتحاد الأوروبي" in _speakers(doc)
