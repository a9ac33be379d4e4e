"""Stance recall on unseen news, session 18 (urges, criticizes, condemns, warns, denies).

«طالب X من Y أن ...» asks Y; a verbal «هاجم» voiced in a speech takes a country; «ندد X
بـ«الهجوم»» reads its object past the quotation mark; a country only guessed for a title
blocks no stance toward it; a denial's object is read past a titled subject; «مناشدا»,
«حاثا» and «مطالبا إياها» are appeals; «وكان X دعا Y» has X as subject; a name set off by
commas after a title is a name; «واشنطن طهران» is two capitals and «موسكو واشنطن» no
coordination. Sentences written for the tests, each with the facts that must be found
and those that must not."""

from __future__ import annotations

import pytest

from kg.gazetteer.index import GazetteerIndex, default_gazetteer
from kg.link.stages import LinkStage
from kg.model import Document
from kg.ner.gazetteer import GazetteerNERStage
from kg.ner.repair import repair_person_names
from kg.pipeline import Pipeline
from kg.relations import extract_relations
from kg.text.stages import SentenceStage, TokenStage
from tests.ner.iob import persons, tagged
from tests.relations.conftest import facts, stances
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران",), "Q794")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
TURKEY = E("Country", "تركيا", ("تركيا",), "Q43")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
SYRIA = E("Country", "سوريا", ("السوري",), "Q858")
UN = E("InternationalOrganization", "مجلس الأمن الدولي", ("مجلس الأمن الدولي",))
COALITION = E("InternationalOrganization", "التحالف الدولي", ("التحالف الدولي",))
IRAQ_GOV = E("GovernmentBody", "الحكومة العراقية", ("الحكومة العراقية",))
IRAN_GOV = E("GovernmentBody", "الحكومة الإيرانية", ("الحكومة الإيرانية",))
PARTY = E("Organization", "حزب العمل", ("حزب العمل",))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير", "الجبير"))
ZARIF = E("Person", "محمد جواد ظريف", ("محمد جواد ظريف",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
ASSAD = E("Person", "بشار الأسد", ("بشار الأسد",))
ERDOGAN = E("Person", "رجب طيب أردوغان", ("رجب طيب أردوغان",))
KAOUD = E("Person", "سالم الكعود", ("سالم الكعود",))
HAMDAN = E("Person", "فهد الحمدان", ("فهد الحمدان",))
PLATINI = E("Person", "ميشيل بلاتيني", ("ميشيل بلاتيني",))
BLATTER = E("Person", "سيب بلاتر", ("سيب بلاتر",))
ENTITIES = [IRAN, EGYPT, QATAR, TURKEY, SAUDI, SYRIA, UN, COALITION, IRAQ_GOV, IRAN_GOV, PARTY,
            JUBEIR, ZARIF, KERRY, ASSAD, ERDOGAN, KAOUD, HAMDAN, PLATINI, BLATTER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- «طالب X من Y أن ...» ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وطالب عادل الجبير من الحكومة الإيرانية أن تكف عن التدخل في شؤون المنطقة.",
     ("urges", "عادل الجبير", "الحكومة الإيرانية")),
    ("وتطالب مصر من مجلس الأمن الدولي أن يتحرك لوقف الحرب.",
     ("urges", "مصر", "مجلس الأمن الدولي")),
    ("وطالبت قطر من تركيا بأن تفتح حدودها أمام اللاجئين.", ("urges", "قطر", "تركيا")),
])
def test_demand_of_the_one_after_min(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize("text", [
    # «من» here is anew, through, for: no one is asked
    "وطالب الجبير من جديد بوقف التدخل الإيراني.",
    "وطالب الجبير من خلال مجلس الأمن الدولي بوقف الحرب.",
    # the party the subject belongs to, then the demand: the party is not asked
    "وطالب النائب فهد الحمدان من حزب العمل بإقالة الوزير.",
])
def test_min_that_names_no_one_asked(text: str) -> None:
    assert not any(kind == "urges" for kind, _, _ in stances(run(text)))


# --- a verbal attack in a speech --------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وهاجم الرئيس السوري بشار الأسد تركيا في كلمة ألقاها أمام البرلمان.",
     ("criticizes", "بشار الأسد", "تركيا")),
    ("وهاجم عادل الجبير إيران خلال مؤتمر صحفي في الرياض.",
     ("criticizes", "عادل الجبير", "إيران")),
])
def test_verbal_attack_on_a_country_in_a_speech(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


def test_attack_on_a_country_without_speech_is_no_stance() -> None:
    assert not stances(run("وهاجم الرئيس السوري بشار الأسد تركيا بالطائرات."))


# --- «بـ» drawn out before a quotation --------------------------------------------------------

@pytest.mark.parametrize("text", [
    'وندد الرئيس التركي رجب طيب أردوغان بـ"الهجوم الإرهابي" على المسجد.',
    "وندد رجب طيب أردوغان بـ«الهجوم الإرهابي».",
])
def test_condemned_after_drawn_out_ba(text: str) -> None:
    found = stances(run(text))
    assert any(kind == "condemns" and holder == "رجب طيب أردوغان" and obj.startswith("الهجوم")
               for kind, holder, obj in found), found


def test_demand_after_drawn_out_ba_is_no_addressee() -> None:
    assert not stances(run("وطالب رجب طيب أردوغان بـ«وقف الحرب» فورا."))


# --- a country only guessed for a title --------------------------------------------------------

def test_guessed_country_of_a_title_is_still_warned() -> None:
    doc = run("وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده لن تتراجع. "
              "وحذر وزير الخارجية عادل الجبير إيران من التدخل في شؤون المنطقة.")
    found = stances(doc)
    assert ("warns", "عادل الجبير", "إيران") in found
    # the repeated title introduces another person, named right after it: not Zarif's
    assert not any(holder == "محمد جواد ظريف" for _, holder, _ in found)


# --- a denial past a titled subject -----------------------------------------------------------

def test_denial_past_a_titled_subject() -> None:
    doc = run("ونفى وزير الخارجية الأمريكي جون كيري الاتهامات الإيرانية.")
    assert any(holder == "جون كيري" and obj.startswith("الاتهامات")
               for holder, obj, _, _ in facts(doc, "denies"))


# --- appeals in participles ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وقال عادل الجبير إن العملية تتقدم، مناشدا التحالف الدولي مضاعفة طلعاته الجوية.",
     ("urges", "عادل الجبير", "التحالف الدولي")),
    ("وأشاد عادل الجبير بالاتفاق، حاثا إيران على الالتزام به.",
     ("urges", "عادل الجبير", "إيران")),
    ("وانتقد سالم الكعود الحكومة العراقية بشدة لتأخرها في تسليح المتطوعين، مطالبا إياها "
     "بالوفاء بوعودها.", ("urges", "سالم الكعود", "الحكومة العراقية")),
])
def test_appeal_in_a_participle(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


def test_iyya_with_two_actors_before_names_no_one() -> None:
    found = stances(run("وانتقد عادل الجبير إيران وقطر، مطالبا إياهما بالتوقف عن التدخل."))
    assert not any(kind == "urges" for kind, _, _ in found)


# --- the pluperfect ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وكان ميشيل بلاتيني دعا سيب بلاتر قبل شهرين إلى الاستقالة.",
     ("urges", "ميشيل بلاتيني", "سيب بلاتر")),
    ("وكانت مصر انتقدت قطر بسبب موقفها من الأزمة.", ("criticizes", "مصر", "قطر")),
    ("وكان عادل الجبير يطالب إيران بالكف عن التدخل.", ("urges", "عادل الجبير", "إيران")),
])
def test_subject_after_kana(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run(text))
    assert fact in found
    assert (fact[0], fact[2], fact[1]) not in found


