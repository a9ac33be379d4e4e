"""A beating undergone, session 30 (evlex30, ``kg.relations.event_beaten``).

- «تعرض X للضرب» is an Attack on X; the verb form «ضرب» elsewhere («ضرب مثلاً», «جدول
  الضرب», «ضربت الأزمة الأسواق»), «للضرب» with no verb of undergoing and «تعرض» as a
  verbal noun in a claim («موضحاً فيه تعرض ابنه للضرب») are none.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import triggers
from tests.relations.docbuilder import E, build_doc

WARDA = E("City", "الوردة", ("الوردة",))
SALEM = E("Person", "أحمد السالمي", ("أحمد السالمي",))
ALL = [WARDA, SALEM]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def targets(doc: Document) -> list[str]:
    return [doc.text[a.start:a.end] for e in doc.events for a in e.arguments
            if a.role == "target"]


def test_detainee_beaten_is_an_attack() -> None:
    doc = run("وكان المعتقل قد أبلغ محاميه أنه تعرض للضرب والتهديد بمجرد وصوله إلى الوردة.")
    assert triggers(doc, "Attack") == ["للضرب"]


def test_named_journalist_beaten_is_the_target() -> None:
    doc = run("وتعرض الصحفي أحمد السالمي للضرب على أيدي عناصر من الشرطة في الوردة أمس.")
    assert triggers(doc, "Attack") == ["للضرب"]
    assert targets(doc) == ["أحمد السالمي"]


def test_giving_an_example_is_no_beating() -> None:
    doc = run("وضرب الوزير مثلا بالتجربة الألمانية في الوردة.")
    assert triggers(doc, "Attack") == []


def test_multiplication_table_is_no_beating() -> None:
    doc = run("يحفظ الأطفال في الوردة جداول الضرب حتى جدول ضرب تسعة.")
    assert triggers(doc, "Attack") == []


def test_beating_as_a_topic_is_none() -> None:
    doc = run("وناقش البرنامج في الوردة الدعوة للضرب على أيدي المخالفين.")
    assert triggers(doc, "Attack") == []


def test_beating_claimed_in_a_statement_is_none() -> None:
    doc = run("وأدلى النائب بتصريح موضحا فيه تعرض ابنه للضرب بالهراوات في الوردة.")
    assert triggers(doc, "Attack") == []
