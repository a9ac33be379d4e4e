"""The one thanked named by title alone, resolved to the person the text introduced with
that title, session 46 (:mod:`kg.relations.stance_thanked_titles`).

«وشكر X معالي وزير الصحة على دعمه», «عن شكره لسمو أمير المنطقة على ...»: the minister or
the emir named in full earlier. Not when two persons were introduced with the title, when
the title names another region or office, or when no one was introduced with it; nor
without the deed thanked for («على ...»). Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

MINISTER = E("Person", "نواف الدوسري", ("نواف الدوسري",))
OTHER = E("Person", "بندر الغامدي", ("بندر الغامدي",))
EMIR = E("Person", "تركي بن فهد", ("تركي بن فهد",))
EMIR_TWO = E("Person", "منصور بن سلمان", ("منصور بن سلمان",))
THANKER = E("Person", "ماجد القحطاني", ("ماجد القحطاني",))
JAZAN = E("Location", "منطقة جازان", ("منطقة جازان",))
TABUK = E("Location", "منطقة تبوك", ("منطقة تبوك",))
ENTITIES = [MINISTER, OTHER, EMIR, EMIR_TWO, THANKER, JAZAN, TABUK]

WATER = "دشن وزير المياه نواف الدوسري المحطة الجديدة أمس. "
EMIR_JAZAN = "رعى الأمير تركي بن فهد أمير منطقة جازان، الملتقى السنوي. "


def praised(text: str) -> set[tuple[str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances_of(doc, "praises")


@pytest.mark.parametrize("text", [
    # the verb's object, past a style of address
    WATER + "وشكر المهندس ماجد القحطاني معالي وزير المياه على دعمه للمشروع.",
    # after the «ل» of a noun of thanks
    WATER + "وعبر المهندس ماجد القحطاني عن شكره لمعالي وزير المياه على متابعته.",
    WATER + "وقدم المهندس ماجد القحطاني الشكر لمعالي وزير المياه على توجيهاته.",
    # past a noun joined to the thanks
    WATER + "وقدم المهندس ماجد القحطاني الشكر والتقدير لمعالي وزير المياه على توجيهاته.",
    # another minister introduced with another office does not stand in the way
    WATER + "وحضر وزير النقل بندر الغامدي. "
    "وعبر المهندس ماجد القحطاني عن شكره لمعالي وزير المياه على متابعته.",
])
def test_minister_thanked(text: str) -> None:
    assert ("ماجد القحطاني", "نواف الدوسري") in praised(text)


@pytest.mark.parametrize("text", [
    EMIR_JAZAN + "وعبر المهندس ماجد القحطاني عن شكره لسمو أمير المنطقة على رعايته.",
    EMIR_JAZAN + "وشكر المهندس ماجد القحطاني سمو أمير منطقة جازان على دعمه.",
    # a region's title after «ل» with no style
    EMIR_JAZAN + "وعبر المهندس ماجد القحطاني عن شكره لأمير المنطقة على رعايته.",
])
def test_emir_thanked(text: str) -> None:
    assert ("ماجد القحطاني", "تركي بن فهد") in praised(text)


@pytest.mark.parametrize("text", [
    # two persons introduced with the same title: the one thanked is not known
    WATER + "وحضر وزير المياه بندر الغامدي. "
    "وعبر المهندس ماجد القحطاني عن شكره لمعالي وزير المياه على متابعته.",
    EMIR_JAZAN + "وحضر الأمير منصور بن سلمان أمير منطقة تبوك. "
    "وعبر المهندس ماجد القحطاني عن شكره لسمو أمير المنطقة على رعايته.",
    EMIR_JAZAN + "وحضر الأمير منصور بن سلمان أمير منطقة تبوك. "
    "وعبر المهندس ماجد القحطاني عن شكره لأمير المنطقة على رعايته.",
    # another office, another region
    WATER + "وعبر المهندس ماجد القحطاني عن شكره لمعالي وزير التعليم على متابعته.",
    WATER + "وقدم المهندس ماجد القحطاني الشكر والتقدير لمعالي وزير النقل على توجيهاته.",
    EMIR_JAZAN + "وشكر المهندس ماجد القحطاني سمو أمير منطقة تبوك على دعمه.",
    # a title the text never introduced
    "وعبر المهندس ماجد القحطاني عن شكره لمعالي وزير المياه على متابعته.",
    # no deed thanked for
    WATER + "وعبر المهندس ماجد القحطاني عن شكره لمعالي وزير المياه.",
])
def test_no_one_thanked(text: str) -> None:
    found = praised(text)
    assert not {o for s, o in found if s == "ماجد القحطاني"} & {
        "نواف الدوسري", "بندر الغامدي", "تركي بن فهد", "منصور بن سلمان"}
