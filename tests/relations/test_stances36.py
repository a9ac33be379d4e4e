"""Stances against and for things on unseen news, session 36 (stances36).

Rules tested:
- «أدان X مرتكبي هذه الجريمة», «انتقدت X أداء هذه الحكومة»: an indefinite head with a
  genitive pointed by a demonstrative is one definite phrase, the stance's object; not after
  a head of time or circumstance (kg.relations.stance_pointed_genitives).
- «ندد X صباح هذا اليوم بالهجوم»: a time pointed by a demonstrative is never the object
  (kg.relations.stance_object_start).
- «أعربت X عن عدم رضاها عن Y»: the noun of satisfaction after «عدم» is opposition, as
  «لسنا سعداء بـ»; alone it holds no stance (kg.relations.stance_triggers).
- «أندد وألعن مرتكبي ...», «أدين وأشجب ...»: a first-person doublet of the stance verb is
  passed, never the object, in the quote of a speaker named in its sentence; a quote whose
  speaker is only continued from an earlier sentence is left (kg.relations.stance_paired_verbs).
- «أدين باسم شعبي، مرتكبي ...»: on whose behalf the stance is held is passed, with the
  comma that closes it; a tagged «باسم يوسف» stays a name (kg.relations.stance_behalf_phrases).

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


SPEAKER = E("Person", "سالم الراشد", ("سالم الراشد", "الراشد"))
YUSUF = E("Person", "باسم يوسف", ("باسم يوسف",))


def quoted(text: str, kind: str) -> set[tuple[str, str]]:
    doc = extract_relations(build_doc(text, [*ENTITIES, SPEAKER, YUSUF]))
    return {(holder, target) for k, holder, target in stances(doc) if k == kind}


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("وقال سالم الراشد: «أندد وألعن مرتكبي هذه الجريمة».", "condemns", "مرتكبي هذه الجريمة"),
    ("وقال سالم الراشد: «أدين وأشجب منفذي هذا التفجير».", "condemns", "منفذي هذا التفجير"),
    ("وقال سالم الراشد: «أدين باسم شعبي، مرتكبي هذه الجريمة».", "condemns",
     "مرتكبي هذه الجريمة"),
    ("وقال سالم الراشد: «أرفض باسم الحكومة الاتهامات الموجهة إلينا».", "rejects",
     "الاتهامات الموجهة إلينا"),
])
def test_first_person_doublet_and_behalf(text: str, kind: str, target: str) -> None:
    assert ("سالم الراشد", target) in quoted(text, kind)


def test_curse_is_no_object() -> None:
    found_ = quoted("وقال سالم الراشد: «أندد وألعن مرتكبي الجريمة».", "condemns")
    assert all("ألعن" not in target for _, target in found_)


def test_named_basim_stays_the_object() -> None:
    assert ("فهد الشمري", "باسم يوسف") in quoted("وانتقد فهد الشمري باسم يوسف.", "criticizes")


def test_dissatisfaction_holder_stays_in_its_clause() -> None:
    text = "وطالبت وزارة الداخلية بتشكيل لجنة، كما أعربت عن عدم رضاها بشأن موقف مصر."
    assert not found(text, "opposes")
    text = "وطالبت وزارة الداخلية بتشكيل لجنة، كما أعربت هدى العلي عن عدم رضاها بشأن موقف مصر."
    assert found(text, "opposes") == {("هدى العلي", "مصر")}


def test_dissatisfaction_holder_in_quotation_marks() -> None:
    text = 'وطالبت وزارة الداخلية بتشكيل لجنة، كما أعربت "هدى العلي" عن عدم رضاها بشأن موقف مصر.'
    assert found(text, "opposes") == {("هدى العلي", "مصر")}


def test_doublet_needs_a_speaker_named_in_its_sentence() -> None:
    text = ("وتشير الحصيلة إلى سقوط 30 قتيلا بحسب حاكم المنطقة سالم الراشد الذي أضاف إن نحو 20 "
            "جريحا في حالة «حرجة». وسرعان ما ندد الرئيس التركي بـ«هجوم إرهابي» وقال أمام "
            "الصحافيين «إنني أندد وألعن باسم شعبي، مرتكبي هذه الجريمة».")
    assert all("مرتكبي" not in target for _, target in quoted(text, "condemns"))
