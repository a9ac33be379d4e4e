"""One person, one entity: glued compounds, epithets and religious formulae (issue #12)."""

from __future__ import annotations

from kg.ids import mention_id
from kg.link.coref import attach_short_names, spaced_words, surname
from kg.model import Document, Mention
from kg.pipeline import Pipeline


def ner(text: str, surface: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    return Mention(
        mention_id("doc-v", start, end), start, end, surface, label, "ner.bundled", 0.8, 0
    )


def entities(pipeline: Pipeline, text: str, *mentions: Mention) -> dict[str, str | None]:
    doc = pipeline(Document(id="doc-v", text=text, mentions=mentions))
    return {m.text: m.entity_id for m in doc.mentions}


def test_glued_and_spaced_compounds_are_spaced() -> None:
    assert spaced_words(("ابراهيم", "ابوعباه")) == ("ابراهيم", "ابو", "عباه")
    assert spaced_words(("عبدالعزيز",)) == ("عبد", "العزيز")
    assert spaced_words(("عبده",)) == ("عبده",)  # a name, not «عبد» glued to «ال...»
    assert spaced_words(("ابوه",)) == ("ابوه",)


def test_a_glued_kunya_is_the_same_person(pipeline: Pipeline) -> None:
    text = "قال إبراهيم أبوعباة إن المشروع نجح. وأوضح أبو عباة أن العمل مستمر."
    found = entities(pipeline, text, ner(text, "إبراهيم أبوعباة", "Person"),
                     ner(text, "أبو عباة", "Person"))
    assert found["إبراهيم أبوعباة"] == found["أبو عباة"]


def test_the_same_name_glued_or_spaced() -> None:
    names = [("عبد", "الرحمن", "السالم"), ("عبدالرحمن", "السالم")]
    assert attach_short_names(names) == {1: 0}


def test_different_names_sharing_a_compound_stay_apart() -> None:
    names = [("عبدالرحمن", "السالم"), ("عبد", "الله", "السالم")]
    assert attach_short_names(names) == {}


def test_the_surname_comes_before_an_epithet() -> None:
    assert surname(("جورج", "بوش", "الاب")) == "بوش"
    assert surname(("بوش",)) == "بوش"


def test_a_surname_after_the_father_is_the_father(pipeline: Pipeline) -> None:
    text = "وقال جورج بوش الأب إن الحرب انتهت. وأضاف بوش أن العمل مستمر."
    found = entities(pipeline, text, ner(text, "بوش", "Person", 1))
    assert found["بوش"] == found["جورج بوش الأب"]
    assert found["بوش"] != "wd-Q207"


def test_father_and_son_leave_the_surname_alone() -> None:
    names = [("جورج", "بوش", "الاب"), ("جورج", "بوش", "الابن"), ("بوش",)]
    assert 2 not in attach_short_names(names)


def test_religious_formulae_are_no_entities(pipeline: Pipeline) -> None:
    text = "وهتف المتظاهرون الله أكبر، وقال إن شاء الله سنعود. وقال حزب الله إن عبد الله بخير."
    found = entities(
        pipeline, text, ner(text, "الله أكبر", "Person"),
        ner(text, "إن شاء الله", "Organization"), ner(text, "حزب الله", "Organization"),
        ner(text, "عبد الله", "Person"),
    )
    assert "الله أكبر" not in found and "إن شاء الله" not in found
    assert found["حزب الله"] and found["عبد الله"]


def test_a_particle_is_no_part_of_a_name(pipeline: Pipeline) -> None:
    text = "وكما تشير الصورة فإن جين فوندا تؤكد أنها أنيقة."
    found = entities(pipeline, text, ner(text, "فإن جين فوندا", "Person"))
    assert "جين فوندا" in found and "فإن جين فوندا" not in found
