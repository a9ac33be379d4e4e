"""A list in brackets before a membership word, session 47 (helper pa47); sentences written
for the tests.

«اللجنة الثلاثية (مالي والنيجر وتشاد) تضم الدول الأعضاء في الاتحاد الإفريقي»: the
bracketed list names the committee's members; the membership word after the bracket is said
of other states, so no country of the list is ``memberOf`` the organisation
(``kg.relations.geography._chain_before``). A list with no bracket keeps its members, and so
does one followed by the membership word in brackets («مالي والنيجر (الأعضاء في ...)»).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

MALI = E("Country", "مالي", ("مالي",), "Q912")
NIGER = E("Country", "النيجر", ("النيجر",))
CHAD = E("Country", "تشاد", ("تشاد",))
UNION = E("InternationalOrganization", "الاتحاد الإفريقي", ("الاتحاد الإفريقي",))
ALL = [MALI, NIGER, CHAD, UNION]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def test_a_bracketed_list_is_not_the_members() -> None:
    text = ("واقترح الوزير توسيع اللجنة الثلاثية (مالي والنيجر وتشاد) لتضم الدول الأعضاء في "
            "الاتحاد الإفريقي كلها.")
    assert pairs(run(text), "memberOf") == set()


def test_the_membership_word_in_brackets_keeps_the_members() -> None:
    text = "وحضر ممثلو مالي والنيجر وتشاد (الأعضاء في الاتحاد الإفريقي) الاجتماع."
    assert {("مالي", "الاتحاد الإفريقي"), ("النيجر", "الاتحاد الإفريقي")} <= \
        pairs(run(text), "memberOf")


def test_a_plain_list_keeps_its_members() -> None:
    text = "ووقعت مالي والنيجر وتشاد الدول الأعضاء في الاتحاد الإفريقي اتفاقا أمس."
    assert pairs(run(text), "memberOf") == {("مالي", "الاتحاد الإفريقي"),
                                            ("النيجر", "الاتحاد الإفريقي"),
                                            ("تشاد", "الاتحاد الإفريقي")}
