"""Meetings and visits, session 37 (helper p5). Made-up sentences.

- A visit told by the arrival of its visitor reaches back over a long title chain, the place
  and a time of three words («مساء أول من أمس») to the verb of going (``event_arrivals``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

GENERAL = E("Person", "جون ماكلين", ("جون ماكلين",))
AMMAN = E("City", "عمان", ("عمان",))
OTHER = E("Person", "سامي العلي", ("سامي العلي",))
ALL = [GENERAL, AMMAN, OTHER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def visits(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Visit"]


# --- a visit told by the arrival of its visitor, far before the visit noun ---------------

def test_arrival_over_a_long_title_and_time_is_the_visit() -> None:
    doc = run("وصل قائد القيادة المركزية للقوات البريطانية المشتركة الجنرال جون ماكلين إلى عمان "
              "مساء أول من أمس في زيارة غير معلنة.")
    found = visits(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["جون ماكلين"]
    assert role(doc, found[0], "location") == ["عمان"]


def test_arrival_to_come_far_before_the_visit_noun_is_none() -> None:
    doc = run("يصل قائد القيادة المركزية للقوات البريطانية المشتركة الجنرال جون ماكلين إلى عمان "
              "مساء بعد غد الأحد في زيارة غير معلنة.")
    assert [role(doc, e, "agent") for e in visits(doc)] in ([], [[]])


def test_arrival_behind_a_clause_opener_gives_no_visitor() -> None:
    doc = run("وصل الجنرال جون ماكلين إلى عمان أمس، بينما كان سامي العلي قد أنهى قبل أيام "
              "في زيارة سابقة.")
    assert all(role(doc, e, "agent") != ["جون ماكلين"] for e in visits(doc))
