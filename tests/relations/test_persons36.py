"""A coordinated verb with a title after it, sharing the subject named after the sentence's
first verb (session 36, n2); sentences written for the test.

Rule (:mod:`kg.relations.stance_verb_subjects`): «وأضاف X ...، ودعا الوزير المنظمات ...»:
the title right after the coordinated verb names X again; the object starts after it.
Without the title the object starts right after the verb.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

HAMED = E("Person", "سالم الحامد", ("سالم الحامد", "الحامد"))


def _urges(text: str) -> set[tuple[str, str]]:
    doc: Document = extract_relations(build_doc(text, [HAMED]))
    return stances_of(doc, "urges")


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير المياه سالم الحامد إن السدود ممتلئة. وأضاف الحامد في تصريح أن الأمطار غزيرة، "
        "ودعا الوزير الجمعيات الأهلية إلى مساعدة المزارعين.",
        "قال وزير المياه سالم الحامد إن السدود ممتلئة. وأضاف الحامد في تصريح أن الأمطار غزيرة، "
        "ودعا الجمعيات الأهلية إلى مساعدة المزارعين.",
    ],
)
def test_the_title_after_a_coordinated_verb_is_no_object(text: str) -> None:
    urged = _urges(text)
    assert urged and all(not obj.startswith("الوزير") for _, obj in urged)
    assert any(obj.startswith("الجمعيات") for _, obj in urged)
