"""Coordination, session 28 (:mod:`kg.relations.stance_cooperation`).

- the charge of an accusation is not coordination: «اتهمت X Y بالتعاون مع Z», «بتهمة
  التنسيق مع Z» give no ``coordinatesWith``; cooperation asserted in a clause of its own
  still does.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
EDUCATION = E("GovernmentBody", "وزارة التعليم", ("وزارة التعليم",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
KSU = E("Organization", "جامعة الملك سعود", ("جامعة الملك سعود",))
RED_CRESCENT = E("Organization", "الهلال الأحمر", ("الهلال الأحمر",))
SYRIA_GOV = E("GovernmentBody", "الحكومة السورية", ("الحكومة السورية",))
TURKEY = E("Country", "تركيا", ("تركيا",), "Q43")
NUSRA = E("Organization", "جبهة النصرة", ("جبهة النصرة",))
POLICE = E("GovernmentBody", "الشرطة التركية", ("الشرطة التركية",))
PKK = E("Organization", "حزب العمال الكردستاني", ("حزب العمال الكردستاني",))
OMAR = E("Person", "عمر الخطيب", ("عمر الخطيب",))
ENTITIES = [HEALTH, EDUCATION, INTERIOR, KSU, RED_CRESCENT, SYRIA_GOV, TURKEY, NUSRA, POLICE,
            PKK, OMAR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def coordination(doc: Document) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in stances(doc) if k == "coordinatesWith"}


@pytest.mark.parametrize("text", [
    "وتتهم الحكومة السورية تركيا بالتنسيق مع جبهة النصرة.",
    "واتهمت الحكومة السورية تركيا بالتعاون مع جبهة النصرة في إدلب.",
    "واعتقلت الشرطة التركية عمر الخطيب بتهمة التعاون مع حزب العمال الكردستاني.",
    "ونفت تركيا الاتهامات بالتنسيق مع جبهة النصرة.",
])
def test_a_charge_of_cooperation_is_no_coordination(text: str) -> None:
    assert coordination(run(text)) == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("ونسقت وزارة الداخلية مع وزارة الصحة لنقل المصابين.", ("وزارة الداخلية", "وزارة الصحة")),
    ("وتتعاون تركيا مع الحكومة السورية في ملف المياه.", ("تركيا", "الحكومة السورية")),
    ("وقال الوزير إن المتهمين نقلوا إلى السجن. ونظمت وزارة الصحة بالتعاون مع وزارة التعليم "
     "حملة للتوعية.", ("وزارة الصحة", "وزارة التعليم")),
])
def test_cooperation_outside_a_charge_is_kept(text: str, pair: tuple[str, str]) -> None:
    assert pair in coordination(run(text))
