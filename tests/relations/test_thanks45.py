"""Praise by thanks, session 45 (pt45): thanks past a long ministry title.

- Thanks to a minister named after his ministry's long name of joined nouns: «عن شكره وتقديره
  لوزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ X على جهوده». «والدعوة» there is a
  noun of the title, not an appeal opening another clause; the joined nouns, styles and name
  links do not count toward how far the deed «على» and the name are looked for.
- Outside a title a joined stance noun still ends the reach, and thanks with no deed stay out.

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

NASIR = E("Person", "ناصر بن خالد", ("ناصر بن خالد",))
FAHD = E("Person", "فهد العتيبي", ("فهد العتيبي",))
SAAD = E("Person", "سعد بن عبدالله بن محمد آل سالم", ("سعد بن عبدالله بن محمد آل سالم",))
ENTITIES = [NASIR, FAHD, SAAD]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("أعرب الأمير ناصر بن خالد عن شكره وتقديره لوزير الشؤون الإسلامية والأوقاف والدعوة "
     "والإرشاد الشيخ فهد العتيبي على جهود معاليه في خدمة الحجاج.",
     ("praises", "ناصر بن خالد", "فهد العتيبي")),
    ("وأعرب الأمير ناصر بن خالد أمير المنطقة عن شكره لمعالي وزير الشؤون الإسلامية والأوقاف "
     "والدعوة والإرشاد الشيخ سعد بن عبدالله بن محمد آل سالم المشرف العام على البرنامج على "
     "جهوده.",
     ("praises", "ناصر بن خالد", "سعد بن عبدالله بن محمد آل سالم")),
])
def test_thanks_past_ministry_title(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # no deed named: protocol thanks
    "أعرب الأمير ناصر بن خالد عن شكره لوزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد "
    "الشيخ فهد العتيبي.",
    # the name stands in another clause, after the deed
    "أعرب الأمير ناصر بن خالد عن شكره وتقديره لوزير الشؤون البلدية والقروية على جهوده، "
    "وقال فهد العتيبي إن العمل مستمر.",
])
def test_no_praise(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "praises"}
