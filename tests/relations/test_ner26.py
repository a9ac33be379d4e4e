"""Names the tagger misses where they are the argument of a fact (session 26, ner26);
sentences written for the test.

Rules:

- a quoted name after the indefinite noun of a movement, a party or an armed group is
  that group: «حركة «حماس»», «حزب "العدالة والتنمية"», «تنظيم «أنصار الحق»»
  (:mod:`kg.link.quoted_names`); not after the definite noun («التنظيم «عدوا للإسلام»»:
  what the group is called).
- a definite noun of an organisation's kind, one or two adjectives and its field after
  «لـ» is one Organization: «الندوة العالمية للشباب الإسلامي», «الرئاسة العامة لرعاية
  الشباب», «المنظمة العربية لحقوق الإنسان» (:mod:`kg.ner.field_names`); not after a title
  or a verb whose object «لـ» marks («دعت الجمعية الخيرية للتبرع»), not «المصلحة العامة»,
  not past a name the gazetteer knows («الاتحاد الأوروبي للمرة الثانية»), not a unit and
  its named owner («اللجنة التنفيذية للفيفا»).
- a title's head read as a name's last word is cut from it when the next word completes
  the title: «طلعت حافظ [الأمين] العام» (:func:`kg.ner.name_edges.title_at_end`).
- a listed given name spelt as a country's adjective («تركي») before a family name is a
  person («قال الشاعر السعودي تركي المشيقح»: :mod:`kg.ner.given_nisbas`); not before a
  common word («مسؤول تركي الجنسية»).
- «للجنة» in a title is «ل» + «لجنة», a body the title names («الأمين العام للجنة
  الإعلام»), as «رئيس لجنة الانضباط» (kg.relations.roles).
"""

from __future__ import annotations

from kg.link.quoted_names import quoted_names
from kg.model import Document, Mention
from kg.ner.field_names import _stands
from kg.ner.given_nisbas import given_nisba_names
from kg.ner.name_edges import title_at_end
from kg.pipeline import Pipeline
from tests.relations.conftest import pairs, pipeline_speakers, stances


def _quoted(text: str) -> dict[str, str]:
    doc = Document(id="doc-ner26", text=text)
    return {m.text: m.label for m in quoted_names(doc, [])}


def test_a_party_named_in_quotes_criticizes(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="doc-ner26", text='وانتقد حزب "الأمل والبناء" الحكومة بشدة.'))
    assert ("criticizes", "الأمل والبناء", "الحكومة") in stances(doc)


def test_quoted_groups_take_the_class_of_their_kind() -> None:
    text = ('وانتقد حزب "الأمل والبناء" الحكومة، وتبنى تنظيم «أنصار الفجر» الهجوم، '
            'ودعت لجماعة «الهدى» إلى الحوار.')
    assert _quoted(text) == {"الأمل والبناء": "PoliticalParty", "أنصار الفجر": "ArmedGroup",
                             "الهدى": "Organization"}


def test_a_quote_after_the_definite_group_noun_is_no_group() -> None:
    text = "ووصف التنظيم «عدوا للإسلام» في خطبته، وأشاد الحزب «بالروح الوطنية»."
    assert _quoted(text) == {}


def _mentions(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline(Document(id="doc-ner26", text=text))
    return {m.text: m.label for m in doc.mentions}


def test_a_body_named_by_kind_adjective_and_field_speaks(pipeline: Pipeline) -> None:
    text = "وأكدت الندوة العالمية للشباب الريفي أنها ستواصل برامجها."
    assert pipeline_speakers(pipeline, text, "doc-ner26") == ["الندوة العالمية للشباب الريفي"]


def test_a_body_cut_at_its_adjective_is_named_whole(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="doc-ner26",
                            text="وانتقدت المنظمة العربية لحقوق العمال اعتقال النقابيين."))
    assert ("criticizes", "المنظمة العربية لحقوق العمال", "اعتقال النقابيين") in stances(doc)


def test_a_field_governed_by_an_indefinite_word_is_part_of_the_name(pipeline: Pipeline) -> None:
    found = _mentions(pipeline, "أعلنت الرئاسة العامة لرعاية الفنون القائمة النهائية.")
    assert found.get("الرئاسة العامة لرعاية الفنون") == "Organization"


