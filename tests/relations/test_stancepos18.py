"""Positive and cooperative stances on unseen news, session 18: praise of a quality or a deed
named in its actor's name, coordination between two named parties or as an adjunct of an
action, thanks past a long title, and holders read through «أن» or an honorific pronoun.

«مشيدا بيقظة الأجهزة الأمنية», «منوها بدعم واهتمام صاحب السمو الملكي الأمير X», «بالدور
الكبير لـX»: the actor of the praised quality or deed is the object; a definite deed noun
never takes its adjective as the actor, «بقوة» alone is the adverb. «التنسيق بين X و Y» is
the pair's, and none when it is wanted or denied; «نفذت X الحملة بالتعاون مع Y» is X's.
«عن شكره وتقديره لمعالي وزير الصحة المهندس X على جهوده» is praise of X. «أن وفد الحركة
شكر X» names X as the object of the verb. «وأشاد معاليه» is held by the person introduced
with «معالي». Sentences written for the tests, each with the facts that must be found and
those that must not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
UAE = E("Country", "الإمارات", ("الإمارات",), "Q878")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
LABOUR = E("GovernmentBody", "وزارة العمل", ("وزارة العمل",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
CIA = E("GovernmentBody", "الاستخبارات الأمريكية", ("الاستخبارات الأمريكية",))
NAWAF = E("Person", "نواف العتيبي", ("نواف العتيبي",))
SAAD = E("Person", "سعد الحربي", ("سعد الحربي",))
FAISAL = E("Person", "فيصل بن سلمان", ("فيصل بن سلمان",))
FALEH = E("Person", "خالد الفالح", ("خالد الفالح",))
TAHER = E("Person", "خالد طاهر", ("خالد طاهر",))
KING = E("Person", "خادم الحرمين الشريفين", ("خادم الحرمين الشريفين",))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
ENTITIES = [SAUDI, UAE, EGYPT, IRAN, HOUTHIS, INTERIOR, LABOUR, HEALTH, CIA, NAWAF, SAAD, FAISAL,
            FALEH, TAHER, KING, JUBEIR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


# --- praise of a quality or a deed, in its actor's name -----------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأشاد نواف العتيبي بيقظة رجال الأمن في المنافذ.", ("نواف العتيبي", "رجال الأمن")),
    ("وقال نواف العتيبي إن العملية كانت ناجحة، مشيدا بقوة ويقظة الأجهزة الأمنية في الرصد.",
     ("نواف العتيبي", "الأجهزة الأمنية")),
    ("ونوه سعد الحربي بدعم واهتمام صاحب السمو الملكي الأمير فيصل بن سلمان بالمهرجان.",
     ("سعد الحربي", "فيصل بن سلمان")),
    ("وثمن سعد الحربي تفاني وزارة الصحة في خدمة المرضى.", ("سعد الحربي", "وزارة الصحة")),
    ("وأشاد سعد الحربي بالجهود المبذولة من وزارة الصحة طوال الموسم.",
     ("سعد الحربي", "وزارة الصحة")),
    ("وأشاد سعد الحربي بالدور الكبير لمصر في حل الأزمة.", ("سعد الحربي", "مصر")),
    ("وثمن نواف العتيبي جهود وزير الصحة المهندس خالد الفالح في الموسم.",
     ("نواف العتيبي", "خالد الفالح")),
])
def test_praised_quality_or_deed(text: str, fact: tuple[str, str]) -> None:
    assert fact in stances_of(run(text), "praises")


@pytest.mark.parametrize(("text", "holder", "wrong"), [
    # a definite noun's adjective is no actor; the one supported is not the one praised
    ("وأشاد سعد الحربي بالدعم الكبير للمهرجان.", "سعد الحربي", None),
    ("وأشاد سعد الحربي بالجهود الكبيرة المبذولة هذا العام.", "سعد الحربي", None),
    ("وأشاد سعد الحربي بالدعم الكبير لمصر في أزمتها.", "سعد الحربي", "مصر"),
    # a style of address with no name after it names no one
    ("ونوه سعد الحربي بدعم واهتمام صاحب السمو الملكي أمير المنطقة.", "سعد الحربي", None),
])
def test_no_actor_read_from_the_wrong_word(text: str, holder: str, wrong: str | None) -> None:
    praised = {obj for subject, obj in stances_of(run(text), "praises") if subject == holder}
    if wrong is None:
        assert praised == set()
    else:
        assert wrong not in praised


def test_strongly_is_an_adverb() -> None:
    praised = stances_of(run("وأشاد نواف العتيبي بقوة بالاتفاق الجديد."), "praises")
    assert praised == {("نواف العتيبي", "الاتفاق الجديد")}


# --- coordination -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("وجاء ذلك في إطار التعاون الأمني بين السعودية والإمارات.", ("السعودية", "الإمارات")),
    ("وتم ضبط الخلية بالتنسيق بين وزارة الداخلية والاستخبارات الأمريكية.",
     ("وزارة الداخلية", "الاستخبارات الأمريكية")),
])
def test_coordination_between_a_pair(text: str, pair: tuple[str, str]) -> None:
    assert stances_of(run(text), "coordinatesWith") == {pair}


@pytest.mark.parametrize("text", [
    # wanted, discussed or denied: nobody coordinates (the minister least of all)
    "وأكد عادل الجبير أهمية التنسيق بين السعودية ومصر في مواجهة الإرهاب.",
    "وبحث عادل الجبير سبل التعاون بين السعودية والإمارات.",
    "ونفى عادل الجبير وجود أي تنسيق بين إيران والحوثيين.",
    "ولا يوجد تنسيق بين إيران والحوثيين في رأي المراقبين.",
])
def test_coordination_not_asserted(text: str) -> None:
    assert stances_of(run(text), "coordinatesWith") == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("ونفذت وزارة الداخلية الحملة بالتعاون مع وزارة العمل.", ("وزارة الداخلية", "وزارة العمل")),
    ("وضبطت وزارة الداخلية المخالفين في الرياض بالتنسيق مع وزارة العمل.",
     ("وزارة الداخلية", "وزارة العمل")),
])
def test_coordination_as_an_adjunct(text: str, pair: tuple[str, str]) -> None:
    assert pair in stances_of(run(text), "coordinatesWith")


@pytest.mark.parametrize("text", [
    # the opening verb reports or talks about the action: its subject did not coordinate
    "وأشار عادل الجبير إلى تنفيذ الحملة بالتعاون مع وزارة العمل.",
    "وتحدثت وزارة الداخلية عن الحملة المنفذة بالتنسيق مع وزارة العمل.",
])
def test_adjunct_of_a_reported_action(text: str) -> None:
    assert stances_of(run(text), "coordinatesWith") == set()


def test_adjunct_inside_a_reported_clause() -> None:
    """«أن الشرطة ضبطت ...» opens a clause of its own: the ministry only reports it."""
    doc = run("وأعلنت وزارة الداخلية أن الشرطة ضبطت الخلية بالتعاون مع الاستخبارات الأمريكية.")
    assert ("وزارة الداخلية", "الاستخبارات الأمريكية") not in stances_of(doc, "coordinatesWith")


# --- thanks, the verb's object, honorific pronouns ---------------------------------------------

def test_thanks_past_a_long_title() -> None:
    doc = run("وأعرب فيصل بن سلمان عن شكره وتقديره لمعالي وزير الصحة المهندس خالد الفالح على "
              "جهوده في الموسم.")
    assert ("فيصل بن سلمان", "خالد الفالح") in stances_of(doc, "praises")


def test_thanks_without_a_deed() -> None:
    """«على» after «مؤكدا», beyond the thanks' own reach, opens no deed."""
    doc = run("وقدم فيصل بن سلمان شكره للحضور من المسؤولين والأهالي والضيوف، مؤكدا على أهمية "
              "المناسبة.")
    assert stances_of(doc, "praises") == set()


