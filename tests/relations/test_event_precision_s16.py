"""Event precision on unseen text, session 16: a count rounded by «أكثر من» is the victims
whole, not the word «أكثر»; an event that is only an idea («فكرة الانسحاب») or a control
to be recognised («الاعتراف بالسيطرة على») is no news event; and a name inside the clause
after an agreement noun (a relative clause on the deal, a negated verb) is no party."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import events_of
from tests.relations.docbuilder import E, build_doc, role

ARMY = E("Organization", "الجيش المصري", ("الجيش المصري",))
ARISH = E("City", "العريش", ("العريش",))
GOLAN = E("Region", "هضبة الجولان", ("هضبة الجولان", "الجولان"))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",))
IRAN = E("Country", "إيران", ("إيران",))
CHINA = E("Country", "الصين", ("الصين",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",))
PENTAGON = E("Organization", "البنتاجون", ("البنتاجون",))
COUNCIL = E("Organization", "مجلس الأمن", ("مجلس الأمن",))
ALL = [ARMY, ARISH, GOLAN, ISRAEL, IRAN, CHINA, USA, PENTAGON, COUNCIL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_rounded_count_is_the_whole_target() -> None:
    doc = run("وقتل الجيش المصري أكثر من 200 إرهابي خلال عملية موسعة في العريش.")
    (event,) = events_of(doc, "Killing")
    assert role(doc, event, "agent") == ["الجيش المصري"]
    assert role(doc, event, "target") == ["أكثر من 200 إرهابي"]


def test_plain_count_target_unchanged() -> None:
    doc = run("وقتل الجيش المصري 30 مسلحا في العريش.")
    (event,) = events_of(doc, "Killing")
    assert role(doc, event, "target") == ["30 مسلحا"]


def test_idea_of_withdrawal_is_no_event() -> None:
    doc = run("وقال إن الحرب تشير إلى موت فكرة الانسحاب الإسرائيلي من الجولان.")
    assert not events_of(doc, "Withdrawal")


def test_withdrawal_reported_is_kept() -> None:
    doc = run("وأكملت إسرائيل الانسحاب من الجولان.")
    (event,) = events_of(doc, "Withdrawal")
    assert role(doc, event, "agent") == ["إسرائيل"]


def test_recognising_control_is_no_operation() -> None:
    doc = run("وأكد أن الاعتراف بالسيطرة الإسرائيلية على هضبة الجولان أمر مرفوض.")
    assert not events_of(doc, "MilitaryOperation")


def test_seizure_announced_is_kept() -> None:
    doc = run("وأعلن الجيش المصري السيطرة على العريش.")
    (event,) = events_of(doc, "MilitaryOperation")
    assert role(doc, event, "target") == ["العريش"]


def test_name_in_relative_clause_on_deal_is_no_party() -> None:
    doc = run("وتبنى مجلس الأمن أمس الاتفاق النووي الذي يحد من برنامج إيران النووي مقابل "
              "رفع العقوبات.")
    assert all("إيران" not in role(doc, e, "participant") for e in events_of(doc, "Agreement"))


def test_object_of_negated_verb_after_deal_is_no_party() -> None:
    doc = run("وقال الوزير إن الاتفاق حول البرنامج النووي لا يمنع البنتاجون من الاستعداد.")
    assert all("البنتاجون" not in role(doc, e, "participant")
               for e in events_of(doc, "Agreement"))


def test_parties_of_deal_after_between_kept() -> None:
    doc = run("ورحب الوزير بالاتفاق بين إيران والولايات المتحدة.")
    (event,) = events_of(doc, "Agreement")
    assert role(doc, event, "participant") == ["إيران", "الولايات المتحدة"]


def test_signers_of_deal_kept() -> None:
    doc = run("ووقعت إيران والصين أمس اتفاقا تجاريا.")
    (event,) = events_of(doc, "Agreement")
    assert sorted(role(doc, event, "participant")) == sorted(["إيران", "الصين"])


def test_subject_of_relative_clause_on_deal_is_a_party() -> None:
    doc = run("ويشكل الاتفاق حول الملف النووي الذي أسهمت الصين في التوصل إليه دفعا "
              "دبلوماسيا لها.")
    (event,) = events_of(doc, "Agreement")
    assert "الصين" in role(doc, event, "participant")


def test_first_visit_to_be_is_no_event() -> None:
    doc = run("وستكون هذه أول زيارة يقوم بها رئيس أمريكي إلى إيران منذ سنوات.")
    assert not events_of(doc, "Visit")


def test_first_visit_made_is_kept() -> None:
    doc = run("وزار الوزير إيران في أول زيارة له منذ سنوات.")
    assert any(e.trigger_start == doc.text.index("وزار") for e in events_of(doc, "Visit"))


def test_participle_after_doer_is_no_target() -> None:
    doc = run("قصف الجيش المصري التابع للحكومة المعترف بها سفينة قرب العريش.")
    (event,) = events_of(doc, "Attack")
    assert role(doc, event, "agent") == ["الجيش المصري"]
    assert "التابع" not in role(doc, event, "target")
