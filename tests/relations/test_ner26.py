"""Names the tagger misses where they are the argument of a fact (session 26, ner26);
sentences written for the test.

Rules:

- a quoted name after the indefinite noun of a movement, a party or an armed group is
  that group: «حركة «حماس»», «حزب "العدالة والتنمية"», «تنظيم «أنصار الحق»»
  (:mod:`kg.link.quoted_names`); not after the definite noun («التنظيم «عدوا للإسلام»»:
  what the group is called).
"""

from __future__ import annotations

import pytest

from kg.link.quoted_names import quoted_names
from kg.model import Document
from kg.pipeline import Pipeline
from tests.relations.conftest import stances


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_names(["sentences", "tokens", "ner.gazetteer", "ner.bundled",
                                "ner.bodies", "link", "relations"])


def _speakers(pipeline: Pipeline, text: str) -> list[str]:
    doc = pipeline(Document(id="doc-ner26", text=text))
    names = {e.id: e.name for e in doc.entities}
    return [names.get(s.speaker_id or "", "") for s in doc.statements]


def _quoted(text: str) -> dict[str, str]:
    doc = Document(id="doc-ner26", text=text)
    return {m.text: m.label for m in quoted_names(doc, [])}


def test_a_party_named_in_quotes_criticizes(pipeline: Pipeline) -> None:
    doc = pipeline(Document(id="doc-ner26", text='وانتقد حزب "الأمل والبناء" الحكومة بشدة.'))
    assert ("criticizes", "الأمل والبناء", "الحكومة") in stances(doc)


def test_quoted_groups_take_the_class_of_their_kind() -> None:
    text = ('وانتقد حزب "الأمل والبناء" الحكومة، وتبنى تنظيم «أنصار الفجر» الهجوم، '
            'ودعت لجماعة «الهدى» إلى الحوار.')
    assert _quoted(text) == {"الأمل والبناء": "PoliticalParty", "أنصار الفجر": "ArmedGroup",
                             "الهدى": "Organization"}


def test_a_quote_after_the_definite_group_noun_is_no_group() -> None:
    text = "ووصف التنظيم «عدوا للإسلام» في خطبته، وأشاد الحزب «بالروح الوطنية»."
    assert _quoted(text) == {}
