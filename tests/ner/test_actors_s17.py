"""Actors the entity stages used to miss, cut or split (session 17), on sentences written
for the tests: family names after «آل», a given name before a title in apposition,
a name's proclitic split read from the document, group names in their members' words,
and state bodies named bare."""

from __future__ import annotations

import pytest

from kg.gazetteer.extractors import EXTRACTOR
from kg.gazetteer.index import default_gazetteer
from kg.ids import mention_id
from kg.link.retype import retype_mentions
from kg.link.stages import LinkStage
from kg.model import Document, Mention
from kg.ner.bodies import BodiesNERStage
from kg.ner.bundled import known_names, name_rules
from kg.ner.gazetteer import GazetteerNERStage
from kg.ner.repair import repair_person_names
from kg.pipeline import Pipeline
from kg.text.stages import SentenceStage, TokenStage
from tests.ner.iob import persons, tagged
from tests.ner.linked import gazetteer_pipeline, named


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # a family named by a title word after «آل»
        ("واستقبل الوزير الشيخ عبدالله بن محمد آل الشيخ الوفد أمس .",
         {"عبدالله بن محمد آل": "PERS"}, ["عبدالله بن محمد آل الشيخ"]),
        ("وشكر الأمير خالد آل الشيخ على جهوده .", {"خالد آل": "PERS"}, ["خالد آل الشيخ"]),
        # a given name before a title in apposition ends the name
        ("وقال أحمد كريم أمين حاكم الولاية إن الطائرات قصفت الجسر .", {"أحمد كريم": "PERS"},
         ["أحمد كريم أمين"]),
    ],
)
def test_names_cut_before_a_title_word_are_completed(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, repair_person_names(words, tags)) == expected


@pytest.mark.parametrize(
    ("sentence", "tagged_names", "expected"),
    [
        # «أمين عام»: the title, not a name
        ("واستقبل الملك سلمان أمين عام الجامعة أمس .", {"سلمان": "PERS"}, ["سلمان"]),
        # «آل» before a preposition or a word with a proclitic takes nothing
        ("وقال فهد آل في بيانه إن الخطة جاهزة .", {"فهد": "PERS"}, ["فهد"]),
        # a given name before a word that is no title stays out
        ("وقال سعد أمين المدينة إن العمل بدأ .", {"سعد": "PERS"}, ["سعد"]),
    ],
)
def test_title_words_that_are_no_name_stay_out(
    sentence: str, tagged_names: dict[str, str], expected: list[str]
) -> None:
    words, tags = tagged(sentence, tagged_names)
    assert persons(words, repair_person_names(words, tags)) == expected


def test_the_proclitic_split_follows_the_documents_other_names() -> None:
    rules = name_rules()

    def guess(text: str) -> str:  # a mention's own text in ``known``, as the stage reads it
        return text[rules.name_start(text.split()[0]):]

    # «وفيدل كاسترو» after «فيدل كاسترو»: the «و» is a conjunction
    known = known_names(["فيدل كاسترو", guess("وفيدل كاسترو")])
    assert rules.name_start_among("وفيدل", " كاسترو", known) == 1
    # «وبرونو رودريغيز» after «برونو رودريغيز»: the «ب» is the name's own letter
    known = known_names(["برونو رودريغيز", guess("وبرونو رودريغيز")])
    assert rules.name_start_among("وبرونو", " رودريغيز", known) == 1
    # no other mention names it: the guess of the letters stands
    alone = known_names([guess("وفيدل كاسترو")])
    assert rules.name_start_among("وفيدل", " كاسترو", alone) == rules.name_start("وفيدل")
    # one word is too often a common noun the tagger took for a name: no document split
    assert rules.name_start_among("بريف", "", known_names(["ريف", "بريف"])) == \
        rules.name_start("بريف")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return gazetteer_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن مسلحي الحوثي انسحبوا من المطار.",
        "وأطلقت مليشيات الحوثي قذائف على الحي.",
        "وتقدم المتمردون الحوثيون نحو المدينة.",
    ],
)
def test_houthi_group_forms_name_the_group(pipeline: Pipeline, text: str) -> None:
    assert ("ArmedGroup", "الحوثيون") in named(pipeline, text).values()


def test_a_shared_short_name_is_the_one_the_document_names(pipeline: Pipeline) -> None:
    # «الحوثي» names the group and its leader: the leader, named in full, here
    found = named(pipeline, "وطالب عبدالملك الحوثي أنصاره بالحشد. وقال الحوثي إن الحرب مستمرة.")
    assert found["الحوثي"] == ("Person", "عبد الملك الحوثي")
    # and alone, with no members' word before it, nobody
    assert "الحوثي" not in named(pipeline, "وقال الحوثي إن الحرب مستمرة.")


def test_a_group_alias_needs_its_members_word_or_its_full_name(pipeline: Pipeline) -> None:
    assert named(pipeline, "وهاجم مسلحو القاعدة حاجزا للجيش.").get("القاعدة") == \
        ("ArmedGroup", "تنظيم القاعدة")
    assert "القاعدة" in named(pipeline, "وقتل ثلاثة من عناصر القاعدة في الغارة.")
    # «القاعدة» alone is a base or a rule
    assert "القاعدة" not in named(pipeline, "وعاد الجنود إلى القاعدة الجوية مساء.")
    # «~التحالف» names two coalitions: a members' word does not choose between them
    assert "التحالف" not in named(pipeline, "وشن طيران التحالف غارات على المعسكر.")


