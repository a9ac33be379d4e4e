"""Artillery as a doer, and a strike's object past a bomb, session 30.

- «وقصفت المدفعية التركية مواقع ...», «مدفعية الجيش»: artillery is a force that strikes
  once its owner is said, as «الطيران» or «المقاتلات» are (``perpetrators.FORCE_HEADS``,
  ``actors.MEMBER_HEADS``).
- «واستهدف انتحاري بسيارة مفخخة نقطة تفتيش للجيش»: any noun behind «بـ» with an adjective
  of explosives («مفخخة», «ناسفة») is the weapon between an unnamed doer and the object
  (``kg.relations.event_weapons``), so the bomber is the doer and the object is read.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

ARMY = E("GovernmentBody", "الجيش العراقي", ("الجيش العراقي", "للجيش العراقي"))
POLICE = E("GovernmentBody", "الشرطة المصرية", ("الشرطة المصرية", "للشرطة المصرية"))
TURKEY = E("Country", "تركيا", ("التركية",), "Q43")
PKK = E("ArmedGroup", "حزب العمال الكردستاني", ("حزب العمال الكردستاني",))
ALL = [ARMY, POLICE, TURKEY, PKK]


def attacks(text: str) -> list[Event]:
    return [e for e in extract_relations(build_doc(text, ALL)).events if e.label == "Attack"]


def role(event: Event, name: str) -> set[str]:
    return {a.entity_id or a.text for a in event.arguments if a.role == name}


def test_artillery_with_its_country_strikes() -> None:
    found = attacks("وقصفت المدفعية التركية مواقع لحزب العمال الكردستاني في شمال العراق.")
    assert len(found) == 1 and role(found[0], "target") == {PKK.id}
    assert role(found[0], "agent")


def test_heavy_artillery_in_a_talk_is_no_attack() -> None:
    assert not attacks("وأكد الخبراء أن المدفعية الثقيلة أصبحت أقل أهمية في الحروب الحديثة.")


@pytest.mark.parametrize(("text", "target"), [
    ("واستهدف انتحاري بسيارة مفخخة نقطة تفتيش للجيش العراقي في الأنبار.", ARMY),
    ("واستهدف مسلحون بعبوة ناسفة دورية للشرطة المصرية في العريش.", POLICE),
])
def test_bomber_and_object_past_the_bomb(text: str, target: E) -> None:
    found = attacks(text)
    assert len(found) == 1
    assert role(found[0], "target") == {target.id}
    assert role(found[0], "agent")  # the unnamed bomber or gunmen


def test_a_plain_with_phrase_is_no_weapon() -> None:
    # «بشكل مفاجئ» is a manner, not a weapon: nothing is read past it as the object
    found = attacks("واستهدف مسلحون بشكل مفاجئ في العريش.")
    assert all(not role(e, "target") for e in found)
