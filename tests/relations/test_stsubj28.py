"""Stance holders named far before the stance word (session 28):

- a stance verb after «، و» continues the subject of the verb that opens the sentence past
  the person that verb received («واستقبل X ... Y، وأشاد بـ»), not when a noun after it may be
  its own subject (:mod:`kg.relations.stance_hosted_subjects`).

Sentences written for the tests (invented people).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stance_holders, stances
from tests.relations.docbuilder import E, build_doc

SALIM = E("Person", "سالم الراشد", ("سالم الراشد",))
HIND = E("Person", "هند الصالح", ("هند الصالح",))
KARIM = E("Person", "كريم منصور", ("كريم منصور",))
NADIA = E("Person", "نادية فارس", ("نادية فارس",))
IRAQ_GOV = E("Organization", "الحكومة العراقية", ("الحكومة العراقية",))
ARMY = E("Organization", "الجيش اللبناني", ("الجيش اللبناني",))
RUSSIA = E("Country", "روسيا", ("روسيا",))
EGYPT = E("Country", "مصر", ("مصر",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",))
AMMAN = E("City", "عمان", ("عمان",))
CAIRO = E("City", "القاهرة", ("القاهرة",))
ENTITIES = [SALIM, HIND, KARIM, NADIA, IRAQ_GOV, ARMY, RUSSIA, EGYPT, USA, AMMAN, CAIRO]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_verb_after_a_comma_continues_the_host_past_the_guest() -> None:
    doc = run("واستقبل الرئيس سالم الراشد في القاهرة أمس السفير كريم منصور، "
              "وأشاد بمواقف الولايات المتحدة.")
    assert ("praises", "سالم الراشد", "الولايات المتحدة") in stances(doc)
    assert "كريم منصور" not in stance_holders(doc, "praises")


def test_no_host_when_a_noun_after_the_verb_may_be_its_subject() -> None:
    doc = run("واستقبل الرئيس سالم الراشد في القاهرة أمس السفير كريم منصور، "
              "وأشاد الضيف بمواقف الولايات المتحدة.")
    assert "سالم الراشد" not in stance_holders(doc, "praises")


def test_no_host_of_the_other_gender() -> None:
    doc = run("واستقبل الرئيس سالم الراشد في القاهرة أمس السفيرة نادية فارس، "
              "وأشادت بمواقف الولايات المتحدة.")
    assert "سالم الراشد" not in stance_holders(doc, "praises")


def test_no_host_past_a_reported_clause() -> None:
    doc = run("واستقبل الرئيس سالم الراشد السفير كريم منصور الذي أكد أن بلاده تقدر مصر، "
              "وأشاد بمواقف الولايات المتحدة.")
    assert "سالم الراشد" not in stance_holders(doc, "praises")
