"""A player and his club (session 19): a former player is no member («X لاعب النصر
السابق»). Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

NASR = E("Organization", "النصر", ("النصر",))
PLAYER = E("Person", "سالم الحربي", ("سالم الحربي",))


def members(text: str) -> set[tuple[str, str]]:
    doc: Document = extract_relations(build_doc(text, [NASR, PLAYER]))
    names = {e.id: e.name for e in doc.entities}
    return {(names[r.subject_id], names[r.object_id]) for r in doc.relations
            if r.kind == "memberOf"}


def test_a_player_of_the_club_is_a_member() -> None:
    assert ("سالم الحربي", "النصر") in members("وسجل سالم الحربي لاعب النصر هدفين في المباراة.")


@pytest.mark.parametrize("text", [
    "واندلعت المشاجرة بسبب سالم الحربي لاعب النصر السابق في الملعب.",
    "وانتقل سالم الحربي مهاجم النصر سابقا إلى فريق آخر.",
])
def test_a_former_player_is_no_member(text: str) -> None:
    assert ("سالم الحربي", "النصر") not in members(text)
