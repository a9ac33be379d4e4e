"""«على أيدي» after an attack noun, session 30 (evlex30, ``kg.relations.targets``).

- «تعرض X لاعتداء على أيدي عناصر الشرطة»: the phrase behind «على أيدي/يد» names who did it;
  it is never the target (the unnamed-victim reader took «أيدي» for the victim); a real
  «على» object («هجوم على مركز للشرطة») stays the target.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

WARDA = E("City", "الوردة", ("الوردة",))
SALEM = E("Person", "أحمد السالمي", ("أحمد السالمي",))
ALL = [WARDA, SALEM]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def targets(doc: Document) -> list[str]:
    return [doc.text[a.start:a.end] for e in doc.events for a in e.arguments
            if a.role == "target"]


def test_by_the_hands_of_is_no_target() -> None:
    doc = run("وتعرض الصحفي أحمد السالمي لاعتداء على أيدي عناصر من الشرطة في الوردة أمس.")
    assert "أيدي" not in " ".join(targets(doc))


def test_attack_on_a_police_post_keeps_its_target() -> None:
    doc = run("وقتل شرطي في هجوم مسلح على مركز للشرطة في الوردة أمس.")
    assert any(t.startswith("مركز") for t in targets(doc))
