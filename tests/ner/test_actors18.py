"""Actors the entity stages cut, merged or missed (session 18), on sentences written for
the tests: a rank's complement before an officer's name, two long names that share their
first and last words, and named bodies added to the gazetteer."""

from __future__ import annotations

import pytest

from kg.link.coref import attach_short_names, person_words
from kg.model import Document
from kg.ner.repair import repair_person_names
from kg.pipeline import Pipeline
from tests.ner.iob import persons, tagged
from tests.ner.linked import actors, full_pipeline, gazetteer_pipeline, named


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
    return gazetteer_pipeline()


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


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return full_pipeline()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأعلنت وزارة الصحة تسجيل ثلاث حالات جديدة.", "وزارة الصحة"),
        ("وأكدت وزارة الشؤون الإسلامية والأوقاف جاهزية الجوامع.",
         "وزارة الشؤون الإسلامية والأوقاف"),
        ("وشكر الطلاب وزارة التعليم العالي على المنح.", "وزارة التعليم العالي"),
        ("وأوضحت أمانة منطقة الرياض أن الحدائق فتحت أبوابها.", "أمانة منطقة الرياض"),
        ("وقبضت شرطة منطقة القصيم على ثلاثة متهمين.", "شرطة منطقة القصيم"),
        ("وأشاد الأهالي بجهود إمارة منطقة مكة المكرمة في العيد.", "إمارة منطقة مكة المكرمة"),
        # a government named by its standing, not its country
        ("وأعلنت الحكومة الشرعية رفضها للمبادرة.", "الحكومة الشرعية"),
        ("واتهمت الشركة الحكومة المعترف بها دوليا بقصف الميناء.", "الحكومة المعترف بها دوليا"),
        # a place no tagger knows, after «محافظة»
        ("ونفذت بلدية محافظة القريمزة جولات على المطاعم.", "بلدية محافظة القريمزة"),
    ],
)
def test_bodies_named_by_field_or_place(full: Pipeline, text: str, name: str) -> None:
    assert actors(full, text).get(name) == "GovernmentBody"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the verb's object after the field, a time word, an affiliation: not the name
        ("ودعت وزارة العدل المتقدمين إلى مراجعة فروعها.", "وزارة العدل المتقدمين"),
        ("وأعلنت وزارة الصحة الأحد تسجيل حالات.", "وزارة الصحة الأحد"),
        ("وقالت وزارة الصحة التابعة للحكومة إن المستشفى قصف.", "وزارة الصحة التابعة"),
        ("وقالت وزارة الصحة التابعة للحكومة إن المستشفى قصف.", "وزارة الصحة"),
        # a country's prisons are no local body; a title keeps its phrase
        ("ونقل المتهم إلى أكبر سجون لبنان أمس.", "سجون لبنان"),
        ("وقال مدير عام شرطة دبي إن القضية أغلقت.", "شرطة دبي"),
        ("وقال قائد جيش الحكومة المعترف بها دوليا إن القوات تقدمت.",
         "الحكومة المعترف بها دوليا"),
        ("وقال الناطق باسم شرطة جدة إن المتهم اعترف.", "شرطة جدة"),
        # a title before the ministry keeps its phrase whole
        ("وقال وكيل وزارة الصحة إن اللقاح وصل.", "وزارة الصحة"),
    ],
)
def test_what_is_no_part_of_a_ministrys_name(full: Pipeline, text: str, absent: str) -> None:
    assert actors(full, text).get(absent) != "GovernmentBody"


def test_the_generic_ministry_stays_the_gazetteers(full: Pipeline) -> None:
    doc = full(Document(id="doc-a18c", text="وقالت وزارة الخارجية إن السفير غادر."))
    assert all(m.extractor != "ner.bodies" for m in doc.mentions)


def test_a_local_bodys_noun_is_no_given_name(full: Pipeline) -> None:
    found = actors(full, "وسلم وكيل أمانة الرياض للخدمات المهندس سامي الحربي الجوائز.")
    assert "أمانة الرياض" not in found or found["أمانة الرياض"] != "Person"
    assert found.get("سامي الحربي") == "Person"


def test_a_body_after_lil_is_named_with_its_article(full: Pipeline) -> None:
    assert actors(full, "وقدمت الدول الدعم للجيش الأفغاني.").get("الجيش الأفغاني") == \
        "GovernmentBody"


def test_a_gazetteer_name_keeps_a_first_word_that_looks_like_a_particle(full: Pipeline) -> None:
    found = actors(full, "وأعلن الأمين العام للأمم المتحدة بان كي مون، عن تعيين مبعوث جديد.")
    assert found.get("بان كي مون") == "Person"
    assert "كي مون" not in found


def test_a_named_body_after_lil_is_the_same_body(full: Pipeline) -> None:
    doc = full(Document(id="doc-a18d", text="وتقدمت قوات بقيادة الحكومة الشرعية نحو المدينة. "
                                             "وقدمت الدول الدعم للحكومة الشرعية أمس."))
    named_bodies = [e for e in doc.entities if e.label == "GovernmentBody"]
    assert [e.name for e in named_bodies] == ["الحكومة الشرعية"]
    assert len(named_bodies[0].mention_ids) == 2
