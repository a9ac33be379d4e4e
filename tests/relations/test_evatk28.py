"""Attack and killing words (``kg.relations.event_attack_words``).

- an attempt on a life («محاولة اغتيال», «لمحاولة اغتيال») is an Attack on the one aimed at,
  not a Killing; a plain «اغتيال» stays a Killing.
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
