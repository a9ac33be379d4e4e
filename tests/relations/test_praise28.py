"""Praise objects, session 28 (praise28): :mod:`kg.relations.stance_praise_objects`.

- Names joined by a bare «و» right after a praised name are praised too («بجهود مصر
  والأردن», «شكر X وزارة الصحة ووزارة الداخلية على ...»), or by «وب» after a name that took
  «ب» («بمصر وبالأردن»); not past a comma, a second deed noun or a place.
- Past a speech and its occasion («في كلمته خلال حفل التخريج»), the object of «أشاد» is the
  first «ب» + deed whose doer is named; a name glued to «ب» in the occasion (where it was
  held) is never the object, and with no such deed there is no fact. So too past «في كلمة
  ألقاها نيابة عن Y» and «لدى استقباله Y»: Y is never the praised one.
- «والتقى X طياري التحالف، وأثنى على احترافيتهم»: the plural possessive of a deed points
  back to the body whose people were met; not when another agent is named before the praise.
- A name glued to «ل» right after the holder's name («منظمة الأغذية والزراعة للأمم
  المتحدة»), or after «ل» + a medium noun («لصحيفة الأهرام»), is the holder's parent body
  or whom it spoke to, never what a verb of praise takes.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HAMDAN = E("Person", "حمدان بن راشد الفلاحي", ("حمدان بن راشد الفلاحي",))
SAMIR = E("Person", "سمير العتيبي", ("سمير العتيبي",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
CIVIL = E("GovernmentBody", "المديرية العامة للدفاع المدني", ("المديرية العامة للدفاع المدني",))
EGYPT = E("Country", "مصر", ("مصر",))
JORDAN = E("Country", "الأردن", ("الأردن",))
IRAQ = E("Country", "العراق", ("العراق",))
UNIVERSITY = E("Organization", "جامعة الملك سعود", ("جامعة الملك سعود",))
COALITION = E("InternationalOrganization", "التحالف", ("التحالف",))
SHURA = E("GovernmentBody", "مجلس الشورى", ("مجلس الشورى",))
FOOD_AGENCY = E("InternationalOrganization", "منظمة الزراعة العالمية", ("منظمة الزراعة العالمية",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
AHRAM = E("Organization", "الأهرام", ("الأهرام",))
ENTITIES = [AHRAM, HAMDAN, SAMIR, HEALTH, INTERIOR, CIVIL, EGYPT, JORDAN, IRAQ, UNIVERSITY,
            COALITION, SHURA, FOOD_AGENCY, UN]


def praised(text: str) -> set[tuple[str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return {(s, o) for kind, s, o in stances(doc) if kind == "praises"}


# --- names joined after the praised one -----------------------------------------------------

@pytest.mark.parametrize(("text", "objects"), [
    ("وأشاد الشيخ حمدان بن راشد الفلاحي بجهود مصر والأردن في مكافحة الإرهاب.",
     {"مصر", "الأردن"}),
    ("وشكر الشيخ حمدان بن راشد الفلاحي وزارة الصحة ووزارة الداخلية على جهودهما في خدمة "
     "الزوار.", {"وزارة الصحة", "وزارة الداخلية"}),
    ("وثمن الشيخ حمدان بن راشد الفلاحي الدور الذي تقوم به وزارة الصحة ووزارة الداخلية.",
     {"وزارة الصحة", "وزارة الداخلية"}),
    ("وأشاد الشيخ حمدان بن راشد الفلاحي بمصر وبالأردن لدورهما في استضافة اللاجئين.",
     {"مصر", "الأردن"}),
])
def test_joined_names_are_praised(text: str, objects: set[str]) -> None:
    assert {o for s, o in praised(text) if s == "حمدان بن راشد الفلاحي"} == objects


@pytest.mark.parametrize("text", [
    "وأشاد الشيخ حمدان بن راشد الفلاحي بجهود مصر، والأردن تواصل دعمها للاجئين.",
    "وأشاد الشيخ حمدان بن راشد الفلاحي بجهود مصر وجهود الأردن في مكافحة الإرهاب.",
    "وأشاد الشيخ حمدان بن راشد الفلاحي بجهود مصر في الأردن والعراق.",
    # «وب» after a deed's doer: another phrase («وبالتعاون مع الأردن»), not a second doer
    "وأشاد الشيخ حمدان بن راشد الفلاحي بجهود مصر وبالأردن.",
])
def test_no_conjunct_past_a_mark_a_noun_or_a_place(text: str) -> None:
    assert ("حمدان بن راشد الفلاحي", "مصر") in praised(text)
    assert ("حمدان بن راشد الفلاحي", "الأردن") not in praised(text)
    assert ("حمدان بن راشد الفلاحي", "العراق") not in praised(text)


# --- past a speech and its occasion ---------------------------------------------------------

@pytest.mark.parametrize(("text", "praised_one"), [
    ("وأشاد الشيخ حمدان بن راشد الفلاحي في كلمته خلال حفل تخريج الدفعة الجديدة بالدور الذي "
     "تقوم به المديرية العامة للدفاع المدني في حماية الأرواح.", "المديرية العامة للدفاع المدني"),
    ("وأشاد الشيخ حمدان بن راشد الفلاحي في كلمة له أثناء افتتاح المؤتمر بما تقدمه وزارة "
     "الصحة من خدمات.", "وزارة الصحة"),
    ("ونوه الشيخ حمدان بن راشد الفلاحي في كلمته خلال حفل أقيم بجامعة الملك سعود بجهود وزارة "
     "الصحة.", "وزارة الصحة"),
    ("وأشاد الشيخ حمدان بن راشد الفلاحي في تصريح صحفي عقب الاجتماع بجهود وزارة الداخلية.",
     "وزارة الداخلية"),
    ("وأشاد الشيخ حمدان بن راشد الفلاحي في كلمته الافتتاحية خلال المؤتمر بدور مصر.", "مصر"),
])
def test_object_past_speech_and_occasion(text: str, praised_one: str) -> None:
    assert praised(text) == {("حمدان بن راشد الفلاحي", praised_one)}


@pytest.mark.parametrize("text", [
    # the place of the ceremony, and no deed after it
    "وأشاد الشيخ حمدان بن راشد الفلاحي في كلمته خلال حفل أقيم بجامعة الملك سعود بالخريجين.",
    # a relative clause in the occasion: where it ends is not known
    "وأشاد الشيخ حمدان بن راشد الفلاحي في كلمته خلال الحفل الذي نظمته وزارة الصحة بالمتطوعين.",
    # a comma inside the occasion
    "وأشاد الشيخ حمدان بن راشد الفلاحي في كلمته خلال زيارة مصر، بجهود وزارة الصحة.",
])
def test_no_object_from_the_occasion(text: str) -> None:
    assert praised(text) == set()


@pytest.mark.parametrize("text", [
    "وأشاد الشيخ حمدان بن راشد الفلاحي في كلمة ألقاها نيابة عن سمير العتيبي بجهود وزارة الصحة.",
    "وأشاد الشيخ حمدان بن راشد الفلاحي لدى استقباله وفد وزارة الداخلية بجهود وزارة الصحة.",
    "وأشاد الشيخ حمدان بن راشد الفلاحي عند لقائه وفد وزارة الداخلية بما تقدمه وزارة الصحة.",
])
def test_object_past_behalf_or_reception(text: str) -> None:
    assert praised(text) == {("حمدان بن راشد الفلاحي", "وزارة الصحة")}


@pytest.mark.parametrize("text", [
    # whom the speech was given for, and no deed after it
    "وأشاد الشيخ حمدان بن راشد الفلاحي في كلمة ألقاها نيابة عن سمير العتيبي بالمتطوعين.",
    # the delegation received, and no named deed after it
    "وأشاد الشيخ حمدان بن راشد الفلاحي لدى استقباله وفد وزارة الداخلية بالوفد.",
])
def test_no_object_from_behalf_or_reception(text: str) -> None:
    assert not {o for _, o in praised(text)} & {"سمير العتيبي", "وزارة الداخلية"}


# --- «هم» of the people met before ----------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("والتقى الشيخ حمدان بن راشد الفلاحي طياري التحالف، وأثنى على احترافيتهم في تنفيذ المهام.",
     "التحالف"),
    ("واجتمع الشيخ حمدان بن راشد الفلاحي بأعضاء مجلس الشورى، وأشاد بجهودهم.", "مجلس الشورى"),
])
def test_plural_deed_points_to_the_group_met(text: str, body: str) -> None:
    assert praised(text) == {("حمدان بن راشد الفلاحي", body)}


@pytest.mark.parametrize("text", [
    # another agent named before the praise: whose «هم» is not known
    "والتقى الشيخ حمدان بن راشد الفلاحي سمير العتيبي وطياري التحالف، وأثنى على احترافيتهم.",
    # the body itself, not its people: «هم» does not point to it
    "وزار الشيخ حمدان بن راشد الفلاحي وزارة الصحة، وأثنى على جهودهم.",
    # «هم» on a noun that names no deed
    "والتقى الشيخ حمدان بن راشد الفلاحي طياري التحالف، وأثنى على أبنائهم.",
])
def test_no_plural_owner_without_one_group(text: str) -> None:
    assert not {o for _, o in praised(text)} & {"التحالف", "وزارة الصحة", "سمير العتيبي"}


# --- a parent body after the holder's name --------------------------------------------------

def test_parent_body_after_holder_is_no_object() -> None:
    assert praised("ونوهت منظمة الزراعة العالمية للأمم المتحدة بجهود المملكة في العمل "
                   "الخيري.") == set()


def test_paper_spoken_to_is_no_object() -> None:
    assert ("حمدان بن راشد الفلاحي", "الأهرام") not in \
        praised("وأشاد الشيخ حمدان بن راشد الفلاحي لصحيفة الأهرام بجهود وزارة الصحة.")


def test_paper_after_the_object_is_kept() -> None:
    assert ("حمدان بن راشد الفلاحي", "الأهرام") in \
        praised("وأشاد الشيخ حمدان بن راشد الفلاحي بالأهرام لدورها في نشر الحقيقة.")


def test_lam_object_of_a_noun_of_thanks_is_kept() -> None:
    assert praised("وعبر الشيخ حمدان بن راشد الفلاحي عن شكره لوزارة الصحة على جهودها.") == \
        {("حمدان بن راشد الفلاحي", "وزارة الصحة")}
