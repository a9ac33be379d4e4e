"""Civil events of long political and economic reports (session 31). Made-up sentences.

Rules tested:

- a past signing verb whose named subject is long (titles, a full name, a second signer with
  his title) stands farther before the agreement or document noun than the nearer rules
  look: it still signs the noun when its subjects end right before it, past a time word
  («وقع وزير المالية فلان ونظيره فلان أمس اتفاقية», «ووقع وزير الصحة الدكتور فلان أمس مذكرة
  تفاهم مع ...»). One signer is the agent, two are equal parties; a signing to come
  («من المقرر أن يوقع») or a phrase between the subject and the noun («في الرياض») leaves the
  noun to the nearer rules (``event_long_signers``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

SALEM = E("Person", "سالم الهادي", ("سالم الهادي",))
KAREEM = E("Person", "كريم النوري", ("كريم النوري",))
NOOR = E("Organization", "شركة النور", ("شركة النور",))
RAMLAND = E("Country", "رملاند", ("رملاند",))
ALL = [SALEM, KAREEM, NOOR, RAMLAND]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def events(doc: Document, label: str) -> list[object]:
    return [event for event in doc.events if event.label == label]


def test_a_titled_signer_far_before_a_memorandum_signed_it() -> None:
    doc = run("ووقع وزير الصحة الرملندي الدكتور سالم الهادي أمس مذكرة تفاهم مع شركة النور.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["سالم الهادي"]
    assert role(doc, event, "participant") == ["شركة النور"]


def test_a_titled_signer_far_before_an_agreement_is_its_agent() -> None:
    doc = run("ووقع وزير الصحة الرملندي الدكتور سالم الهادي أمس اتفاقية مع شركة النور.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == ["سالم الهادي"]


def test_two_titled_signers_are_equal_parties() -> None:
    doc = run("وقع وزير المالية سالم الهادي ونظيره الساحلي كريم النوري أمس اتفاقية لتجنب "
              "الازدواج الضريبي.")
    event = only(doc, "Agreement")
    assert role(doc, event, "agent") == []
    assert sorted(role(doc, event, "participant")) == ["سالم الهادي", "كريم النوري"]


def test_a_signing_to_come_is_no_signed_memorandum() -> None:
    doc = run("ومن المقرر أن يوقع وزير الصحة الرملندي الدكتور سالم الهادي مذكرة تفاهم مع "
              "شركة النور.")
    assert events(doc, "Agreement") == []


def test_a_phrase_between_the_signer_and_the_contract_leaves_it_unsigned() -> None:
    doc = run("ووقع وزير الصحة الرملندي الدكتور سالم الهادي في العاصمة عقدا مع شركة النور.")
    assert events(doc, "Agreement") == []
