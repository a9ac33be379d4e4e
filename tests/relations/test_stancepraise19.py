"""Praise and appeals on unseen news, session 19: thanks and congratulations offered with a
light verb («رفع الشكر», «معبرا عن شكره», «متوجها بالشكر»), thanks past a long styled title,
a second verb of praise with a deed as its object («، وثمن جهود X»), an honorific pronoun
after a styled bare title («ورفع سمو رئيس الهيئة ... . ونوه سموه»), a title set off by dashes
or brackets after the holder («أشاد X -رئيس اللجنة- بـ»), and the one urged named by a
pronoun («وطالبها بـ») or by a bare body head («داعيا الوزارة») for a body named before.
Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

SULTAN = E("Person", "سلطان بن سلمان", ("سلطان بن سلمان",))
KING = E("Person", "خادم الحرمين الشريفين", ("خادم الحرمين الشريفين",))
TOURISM = E("GovernmentBody", "الهيئة العامة للسياحة", ("الهيئة العامة للسياحة",))
TRANSPORT = E("GovernmentBody", "وزارة النقل", ("وزارة النقل",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
UNIVERSITY = E("Organization", "جامعة تبوك", ("جامعة تبوك",))
SAAD = E("Person", "سعد الحربي", ("سعد الحربي",))
FAHD = E("Person", "محمد بن فهد", ("محمد بن فهد",))
NOURA = E("Person", "نورة العتيبي", ("نورة العتيبي",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
ENTITIES = [SULTAN, KING, TOURISM, TRANSPORT, HEALTH, UNIVERSITY, SAAD, FAHD, NOURA, EGYPT, UN]

INTRO = "وقال صاحب السمو الملكي الأمير سلطان بن سلمان رئيس الهيئة العامة للسياحة إن الموسم ناجح. "


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- thanks offered with a light verb, and past a long styled title ------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأوضح سعد الحربي أهمية البرنامج، معبرا عن شكره للأمير محمد بن فهد على دعمه المتواصل.",
     ("سعد الحربي", "محمد بن فهد")),
    ("وتحدث سعد الحربي عن البرنامج، متوجها بالشكر لوزارة النقل على جهودها في الموسم.",
     ("سعد الحربي", "وزارة النقل")),
    ("ورفع سعد الحربي الشكر لوزارة الصحة على جهودها في خدمة الزوار.",
     ("سعد الحربي", "وزارة الصحة")),
    (INTRO + "ورفع سمو رئيس الهيئة الشكر لوزارة النقل على تعاونها.",
     ("سلطان بن سلمان", "وزارة النقل")),
    ("وأعرب سعد الحربي عن شكره لرئيس مجلس الأمناء صاحب السمو الملكي الأمير محمد بن فهد "
     "على جهوده.", ("سعد الحربي", "محمد بن فهد")),
])
def test_thanks_offered(text: str, fact: tuple[str, str]) -> None:
    assert fact in stances_of(run(text), "praises")


@pytest.mark.parametrize("text", [
    "ورفعت وزارة الصحة الدعم عن الأدوية المستوردة.",  # «رفع» lifts: no light verb
    "ورفع سعد الحربي الحظر عن وزارة النقل.",
    "وأعرب سعد الحربي عن شكره لوزارة النقل.",  # thanks with no deed: protocol
])
def test_no_thanks(text: str) -> None:
    assert not stances_of(run(text), "praises")
    assert not stances_of(run(text), "supports")


# --- a second verb of praise with a deed as its object ----------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد سعد الحربي بتنظيم الحفل، وثمن جهود وزارة النقل في الموسم.",
     ("سعد الحربي", "وزارة النقل")),
    ("وأشاد سعد الحربي بتنظيم الحفل، كما ثمن دور وزارة الصحة في الموسم.",
     ("سعد الحربي", "وزارة الصحة")),
])
def test_second_praise_verb(text: str, fact: tuple[str, str]) -> None:
    assert fact in stances_of(run(text), "praises")


def test_noun_in_praised_phrase_is_no_verb() -> None:
    doc = run(INTRO + "ونوه سموه بعناية الدولة بالتراث والمحافظة عليه ودعم جميع البرامج "
              "التي تنفذها وزارة النقل.")
    assert not stances_of(doc, "supports")


# --- an honorific pronoun after a styled bare title --------------------------------------------

def test_pronoun_after_styled_title() -> None:
    doc = run(INTRO + "ورفع سمو رئيس الهيئة الشكر لوزارة الصحة على تعاونها. "
              "ونوه سموه بجهود جامعة تبوك في البحث.")
    assert ("سلطان بن سلمان", "جامعة تبوك") in stances_of(doc, "praises")


def test_pronoun_after_unresolved_title() -> None:
    doc = run("وحضر سمو رئيس الهيئة الحفل. ونوه سموه بجهود جامعة تبوك في البحث.")
    assert not stances_of(doc, "praises")


# --- a title set off by dashes or brackets after the holder ------------------------------------

@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("وأشاد سعد الحربي -رئيس اللجنة- بجهود وزارة النقل.", "praises",
     ("سعد الحربي", "وزارة النقل")),
    ("وأشاد سعد الحربي - رئيس اللجنة - بجهود وزارة النقل.", "praises",
     ("سعد الحربي", "وزارة النقل")),
    ("ودعا سعد الحربي (مدير عام الإدارة) وزارة الصحة إلى زيادة الأسرة.", "urges",
     ("سعد الحربي", "وزارة الصحة")),
])
def test_title_between_marks(text: str, kind: str, fact: tuple[str, str]) -> None:
    assert fact in stances_of(run(text), kind)


def test_body_inside_aside_is_no_object() -> None:
    doc = run("وأشاد سعد الحربي -مدير فرع وزارة الصحة- بتنظيم الحفل.")
    assert ("سعد الحربي", "وزارة الصحة") not in stances_of(doc, "praises")


# --- the one urged, named by a pronoun or a bare body head -------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وانتقد سعد الحربي تأخر وزارة النقل في المشروع، وطالبها بالإسراع في التنفيذ.",
     ("سعد الحربي", "وزارة النقل")),
    ("وانتقدت مصر موقف الأمم المتحدة، ودعتها إلى التحرك العاجل.", ("مصر", "الأمم المتحدة")),
    ("وانتقد سعد الحربي تأخر وزارة النقل في المشروع، داعيا الوزارة إلى الإسراع في التنفيذ.",
     ("سعد الحربي", "وزارة النقل")),
    ("وأشاد سعد الحربي بجهود وزارة الصحة. وطالب سعد الحربي الوزارة بزيادة الأسرة.",
     ("سعد الحربي", "وزارة الصحة")),
])
def test_urged_by_reference(text: str, fact: tuple[str, str]) -> None:
    assert fact in stances_of(run(text), "urges")


@pytest.mark.parametrize("text", [
    # two ministries named before: «الوزارة» names neither for sure
    "وانتقد سعد الحربي تأخر وزارة النقل ووزارة الصحة، داعيا الوزارة إلى الإسراع.",
    # two actors before the pronoun
    "وانتقد سعد الحربي تأخر وزارة النقل ووزارة الصحة، وطالبها بالإسراع.",
    # a woman: «ها» is read for bodies and countries only
    "والتقى سعد الحربي نورة العتيبي، وطالبها بالإسراع في التقرير.",
    # an invitation, not an appeal
    "والتقى سعد الحربي ممثلي الأمم المتحدة، ودعاها إلى حفل العشاء.",
])
def test_urged_unresolved(text: str) -> None:
    urged = {obj for _, obj in stances_of(run(text), "urges")}
    assert not urged & {"وزارة النقل", "وزارة الصحة", "نورة العتيبي", "الأمم المتحدة"}


# --- congratulations on the one congratulated's own deed ---------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("ورفع سعد الحربي التهنئة لخادم الحرمين الشريفين على تدشين المشروع الجديد.",
     ("سعد الحربي", "خادم الحرمين الشريفين")),
    ("ورفع سعد الحربي التهنئة لمقام خادم الحرمين الشريفين يحفظه الله على هذا الإنجاز.",
     ("سعد الحربي", "خادم الحرمين الشريفين")),
    ("وهنأ سعد الحربي مصر على فوزها بالبطولة العربية.", ("سعد الحربي", "مصر")),
])
def test_congratulated_on_deed(text: str, fact: tuple[str, str]) -> None:
    assert fact in stances_of(run(text), "praises")


@pytest.mark.parametrize("text", [
    "ورفع سعد الحربي التهنئة لخادم الحرمين الشريفين بمناسبة عيد الفطر.",  # an occasion
    "وهنأ سعد الحربي مصر على حلول العيد.",
    "وقدم سعد الحربي التهنئة لخادم الحرمين الشريفين، على أن يبدأ العمل غدا.",
])
def test_congratulated_on_occasion(text: str) -> None:
    assert not stances_of(run(text), "praises")


# --- praise of what a body receives: the giver's deed --------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد سعد الحربي بما تحظى به وزارة النقل من دعم من خادم الحرمين الشريفين.",
     ("سعد الحربي", "خادم الحرمين الشريفين")),
    ("وأشاد سعد الحربي بما يلقاه الحجاج من رعاية من قبل وزارة الصحة.",
     ("سعد الحربي", "وزارة الصحة")),
])
def test_praise_of_support_received(text: str, fact: tuple[str, str]) -> None:
    praised = stances_of(run(text), "praises")
    assert fact in praised
    assert ("سعد الحربي", "وزارة النقل") not in praised


def test_receiver_without_giver_is_no_object() -> None:
    doc = run("وأشاد سعد الحربي بما تحظى به وزارة النقل من اهتمام.")
    assert ("سعد الحربي", "وزارة النقل") not in stances_of(doc, "praises")


# --- an appeal named by a verbal noun with its own pronoun -------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وجددت مصر مطالبتها الأمم المتحدة بالتحرك العاجل.", ("مصر", "الأمم المتحدة")),
    ("وجدد سعد الحربي مناشدته وزارة الصحة التدخل.", ("سعد الحربي", "وزارة الصحة")),
])
def test_appeal_noun_with_pronoun(text: str, fact: tuple[str, str]) -> None:
    doc = run(text)
    assert fact in stances_of(doc, "urges")
    assert (fact[1], fact[1]) not in stances_of(doc, "urges")
    assert all(subject == fact[0] for subject, _ in stances_of(doc, "urges"))


# --- those named foremost in a praised list -------------------------------------------------

def test_foremost_in_praised_list() -> None:
    doc = run("وأشاد سعد الحربي بجهود الجهات المشاركة، وعلى رأسهم مدير جامعة تبوك الأمير محمد "
              "بن فهد، والشيخ سلطان بن سلمان، والشعراء.")
    praised = stances_of(doc, "praises")
    assert {("سعد الحربي", "محمد بن فهد"), ("سعد الحربي", "سلطان بن سلمان")} <= praised
    assert ("سعد الحربي", "جامعة تبوك") not in praised  # the title's body, not one of the list


def test_foremost_list_stops_at_its_clause() -> None:
    doc = run("وثمن سعد الحربي جهود الشركاء وفي مقدمتهم وزارة النقل بقيادة الأمير محمد بن فهد "
              "الذي يولي المشروع أهمية.")
    praised = stances_of(doc, "praises")
    assert ("سعد الحربي", "وزارة النقل") in praised
    assert ("سعد الحربي", "محمد بن فهد") not in praised


def test_foremost_only_for_praise() -> None:
    doc = run("وانتقد سعد الحربي الجهات المقصرة وعلى رأسها وزارة النقل.")
    assert ("سعد الحربي", "وزارة النقل") not in stances_of(doc, "criticizes")


# --- the one urged past an occasion or «كلا من» -----------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وحث سعد الحربي خلال اللقاء وزارة الصحة على التدخل.", ("سعد الحربي", "وزارة الصحة")),
    ("وحث سعد الحربي أثناء الاجتماع الطارئ وزارة الصحة على التدخل.",
     ("سعد الحربي", "وزارة الصحة")),
    ("وطالبت مصر كلا من الأمم المتحدة ووزارة الصحة بالتحرك.", ("مصر", "الأمم المتحدة")),
])
def test_urged_past_occasion_or_list(text: str, fact: tuple[str, str]) -> None:
    urged = stances_of(run(text), "urges")
    assert fact in urged
    assert all(":" not in obj for _, obj in urged)  # never the occasion (an event)


# --- a praised deed owned by an honorific pronoun -------------------------------------------

def test_deed_of_styled_pronoun() -> None:
    doc = run("وأشاد صاحب السمو الملكي الأمير سلطان بن سلمان بجهود وزارة النقل. من جهته، ثمن "
              "سعد الحربي إشادة سموه الكريمة، ودعمه المستمر.")
    assert ("سعد الحربي", "سلطان بن سلمان") in stances_of(doc, "praises")


def test_styled_pronoun_subject_is_no_object() -> None:
    doc = run("وأشاد صاحب السمو الملكي الأمير سلطان بن سلمان بجهود وزارة النقل. وأشاد سموه "
              "بجهود جامعة تبوك.")
    praised = stances_of(doc, "praises")
    assert ("سلطان بن سلمان", "جامعة تبوك") in praised
    assert all(subject != obj for subject, obj in praised)


def test_thanking_participle() -> None:
    doc = run("وقال سعد الحربي إن الحفل ناجح، شاكرا وزارة النقل على تنظيمه.")
    assert ("سعد الحربي", "وزارة النقل") in stances_of(doc, "praises")
    assert not stances_of(run("وقال سعد الحربي إن الحفل ناجح، شاكرا وزارة النقل."), "praises")


@pytest.mark.parametrize(("text", "urged"), [
    ("ووجه سعد الحربي دعوة إلى وزارة الصحة للتدخل العاجل.", {("سعد الحربي", "وزارة الصحة")}),
    ("ووجه سعد الحربي دعوة إلى الحوار مع وزارة الصحة.", set()),  # what is called for
    ("ووجهت مصر دعوة إلى الأمم المتحدة لحضور الحفل.", set()),  # an invitation
])
def test_call_addressed_to_body(text: str, urged: set[tuple[str, str]]) -> None:
    assert stances_of(run(text), "urges") == urged
