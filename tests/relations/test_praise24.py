"""Praise recall, session 24 (praise24).

- A light verb of «عن» far before its noun, across a long styled and titled name: «أعرب
  صاحب السمو الملكي الأمير الدكتور X بن Y بن Z أمير منطقة Q عن شكره لـ ...». Only when every
  word between the verb and «عن» is part of the name (a style, an honorific, a mention, a
  title): an adjunct or a clause between leaves it unread.
- An honorific pronoun right after a circumstantial participle: «…، مشيداً سموه بـ Y»,
  «…، مثمناً معاليه جهود Y»: the object starts after the pronoun; with no actor in the
  clause and no one introduced with that style, no fact.
- The feminine and plural imperfects of praise («تثمن», «يشيدون»); «تثمن» of land is no praise.
- A fronted subject past «بدورها / من جهتها» before an imperfect holds the stance (never the
  name after the verb: «والجمعية بدورها تشكر الوزارة»).
- «أما X، فـverb … . وأشادت بـ Y»: the topic continues (same gender, no other person since).
- A praised win («فوز») names its owner, also past a comma after the subject.
- A participle cut off by a full stop shares the previous opening verb's subject.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

FAISAL = E("Person", "فيصل بن سلمان بن عبدالعزيز", ("فيصل بن سلمان بن عبدالعزيز",))
MISHAL = E("Person", "بدر بن مشعل بن سعود", ("بدر بن مشعل بن سعود",))
SULAIMAN = E("Person", "سليمان بن عبدالله الخضير", ("سليمان بن عبدالله الخضير",))
NASSER = E("Person", "محمد بن ناصر", ("محمد بن ناصر",))
FALIH = E("Person", "خالد الفالح", ("خالد الفالح",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
RED_CRESCENT = E("GovernmentBody", "هيئة الهلال الأحمر", ("هيئة الهلال الأحمر",))
ARAMCO = E("Organization", "أرامكو", ("أرامكو",))
MEDINA = E("Region", "منطقة المدينة المنورة", ("منطقة المدينة المنورة",))
QASSIM = E("Region", "منطقة القصيم", ("منطقة القصيم",))
ENTITIES = [FAISAL, MISHAL, SULAIMAN, NASSER, FALIH, HEALTH, RED_CRESCENT, ARAMCO, MEDINA,
            QASSIM]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- a light verb of «عن» across a long styled name ---------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("أعرب صاحب السمو الملكي الأمير الدكتور فيصل بن سلمان بن عبدالعزيز أمير منطقة المدينة "
     "المنورة عن شكره لوزير الصحة خالد الفالح على جهوده في خدمة الزوار.",
     ("praises", "فيصل بن سلمان بن عبدالعزيز", "خالد الفالح")),
    ("وعبّر الأمير بدر بن مشعل بن سعود أمير منطقة القصيم عن تقديره لجهود وزارة الصحة في "
     "المنطقة.",
     ("praises", "بدر بن مشعل بن سعود", "وزارة الصحة")),
    ("أعرب الشيخ الدكتور سليمان بن عبدالله الخضير رئيس المحكمة العامة بمنطقة القصيم عن "
     "شكره لشركة أرامكو على مبادرتها.",
     ("praises", "سليمان بن عبدالله الخضير", "أرامكو")),
])
def test_light_verb_across_styled_name(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


@pytest.mark.parametrize("text", [
    # an adjunct and a relative clause between the verb and «عن»: not only a name
    "أعرب الأمير بدر بن مشعل بن سعود أمير منطقة القصيم خلال زيارته للمدينة الصناعية التي "
    "أنشأتها الشركة عن شكره لشركة أرامكو.",
    # a long unnamed group and a clause: no name at all
    "أعرب المواطنون في منطقة القصيم بعد أن شاهدوا الحفل الذي نظمته البلدية في الساحة عن "
    "شكرهم لوزارة الصحة.",
])
def test_light_verb_not_across_other_words(text: str) -> None:
    assert not {f for f in run(text) if f[0] == "praises"}


# --- an honorific pronoun after a participle -----------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأكد الأمير محمد بن ناصر اكتمال الاستعدادات، مشيداً سموه بتعاون وزارة الصحة في المنطقة.",
     ("praises", "محمد بن ناصر", "وزارة الصحة")),
    ("وأكد وزير الصحة خالد الفالح اكتمال الاستعدادات، مثمناً معاليه جهود هيئة الهلال الأحمر.",
     ("praises", "خالد الفالح", "هيئة الهلال الأحمر")),
])
def test_style_pronoun_after_participle(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run(text)


def test_style_pronoun_without_bearer() -> None:
    # no one styled «سمو» and no named actor in the clause: no holder is guessed
    facts = run("وأكد رئيس البلدية أن الحفل ناجح، مشيداً سموه بجهود وزارة الصحة.")
    assert not {f for f in facts if f[0] == "praises"}


# --- imperfect and plural forms; a fronted subject with «بدورها / من جانبها» ---------------

BIRR = E("Organization", "جمعية البر", ("جمعية البر",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
SAUDI = E("Country", "السعودية", ("السعودية",), "Q851")
MORE = [BIRR, INTERIOR, SAUDI]


def run_more(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES + MORE))
    return stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("ووزارة الصحة تثمن جهود وزارة الداخلية في المنطقة.",
     ("praises", "وزارة الصحة", "وزارة الداخلية")),
    ("ووزارة الصحة من جهتها تثمن جهود وزارة الداخلية في المنطقة.",
     ("praises", "وزارة الصحة", "وزارة الداخلية")),
    ("وجمعية البر بدورها تشكر وزارة الصحة على تعاونها مع المرضى.",
     ("praises", "جمعية البر", "وزارة الصحة")),
])
def test_fronted_subject_and_forms(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in run_more(text)


def test_own_part_keeps_direction() -> None:
    # the ministry after the verb is thanked, never the one thanking
    facts = run_more("وجمعية البر بدورها تشكر وزارة الصحة على تعاونها مع المرضى.")
    assert ("praises", "وزارة الصحة", "جمعية البر") not in facts


@pytest.mark.parametrize("text", [
    # «ثمّن» also means to appraise land: no actor is praised
    "وتثمن لجنة التقدير العقاري الأراضي المنزوعة للمشروع.",
    "وأكد أن الوزارة تثمن العقارات المنزوعة لصالح مشروع القطار.",
])
def test_appraising_is_no_praise(text: str) -> None:
    assert not {f for f in run_more(text) if f[0] == "praises"}


# --- «أما X، فـverb ... . وأشادت بـ Y»: the topic continues --------------------------------

SARA = E("Person", "سارة العمري", ("سارة العمري",))
KHALID = E("Person", "خالد العمري", ("خالد العمري",))
FAHD = E("Person", "فهد المطوع", ("فهد المطوع",))
SPORTS = E("GovernmentBody", "وزارة الرياضة", ("وزارة الرياضة",))
TOPICS = [SARA, KHALID, FAHD, SPORTS]


def run_topics(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES + TOPICS))
    return stances(doc)


def test_topic_continues() -> None:
    facts = run_topics("أما الكاتبة والإعلامية سارة العمري، فرأت أن فوز اللاعبة إنجاز كبير "
                       "للمرأة. وأشادت بجهود وزارة الرياضة في دعمها.")
    assert ("praises", "سارة العمري", "وزارة الرياضة") in facts


@pytest.mark.parametrize("text", [
    # the verbs disagree in gender: someone else praised
    "أما الكاتبة سارة العمري، فرأت أن فوز اللاعبة إنجاز كبير للمرأة. وأشاد بجهود وزارة "
    "الرياضة في دعمها.",
    # another person named since the topic: the continuing verb may be theirs
    "أما الكاتب خالد العمري، فرأى أن الوزير فهد المطوع قدم الكثير. وأشاد بجهود وزارة "
    "الرياضة في دعمها.",
])
def test_topic_not_continued(text: str) -> None:
    assert not {f for f in run_topics(text) if f[0] == "praises" and f[1] != "فهد المطوع"}


# --- a win or an excellence praised in its owner's name ------------------------------------

def test_praised_win_names_its_owner() -> None:
    facts = run_topics("وثمنت الكاتبة سارة العمري، فوز الوزير فهد المطوع بالجائزة الدولية.")
    assert ("praises", "سارة العمري", "فهد المطوع") in facts


def test_criticized_win_is_no_praise() -> None:
    facts = run_topics("وانتقدت الكاتبة سارة العمري فوز فهد المطوع بالانتخابات.")
    assert not {f for f in facts if f[0] == "praises"}


# --- a participle cut off by a full stop shares the previous opening verb's subject --------

BANDAR = E("Person", "فيصل بن بندر", ("فيصل بن بندر",))
REEMA = E("Person", "ريما بنت بندر", ("ريما بنت بندر",))
AMANA = E("GovernmentBody", "أمانة منطقة الرياض", ("أمانة منطقة الرياض",))
OPENERS = [BANDAR, REEMA, AMANA]


def run_openers(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES + OPENERS))
    return stances(doc)


def test_participle_after_full_stop() -> None:
    facts = run_openers("وافتتح الأمير فيصل بن بندر المعرض الجديد. مشيداً بجهود أمانة منطقة "
                        "الرياض في التنظيم.")
    assert ("praises", "فيصل بن بندر", "أمانة منطقة الرياض") in facts


@pytest.mark.parametrize("text", [
    # a woman opened it, a masculine participle follows: not hers
    "وافتتحت الأميرة ريما بنت بندر المعرض الجديد. مشيداً بجهود أمانة منطقة الرياض في التنظيم.",
    # another person named since the subject
    "وافتتح الأمير فيصل بن بندر المعرض بحضور الوزير خالد الفالح. مشيداً بجهود أمانة منطقة "
    "الرياض في التنظيم.",
])
def test_participle_after_full_stop_not_shared(text: str) -> None:
    assert not {f for f in run_openers(text) if f[0] == "praises"}
