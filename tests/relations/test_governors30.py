"""A governor of a body heads it, session 30.

«محافظ البنك المركزي المصري X», «محافظ مؤسسة النقد العربي السعودي X»: a governor («محافظ»)
of a bank or an agency leads it, as a director of a hospital does
(``kg.relations.directors``); a governor of a town or a province is the place's, and
leads no body.

Sentences written for the tests."""

from __future__ import annotations

from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

RAMEZ = E("Person", "هشام رامز", ("هشام رامز",))
BANK = E("GovernmentBody", "البنك المركزي المصري", ("البنك المركزي المصري",))
MISHAAL = E("Person", "مشعل بن ماجد", ("مشعل بن ماجد",))
JEDDAH = E("City", "جدة", ("جدة",), "Q374365")
ALL = [RAMEZ, BANK, MISHAAL, JEDDAH]


def leads(text: str) -> set[tuple[str, str]]:
    return pairs(extract_relations(build_doc(text, ALL)), "leads")


def test_governor_of_a_bank_leads_it() -> None:
    text = "وأعلن محافظ البنك المركزي المصري هشام رامز استقالته."
    assert leads(text) == {("هشام رامز", "البنك المركزي المصري")}


def test_governor_of_a_town_leads_no_body() -> None:
    assert not leads("وقال محافظ جدة الأمير مشعل بن ماجد إن المشروع سينتهي قريبا.")


def test_deputy_governor_leads_nothing() -> None:
    assert not leads("وقال نائب محافظ البنك المركزي المصري هشام رامز إن الجنيه مستقر.")
