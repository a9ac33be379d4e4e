from __future__ import annotations

import pytest

from kg.gazetteer.extractors import is_adjective_mention
from kg.ids import entity_id, mention_id
from kg.link.linker import Linker
from kg.model import Document, Mention
from kg.pipeline import Pipeline


def entity_of(doc: Document, surface: str) -> str | None:
    """The entity id of the first mention whose text is ``surface``."""
    for mention in doc.mentions:
        if mention.text == surface:
            return mention.entity_id
    raise AssertionError(f"no mention {surface!r} in {[m.text for m in doc.mentions]}")


def run(
    pipeline: Pipeline, text: str, doc_id: str = "doc-t", mentions: tuple[Mention, ...] = ()
) -> Document:
    return pipeline(Document(id=doc_id, text=text, mentions=mentions))


def ner_mention(doc_id: str, text: str, surface: str, label: str, occurrence: int = 0) -> Mention:
    """A mention as the statistical NER would give it."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    return Mention(
        mention_id(doc_id, start, end), start, end, surface, label, "ner.bundled", 0.8, 0
    )


def test_variants_are_one_entity(pipeline: Pipeline) -> None:
    text = (
        "أكدت الولايات المتحدة الأمريكية موقفها. وقال مسؤول للولايات المتحدة "
        "إن أمريكا باقية، وإن القوات الأميركية ستبقى."
    )
    doc = run(pipeline, text)
    us = entity_id("Country", "", "Q30")
    assert {m.text: m.entity_id for m in doc.mentions} == {
        "الولايات المتحدة الأمريكية": us,
        "لولايات المتحدة": us,
        "أمريكا": us,
        "الأميركية": us,
    }
    adjective = next(m for m in doc.mentions if m.text == "الأميركية")
    assert is_adjective_mention(adjective) and adjective.confidence < 0.7
    (entity,) = doc.entities
    assert (entity.label, entity.name, entity.name_en, entity.qid) == (
        "Country",
        "الولايات المتحدة",
        "United States",
        "Q30",
    )
    assert entity.transliteration == "AlwlAyAt AlmtHdħ"
    assert len(entity.mention_ids) == 4


def test_acronym_and_alias_of_the_islamic_state(pipeline: Pipeline) -> None:
    text = "هاجم داعش القرية. ويقول تنظيم الدولة الإسلامية إن «الدولة الإسلامية» باقية."
    doc = run(pipeline, text)
    ids = {m.entity_id for m in doc.mentions}
    assert ids == {"wd-Q2429253"}
    assert [m.label for m in doc.mentions] == ["ArmedGroup"] * 3


def test_surname_after_full_name_from_ner(pipeline: Pipeline) -> None:
    text = "وصل كريم منصور إلى القاهرة. وقال منصور إن الزيارة ناجحة."
    mentions = (
        ner_mention("doc-t", text, "كريم منصور", "Person"),
        ner_mention("doc-t", text, "منصور", "Person", occurrence=1),
    )
    doc = run(pipeline, text, mentions=mentions)
    assert entity_of(doc, "كريم منصور") == entity_of(doc, "منصور")
    person = next(e for e in doc.entities if e.label == "Person")
    assert person.name == "كريم منصور" and person.name_en is None and person.qid is None
    assert entity_of(doc, "القاهرة") == "wd-Q85"


def test_two_full_names_sharing_a_surname_are_not_guessed(pipeline: Pipeline) -> None:
    text = "التقى كريم منصور وسامي منصور. وقال منصور إنه متفائل."
    mentions = (
        ner_mention("doc-t", text, "كريم منصور", "Person"),
        ner_mention("doc-t", text, "سامي منصور", "Person"),
        ner_mention("doc-t", text, "منصور", "Person", occurrence=2),
    )
    doc = run(pipeline, text, mentions=mentions)
    short = entity_of(doc, "منصور")
    assert short not in {entity_of(doc, "كريم منصور"), entity_of(doc, "سامي منصور")}


def test_title_before_a_conditional_name(pipeline: Pipeline) -> None:
    doc = run(pipeline, "وقال الرئيس الأسد في خطاب إن الحرب انتهت.")
    assert entity_of(doc, "الأسد") == "wd-Q44329"
    assert not run(pipeline, "زأر الأسد في حديقة الحيوان.").mentions


def test_surname_of_a_listed_official_after_his_full_name(pipeline: Pipeline) -> None:
    doc = run(pipeline, "قال المبعوث جيمس جيفري إن الوضع صعب. وأضاف جيفري أن الحل سياسي.")
    assert entity_of(doc, "جيمس جيفري") == entity_of(doc, "جيفري")
    assert len(doc.entities) == 1
    assert doc.entities[0].name_en == "James Jeffrey"
    assert not run(pipeline, "وأضاف جيفري أن الحل سياسي.").mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت واشنطن إنها لن تسحب قواتها.", "wd-Q30"),
        ("وواشنطن ترفض هذا الاتفاق.", "wd-Q30"),
        ("ورفضت واشنطن الاتهامات.", "wd-Q30"),
        ("عقد الاجتماع في واشنطن أمس.", "wd-Q61"),
        ("عقد الاجتماع بواشنطن أمس.", "wd-Q61"),
        ("استضافت العاصمة الأمريكية واشنطن الاجتماع.", "wd-Q61"),
        ("وصل الوفد إلى موسكو.", "wd-Q649"),
        ("وأعلنت موسكو دعمها للاتفاق.", "wd-Q159"),
    ],
)
def test_metonymy_of_capitals(pipeline: Pipeline, text: str, expected: str) -> None:
    doc = run(pipeline, text)
    capital = next(m for m in doc.mentions if m.text in {"واشنطن", "موسكو"})
    assert capital.entity_id == expected
    assert capital.label == ("Country" if expected in {"wd-Q30", "wd-Q159"} else "City")


def test_generic_ministry_resolution(pipeline: Pipeline) -> None:
    doc = run(
        pipeline,
        "قالت وزارة الخارجية الروسية إن الاتفاق ممكن. وأضافت وزارة الخارجية أن الحوار مستمر.",
    )
    russian = entity_of(doc, "وزارة الخارجية الروسية")
    assert russian == entity_of(doc, "وزارة الخارجية")
    entity = doc.entity(russian or "")
    assert entity is not None and entity.name_en == "Ministry of Foreign Affairs of Russia"
    us = run(pipeline, "وقالت الخارجية الأميركية إن العقوبات باقية.")
    assert entity_of(us, "الخارجية الأميركية") == "wd-Q789915"
    # Two countries and no explicit ministry: the body stays the document's own.
    first = run(pipeline, "قالت وزارة الخارجية إن تركيا وإيران اتفقتا.", doc_id="doc-a")
    second = run(pipeline, "قالت وزارة الخارجية إن تركيا وإيران اتفقتا.", doc_id="doc-b")
    assert entity_of(first, "وزارة الخارجية") != entity_of(second, "وزارة الخارجية")


def test_same_entity_across_two_documents(pipeline: Pipeline) -> None:
    text_a = "قال وزير الخارجية مايك بومبيو إن تركيا شريك. ووصل كريم منصور."
    text_b = "وانتقد بومبيو موقف أنقرة وتوغل القوات التركية. وقال كريم منصور إن الوضع هادئ."
    doc_a = run(pipeline, text_a, "doc-a", (ner_mention("doc-a", text_a, "كريم منصور", "Person"),))
    doc_b = run(pipeline, text_b, "doc-b", (ner_mention("doc-b", text_b, "كريم منصور", "Person"),))
    assert entity_of(doc_a, "مايك بومبيو") == entity_of(doc_b, "بومبيو") == "wd-Q473239"
    assert entity_of(doc_a, "تركيا") == entity_of(doc_b, "التركية") == "wd-Q43"
    assert entity_of(doc_a, "كريم منصور") == entity_of(doc_b, "كريم منصور")
    assert entity_of(doc_a, "كريم منصور").startswith("ent-person-")  # type: ignore[union-attr]


def test_ner_mentions_are_linked_and_titles_stripped(linker: Linker) -> None:
    text = "وقال الرئيس الأمريكي دونالد ترامب إن القوات باقية."
    mention = ner_mention("doc-t", text, "الرئيس الأمريكي دونالد ترامب", "Person")
    doc = linker.link(Document(id="doc-t", text=text, mentions=(mention,)))
    assert doc.mentions[0].entity_id == "wd-Q22686"
    assert "entities" in doc.annotations


def test_relinking_is_deterministic(pipeline: Pipeline) -> None:
    text = "قال بومبيو في واشنطن إن سوريا مهمة."
    assert run(pipeline, text) == run(pipeline, text)


def test_a_listed_person_with_more_of_the_lineage_is_that_person(pipeline: Pipeline) -> None:
    text = (
        "التقى الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد في جدة. "
        "وقال الأمير سلطان بن سلمان إن القرية جاهزة."
    )
    mentions = (
        ner_mention("doc-t", text, "محمد بن سلمان بن عبدالعزيز", "Person"),
        ner_mention("doc-t", text, "سلطان بن سلمان", "Person"),
    )
    doc = run(pipeline, text, mentions=mentions)
    # the gazetteer's «محمد بن سلمان» and «سلمان» give way to the longer names
    assert sorted(m.text for m in doc.mentions if m.label == "Person") == [
        "سلطان بن سلمان", "محمد بن سلمان بن عبدالعزيز"]
    prince = next(e for e in doc.entities if e.id == entity_of(doc, "محمد بن سلمان بن عبدالعزيز"))
    assert prince.qid == "Q6892571"
    other = next(e for e in doc.entities if e.id == entity_of(doc, "سلطان بن سلمان"))
    assert other.qid != "Q6892571" and other.name == "سلطان بن سلمان"
