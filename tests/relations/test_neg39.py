"""Denials, rejections and criticism on unseen news, session 39 (neg39).

Rules tested:
- «أقرت X بأنها نشرت الصورة»: acknowledging reports a statement, as «اعترف» does, only with
  «بأن» close after the verb; «أقر البرلمان الميزانية» (approved, no clause) reports nothing
  (kg.relations.lexicon_attribution, kg.relations.statement_acknowledged).
- «...، لكنها نفت نشرها النص», «...، غير أنه نفى أي تقصير»: a contrast carrying the subject's
  pronoun (after a comma, or «لكنه» right before a verb of saying) ends the first statement;
  the denial after it is the subject's own (kg.relations.statement_content).
- «أفاد X أن ما تم تداوله ... لا صحة له»: a statement that calls a report untrue also denies
  it, unless its speaker or its sentence already denied (kg.relations.statement_belied).
- «تنفي موسكو إرسال جنود، مدعية أن ...»: a participle of claiming after the comma has its own
  content; the denial's is its object (kg.relations.statement_content).
- «ونفت موسكو وسوريا أي تورط»: names joined by «و» to the one named next to a denial deny
  it too (kg.relations.statement_joined_deniers).
- «نفت X، في بيان لها أمس، إغلاق ...»: where and when the denial was made, fenced by commas or
  «في بيان لها», is passed; a bare time after the denier leaves no object
  (kg.relations.statement_denied_adjuncts).
- «ونفى المتهم كل التهم»: a definite noun of a person's role or part in a case right after the
  denial is its unnamed subject, not the earlier speaker's content
  (kg.relations.statement_objects).

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

SARA = E("Person", "سارة جونسون", ("سارة جونسون",))
FAHD = E("Person", "فهد الشمري", ("فهد الشمري", "الشمري"))
COMPANY = E("Organization", "شركة النور", ("شركة النور",))
PARLIAMENT = E("GovernmentBody", "مجلس الأمة", ("مجلس الأمة",))
ENTITIES = [SARA, FAHD, COMPANY, PARLIAMENT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "holder", "denied"), [
    ("وأقرت سارة جونسون بأنها كتبت الرسالة لكنها نفت إرسالها إلى الصحيفة.", "سارة جونسون",
     "إرسالها إلى الصحيفة"),
    ("وأقرت سارة جونسون بأنها كتبت الرسالة، لكنها نفت إرسالها إلى الصحيفة.", "سارة جونسون",
     "إرسالها إلى الصحيفة"),
    ("وقال فهد الشمري إنه التقى الوفد، لكنه نفى أن يكون قد وقع أي اتفاق.", "فهد الشمري",
     "يكون قد وقع أي اتفاق"),
    ("واعترف فهد الشمري بأنه تأخر في الرد، غير أنه نفى أي تقصير من الوزارة.", "فهد الشمري",
     "أي تقصير من الوزارة"),
])
def test_contrast_denial_is_the_subjects(text: str, holder: str, denied: str) -> None:
    doc = run(text)
    assert (holder, denied) in pairs(doc, "denies")
    assert all(denied not in quote for _, quote in pairs(doc, "stated"))


def test_acknowledging_reports() -> None:
    doc = run("وأقرت سارة جونسون بأنها كتبت الرسالة.")
    assert ("سارة جونسون", "كتبت الرسالة") in pairs(doc, "stated")


@pytest.mark.parametrize("text", [
    "وأقر مجلس الأمة الميزانية الجديدة بعد نقاش طويل.",
    "وأقر فهد الشمري بالذنب في سلسلة من الاتهامات.",
    "وأقرت شركة النور تصنيفا جديدا للموظفين، كما أن هناك معايير خاصة لكل قسم.",
    "وأقر مخرج الفيلم الذي أنفقت عليه شركة النور ملايين الدولارات وتعرض لانتقادات لاذعة "
    "بأنه فاشل.",
])
def test_approving_reports_nothing(text: str) -> None:
    doc = run(text)
    assert not pairs(doc, "stated") and not pairs(doc, "denies")


def test_contrast_denial_of_another_gender_is_nobodys() -> None:
    """«قال فهد إن الشركة خسرت، لكنها أكدت ...»: «she» is not Fahd; the company is not read
    from the reported clause, so no one."""
    doc = run("وقال فهد الشمري إن الأرباح تراجعت، لكنها نفت وجود خسائر.")
    assert not pairs(doc, "denies")


def test_contrast_without_reporting_verb_stays_in_the_statement() -> None:
    doc = run("وقال فهد الشمري إن الوفد وصل، لكنه لم يلتق الوزير.")
    assert ("فهد الشمري", "الوفد وصل، لكنه لم يلتق الوزير") in pairs(doc, "stated")


RESISTANCE = E("Organization", "مجلس المقاومة الشعبية", ("مجلس المقاومة الشعبية",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
MINISTER = E("Person", "عزام الدخيل", ("عزام الدخيل", "الدخيل"))


def run_belied(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, RESISTANCE, INTERIOR, MINISTER]))


@pytest.mark.parametrize(("text", "holder", "quote"), [
    ("وأفاد مجلس المقاومة الشعبية أن ما تم تداوله حول تصفية الأسرى لا صحة له، مؤكدا حفظ "
     "حقوقهم.", "مجلس المقاومة الشعبية", "ما تم تداوله حول تصفية الأسرى لا صحة له"),
    ("وأكدت وزارة الداخلية أن الأنباء عن إغلاق الحدود عارية عن الصحة.", "وزارة الداخلية",
     "الأنباء عن إغلاق الحدود عارية عن الصحة"),
    ("وقال فهد الشمري إن ما نشرته الصحف عن استقالته لا أساس له من الصحة.", "فهد الشمري",
     "ما نشرته الصحف عن استقالته لا أساس له من الصحة"),
])
def test_report_called_untrue_is_denied(text: str, holder: str, quote: str) -> None:
    doc = run_belied(text)
    assert (holder, quote) in pairs(doc, "denies")
    assert (holder, quote) in pairs(doc, "stated")


@pytest.mark.parametrize("text", [
    "وقال فهد الشمري إن الوضع الاقتصادي غير صحيح.",  # no report: a judgement
    "وقال فهد الشمري إن ما نشرته الصحيفة صحيح تماما.",  # called true
])
def test_no_report_called_untrue(text: str) -> None:
    assert not pairs(run_belied(text), "denies")


def test_restated_denial_is_not_read_again() -> None:
    doc = run_belied("ونفى الوزير عزام الدخيل ما تم تداوله عن تأجيل الدراسة. وقال الدخيل في "
                     "تغريدة: \"ما يتم تداوله عن تأجيل الدراسة غير صحيح\".")
    assert pairs(doc, "denies") == {("عزام الدخيل", "ما تم تداوله عن تأجيل الدراسة")}


def test_denial_restated_in_its_sentence_is_not_read_again() -> None:
    doc = run_belied("نفى الوزير عزام الدخيل اليوم على حسابه في موقع تويتر ما تم تداوله مؤخرا، "
                     "وأوضح قائلا: \"ما يتم تداوله عن تأجيل الدراسة غير صحيح\".")
    assert all("غير صحيح" not in quote for _, quote in pairs(doc, "denies"))


MOSCOW = E("Country", "روسيا", ("موسكو",))
UKRAINE = E("Country", "أوكرانيا", ("أوكرانيا",))


def run_more(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, MOSCOW, UKRAINE]))


@pytest.mark.parametrize(("text", "holder", "denied"), [
    ("من جهتها، تنفي موسكو إرسال جنود إلى داخل أوكرانيا، مدعية أن أي روس هناك متطوعون.",
     "روسيا", "إرسال جنود إلى داخل أوكرانيا"),
    ("ونفى فهد الشمري تلقي أي أموال من شركة النور، زاعما أن الاتهامات ملفقة.", "فهد الشمري",
     "تلقي أي أموال من شركة النور"),
])
def test_claim_after_denial_is_not_what_is_denied(text: str, holder: str, denied: str) -> None:
    assert pairs(run_more(text), "denies") == {(holder, denied)}


@pytest.mark.parametrize("text", [
    "وقال فهد الشمري إن التحقيق مستمر. ونفى المتهم كل التهم الموجهة إليه.",
    "وقالت سارة جونسون إن القضية معقدة. ونفى الدفاع وجود أي علاقة بين المتهمين والإرهاب.",
    "وأكد فهد الشمري أن الأدلة كافية. لكن المحكمة أجلت الجلسة، فقد نفى المشتبه به كل الأمور.",
])
def test_unnamed_party_denies_for_no_earlier_speaker(text: str) -> None:
    assert not pairs(run_more(text), "denies")


SYRIA = E("Country", "سوريا", ("سوريا",))
IRAN = E("Country", "إيران", ("إيران",))


def run_joined(text: str) -> Document:
    return extract_relations(build_doc(text, [*ENTITIES, MOSCOW, UKRAINE, SYRIA, IRAN]))


@pytest.mark.parametrize(("text", "holders"), [
    ("ونفت موسكو وسوريا أي تورط في الهجوم.", {"روسيا", "سوريا"}),
    ("ونفى فهد الشمري وسارة جونسون وجود أي خلاف بينهما.", {"فهد الشمري", "سارة جونسون"}),
])
def test_joined_deniers_each_deny(text: str, holders: set[str]) -> None:
    assert {holder for holder, _ in pairs(run_joined(text), "denies")} == holders


@pytest.mark.parametrize(("text", "holders"), [
    ("ونفت إيران ما نشرته صحف أوكرانيا وسوريا عن الهجوم.", {"إيران"}),  # in the object
    ("وقال فهد الشمري وسارة جونسون إن الخلاف انتهى.", {"فهد الشمري"}),  # said, not denied
])
def test_joined_names_outside_a_denial_hold_none(text: str, holders: set[str]) -> None:
    doc = run_joined(text)
    assert {h for h, _ in pairs(doc, "denies") | pairs(doc, "stated")} <= holders


@pytest.mark.parametrize(("text", "denied"), [
    ("وقد نفت شركة النور، في بيان لها أمس، إغلاق مصنعها في الرياض.", "إغلاق مصنعها في الرياض"),
    ("ونفت شركة النور، على لسان المتحدث باسمها، إغلاق مصنعها.", "إغلاق مصنعها"),
    ("ونفت شركة النور في بيان لها إغلاق مصنعها.", "إغلاق مصنعها"),
])
def test_where_the_denial_was_made_is_not_denied(text: str, denied: str) -> None:
    assert pairs(run(text), "denies") == {("شركة النور", denied)}


def test_time_after_a_denial_noun_is_not_denied() -> None:
    doc = run("وجاء نفي شركة النور بعد ساعات من انتشار الشائعات.")
    assert not pairs(doc, "denies")
