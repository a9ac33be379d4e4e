"""Holders written right before a stance noun, session 29 (nnnear29).

- A definite stance participle that describes the holder («الحكومة السودانية الموالية
  للرئيس», «الجماعة المعارضة») does not cut the stance noun off its light verb: «وأبدت
  X الموالية لـ Y رفضها لـ Z» is X's refusal (``kg.relations.stance_attributive``).
- A name in construct with a noun of members («نواب», «قادة», «مؤيدو»), a person noun
  («عضو»), a ministry's portfolio («وزير خارجية X») or a verbal noun with «لـ» («لتحرير
  X») before a possessive stance noun is no holder: the head of the phrase is
  (``kg.relations.stance_construct_holders``); «المتحدث باسم X» still speaks for X.
- A headline or caption «X: رفضنا/دعمنا لـ ...», «X: نرفض ...»: the first person after the
  colon is the named topic that opens the sentence (a person's, through the body of the
  title), never a city of a dateline (``kg.relations.stance_headline_topics``).
- «يعرب X عن ترحيبه بالانتخابات الفلسطينية»: a country's adjective after an undertaking
  welcomed or praised qualifies it as any definite adjective does; the undertaking is the
  object (``kg.relations.stance_phrase_objects``).

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

SUDAN_GOV = E("GovernmentBody", "الحكومة السودانية", ("الحكومة السودانية",))
BASHIR = E("Person", "عمر البشير", ("البشير",))
BROTHERS = E("Organization", "جماعة الإخوان المسلمين", ("جماعة الإخوان المسلمين",))
HEZBOLLAH = E("Organization", "حزب الله", ("حزب الله",))
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
HAMAS = E("Organization", "حركة حماس", ("حركة حماس",))
FATAH = E("Organization", "حركة فتح", ("حركة فتح",))
IRAN = E("Country", "إيران", ("إيران",), "Q794")
PALESTINE = E("Country", "فلسطين", ("فلسطين",), "Q219060")
GAZA = E("City", "غزة", ("غزة",), "Q39364")
EU = E("InternationalOrganization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",), "Q458")
PALESTINIAN = E("Country", "فلسطين", ("الفلسطينية",), "Q219060")
ENTITIES = [SUDAN_GOV, BASHIR, BROTHERS, HEZBOLLAH, EGYPT, HAMAS, FATAH, IRAN, PALESTINE,
            GAZA, EU]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


# --- a stance adjective of the holder before its stance noun ---------------------------------

@pytest.mark.parametrize(("text", "holder"), [
    ("وأبدت الحكومة السودانية الموالية للرئيس البشير رفضها لنشر القوات الدولية في دارفور.",
     "الحكومة السودانية"),
    ("وأعلنت جماعة الإخوان المسلمين المعارضة رفضها للتعديلات الدستورية الجديدة.",
     "جماعة الإخوان المسلمين"),
])
def test_describing_adjective_keeps_the_light_verb(text: str, holder: str) -> None:
    found = run(text)
    assert any(kind == "rejects" and subject == holder for kind, subject, _ in found), found


def test_describing_adjective_keeps_its_own_stance() -> None:
    text = "وأبدت الحكومة السودانية الموالية للرئيس البشير رفضها لنشر القوات الدولية في دارفور."
    assert ("supports", "الحكومة السودانية", "عمر البشير") in run(text)


def test_opposition_as_the_subject_is_no_adjective() -> None:
    # «وأعلنت المعارضة رفضها»: right after the verb «المعارضة» is the subject (a noun), not
    # an adjective of a name; the government named in the clause before holds no refusal
    text = "وانتقدت الحكومة السودانية قرار مجلس الأمن، وأعلنت المعارضة رفضها للقرار الجديد."
    found = run(text)
    assert not any(kind == "rejects" for kind, _, _ in found), found


# --- a name in construct with another noun -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "وأعرب عدد من نواب حزب الله عن رفضهم للقرار الحكومي الأخير.",
    "وأعلن أحد قادة حركة حماس رفضه للمبادرة المصرية الجديدة.",
    "وأعلن مؤيدو حركة فتح تأييدهم للمبادرة المصرية الجديدة.",
    "وأعلن عضو حركة فتح رفضه للمبادرة المصرية الجديدة.",
    "وأبدى وزير خارجية إيران رفضه للمبادرة المصرية الجديدة.",
    "وأكدت الجبهة الشعبية لتحرير فلسطين رفضها للمبادرة المصرية الجديدة.",
])
def test_genitive_of_another_noun_holds_no_stance(text: str) -> None:
    found = run(text)
    assert not any(kind in {"rejects", "supports"} for kind, _, _ in found), found


@pytest.mark.parametrize(("text", "holder"), [
    ("وأعلن المتحدث باسم حركة حماس رفضه للمبادرة المصرية الجديدة.", "حركة حماس"),
    ("وأعلن حزب الله رفضه للقرار الحكومي الأخير.", "حزب الله"),
    ("وأعلنت حركة حماس رفضها للمبادرة المصرية الجديدة.", "حركة حماس"),
])
def test_head_of_the_phrase_still_holds(text: str, holder: str) -> None:
    found = run(text)
    assert any(kind == "rejects" and subject == holder for kind, subject, _ in found), found


# --- the headline's topic before a colon ------------------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("حركة فتح: نرفض القرار الإسرائيلي الأخير بشأن المستوطنات.",
     ("rejects", "حركة فتح", "القرار الإسرائيلي الأخير")),
    ("حزب الله: إن دعمنا للمقاومة الفلسطينية ثابت لا يتغير.",
     ("supports", "حزب الله", "المقاومة الفلسطينية")),
    ("مصر: ندعم الشعب الفلسطيني في نضاله.", ("supports", "مصر", "الشعب الفلسطيني")),
])
def test_headline_topic_holds_the_first_person(text: str, fact: tuple[str, str, str]) -> None:
    found = run(text)
    assert any(k == fact[0] and s == fact[1] and fact[2] in o for k, s, o in found), found


@pytest.mark.parametrize("text", [
    "غزة: نرفض الحصار المفروض على القطاع منذ سنوات.",  # a dateline, not a speaker
    "وأضاف أن حركة فتح: نرفض القرار الإسرائيلي الأخير.",  # the name does not open the sentence
])
def test_no_headline_topic(text: str) -> None:
    found = run(text)
    assert not any(k == "rejects" for k, _, _ in found), found


# --- an undertaking qualified by a country's adjective -----------------------------------------

def test_undertaking_with_a_country_adjective_is_the_object() -> None:
    text = "وأعرب الاتحاد الأوروبي عن ترحيبه بالانتخابات الفلسطينية التي جرت أمس."
    doc = extract_relations(build_doc(text, [EU, PALESTINIAN]))
    found = stances(doc)
    assert any(k == "welcomes" and s == "الاتحاد الأوروبي" and "الانتخابات" in o
               for k, s, o in found), found
    assert ("welcomes", "الاتحاد الأوروبي", "فلسطين") not in found, found

