"""Congratulations on a holiday to a list of dignitaries are protocol, session 42 (lead).

«وهنأ X الأمير Y، وولي العهد الأمير Z، بمناسبة عيد الفطر»: the holiday comes after the
list, past its commas; no praise. A congratulation on a deed («بالفوز») still praises,
whether one or several are congratulated. Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

SAAD = E("Person", "سعد بن فهد", ("سعد بن فهد",))
HAMAD = E("Person", "حمد بن راشد", ("حمد بن راشد",))
NASSER = E("Person", "ناصر بن علي", ("ناصر بن علي",))
KHALID = E("Person", "خالد العتيبي", ("خالد العتيبي",))
FAHD = E("Person", "فهد المطيري", ("فهد المطيري",))
ENTITIES = [SAAD, HAMAD, NASSER, KHALID, FAHD]


def praises(text: str) -> list[tuple[str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    names = {entity.id: entity.name for entity in doc.entities}
    return [(names.get(r.subject_id, ""), names.get(r.object_id, "")) for r in doc.relations
            if r.kind == "praises"]


def test_holiday_after_a_list_of_those_congratulated_is_no_praise() -> None:
    text = ("وهنأ الأمير سعد بن فهد الملك حمد بن راشد، وولي العهد الأمير ناصر بن علي، "
            "بمناسبة حلول عيد الفطر المبارك.")
    assert praises(text) == []


def test_holiday_after_a_blessing_past_the_list_is_no_praise() -> None:
    text = ('وهنأ "سعد بن فهد" ولي العهد الأمير حمد بن راشد وزير المالية، ونائبه ناصر بن علي، '
            "حفظهم الله بمناسبة العيد، سائلاً الله لهم التوفيق.")
    assert praises(text) == []


def test_deed_congratulated_after_a_list_still_praises() -> None:
    text = "وهنأ سعد بن فهد رئيس النادي خالد العتيبي، ونائبه فهد المطيري، بالفوز بكأس البطولة."
    assert (SAAD.name, KHALID.name) in praises(text)


def test_holiday_in_the_next_sentence_leaves_the_deed_praised() -> None:
    text = "وهنأ سعد بن فهد المدرب خالد العتيبي على الفوز بالبطولة. وحضر الحفل بمناسبة العيد."
    assert (SAAD.name, KHALID.name) in praises(text)


def test_holiday_named_otherwise_after_a_thanked_deed_leaves_the_praise() -> None:
    text = ("وهنأ سعد بن فهد المدرب خالد العتيبي، ومساعده فهد المطيري، على الفوز بالبطولة، "
            "وتوزيع هدايا العيد على اللاعبين.")
    assert (SAAD.name, KHALID.name) in praises(text)
