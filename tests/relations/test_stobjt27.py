"""Stance objects that name a thing, session 27 (stobjt27).

- A welcome or a praise whose «ب» is glued to a demonstrative («رحبت X بهذه الخطوة»,
  «أشاد بهذا القرار») has the decision or agreement pointed to as its object (see
  :mod:`kg.relations.stance_pointed_things`); a guest pointed to is none.
- «بالأمر الملكي», «بالأوامر السامية»: a decree is a decision welcomed or praised; a bare
  «بالأمر» (the matter) is none.
- «بأي مبادرة», «بكل خطوة»: a quantifier bearing the «ب» of a welcome or a praise before an
  indefinite decision or agreement opens the object (see
  :mod:`kg.relations.stance_pointed_things`); «بكل سرور», «بكل الوفود» are none.
- «رحب البيان المصري الأول بـ ...»: the statement with a nisba right after the verb holds
  the stance of its country (see :mod:`kg.relations.stance_statement_nisbas`); not a
  report, nor a joint statement.
- «ولكن» before a name and a verb is a particle, not a verb of the other gender whose
  subject the name would be (see ``stance_verb_subjects._other_gender_verb``): «ولكن
  كرمستان رفضت العرض»; «واستقبلت كرمستان الوفد وأشاد ...» stays no stance of hers.
- «أدانت X استمرار الاعتداءات», «رفضت مواصلة العمليات»: after a stance against something,
  «استمرار»/«مواصلة» before a definite noun opens the object (see
  :mod:`kg.relations.stance_continued_things`); after support («دعمها استمرار
  المفاوضات») or before a clitic («استمراره») it names none.
- «رحبت X بتوقيع اتفاق السلام», «أشاد بإقرار القانون»: a verbal noun of concluding after
  the «ب» of a welcome or a praise, with the thing after it, is the object (see
  :mod:`kg.relations.stance_pointed_things`); «بتوقيعه» alone names nothing.
- «أبدت X تذمرها من مماطلة النادي», «استيائها من القرار الإثيوبي»: the «من» a noun of
  displeasure takes opens its object, a descriptive phrase too (see
  :mod:`kg.relations.stance_displeasure_frames`); «من جديد» (again) is none, nor a phrase
  cut short of the nisba that goes on it («من تناقض تصريحات القيادات الإيرانية»).
- «بالمصالحة الوطنية», «بالقانون الجديد», «بالعفو الرئاسي», «بالبيان الختامي» after a welcome
  or a praise are things decided (see :mod:`kg.relations.stance_pointed_things`); a lone
  «بالبيان» is none.
- A name fronted after «أن»/«إن» in quotation marks of its own («أن «جبهة الفتح» أعلنت عن
  رفضها لـ ...») is the subject of the verb after it (see
  ``stance_preverbal_subjects.fronted_subject``); not past other punctuation.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

KARAM = E("Country", "كرمستان", ("كرمستان",))
ZAHRAN = E("Person", "سالم الزهراني", ("سالم الزهراني",))
FATH = E("Organization", "جبهة الفتح", ("جبهة الفتح",))
ENTITIES = [KARAM, ZAHRAN, FATH]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("ورحبت كرمستان بهذه الخطوة في بيان صدر أمس.", ("welcomes", "كرمستان", "الخطوة")),
    ("ورحبت كرمستان بهذه المبادرة.", ("welcomes", "كرمستان", "المبادرة")),
    ("ورحبت كرمستان بالأمر الملكي القاضي بإنشاء الهيئة.",
     ("welcomes", "كرمستان", "الأمر الملكي القاضي بإنشاء الهيئة")),  # whole (s42)
    ("وأشاد الوزير سالم الزهراني بالأوامر السامية.",
     ("praises", "سالم الزهراني", "الأوامر السامية")),
])
def test_pointed_or_decreed_thing_is_the_object(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text), run(text)


@pytest.mark.parametrize("text", [
    "ورحبت كرمستان بهذه الوفود.",
    "ورحبت كرمستان بالأمر وقالت إنه طبيعي.",
    "ورحبت كرمستان بالأمر الواقع.",
])
def test_guest_or_matter_is_no_object(text: str) -> None:
    assert not {f for f in run(text) if f[0] in {"welcomes", "praises"}}, run(text)


@pytest.mark.parametrize("text", [
    "وأشار إلى أن «جبهة الفتح» أعلنت عن «رفضها لقرار الهيئة وخضوع عناصرها للتفتيش».",
    "وقال المتحدث إن «جبهة الفتح» ترفض قرار الهيئة.",
])
def test_quoted_fronted_name_holds_the_stance(text: str) -> None:
    assert {(k, s) for k, s, _ in run(text)} == {("rejects", "جبهة الفتح")}, run(text)


def test_quoted_fronted_name_not_past_a_comma() -> None:
    text = "وأشار إلى أن «جبهة الفتح»، بحسب مصادر، أعلنت رفضها لقرار الهيئة."
    assert not run(text), run(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("ورحبت كرمستان بأي مبادرة تنهي الحرب.", ("welcomes", "كرمستان", "أي مبادرة")),
    ("وأشاد الوزير سالم الزهراني بكل خطوة لحل الأزمة.",
     ("praises", "سالم الزهراني", "كل خطوة")),
])
def test_quantified_thing_after_ba_is_the_object(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text), run(text)


@pytest.mark.parametrize("text", [
    "ورحبت كرمستان بكل سرور بالضيوف.",
    "ورحبت كرمستان بكل الوفود.",
    "وأشاد الوزير سالم الزهراني بكل حزم.",
])
def test_manner_after_quantifier_is_no_object(text: str) -> None:
    assert not {f for f in run(text) if f[0] in {"welcomes", "praises"}}, run(text)


def _holders(text: str) -> set[tuple[str, str]]:
    doc: Document = extract_relations(build_doc(text, [*ENTITIES, E("Country", "مصر", ("مصر",))]))
    return {(k, s) for k, s, _ in stances(doc)}


@pytest.mark.parametrize("text", [
    "وتحدث المقال عن الأزمة. ورحب البيان المصري الأول بالاتفاقية إذا حققت أهدافها.",
    "وكانت مصر قد أعلنت موقفها. ودان البيان المصري الهجوم على السفارة.",
])
def test_statement_with_nisba_holds_its_country_stance(text: str) -> None:
    holders = _holders(text)
    assert any(k in {"welcomes", "condemns"} for k, _ in holders), holders
    assert all(s in {"مصر", "المصري"} for _, s in holders), holders


@pytest.mark.parametrize("text", [
    "ورحب التقرير المصري بالاتفاقية.",
    "ورحب البيان المصري السعودي بالاتفاقية.",
    "ورحب البيان المصري المشترك بالاتفاقية.",
])
def test_report_or_joint_statement_holds_no_stance(text: str) -> None:
    assert not _holders(text), _holders(text)


def test_name_after_but_holds_the_stance() -> None:
    text = "وقدمت الحكومة عرضا جديدا ولكن كرمستان رفضت هذا العرض."
    assert ("rejects", "كرمستان", "العرض") in run(text), run(text)


def test_name_after_verb_of_other_gender_holds_none() -> None:
    text = "واستقبلت كرمستان الوفد وأشاد بالاتفاق."
    assert not {f for f in run(text) if f[1] == "كرمستان"}, run(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("وأدانت كرمستان استمرار الاعتداءات على المدنيين.",
     ("condemns", "كرمستان", "استمرار الاعتداءات")),
    ("ورفضت كرمستان مواصلة العمليات العسكرية في المدينة.",
     ("rejects", "كرمستان", "مواصلة العمليات العسكرية")),
])
def test_what_goes_on_is_condemned(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text), run(text)


@pytest.mark.parametrize("text", [
    "وأكدت كرمستان دعمها استمرار المفاوضات.",
    "وانتقدت كرمستان استمراره في منصبه.",
])
def test_upkeep_after_support_or_clitic_is_no_object(text: str) -> None:
    assert not run(text), run(text)


@pytest.mark.parametrize(("text", "fact"), [
    ("ورحبت كرمستان بتوقيع اتفاق السلام في الجنوب.",
     ("welcomes", "كرمستان", "توقيع اتفاق السلام")),
    ("وأشاد الوزير سالم الزهراني بإقرار القانون الجديد.",
     ("praises", "سالم الزهراني", "إقرار القانون الجديد")),
])
def test_concluded_thing_is_welcomed(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text), run(text)


def test_bare_concluding_noun_is_no_object() -> None:
    assert not run("ورحبت كرمستان بتوقيعه."), run("ورحبت كرمستان بتوقيعه.")


@pytest.mark.parametrize(("text", "fact"), [
    ("وأبدت كرمستان تذمرها من مماطلة النادي الأجنبي في الرد.",
     ("criticizes", "كرمستان", "مماطلة النادي الأجنبي")),
    ("وأعربت كرمستان عن استيائها من القرار الأخير.",
     ("criticizes", "كرمستان", "القرار الأخير")),
])
def test_displeasure_at_a_thing(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text), run(text)


def test_displeasure_again_is_no_object() -> None:
    text = "وأعرب الوزير سالم الزهراني عن غضبه من جديد."
    assert not run(text), run(text)


def test_displeasure_phrase_cut_short_of_its_nisba_reads_the_country() -> None:
    doc: Document = extract_relations(build_doc(
        "وأعرب الوزير سالم الزهراني عن استغرابه من تناقض تصريحات القيادات الإيرانية بشأن "
        "العلاقات.", [*ENTITIES, E("Country", "إيران", ("الإيرانية",))]))
    objects = {o for k, _, o in stances(doc) if k == "criticizes"}
    assert not any(o.startswith("تناقض") for o in objects), objects


@pytest.mark.parametrize(("text", "fact"), [
    ("ورحبت كرمستان بالمصالحة الوطنية.", ("welcomes", "كرمستان", "المصالحة الوطنية")),
    ("ورحبت كرمستان بالبيان الختامي للقمة.", ("welcomes", "كرمستان", "البيان الختامي")),
])
def test_decided_thing_is_welcomed(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text), run(text)


def test_lone_statement_is_no_object() -> None:
    text = "وأشاد الوزير سالم الزهراني بالبيان."
    assert not run(text), run(text)
