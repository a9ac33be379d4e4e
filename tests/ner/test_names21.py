"""Name precision (names21): a word read whole rather than as a clitic and a name
(kg.ner.glued), a place the document shows as a place (kg.link.place_words), the
lead «REPORTER - AGENCY - PLACE:» (kg.ner.gazetteer), a tagger's conditional name that
is a common word (kg.ner.conditional_common), bodies and companies read whole from the
gazetteer; on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.bundled import name_rules
from kg.ner.glued import common_noun, keeps_whole
from kg.pipeline import Pipeline
from tests.ner.linked import full_pipeline


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return full_pipeline()


def _entities(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline(Document(id="doc-names21", text=text))
    return {e.name: e.label for e in doc.entities}


def test_common_noun_is_read_whole() -> None:
    rules = name_rules()
    assert common_noun("كمين")
    assert keeps_whole("كمين", "مين", rules.name_words)
    assert rules.name_start("كمين") == 0
    assert rules.name_start("كاليفورنيا") == 0  # «ك» + «اليفورنيا»: seen whole in names
    assert rules.name_start("بكاليفورنيا") == 1
    assert rules.name_start("والعراق") == 1
    assert rules.name_start("وبواشنطن") == 2


@pytest.mark.parametrize("text", [
    "وسقط خمسة جنود في كمين نصبه مسلحون على الطريق الساحلي.",
    "ونجا الموكب من كمين قرب الجسر مساء أمس.",
])
def test_no_name_inside_a_common_noun(full: Pipeline, text: str) -> None:
    assert not any(name in ("مين", "كمين") for name in _entities(full, text))


def test_place_glued_to_ka_keeps_its_first_letter(full: Pipeline) -> None:
    names = _entities(full, "واعتقلت الشرطة رجلا في كاليفورنيا بعد شكوى من جيرانه.")
    assert "كاليفورنيا" in names and "اليفورنيا" not in names


@pytest.mark.parametrize(("text", "place"), [
    ("وقال أمين تبوك إن الفرق الميدانية جاهزة لاستقبال الزوار.", "تبوك"),
    ("وأوضح محافظ الخبر أن المشروع يكتمل قريبا.", "الخبر"),
])
def test_office_title_before_a_place_is_no_person(full: Pipeline, text: str, place: str) -> None:
    names = _entities(full, text)
    assert not any(label == "Person" and place in name for name, label in names.items())


def test_place_shown_as_place_is_no_surname(full: Pipeline) -> None:
    text = ("وتقع الحديقة في محافظة الاحساء شرق المملكة. "
            "وعندما استرد الملك عبدالعزيز الاحساء بنى فيها قصرا. "
            "ويزور أهالي الاحساء الحديقة في العيد.")
    doc = full(Document(id="doc-ahsa", text=text))
    labels = {m.label for m in doc.mentions if m.text == "الاحساء"}
    assert "Person" not in labels


def test_given_name_before_a_place_still_a_person(full: Pipeline) -> None:
    assert _entities(full, "وقال جورج واشنطن إن الجيش انتصر.").get("جورج واشنطن") == "Person"


@pytest.mark.parametrize(("text", "reporter"), [
    ("سالم الغامدي- سبق- النماص: أصيب ثلاثة أشخاص في حادث مروري.", "سالم الغامدي"),
    ("فهد العتيبي - سبق - الطائف: افتتح المحافظ المعرض.", "فهد العتيبي"),
])
def test_lead_reporter_and_agency(full: Pipeline, text: str, reporter: str) -> None:
    names = _entities(full, text)
    assert names.get(reporter) == "Person"
    assert names.get("سبق") == "MediaOrganization"


def test_no_lead_without_colon(full: Pipeline) -> None:
    names = _entities(full, "الرياض - وزارة الصحة - المستشفيات جاهزة لاستقبال المرضى.")
    assert not any(label == "Person" for label in names.values())


@pytest.mark.parametrize(("text", "name", "label"), [
    ("وأصدرت مؤسسة النقد العربي السعودي تعميما للبنوك.",
     "مؤسسة النقد العربي السعودي", "GovernmentBody"),
    ("وضبط رجال هيئة الأمر بالمعروف والنهي عن المنكر مخالفين في السوق.",
     "هيئة الأمر بالمعروف والنهي عن المنكر", "GovernmentBody"),
    ("وأطلقت سامسونج هاتفها الجديد في دبي.", "سامسونج", "Organization"),
    ("وخفضت موديز التصنيف الائتماني للبلاد.", "موديز", "Organization"),
])
def test_bodies_and_companies_read_whole(full: Pipeline, text: str, name: str,
                                          label: str) -> None:
    assert _entities(full, text).get(name) == label


@pytest.mark.parametrize("text", [
    "وظهر حماس النزلاء واضحا خلال الأمسية.",
    "واستقبل الأهالي الفريق بحماس لافت.",
    "وعرض الفيلم مشهد تخرج الدفعة الأولى.",
    "وقال المشرف إن مشهد الأطفال في الحديقة أسعد الجميع.",
    "وتسلم المتقدم بمشهد يفيد بإجراء المقابلة.",  # a masdar in «ت» before it is no verb
])
def test_tagger_common_word_needs_support(full: Pipeline, text: str) -> None:
    names = _entities(full, text)
    assert not any(label in ("ArmedGroup", "City") for label in names.values())


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن حماس حركة مقاومة.",  # the subject after «إن»
    "وقالت حماس إن القصف استهدف منازل المدنيين.",  # a feminine verb of saying
    "وأكد عناصر حماس جاهزيتهم للمواجهة.",  # a member cue
    "وأطلقت حماس صواريخ على المستوطنات.",  # a feminine verb's subject
])
def test_supported_hamas_stays(full: Pipeline, text: str) -> None:
    assert _entities(full, text).get("حركة حماس") == "ArmedGroup"


def test_construct_after_anna_is_the_common_word(full: Pipeline) -> None:
    text = "وزار الوفد إيران الشهر الماضي، إلا أن مشهد الأمير بين الحضور بقي في الذاكرة."
    assert "مشهد" not in _entities(full, text)


def test_mashhad_in_a_report_on_iran(full: Pipeline) -> None:
    names = _entities(full, "ووصل وفد إيراني إلى مشهد أمس لزيارة المرقد.")
    assert names.get("مشهد") == "City"


def test_preposition_and_article_lam_join_the_name(full: Pipeline) -> None:
    names = _entities(full, "وفاز الزمالك على الأهلي، وكان آخر لقب للزمالك قبل أعوام.")
    assert "الزمالك" in names and "للزمالك" not in names


def test_one_word_before_a_body_is_no_person(full: Pipeline) -> None:
    names = _entities(full, "ورفعت موديز للتصنيف الائتماني الأسبوع الماضي نظرتها للبنوك.")
    assert names.get("موديز") == "Organization"
    assert "رفعت" not in names


def test_one_place_read_with_two_classes_is_one_entity(full: Pipeline) -> None:
    doc = full(Document(id="doc-place", text=(
        "واعتقلت الشرطة في كاليفورنيا رجلا، وقالت امرأة تسكن بكاليفورنيا إنها اشتكت.")))
    assert len([e for e in doc.entities if e.name == "كاليفورنيا"]) == 1


def test_group_supported_once_is_the_group_everywhere(full: Pipeline) -> None:
    text = "وتظاهر المئات ضد حماس في المدينة، ورددوا هتافات ضد قادة حماس."
    doc = full(Document(id="doc-hamas", text=text))
    hamas = [e for e in doc.entities if e.name == "حركة حماس"]
    assert len(hamas) == 1 and len(hamas[0].mention_ids) == 2


def test_a_listed_given_name_keeps_its_first_letter() -> None:
    rules = name_rules()
    assert keeps_whole("فراس", "راس", rules.name_words)  # not «ف» + «راس» (رأس الخيمة)
    assert rules.name_start("فراس") == 0
    assert rules.name_start("والعراق") == 1  # a clitic before a place still splits


def test_a_given_name_in_a_sentence_is_read_whole(full: Pipeline) -> None:
    names = _entities(full, "وقال فراس الخطيب إن الاجتماع انتهى دون اتفاق.")
    assert "فراس الخطيب" in names and "راس الخطيب" not in names