# --- names and capitals from the gazetteer ------------------------------------------------------

@pytest.fixture(scope="module")
def gazetteer() -> GazetteerIndex:
    return default_gazetteer()


@pytest.fixture(scope="module")
def linked(gazetteer: GazetteerIndex) -> Pipeline:
    return Pipeline(
        [SentenceStage(), TokenStage(), GazetteerNERStage(gazetteer), LinkStage(gazetteer)]
    )


def _linked_stances(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(pipeline(Document(id="doc-n18", text=text))))


def test_capital_after_a_capital_is_its_country(linked: Pipeline) -> None:
    doc = linked(Document(id="doc-n18", text="وحذرت واشنطن طهران من مغبة التصعيد."))
    assert {m.text: m.entity_id for m in doc.mentions} == {"واشنطن": "wd-Q30",
                                                           "طهران": "wd-Q794"}
    assert ("warns", "الولايات المتحدة", "إيران") in stances(extract_relations(doc))


def test_capital_after_a_capital_in_a_place_phrase_stays_a_city(linked: Pipeline) -> None:
    doc = linked(Document(id="doc-n18", text="وسافر الوفد بين القاهرة الرياض أمس."))
    assert all(m.label == "City" for m in doc.mentions)


def test_gazetteer_name_opening_with_waw_is_no_coordination(linked: Pipeline) -> None:
    found = _linked_stances(linked, "وانتقدت موسكو واشنطن بسبب العقوبات.")
    assert ("criticizes", "روسيا", "الولايات المتحدة") in found
    # a real «و» still joins two subjects
    found = _linked_stances(linked, "وانتقدت موسكو وطهران العقوبات الأمريكية.")
    assert {holder for kind, holder, _ in found if kind == "criticizes"} == {"روسيا", "إيران"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("انتقد رئيس مجلس شيوخ العشائر ، نعيم الكعود ، الحكومة بشدة .", ["نعيم الكعود"]),
    ("وقال مدير عام المطارات ، عبدالله بن سعد الغامدي ، إن الرحلات منتظمة .",
     ["عبدالله بن سعد الغامدي"]),
])
def test_name_in_commas_after_a_title(sentence: str, expected: list[str]) -> None:
    words, tags = tagged(sentence, {})
    assert persons(words, repair_person_names(words, tags)) == expected


