"""Violent trigger vocabulary, session 28 (evvocab28).

- «قوات الأمن» after a verb of seizing or fighting is a force, not order restored
  (``event_sense._FORCE_HEADS``): «ودخلت قوات الأمن مدينة عدن».
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

HOUTHIS = E("ArmedGroup", "الحوثيين", ("الحوثيين",))
ADEN = E("City", "عدن", ("عدن",))
BENGHAZI = E("City", "بنغازي", ("بنغازي",))
COALITION = E("Organization", "التحالف", ("التحالف",))
ISLAM_ARMY = E("ArmedGroup", "جيش الإسلام", ("جيش الإسلام",))
NUSRA = E("ArmedGroup", "جبهة النصرة", ("جبهة النصرة",))
ALL = [HOUTHIS, ADEN, BENGHAZI, COALITION, ISLAM_ARMY, NUSRA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def triggers(doc: Document, label: str) -> list[str]:
    return [doc.text[e.trigger_start:e.trigger_end] for e in doc.events if e.label == label]


def test_security_forces_entering_is_an_operation() -> None:
    doc = run("ودخلت قوات الأمن مدينة عدن أمس.")
    assert triggers(doc, "MilitaryOperation") == ["ودخلت"]


def test_order_restored_is_no_operation() -> None:
    doc = run("واستعاد الأمن والاستقرار في عدن بعد أشهر.")
    assert triggers(doc, "MilitaryOperation") == []
