"""Event precision, session 31. Made-up sentences.

- «استقبل الممثل فلان إعلان المهرجان بسعادة»: a verb of receiving whose first object after
  its subject is news, a decision or a story meets no one (``event_tidings``); a guest named
  after the host keeps the meeting.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

ACTOR = E("Person", "جون باركر", ("جون باركر",))
PRESIDENT = E("Person", "محمد الصالح", ("محمد الصالح",))
MINISTER = E("Person", "لوران فابيوس", ("لوران فابيوس",))
FRANCE = E("Country", "فرنسا", ("فرنسا",))
TUNISIA = E("Country", "تونس", ("التونسي", "تونس"))
ALL = [ACTOR, PRESIDENT, MINISTER, FRANCE, TUNISIA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list:
    return [event for event in doc.events if event.label == label]


def test_receiving_an_announcement_is_no_meeting() -> None:
    doc = run("استقبل الممثل جون باركر إعلان المهرجان بقرار منحه جائزة شرف بسعادة غامرة.")
    assert events(doc, "Meeting") == []


def test_receiving_a_decision_is_no_meeting() -> None:
    doc = run("استقبلت فرنسا قرار المحكمة بترحيب حذر.")
    assert events(doc, "Meeting") == []


def test_receiving_a_guest_stays_a_meeting() -> None:
    doc = run("استقبل الرئيس التونسي محمد الصالح وزير الخارجية الفرنسي لوران فابيوس.")
    meetings = events(doc, "Meeting")
    assert meetings and role(doc, meetings[0], "agent") == ["محمد الصالح"]


def test_news_after_a_preposition_keeps_the_meeting() -> None:
    doc = run("استقبل الرئيس التونسي محمد الصالح بعد إعلان النتائج لوران فابيوس.")
    assert events(doc, "Meeting") != []
