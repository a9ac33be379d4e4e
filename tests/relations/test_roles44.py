"""Agents, targets and parties read inside phrases, session 44 (helper er44). Made-up sentences.

- «والملك فلان ملك الأردن قد عقدا مباحثات»: a country in the genitive of a title is whose office
  it is, not who held the meeting (``event_office_genitives.office_agents``).
- «والتقى فلان زميله فلاناً في جامعة كامبريدج»: a name in the genitive of a building noun after
  «في» is where they met, no party (``event_office_genitives.in_place_phrase``).
- «وقع انفجار أمام مبنى محكمة مدينة الحلة»: a name deep in the genitive chain of a building
  behind «أمام» or «قرب» is where, not what was hit (``event_near_places``).
- «قصفت طائرات منزلا بحي الرمل», with «بحي الرمل» tagged as one name: the glued «ب» makes it
  where, not the target (``event_role_places.glued_place_head``).
- «اغتال مسلحون مساعد مدير شرطة الحلة العقيد فلان»: the lone title word kg reads as the victim
  gives way to the man the title names (``event_leader_targets``).
- «وقتل صياد إثر إصابته بنيران قوات خفر السواحل»: the fire that wounded him is his killer's;
  the victim's own wound opens no other deed (``event_wounded_first``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

JORDAN = E("Country", "الأردن", ("الأردن",))
AMMAN = E("City", "عمان", ("عمان",))
HILLA = E("City", "الحلة", ("الحلة",))
RAML = E("City", "حي الرمل", ("بحي الرمل", "حي الرمل"))
CAMBRIDGE = E("Organization", "كامبريدج", ("كامبريدج",))
KHATIB = E("Person", "سمير الخطيب", ("سمير الخطيب",))
HADDAD = E("Person", "رامي حداد", ("رامي حداد",))
OBEIDI = E("Person", "ماهر العبيدي", ("ماهر العبيدي",))
GUARDS = E("ArmedGroup", "قوات خفر السواحل", ("قوات خفر السواحل",))
ALL = [JORDAN, AMMAN, HILLA, RAML, CAMBRIDGE, KHATIB, HADDAD, OBEIDI, GUARDS]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2006-07-21"))


def roles(text: str, label: str, name: str) -> list[list[str]]:
    doc = run(text)
    return [role(doc, e, name) for e in doc.events if e.label == label]


# Whose office: no country as the host


def test_a_country_in_a_title_genitive_is_no_host() -> None:
    found = roles("وكان الرئيس سمير الخطيب والملك عبد الكريم بن ناصر ملك الأردن قد عقدا "
                  "مباحثات في عمان أمس.", "Meeting", "agent")
    assert found and all("الأردن" not in agents for agents in found)


def test_a_country_as_its_own_subject_stays_the_host() -> None:
    found = roles("وكان الأردن قد عقد مباحثات في عمان أمس مع رامي حداد.", "Meeting", "agent")
    assert ["الأردن"] in found


# Where they met: no party


def test_a_name_in_a_building_after_in_is_no_party() -> None:
    found = roles("والتقى سمير الخطيب زميله رامي حداد في جامعة كامبريدج.", "Meeting",
                  "participant")
    assert found and all("كامبريدج" not in parties for parties in found)
    assert ["رامي حداد"] in found


def test_a_body_met_with_stays_a_party() -> None:
    found = roles("والتقى سمير الخطيب مع وفد كامبريدج في عمان.", "Meeting", "participant")
    assert any("كامبريدج" in parties for parties in found)


# In front of a building: where, not what


def test_a_city_behind_in_front_of_a_building_is_no_target() -> None:
    found = roles("ووقع انفجار أمام مبنى محكمة مدينة الحلة.", "Attack", "target")
    assert found and all(targets == [] for targets in found)


def test_a_city_attacked_stays_the_target() -> None:
    assert ["الحلة"] in roles("وقصفت الطائرات مدينة الحلة صباح أمس.", "Attack", "target")


# A place noun glued to its name


def test_a_place_with_its_glued_in_is_where() -> None:
    doc = run("وقصفت طائرات حربية منزلا بحي الرمل صباح أمس.")
    attacks = [e for e in doc.events if e.label == "Attack"]
    assert attacks and all(role(doc, e, "target") != ["بحي الرمل"] for e in attacks)
    assert any("بحي الرمل" in role(doc, e, "location") for e in attacks)


def test_a_place_named_as_the_object_stays_the_target() -> None:
    assert ["حي الرمل"] in roles("وقصفت طائرات حربية حي الرمل صباح أمس.", "Attack", "target")


# A lone title as the victim


def test_the_man_a_title_names_is_the_victim() -> None:
    assert ["ماهر العبيدي"] in roles("واغتال مسلحون مساعد مدير شرطة الحلة العقيد ماهر العبيدي "
                                     "صباح أمس.", "Killing", "target")


def test_a_man_of_another_clause_is_no_victim() -> None:
    found = roles("واغتال مسلحون مدير سجن الحلة وأصيب ماهر العبيدي بجروح.", "Killing", "target")
    assert found and all("ماهر العبيدي" not in targets for targets in found)


# Killed after his wound: the fire's owner


def test_the_fire_that_wounded_the_dead_is_the_killers() -> None:
    assert ["قوات خفر السواحل"] in roles("وقتل صياد إثر إصابته بنيران قوات خفر السواحل قرب "
                                         "الحلة.", "Killing", "agent")


def test_the_doer_of_a_raid_after_the_death_is_no_killer() -> None:
    found = roles("وقتل صياد بعد مداهمة منزله من قبل قوات خفر السواحل قرب الحلة.", "Killing",
                  "agent")
    assert all("قوات خفر السواحل" not in agents for agents in found)
