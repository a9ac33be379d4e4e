"""Names read whole and right (names22): a hospital, a bank or an exchange named by its
head and its own name (kg.ner.institutions), a country's central bank (a body head);
a club read as a lone place in a sports report, a nisba before a given name, a plural
nisba (kg.ner.clubs, kg.ner.name_edges); on sentences written for the tests, with the
common nouns the rules must leave alone."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.ner.bundled import name_rules
from kg.ner.name_edges import described_by_nisba, plural_nisba, trim_name_edges
from kg.pipeline import Pipeline
from tests.ner.linked import full_pipeline


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return full_pipeline()


def _entities(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline(Document(id="doc-names22", text=text))
    return {e.name: e.label for e in doc.entities}


@pytest.mark.parametrize(("text", "name"), [
    ("وأجريت للمريضة عملية في مستشفى الملك سلمان التخصصي للأطفال بتبوك.",
     "مستشفى الملك سلمان التخصصي للأطفال"),
    ("ونقل المصابون إلى مستشفى الأمير محمد بن عبدالعزيز لتلقي العلاج.",
     "مستشفى الأمير محمد بن عبدالعزيز"),
    ("ويتلقى الطفل العلاج في مستشفى الولادة والأطفال بالمدينة.",
     "مستشفى الولادة والأطفال"),
    ("وأعلن بنك أبوظبي الوطني عن ارتفاع أرباحه الفصلية.", "بنك أبوظبي الوطني"),
    ("وتراجع مؤشر سوق أبوظبي للأوراق المالية أمس.", "سوق أبوظبي للأوراق المالية"),
    ("وأغلق سوق مسقط المالي على انخفاض طفيف.", "سوق مسقط المالي"),
])
def test_an_institution_is_read_whole(full: Pipeline, text: str, name: str) -> None:
    assert _entities(full, text).get(name) == "Organization"


@pytest.mark.parametrize("text", [
    "وأقامت الهيئة مستشفى ميداني قرب الحدود لعلاج الجرحى.",
    "ويضم بنك المعلومات بيانات آلاف الطلاب.",
    "وتحسن أداء سوق العمل في دبي خلال العام.",
    "وازدحم سوق دبي بالمتسوقين قبل العيد.",
    "ونقل المريض إلى المستشفى العام لتلقي العلاج.",
])
def test_a_common_noun_makes_no_institution(full: Pipeline, text: str) -> None:
    found = _entities(full, text)
    assert not any(name.startswith(("مستشفى", "بنك", "سوق")) for name in found), found


def test_a_treatment_is_no_field_of_the_hospital(full: Pipeline) -> None:
    found = _entities(full, "ونقل المصاب إلى مستشفى الملك فهد للعلاج.")
    assert found.get("مستشفى الملك فهد") == "Organization"


def test_each_country_has_its_central_bank(full: Pipeline) -> None:
    found = _entities(full, "وخفض البنك المركزي التركي الفائدة. "
                            "وأبقى البنك المركزي المصري الفائدة دون تغيير.")
    assert found.get("البنك المركزي التركي") == "GovernmentBody"
    assert found.get("البنك المركزي المصري") == "GovernmentBody"


def test_a_club_read_as_a_place_is_the_club_of_a_sports_report(full: Pipeline) -> None:
    text = ("وسجل لاعب الخليج هدف الفوز. واستضاف الخليج ضيفه الفتح على ملعبه أمس. "
            "وتعادل الخليج والرائد في الجولة الماضية.")
    found = _entities(full, text)
    assert found.get("الخليج") == "Organization"
    assert "Region" not in found.values()


def test_the_gulf_stays_a_region_after_its_construct_heads(full: Pipeline) -> None:
    text = ("وقال مدرب نادي الخليج إن الفريق جاهز للموسم. "
            "وتستضيف الدوحة بطولة منتخبات الخليج في دول الخليج العام المقبل.")
    doc = full(Document(id="doc-names22", text=text))
    gulf = [m for m in doc.mentions if m.text == "الخليج"]
    assert gulf and all(m.label != "Organization" for m in gulf)


def test_a_nisba_before_a_given_name_is_no_part_of_it() -> None:
    words = ["وقال", "المدافع", "الاتحادي", "فهد", "المولد", "إن"]
    tags = ["O", "O", "B-PERS", "I-PERS", "I-PERS", "O"]
    assert trim_name_edges(words, tags) == ["O", "O", "O", "B-PERS", "I-PERS", "O"]
    assert described_by_nisba("الاتحادي", "فهد")
    assert not described_by_nisba("الهادي", "البكوش")  # a given name before a family name
    assert not described_by_nisba("الوليد", "بن")  # no nisba: a given name with the article


def test_a_family_nisba_after_the_given_name_stays(full: Pipeline) -> None:
    found = _entities(full, "وقال الدكتور خالد الغامدي إن النتائج مشجعة.")
    assert found.get("خالد الغامدي") == "Person"


def test_a_plural_nisba_makes_no_person() -> None:
    assert plural_nisba("باكستانيان") and plural_nisba("مصريون")
    assert not plural_nisba("سفيان") and not plural_nisba("المصري")
    words = ["وأوقفت", "الدورية", "عاملان", "هنديان", "في", "السوق"]
    tags = ["O", "O", "B-PERS", "I-PERS", "O", "O"]
    assert trim_name_edges(words, tags) == ["O"] * 6


def test_a_name_with_a_singular_nisba_stays(full: Pipeline) -> None:
    assert _entities(full, "وقال سفيان الحربي إن الأسعار ارتفعت.").get("سفيان الحربي") == "Person"


def test_passports_and_traffic_are_local_bodies(full: Pipeline) -> None:
    found = _entities(full, "وأعلنت جوازات منطقة الرياض تمديد ساعات العمل. "
                            "وضبط مرور الرياض مئات المخالفات.")
    assert found.get("جوازات منطقة الرياض") == "GovernmentBody"
    assert found.get("مرور الرياض") == "GovernmentBody"


def test_the_passing_of_time_is_no_body(full: Pipeline) -> None:
    found = _entities(full, "وبعد مرور عام على الحادث عاد الهدوء إلى الرياض.")
    assert not any(name.startswith("مرور") for name in found), found


def test_a_given_name_after_wa_in_a_list_is_read_without_it(full: Pipeline) -> None:
    rules = name_rules()
    assert rules.name_start("وزياد") == 1
    assert rules.name_start("وليد") == 0  # a given name of its own
    assert rules.name_start("فراس") == 0  # not «ف» + «راس»
    found = _entities(full, "وشارك في العرض خالد العتيبي، وزياد الحمادي، وهارون الحمد.")
    assert found.get("زياد الحمادي") == "Person"
    assert "وزياد الحمادي" not in found
