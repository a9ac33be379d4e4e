"""Linking and typing rules of error family 5 (issue 12): religious formulae,
surnames typed as places, surnames after another given name, generational
epithets, short forms and spelling variants of one person's name."""

from __future__ import annotations

from kg.gazetteer.index import name_key, nisba
from kg.gazetteer.person_words import given_names
from kg.ids import mention_id
from kg.link.coref import attach_short_names, same_spelling
from kg.model import Document, Mention
from kg.pipeline import Pipeline

DOC_ID = "doc-r"


def ner(text: str, surface: str, label: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    return Mention(
        mention_id(DOC_ID, start, end), start, end, surface, label, "ner.bundled", 0.8, 0
    )


def run(pipeline: Pipeline, text: str, *mentions: Mention) -> Document:
    return pipeline(Document(id=DOC_ID, text=text, mentions=mentions))


def by_text(doc: Document) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.label, m.entity_id) for m in doc.mentions}


def test_god_and_religious_formulae_are_not_entities(pipeline: Pipeline) -> None:
    text = "وقال إن الله سبحانه وتعالى يحفظ البلاد، والحمد لله. وزار عبد الله الثاني عمان."
    doc = run(
        pipeline,
        text,
        ner(text, "الله", "Person"),
        ner(text, "سبحانه وتعالى", "Miscellaneous"),
        ner(text, "لله", "Person"),
    )
    assert not any(m.text in {"الله", "لله", "سبحانه وتعالى"} for m in doc.mentions)
    assert all(e.name != "الله" for e in doc.entities)
    # A name that holds the word is still a name.
    assert "عبد الله الثاني" in by_text(doc)


def test_surname_typed_as_a_city_is_the_person(pipeline: Pipeline) -> None:
    text = "وقال فيليب هاموند إن الاتفاق جيد. وأضاف هاموند أن بلاده ستدعمه."
    doc = run(pipeline, text, ner(text, "فيليب هاموند", "Person"), ner(text, "هاموند", "City", 1))
    mentions = by_text(doc)
    assert mentions["هاموند"] == mentions["فيليب هاموند"]
    assert mentions["هاموند"][0] == "Person"
    assert not any(e.label == "City" for e in doc.entities)


def test_surname_after_a_locative_stays_a_place(pipeline: Pipeline) -> None:
    text = "وقال فيليب هاموند إن الاتفاق جيد. ووصل الوفد إلى هاموند أمس."
    doc = run(pipeline, text, ner(text, "فيليب هاموند", "Person"), ner(text, "هاموند", "City", 1))
    label, entity = by_text(doc)["هاموند"]
    assert label == "City" and entity != by_text(doc)["فيليب هاموند"][1]


def test_gazetteer_city_after_an_honorific_is_a_person(pipeline: Pipeline) -> None:
    doc = run(pipeline, "واستقبل الشيخ عدن الفلاني الوفد. ووصل الوفد إلى عدن.")
    first, second = (m for m in doc.mentions if m.text == "عدن")
    assert first.label == "Person" and first.entity_id != "wd-Q131694"
    assert second.label == "City" and second.entity_id == "wd-Q131694"


def test_a_surname_after_another_given_name_is_not_the_listed_person(
    pipeline: Pipeline,
) -> None:
    text = "وقال الرئيس جورج بوش إن الحرب انتهت. وأعلن جيب بوش ترشحه للرئاسة."
    doc = run(pipeline, text)
    mentions = by_text(doc)
    assert mentions["جورج بوش"] == ("Person", "wd-Q207")
    assert mentions["جيب بوش"][0] == "Person"
    assert mentions["جيب بوش"][1] != "wd-Q207"
    assert "بوش" not in mentions


def test_a_generational_epithet_ends_the_name(pipeline: Pipeline) -> None:
    text = "وقال الرئيس جورج بوش إن الحرب انتهت، وإن والده جورج بوش الأب دعمه."
    doc = run(pipeline, text)
    mentions = by_text(doc)
    assert mentions["جورج بوش"][1] == "wd-Q207"
    assert mentions["جورج بوش الأب"][0] == "Person"
    assert mentions["جورج بوش الأب"][1] != "wd-Q207"


def test_given_names_come_from_the_person_list_without_particles() -> None:
    names = given_names()
    assert {"جورج", "فيليب", "محمد", "جيب"} <= names
    assert not {"في", "عبد", "بن", "الله", "الرئيس", "وزير"} & names


def test_short_form_with_the_same_first_and_last_name() -> None:
    names = [name_key("نايف صالح عبد القادر البكري"), name_key("نايف البكري")]
    assert attach_short_names(names) == {1: 0}
    # Two longer names that fit: not guessed.
    names.append(name_key("نايف أحمد البكري"))
    assert 1 not in attach_short_names(names)
    # Another first name: another person.
    assert attach_short_names([name_key("نايف صالح البكري"), name_key("سالم البكري")]) == {}


def test_spelling_variants_of_a_transliterated_name() -> None:
    assert same_spelling(name_key("فيديريكا موغيريني"), name_key("فيدريكا موغيريني"))
    assert not same_spelling(name_key("سعيد الحربي"), name_key("سعد الحربي"))
    assert not same_spelling(name_key("محمود عباس"), name_key("محمد عباس"))
    assert not same_spelling(name_key("فيدريكا موغيريني"), name_key("فيديريكا سانتوس"))


def test_spelling_variants_are_one_person(pipeline: Pipeline) -> None:
    text = "وقالت فيدريكا موغيريني إن المفاوضات نجحت. وأكدت فيديريكا موغيريني أن الاتفاق تاريخي."
    doc = run(
        pipeline,
        text,
        ner(text, "فيدريكا موغيريني", "Person"),
        ner(text, "فيديريكا موغيريني", "Person"),
    )
    mentions = by_text(doc)
    assert mentions["فيدريكا موغيريني"] == mentions["فيديريكا موغيريني"]
    assert [e.name for e in doc.entities] == ["فيدريكا موغيريني"]


def test_nationality_adjective_of_a_name_that_begins_with_alef_lam() -> None:
    assert nisba("ألمانيا") == "الماني"
    assert nisba("ألبانيا") == "الباني"
    assert nisba("العراق") == "عراقي"
    assert nisba("السعودية") == "سعودي"


def test_a_given_name_before_bin_is_not_a_listed_surname(pipeline: Pipeline) -> None:
    text = "وقال الرئيس علي عبد الله صالح إن الحرب انتهت. وعبر الشيخ صالح بن عبدالرحمن عن فخره."
    doc = run(pipeline, text)
    saleh = by_text(doc)["علي عبد الله صالح"][1]
    given = [m for m in doc.mentions if m.text == "صالح" and m.start > text.index("الشيخ")]
    assert all(m.entity_id != saleh for m in given)


def test_a_surname_borne_by_another_person_of_the_document(pipeline: Pipeline) -> None:
    text = "انتقد المخرج الفنان فايز المالكي. وقال الرئيس المالكي إن الخلاف انتهى."
    doc = run(pipeline, text, ner(text, "فايز المالكي", "Person"))
    mentions = by_text(doc)
    assert mentions["المالكي"][1] == mentions["فايز المالكي"][1]
    assert all(e.qid is None for e in doc.entities if e.label == "Person")
