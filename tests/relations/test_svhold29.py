"""Stance holders written before the verb, session 29.

- «X، من جهتها، رحبت», «X بدوره رفض»: a named agent that opens the clause before a «for
  its part» aside holds the stance of a verb of either tense, when the aside's pronoun
  agrees with the verb, a body in «ة» takes a feminine verb, a person a masculine one (past
  a title that opens the clause); not a genitive («رئيس وزراء مصر، من جهته»), nor a name
  after a preposition or past a relative pronoun
  (:mod:`kg.relations.stance_aside_subjects`); so does a short phrase of the statement
  between commas («X، في بيان لها، أدانت»), whose pronoun agrees and which names no one;
- «X وY يدينان», «X وY ترحبان»: the dual imperfects of the stance verbs are triggers, held
  by both names joined by «و» right before them when the first opens its clause; a dual
  verb gets no single holder («رئيسا وزراء X وY يدينان»), and «يدينان بالفضل» owes
  (:mod:`kg.relations.stance_dual_forms`, :mod:`kg.relations.stance_dual_holders`);
- «رئيس وزراء مصر يدين», «أنصار حزب الله يرفضون», «وبعض X يعارضون»: a name in construct
  after a title, a noun of members or of a part, right before the verb, is no holder; a
  person after a definite title («وزير الخارجية الكندي كريم الهاشمي يرفض») and a name
  after «إن» still are
  (:mod:`kg.relations.stance_construct_names`); nor is a name after an indefinite noun
  with «ل»/«ب» glued to it («الجبهة الشعبية لتحرير مصر رفضت»), though one after a
  connective («بينما مصر ترفض») is.

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

FOREIGN = E("GovernmentBody", "وزارة الخارجية الكندية", ("وزارة الخارجية الكندية",))
YEMEN_GOV = E("GovernmentBody", "الحكومة اليمنية", ("الحكومة اليمنية",))
EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
COUNCIL = E("InternationalOrganization", "مجلس الأمن", ("مجلس الأمن",))
HOUTHIS = E("Organization", "الحوثيين", ("الحوثيين",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
KAREEM = E("Person", "كريم الهاشمي", ("كريم الهاشمي",))
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
ENTITIES = [FOREIGN, YEMEN_GOV, EU, COUNCIL, HOUTHIS, EGYPT, IRAN, KAREEM, JORDAN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def holders(doc: Document, kind: str) -> set[str]:
    return {s for k, s, _ in stances(doc) if k == kind}


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وزارة الخارجية الكندية، من جهتها، رحبت بقرار مجلس الأمن.", "welcomes",
     "وزارة الخارجية الكندية"),
    ("وزارة الخارجية الكندية من جهتها رحبت بقرار مجلس الأمن.", "welcomes",
     "وزارة الخارجية الكندية"),
    ("الحكومة اليمنية، بدورها، رفضت مبادرة الحوثيين.", "rejects", "الحكومة اليمنية"),
    ("والاتحاد الأوروبي من جانبه انتقد إيران بشدة.", "criticizes", "الاتحاد الأوروبي"),
    ("وقال المتحدث إن وزارة الخارجية الكندية، من جهتها، انتقدت إيران.", "criticizes",
     "وزارة الخارجية الكندية"),
    ("الوزير كريم الهاشمي، من جهته، انتقد إيران بشدة.", "criticizes", "كريم الهاشمي"),
])
def test_a_holder_before_its_aside_holds_the_stance(text: str, kind: str, holder: str) -> None:
    assert holder in holders(run(text), kind)


@pytest.mark.parametrize(("text", "kind", "holder"), [
    # the aside's pronoun does not agree with the verb
    ("الحكومة اليمنية، من جهته، رفضت مبادرة الحوثيين.", "rejects", "الحكومة اليمنية"),
    # a feminine body and a masculine verb
    ("وزارة الخارجية الكندية، من جهته، انتقد إيران.", "criticizes", "وزارة الخارجية الكندية"),
    # a man and a feminine aside
    ("كريم الهاشمي، من جهتها، انتقدت إيران.", "criticizes", "كريم الهاشمي"),
    # a genitive, not the head of its clause
    ("رئيس وزراء مصر، من جهته، انتقد إيران بشدة.", "criticizes", "مصر"),
    # governed by a preposition
    ("وتحدث الوزير عن الاتحاد الأوروبي، من جانبه انتقد إيران.", "criticizes",
     "الاتحاد الأوروبي"),
])
def test_no_holder_where_the_aside_does_not_fit(text: str, kind: str, holder: str) -> None:
    assert holder not in holders(run(text), kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("مصر والأردن يدينان الهجوم على إيران.", "condemns"),
    ("مصر والأردن ترحبان بقرار مجلس الأمن.", "welcomes"),
    ("وقال المتحدث إن مصر والأردن ينتقدان إيران بشدة.", "criticizes"),
])
def test_two_joined_names_hold_a_dual_verb(text: str, kind: str) -> None:
    assert {"مصر", "الأردن"} <= holders(run(text), kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("رئيسا وزراء مصر والأردن يدينان الهجوم على إيران.", "condemns"),
    ("والتقى الوزير بوزيري خارجية مصر والأردن ينتقدان إيران.", "criticizes"),
    ("مصر والأردن يدينان بالفضل للاتحاد الأوروبي.", "condemns"),
])
def test_no_holder_of_a_dual_verb_without_a_joined_pair(text: str, kind: str) -> None:
    assert holders(run(text), kind) == set()


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("رئيس وزراء مصر يدين الهجوم على السفارة.", "condemns", "مصر"),
    ("وزير خارجية مصر ينتقد إيران بشدة.", "criticizes", "مصر"),
    ("أنصار الحوثيين يرفضون قرار مجلس الأمن.", "rejects", "الحوثيين"),
    ("لكن الأكراد وبعض الحوثيين يرفضون قرار مجلس الأمن.", "rejects", "الحوثيين"),
    ("إلا أن الجبهة الشعبية لتحرير مصر رفضت قرار مجلس الأمن.", "rejects", "مصر"),
    ("وقال إن الحركة الوطنية لتحرير إيران تنتقد الاتحاد الأوروبي.", "criticizes", "إيران"),
])
def test_a_name_in_construct_before_the_verb_holds_nothing(text: str, kind: str,
                                                           holder: str) -> None:
    assert holder not in holders(run(text), kind)


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وزير الخارجية الكندي كريم الهاشمي ينتقد إيران بشدة.", "criticizes", "كريم الهاشمي"),
    ("وقال المتحدث إن مصر تنتقد إيران بشدة.", "criticizes", "مصر"),
    ("الاتحاد الأوروبي ينتقد إيران بشدة.", "criticizes", "الاتحاد الأوروبي"),
    ("بينما مصر ترفض قرار مجلس الأمن.", "rejects", "مصر"),
])
def test_a_clause_head_before_the_verb_still_holds_it(text: str, kind: str,
                                                      holder: str) -> None:
    assert holder in holders(run(text), kind)


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وزارة الخارجية الكندية، في بيان، تنتقد إيران بشدة.", "criticizes",
     "وزارة الخارجية الكندية"),
    ("وزارة الخارجية الكندية، في بيان لها، انتقدت إيران بشدة.", "criticizes",
     "وزارة الخارجية الكندية"),
    ("الاتحاد الأوروبي، في بيان صحفي، ينتقد إيران بشدة.", "criticizes", "الاتحاد الأوروبي"),
])
def test_a_holder_before_a_statement_aside(text: str, kind: str, holder: str) -> None:
    assert holder in holders(run(text), kind)


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وزارة الخارجية الكندية، في بيان له، انتقد إيران بشدة.", "criticizes",
     "وزارة الخارجية الكندية"),
    ("وزارة الخارجية الكندية، في بيان للاتحاد الأوروبي، تنتقد إيران.", "criticizes",
     "وزارة الخارجية الكندية"),
])
def test_no_holder_before_a_statement_aside_that_does_not_fit(text: str, kind: str,
                                                              holder: str) -> None:
    assert holder not in holders(run(text), kind)
