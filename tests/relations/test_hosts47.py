"""A host country inside a title before the name, session 47 (helper pa47); sentences written
for the tests.

«سفير خادم الحرمين الشريفين لدى دولة الكويت X», «المبعوث الخاص إلى ليبيا X»: the country
after «لدى»/«إلى» is where the office is sent, not whose it is; a title before the name runs
on to the name, and took the host for the owner when it named no other body or country first
(:mod:`kg.relations.office_places`). The office's own country stays: «سفير مصر لدى الأردن»,
«وزير خارجية الكويت», «أمير دولة الكويت».
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import node_name


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _sure_orgs(pipeline: Pipeline, text: str) -> set[str]:
    """The organisations of positions read from the title itself (confidence 0.5 or more)."""
    doc = pipeline(Document(id="hosts47", text=text))
    return {node_name(doc, r.object_id) for r in doc.relations
            if r.kind == "positionOf" and max(e.confidence for e in r.evidence) >= 0.5}


@pytest.mark.parametrize(("text", "host"), [
    ("وأقام سفير خادم الحرمين الشريفين لدى دولة الكويت الدكتور سامي العتيبي حفلا أمس.",
     "الكويت"),
    ("وطمأن سفير خادم الحرمين الشريفين لدى أستراليا ماجد القحطاني المواطنين هناك.",
     "أستراليا"),
    ("وقال المبعوث الخاص إلى ليبيا فهد الدوسري إن المحادثات ستستأنف.", "ليبيا"),
])
def test_the_host_country_is_not_the_owner(pipeline: Pipeline, text: str, host: str) -> None:
    assert host not in _sure_orgs(pipeline, text)


@pytest.mark.parametrize(("text", "owner"), [
    ("وقال سفير مصر لدى الأردن سامي العتيبي إن العلاقات متينة.", "مصر"),
    ("والتقى وزير خارجية الكويت ماجد القحطاني نظراءه أمس.", "الكويت"),
    ("واستقبل أمير دولة الكويت الشيخ صباح الأحمد الوفد أمس.", "الكويت"),
])
def test_the_office_own_country_stays(pipeline: Pipeline, text: str, owner: str) -> None:
    assert owner in _sure_orgs(pipeline, text)
