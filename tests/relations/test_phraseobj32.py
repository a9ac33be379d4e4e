"""Stance objects that are not names (session 32). Made-up sentences.

Rules tested:

- one of the critics (opponents) of a policy, a decision, measures or an agreement
  («كان X من أشد منتقدي سياسة التقشف») criticizes (opposes) that thing as a phrase; «النظام»
  (the regime) is no such thing; «X الحائز جائزة ... والذي كان من أشد منتقدي Y»: the person
  the relative clause describes, past a participle phrase, never past another body
  (``stance_critic_things``);
- an act welcomed or praised after «بـ» («رحب X بالإفراج عن المعتقلين», «بانسحاب القوات
  الأجنبية», «بإطلاق سراح الصحافيين») is the object with its complement, up to a place or a
  relative; with a pronoun («بعودته») or no complement it is left alone, and one done to a
  person («بتعيين الوزير X») is left to the name
  (``stance_welcomed_acts``);
- a first-person singular stance verb in a quote («أدين», «أرحب», «أرفض») is held by the
  person who speaks; outside a quote, in the quote of a body, or «أدين لـ X بالفضل» (a debt)
  it holds nothing (``stance_first_singular``);
- what a text says («رحبت X بما جاء في البيان الختامي للقمة», «رفضت ما ورد في تقرير
  المنظمة») is the text, up to its adjectives or its genitive, never a further «لـ»/«في»
  phrase (``stance_said_contents``);
- a threat to answer a deed («هدد X بالرد على الغارة الرملندية») is toward the deed's doer
  (the country of its adjective, or the actor named), never the deed; with no doer named
  it has no object (``stance_answered_threats``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances, stances_of
from tests.relations.docbuilder import E, build_doc

SALEM = E("Person", "سالم الهادي", ("سالم الهادي",))
KAREEM = E("Person", "كريم النوري", ("كريم النوري",))
RAMLAND = E("Country", "رملاند", ("رملاند", "الرملندية", "الرملندي"))
TALEB = E("Country", "طالبستان", ("طالبستان",))
FRONT = E("Organization", "جبهة الكرمة", ("جبهة الكرمة",))
MINISTRY = E("GovernmentBody", "وزارة الخارجية", ("وزارة الخارجية",))
ALL = [SALEM, KAREEM, RAMLAND, TALEB, FRONT, MINISTRY]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


# one of the critics of a policy


def test_one_of_the_critics_of_a_policy_criticizes_it() -> None:
    doc = run("وكان الاقتصادي سالم الهادي من أشد منتقدي سياسة التقشف في رملاند.")
    assert ("سالم الهادي", "سياسة التقشف") in stances_of(doc, "criticizes")


def test_one_of_the_opponents_of_a_bill_opposes_it() -> None:
    doc = run("ويعد النائب كريم النوري من أبرز معارضي مشروع القانون الجديد.")
    assert any(subject == "كريم النوري" and obj.startswith("مشروع القانون")
               for subject, obj in stances_of(doc, "opposes"))


def test_one_of_the_critics_of_the_regime_names_no_thing() -> None:
    doc = run("وكان سالم الهادي من أشد منتقدي النظام خلال السنوات الماضية.")
    assert stances_of(doc, "criticizes") == set()


def test_a_relative_clause_past_a_participle_describes_the_critic() -> None:
    doc = run("وواجه كريم النوري انتقادات سالم الهادي الحائز جائزة الدولة للاقتصاد والذي كان "
              "من أشد منتقدي تدابير التقشف.")
    assert ("سالم الهادي", "تدابير التقشف") in stances_of(doc, "criticizes")


def test_a_relative_clause_after_a_body_describes_no_critic() -> None:
    doc = run("والتقى سالم الهادي أعضاء جبهة الكرمة والذي كان من أشد منتقدي تدابير التقشف.")
    assert stances_of(doc, "criticizes") == set()


# acts welcomed


def test_a_welcomed_release_is_the_object_with_whom_it_frees() -> None:
    doc = run("ورحبت رملاند بالإفراج عن المعتقلين.")
    assert stances_of(doc, "welcomes") == {("رملاند", "الإفراج عن المعتقلين")}


def test_a_welcomed_withdrawal_stops_before_the_place() -> None:
    doc = run("ورحبت طالبستان بانسحاب القوات الأجنبية من العاصمة.")
    assert stances_of(doc, "welcomes") == {("طالبستان", "انسحاب القوات الأجنبية")}


def test_a_praised_release_of_journalists() -> None:
    doc = run("وأشاد سالم الهادي بإطلاق سراح الصحافيين المختطفين.")
    assert ("سالم الهادي", "إطلاق سراح الصحافيين المختطفين") in stances_of(doc, "praises")


def test_a_welcomed_signing_keeps_the_agreement_named() -> None:
    doc = run("ورحبت رملاند بالتوقيع على اتفاق السلام في العاصمة.")
    assert stances_of(doc, "welcomes") == {("رملاند", "التوقيع على اتفاق السلام")}


def test_a_welcomed_appointment_of_a_titled_person_is_the_person() -> None:
    doc = run("ورحبت رملاند بتعيين الوزير سالم الهادي سفيرا لها.")
    assert stances_of(doc, "welcomes") <= {("رملاند", "سالم الهادي")}
    assert not any(obj.startswith("تعيين") for _, obj in stances_of(doc, "welcomes"))


def test_a_welcomed_act_with_a_pronoun_is_left_alone() -> None:
    doc = run("ورحبت رملاند بعودته إلى البلاد.")
    assert stances_of(doc, "welcomes") == set()


def test_a_welcomed_act_with_no_complement_is_left_alone() -> None:
    doc = run("ورحبت رملاند بالانسحاب، وقالت إنه خطوة مهمة.")
    assert stances_of(doc, "welcomes") == set()


# first-person singular in a quote


def test_i_condemn_in_a_quote_is_the_speaker() -> None:
    doc = run("وقال سالم الهادي: «أدين بشدة التفجير الإرهابي في العاصمة».")
    assert ("condemns", "سالم الهادي", "التفجير الإرهابي") in stances(doc)


def test_i_welcome_in_a_quote_is_the_speaker() -> None:
    doc = run("وقال كريم النوري: «أرحب بقرار جبهة الكرمة وقف القتال».")
    assert any(kind == "welcomes" and subject == "كريم النوري"
               for kind, subject, _ in stances(doc))


def test_wider_in_a_quote_is_no_welcome() -> None:
    doc = run("وقال كريم النوري: «نتطلع إلى آفاق أرحب للتعاون مع رملاند».")
    assert stances_of(doc, "welcomes") == set()


def test_i_owe_is_no_condemnation() -> None:
    doc = run("وقال سالم الهادي: «أدين لوالدي بالفضل في كل شيء».")
    assert stances_of(doc, "condemns") == set()


def test_the_passive_convicted_outside_a_quote_is_no_stance() -> None:
    doc = run("وأدين كريم النوري بتهمة الاختلاس وحكم عليه بالسجن.")
    assert stances_of(doc, "condemns") == set()


def test_i_reject_in_the_quote_of_a_body_holds_nothing() -> None:
    doc = run("وقالت وزارة الخارجية في بيان: «أرفض هذه الاتهامات».")
    assert stances_of(doc, "rejects") == set()


# threats to answer a deed


def test_a_threat_to_answer_a_raid_is_toward_its_country() -> None:
    doc = run("وهددت جبهة الكرمة بالرد على الغارة الرملندية.")
    assert stances_of(doc, "threatens") == {("جبهة الكرمة", "رملاند")}


def test_a_threat_to_answer_an_actor_is_toward_the_actor() -> None:
    doc = run("وهددت جبهة الكرمة بالرد على طالبستان.")
    assert stances_of(doc, "threatens") == {("جبهة الكرمة", "طالبستان")}


def test_a_threat_to_answer_an_unowned_deed_has_no_object() -> None:
    doc = run("وهددت جبهة الكرمة بالرد على الغارة التي استهدفت موكبا لها.")
    assert stances_of(doc, "threatens") == set()


def test_a_researcher_in_a_quote_urges_no_one() -> None:
    doc = run("وقال سالم الهادي: «التقيت باحثا من رملاند وباحثين من طالبستان».")
    assert stances(doc) == set()


# what a text says


def test_welcoming_what_came_in_a_statement_welcomes_the_statement() -> None:
    doc = run("ورحبت رملاند بما جاء في البيان الختامي للقمة.")
    assert stances_of(doc, "welcomes") == {("رملاند", "البيان الختامي")}


def test_rejecting_what_a_report_says_rejects_the_report() -> None:
    doc = run("ورفضت طالبستان ما ورد في تقرير المنظمة حول الانتخابات.")
    assert stances_of(doc, "rejects") == {("طالبستان", "تقرير المنظمة")}


def test_what_came_in_a_statement_as_a_subject_is_no_stance() -> None:
    doc = run("وأكد سالم الهادي أن ما جاء في البيان غير صحيح.")
    assert stances(doc) == set()
