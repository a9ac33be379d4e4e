"""Stances told as a feeling or as an attack in words, session 42 (lx42).

- «أعرب X عن خيبة أمله من/جراء Y», «أبدى X خيبته من Y», «عن خيبة أمل من Y»:
  disappointment criticizes Y.
- «أعرب X عن استيائه/غضبه من Y» with Y a name right after «من»: the frame's own «من»
  (not an origin) keeps the fact at the bar.
- «شن X هجوماً على Y», «جدد X هجومه على Y»: an attack in words by a named person on a
  person, party, body or statement criticizes Y; a force's, a country's or a commander's
  attack, or one on a place, is an assault.
- «عبرت X عن «خالص تقديرها لـ Y»»: a feeling noun after its degree word opens the quote
  after «عن» and is still the light verb's object.
- No stance from grief over a death, a complaint about the weather, hope («أمله في»).
- A negated feeling is no positive stance.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

QATAR = E("Country", "قطر", ("قطر",), "Q846")
OMAN = E("Country", "عمان", ("سلطنة عمان",), "Q842")
ARMY = E("ArmedGroup", "جيش التحرير", ("جيش التحرير",))
NADER = E("Person", "نادر الشامي", ("نادر الشامي",))
WALID = E("Person", "وليد الحسن", ("وليد الحسن",))
PARTY = E("PoliticalParty", "حزب النهضة الوطني", ("حزب النهضة الوطني",))
LEAGUE = E("Organization", "رابطة المزارعين", ("رابطة المزارعين",))
MINISTRY = E("GovernmentBody", "وزارة الزراعة", ("وزارة الزراعة",))
ENTITIES = [QATAR, OMAN, ARMY, NADER, WALID, PARTY, LEAGUE, MINISTRY]

_BAR = 0.45
"""The raw confidence the calibrated bar (0.8) starts at for the stance row."""


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def written(doc: Document, kind: str = "criticizes") -> set[tuple[str, str]]:
    """(subject, object) names of the positive facts of ``kind`` at the bar."""
    names = {e.id: e.name for e in doc.entities}
    return {(names.get(r.subject_id, r.subject_id), names.get(r.object_id, r.object_id))
            for r in doc.relations if r.kind == kind and r.polarity == "positive" and
            max(e.confidence for e in r.evidence) >= _BAR}


@pytest.mark.parametrize(("text", "fact"), [
    ("وأعرب نادر الشامي عن خيبة أمله من قرار حزب النهضة الوطني.",
     ("نادر الشامي", "حزب النهضة الوطني")),
    ("وعبرت رابطة المزارعين عن خيبة أملها جراء تصريحات وليد الحسن.",
     ("رابطة المزارعين", "وليد الحسن")),
    ("وأبدى نادر الشامي خيبته من وزارة الزراعة.", ("نادر الشامي", "وزارة الزراعة")),
    ("وعبرت سلطنة عمان عن خيبة أمل كبيرة من موقف حزب النهضة الوطني.",
     ("عمان", "حزب النهضة الوطني")),
])
def test_disappointment_criticizes(text: str, fact: tuple[str, str]) -> None:
    assert fact in written(run(text))


def test_quoted_feeling_after_its_degree_word() -> None:
    doc = run("كما عبرت سلطنة عمان عن «بالغ استيائها من قرار حزب النهضة الوطني».")
    assert ("عمان", "حزب النهضة الوطني") in written(doc)
    doc = run("كما عبرت سلطنة عمان عن «خالص تقديرها لرابطة المزارعين على دورها في الحملة».")
    assert ("عمان", "رابطة المزارعين") in written(doc, "praises")


@pytest.mark.parametrize(("text", "fact"), [
    ("وأعرب وليد الحسن عن استيائه من حزب النهضة الوطني.", ("وليد الحسن", "حزب النهضة الوطني")),
    ("وأبدت رابطة المزارعين غضبها من وزارة الزراعة.", ("رابطة المزارعين", "وزارة الزراعة")),
])
def test_displeasure_at_a_name_is_at_the_bar(text: str, fact: tuple[str, str]) -> None:
    assert fact in written(run(text))


@pytest.mark.parametrize(("text", "fact"), [
    ("وجدد نادر الشامي هجومه على حزب النهضة الوطني.", ("نادر الشامي", "حزب النهضة الوطني")),
    ("وشن وليد الحسن هجوما عنيفا على نادر الشامي.", ("وليد الحسن", "نادر الشامي")),
    ("وشن وليد الحسن، في حديث إذاعي، هجوما على قرار وزارة الزراعة.",
     ("وليد الحسن", "وزارة الزراعة")),
])
def test_attack_in_words_criticizes(text: str, fact: tuple[str, str]) -> None:
    assert fact in written(run(text))


@pytest.mark.parametrize("text", [
    "وأعرب نادر الشامي عن أسفه لوفاة وليد الحسن.",
    "وأعرب نادر الشامي عن خيبة أمله من وفاة وليد الحسن.",
    "وأعرب نادر الشامي عن استيائه من سوء الأحوال الجوية.",
    "وأعرب نادر الشامي عن قلقه إزاء الأحوال الجوية في سلطنة عمان.",
    "وأعرب نادر الشامي عن أمله في أن يفوز حزب النهضة الوطني.",
    "ولم يعرب نادر الشامي عن استيائه من حزب النهضة الوطني.",
    "وشنت قطر هجوما على حزب النهضة الوطني.",
    "وشن جيش التحرير هجوما على رابطة المزارعين.",
    "وشن نادر الشامي قائد القوات هجوما على حزب النهضة الوطني.",
    "وشن نادر الشامي هجوما على مواقع حزب النهضة الوطني.",
])
def test_no_stance(text: str) -> None:
    assert not written(run(text)), written(run(text))


def test_displeasure_at_a_person_named_by_role_stays() -> None:
    doc = run("وأعرب نادر الشامي عن غضبه من حكم المباراة نظير قراراته.")
    assert any(s == "نادر الشامي" for s, _ in written(doc)), written(doc)
