"""Praise recall, session 39 (praise39), families read from pools annotated blind.

- Thanks for a deed past a long princely name: the links of a name chain («بن», «عبد») do
  not count toward how far the «على» of the deed may be from the thanks: «قدم X الشكر
  والتقدير للأمير Y بن عبد الله بن عبد العزيز رئيس هيئة Z، على الجهود» praises Y.
- The subject of a light verb («قدم X الشكر لـ Y على ...», «أعرب X عن شكره») is the actor a
  following sentence with no subject of its own goes on with («. ونوه في خطاب ... بـ»).
- A title shortened to its region's kind («بدعم سمو أمير المنطقة») after a prince introduced
  as «أمير منطقة X» whose region the tagger named («منطقة القصيم»): the title is then the bare
  «أمير» of that region, and still names the one prince so introduced.
- A deed noun with its article, its adjectives, then a group of people with «ل» glued: the
  group did the deed («بالجهود المباركة لكل المشاركين», «بالدور الكبير لرجال الأمن»); not
  after a noun of what is given («بالدعم الكبير للعاملين»: the workers are supported).
- Honorific pronouns («سموه») past the country's leaders listed by title alone («من خادم
  الحرمين الشريفين وسمو ولي عهده الأمين») or greeted in a list opened by a recipient
  («التهاني لخادم الحرمين الشريفين ... وصاحب السمو الملكي الأمير فلان»): neither is the one
  the pronoun repeats; the search goes on back to the article's actor.
- The citizens' cohesion praised in their name: «بوعي المواطنين», «بتكاتف أبناء المنطقة»,
  «بالتفاف أبناء الوطن حول قيادتهم» (the «ال» of «التفاف» is the stem's, no article).
- A subjectless «ونوه خلال الاستقبال بـ» goes on with the subject of the verb opening the
  sentence before, past a discourse opener («من جانب آخر، استقبل X») and past persons that
  sentence names after a preposition («البيعة للأمير Y والأمير Z»).
- «ثمّن» takes the praised deed as its direct object past the subject's own title: «وثمن
  الأمير X أمير منطقة القصيم الجهود التي تبذلها وزارة الصحة» (the title's chain ends at its
  first definite word; a deed noun after it opens the object).
- A deed praised as received («بالدعم الذي تلقاه المنطقة من وزارة الصحة», «بالرعاية التي
  تحظى بها الأندية من قبل Y»): the giver after «من» is praised, never the receiver.

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SULTAN = E("Person", "سلطان بن فهد بن عبد العزيز", ("سلطان بن فهد بن عبد العزيز",))
KHALID = E("Person", "خالد بن عبد الله بن عبد العزيز", ("خالد بن عبد الله بن عبد العزيز",))
FOOD = E("GovernmentBody", "هيئة الغذاء والدواء", ("هيئة الغذاء والدواء",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
QASSIM = E("Region", "منطقة القصيم", ("منطقة القصيم",))
RIYADH = E("Region", "منطقة الرياض", ("منطقة الرياض",))
HARBI = E("Person", "سعد الحربي", ("سعد الحربي",))
ENTITIES = [SULTAN, KHALID, FOOD, HEALTH, QASSIM, RIYADH, HARBI]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- thanks for a deed past a long name chain ----------------------------------------------

@pytest.mark.parametrize("text", [
    "قدم الأمير سلطان بن فهد بن عبد العزيز أمير منطقة القصيم الشكر والتقدير للأمير خالد بن "
    "عبد الله بن عبد العزيز رئيس هيئة الغذاء والدواء، على الجهود الكبيرة في المنطقة.",
    "وقدم الأمير سلطان بن فهد بن عبد العزيز شكره وتقديره للأمير خالد بن عبد الله بن عبد "
    "العزيز رئيس هيئة الغذاء والدواء السعودية، على ما بذلته الهيئة من جهود.",
])
def test_thanks_past_long_name(text: str) -> None:
    assert ("praises", "سلطان بن فهد بن عبد العزيز", "خالد بن عبد الله بن عبد العزيز") in run(text)


@pytest.mark.parametrize("text", [
    # «على» opens what is stressed, past a reporting participle: no deed thanked for
    "قدم الأمير سلطان بن فهد بن عبد العزيز الشكر والتقدير للأمير خالد بن عبد الله بن عبد "
    "العزيز رئيس هيئة الغذاء والدواء، مؤكدا على أهمية التعاون في المنطقة.",
    # thanks with no deed at all: protocol
    "قدم الأمير سلطان بن فهد بن عبد العزيز الشكر والتقدير للأمير خالد بن عبد الله بن عبد "
    "العزيز رئيس هيئة الغذاء والدواء في ختام الحفل.",
])
def test_thanks_without_deed_past_long_name(text: str) -> None:
    assert not any(kind == "praises" for kind, _, _ in run(text))


# --- a light verb's subject goes on into the next sentence ---------------------------------

@pytest.mark.parametrize("text", [
    "قدم الأمير سلطان بن فهد بن عبد العزيز الشكر للأمير خالد بن عبد الله بن عبد العزيز على "
    "الجهود الكبيرة. ونوه في خطاب بعث به لوزير الصحة بالاهتمام الذي توليه وزارة الصحة "
    "بالمستشفيات.",
    "أعرب الأمير سلطان بن فهد بن عبد العزيز عن شكره للأمير خالد بن عبد الله بن عبد العزيز على "
    "جهوده. وأشاد بدور وزارة الصحة في خدمة المرضى.",
])
def test_light_verb_subject_goes_on(text: str) -> None:
    assert ("praises", "سلطان بن فهد بن عبد العزيز", "وزارة الصحة") in run(text)


def test_light_verb_subject_not_two_sentences_on() -> None:
    text = ("قدم الأمير سلطان بن فهد بن عبد العزيز الشكر للأمير خالد بن عبد الله بن عبد العزيز "
            "على الجهود الكبيرة. وانطلقت الفعاليات في منطقة القصيم مساء أمس. ونوه بالاهتمام "
            "الذي توليه وزارة الصحة بالمستشفيات.")
    assert ("praises", "سلطان بن فهد بن عبد العزيز", "وزارة الصحة") not in run(text)


# --- «أمير المنطقة» for a prince introduced as «أمير منطقة X», X tagged as a region ------------

@pytest.mark.parametrize("text", [
    "رعى الأمير سلطان بن فهد بن عبد العزيز أمير منطقة القصيم الحفل مساء أمس. وأشاد خالد بن "
    "عبد الله بن عبد العزيز بدعم سمو أمير المنطقة للمهرجان.",
    "رعى الأمير سلطان بن فهد بن عبد العزيز أمير منطقة القصيم الحفل مساء أمس. ونوه خالد بن "
    "عبد الله بن عبد العزيز بجهود أمير المنطقة في خدمة المواطنين.",
])
def test_title_shortened_to_tagged_region(text: str) -> None:
    assert ("praises", "خالد بن عبد الله بن عبد العزيز", "سلطان بن فهد بن عبد العزيز") in run(text)


def test_title_shortened_two_regions() -> None:
    """Two princes introduced with regions of the same kind: nobody can tell which."""
    text = ("رعى الأمير سلطان بن فهد بن عبد العزيز أمير منطقة القصيم الحفل بحضور الأمير خالد بن "
            "عبد الله بن عبد العزيز أمير منطقة الرياض. وأشاد سعد الحربي بدعم أمير المنطقة.")
    praised = {obj for kind, _, obj in run(text) if kind == "praises"}
    assert not praised & {"سلطان بن فهد بن عبد العزيز", "خالد بن عبد الله بن عبد العزيز"}


# --- a deed's owner after «ل»: a group of people ------------------------------------------

@pytest.mark.parametrize(("text", "obj"), [
    ("وأشاد سعد الحربي بالجهود المباركة لكل المتطوعين في موسم الحج.", "كل المتطوعين"),
    ("ونوه سعد الحربي بالدور الكبير لرجال الأمن في حفظ الأمن.", "رجال الأمن"),
])
def test_deed_owned_by_group_after_lam(text: str, obj: str) -> None:
    assert ("praises", "سعد الحربي", obj) in run(text)


@pytest.mark.parametrize("text", [
    "وأشاد سعد الحربي بالدعم الكبير للعاملين في القطاع الصحي.",  # support given to them
    "وأشاد سعد الحربي بالجهود المبذولة لخدمة المرضى في المستشفيات.",  # a purpose, no group
])
def test_no_group_after_lam(text: str) -> None:
    assert not any(kind == "praises" for kind, _, _ in run(text))


# --- honorific pronouns past listed leaders and greeted recipients --------------------------

@pytest.mark.parametrize("text", [
    "رفع صاحب السمو الملكي الأمير سلطان بن فهد بن عبد العزيز التهاني لخادم الحرمين الشريفين "
    "وصاحب السمو الملكي الأمير خالد بن عبد الله بن عبد العزيز بمناسبة العيد. وأشاد سموه بجهود "
    "وزارة الصحة في المنطقة.",
    "افتتح صاحب السمو الملكي الأمير سلطان بن فهد بن عبد العزيز المستشفى. وأضاف أن الجميع "
    "يثمنون الرعاية الكريمة من خادم الحرمين الشريفين وسمو ولي عهده الأمين، مشيدا سموه بجهود "
    "وزارة الصحة في المنطقة.",
])
def test_style_pronoun_past_listed_leaders(text: str) -> None:
    facts = run(text)
    assert ("praises", "سلطان بن فهد بن عبد العزيز", "وزارة الصحة") in facts
    assert ("praises", "خالد بن عبد الله بن عبد العزيز", "وزارة الصحة") not in facts


def test_style_pronoun_of_a_listed_actor() -> None:
    """A styled prince joined by «و» to the actor, not to a recipient: the last one named."""
    text = ("افتتح صاحب السمو الملكي الأمير سلطان بن فهد بن عبد العزيز وصاحب السمو الملكي الأمير "
            "خالد بن عبد الله بن عبد العزيز المعرض. وأشاد سموه بجهود وزارة الصحة في المنطقة.")
    assert ("praises", "سلطان بن فهد بن عبد العزيز", "وزارة الصحة") not in run(text)


# --- the citizens' cohesion ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "obj"), [
    ("وأشاد سعد الحربي بوعي المواطنين وتعاونهم مع رجال الأمن.", "المواطنين"),
    ("ونوه سعد الحربي بالتفاف أبناء الوطن حول قيادتهم.", "أبناء الوطن"),
    ("وأشاد سعد الحربي بتلاحم أبناء المنطقة في المناسبات.", "أبناء المنطقة"),
])
def test_cohesion_praised_in_the_citizens_name(text: str, obj: str) -> None:
    assert ("praises", "سعد الحربي", obj) in run(text)


def test_cohesion_needs_praise() -> None:
    text = "وحذر سعد الحربي من الالتفاف على قرارات وزارة الصحة."
    assert not any(kind == "praises" for kind, _, _ in run(text))


# --- the opening subject of the sentence before ---------------------------------------------

@pytest.mark.parametrize("text", [
    "من جانب آخر، استقبل الأمير سلطان بن فهد بن عبد العزيز المهنئين في قصر الإمارة. ونوه خلال "
    "الاستقبال بجهود وزارة الصحة في المنطقة.",
    "استقبل الأمير سلطان بن فهد بن عبد العزيز المواطنين الذين قدموا البيعة للأمير خالد بن عبد "
    "الله بن عبد العزيز. ونوه خلال الاستقبال بجهود وزارة الصحة في المنطقة.",
])
def test_previous_opening_subject_past_opener_and_recipient(text: str) -> None:
    assert ("praises", "سلطان بن فهد بن عبد العزيز", "وزارة الصحة") in run(text)


def test_previous_opening_subject_not_past_another_actor() -> None:
    """A second person named as an actor (no preposition): nobody can tell who praised."""
    text = ("استقبل الأمير سلطان بن فهد بن عبد العزيز المهنئين، وألقى الأمير خالد بن عبد الله بن "
            "عبد العزيز كلمة. ونوه خلال الاستقبال بجهود وزارة الصحة في المنطقة.")
    assert ("praises", "سلطان بن فهد بن عبد العزيز", "وزارة الصحة") not in run(text)


# --- a direct praise's deed past the subject's title ----------------------------------------

@pytest.mark.parametrize("text", [
    "وثمن الأمير سلطان بن فهد بن عبد العزيز أمير منطقة القصيم الجهود التي تبذلها وزارة الصحة.",
    "وثمن الأمير سلطان بن فهد بن عبد العزيز أمير منطقة القصيم جهود وزارة الصحة في المنطقة.",
    "وثمّن الأمير سلطان بن فهد بن عبد العزيز رئيس اللجنة العليا الدور الذي تقوم به وزارة الصحة.",
])
def test_direct_praise_past_subject_title(text: str) -> None:
    assert ("praises", "سلطان بن فهد بن عبد العزيز", "وزارة الصحة") in run(text)


@pytest.mark.parametrize("text", [
    # the deed word is the title's own genitive (after an indefinite word): no object there
    "وثمن الأمير سلطان بن فهد بن عبد العزيز رئيس لجنة التعاون في وزارة الصحة.",
    # a stance word comes first: the deed after it is another clause's
    "وثمن الأمير سلطان بن فهد بن عبد العزيز أمير منطقة القصيم وأدان الهجوم وجهود وزارة الصحة.",
])
def test_no_direct_praise_past_title(text: str) -> None:
    assert ("praises", "سلطان بن فهد بن عبد العزيز", "وزارة الصحة") not in run(text)


# --- a deed received: the giver, never the receiver -----------------------------------------

@pytest.mark.parametrize("text", [
    "وأشاد سعد الحربي بالدعم الذي تلقاه منطقة القصيم من وزارة الصحة.",
    "وأشاد سعد الحربي بالرعاية الكبيرة التي تحظى بها المستشفيات من قبل وزارة الصحة.",
])
def test_received_deed_praises_giver(text: str) -> None:
    facts = run(text)
    assert ("praises", "سعد الحربي", "وزارة الصحة") in facts
    assert ("praises", "سعد الحربي", "منطقة القصيم") not in facts


@pytest.mark.parametrize("text", [
    "وأشاد سعد الحربي بالاهتمام الذي يلقاه كثير من المرضى في منطقة القصيم.",
    "وأشاد سعد الحربي بالدعم الذي تلقاه منطقة القصيم من أجل التنمية.",
])
def test_received_deed_without_giver(text: str) -> None:
    assert not any(kind == "praises" for kind, _, _ in run(text))
