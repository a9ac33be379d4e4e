"""Linking, typing and merging of actors on fresh news (session 19), on sentences written
for the tests: a nisba surname with or without its article, a conditional person name with
no support, UEFA in a football report, a palace as the office it houses, a numbered
division, «باسم» after a spokesman, and a government named by its standing."""

from __future__ import annotations

from kg.gazetteer.extractors import BODIES_EXTRACTOR
from kg.ids import mention_id
from kg.model import Document, Mention
from kg.pipeline import Pipeline

DOC = "doc-l19"


def mention(text: str, surface: str, label: str, occurrence: int = 0,
            extractor: str = "ner.bundled") -> Mention:
    """A mention as the statistical NER (or ``extractor``) would give it."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    return Mention(mention_id(DOC, start, end), start, end, surface, label, extractor, 0.8, 0)


def linked(pipeline: Pipeline, text: str, *mentions: Mention) -> Document:
    return pipeline(Document(id=DOC, text=text, mentions=mentions))


def entity(doc: Document, surface: str, occurrence: int = 0):  # type: ignore[no-untyped-def]
    found = [m for m in doc.mentions if m.text == surface]
    assert len(found) > occurrence, (surface, [m.text for m in doc.mentions])
    ident = found[occurrence].entity_id
    return next(e for e in doc.entities if e.id == ident)


# -- a nisba surname with or without its article ---------------------------------------

def test_a_full_name_with_the_nisbas_article_is_the_listed_person(pipeline: Pipeline) -> None:
    text = ("بارزاني: لن نتراجع\nوقال مسعود البارزاني إن الإقليم صامد. "
            "وأضاف البارزاني أن الحوار قائم.")
    doc = linked(pipeline, text,
                 mention(text, "بارزاني", "Person"),
                 mention(text, "مسعود البارزاني", "Person"),
                 mention(text, "البارزاني", "Person", occurrence=1))
    people = {entity(doc, s).id for s in ("بارزاني", "مسعود البارزاني")}
    people.add(entity(doc, "البارزاني").id)
    assert len(people) == 1
    assert entity(doc, "مسعود البارزاني").name_en == "Masoud Barzani"


def test_a_bare_nisba_word_is_not_read_as_a_listed_full_name(pipeline: Pipeline) -> None:
    # one word is no full name: «الحربي» is no one of the gazetteer
    text = "وقال المواطن سعد حربي إن الطريق مزدحم."
    doc = linked(pipeline, text, mention(text, "سعد حربي", "Person"))
    assert entity(doc, "سعد حربي").qid is None and entity(doc, "سعد حربي").name_en is None


# -- a conditional person name needs the document's support -----------------------------

def test_a_common_given_name_is_not_the_famous_person(pipeline: Pipeline) -> None:
    text = ("والتقينا بالمواطن صالح بن حمد الذي جاء مع أسرته. "
            "وأكد صالح أن المهرجان أعجبه كثيرا.")
    doc = linked(pipeline, text,
                 mention(text, "صالح بن حمد", "Person"),
                 mention(text, "صالح", "Person", occurrence=1))
    citizen = entity(doc, "صالح")
    assert citizen.name_en is None
    assert citizen.id == entity(doc, "صالح بن حمد").id


def test_a_conditional_name_keeps_its_link_after_a_title_or_forces(pipeline: Pipeline) -> None:
    text = "وهاجمت قوات صالح المدينة. وقال الرئيس السابق صالح إن الحرب طويلة."
    doc = linked(pipeline, text,
                 mention(text, "صالح", "Person"),
                 mention(text, "صالح", "Person", occurrence=1))
    assert entity(doc, "صالح").name_en == "Ali Abdullah Saleh"
    assert entity(doc, "صالح", 1).name_en == "Ali Abdullah Saleh"


def test_a_conditional_surname_with_no_support_joins_the_documents_name(
    pipeline: Pipeline,
) -> None:
    text = "أخرج المخرج جيمس كاميرون فيلما جديدا. ويعرض فيلم كاميرون الشهر المقبل."
    doc = linked(pipeline, text,
                 mention(text, "جيمس كاميرون", "Person"),
                 mention(text, "كاميرون", "Person", occurrence=1))
    assert entity(doc, "كاميرون").id == entity(doc, "جيمس كاميرون").id


# -- UEFA in a football report ----------------------------------------------------------

def test_the_european_union_of_a_football_report_is_uefa(pipeline: Pipeline) -> None:
    text = ("أعلن الاتحاد الدولي لكرة القدم موعد الانتخابات. "
            "ويدعم الاتحاد الأوروبي ترشيح رئيسه للمنصب.")
    doc = linked(pipeline, text)
    assert entity(doc, "الاتحاد الأوروبي").name_en == "UEFA"


def test_the_european_union_stays_itself_in_politics(pipeline: Pipeline) -> None:
    text = ("وقال المتحدث إن الاتحاد الأوروبي يدعم الاتفاق، وذلك بعد اجتماع في بروكسل "
            "لم يتناول كرة القدم.")
    doc = linked(pipeline, text)
    assert entity(doc, "الاتحاد الأوروبي").name_en == "European Union"


# -- a palace as its office; a numbered division ----------------------------------------

def test_a_palace_that_speaks_is_an_organization(pipeline: Pipeline) -> None:
    text = "وانتقد قصر باكنغهام الصحيفة. وأقيم الحفل في قصر باكنغهام أمس."
    doc = linked(pipeline, text,
                 mention(text, "باكنغهام", "City"),
                 mention(text, "باكنغهام", "City", occurrence=1))
    office = entity(doc, "قصر باكنغهام")
    assert office.label == "Organization"
    place = [m for m in doc.mentions if m.text == "باكنغهام"]
    assert len(place) == 1  # after «في» the palace is the place: left as it was


def test_a_numbered_division_is_an_armed_group(pipeline: Pipeline) -> None:
    text = "وقصفت الفرقة الرابعة البلدة، وغنت الفرقة الموسيقية في الحفل."
    doc = linked(pipeline, text,
                 mention(text, "الفرقة الرابعة", "Miscellaneous"),
                 mention(text, "الفرقة الموسيقية", "Miscellaneous"))
    assert entity(doc, "الفرقة الرابعة").label == "ArmedGroup"
    assert entity(doc, "الفرقة الموسيقية").label == "Miscellaneous"


# -- «باسم» after a spokesman -----------------------------------------------------------

def test_basim_after_a_spokesman_is_on_behalf_of(pipeline: Pipeline) -> None:
    text = ("وقال الناطق الرسمي باسم أمين عام المنظمة إن المحادثات مستمرة. "
            "وقال المتحدث باسم هيثم العلي إن الأمر محسوم. وحضر باسم أمين الحفل.")
    doc = linked(pipeline, text,
                 mention(text, "باسم أمين", "Person"),
                 mention(text, "باسم هيثم العلي", "Person"),
                 mention(text, "باسم أمين", "Person", occurrence=1))
    texts = [m.text for m in doc.mentions if m.label == "Person"]
    assert texts == ["هيثم العلي", "باسم أمين"]  # the guest Basim Amin stays a person


# -- a government named by its standing -------------------------------------------------

def test_the_recognised_government_is_the_documents_one_government(pipeline: Pipeline) -> None:
    text = ("وقالت الحكومة المعترف بها دوليا إن قواتها تقدمت. "
            "وأكد مسؤول في الحكومة الليبية أن الهدنة انهارت.")
    doc = linked(pipeline, text,
                 mention(text, "الحكومة المعترف بها دوليا", "GovernmentBody",
                         extractor=BODIES_EXTRACTOR),
                 mention(text, "الحكومة الليبية", "GovernmentBody", extractor=BODIES_EXTRACTOR))
    assert entity(doc, "الحكومة المعترف بها دوليا").id == entity(doc, "الحكومة الليبية").id


def test_with_two_governments_the_standing_one_stays_apart(pipeline: Pipeline) -> None:
    text = ("وقالت الحكومة الشرعية إن قواتها تقدمت، ورحبت الحكومة اليمنية والحكومة "
            "الإماراتية بذلك.")
    doc = linked(pipeline, text,
                 mention(text, "الحكومة الشرعية", "GovernmentBody", extractor=BODIES_EXTRACTOR),
                 mention(text, "الحكومة اليمنية", "GovernmentBody", extractor=BODIES_EXTRACTOR),
                 mention(text, "الحكومة الإماراتية", "GovernmentBody",
                         extractor=BODIES_EXTRACTOR))
    standing = entity(doc, "الحكومة الشرعية").id
    assert standing not in {entity(doc, "الحكومة اليمنية").id,
                            entity(doc, "الحكومة الإماراتية").id}


def test_nato_after_the_elided_article(pipeline: Pipeline) -> None:
    text = "وانسحبت قوة تابعة للحلف الأطلسي من القاعدة."
    doc = linked(pipeline, text, mention(text, "للحلف الأطلسي", "Organization"))
    assert {e.name_en for e in doc.entities} >= {"NATO"}


# -- a quoted place name that a listed paper bears; an acronym's «إن» --------------------

def test_a_quoted_name_of_a_listed_paper_is_the_paper(pipeline: Pipeline) -> None:
    text = ("وقال مسؤول لـ«الشرق الأوسط» إن التوتر في الشرق الأوسط يتصاعد.")
    doc = linked(pipeline, text)
    quoted, bare = [m for m in doc.mentions if m.text == "الشرق الأوسط"]
    names = {e.id: e.name_en for e in doc.entities}
    assert names[quoted.entity_id] == "Asharq Al-Awsat"
    assert names[bare.entity_id] == "Middle East"


def test_the_n_of_an_acronym_is_no_particle(pipeline: Pipeline) -> None:
    text = "ونقلت شبكة إن بي سي نيوز عن المتحدث أن حالته مستقرة."
    doc = linked(pipeline, text, mention(text, "إن بي سي نيوز", "Organization"))
    assert [m.text for m in doc.mentions if m.label == "Organization"] == ["إن بي سي نيوز"]


def test_an_unlisted_name_with_a_glued_preposition_is_the_bare_name(pipeline: Pipeline) -> None:
    text = "وصل الوفد إلى بلدة كرافينو صباحا. ونقلت الحافلات السكان لكرافينو مساء."
    doc = linked(pipeline, text,
                 mention(text, "كرافينو", "Place"),
                 mention(text, "لكرافينو", "Place"))
    place = entity(doc, "لكرافينو")
    assert place.id == entity(doc, "كرافينو").id and place.name == "كرافينو"


def test_a_capital_after_a_noun_of_rule_or_belief_is_its_government(pipeline: Pipeline) -> None:
    text = ("واتهم المحتجون حكومة كييف بالتقصير. وتعتقد كييف أن الصاروخ روسي. "
            "وعاد الوفد إلى كييف أمس.")
    doc = linked(pipeline, text)
    kyiv = [m for m in doc.mentions if m.text == "كييف"]
    labels = [next(e.label for e in doc.entities if e.id == m.entity_id) for m in kyiv]
    assert labels == ["Country", "Country", "City"]


def test_the_legitimate_government_of_a_yemen_report_is_yemens(pipeline: Pipeline) -> None:
    text = ("وأعلنت الحكومة الشرعية عودة الوزراء إلى عدن، بعد أشهر من القتال في اليمن.")
    doc = linked(pipeline, text,
                 mention(text, "الحكومة الشرعية", "GovernmentBody", extractor=BODIES_EXTRACTOR))
    assert entity(doc, "الحكومة الشرعية").name_en == "Government of Yemen"


def test_the_legitimate_government_stays_apart_with_two_contested_countries(
    pipeline: Pipeline,
) -> None:
    text = "وقارن المحلل بين اليمن وليبيا، وقال إن الحكومة الشرعية لن تتراجع."
    doc = linked(pipeline, text,
                 mention(text, "الحكومة الشرعية", "GovernmentBody", extractor=BODIES_EXTRACTOR))
    assert entity(doc, "الحكومة الشرعية").name_en is None


def test_an_epithet_after_a_quoted_surname_belongs_to_it(pipeline: Pipeline) -> None:
    text = ('أصيب الرئيس الأسبق جورج بوش الأب أمس. وتدهورت صحة "بوش" الأب مؤخرا، '
            "وزاره ابنه جورج دبليو بوش.")
    doc = linked(pipeline, text)  # the gazetteer's «جورج بوش» and «بوش»
    father = entity(doc, "جورج بوش الأب")
    assert entity(doc, 'بوش" الأب').id == father.id
    assert entity(doc, "جورج دبليو بوش").id != father.id
