"""Stance constructions of long politics articles, session 31 (stlong31c).

- «وأدانت بأشد العبارات وزارة الخارجية المصرية الهجوم», «ورحب أمس الأول الاتحاد الأوروبي
  بالاتفاق»: a two-word manner or time phrase between a stance verb and its subject is
  passed like «بشدة» or «أمس»; with no accusative object after the name, or no name,
  nothing is read (:mod:`kg.relations.stance_manner_phrases`).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

EGYPT_MFA = E("GovernmentBody", "وزارة الخارجية المصرية", ("وزارة الخارجية المصرية",))
EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
HAMAS = E("ArmedGroup", "حركة حماس", ("حركة حماس",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
SALEM = E("Person", "سالم الوردي", ("سالم الوردي",))
KAREEM = E("Person", "كريم ناصر", ("كريم ناصر",))
ARMY = E("Military", "الجيش الأميركي", ("الجيش الأميركي",))
REGIME = E("GovernmentBody", "الحكومة السورية", ("الحكومة السورية",))
ENTITIES = [EGYPT_MFA, EU, HAMAS, ISRAEL, SALEM, KAREEM, ARMY, REGIME]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def holders(doc: Document, kind: str) -> set[str]:
    return {s for k, s, _ in stances(doc) if k == kind}


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وأدانت بأشد العبارات وزارة الخارجية المصرية الهجوم على الكنيسة.", "condemns",
     "وزارة الخارجية المصرية"),
    ("ونددت بأقسى العبارات حركة حماس بالعدوان على غزة.", "condemns", "حركة حماس"),
    ("ورحب أمس الأول الاتحاد الأوروبي بالاتفاق بين الفصائل.", "welcomes", "الاتحاد الأوروبي"),
])
def test_subject_past_two_word_phrase(text: str, kind: str, holder: str) -> None:
    assert holders(run(text), kind) == {holder}


@pytest.mark.parametrize(("text", "kind"), [
    ("وأدان بأشد العبارات العدوان على غزة.", "condemns"),  # no name: the holder is elsewhere
    ("ونددت بأشد العبارات حركة حماس.", "condemns"),  # nothing after the name: its object
    ("ودعا أمس الأول الاتحاد الأوروبي.", "urges"),
])
def test_no_subject_past_phrase(text: str, kind: str) -> None:
    assert not holders(run(text), kind)