def test_no_body_after_a_verb_that_takes_lam_or_a_title(pipeline: Pipeline) -> None:
    found = _mentions(pipeline, "ودعت الجمعية الخيرية للتبرع بالدم. "
                                "وقال رئيس الهيئة العامة للإحصاء إن العدد ارتفع.")
    assert "الجمعية الخيرية للتبرع" not in found
    assert "الهيئة العامة للإحصاء" not in found


def test_the_public_interest_and_a_known_body_with_a_purpose_are_no_names(
        pipeline: Pipeline) -> None:
    found = _mentions(pipeline, "وشدد على المصلحة العامة للوطن. "
                                "وأعلن الاتحاد الأوروبي للمرة الثانية دعمه للخطة. "
                                "وأعلنت الجمعية الخيرية للمرة الأولى أرباحها.")
    assert not any(text.startswith(("المصلحة", "الاتحاد الأوروبي ل", "الجمعية الخيرية ل"))
                   for text in found)


def test_a_unit_and_its_named_owner_are_no_one_name(pipeline: Pipeline) -> None:
    found = _mentions(pipeline, "وكان عضوا في اللجنة التنفيذية للفيفا لمدة عشر سنوات.")
    assert "اللجنة التنفيذية للفيفا" not in found


def test_a_field_the_tagger_took_with_its_lam_is_still_the_name() -> None:
    text = "أبرمت الجمعية السعودية الخيرية لمرضى ألزهايمر اتفاقية"
    start, field = text.index("الجمعية"), text.index("لمرضى")
    end = field + len("لمرضى ألزهايمر")

    def tagged(first: int) -> Mention:  # the statistical tagger's Organization in the field
        return Mention(id="m", start=first, end=end, text=text[first:end],
                       label="Organization", extractor="ner.bundled", confidence=0.9,
                       sentence_index=0)

    assert _stands([tagged(field)], start, end, field)  # it took the «ل» in: a cut name
    assert not _stands([tagged(field + 1)], start, end, field)  # a name the «ل» governs


def test_an_adjective_outside_the_list_makes_no_name(pipeline: Pipeline) -> None:
    found = _mentions(pipeline, "وانقطعت الشبكة الخارجية المغذية للمصنع عن العمل.")
    assert not any(text.startswith("الشبكة") for text in found)


def test_a_title_head_after_a_name_is_the_titles(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="doc-ner26", text=(
        "كشف مروان زاهد الأمين العام للجنة التنسيق عن خطة جديدة للمصارف.")))
    assert any(s == "مروان زاهد" for s, _ in pairs(doc, "holdsPosition"))
    assert "مروان زاهد الأمين" not in {e.name for e in doc.entities}


def test_title_at_end_needs_a_title_complement_after_it() -> None:
    assert title_at_end("الأمين", "العام")
    assert title_at_end("الرئيس", "السابق")
    assert not title_at_end("المهندس", "الجمهور")  # «ماجد المهندس الجمهور»: his family name
    assert not title_at_end("الأمين", None)
    assert not title_at_end("العلي", "العام")


def test_lajna_after_lam_is_a_body_the_title_names(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="doc-ner26", text=(
        "وقال الأمين العام للجنة الأمن الغذائي مروان زاهد إن الخطة جاهزة.")))
    assert ("الأمين العام", "لجنة الأمن الغذائي") in pairs(doc, "positionOf")
    assert ("مروان زاهد", "لجنة الأمن الغذائي") in pairs(doc, "leads")


def test_a_given_name_spelt_as_a_nationality_before_a_family_name_speaks(
        pipeline: Pipeline) -> None:
    text = "وقال الكاتب السعودي تركي المشيقح إن روايته الجديدة ستصدر قريبا."
    assert pipeline_speakers(pipeline, text, "doc-ner26") == ["تركي المشيقح"]


def test_given_nisba_names_tags_the_pair_only_before_a_family_name() -> None:
    words = ["وقال", "مسؤول", "تركي", "الجنسية", "إن", "وفدا", "تركي", "الأسبوع", "وصل",
             "،", "وقال", "تركي", "الحربي"]
    tags = given_nisba_names(words, ["O"] * len(words))
    assert [w for w, t in zip(words, tags, strict=True) if t != "O"] == ["تركي", "الحربي"]
