"""A stance verb, its subject, the subject's own title, then the «ب» object: «أشاد X رئيس
البرلمان العربي بأداء رجال الأمن». The title ends before a deed after «ب» («بأداء»,
«بجهود»), and the object is read past it. Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs, stances
from tests.relations.docbuilder import E, build_doc

SALEM = E("Person", "كريم سالم", ("كريم سالم",))
CHRIS = E("Person", "كريس سالم", ("كريس سالم",))
HASSAN = E("Person", "حسن علي", ("حسن علي",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
ENTITIES = [SALEM, CHRIS, HASSAN, EGYPT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_the_title_stops_before_a_deed_after_ba() -> None:
    doc = run("أشاد كريم سالم رئيس الاتحاد العربي بأداء رجال الإنقاذ في الفيضانات.")
    positions = {title for person, title in pairs(doc, "holdsPosition") if person == "كريم سالم"}
    assert positions and not any("أداء" in title or "اداء" in title for title in positions)


def test_the_praised_deed_past_the_subjects_title() -> None:
    doc = run("أشاد كريم سالم رئيس الاتحاد العربي بأداء رجال الإنقاذ في الفيضانات.")
    assert any(kind == "praises" and subject == "كريم سالم" for kind, subject, _ in stances(doc))


def test_a_welcome_past_the_subjects_title() -> None:
    doc = run("ورحب كريم سالم وزير الخارجية بالاتفاق الجديد بين الطرفين.")
    assert any(kind == "welcomes" and subject == "كريم سالم" for kind, subject, _ in stances(doc))


def test_a_condemnation_past_the_subjects_title() -> None:
    doc = run("وندد حسن علي المتحدث باسم الحكومة بالتفجير الذي استهدف السوق.")
    assert any(kind == "condemns" and subject == "حسن علي" for kind, subject, _ in stances(doc))


def test_no_object_past_the_title_without_ba() -> None:
    # «انتقد X وزير الخارجية الحكومة»: no «ب» after the title; nothing is read past it.
    doc = run("وانتقد كريم سالم وزير الخارجية الحكومة الجديدة.")
    assert not any(obj == "الحكومة الجديدة" for _, _, obj in stances(doc))


def test_a_descriptive_object_past_the_subjects_title_in_commas() -> None:
    doc = run("ويرفض كريس سالم، المدير التنفيذي لمؤسسة الحوار، فرضية انتهاء صلاحية الحزب.")
    assert any(kind == "rejects" and subject == "كريس سالم" and obj.startswith("فرضية")
               for kind, subject, obj in stances(doc))


def test_a_comma_after_a_long_titled_subject() -> None:
    doc = run("ودعا عضو لجنة الأمن والدفاع النيابية كريم سالم، الحكومة إلى دعم العشائر.")
    assert any(kind == "urges" and subject == "كريم سالم" for kind, subject, _ in stances(doc))
