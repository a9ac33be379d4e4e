"""Names run one word too far, session 37 round 2 (helper q1, q1audit37).

Rule tested:
- «وناشد خالد مستخدمي شبكات التواصل ...» tagged «خالد مستخدمي»: the words after a tagged
  subject whose last word is a plural noun of people in construct are that noun's
  complement, not the one urged: the object is read again from that noun («مستخدمي شبكات
  التواصل») (kg.relations.stance_swallowed_heads); an addressee that opens with such a
  noun after a well-tagged name is read as ever.

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

KHALED = E("Person", "خالد مستخدمي", ("خالد مستخدمي",))
"""A name the tagger ran one word long: «خالد» then «مستخدمي» of the addressee."""
NASSER = E("Person", "ناصر أهالي", ("ناصر أهالي",))
SALEH = E("Person", "صالح الدوسري", ("صالح الدوسري",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
ENTITIES = [KHALED, NASSER, SALEH, HEALTH]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "holder", "target"), [
    ("ودعا خالد مستخدمي شبكات التواصل إلى التثبت من الأخبار.", "خالد مستخدمي",
     "مستخدمي شبكات التواصل"),
    ("وطالب ناصر أهالي المرضى بالصبر.", "ناصر أهالي", "أهالي المرضى"),
])
def test_the_complement_of_a_swallowed_noun_is_read_with_it(text: str, holder: str,
                                                             target: str) -> None:
    found = stances_of(run(text), "urges")
    assert (holder, target) in found
    assert all(not obj.startswith(("شبكات", "المرضى")) for _, obj in found)


@pytest.mark.parametrize(("text", "kind", "target"), [
    ("ودعا صالح الدوسري مستخدمي شبكات التواصل إلى التثبت من الأخبار.", "urges",
     "مستخدمي شبكات التواصل"),
    ("وحث صالح الدوسري أهالي الحي على التبرع بالدم.", "urges", "أهالي الحي"),
    ("وحث صالح الدوسري وزارة الصحة على توفير الأدوية.", "urges", "وزارة الصحة"),
])
def test_an_addressee_after_a_well_tagged_name_is_kept(text: str, kind: str, target: str) -> None:
    assert ("صالح الدوسري", target) in stances_of(run(text), kind)
