"""Stances in conflict news, session 20: backing named after «بـ» and stances inside an
allegation.

«الحوثيون المدعومون بإيران» is Iran's support of the Houthis, as «المدعومون من إيران» is;
«بـ» before no side («مدعومة بالأدلة», «بريطانيا» that only begins with «ب») names no backer.
«زعم X أن Y يدعم Z», «اتهمت X Y بأنها تدعم Z» are another's claim: Y's support of Z is not
asserted (the accusation itself stays X's); «أكدت X أنها تدعم Z» asserts. Sentences written
for the tests, each with the facts that must be found and those that must not."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
TURKEY = E("Country", "تركيا", ("تركيا",), "Q43")
BRITAIN = E("Country", "بريطانيا", ("بريطانيا",), "Q145")
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
QAEDA = E("ArmedGroup", "تنظيم القاعدة", ("تنظيم القاعدة",))
HEZBOLLAH = E("ArmedGroup", "حزب الله", ("حزب الله",))
COALITION = E("InternationalOrganization", "التحالف العربي", ("التحالف العربي",))
YEMEN_GOV = E("GovernmentBody", "الحكومة اليمنية", ("الحكومة اليمنية",))
ENTITIES = [SAUDI, IRAN, TURKEY, BRITAIN, RUSSIA, HOUTHIS, QAEDA, HEZBOLLAH, COALITION,
            YEMEN_GOV]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def supports(doc: Document) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in stances(doc) if k == "supports"}


# --- backing named after «بـ» -------------------------------------------------------


def test_backed_by_a_state_after_ba() -> None:
    doc = run("وتقدم الحوثيون المدعومون بإيران نحو مدينة عدن.")
    assert ("إيران", "الحوثيون") in supports(doc)


def test_backed_by_an_alliance_after_ba() -> None:
    doc = run("وتقاتل الحكومة اليمنية المدعومة بالتحالف العربي في محافظة مأرب.")
    assert ("التحالف العربي", "الحكومة اليمنية") in supports(doc)


def test_backed_by_min_still_read() -> None:
    doc = run("وسيطر حزب الله المدعوم من إيران على البلدة.")
    assert ("إيران", "حزب الله") in supports(doc)


def test_ba_before_no_side_names_no_backer() -> None:
    assert not supports(run("وقدم الحوثيون روايتهم المدعومة بالأدلة والصور."))


def test_a_name_that_only_begins_with_ba_is_no_backer() -> None:
    # «بريطانيا» begins with «ب» but carries no preposition: no agent of the participle
    assert ("بريطانيا", "الحوثيون") not in supports(
        run("وقال الحوثيون المدعومون بريطانيا إنهم سينسحبون."))


# --- stances inside an allegation ---------------------------------------------------


def test_alleged_support_is_not_asserted() -> None:
    doc = run("وزعم الحوثيون أن السعودية تدعم تنظيم القاعدة في الجنوب.")
    assert ("السعودية", "تنظيم القاعدة") not in supports(doc)


def test_claimed_support_is_not_asserted() -> None:
    doc = run("وادعت إيران أن تركيا تؤيد تنظيم القاعدة.")
    assert ("تركيا", "تنظيم القاعدة") not in supports(doc)


def test_charged_support_is_not_asserted_but_the_charge_is() -> None:
    doc = run("واتهمت السعودية إيران بأنها تدعم الحوثيين بالسلاح.")
    assert ("إيران", "الحوثيون") not in supports(doc)
    assert ("criticizes", "السعودية", "إيران") in stances(doc)


def test_allegations_noun_opens_the_clause() -> None:
    doc = run("ونفت موسكو مزاعم بأن روسيا تدعم الحوثيين.")
    assert ("روسيا", "الحوثيون") not in supports(doc)


def test_affirmed_support_is_asserted() -> None:
    doc = run("وأكدت السعودية أنها تدعم الحكومة اليمنية.")
    assert ("السعودية", "الحكومة اليمنية") in supports(doc)


def test_a_stance_after_the_claim_clause_ends_is_asserted() -> None:
    doc = run("وزعم الحوثيون أن الغارات قتلت مدنيين، فيما تدعم إيران الحوثيين بقوة.")
    assert ("إيران", "الحوثيون") in supports(doc)


def test_a_stance_after_bad_an_is_asserted() -> None:
    doc = run("وبعد أن زعمت إيران ذلك، أعلنت السعودية أنها تدعم الحكومة اليمنية.")
    assert ("السعودية", "الحكومة اليمنية") in supports(doc)


# --- stances inside a warning -------------------------------------------------------


def test_a_feared_rejection_is_not_asserted() -> None:
    doc = run("وحذرت السعودية من أن رفض روسيا للاتفاق سيضر بالمنطقة.")
    assert not any(k == "rejects" and s == "روسيا" for k, s, _ in stances(doc))


def test_a_rejection_outside_the_warning_is_asserted() -> None:
    doc = run("ورفضت روسيا الاتفاق، وحذرت السعودية من عواقب ذلك.")
    assert any(k == "rejects" and s == "روسيا" for k, s, _ in stances(doc))


# --- support cut off ----------------------------------------------------------------


def polarities(doc: Document, subject: str, obj: str) -> set[str]:
    return {r.polarity for r in doc.relations if r.kind == "supports" and
            _name(doc, r.subject_id) == subject and _name(doc, r.object_id) == obj}


def _name(doc: Document, node_id: str) -> str:
    return next((e.name for e in doc.entities if e.id == node_id), node_id)


def test_support_cut_off_is_negated() -> None:
    doc = run("وقطعت إيران دعمها عن حزب الله بسبب الخلاف.")
    assert "positive" not in polarities(doc, "إيران", "حزب الله")


def test_support_frozen_is_negated() -> None:
    doc = run("وجمدت السعودية دعمها للحكومة اليمنية.")
    assert "positive" not in polarities(doc, "السعودية", "الحكومة اليمنية")


def test_support_declared_after_another_verb_stays() -> None:
    doc = run("وأعلنت السعودية دعمها للحكومة اليمنية.")
    assert "positive" in polarities(doc, "السعودية", "الحكومة اليمنية")


def test_a_cutting_verb_without_the_holders_pronoun_is_no_cut() -> None:
    # «سحبت ... السفير» then «دعم» with no pronoun: another act, the stance is untouched
    doc = run("وسحبت السعودية السفير ثم أعلنت دعم الحكومة اليمنية.")
    assert "negative" not in polarities(doc, "السعودية", "الحكومة اليمنية")


# --- a town inside the thing a stance is toward ------------------------------------

ADEN = E("City", "عدن", ("عدن",), "Q131694")
TAIZ = E("City", "تعز", ("تعز",))
TEHRAN = E("City", "طهران", ("طهران",), "Q3616")


def run_places(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, ADEN, TAIZ, TEHRAN]))


def objects_of(doc: Document, subject: str) -> set[str]:
    return {o for _, s, o in stances(doc) if s == subject}


def test_a_liberated_town_is_no_object() -> None:
    doc = run_places("ورحبت روسيا بتحرير عدن من المسلحين.")
    assert "عدن" not in objects_of(doc, "روسيا")


def test_a_town_reached_through_ila_is_no_object() -> None:
    doc = run_places("ورحبت الحكومة اليمنية بعودة الهدوء إلى تعز.")
    assert "تعز" not in objects_of(doc, "الحكومة اليمنية")


def test_a_capital_for_its_government_stays_an_object() -> None:
    doc = run_places("وانتقدت السعودية طهران بشدة.")
    assert "طهران" in objects_of(doc, "السعودية")


def test_a_feared_future_support_is_not_asserted() -> None:
    doc = run("وحذرت السعودية من أن إيران ستدعم الحوثيين بالصواريخ.")
    assert ("إيران", "الحوثيون") not in supports(doc)


def test_a_present_stance_warned_of_is_asserted() -> None:
    doc = run("وحذرت السعودية من أن إيران تدعم الحوثيين بقوة.")
    assert ("إيران", "الحوثيون") in supports(doc)
