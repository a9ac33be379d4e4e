"""A body named again by the bare noun of its kind as the one thanked or urged, session 45:
«وشكر X الجمعية على ...» after «جمعية ...» is thanks to that society; after two societies, or
none, or with an adjective or a name after the noun, it names no one. Sentences written for
the tests."""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
TRANSPORT = E("GovernmentBody", "وزارة النقل", ("وزارة النقل",))
CHARITY = E("Organization", "جمعية الوفاء الخيرية", ("جمعية الوفاء الخيرية",))
GOVERNOR = E("Person", "فيصل المطيري", ("فيصل المطيري",))
DIRECTOR = E("Person", "ناصر الحربي", ("ناصر الحربي",))
ENTITIES = [HEALTH, TRANSPORT, CHARITY, GOVERNOR, DIRECTOR]


def facts(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, ENTITIES)))


@pytest.mark.parametrize(("text", "fact"), [
    ("افتتحت جمعية الوفاء الخيرية مقرها الجديد في حائل. وشكر فيصل المطيري الجمعية على "
     "رعايتها للأسر المحتاجة.", ("praises", "فيصل المطيري", "جمعية الوفاء الخيرية")),
    ("أطلقت وزارة الصحة حملة للكشف المبكر. وأثنى ناصر الحربي على الوزارة لسرعة استجابتها.",
     ("praises", "ناصر الحربي", "وزارة الصحة")),
    ("أطلقت وزارة الصحة حملة للكشف المبكر. وقدم ناصر الحربي شكره للوزارة على تنظيم الحملة.",
     ("praises", "ناصر الحربي", "وزارة الصحة")),
])
def test_kind_noun_object(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(text)


@pytest.mark.parametrize("text", [
    # two ministries named before: «الوزارة» names no one
    "أطلقت وزارة الصحة ووزارة النقل حملة مشتركة. وشكر ناصر الحربي الوزارة على تنظيم الحملة.",
    # no society named before
    "وشكر فيصل المطيري الجمعية على رعايتها للأسر المحتاجة.",
    # a name right after the noun: another society
    "افتتحت جمعية الوفاء الخيرية مقرها. وشكر فيصل المطيري الجمعية «سند» على رعايتها للأسر.",
    # an adjective after the noun: another body
    "أطلقت وزارة الصحة حملة للكشف. وأثنى ناصر الحربي على الوزارة الكويتية لتعاونها.",
])
def test_kind_noun_names_no_one(text: str) -> None:
    assert not {f for f in facts(text) if f[0] == "praises" and f[2] in
                {"وزارة الصحة", "وزارة النقل", "جمعية الوفاء الخيرية"}}


def test_stance_noun_genitive_is_its_holder() -> None:
    """«دعوة الوزارة»: the ministry's own appeal, not the one urged."""
    found = facts("أطلقت وزارة الصحة حملة للكشف. وأيد ناصر الحربي دعوة الوزارة إلى الفحص.")
    assert ("urges", "ناصر الحربي", "وزارة الصحة") not in found