def test_bare_state_bodies_are_the_one_country_bodies(pipeline: Pipeline) -> None:
    found = named(pipeline, "وأقر مجلس الشورى في السعودية نظام الجمعيات.")
    assert found["مجلس الشورى"][0] == "GovernmentBody"
    found = named(pipeline, "وأحالت النيابة العامة المتهمين إلى المحكمة.")
    assert found["النيابة العامة"][0] == "GovernmentBody"
    found = named(pipeline, "وصوت مجلس الشيوخ الأمريكي على القرار.")
    assert found["مجلس الشيوخ الأمريكي"] == ("GovernmentBody", "مجلس الشيوخ الأمريكي")


def test_the_saudi_red_crescent_is_one_body(pipeline: Pipeline) -> None:
    found = named(pipeline, "وقال المتحدث باسم هيئة الهلال الأحمر السعودي إن الفرق وصلت.")
    assert found["هيئة الهلال الأحمر السعودي"] == ("GovernmentBody", "هيئة الهلال الأحمر السعودي")


def test_a_bare_body_and_its_adjective_phrase_are_one_entity() -> None:
    gazetteer = default_gazetteer()
    pipeline = Pipeline([SentenceStage(), TokenStage(), GazetteerNERStage(gazetteer),
                         BodiesNERStage(gazetteer), LinkStage(gazetteer)])

    def body_id(text: str, phrase: str) -> str | None:
        doc = pipeline(Document(id="doc-a17b", text=text))
        return next(m.entity_id for m in doc.mentions if m.text == phrase)

    with_adjective = body_id("وأمرت النيابة العامة المصرية بحبس المتهمين.",
                             "النيابة العامة المصرية")
    bare = body_id("وقالت النيابة العامة في مصر إن التحقيق بدأ.", "النيابة العامة")
    assert with_adjective is not None and with_adjective == bare


def test_the_sima_of_la_sima_is_no_given_name() -> None:
    text = "وصلت التعزيزات من المناطق الأخرى لا سيما الموصل وسوريا."
    doc = SentenceStage()(Document(id="doc-a17c", text=text))
    start = text.index("الموصل")
    place = Mention(id=mention_id(doc.id, start, start + 6), start=start, end=start + 6,
                    text="الموصل", label="City", extractor=EXTRACTOR, confidence=0.9,
                    sentence_index=0)
    kept, retyped = retype_mentions(doc, [place])
    assert [(m.text, m.label) for m in kept] == [("الموصل", "City")] and not retyped


def test_the_kurdish_parties_are_named(pipeline: Pipeline) -> None:
    found = named(pipeline, "وقال مسؤول في الحزب الديمقراطي الكردستاني إن المصلين اعتقلوا.")
    assert found["الحزب الديمقراطي الكردستاني"] == \
        ("PoliticalParty", "الحزب الديمقراطي الكردستاني")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأدان المؤتمر الوطني العام في طرابلس التفجير.",
         ("GovernmentBody", "المؤتمر الوطني العام")),
        ("وتقدمت قوات فجر ليبيا نحو المطار.", ("ArmedGroup", "فجر ليبيا")),
        ("وقال المؤتمر الشعبي العام إنه يرفض الحوار.", ("PoliticalParty", "المؤتمر الشعبي العام")),
        ("ودعا الحراك الجنوبي إلى التظاهر.", ("Organization", "الحراك الجنوبي")),
        ("وأعلنت كتائب القسام مسؤوليتها عن العملية.", ("ArmedGroup", "كتائب عز الدين القسام")),
        ("ورحب الائتلاف السوري المعارض بالقرار.", ("Organization", "الائتلاف الوطني السوري")),
    ],
)
def test_the_named_actors_of_the_wars_of_2015(pipeline: Pipeline, text: str,
                                              expected: tuple[str, str]) -> None:
    assert expected in named(pipeline, text).values()


def test_ennahda_alone_needs_its_full_name(pipeline: Pipeline) -> None:
    assert "النهضة" not in named(pipeline, "وشهدت البلاد النهضة الصناعية.")
    found = named(pipeline, "وقالت حركة النهضة إنها تدعم الحكومة. وأكدت النهضة ذلك.")
    assert found["النهضة"] == ("PoliticalParty", "حركة النهضة")


def test_a_government_named_by_its_place() -> None:
    gazetteer = default_gazetteer()
    pipeline = Pipeline([SentenceStage(), TokenStage(), GazetteerNERStage(gazetteer),
                         BodiesNERStage(gazetteer), LinkStage(gazetteer)])
    doc = pipeline(Document(id="doc-a17d", text=(
        "وأعلنت حكومة إقليم كردستان أن الوفد وصل. وقالت حكومة اليمن إنها ترفض الخطة. "
        "وأكدت الحكومة اليمنية ذلك.")))
    entities = {entity.id: entity for entity in doc.entities}
    bodies = {m.text: entities[m.entity_id] for m in doc.mentions
              if m.entity_id in entities and entities[m.entity_id].label == "GovernmentBody"}
    assert set(bodies) == {"حكومة إقليم كردستان", "حكومة اليمن", "الحكومة اليمنية"}
    assert bodies["حكومة اليمن"].id == bodies["الحكومة اليمنية"].id
    assert bodies["حكومة إقليم كردستان"].id != bodies["حكومة اليمن"].id
    # «رئيس حكومة اليمن»: the title's; «حكومة» before a city names no body here
    doc = pipeline(Document(id="doc-a17e", text="وقال رئيس حكومة اليمن إن حكومة بغداد ترفض."))
    assert not [m for m in doc.mentions if m.text.startswith("حكومة")]
