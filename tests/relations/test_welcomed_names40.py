"""Named guests listed after a colon, session 40 (``welcomes``).

«رحب المدرب باللاعبين الجدد: X و Y» welcomes X and Y, as the list with no colon already
does; the list is read whole or not at all (a word that names no person in it, a list of no
«و»), and a group of no named people («بالحضور») is no object.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

COACH = E("Person", "جورج سامبسون", ("جورج سامبسون", "سامبسون"))
FAHD = E("Person", "فهد الزهراني", ("فهد الزهراني",))
MAJED = E("Person", "ماجد العنزي", ("ماجد العنزي",))
CLUB = E("Organization", "نادي الوحدة", ("نادي الوحدة",))
ENTITIES = [COACH, FAHD, MAJED, CLUB]


def welcomes(text: str) -> set[tuple[str, str]]:
    return stances_of(extract_relations(build_doc(text, ENTITIES)), "welcomes")


@pytest.mark.parametrize("text", [
    "ورحب جورج سامبسون باللاعبين الجدد: فهد الزهراني وماجد العنزي.",
    "ورحب جورج سامبسون بالمنضمين: فهد الزهراني، وماجد العنزي، ثم بدأ التدريب.",
])
def test_each_guest_listed_after_the_colon_is_welcomed(text: str) -> None:
    assert welcomes(text) == {("جورج سامبسون", "فهد الزهراني"),
                              ("جورج سامبسون", "ماجد العنزي")}


@pytest.mark.parametrize("text", [
    "ورحب جورج سامبسون باللاعبين الجدد: فهد الزهراني وماجد العنزي وغيرهم.",
    "ورحب جورج سامبسون بالضيوف: فهد الزهراني ونادي الوحدة.",
    "ورحب جورج سامبسون بالحضور: فهد الزهراني وماجد العنزي.",
    "ورحب جورج سامبسون باللاعبين الجدد: فهد الزهراني، ماجد العنزي، ثم بدأ التدريب.",
])
def test_a_list_not_whole_or_an_unnamed_group_is_no_object(text: str) -> None:
    assert not welcomes(text)
