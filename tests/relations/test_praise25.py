"""Praise recall, session 25 (praise25).

- «، كما» right before a verb of praise stands for the «، و» of coordination: the verb (or a
  light verb with its thanks noun) continues the subject of the verb that opens the
  sentence: «وافتتح X المستشفى، كما أشاد بجهود Y», «وهنأ X المواطنين، كما قدم شكره لـ Y
  على دعمها». An unnamed or other-gender opening subject is not continued, and thanks with
  no deed stay no praise.
- A statement with the paper's note on its copy («في بيان حصلت الصحيفة على نسخة منه»,
  «تلقت «الوطن» نسخة منه») is the occasion of the stance: its object starts after «منه»
  (see :mod:`kg.relations.stance_copy_formula`), never the one who got the copy. A mark
  inside the clause leaves it unread.
- A fronted adverbial of occasion («وبهذه المناسبة», «وفي هذا السياق») before the opening
  verb: that verb still opens the sentence, and a participle or a «، كما» clause after a
  comma continues its named subject (see :mod:`kg.relations.stance_fronted_occasion`).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

FALIH = E("Person", "خالد الفالح", ("خالد الفالح",))
NOURA = E("Person", "نورة السالم", ("نورة السالم",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
RED_CRESCENT = E("GovernmentBody", "هيئة الهلال الأحمر", ("هيئة الهلال الأحمر",))
ENTITIES = [FALIH, NOURA, INTERIOR, RED_CRESCENT]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


def praises(text: str) -> set[tuple[str, str, str]]:
    return {f for f in run(text) if f[0] == "praises"}


@pytest.mark.parametrize(("text", "fact"), [
    ("وافتتح وزير الصحة خالد الفالح المستشفى الجديد، كما أشاد بجهود وزارة الداخلية في "
     "تأمين الحفل.",
     ("praises", "خالد الفالح", "وزارة الداخلية")),
    ("وهنأ وزير الصحة خالد الفالح المواطنين بمناسبة العيد، كما قدم شكره وتقديره لوزارة "
     "الداخلية على دعمها للمستشفيات.",
     ("praises", "خالد الفالح", "وزارة الداخلية")),
    ("وهنأ وزير الصحة خالد الفالح المواطنين بمناسبة العيد، كما شكر هيئة الهلال الأحمر على "
     "جهودها في الميدان.",
     ("praises", "خالد الفالح", "هيئة الهلال الأحمر")),
])
def test_comma_also_continues_opening_subject(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # thanks with no deed: protocol, not praise, even when the subject continues
    "وهنأ وزير الصحة خالد الفالح المواطنين بمناسبة العيد، كما قدم شكره لوزارة الداخلية.",
    # the opening subject is an unnamed title: no one to continue
    "وافتتح رئيس البلدية المستشفى الجديد، كما أشاد بجهود وزارة الداخلية في تأمين الحفل.",
    # a woman opens the sentence: a masculine verb after «، كما» is not hers
    "وافتتحت الدكتورة نورة السالم المستشفى الجديد، كما أشاد بجهود وزارة الداخلية في الحفل.",
])
def test_comma_also_not_continued(text: str) -> None:
    assert not praises(text)



# --- the paper's copy of the statement -----------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وثمنت هيئة الهلال الأحمر في بيان حصلت الصحيفة على نسخة منه دور وزارة الداخلية في "
     "الإنقاذ.",
     ("praises", "هيئة الهلال الأحمر", "وزارة الداخلية")),
    ("وأشادت هيئة الهلال الأحمر في بيان تلقت «الوطن» نسخة منه بجهود وزارة الداخلية.",
     ("praises", "هيئة الهلال الأحمر", "وزارة الداخلية")),
])
def test_statement_with_obtained_copy(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # the one who got the copy is not what is praised
    "وأشادت هيئة الهلال الأحمر في بيان حصلت وزارة الداخلية على نسخة منه بجهود المتطوعين.",
    # a comma breaks the clause before «نسخة منه»
    "وثمنت هيئة الهلال الأحمر في بيان حصلت، وزارة الداخلية على نسخة منه دور المتطوعين.",
])
def test_statement_without_copy_formula(text: str) -> None:
    assert ("praises", "هيئة الهلال الأحمر", "وزارة الداخلية") not in run(text)


# --- a fronted adverbial of occasion --------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وبهذه المناسبة هنأ وزير الصحة خالد الفالح المواطنين بالعيد، مثمنا جهود وزارة الداخلية "
     "في تأمين المستشفيات.",
     ("praises", "خالد الفالح", "وزارة الداخلية")),
    ("وبهذه المناسبة هنأ وزير الصحة خالد الفالح المواطنين بالعيد، كما قدم شكره لهيئة الهلال "
     "الأحمر على جهودها.",
     ("praises", "خالد الفالح", "هيئة الهلال الأحمر")),
    ("وفي هذا السياق أكد وزير الصحة خالد الفالح جاهزية المستشفيات، مشيدا بجهود وزارة "
     "الداخلية.",
     ("praises", "خالد الفالح", "وزارة الداخلية")),
])
def test_fronted_occasion(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # an unnamed title after the adverbial: no one to continue
    "وبهذه المناسبة هنأ رئيس البلدية المواطنين بالعيد، مثمنا جهود وزارة الداخلية في العيد.",
    # another adverbial («وفي هذا المستشفى») is a place, not an occasion: not skipped
    "وفي هذا المستشفى عالج الأطباء المرضى، مثمنين جهود وزارة الداخلية.",
])
def test_fronted_occasion_no_holder(text: str) -> None:
    assert not praises(text)
