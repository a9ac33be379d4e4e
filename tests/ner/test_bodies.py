from __future__ import annotations

import pytest

from kg.gazetteer.bodies import body_reading, nationality_adjectives
from kg.gazetteer.extractors import BODIES_EXTRACTOR, EXTRACTOR
from kg.gazetteer.index import default_gazetteer
from kg.ids import mention_id
from kg.link.stages import LinkStage
from kg.model import Document, Mention
from kg.ner.bodies import BodiesNERStage
from kg.ner.gazetteer import GazetteerNERStage
from kg.pipeline import Pipeline
from kg.text.stages import SentenceStage, TokenStage


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    gazetteer = default_gazetteer()
    return Pipeline([SentenceStage(), TokenStage(), GazetteerNERStage(gazetteer),
                     BodiesNERStage(gazetteer), LinkStage(gazetteer)])


def bodies(pipeline: Pipeline, text: str, mentions: tuple[Mention, ...] = ()) -> Document:
    return pipeline(Document(id="doc-b", text=text, mentions=mentions))


def body_texts(doc: Document) -> list[str]:
    return [m.text for m in doc.mentions if m.extractor == BODIES_EXTRACTOR]


def test_adjectives_of_both_genders_and_a_country_name_that_is_its_adjective() -> None:
    adjectives = nationality_adjectives(default_gazetteer())
    assert (adjectives["الامريكي"].country, adjectives["الامريكي"].gender) == ("USA", "m")
    assert (adjectives["اليمنيه"].country, adjectives["اليمنيه"].gender) == ("YEM", "f")
    assert adjectives["السعوديه"].country == "SAU"
    assert "الامريكيون" not in adjectives  # plural: people, not a body's adjective


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الجيش الأمريكي إن قواته قصفت مواقع التنظيم.", "الجيش الأمريكي"),
        ("وأعلنت الحكومة اليمنية رفضها للمبادرة.", "الحكومة اليمنية"),
        ("ودانت المعارضة السورية القصف.", "المعارضة السورية"),
        ("واعتقلت الشرطة التركية ثلاثة مشتبهين.", "الشرطة التركية"),
        ("وتقدمت القوات العراقية نحو المدينة.", "القوات العراقية"),
        ("وقالت وزارة الداخلية السعودية في بيان إن الهجوم فشل.", "وزارة الداخلية السعودية"),
        ("وأمرت النيابة العامة المصرية بحبس المتهمين.", "النيابة العامة المصرية"),
        ("وأنقذ خفر السواحل اليوناني مئة مهاجر.", "خفر السواحل اليوناني"),
        ("وقالت وزارة الصحة الفلسطينية إن عدد الجرحى ارتفع.", "وزارة الصحة الفلسطينية"),
    ],
)
def test_a_head_and_an_agreeing_nationality_adjective_are_one_body(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    doc = bodies(pipeline, text)
    assert body_texts(doc) == [expected]
    mention = next(m for m in doc.mentions if m.extractor == BODIES_EXTRACTOR)
    assert text[mention.start:mention.end] == expected
    assert mention.id == mention_id("doc-b", mention.start, mention.end)
    # the adjective's country mention gave way to the body
    assert not any(m.start > mention.start and m.end <= mention.end for m in doc.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الحكومة إن الوضع مستقر.",  # no country: nobody identifiable
        "وقال وزير الداخلية السعودي إن الأمن مستتب.",  # the adjective is the minister's
        "وقالت وزيرة الخارجية السويدية إن بلادها قلقة.",  # a title before the head
        "وقال رئيس الحكومة اليمنية إن الحوار مستمر.",
        "وسيطر الجيش السوري الحر على القرية.",  # another body: the Free Syrian Army
        "وقالت الحكومة السورية المؤقتة إنها ترفض ذلك.",
        "وقالت قوات أمريكية إنها انسحبت.",
        "وانتقد الكاتب السياسة الخارجية السعودية.",  # the head is an adjective here
        "ورفض التدخل في الشؤون الداخلية اللبنانية.",  # indefinite: some forces, not the body
        "وقال الجيش\nالأمريكي إن الهجوم فشل.",  # a line break between head and adjective
        "وقالت القوات اللبنانية إنها ترفض التمديد.",  # the party's name, in the gazetteer
        "وقال رئيس ائتلاف المعارضة السورية إن الحل سياسي.",  # a noun of kind: a name
    ],
)
def test_no_body_without_a_clear_country_of_the_head(pipeline: Pipeline, text: str) -> None:
    assert body_texts(bodies(pipeline, text)) == []


def test_clitics_and_spellings_give_one_entity_with_the_country_in_its_name(
    pipeline: Pipeline,
) -> None:
    text = "وقال الجيش الأمريكي إن الضربة نجحت. وأكد متحدث باسم للجيش الأميركي ذلك."
    doc = bodies(pipeline, text)
    assert body_texts(doc) == ["الجيش الأمريكي", "لجيش الأميركي"]
    ids = {m.entity_id for m in doc.mentions if m.extractor == BODIES_EXTRACTOR}
    assert len(ids) == 1
    entity = next(e for e in doc.entities if e.id in ids)
    assert (entity.label, entity.name, entity.name_en) == (
        "GovernmentBody", "الجيش الأمريكي", "Army of United States")


def test_a_generic_ministry_head_is_the_gazetteer_body(pipeline: Pipeline) -> None:
    text = "وقالت الخارجية السعودية إنها ترحب بالاتفاق. وأكدت وزارة الخارجية السعودية ذلك."
    doc = bodies(pipeline, text)
    ids = {m.entity_id for m in doc.mentions if m.text.startswith(("الخارجية", "وزارة"))}
    assert len(ids) == 1
    entity = next(e for e in doc.entities if e.id in ids)
    assert entity.name_en == "Ministry of Foreign Affairs of Saudi Arabia"


def test_a_curated_body_keeps_its_gazetteer_mention(pipeline: Pipeline) -> None:
    doc = bodies(pipeline, "وقالت الخارجية الأمريكية إن القرار خاطئ.")
    assert body_texts(doc) == []
    assert [(m.text, m.extractor) for m in doc.mentions] == [("الخارجية الأمريكية", EXTRACTOR)]


def test_a_longer_tagged_name_around_the_phrase_wins(pipeline: Pipeline) -> None:
    text = "وقال حزب القوات اللبنانية إنه يرفض التمديد."
    start = text.index("حزب")
    end = text.index(" إنه")
    tagged = Mention(id=mention_id("doc-b", start, end), start=start, end=end,
                     text=text[start:end], label="PoliticalParty", extractor="ner.bundled",
                     confidence=0.9, sentence_index=0)
    doc = bodies(pipeline, text, (tagged,))
    assert body_texts(doc) == []


def test_body_reading_needs_the_whole_text() -> None:
    reading = body_reading("الشرطة التركية")
    assert reading is not None and reading.country == "TUR"
    assert body_reading("الشرطة التركية أمس") is None
    assert body_reading("الشرطة") is None
