"""Named holders of stance verbs, session 28 (:mod:`kg.relations.stance_verb_holders`).

- a country spelled as its indefinite feminine adjective («سورية») right after a feminine
  verb holds the stance; the same word after a noun it qualifies («قوات سورية») does not;
- a person named right after a definite masculine nisba («الجمهوري X») that follows a
  masculine verb holds it; a nisba with no name after it gives no holder;
- after «لأن» and «لكن» the name before the verb holds it, as after «أن»; a name governed
  by a preposition before the verb does not;
- a verb after «، ثم» continues the opening verb's named subject when both agree in gender;
- «من» before a name is no relative clause: «واستقبل X وفدا من Y ودعا Z» is X's call, while
  «من» as a relative pronoun still blocks it;
- an adverbial phrase («مقابل السلام», «عقب الاجتماع») after the holder is no object
  (:mod:`kg.relations.stance_adverbials`).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SYRIA = E("Country", "سوريا", ("سورية", "سوريا"), "Q858")
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
SAMIR = E("Person", "سمير الحلبي", ("سمير الحلبي",))
LAILA = E("Person", "ليلى منصور", ("ليلى منصور",))
FRONT = E("Organization", "جبهة التحرير", ("جبهة التحرير",))
ENTITIES = [SYRIA, ISRAEL, SAMIR, LAILA, FRONT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "fact"), [
    ("وطالبت سورية إسرائيل بالانسحاب من الأراضي المحتلة.", ("urges", "سوريا", "إسرائيل")),
    ("وتدين سورية جبهة التحرير بسبب الهجمات الأخيرة.", ("condemns", "سوريا", "جبهة التحرير")),
    ("وهاجم الجمهوري سمير الحلبي جبهة التحرير بسبب مواقفها.",
     ("criticizes", "سمير الحلبي", "جبهة التحرير")),
    ("وانتقد اليساري سمير الحلبي إسرائيل في كلمته أمس.",
     ("criticizes", "سمير الحلبي", "إسرائيل")),
    ("وتعمق الخلاف في الحزب لأن ليلى منصور أيدت جبهة التحرير علنا.",
     ("supports", "ليلى منصور", "جبهة التحرير")),
    ("وكان اللقاء مقررا أمس لكن سمير الحلبي انتقد جبهة التحرير بشكل قاطع.",
     ("criticizes", "سمير الحلبي", "جبهة التحرير")),
    ("وافتتح سمير الحلبي المؤتمر في دمشق، ثم انتقد إسرائيل بسبب الاستيطان.",
     ("criticizes", "سمير الحلبي", "إسرائيل")),
    ("واستقبل سمير الحلبي وفدا من جبهة التحرير ودعا إسرائيل إلى وقف الاستيطان.",
     ("urges", "سمير الحلبي", "إسرائيل")),
])
def test_named_holder(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize(("text", "holder"), [
    ("وهاجمت قوات سورية جبهة التحرير في الشمال.", "سوريا"),
    ("وانتقد الجمهوري جبهة التحرير بسبب مواقفها.", "سمير الحلبي"),
    ("وتعمق الخلاف في الحزب لأن المقربين من ليلى منصور أيدوا جبهة التحرير علنا.",
     "ليلى منصور"),
    ("وقالت ليلى منصور إن الخلاف تعمق لكن سورية تدين جبهة التحرير.", "ليلى منصور"),
    ("وافتتحت ليلى منصور المؤتمر في دمشق، ثم انتقد إسرائيل بسبب الاستيطان.", "ليلى منصور"),
    ("وافتتح سمير الحلبي المؤتمر في دمشق، ثم انتقدت ليلى منصور إسرائيل بسبب الاستيطان.",
     "سمير الحلبي"),
    ("واستقبل سمير الحلبي من يدعو إلى الحوار ودعا إسرائيل إلى وقف الاستيطان.", "سمير الحلبي"),
])
def test_no_wrong_holder(text: str, holder: str) -> None:
    assert all(s != holder for _, s, _ in stances(run(text)))


@pytest.mark.parametrize("text", [
    "وتطالب سورية مقابل السلام باستعادة الأراضي المحتلة.",
    "وطالبت سورية عقب الاجتماع باستعادة الأراضي المحتلة.",
])
def test_adverbial_phrase_is_no_object(text: str) -> None:
    assert stances(run(text)) == set()
