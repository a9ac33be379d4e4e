"""Session 23 (names23), on sentences written for the tests: a name after an office
and its place that closes on a family name no list holds (:mod:`kg.ner.cues`,
:func:`kg.ner.family_words.unknown_family`), and the outlet and reporter of a
two-field lead (:mod:`kg.ner.leads`)."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.cues import cued_names
from kg.ner.family_words import unknown_family
from kg.ner.gazetteer import dateline_spans
from kg.ner.leads import two_field_lead
from kg.pipeline import Pipeline
from tests.ner.iob import persons, tagged
from tests.ner.linked import full_pipeline


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # an office, its place (one definite word of no wide use) and a name
        ("دشن محافظ الدلم فهد المطيويع المشروع الجديد .", {}, ["فهد المطيويع"]),
        # a division noun between the office and the tagged place
        ("زار رئيس بلدية مدينة بريدة ناصر الهويمل الحي .", {"مدينة بريدة": "LOC"},
         ["ناصر الهويمل"]),
        # a place of two words the tagger found
        ("استقبل محافظ محافظة العلا خالد الصقيران الوفد .", {"محافظة العلا": "LOC"},
         ["خالد الصقيران"]),
    ],
)
def test_a_name_after_an_office_and_its_place(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, cued_names(words, tags)) == expected


@pytest.mark.parametrize(
    ("sentence", "tagged_names"),
    [
        # the word after the given name is a common word: no family name
        ("دشن محافظ الدلم فهد الجديد المشروع .", {}),
        # no place after the office: the unlisted family word needs the office's place
        ("وقال المواطن فهد المطيويع إن الحي نظيف .", {}),
        # no listed given name after the office
        ("دشن محافظ الدلم المشروع المطيويعي الكبير .", {}),
        # an institution named after a person is no office
        ("افتتح مستشفى الملك فهد المطيويع .", {}),
        ("زار مستشفى رئيس بلدية الدلم فهد المطيويع .", {}),
    ],
)
def test_no_name_without_office_place_given_name_and_family(
    sentence: str, tagged_names: dict[str, str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, cued_names(words, tags)) == []


def test_unknown_family_words() -> None:
    assert unknown_family("المطيويع")
    assert not unknown_family("الجديد")  # a word of general text
    assert not unknown_family("مطيويع")  # no article
    assert not unknown_family("والمطيويع")  # another proclitic
    assert not unknown_family("السعوديين")  # a nationality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سبق- تبوك: أعلنت الإدارة إطلاق البرنامج.", [("سبق", "MediaOrganization")]),
        ("واس – صنعاء: قال مسؤول إن الهدنة صامدة.", [("واس", "MediaOrganization")]),
        ("فهد العتيبي- سبق: أعلنت الإدارة إطلاق البرنامج.",
         [("فهد العتيبي", "Person"), ("سبق", "MediaOrganization")]),
        # a dateline's place before the agency is no reporter
        ("مكة المكرمة- واس: أعلنت الإدارة إطلاق البرنامج.", [("واس", "MediaOrganization")]),
    ],
)
def test_two_field_leads(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[start:end], label) for start, end, label in two_field_lead(text)] == expected
    assert [(text[start:end], label) for start, end, label in dateline_spans(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "عاجل- الرياض: أعلنت الإدارة إطلاق البرنامج.",  # a lead word, no outlet
        "متابعات- جدة: أعلنت الإدارة إطلاق البرنامج.",
        "أعلنت الإدارة - كما سبق: إطلاق البرنامج.",  # no lead at the opening
        "وقال إنه سبق- وأن أعلن: الخبر.",  # the outlet's word not as the first field
    ],
)
def test_no_outlet_in_other_openings(text: str) -> None:
    assert two_field_lead(text) == []


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return full_pipeline()


def test_the_full_pipeline_reads_the_outlet_and_the_office(full: Pipeline) -> None:
    doc = full(Document(id="doc-lead", text=(
        "سبق- جدة: افتتح محافظ الدلم فهد المطيويع المعرض السنوي أمس.")))
    found = {entity.name: entity.label for entity in doc.entities}
    assert found.get("سبق") == "MediaOrganization"
    assert found.get("فهد المطيويع") == "Person"


def test_construct_plurals_are_no_names() -> None:
    from kg.ner.construct_plurals import construct_plural

    assert construct_plural("منسوبو")  # «منسوبو الإدارة»: the staff of
    assert construct_plural("موظفو")
    assert construct_plural("ومسؤولو")
    for name in ("ماركو", "برونو", "عمرو", "أبو", "باولو", "رينالدو", "وماركو", "جيرالدو",
                 "مارسيلو"):
        assert not construct_plural(name), name


def test_a_construct_plural_is_cut_from_a_person_name() -> None:
    from kg.ner.name_edges import trim_name_edges

    words, tags = tagged("وقال منسوبو الشركة إن الرواتب تأخرت .", {"منسوبو": "PERS"})
    assert persons(words, trim_name_edges(words, tags)) == []
    words, tags = tagged("وقال ماركو روبيو إن الاتفاق سيئ .", {"ماركو روبيو": "PERS"})
    assert persons(words, trim_name_edges(words, tags)) == ["ماركو روبيو"]


def test_reporter_place_outlet_lead() -> None:
    text = "فهد العتيبي- تبوك- سبق: أعلنت الإدارة إطلاق البرنامج."
    assert [(text[s:e], label) for s, e, label in dateline_spans(text)] == [
        ("فهد العتيبي", "Person"), ("سبق", "MediaOrganization")]
    text = "فهد العتيبي- سبق- تبوك: أعلنت الإدارة إطلاق البرنامج."
    assert [(text[s:e], label) for s, e, label in dateline_spans(text)] == [
        ("فهد العتيبي", "Person"), ("سبق", "MediaOrganization")]


def test_a_participle_opens_no_organisation() -> None:
    from kg.ner.participles import participle_orgs

    words, tags = tagged("ورأس اللجنة العليا المنظمة للحفل سالم المطيويع الاجتماع .",
                         {"المنظمة للحفل سالم المطيويع": "ORG"})
    fixed = participle_orgs(words, tags)
    assert persons(words, fixed) == ["سالم المطيويع"]
    assert not any(tag.endswith("ORG") for tag in fixed)
    words, tags = tagged("وأعلنت الجهة المختصة بالرقابة الأمر .", {"المختصة بالرقابة": "ORG"})
    assert participle_orgs(words, tags) == ["O"] * len(words)


def test_the_organisation_noun_stays_an_organisation() -> None:
    from kg.ner.participles import participle_orgs

    # the noun opens the sentence's subject: no definite word before it
    words, tags = tagged("وأكدت المنظمة العربية للتنمية أن .", {"المنظمة العربية للتنمية": "ORG"})
    assert participle_orgs(words, tags) == tags
    # after a verb or a preposition it is the noun too
    words, tags = tagged("وقالت إن المنظمة الدولية للهجرة تعمل .",
                         {"المنظمة الدولية للهجرة": "ORG"})
    assert participle_orgs(words, tags) == tags


def test_an_organisation_object_after_a_definite_subject_stays() -> None:
    from kg.ner.participles import participle_orgs

    words, tags = tagged("وأبلغت الحكومة المنظمة الدولية للهجرة بالقرار .",
                         {"المنظمة الدولية للهجرة": "ORG"})
    assert participle_orgs(words, tags) == tags
