"""Names the taggers miss or mistype (session 37, p6); sentences written for the tests.

Rule (:mod:`kg.ner.bodies`, ``_UNIVERSITY``): «جامعة» without the article, with «و», «ب»
or «ل» glued to it or not, and the city or region right after it is one university, an
Organization («وجامعة حائل», «بجامعة القاهرة»); not after a title («رئيس جامعة دمشق»:
the title's phrase), not before a country's name, not the adjective «جامعة»
(comprehensive) before a word that names no place.

Rule (:mod:`kg.ner.field_names`, head «المكتب»): an office named by its adjective and
its field is one Organization («المكتب التعاوني للدعوة والإرشاد», «المكتب الوطني
للإحصاء»); not with an adjective off the list («المكتب الإعلامي للرئاسة») nor a name in
its field («المكتب السياسي لحركة حماس»).

Rule (:func:`kg.link.retype._glued_surname`): a one-word place a tagger read on «ل» or «ب»
glued to the surname of a person named in full in the document («إن لويب الحق» after
«جيفري ويب») is that person, cut to the surname; a place the gazetteer lists stays one.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.ner.linked import full_pipeline

_PIPELINE = full_pipeline()


def _mentions(text: str) -> dict[str, tuple[str, str]]:
    """Mention text -> (label, entity name)."""
    doc = _PIPELINE(Document(id="doc-names37", text=text))
    entities = {entity.id: entity for entity in doc.entities}
    return {m.text: (m.label, entities[m.entity_id].name if m.entity_id in entities else "")
            for m in doc.mentions}


@pytest.mark.parametrize(("text", "university"), [
    ("وقدم المحافظ شكره لوزارة الصحة وجامعة حائل على جهودهما.", "جامعة حائل"),
    ("وقال الباحث بجامعة القاهرة إن النتائج مشجعة.", "جامعة القاهرة"),
    ("ووجه الشكر لجامعة دمشق على استضافة المؤتمر.", "جامعة دمشق"),
])
def test_a_university_named_by_its_city(text: str, university: str) -> None:
    assert _mentions(text).get(university) == ("Organization", university)


@pytest.mark.parametrize(("text", "phrase"), [
    ("وقال رئيس جامعة دمشق إن الدراسة مستمرة.", "جامعة دمشق"),
    ("وقدم الوزير رؤية جامعة لبنان الجديد.", "جامعة لبنان"),
    ("ودعا إلى خطة جامعة تشمل بيروت وطرابلس.", "جامعة تشمل"),
])
def test_no_university_after_a_title_or_before_no_city(text: str, phrase: str) -> None:
    assert phrase not in _mentions(text)


def test_a_surname_glued_to_a_preposition_is_the_person() -> None:
    found = _mentions("وقال محامي جيفري ويب إن لويب الحق في الدفاع عن نفسه.")
    assert "لويب" not in found
    assert found.get("ويب") == ("Person", "جيفري ويب")


def test_a_listed_place_is_no_glued_surname() -> None:
    found = _mentions("وسافر جون ندن إلى باريس، وقال إن لندن مدينة جميلة.")
    assert found.get("لندن", ("", ""))[0] == "City"


@pytest.mark.parametrize(("text", "office"), [
    ("ونظم المكتب التعاوني للدعوة والإرشاد بمحافظة الزلفي محاضرة للجاليات.",
     "المكتب التعاوني للدعوة والإرشاد"),
    ("وأعلن المكتب الوطني للإحصاء أن الأسعار ارتفعت.", "المكتب الوطني للإحصاء"),
])
def test_an_office_named_by_its_field(text: str, office: str) -> None:
    assert _mentions(text).get(office) == ("Organization", office)


@pytest.mark.parametrize("text", [
    "وأعلن المكتب الإعلامي للرئاسة أن الزيارة مستمرة.",
    "وقال المكتب السياسي لحركة حماس إن الحركة ترفض الاقتراح.",
])
def test_no_office_off_the_list_or_with_a_name_in_its_field(text: str) -> None:
    assert not any(found.startswith("المكتب") for found in _mentions(text))
