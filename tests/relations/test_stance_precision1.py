"""Stances that are not asserted, and words that only look like stance triggers.

A stance under a condition («إذا عارضت»), a hedge («يبدو أن», «قد تدعم»), an expectation
(«من المتوقع أن»), a claim the speaker will not vouch for («لا نستطيع الجزم بأن»), a goal
that would obtain someone's support («لضمان تأييد»), a stance being stopped («تعليق
دعمها») or a denial is no fact; refraining from a stance («امتنعت عن إدانة») is the stance
negated. «نوّه إلى» points out and «نُفي إلى» exiles: neither praises nor denies. Sentences
written for the tests, each next to a stance of the same text that is still found."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import facts, pairs, stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
UN = E("Organization", "الأمم المتحدة", ("الأمم المتحدة",))
GOVERNMENT = E("Organization", "الحكومة اليمنية", ("الحكومة اليمنية",))
HOUTHIS = E("Organization", "الحوثيين", ("الحوثيين", "الحوثيون"))
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
HASSAN = E("Person", "حسن العلي", ("حسن العلي",))
IRAN = E("Country", "إيران", ("إيران",), "Q794")
ENTITIES = [EGYPT, QATAR, BAHRAIN, UN, GOVERNMENT, HOUTHIS, SALEM, HASSAN, IRAN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- conditions ------------------------------------------------------------------------------

def test_a_stance_inside_a_condition_is_not_written_the_main_clause_is() -> None:
    doc = run("وانتقد كريم سالم الحوثيين، وقال إن مصر ستقطع علاقاتها إذا دعمت قطر الحوثيين.")
    assert ("criticizes", "كريم سالم", "الحوثيين") in stances(doc)
    assert not pairs(doc, "supports")


def test_fi_hal_opens_a_condition() -> None:
    doc = run("وفي حال انتقدت مصر الأمم المتحدة، ستتوقف المفاوضات.")
    assert not pairs(doc, "criticizes")


def test_a_state_of_panic_is_no_condition() -> None:
    doc = run("وأدت الانفجارات إلى حالة من الهلع بين السكان، "
              "وقد اتهم كريم سالم الحوثيين بارتكاب الجريمة.")
    assert facts(doc, "criticizes") == {("كريم سالم", "الحوثيين", "positive", "asserted")}


def test_a_definite_participle_describes_its_noun_inside_a_condition() -> None:
    doc = run("وإذا هاجم الحوثيون الموالون لإيران السفن في البحر الأحمر، فإن البحرين سترد.")
    assert ("supports", "الحوثيين", "إيران") in stances(doc)


def test_latalama_often_asserts() -> None:
    doc = run("ولطالما انتقدت البحرين الحوثيين في المحافل الدولية.")
    assert ("criticizes", "البحرين", "الحوثيين") in stances(doc)


# --- hedges: «يبدو», «قد» before an imperfect, not before a perfect ----------------------------

def test_it_seems_that_is_a_hedge() -> None:
    doc = run("ويبدو أن قطر تدعم الحوثيين في صنعاء.")
    assert not pairs(doc, "supports")


def test_qad_before_an_imperfect_hedges() -> None:
    doc = run("وقد تندد البحرين بالحوثيين في الأيام المقبلة.")
    assert not pairs(doc, "condemns")


@pytest.mark.parametrize("text", [
    "وكانت البحرين قد نددت بالحوثيين في بيان رسمي.",
    "وكان البحرينيون قد نددوا بالحوثيين، وقد نددت البحرين بالحوثيين أيضا.",
])
def test_qad_before_a_perfect_asserts(text: str) -> None:
    doc = run(text)
    assert ("البحرين", "الحوثيين", "positive", "asserted") in facts(doc, "condemns")


# --- expectations, possibilities, claims not vouched for -------------------------------------

def test_an_expected_appeal_is_not_written_a_made_one_is() -> None:
    doc = run("ومن المتوقع أن يصل كريم سالم إلى القاهرة غدا ويطالب الأمم المتحدة بدعم اليمن. "
              "وطالب حسن العلي الأمم المتحدة بدعم اليمن.")
    assert {(s, o) for kind, s, o in stances(doc) if kind == "urges"} == {
        ("حسن العلي", "الأمم المتحدة")}


def test_analysts_expecting_a_rejection() -> None:
    doc = run("وتوقع محللون أن تعلن مصر رفضها لممارسات الحوثيين.")
    assert not pairs(doc, "rejects")


@pytest.mark.parametrize("text", [
    "وقال كريم سالم: «لا نستطيع الجزم بأن قطر تدعم الحوثيين، لكننا رأينا أسلحتهم».",
    "وقال كريم سالم إنه ليس من المؤكد أن قطر تدعم الحوثيين.",
    "وقال كريم سالم إنه لا يستبعد أن تدعم قطر الحوثيين.",
    "وقال كريم سالم: «لا أستغرب أن أسمع أن قطر ستدعم الحوثيين».",
])
def test_a_claim_the_speaker_does_not_vouch_for(text: str) -> None:
    assert not pairs(run(text), "supports")


@pytest.mark.parametrize("text", [
    "وقال كريم سالم إنه من المؤكد أن قطر تدعم الحوثيين.",
    "وقال كريم سالم إنه لا شك أن قطر تدعم الحوثيين.",
])
def test_a_claim_the_speaker_vouches_for(text: str) -> None:
    assert ("قطر", "الحوثيين") in pairs(run(text), "supports")


def test_a_stance_after_a_finished_clause_is_asserted() -> None:
    doc = run("ومن المتوقع أن يصل الوفد غدا بعد أن أدانت مصر الحوثيين.")
    assert ("condemns", "مصر", "الحوثيين") in stances(doc)


# --- goals that would obtain a stance, stances being stopped ----------------------------------

@pytest.mark.parametrize("text", [
    "والتقى كريم سالم نواب البرلمان لضمان تأييد البحرين للحكومة اليمنية.",
    "وزار كريم سالم المنامة سعيا إلى كسب دعم البحرين للحكومة اليمنية.",
])
def test_support_sought_from_someone_is_not_theirs(text: str) -> None:
    assert ("البحرين", "الحكومة اليمنية") not in pairs(run(text), "supports")


def test_support_declared_is_written() -> None:
    doc = run("وأعلنت البحرين تأييدها للحكومة اليمنية.")
    assert ("supports", "البحرين", "الحكومة اليمنية") in stances(doc)


def test_a_purpose_after_the_appeal_leaves_the_appeal() -> None:
    doc = run("وجدد كريم سالم دعوته للأمم المتحدة لضمان عدم عودة الحوثيين إلى عدن.")
    assert ("urges", "كريم سالم", "الأمم المتحدة") in stances(doc)


def test_support_being_suspended_is_no_stance() -> None:
    doc = run("ولم تقدم قطر أي مؤشر على نيتها تعليق دعمها للحوثيين.")
    assert not facts(doc, "supports")


# --- refraining ------------------------------------------------------------------------------

def test_refraining_from_a_condemnation_negates_it() -> None:
    doc = run("وامتنعت مصر عن إدانة الهجوم على الحوثيين.")
    assert {(s, p) for s, _, p, _ in facts(doc, "condemns")} == {("مصر", "negative")}


def test_avoiding_a_criticism_negates_it() -> None:
    doc = run("وتجنب كريم سالم توجيه انتقاد للحوثيين في كلمته.")
    assert facts(doc, "criticizes") == {("كريم سالم", "الحوثيين", "negative", "asserted")}


def test_not_refraining_asserts() -> None:
    doc = run("ولم تتجنب مصر توجيه انتقاد للحوثيين.")
    assert facts(doc, "criticizes") == {("مصر", "الحوثيين", "positive", "asserted")}


def test_refraining_with_nobody_named_is_no_stance() -> None:
    doc = run("ولاحظ المراقبون الإحجام عن دعوة الأمم المتحدة إلى المشاركة في المؤتمر.")
    assert not pairs(doc, "urges")


def test_a_real_condemnation_next_to_a_refrained_one() -> None:
    doc = run("وأدانت البحرين الحوثيين، بينما امتنعت مصر عن إدانة الهجوم.")
    condemns = {(s, o, p) for s, o, p, _ in facts(doc, "condemns")}
    assert ("البحرين", "الحوثيين", "positive") in condemns
    assert {p for s, _, p in condemns if s == "مصر"} == {"negative"}


# --- look-alikes: «نوّه إلى», «نُفي إلى» -----------------------------------------------------

def test_nawwaha_ila_points_out() -> None:
    doc = run("ونوه كريم سالم إلى تقدم المفاوضات مع قطر.")
    assert not pairs(doc, "praises")


def test_nawwaha_bi_still_praises() -> None:
    doc = run("ونوه كريم سالم بجهود قطر في الوساطة.")
    assert ("praises", "كريم سالم", "قطر") in stances(doc)


@pytest.mark.parametrize("text", [
    "وبعد الانقلاب نُفي إلى القاهرة وعاش فيها عامين.",
    "وبعد الانقلاب نُفي كريم سالم إلى القاهرة وعاش فيها عامين.",
])
def test_exiled_is_no_denial(text: str) -> None:
    assert not pairs(run(text), "denies")


def test_a_denial_is_still_a_denial_and_what_it_denies_is_not_asserted() -> None:
    doc = run("ونفى كريم سالم أن تكون مصر قد دعمت الحوثيين.")
    assert [s for s, _ in pairs(doc, "denies")] == ["كريم سالم"]
    assert not pairs(doc, "supports")


# --- «ما لم», «دون أن», a negated auxiliary ---------------------------------------------------

def test_unless_is_a_condition_not_a_negation() -> None:
    doc = run("وقال كريم سالم إن المفاوضات ستفشل ما لم تدعم قطر الحكومة اليمنية.")
    assert not facts(doc, "supports")


def test_without_negates_next_to_a_real_stance() -> None:
    doc = run("وأشاد كريم سالم بجهود قطر دون أن تنتقد مصر الحوثيين.")
    assert ("praises", "كريم سالم", "قطر") in stances(doc)
    assert facts(doc, "criticizes") == {("مصر", "الحوثيين", "negative", "asserted")}


def test_no_longer_supporting_negates() -> None:
    doc = run("ولم تعد قطر تدعم الحوثيين منذ العام الماضي.")
    assert facts(doc, "supports") == {("قطر", "الحوثيين", "negative", "asserted")}


def test_still_supporting_asserts() -> None:
    doc = run("ولا تزال قطر تدعم الحوثيين.")
    assert facts(doc, "supports") == {("قطر", "الحوثيين", "positive", "asserted")}


def test_a_negated_can_negates_the_stance_after_it() -> None:
    doc = run("وقال كريم سالم: «لا نستطيع أن ندعم الحوثيين».")
    assert facts(doc, "supports") == {("كريم سالم", "الحوثيين", "negative", "reported")}


def test_a_hinted_stance_is_not_asserted() -> None:
    doc = run("وألمحت مصادر دبلوماسية إلى أن قطر لم تتعاون مع الحكومة اليمنية. "
              "وقالت مصادر دبلوماسية إن البحرين تتعاون مع الحكومة اليمنية.")
    assert {s for s, _ in pairs(doc, "coordinatesWith")} == {"البحرين"}


@pytest.mark.parametrize("text", [
    "وسوف تدعم قطر الحوثيين إذا فشلت المفاوضات.",
    "وقال كريم سالم إن مصر ستدين الحوثيين في حال هاجموا السفن.",
])
def test_a_future_stance_with_its_condition_after_it(text: str) -> None:
    doc = run(text)
    assert not pairs(doc, "supports") and not pairs(doc, "condemns")


def test_a_future_stance_with_no_condition_is_a_commitment() -> None:
    doc = run("وقال كريم سالم إن مصر ستدين الحوثيين. وإذا فشلت المفاوضات فلن يتغير شيء.")
    assert ("condemns", "مصر", "الحوثيين") in stances(doc)
