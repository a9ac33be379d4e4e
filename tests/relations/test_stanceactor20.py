"""Stances toward actors, session 20 round 2: a compound title before the holder's name,
and displeasure «من» an actor.

«وانتقد ولي العهد الأمير X إيران», «وأشاد خادم الحرمين الشريفين الملك X بـ ...»: a title whose
first word is no title alone («ولي العهد», «خادم الحرمين الشريفين») opens the subject as
«وزير الخارجية» does. «أعربت مصر عن استيائها من إسرائيل», «أبدت الإدارة تذمرها من الحكومة»: a
noun of displeasure with its owner's pronoun takes what displeases with «من»; the one after
«من» is the object, never the holder (as in «بانتقادات من X»). Sentences written for the
tests, each with the facts that must be found and those that must not."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
TURKEY = E("Country", "تركيا", ("تركيا",), "Q43")
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",), "Q30")
MBS = E("Person", "محمد بن سلمان", ("محمد بن سلمان",))
SALMAN = E("Person", "سلمان بن عبد العزيز", ("سلمان بن عبد العزيز",))
SISI = E("Person", "عبد الفتاح السيسي", ("عبد الفتاح السيسي",))
IRAQ_GOV = E("GovernmentBody", "الحكومة العراقية", ("الحكومة العراقية",))
YEMEN_ARMY = E("GovernmentBody", "الجيش اليمني", ("الجيش اليمني",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",), "Q1065")
ENTITIES = [SAUDI, IRAN, EGYPT, ISRAEL, TURKEY, USA, MBS, SALMAN, SISI, IRAQ_GOV, YEMEN_ARMY,
            UN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def of_kind(doc: Document, kind: str) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in stances(doc) if k == kind}


# --- a compound title before the holder's name ---------------------------------------


def test_crown_prince_title_opens_the_subject() -> None:
    doc = run("وانتقد ولي العهد الأمير محمد بن سلمان إيران بسبب تدخلها في المنطقة.")
    assert ("محمد بن سلمان", "إيران") in of_kind(doc, "criticizes")


def test_crown_prince_title_before_praise_with_ba() -> None:
    doc = run("وأشاد ولي العهد الأمير محمد بن سلمان بالجيش اليمني.")
    assert ("محمد بن سلمان", "الجيش اليمني") in of_kind(doc, "praises")


def test_deputy_crown_prince_title_opens_the_subject() -> None:
    doc = run("وانتقد ولي ولي العهد الأمير محمد بن سلمان إيران.")
    assert ("محمد بن سلمان", "إيران") in of_kind(doc, "criticizes")


def test_custodian_title_opens_the_subject() -> None:
    doc = run("وانتقد خادم الحرمين الشريفين الملك سلمان بن عبد العزيز إيران.")
    assert ("سلمان بن عبد العزيز", "إيران") in of_kind(doc, "criticizes")


def test_crown_prince_object_is_no_holder() -> None:
    # the verb's subject is the president; the crown prince after the object is praised
    doc = run("وأشاد الرئيس عبد الفتاح السيسي بولي العهد الأمير محمد بن سلمان.")
    assert ("محمد بن سلمان", "عبد الفتاح السيسي") not in of_kind(doc, "praises")


# --- displeasure «من» an actor ------------------------------------------------------------


def test_displeasure_from_a_country_is_toward_it() -> None:
    doc = run("وأعربت مصر عن استيائها من إسرائيل.")
    assert ("مصر", "إسرائيل") in of_kind(doc, "criticizes")
    assert ("إسرائيل", "مصر") not in of_kind(doc, "criticizes")


def test_displeasure_noun_of_a_person() -> None:
    doc = run("وأعرب الرئيس عبد الفتاح السيسي عن استيائه من تركيا.")
    assert ("عبد الفتاح السيسي", "تركيا") in of_kind(doc, "criticizes")
    assert ("تركيا", "عبد الفتاح السيسي") not in of_kind(doc, "criticizes")


def test_grumbling_from_a_government() -> None:
    doc = run("وأبدت مصر تذمرها من الحكومة العراقية.")
    assert ("مصر", "الحكومة العراقية") in of_kind(doc, "criticizes")


def test_criticism_from_an_actor_still_held_by_it() -> None:
    doc = run("وقوبل الموقف التركي بانتقادات من الولايات المتحدة.")
    assert not any(s == "تركيا" and o == "الولايات المتحدة"
                   for s, o in of_kind(doc, "criticizes"))


def test_praise_from_an_actor_still_held_by_it() -> None:
    doc = run("وحظي الجيش اليمني بإشادة من الأمم المتحدة.")
    assert ("الأمم المتحدة", "الجيش اليمني") in of_kind(doc, "praises")


def test_displeasure_with_an_act_not_done_names_no_actor() -> None:
    doc = run("وأعربت مصر عن استيائها من عدم إدانة الولايات المتحدة للهجوم.")
    assert ("مصر", "الولايات المتحدة") not in of_kind(doc, "criticizes")


def test_accused_from_a_place_still_refused() -> None:
    doc = run("واتهمت مصر مسلحين من إسرائيل بتنفيذ الهجوم.")
    assert ("مصر", "إسرائيل") not in of_kind(doc, "criticizes")


# --- a stance done with «قام بـ» ----------------------------------------------------------

LEBANON = E("Country", "لبنان", ("لبنان",), "Q822")
SYRIA_GOV = E("GovernmentBody", "الحكومة السورية", ("الحكومة السورية",))
ERDOGAN = E("Person", "رجب طيب أردوغان", ("رجب طيب أردوغان",))
ENTITIES += [LEBANON, SYRIA_GOV, ERDOGAN]


def test_done_threat_holder_is_the_light_verbs_subject() -> None:
    doc = run("وقامت إسرائيل بتهديد لبنان بشن حرب جديدة.")
    assert ("إسرائيل", "لبنان") in of_kind(doc, "threatens")
    assert ("لبنان", "إسرائيل") not in of_kind(doc, "threatens")


def test_done_criticism_after_a_titled_subject() -> None:
    doc = run("وقام الرئيس التركي رجب طيب أردوغان بانتقاد الحكومة السورية.")
    assert ("رجب طيب أردوغان", "الحكومة السورية") in of_kind(doc, "criticizes")
    assert not any(s == "الحكومة السورية" for s, _ in of_kind(doc, "criticizes"))


def test_backing_adjunct_after_another_act_is_not_the_doers() -> None:
    # «بدعم Y» is the adjunct of the act «قامت X بتحرير»: X does not back Y
    doc = run("وقامت الحكومة العراقية بتحرير المدينة بدعم الولايات المتحدة.")
    assert ("الحكومة العراقية", "الولايات المتحدة") not in of_kind(doc, "supports")


def test_backing_done_with_qama_is_no_adjunct_of_the_backed() -> None:
    # «قامت X بدعم Y»: X's own act; Y after «بدعم» is backed, never the backer of X
    doc = run("وقامت الولايات المتحدة بدعم الحكومة العراقية في حربها.")
    assert ("الحكومة العراقية", "الولايات المتحدة") not in of_kind(doc, "supports")


def test_backing_adjunct_right_after_a_side_still_names_the_backer() -> None:
    doc = run("وتقدم الجيش اليمني بدعم من السعودية نحو المدينة.")
    assert ("السعودية", "الجيش اليمني") in of_kind(doc, "supports")


def test_done_act_is_the_first_ba_after_qama() -> None:
    doc = run("وقام الرئيس رجب طيب أردوغان بزيارة مصر بانتقاد الحكومة السورية.")
    assert ("رجب طيب أردوغان", "الحكومة السورية") not in of_kind(doc, "criticizes")


def test_bare_noun_genitive_still_holds_the_stance() -> None:
    # no «قام»: the genitive of «تهديد» is its doer, as before
    doc = run("وأدانت مصر تهديد إيران للسعودية.")
    assert ("السعودية", "إيران") not in of_kind(doc, "threatens")


def test_done_act_without_a_named_subject_names_no_holder() -> None:
    doc = run("وقام مسلحون بتهديد لبنان.")
    assert not of_kind(doc, "threatens")


# --- «أخذ X على Y» past a titled subject --------------------------------------------------

SHOUKRY = E("Person", "سامح شكري", ("سامح شكري",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
ENTITIES += [SHOUKRY, HOUTHIS]


def test_taken_against_after_a_titled_name() -> None:
    doc = run("وأخذ وزير الخارجية المصري سامح شكري على تركيا تدخلها في الشؤون العربية.")
    assert ("سامح شكري", "تركيا") in of_kind(doc, "criticizes")


def test_taken_against_after_a_compound_title() -> None:
    doc = run("وأخذ ولي العهد الأمير محمد بن سلمان على إيران دعمها للحوثيين.")
    assert ("محمد بن سلمان", "إيران") in of_kind(doc, "criticizes")


def test_taken_on_oneself_after_a_titled_name_is_no_criticism() -> None:
    doc = run("وأخذ الرئيس المصري عبد الفتاح السيسي على عاتقه حماية مصر.")
    assert not of_kind(doc, "criticizes")


def test_positions_taken_on_a_border_are_no_criticism() -> None:
    doc = run("وأخذت الحكومة العراقية مواقعها على الحدود مع تركيا.")
    assert not of_kind(doc, "criticizes")
