"""Praise and welcome, session 34 (praise34).

- A name after «لـ»/«بـ» + a head word («لإدارة نادي X», «بحكومة X») is whom a verbal noun
  is toward, never its genitive holder (:mod:`kg.relations.stance_genitive_agents`).
- A role noun coordinated with a second role reaches the name past a long title with a body
  in it: «الكاتبة ومديرة تحرير مجلة X Y» (:mod:`kg.relations.stance_coordinated_roles`).
- The object of «أشاد», «رحب», «ندد» past the comma that closes the subject's complements
  (its parent body after «ل», its acronym in marks, an adjective)
  (:mod:`kg.relations.stance_subject_complements`).
- «ونوه سموه» after «لصاحب السمو ...»: the glued «ل» makes that prince a recipient, not the
  bearer of the pronoun (:mod:`kg.relations.style_oblique`).
- «في خطاب بعث به لـ Y», «في برقية بعثها إلى Y»: Y is whom the letter was sent to; the
  praised one is the doer of the deed after it, or Y only through his own deed («بجهوده»)
  (:mod:`kg.relations.stance_praise_objects`).
- «خلال جلسته برئاسة X بجهود Y», «بحضور X بجهود Y»: X chairs or attends, Y is praised;
  «أشاد بقيادة X» alone still praises X (:mod:`kg.relations.stance_led_by`).

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

NAWAL = E("Person", "نوال الشهري", ("نوال الشهري",))
FAHD = E("Person", "فهد الدوسري", ("فهد الدوسري",))
MAJED = E("Person", "ماجد العنزي", ("ماجد العنزي",))
TURKI = E("Person", "تركي بن خالد", ("تركي بن خالد",))
SULTAN = E("Person", "سلطان بن فهد", ("سلطان بن فهد",))
CLUB = E("Organization", "نادي الشباب", ("نادي الشباب",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
UNICEF = E("InternationalOrganization", "منظمة رعاية الطفولة", ("منظمة رعاية الطفولة",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
ACRONYM = E("Miscellaneous", "اليونيسف", ("اليونيسف",))
ENTITIES = [NAWAL, FAHD, MAJED, TURKI, SULTAN, CLUB, HEALTH, UNICEF, UN, ACRONYM]


def facts(text: str, kinds: frozenset[str] = frozenset({"praises", "welcomes"})
          ) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return {(kind, s, o) for kind, s, o in stances(doc) if kind in kinds}


# --- a head word with «ل»/«ب» glued is no genitive holder ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وأعرب فهد الدوسري عن شكره وتقديره لإدارة نادي الشباب على دعمها للفريق.",
     {("praises", "فهد الدوسري", "نادي الشباب")}),
    ("وعبر فهد الدوسري عن ترحيبه بإدارة نادي الشباب الجديدة.",
     {("welcomes", "فهد الدوسري", "نادي الشباب")}),
])
def test_lam_head_is_no_holder(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert facts(text) == expected


def test_bare_head_is_still_the_holder() -> None:
    # «ترحيب إدارة نادي X»: with no preposition the body is the genitive holder
    assert facts("وجدد فهد الدوسري ترحيب إدارة نادي الشباب بالقرار.") == \
        {("welcomes", "نادي الشباب", "القرار")}


# --- two coordinated roles before the name ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأشادت الكاتبة ومديرة تحرير مجلة وزارة الصحة نوال الشهري بجهود نادي الشباب.",
    "وثمنت الكاتبة ومديرة تحرير مجلة وزارة الصحة نوال الشهري، جهود نادي الشباب.",
])
def test_coordinated_roles_reach_the_name(text: str) -> None:
    assert facts(text) == {("praises", "نوال الشهري", "نادي الشباب")}


def test_role_with_a_body_but_no_second_role_stays_short() -> None:
    # one role noun, then a body and more words: no name in reach, no holder guessed
    assert facts("وأشادت الكاتبة في صحيفة محلية بالمدينة الساحلية نوال الشهري بجهود "
                 "نادي الشباب.") == set()


# --- past the comma that closes the subject's complements ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ونوهت منظمة رعاية الطفولة للأمم المتحدة «اليونيسف» الدولية، بجهود وزارة الصحة في "
     "حملة التطعيم.", {("praises", "منظمة رعاية الطفولة", "وزارة الصحة")}),
    ("ورحبت منظمة رعاية الطفولة (اليونيسف)، بقرار وزارة الصحة.",
     {("welcomes", "منظمة رعاية الطفولة", "وزارة الصحة")}),
])
def test_object_past_subject_complements(text: str,
                                         expected: set[tuple[str, str, str]]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # «، بحضور»: an adjunct of the clause after the comma, not what is welcomed
    "ورحبت منظمة رعاية الطفولة الدولية، بحضور وزارة الصحة، بالمبادرة.",
    # (session 36: «في تقرير صدر اليوم، بجهود ...», a statement closed by its comma, is read
    # in tests/relations/test_praise36.py: the object after it is the praised one)
])
def test_no_object_past_other_commas(text: str) -> None:
    assert ("praises", "منظمة رعاية الطفولة", "وزارة الصحة") not in facts(text)
    assert ("welcomes", "منظمة رعاية الطفولة", "وزارة الصحة") not in facts(text)


# --- «سموه» after a prince who was thanked -------------------------------------------------

def test_style_pronoun_skips_the_thanked_prince() -> None:
    text = ("أعرب صاحب السمو الملكي الأمير تركي بن خالد أمير المنطقة عن شكره لصاحب السمو "
            "الملكي الأمير سلطان بن فهد على جهوده في دعم الشباب. ونوه سموه بجهود وزارة الصحة "
            "في المنطقة.")
    assert ("praises", "تركي بن خالد", "وزارة الصحة") in facts(text)
    assert ("praises", "سلطان بن فهد", "وزارة الصحة") not in facts(text)


# --- a letter's addressee --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ونوه ماجد العنزي في خطاب بعث به لرئيس نادي الشباب فهد الدوسري بجهود وزارة الصحة "
     "في المنطقة.", {("praises", "ماجد العنزي", "وزارة الصحة")}),
    ("وأشاد ماجد العنزي في برقية بعثها إلى فهد الدوسري بجهوده في خدمة النادي.",
     {("praises", "ماجد العنزي", "فهد الدوسري")}),
    ("وأشاد ماجد العنزي في برقية بعثها إلى فهد الدوسري بالقرار.", set()),
])
def test_letter_addressee(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert facts(text) == expected


# --- who chairs or attends is not what is praised ----------------------------------------------

CABINET = E("GovernmentBody", "مجلس الوزراء", ("مجلس الوزراء",))


def cabinet_facts(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, [*ENTITIES, CABINET]))
    return {(kind, s, o) for kind, s, o in stances(doc) if kind in {"praises", "welcomes"}}


@pytest.mark.parametrize(("text", "expected"), [
    ("وأشاد مجلس الوزراء خلال جلسته برئاسة تركي بن خالد بجهود وزارة الصحة.",
     {("praises", "مجلس الوزراء", "وزارة الصحة")}),
    ("ورحب مجلس الوزراء خلال جلسته برئاسة تركي بن خالد بالمبادرة.",
     {("welcomes", "مجلس الوزراء", "المبادرة")}),
    ("وأشاد ماجد العنزي خلال اجتماع اللجنة بحضور تركي بن خالد بجهود وزارة الصحة.",
     {("praises", "ماجد العنزي", "وزارة الصحة")}),
])
def test_chair_and_attendance_are_adjuncts(text: str,
                                           expected: set[tuple[str, str, str]]) -> None:
    assert cabinet_facts(text) == expected


@pytest.mark.parametrize("text", [
    "وأشاد ماجد العنزي بقيادة تركي بن خالد.",
    "وأشاد ماجد العنزي بقيادة تركي بن خالد الحكيمة بالبلاد.",
    "ورحب ماجد العنزي بحضور تركي بن خالد.",
])
def test_leadership_itself_is_still_praised(text: str) -> None:
    assert {o for _, _, o in cabinet_facts(text)} == {"تركي بن خالد"}