@pytest.mark.parametrize("sentence", [
    # a time adverb in commas after a title is no name
    "وزار مدير الشركة مقر الصحيفة ، صباح اليوم ، والتقى العاملين .",
    # no title before the comma
    "وتمت الزيارة في الرياض ، فهد الأول ، أمس .",
    # the phrase after the comma does not close with one
    "وقال رئيس الهيئة ، محمد الحكومة قررت .",
])
def test_no_name_in_commas(sentence: str) -> None:
    words, tags = tagged(sentence, {})
    assert repair_person_names(words, tags) == tags


# --- rumours, a titled person asked, a resolution ----------------------------------------------

def test_rumour_names_no_object() -> None:
    found = stances(run("ورفض عادل الجبير ما تردد عن أن إيران تعرضت للإذلال."))
    assert ("rejects", "عادل الجبير", "إيران") not in found


def test_what_appeared_in_a_report_is_still_its_authors() -> None:
    doc = run("وانتقدت مصر ما ورد في تقرير مجلس الأمن الدولي.")
    assert ("criticizes", "مصر", "مجلس الأمن الدولي") in stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("وطلب جون كيري من وزير الخارجية الإيراني محمد جواد ظريف التدخل لدى الحوثيين.",
     ("urges", "جون كيري", "محمد جواد ظريف")),
    ("وطلب جون كيري حتى من قطر التدخل لدى الحوثيين.", ("urges", "جون كيري", "قطر")),
])
def test_asked_after_min(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("وأصدر مجلس الأمن الدولي 6 قرارات ما بين 2006 و2010، يطالب فيها إيران بوقف التخصيب.",
     ("urges", "مجلس الأمن الدولي", "إيران")),
    ("وأصدر مجلس الأمن الدولي قرارا يطالب فيه تركيا بفتح حدودها.",
     ("urges", "مجلس الأمن الدولي", "تركيا")),
])
def test_resolution_is_a_document(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


def test_republicans_named_after_their_party(linked: Pipeline) -> None:
    text = ("ويواجه الرئيس انتقادات من نواب الحزب الجمهوري في الكونغرس. "
            "ويتهم الجمهوريون إيران بالمماطلة.")
    assert ("criticizes", "الحزب الجمهوري", "إيران") in _linked_stances(linked, text)


def test_republicans_alone_are_no_entity(linked: Pipeline) -> None:
    doc = linked(Document(id="doc-n18", text="ويتهم الجمهوريون إيران بالمماطلة."))
    assert [m.text for m in doc.mentions] == ["إيران"]
