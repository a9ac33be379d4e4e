"""Stances toward a thing decided, proposed, said or done (stanceissue20, session 20).

«هاجم» with an agreement, a decision or a statement as object criticizes it, whoever the
subject is (such a thing cannot be attacked with arms); «تدين بشدة» condemns (a manner
adverb is no «دان بـ»); a subject before a quoted verb phrase («إن X "تدين ..."») holds
the stance. Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

IRAN = E("Country", "إيران", ("إيران",), "Q794")
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",), "Q1065")
UNSC = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",), "Q37470")
HAMAS = E("ArmedGroup", "حماس", ("حماس",), "Q38799")
ISRAELI_GOV = E("GovernmentBody", "الحكومة الإسرائيلية", ("الحكومة الإسرائيلية",))
NETANYAHU = E("Person", "بنيامين نتنياهو", ("بنيامين نتنياهو", "نتنياهو"), "Q43723")
ERDOGAN = E("Person", "رجب طيب أردوغان", ("رجب طيب أردوغان", "أردوغان"))
ARMED = E("ArmedGroup", "داعش", ("داعش",))
ENTITIES = [IRAN, SAUDI, EGYPT, QATAR, BAHRAIN, UN, UNSC, HAMAS, ISRAELI_GOV, NETANYAHU,
            ERDOGAN, ARMED]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- «هاجم» a thing said or decided -----------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وهاجم نتنياهو الاتفاق النووي ووصفه بأنه خطأ تاريخي.",
     ("criticizes", "بنيامين نتنياهو", "الاتفاق النووي")),
    ("وهاجمت إيران قرار مجلس الأمن الأخير.", ("criticizes", "إيران", "مجلس الأمن")),
    ("وهاجمت قطر تصريحات نتنياهو.", ("criticizes", "قطر", "بنيامين نتنياهو")),
    ("وهاجمت الحكومة الإسرائيلية الاتفاقية الجديدة.",
     ("criticizes", "الحكومة الإسرائيلية", "الاتفاقية الجديدة")),
])
def test_attacking_a_thing_said_or_decided_criticizes_it(text: str,
                                                         fact: tuple[str, str, str]) -> None:
    found = stances(run(text))
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون مقر الحكومة في عدن.",
    "وهاجم داعش قاعدة عسكرية في الأنبار.",
    "وهاجم داعش مشروعا سكنيا في الموصل.",
    "وهاجمت إيران مواقع المعارضة قرب الحدود.",
    "وهاجم داعش بالقرب من مقر البيان الحكومي.",
])
def test_armed_attack_is_no_criticism(text: str) -> None:
    assert not {f for f in stances(run(text)) if f[0] == "criticizes"}


# --- «تدين بشدة»: a manner adverb is no «دان بـ» --------------------------------------------

FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
PANAMA = E("Country", "بنما", ("بنما",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",), "Q30")


def run_more(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, FRANCE, PANAMA, USA]))


@pytest.mark.parametrize(("text", "fact"), [
    ("وقال المتحدث إن فرنسا تدين بشدة الاعتداء الإرهابي.",
     ("condemns", "فرنسا", "الاعتداء الإرهابي")),
    ("وأكدت الوزارة أن مصر تدين بقوة التفجير الذي استهدف المسجد.",
     ("condemns", "مصر", "التفجير")),
])
def test_manner_adverb_after_tadin_still_condemns(text: str, fact: tuple[str, str, str]) -> None:
    """The object is the phrase or the Attack event kg found at it («Attack:التفجير»)."""
    found = stances(run_more(text))
    kind, subject, obj = fact
    assert any(k == kind and s == subject and o.endswith(obj) for k, s, o in found), found


def test_tadin_bi_owes_no_condemnation() -> None:
    assert not stances(run_more("وقال المدرب إن بنما تدين بالفضل لحارس مرماها."))


# --- a subject before a quoted verb phrase -------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ('وقال المتحدث إن الولايات المتحدة "تدين بشدة الاعتداء المشين".',
     ("condemns", "الولايات المتحدة", "الاعتداء المشين")),
    ("وقال المتحدث إن فرنسا «ترفض الاتهامات» الموجهة إليها.",
     ("rejects", "فرنسا", "الاتهامات")),
])
def test_subject_before_quoted_predicate(text: str, fact: tuple[str, str, str]) -> None:
    found = stances(run_more(text))
    assert fact in found, found


def test_comma_before_quoted_predicate_still_blocks() -> None:
    """Only the opening mark itself may stand between the name and the verb."""
    assert not stances(run_more('وقال المتحدث إن مصر، "ترفض التدخل".'))


# --- displeasure: «تذمّر», «سخط» ----------------------------------------------------------

WAFD = E("Organization", "حزب الوفد", ("حزب الوفد",))
EGYPT_GOV = E("GovernmentBody", "الحكومة المصرية", ("الحكومة المصرية",))


@pytest.mark.parametrize("text", [
    "وأبدى حزب الوفد تذمره من مماطلة الحكومة المصرية في الرد.",
    "وأعرب حزب الوفد عن سخطه من قرار الحكومة المصرية.",
])
def test_displeasure_at_is_criticism(text: str) -> None:
    found = stances(extract_relations(build_doc(text, [WAFD, EGYPT_GOV])))
    assert ("criticizes", "حزب الوفد", "الحكومة المصرية") in found, found


@pytest.mark.parametrize("text", [
    "وأبدى حزب الوفد تذمره.",
    "وقال حزب الوفد إن التذمر من الغلاء منتشر بين المواطنين.",
])
def test_displeasure_with_nothing_it_is_at_is_no_stance(text: str) -> None:
    assert not stances(extract_relations(build_doc(text, [WAFD, EGYPT_GOV])))


# --- a deed and the nisba of its doer: «أشاد بالجهود السعودية» ------------------------------

JUDEH = E("Person", "ناصر جودة", ("ناصر جودة",))
USA_N = E("Country", "الولايات المتحدة", ("الأمريكي",), "Q30")
EGYPT_N = E("Country", "مصر", ("المصري",), "Q79")


def run_deeds(text: str) -> Document:
    return extract_relations(build_doc(text, [JUDEH, SAUDI, USA_N, EGYPT_N]))


@pytest.mark.parametrize(("text", "obj"), [
    ("وأشاد ناصر جودة بالجهود السعودية في اليمن.", "السعودية"),
    ("وأشاد ناصر جودة بالدور المصري في الأزمة.", "مصر"),
    ("وثمن ناصر جودة الموقف الأمريكي.", "الولايات المتحدة"),
])
def test_deed_with_nisba_praises_its_country(text: str, obj: str) -> None:
    found = stances(run_deeds(text))
    assert ("praises", "ناصر جودة", obj) in found, found


def test_support_given_is_no_deed_of_the_nisba() -> None:
    """«الدعم السعودي» may be given to anyone: «دعم» names no deed (see deeds.DEED_NOUNS)."""
    assert not stances(run_deeds("ورحب ناصر جودة بالدعم السعودي."))
