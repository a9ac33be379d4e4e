"""Stance holders named earlier and resumed, session 28 (nsres28).

- The author of a document named as the subject of the relative clause that issued it
  («الرسالة التي وجهها X», «الكلمة التي ألقاها X», «البيان الذي أصدره X») holds the stance
  of a verb whose «فيه»/«فيها» resumes the document, after the same relative pronoun again
  («والتي دعا فيها») or conjoined a few words after the author («ألقاها X ودعا فيها»); the
  relative pronoun, the issuing verb's pronoun and «فيه»/«فيها» agree (see
  :mod:`kg.relations.stance_relative_documents`); a place is never the author.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

KARIMI = E("Person", "سالم الكريمي", ("سالم الكريمي",))
NOURA = E("Person", "نورة السالم", ("نورة السالم",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
FRONT = E("Organization", "جبهة الأحرار", ("جبهة الأحرار",))
TURK_GOV = E("GovernmentBody", "الحكومة التركية", ("الحكومة التركية",))
CAIRO = E("City", "القاهرة", ("القاهرة",))
ENTITIES = [KARIMI, NOURA, UN, FRONT, TURK_GOV, CAIRO]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


def holders(text: str, kind: str) -> set[str]:
    return {s for k, s, _ in run(text) if k == kind}


# --- the author named in the relative clause that issued the document -------------------

@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وجاء الهجوم بعد أيام من الرسالة الصوتية التي وجهها سالم الكريمي المتحدث باسم جبهة "
     "الأحرار بمناسبة العيد، والتي دعا فيها الحكومة التركية إلى فتح الحدود.",
     "urges", "سالم الكريمي"),
    ("وأشار المراقبون إلى الكلمة التي ألقتها نورة السالم ودعت فيها الأمم المتحدة إلى "
     "التدخل.", "urges", "نورة السالم"),
    ("ونشرت الصحف البيان الذي أصدرته جبهة الأحرار أمس، والذي انتقدت فيه الحكومة التركية.",
     "criticizes", "جبهة الأحرار"),
])
def test_relative_clause_author_holds(text: str, kind: str, holder: str) -> None:
    assert holder in holders(text, kind)


def test_relative_author_not_the_body_in_the_title() -> None:
    text = ("وجاء الهجوم بعد أيام من الرسالة الصوتية التي وجهها سالم الكريمي المتحدث باسم "
            "جبهة الأحرار بمناسبة العيد، والتي دعا فيها الحكومة التركية إلى فتح الحدود.")
    assert "جبهة الأحرار" not in holders(text, "urges")


@pytest.mark.parametrize("text", [
    # the pronoun does not agree: «فيه» cannot resume «الرسالة»
    "وأشار المراقبون إلى الرسالة التي وجهها سالم الكريمي، والذي دعا فيه الأمم المتحدة "
    "إلى التدخل.",
    # a place is never the author
    "وأشار المراقبون إلى الرسالة التي وجهتها القاهرة، والتي دعت فيها الأمم المتحدة إلى "
    "التدخل.",
    # the issuing verb has no pronoun of the document: not its author
    "وأشار المراقبون إلى الرسالة التي استقبل سالم الكريمي، والتي دعا فيها الأمم المتحدة "
    "إلى التدخل.",
])
def test_no_relative_author(text: str) -> None:
    assert not {"سالم الكريمي", "القاهرة"} & holders(text, "urges")
