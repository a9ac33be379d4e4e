"""Praise by thanks, session 45 (pt45): thanks past a long ministry title.

- Thanks to a minister named after his ministry's long name of joined nouns: «عن شكره وتقديره
  لوزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ X على جهوده». «والدعوة» there is a
  noun of the title, not an appeal opening another clause; the joined nouns, styles and name
  links do not count toward how far the deed «على» and the name are looked for.
- Outside a title a joined stance noun still ends the reach, and thanks with no deed stay out.
- Thanks after «، كما» share the subject of an opening holiday greeting to the leadership:
  «رفع X التهاني لمقام خادم الحرمين الشريفين ولسمو ولي عهده ...، كما قدم شكره لـ Y على ...»
  («التهاني» is the opening verb's object, and the styles «لمقام», «ولسمو» add no distance).
- Thanks closing a speech, «وختم X بالشكر لـ Y على ...», «واختتم X كلمته بالشكر لـ Y على»: the
  closing verb is a light verb whose subject holds the stance noun after «بـ».
- Thanks addressed with «إلى», «وتقدم X بالشكر إلى Y على ...»: «إلى» is the thanks' own
  preposition, as «لـ» is, and costs no confidence.

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


# --- thanks after «، كما» sharing the subject of a holiday greeting -------------------------

ROYAL = E("Person", "خادم الحرمين الشريفين", ("خادم الحرمين الشريفين",))
YOUTH = E("Organization", "جمعية الشباب الخيرية", ("جمعية الشباب الخيرية",))


def run_greeting(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, [*ENTITIES, ROYAL, YOUTH]))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("ورفع رئيس المجلس البلدي فهد العتيبي التهاني لمقام خادم الحرمين الشريفين ولسمو ولي عهده "
     "ولسمو ولي ولي العهد بمناسبة عيد الأضحى المبارك، كما قدم شكره لجمعية الشباب الخيرية على "
     "تنظيمها الحفل.",
     ("praises", "فهد العتيبي", "جمعية الشباب الخيرية")),
    ("ورفع الأمير ناصر بن خالد التهاني والتبريكات لمقام خادم الحرمين الشريفين ولسمو ولي "
     "عهده بمناسبة عيد الفطر السعيد، كما قدم شكره لفهد العتيبي على جهوده في خدمة الأهالي.",
     ("praises", "ناصر بن خالد", "فهد العتيبي")),
])
def test_thanks_after_greeting(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run_greeting(text)


@pytest.mark.parametrize("text", [
    # thanks with no deed named: protocol
    "ورفع فهد العتيبي التهاني لمقام خادم الحرمين الشريفين ولسمو ولي عهده ولسمو ولي ولي العهد "
    "بمناسبة عيد الأضحى المبارك، كما قدم شكره لجمعية الشباب الخيرية.",
    # greetings only: protocol, no thanks for a deed
    "ورفع فهد العتيبي التهاني لمقام خادم الحرمين الشريفين ولسمو ولي عهده بمناسبة عيد الأضحى.",
])
def test_no_thanks_after_greeting(text: str) -> None:
    assert ("praises", "فهد العتيبي", "جمعية الشباب الخيرية") not in run_greeting(text)
    assert ("praises", "فهد العتيبي", "خادم الحرمين الشريفين") not in run_greeting(text)


# --- thanks closing a speech, thanks addressed with «إلى» -----------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وختم ناصر بن خالد بالشكر لفهد العتيبي على ما يقدمه من دعم للطلاب المبتعثين.",
     ("praises", "ناصر بن خالد", "فهد العتيبي")),
    ("واختتم ناصر بن خالد كلمته بالشكر لفهد العتيبي على جهوده في تنظيم المعرض.",
     ("praises", "ناصر بن خالد", "فهد العتيبي")),
])
def test_thanks_closing_speech(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_thanks_addressed_with_ila_as_sure_as_with_lam() -> None:
    """«تقدم بالشكر إلى Y على» is as sure as «تقدم بالشكر لـ Y على» (raw 0.4 without the rule,
    below the calibrated bar)."""
    def confidence(text: str) -> float:
        doc = extract_relations(build_doc(text, ENTITIES))
        return max(e.confidence for r in doc.relations if r.kind == "praises" for e in r.evidence)
    with_ila = confidence("وتقدم ناصر بن خالد بالشكر إلى فهد العتيبي على ما بذله من جهد.")
    with_lam = confidence("وتقدم ناصر بن خالد بالشكر لفهد العتيبي على ما بذله من جهد.")
    assert with_ila == with_lam >= 0.45


@pytest.mark.parametrize("text", [
    "وختم ناصر بن خالد بالشكر لفهد العتيبي والحضور.",  # no deed: protocol
    "وتوجه ناصر بن خالد بالشكر إلى فهد العتيبي.",  # no deed: protocol
])
def test_no_praise_closing_without_deed(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "praises"}
