"""Appeals and warnings of sports bodies, session 45 (helper ur45).

Rules tested:
- «حذر نادي X Y من ...», «وطالب نادي X Y بـ ...»: a club's or team's kind noun («نادي»,
  «منتخب») before its tagged name opens the verb's subject, as «شركة X» does
  (kg.relations.subjects_after); a team named after a country or a city («منتخب مصر»)
  gives the stance to nobody.
- «حذر نادي X الألماني لكرة القدم Y من ...»: the sport after the holder's name is part of
  it, never the stance's object; the object is read after it
  (kg.relations.stance_team_sports).

Sentences written for the tests, each with the facts that must be found and those that must
not.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

FALCONS = E("Organization", "نادي الصقور", ("الصقور",))
STARS = E("Organization", "نادي النجوم", ("النجوم",))
LEAGUE = E("Organization", "رابطة الدوري", ("رابطة الدوري",))
EGYPT = E("Country", "مصر", ("مصر",))
SPAIN = E("Country", "إسبانيا", ("الإسباني",))
MAJED = E("Person", "ماجد العمري", ("ماجد العمري",))
ENTITIES = [FALCONS, STARS, LEAGUE, EGYPT, SPAIN, MAJED]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "kind", "holder", "target"), [
    ("حذر نادي الصقور الإسباني نادي النجوم من التعاقد مع المهاجم.", "warns",
     "نادي الصقور", "نادي النجوم"),
    ("وحذر نادي الصقور نادي النجوم من ضم الحارس دون موافقته.", "warns",
     "نادي الصقور", "نادي النجوم"),
    ("وطالب نادي الصقور رابطة الدوري بتأجيل المباراة أسبوعا.", "urges",
     "نادي الصقور", "رابطة الدوري"),
    ("ودعا نادي النجوم رابطة الدوري إلى مراجعة قرار الإيقاف.", "urges",
     "نادي النجوم", "رابطة الدوري"),
    ("وحذر نادي الصقور الإسباني لكرة القدم نادي النجوم من التفاوض مع لاعبه.", "warns",
     "نادي الصقور", "نادي النجوم"),
])
def test_a_club_named_after_its_kind_noun_holds_the_stance(text: str, kind: str, holder: str,
                                                           target: str) -> None:
    assert (holder, target) in stances_of(run(text), kind)


@pytest.mark.parametrize(("text", "kind", "holder"), [
    # a team named after a country: the country holds nothing
    ("وطالب منتخب مصر رابطة الدوري بتأجيل المباراة.", "urges", "مصر"),
    # the kind noun with a preposition glued to it governs the name: no subject
    ("وحذر مدرب بنادي الصقور نادي النجوم من ضم اللاعب.", "warns", "نادي الصقور"),
])
def test_no_holder_from_a_team_noun(text: str, kind: str, holder: str) -> None:
    assert holder not in {s for s, _ in stances_of(run(text), kind)}


@pytest.mark.parametrize("text", [
    "وحذر نادي الصقور الإسباني لكرة القدم من التعاقد مع المهاجم.",
    "وطالب نادي الصقور لكرة السلة بتأجيل المباراة.",
    "وانتقد ماجد العمري لكرة القدم الحكم.",
])
def test_the_sport_is_never_the_object(text: str) -> None:
    doc = run(text)
    objects = {o for kind in ("warns", "urges", "criticizes") for _, o in stances_of(doc, kind)}
    assert not {o for o in objects if "كرة" in o}
