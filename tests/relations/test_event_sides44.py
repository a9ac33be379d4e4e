"""Agents, targets and parties told by agreement and heading, session 44 (helper er44b).
Made-up sentences.

- «استقبلت فيه الوزير فلان»: a man behind a masculine title after a feminine verb is its
  object, not its subject: the guest, not the host (``event_verb_gender``).
- «عبوة استهدفت قافلة كانت متجهة إلى مبنى بلدية الحلة»: a name in the genitive chain of a
  building behind «إلى» is where the target went, not the target (``event_near_places``).
- «توصلت النرويج والدنمارك إلى اتفاق»: every subject of «توصل» is a party when no «مع»
  follows the deal (``event_reached``).
- «اتفاق حول مستقبل مدينة الحلة»: a place behind a word of topic is what the deal is about,
  not where it was made (``event_reasons.topic_place``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

HILLA = E("City", "الحلة", ("الحلة",))
NORWAY = E("Country", "النرويج", ("النرويج",))
DENMARK = E("Country", "الدنمارك", ("الدنمارك",))
SWEDEN = E("Country", "السويد", ("السويد",))
CHILE = E("Country", "تشيلي", ("تشيلي",))
HADDAD = E("Person", "رامي حداد", ("رامي حداد",))
SALMA = E("Person", "سلمى عواد", ("سلمى عواد",))
UMMA = E("Organization", "حزب الأمة", ("حزب الأمة",))
ALL = [HILLA, NORWAY, DENMARK, SWEDEN, CHILE, HADDAD, SALMA, UMMA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2006-07-21"))


def roles(text: str, label: str, name: str) -> list[list[str]]:
    doc = run(text)
    return [role(doc, e, name) for e in doc.events if e.label == label]


# A feminine verb: the man after it is its object


def test_a_man_after_a_feminine_verb_is_no_host() -> None:
    text = "وحذرت تشيلي من التصعيد، في وقت استقبلت فيه الوزير رامي حداد في العاصمة."
    assert roles(text, "Meeting", "agent") and \
        all("رامي حداد" not in agents for agents in roles(text, "Meeting", "agent"))
    assert ["رامي حداد"] in roles(text, "Meeting", "participant")


def test_a_man_after_a_masculine_verb_stays_the_host() -> None:
    found = roles("واستقبل الوزير رامي حداد في مكتبه وفدا من تشيلي.", "Meeting", "agent")
    assert ["رامي حداد"] in found


def test_a_woman_after_a_feminine_verb_stays_the_host() -> None:
    found = roles("واستقبلت الوزيرة سلمى عواد في مكتبها وفدا من تشيلي.", "Meeting", "agent")
    assert ["سلمى عواد"] in found


# Heading: where the target went is no target


def test_a_town_behind_a_building_after_ila_is_no_target() -> None:
    found = roles("وجرح ثلاثة في انفجار عبوة استهدفت قافلة كانت متجهة إلى مبنى بلدية الحلة.",
                  "Attack", "target")
    assert found and all("الحلة" not in targets for targets in found)


def test_a_building_genitive_hit_directly_stays_the_target() -> None:
    found = roles("وهاجم مسلحون مقر حزب الأمة في الحلة فجر اليوم.", "Attack", "target")
    assert any("حزب الأمة" in " ".join(targets) for targets in found)


# Reaching a deal: every subject is a party


def test_both_subjects_of_tawassal_are_parties() -> None:
    found = roles("وفي العام الماضي توصلت النرويج والدنمارك إلى اتفاق بشأن الصيد.",
                  "Agreement", "participant")
    assert found and "النرويج" in found[0] and "الدنمارك" in found[0]


def test_one_subject_with_maa_stays_the_agent() -> None:
    doc = run("وفي العام الماضي توصلت النرويج إلى اتفاق مع السويد بشأن الصيد.")
    events = [e for e in doc.events if e.label == "Agreement"]
    assert events and role(doc, events[0], "agent") == ["النرويج"]
    assert role(doc, events[0], "participant") == ["السويد"]


# Topic: what a deal is about is not where it was made


def test_a_town_behind_a_topic_chain_is_no_location() -> None:
    found = roles("ووقعت النرويج والدنمارك اتفاقا حول مستقبل مدينة الحلة.", "Agreement",
                  "location")
    assert found and all("الحلة" not in places for places in found)


def test_a_town_after_fi_stays_the_location() -> None:
    found = roles("ووقعت النرويج والدنمارك اتفاقا في مدينة الحلة.", "Agreement", "location")
    assert ["الحلة"] in found
