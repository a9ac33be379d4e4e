"""«استقبل X وزير الخارجية الأمريكي Y»: after a verb of meeting, a single title between the
subject and the next name is that name's, not the subject's. Sentences written for the
tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

HOST = E("Person", "فيصل بن سالم", ("فيصل بن سالم",))
GUEST = E("Person", "جون سميث", ("جون سميث",))
US = E("Country", "الولايات المتحدة", ("الأمريكي",), "Q30")


def run(text: str) -> Document:
    return extract_relations(build_doc(text, [HOST, GUEST, US]))


def test_the_title_between_host_and_guest_is_the_guests() -> None:
    doc = run("استقبل الأمير فيصل بن سالم وزير الخارجية الأمريكي جون سميث في جدة.")
    assert pairs(doc, "holdsPosition") == {("جون سميث", "وزير الخارجية")}


def test_a_meeting_verb_before_a_host_with_a_preposed_title() -> None:
    doc = run("والتقى الأمير فيصل بن سالم السفير الأمريكي جون سميث أمس.")
    assert ("فيصل بن سالم", "السفير") not in pairs(doc, "holdsPosition")


def test_without_a_meeting_verb_the_title_stays_the_subjects() -> None:
    doc = run("وقال فيصل بن سالم وزير الخارجية إن جون سميث وصل.")
    assert ("فيصل بن سالم", "وزير الخارجية") in pairs(doc, "holdsPosition")


def test_after_a_verb_of_criticism_the_title_before_the_object_is_the_objects() -> None:
    doc = run("وانتقد الأمير فيصل بن سالم الرئيس جون سميث بسبب موقفه.")
    assert pairs(doc, "holdsPosition") == {("جون سميث", "الرئيس")}


def test_after_a_verb_of_urging_the_title_before_the_object_is_the_objects() -> None:
    doc = run("ودعا فيصل بن سالم السفير الأمريكي جون سميث إلى الحوار.")
    assert ("فيصل بن سالم", "السفير") not in pairs(doc, "holdsPosition")