def test_name_after_the_verb_of_a_noun_subject() -> None:
    """«أن وفد الحركة شكر X»: X is thanked; the participle after it is not X's."""
    doc = run("وأشار البيان إلى أن وفد الحركة شكر خادم الحرمين الشريفين على الحفاوة، مثمنا دور "
              "مصر في دعم القضية.")
    assert {s for s, _ in stances_of(doc, "praises")} == set()


def test_honorific_pronoun_holder() -> None:
    doc = run("ووصل معالي أمين المدينة الدكتور خالد طاهر إلى الحارة. وأشاد معاليه بدور رجال "
              "الأمن في الموسم.")
    assert ("خالد طاهر", "رجال الأمن") in stances_of(doc, "praises")


def test_honorific_pronoun_bearer_unnamed() -> None:
    """«سمو رئيس الهيئة» names no one: the king after «ل» is whom he congratulated."""
    doc = run("ورفع سمو رئيس الهيئة التهنئة لخادم الحرمين الشريفين بالإنجاز. وأشاد سموه بدور "
              "رجال الأمن في الموسم.")
    assert ("خادم الحرمين الشريفين", "رجال الأمن") not in stances_of(doc, "praises")


# --- a side backed in a fight -------------------------------------------------------------------

HAWZA = E("ArmedGroup", "الحشد الشعبي", ("الحشد الشعبي",))
ARMY = E("GovernmentBody", "الجيش العراقي", ("الجيش العراقي",))
COALITION = E("InternationalOrganization", "التحالف العربي", ("التحالف العربي",))
ARAMCO = E("Organization", "أرامكو", ("أرامكو",))
ADEN = E("City", "عدن", ("عدن",))
BACKING = [HAWZA, ARMY, COALITION, ARAMCO, ADEN, IRAN, HOUTHIS]


