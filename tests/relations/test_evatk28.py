"""Attack and killing words (``kg.relations.event_attack_words``).

- an attempt on a life («محاولة اغتيال», «لمحاولة اغتيال») is an Attack on the one aimed at,
  not a Killing; a plain «اغتيال» stays a Killing;
- «نحر» is a Killing as a verb («ونحر المسلحون الرهينة»), not «يوم النحر», «في نحره», nor with
  beasts after it («ونحر الحجاج الإبل»);
- «سحل» is an Attack as a verb («وسحل المحتجون الشرطي»), not as a noun listed with others;
- «أصيب X برصاص/بنيران/بشظايا» is an Attack on X (its doer the name after the gunfire),
  «بنيران» only before fighters («بنيران الأزمة» is none); not
  «أصيب بجروح في حادث», «أصيب في ركبته», «أصيب بفيروس»;
- arson of a building is an Attack («أضرم مستوطنون النار في مسجد», «أحرق مجهولون منزلاً»), not
  «أحرق نفسه», «أحرقوا الإطارات», «أحرقوا الأعلام أمام مبنى السفارة».
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

SAMIR = E("Person", "سامر الحلبي", ("سامر الحلبي",))
NADIA = E("Person", "نادية فرحات", ("نادية فرحات",))
MOSUL = E("City", "الموصل", ("الموصل",))
ALL = [SAMIR, NADIA, MOSUL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def events(text: str) -> list[Event]:
    return list(run(text).events)


def labels(text: str) -> list[str]:
    return sorted(e.label for e in events(text))


def _role(event: Event, role: str) -> set[str]:
    return {a.entity_id for a in event.arguments if a.role == role}


def test_an_attempt_on_a_life_is_an_attack_on_its_target() -> None:
    found = events("وأعلنت الشرطة أن الوزير سامر الحلبي نجا من محاولة اغتيال في الموصل.")
    assert [e.label for e in found] == ["Attack"]
    assert SAMIR.id in _role(found[0], "target")


def test_an_undergone_attempt_on_a_life_is_an_attack() -> None:
    assert labels("تعرضت الوزيرة نادية فرحات أمس لمحاولة اغتيال في الموصل.") == ["Attack"]


def test_a_plain_assassination_stays_a_killing() -> None:
    assert labels("وأعلنت الشرطة اغتيال الوزير سامر الحلبي في الموصل أمس.") == ["Killing"]


def test_beheading_a_hostage_is_a_killing() -> None:
    assert labels("ونحر المسلحون الرهينة الأمريكي أمس في الموصل.") == ["Killing"]


def test_the_day_of_sacrifice_and_a_throat_are_no_killing() -> None:
    assert labels("وأحيا المسلمون يوم النحر في الموصل.") == []
    assert labels("وأصيب الرجل بجرح في نحره أمس.") == []


def test_sacrificing_beasts_is_no_killing() -> None:
    assert labels("ونحر الحجاج الإبل في منى أمس.") == []


def test_lynching_as_a_verb_is_an_attack() -> None:
    assert labels("وسحل المحتجون الشرطي في شوارع الموصل أمس.") == ["Attack"]


def test_wounded_by_gunfire_is_an_attack_on_the_wounded() -> None:
    found = events("وأصيب الوزير سامر الحلبي برصاص مسلحين في الموصل أمس.")
    assert [e.label for e in found] == ["Attack"]
    assert SAMIR.id in _role(found[0], "target")
    assert SAMIR.id not in _role(found[0], "agent")


def test_wounded_by_shrapnel_is_an_attack() -> None:
    assert labels("وأصيبت امرأة بشظايا قذيفة في الموصل أمس.") == ["Attack"]


def test_a_wounding_with_no_fire_told_is_no_attack() -> None:
    assert labels("وأصيب سائق بجروح في حادث سير في الموصل أمس.") == []
    assert labels("وأصيب اللاعب سامر الحلبي في ركبته خلال المباراة.") == []
    assert labels("وأصيبت الوزيرة نادية فرحات بفيروس كورونا.") == []


def test_lynching_listed_as_a_noun_is_no_attack() -> None:
    assert "Attack" not in labels("وندد سامر الحلبي بما يجري من قتل وسحل في الشوارع.")


def test_wounded_by_the_fire_of_fighters_is_an_attack() -> None:
    assert labels("وأصيب جندي بنيران مسلحين في الموصل أمس.") == ["Attack"]


def test_figurative_fire_wounds_nobody() -> None:
    assert labels("وأصيب الاقتصاد المحلي بنيران الأزمة العالمية.") == []


def test_setting_a_mosque_on_fire_is_an_attack() -> None:
    assert labels("وأضرم مستوطنون النار في مسجد قرية بورين أمس.") == ["Attack"]


def test_burning_a_house_is_an_attack() -> None:
    assert labels("وأحرق مجهولون منزلاً في الموصل أمس.") == ["Attack"]


def test_burning_oneself_tyres_or_flags_is_no_attack() -> None:
    assert labels("وأحرق الشاب نفسه أمس احتجاجاً على البطالة.") == []
    assert labels("وأضرم الشاب النار في نفسه أمام مبنى البلدية.") == []
    assert labels("وأحرق المتظاهرون الإطارات في شوارع الموصل.") == []
    assert labels("وأحرق المتظاهرون الأعلام أمام مبنى السفارة.") == []
