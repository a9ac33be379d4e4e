"""One embassy named with and without its city (session 37, p6); names written for the tests.

Rule (:func:`kg.link.body_joins.body_parts`): the place of a government body's name may
follow a bare «في» («السفارة الأمريكية في بغداد»), so that form and «السفارة الأمريكية» of
the same document are one body; two cities keep their embassies apart, and the short form
joins neither.
"""

from __future__ import annotations

from kg.link.body_joins import body_parts, join_body_variants
from kg.model import Document
from kg.text.normalize import normalize_key
from tests.ner.linked import full_pipeline


def _key(text: str, label: str = "GovernmentBody") -> tuple[str, ...]:
    return ("name", label, " ".join(normalize_key(w) for w in text.split()))


def test_the_city_after_in_is_the_place() -> None:
    body, place = body_parts(_key("السفارة الفرنسية في الرياض")[2])
    assert body == tuple(normalize_key(w) for w in ("السفارة", "الفرنسية"))
    assert place == (normalize_key("الرياض"),)


def test_an_embassy_with_and_without_its_city_joins() -> None:
    full, bare = _key("القنصلية البريطانية في دبي"), _key("القنصلية البريطانية")
    clusters = {full: [0], bare: [1]}
    join_body_variants(clusters)
    assert clusters == {full: [0, 1]}


def test_two_cities_keep_two_embassies() -> None:
    one, two, bare = (_key("السفارة الفرنسية في الرياض"), _key("السفارة الفرنسية في جدة"),
                      _key("السفارة الفرنسية"))
    clusters = {one: [0], two: [1], bare: [2]}
    join_body_variants(clusters)
    assert len(clusters) == 3


def test_one_entity_in_a_document() -> None:
    doc = full_pipeline()(Document(id="doc-embassy37", text=(
        "وأعلنت السفارة الألمانية في عمان إغلاق أبوابها يومين. وقالت السفارة الألمانية "
        "إن القرار احترازي.")))
    entities = {e.id: e for e in doc.entities}
    embassies = {entities[m.entity_id].name for m in doc.mentions
                 if m.text.startswith("السفارة")}
    assert embassies == {"السفارة الألمانية في عمان"}