@pytest.mark.parametrize(("text", "fact"), [
    ("وتقدم مقاتلو الحوثيين بدعم من إيران نحو أطراف المدينة.", ("إيران", "الحوثيون")),
    ("وتمكن الجيش العراقي بمساندة الحشد الشعبي من استعادة القرية.",
     ("الحشد الشعبي", "الجيش العراقي")),
])
def test_side_backed_in_a_fight(text: str, fact: tuple[str, str]) -> None:
    doc = extract_relations(build_doc(text, BACKING))
    assert stances_of(doc, "supports") == {fact}


@pytest.mark.parametrize("text", [
    "وأقيم المعرض بدعم من أرامكو في الظهران.",  # a sponsor, no side
    "وانسحب المسلحون من عدن بدعم من التحالف العربي.",  # the place left is not backed
])
def test_no_side_backed(text: str) -> None:
    doc = extract_relations(build_doc(text, BACKING))
    assert stances_of(doc, "supports") == set()


# --- a regional title shortened to its kind ------------------------------------------------------

def test_title_shortened_to_the_region() -> None:
    """«أمير المنطقة» after «الأمير X أمير منطقة ...»: the one prince introduced so."""
    doc = run("وافتتح الأمير فيصل بن سلمان أمير منطقة المدينة المنورة المعرض. ونوه سعد الحربي "
              "بدعم واهتمام صاحب السمو الملكي أمير المنطقة.")
    assert ("سعد الحربي", "فيصل بن سلمان") in stances_of(doc, "praises")


def test_title_shortened_with_two_holders() -> None:
    """Two persons introduced with a regional title of the same kind: nobody can tell which
    (the title stays a phrase)."""
    doc = run("وافتتح فيصل بن سلمان أمير منطقة المدينة المنورة المعرض بحضور خالد الفالح أمير "
              "منطقة الرياض. ونوه سعد الحربي بدعم أمير المنطقة.")
    praised = {obj for _, obj in stances_of(doc, "praises")}
    assert not praised & {"فيصل بن سلمان", "خالد الفالح"}
