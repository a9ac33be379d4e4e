"""Event triggers kg's lexicon lacked (session 27). Made-up sentences.

Rules tested:

- «تعدّى على» and «اعتدت على» (no subject between) are an assault only with the blows told in
  their clause («بالضرب», «بالهراوات»); without them they are a breach («تعدى على أراضي
  الدولة») or «I got used to» («اعتدت على العيش»); «تعدّى» is a perfect, not an imperfect
  (``event_beatings``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

KARMA = E("City", "الكرمة", ("الكرمة",))
RAMLAND = E("Country", "رملاند", ("رملاند",))
ALL = [KARMA, RAMLAND]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def triggers(doc: Document, label: str) -> list[str]:
    return [doc.text[e.trigger_start:e.trigger_end] for e in doc.events if e.label == label]


def test_police_who_fell_on_worshippers_with_blows_attacked() -> None:
    doc = run("إن قوة من الشرطة داهمت المسجد في الكرمة واعتدت على المصلين بالضرب والإهانة.")
    assert "واعتدت" in triggers(doc, "Attack")


def test_guards_who_transgressed_with_blows_attacked() -> None:
    doc = run("وتعدى عناصر الأمن على المعتقلين بالضرب داخل سجن الكرمة أمس.")
    assert triggers(doc, "Attack") == ["وتعدى"]


def test_getting_used_to_a_life_is_no_attack() -> None:
    doc = run("لقد اعتدت على العيش في مدينة الكرمة منذ سنوات.")
    assert triggers(doc, "Attack") == []


def test_encroaching_on_state_land_is_no_attack() -> None:
    doc = run("وتعدى المستثمر على أراضي الدولة في الكرمة.")
    assert triggers(doc, "Attack") == []
