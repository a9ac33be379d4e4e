"""Groups of people as a stance's object, added in session 27 (stobjp27).

Rules (sentences written for the tests):

- ``kg/relations/stance_group_objects.py`` :func:`_possessed_side`: the subject's own kin or
  allies that it stands with, named by their owner's pronoun after «مع» or «إلى جانب»
  («تضامن مصر مع أشقائها العرب», «وقوف مصر إلى جانب حلفائها») are supported; its own
  citizens or troops («مع مواطنيها») are not another side.
- ``kg/relations/stance_phrase_objects.py`` :func:`addressee_only`: an appeal's addressee
  read as a descriptive phrase ends with the group's head and adjectives («ناشدت X
  المنظمات الدولية التدخل»: «التدخل» is the demand).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from kg.relations.stance_group_objects import participle_plural
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
HASSAN = E("Person", "حسن العلي", ("حسن العلي",))
ENTITIES = [EGYPT, JORDAN, HASSAN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "fact"), [
    ("وأكد حسن العلي تضامن مصر مع أشقائها العرب في مواجهة التدخلات.",
     ("supports", "مصر", "أشقائها العرب")),
    ("وتضامن الأردن مع حلفائه في مواجهة الإرهاب.", ("supports", "الأردن", "حلفائه")),
    ("وأكد حسن العلي وقوف مصر إلى جانب أشقائها في الأزمة.", ("supports", "مصر", "أشقائها")),
])
def test_kin_stood_with(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize(("text", "kind", "subject"), [
    # its own citizens are no other side
    ("وتضامنت مصر مع مواطنيها المتضررين من السيول.", "supports", "مصر"),
    # a conjunction ends the phrase: only the kin, never «وأصدقائها»
    ("وتضامن الأردن مع حلفائه وأصدقائه في المنطقة.", "supports", "الأردن"),
])
def test_no_other_side(text: str, kind: str, subject: str) -> None:
    objects = {o for k, s, o in stances(run(text)) if k == kind and s == subject}
    assert not any(o.startswith(("مواطني", "وأصدقائ", "حلفائه وأصدقائه")) for o in objects)


# kg/relations/stance_phrase_objects.py addressee_only: an appeal's addressee is the group
# with its adjectives, never the demand that follows as the verb's second object.
def test_addressee_without_demand() -> None:
    facts = stances(run("وناشدت مصر المنظمات الدولية التدخل لإنقاذ المدنيين."))
    assert ("urges", "مصر", "المنظمات الدولية") in facts
    assert not any(o.endswith("التدخل") for _, _, o in facts)


def test_addressee_phrase_kept_whole() -> None:
    # a group with its adjectives is cut before the demand, keeping the adjectives
    facts = stances(run("وناشدت مصر الدول العربية الكبرى التدخل لإنقاذ المدنيين."))
    assert ("urges", "مصر", "الدول العربية الكبرى") in facts


@pytest.mark.parametrize(("text", "fact"), [
    ("وهددت مصر المهربين بعقوبات صارمة.", ("threatens", "مصر", "المهربين")),
    ("وتوعد حسن العلي المسلحين المتطرفين بملاحقتهم.",
     ("threatens", "حسن العلي", "المسلحين المتطرفين")),
])
def test_participle_plural_group(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


@pytest.mark.parametrize(("stem", "people"), [
    ("مهربين", True), ("معارضين", True), ("مستوطنين", True),
    ("ميادين", False), ("ملايين", False), ("مصرين", False), ("معين", False),
])
def test_participle_plural(stem: str, people: bool) -> None:
    assert participle_plural(stem) is people


def test_participle_plural_not_a_subjectless_object() -> None:
    # with no subject of its own, the verb's plural is read as before (its subject)
    facts = stances(run("وانتقد المهربين الحكومة بسبب القيود."))
    assert not any(o == "المهربين" for _, _, o in facts)


# kg/relations/stance_group_objects.py HUMAN_GROUPS: hostages, prisoners, soldiers,
# officers, pilgrims, fishermen, experts are groups of people an object may name.
@pytest.mark.parametrize(("text", "fact"), [
    ("وهدد حسن العلي الرهائن بالقتل.", ("threatens", "حسن العلي", "الرهائن")),
    ("وأشاد حسن العلي بالضباط والجنود.", ("praises", "حسن العلي", "الضباط")),
])
def test_more_human_groups(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in stances(run(text))


def test_human_group_before_its_own_object_is_the_subject() -> None:
    # «وانتقد الخبراء الحكومة»: the experts criticize, no one criticizes them
    facts = stances(run("وقال حسن العلي إن الوضع صعب، وانتقد الخبراء الحكومة."))
    assert not any(o == "الخبراء" for _, _, o in facts)
