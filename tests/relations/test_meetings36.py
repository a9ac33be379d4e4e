"""Meetings, visits, agreements and sanctions, session 36 (helper h6). Made-up sentences.

- Sanctions lifted or eased from a named side («رفع العقوبات الدولية عن فنزويلا») are the
  Sanction on that side, at the first mention of sanctions in the article
  (``event_lifted_sanctions``); a bare lifting («رفع العقوبات») or one that names no side
  stays none.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

VENEZUELA = E("Country", "فنزويلا", ("فنزويلا",))
CUBA = E("Country", "كوبا", ("كوبا",))
COUNCIL = E("Organization", "مجلس الأمن الدولي", ("مجلس الأمن الدولي", "مجلس الأمن"))
PLAYER = E("Person", "ماركو سيلفا", ("ماركو سيلفا",))
ALL = [VENEZUELA, CUBA, COUNCIL, PLAYER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def sanctions(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Sanction"]


# --- sanctions lifted from a named side --------------------------------------------------

def test_sanctions_lifted_from_a_named_side_are_a_sanction_on_it() -> None:
    doc = run("وافق مجلس الأمن الدولي أمس على قرار يمهد الطريق أمام رفع العقوبات الدولية "
              "عن فنزويلا خلال الأشهر المقبلة.")
    found = sanctions(doc)
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["فنزويلا"]
    assert role(doc, found[0], "agent") == []


def test_sanctions_eased_on_a_named_side_are_a_sanction_on_it() -> None:
    doc = run("ينص الاتفاق على تخفيف العقوبات الاقتصادية على كوبا مقابل إصلاحات سياسية.")
    found = sanctions(doc)
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["كوبا"]


def test_a_name_before_sanctions_lifted_is_not_who_imposed_them() -> None:
    doc = run("وافق مجلس الأمن الدولي أمس على اتفاق يحد من برنامج فنزويلا العسكري مقابل تخفيف "
              "العقوبات على كوبا.")
    found = sanctions(doc)
    assert len(found) == 1
    assert role(doc, found[0], "target") == ["كوبا"]
    assert role(doc, found[0], "agent") == []


def test_a_bare_lifting_is_no_sanction() -> None:
    assert sanctions(run("رحب المسؤولون أمس برفع العقوبات وقالوا إن الاقتصاد سينتعش.")) == []


def test_a_lifting_with_another_preposition_names_no_side() -> None:
    doc = run("تحدث الوزير أمس عن رفع العقوبات مقابل قيود على البرنامج في فنزويلا.")
    assert sanctions(doc) == []


def test_a_later_lifting_repeats_the_sanctions_told_before() -> None:
    doc = run("قال الخبراء إن العقوبات أضرت بالاقتصاد كثيراً. "
              "وأضافوا أن القرار يمهد الطريق أمام رفع العقوبات عن فنزويلا.")
    assert [role(doc, event, "target") for event in sanctions(doc)] != [["فنزويلا"]]


def test_penalties_eased_on_a_person_are_no_sanction_of_states() -> None:
    doc = run("قررت اللجنة أمس تخفيف العقوبات على ماركو سيلفا بعد استئنافه القرار.")
    assert sanctions(doc) == []
