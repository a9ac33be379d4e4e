"""Stance holders named earlier and resumed, session 28 (nsres28).

- The author of a document named as the subject of the relative clause that issued it
  («الرسالة التي وجهها X», «الكلمة التي ألقاها X», «البيان الذي أصدره X») holds the stance
  of a verb whose «فيه»/«فيها» resumes the document, after the same relative pronoun again
  («والتي دعا فيها») or conjoined a few words after the author («ألقاها X ودعا فيها»); the
  relative pronoun, the issuing verb's pronoun and «فيه»/«فيها» agree (see
  :mod:`kg.relations.stance_relative_documents`); a place is never the author.
- A masculine body right after a feminine stance verb («وطالبت المجتمع الدولي»,
  «ودعت مجلس الأمن») is its object, so the verb keeps the holder of the clause it
  continues (see :mod:`kg.relations.stance_masculine_objects`); a masculine verb, a
  feminine noun after it, or a word that may be a woman's title is left as before.
- The one who issues or delivers a document («ألقى رئيس المجلس كلمة ...») is named before
  it: a name after the document («كلمة نيابة عن X») is not its author (see
  :func:`kg.relations.stance_document_holders._issuer`); the speaker holds the stance.

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
COUNCIL = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",))
COALITION = E("Organization", "التحالف الوطني", ("التحالف الوطني",))
LEAGUE = E("InternationalOrganization", "الجامعة العربية", ("الجامعة العربية",))
ENTITIES = [KARIMI, NOURA, UN, FRONT, TURK_GOV, CAIRO, COUNCIL, COALITION, LEAGUE]


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


# --- a masculine body after a feminine verb is its object ---------------------------------

def urged(text: str) -> set[tuple[str, str]]:
    return {(s, o) for k, s, o in run(text) if k == "urges"}


@pytest.mark.parametrize(("text", "pair"), [
    ("ورحبت الجامعة العربية بالقرار، ودعت مجلس الأمن إلى التحرك الفوري.",
     ("الجامعة العربية", "مجلس الأمن")),
    ("وأدانت الحكومة التركية الهجوم على المدنيين، وطالبت التحالف الوطني بوقف القصف.",
     ("الحكومة التركية", "التحالف الوطني")),
    ("وأصدرت الحكومة التركية بيانا أدانت فيه الهجوم، وطالبت مجلس الأمن بالتحرك.",
     ("الحكومة التركية", "مجلس الأمن")),
])
def test_masculine_body_after_feminine_verb_is_urged(text: str,
                                                     pair: tuple[str, str]) -> None:
    assert pair in urged(text)


@pytest.mark.parametrize(("text", "holder"), [
    # a masculine verb agrees with the body: it is the subject
    ("ورحبت الجامعة العربية بالقرار، ودعا مجلس الأمن الحكومة التركية إلى التحرك.",
     "مجلس الأمن"),
])
def test_masculine_verb_keeps_its_subject(text: str, holder: str) -> None:
    assert {s for s, _ in urged(text)} == {holder}


def test_feminine_body_after_feminine_verb_not_made_object() -> None:
    text = "ورحب سالم الكريمي بالقرار، ودعت الجامعة العربية إلى التحرك الفوري."
    assert ("سالم الكريمي", "الجامعة العربية") not in urged(text)


# --- a speech on behalf of someone is the speaker's ----------------------------------------

def test_speech_on_behalf_of_a_named_person_not_his() -> None:
    text = ("وألقى رئيس المجلس البلدي كلمة نيابة عن سالم الكريمي أشاد فيها بالحكومة التركية "
            "على جهودها.")
    assert "سالم الكريمي" not in holders(text, "praises")


def test_speech_on_behalf_of_others_is_the_speakers() -> None:
    text = ("وألقى سالم الكريمي كلمة نيابة عن الأهالي أشاد فيها بالحكومة التركية على "
            "جهودها.")
    assert "سالم الكريمي" in holders(text, "praises")
