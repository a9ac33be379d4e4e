"""Stance rules of session 31 (long politics articles), on sentences written for the tests.

- An honorific pronoun («سموه», «معاليه») does not stand for a styled person named in an
  oblique phrase: «رفع التهاني إلى صاحب السمو الأمير Y», «وكان في استقبال سموه صاحب السمو
  الأمير Y» (:mod:`kg.relations.style_oblique`).
"""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

SULTAN = E("Person", "سلطان بن فهد", ("سلطان بن فهد",))
NAWAF = E("Person", "نواف بن خالد", ("نواف بن خالد",))
HASSAN = E("Person", "حسن العلي", ("حسن العلي",))
AGENCY = E("Organization", "وكالة الأنباء السعودية", ("وكالة الأنباء السعودية",))
ENTITIES = [SULTAN, NAWAF, HASSAN, AGENCY]


def run(text: str) -> object:
    return extract_relations(build_doc(text, ENTITIES))


def test_pronoun_skips_a_greeted_prince() -> None:
    doc = run("وأدلى صاحب السمو الملكي الأمير سلطان بن فهد بتصريح، رفع خلاله التهاني إلى صاحب "
              "السمو الملكي الأمير نواف بن خالد بمناسبة العيد. وبيّن سموه أن الحفل ناجح، "
              "معرباً سموه عن شكره لوكالة الأنباء السعودية على جهودها في التغطية.")
    assert ("سلطان بن فهد", "وكالة الأنباء السعودية") in pairs(doc, "praises")
    assert ("نواف بن خالد", "وكالة الأنباء السعودية") not in pairs(doc, "praises")


def test_pronoun_skips_the_receiving_prince() -> None:
    doc = run("وزار صاحب السمو الملكي الأمير سلطان بن فهد مقر الهيئة، وكان في استقبال سموه "
              "صاحب السمو الأمير نواف بن خالد. وأشاد سموه بجهود وكالة الأنباء السعودية.")
    assert pairs(doc, "praises") == {("سلطان بن فهد", "وكالة الأنباء السعودية")}


def test_pronoun_keeps_the_last_prince_named_as_subject() -> None:
    doc = run("وزار صاحب السمو الملكي الأمير سلطان بن فهد مقر الهيئة. ثم افتتح صاحب السمو "
              "الأمير نواف بن خالد المعرض. وأشاد سموه بجهود وكالة الأنباء السعودية.")
    assert pairs(doc, "praises") == {("نواف بن خالد", "وكالة الأنباء السعودية")}
