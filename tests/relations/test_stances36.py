"""Stances against and for things on unseen news, session 36 (stances36).

Rules tested:
- «أدان X مرتكبي هذه الجريمة», «انتقدت X أداء هذه الحكومة»: an indefinite head with a
  genitive pointed by a demonstrative is one definite phrase, the stance's object; not after
  a head of time or circumstance (kg.relations.stance_pointed_genitives).
- «ندد X صباح هذا اليوم بالهجوم»: a time pointed by a demonstrative is never the object
  (kg.relations.stance_object_start).
- «أعربت X عن عدم رضاها عن Y»: the noun of satisfaction after «عدم» is opposition, as
  «لسنا سعداء بـ»; alone it holds no stance (kg.relations.stance_triggers).

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

FAHD = E("Person", "فهد الشمري", ("فهد الشمري", "الشمري"))
HUDA = E("Person", "هدى العلي", ("هدى العلي",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
ENTITIES = [FAHD, HUDA, INTERIOR, EGYPT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def found(text: str, kind: str) -> set[tuple[str, str]]:
    return {(holder, target) for k, holder, target in stances(run(text)) if k == kind}


@pytest.mark.parametrize(("text", "kind", "holder", "target"), [
    ("وأدان فهد الشمري مرتكبي هذه الجريمة البشعة.", "condemns", "فهد الشمري",
     "مرتكبي هذه الجريمة"),
    ("وانتقدت هدى العلي أداء هذه الحكومة في الملف الاقتصادي.", "criticizes", "هدى العلي",
     "أداء هذه الحكومة"),
    ("ورفضت وزارة الداخلية تفاصيل هذا المشروع جملة.", "rejects", "وزارة الداخلية",
     "تفاصيل هذا المشروع"),
    ("وعارض فهد الشمري شروط تلك الصفقة.", "opposes", "فهد الشمري", "شروط تلك الصفقة"),
])
def test_pointed_genitive_object(text: str, kind: str, holder: str, target: str) -> None:
    assert (holder, target) in found(text, kind)


@pytest.mark.parametrize(("text", "kind", "wrong"), [
    ("وندد فهد الشمري صباح هذا اليوم بالهجوم على القرية.", "condemns", "اليوم"),
    ("وانتقدت هدى العلي هذا الأسبوع قرار وزارة الداخلية.", "criticizes", "الأسبوع"),
    ("وانتقد فهد الشمري خلال هذه الزيارة سياسة مصر.", "criticizes", "خلال هذه الزيارة"),
    ("ورفضت هدى العلي رغم هذه الضغوط التراجع.", "rejects", "رغم هذه الضغوط"),
])
def test_pointed_time_is_no_object(text: str, kind: str, wrong: str) -> None:
    assert all(wrong not in target for _, target in found(text, kind))


@pytest.mark.parametrize(("text", "holder", "target"), [
    ("وأبدت هدى العلي عدم رضاها عن موقف مصر من القضية.", "هدى العلي", "مصر"),
    ("وأعرب فهد الشمري عن عدم رضاه بشأن تعامل وزارة الداخلية مع الشكاوى.", "فهد الشمري",
     "وزارة الداخلية"),
])
def test_dissatisfaction_opposes(text: str, holder: str, target: str) -> None:
    assert (holder, target) in found(text, "opposes")
    assert not found(text, "supports")


@pytest.mark.parametrize("text", [
    "وأعرب فهد الشمري عن رضاه عن قرار وزارة الداخلية.",
    "وأكدت هدى العلي رضاها التام عن أداء مصر في البطولة.",
])
def test_satisfaction_alone_holds_no_stance(text: str) -> None:
    assert not found(text, "opposes")
    assert not found(text, "supports")
