"""Local people the tagger leaves untagged (session 19), on sentences written for the
tests: a given name and a tribal nisba after an honorific, a rank, a role noun or a
title, and the nisba alone later after a cue or a verb of saying
(:mod:`kg.ner.cues`)."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.bundled import BundledNER
from kg.ner.cues import (
    clerical_titles,
    cued_names,
    institution_namesakes,
    listed_nisba,
    surnames_from_document,
)
from kg.pipeline import Pipeline
from kg.text.stages import SentenceStage, TokenStage
from tests.ner.iob import persons, tagged
from tests.ner.linked import actors, full_pipeline


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # a role noun, a listed given name and a listed nisba
        ("وقال المواطن سالم الحربي إن السوق مزدحم .", {}, ["سالم الحربي"]),
        ("وأضافت الزائرة نورة القحطاني أن الحفل جميل .", {}, ["نورة القحطاني"]),
        ("وفي قصيدة للشاعر مبارك بن سعد الدوسري عن الوطن .", {}, ["مبارك بن سعد الدوسري"]),
        # after an honorific or a rank the given name need not be listed
        ("وأوضح مدير الإدارة اللواء مستور الحارثي أن الخطة جاهزة .", {}, ["مستور الحارثي"]),
        ("وقال العميد عقلا خلف العنزي إن الطرق آمنة .", {}, ["عقلا خلف العنزي"]),
        # the tagger took the nisba alone for a name of another kind
        ("وأشاد اللواء مستور الحارثي بالجهود .", {"الحارثي": "MISC"}, ["مستور الحارثي"]),
        # a title and one complement before the name; «علي» written with its «ي»
        ("وكان في مقدمة الحضور مدير المؤسسة علي الأحمري وعدد من المسؤولين .", {},
         ["علي الأحمري"]),
        # ranks below the officers' («الجندي أول»)
        ("وشارك الجندي أول ماجد البصري في العمل .", {}, ["ماجد البصري"]),
    ],
)
def test_a_cued_name_with_its_nisba_is_tagged(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, cued_names(words, tags)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a role noun before a word that is no listed given name
        "وقال المواطن يعاني الحربي كثيرا .",
        # no cue at all
        "وقد رافق سالم الحربي النزلاء إلى المهرجان .",
        # a frequent word in «ي» after a title: the noun, not a family name
        "وحضر عضو شرف النادي الحفل .",
        # an institution named after a person, though «الملك» is a title
        "ويرقد المرضى في مستشفى الملك فهد الجامعي منذ أسبوع .",
        # a nationality, a time word, a word in «ى»
        "وقال الكاتب أحمد السوري إن الرواية صدرت .",
        "وقال الشيخ سعد الماضي إن الأمر انتهى .",
        "وأكد الدكتور محمد المستوى العالي للخدمة .",
        # «الفريق» alone is «the team»
        "وفاز الفريق سالم الحربي بالكأس .",
        # a rank's complement opens no name
        "وقال الجندي أول الحربي إن العمل مستمر .",
    ],
)
def test_no_name_without_a_cue_a_given_name_and_a_nisba(sentence: str) -> None:
    words, tags = tagged(sentence, {})
    assert persons(words, cued_names(words, tags)) == []


def test_the_nisba_must_be_spelt_with_yaa() -> None:
    assert listed_nisba("الحربي")
    assert not listed_nisba("السوري")
    assert not listed_nisba("الثاني")
    assert not listed_nisba("الحربى")


def _document(*sentences: tuple[str, dict[str, str]]) -> tuple[list[list[str]], list[list[str]]]:
    words, tags = zip(*(tagged(sentence, names) for sentence, names in sentences), strict=True)
    return list(words), list(tags)


def test_the_family_name_alone_is_the_person_again_after_a_verb_or_a_cue() -> None:
    words, tags = _document(
        ("وقال المواطن سالم الحربي إن السوق مزدحم .", {"سالم الحربي": "PERS"}),
        ("وأكد الحربي أن الأسعار ارتفعت .", {}),
        ("ودعا الدكتور الحربي إلى الهدوء .", {}),
        # «الطيران الحربي»: an adjective after a noun, no cue
        ("وحلق الطيران الحربي فوق المدينة .", {}),
        # «بين» is also «between»
        ("ووقع الخلاف بين الحربي وجاره .", {}),
    )
    result = surnames_from_document(words, tags)
    assert [persons(w, t) for w, t in zip(words, result, strict=True)] == [
        ["سالم الحربي"], ["الحربي"], ["الحربي"], [], []]


def test_no_family_name_from_a_given_name_or_a_title() -> None:
    words, tags = _document(
        # «خالد محمد»: «محمد» is a given name; «وكيل الرقيب»: a title tagged as a name
        ("وقال خالد محمد إن العمل مستمر .", {"خالد محمد": "PERS"}),
        ("وأعرب وكيل الرقيب عن فخره .", {"وكيل الرقيب": "PERS"}),
        ("وقال محمد إن الوضع هادئ . وقال الرقيب إن الدوام انتهى .", {}),
    )
    result = surnames_from_document(words, tags)
    assert persons(words[2], result[2]) == []


@pytest.fixture(scope="module")
def tagger() -> Pipeline:
    return Pipeline([SentenceStage(), TokenStage(), BundledNER()])


def test_the_bundled_tagger_finds_the_citizen_and_his_family_name(tagger: Pipeline) -> None:
    text = ("ولفت المواطن عائض الحربي إلى أن الناس كانوا يتزاورون في العيد. "
            "وأكد الحربي أن فرحة العيد تغيرت.")
    doc = tagger(Document(id="doc-citizen", text=text))
    assert [(m.text, m.label) for m in doc.mentions if m.label == "Person"] == [
        ("عائض الحربي", "Person"), ("الحربي", "Person")]


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return full_pipeline()


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("وقدم الأهالي شكرهم لهيئة الري والصرف على جهودها.", "هيئة الري والصرف",
         "GovernmentBody"),
        ("وأحالت الشرطة القضية إلى هيئة التحقيق والادعاء العام أمس.",
         "هيئة التحقيق والادعاء العام", "GovernmentBody"),
        ("ونظمت جمعية البر الخيرية حفلا للأيتام.", "جمعية البر الخيرية", "Organization"),
        ("وشارك فرع جمعية الثقافة والفنون في المهرجان.", "جمعية الثقافة والفنون",
         "Organization"),
        # a company named by its field and its country, and by its field alone after that
        ("وأعلنت شركة الخطوط الجوية الكويتية تأجيل الرحلات.", "شركة الخطوط الجوية الكويتية",
         "Organization"),
        ("وأصدرت شركة الكهرباء السعودية بيانا. ونفت شركة الكهرباء مسؤوليتها عن الانقطاع.",
         "شركة الكهرباء", "Organization"),
    ],
)
def test_societies_authorities_named_by_field(
    full: Pipeline, text: str, name: str, label: str
) -> None:
    assert actors(full, text).get(name) == label


@pytest.mark.parametrize(
    "text",
    [
        # the faculty, a jury, the shape of a thing: no body
        "وأوضح عميد شؤون أعضاء هيئة التدريس أن الشروط معلنة.",
        "وأعلنت هيئة التحكيم النتائج مساء أمس.",
        "وتظهر الصخور على هيئة الكثبان في الصور.",
        "وهي تتخذ هيئة الوهاد في الصور.",
        # «هيئة الأمر بالمعروف والنهي عن المنكر» is a gazetteer name since names21, read
        # whole (tests/ner/test_names21.py), never cut by this rule
        # a company's field with no country is a description before its name
        "وبحسب تقرير لشركة الأبحاث غارتنر فإن المبيعات تراجعت.",
        "وعرضت شركة الإنتاج مبالغ كبيرة على الممثلين.",
    ],
)
def test_no_body_for_a_board_a_shape_or_a_description(full: Pipeline, text: str) -> None:
    assert not any(name.startswith(("هيئة", "شركة")) for name in actors(full, text))


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected_persons", "expected_tags"),
    [
        # a hospital, an airport named after a king or a prince: no person
        ("ونقل المصاب إلى مستشفى الملك خالد بحائل .", {"خالد": "PERS"}, [], None),
        ("ووصل الوفد إلى مطار الأمير محمد بن عبدالعزيز الدولي .",
         {"محمد بن عبدالعزيز": "PERS"}, [], None),
        ("وأعلنت مؤسسة الملك عبدالعزيز ورجاله للموهبة النتائج .",
         {"الملك عبدالعزيز": "PERS"}, [], None),
        # the tagger read the noun and the title as an organisation: it runs on
        ("وأعلنت جامعة الملك سعود عن وظائف .", {"جامعة الملك": "ORG", "سعود": "PERS"}, [],
         ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]),
        # a title after a definite noun is a person's («وكيل المركز الشيخ ناصر»)
        ("وحضر وكيل المركز الشيخ ناصر بن محيا الحفل .", {"ناصر بن محيا": "PERS"},
         ["ناصر بن محيا"], None),
    ],
)
def test_a_namesake_of_an_institution_is_no_person(
    sentence: str, tagged_names: dict[str, str], expected_persons: list[str],
    expected_tags: list[str] | None,
) -> None:
    words, tags = tagged(sentence, tagged_names)
    result = institution_namesakes(words, tags)
    assert persons(words, result) == expected_persons
    if expected_tags is not None:
        assert result == expected_tags


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        ("وقال المرشد آية الله علي خامنئي إن الاتفاق لن يغير شيئا .",
         {"آية الله": "PERS", "علي خامنئي": "PERS"}, ["علي خامنئي"]),
        ("وقال آية الله العظمى علي السيستاني إن الفتوى قائمة .",
         {"آية الله العظمى علي السيستاني": "PERS"}, ["علي السيستاني"]),
    ],
)
def test_a_clerical_title_is_no_name(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, clerical_titles(words, tags)) == expected
