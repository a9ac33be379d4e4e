"""Holders of stance nouns, session 28 (nsnoun28).

- A light verb right after «الذي»/«التي» governing a verbal noun whose possessive pronoun
  agrees with the relative and the verb («X، الذي أعرب عن رفضه لـ», «X التي جددت دعمها لـ»,
  «X، الذي عاد وعبر عن غضبه من»): the named antecedent holds the stance (see
  :mod:`kg.relations.stance_relative_nouns`); not with a pronoun that disagrees, not with
  words of another subject between the verb and the noun, not with no name before the
  relative, not when the name is the genitive of a title or kinship word before it
  («بوزير خارجية مصر الذي», «نجل X الذي»; see :mod:`kg.relations.stance_genitive_names`),
  for a stance verb in the relative clause too («بوزير خارجية مصر الذي انتقد Y»).
- «سعادة» right before a title or an honorific is a style of address that opens the
  subject («ورفع سعادة مدير الجامعة الدكتور X أسمى آيات الشكر لـ», see
  :func:`kg.relations.arguments.subject_after`); alone it is «happiness».

Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

KARIMI = E("Person", "سالم الكريمي", ("سالم الكريمي",))
NOURA = E("Person", "نورة السالم", ("نورة السالم",))
ARAB_LEAGUE = E("InternationalOrganization", "الجامعة العربية", ("الجامعة العربية",))
TURK_GOV = E("GovernmentBody", "الحكومة التركية", ("الحكومة التركية",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",))
EGYPT = E("Country", "مصر", ("مصر",))
FEDERATION = E("Organization", "اتحاد الكرة الأردني", ("اتحاد الكرة الأردني",))
ENTITIES = [KARIMI, NOURA, ARAB_LEAGUE, TURK_GOV, ISRAEL, EGYPT, FEDERATION]


def run(text: str) -> set[tuple[str, str, str]]:
    doc: Document = extract_relations(build_doc(text, ENTITIES))
    return stances(doc)


def holders(text: str, kind: str) -> set[str]:
    return {s for k, s, _ in run(text) if k == kind}


# --- a light verb in a relative clause on a name ------------------------------------------

@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("وقال الوزير سالم الكريمي، الذي أعرب عن رفضه للتدخل العسكري في المنطقة، إن الحل "
     "سياسي.", "rejects", "سالم الكريمي"),
    ("والتقى سالم الكريمي، الذي جدد دعمه للحكومة التركية، بعدد من السفراء.",
     "supports", "سالم الكريمي"),
    ("وحضرت الجامعة العربية التي أبدت ترحيبها بالاتفاق الجديد الاجتماع.",
     "welcomes", "الجامعة العربية"),
    ("وأثار القرار غضب المعلق سالم الكريمي، الذي عاد وعبر عن استيائه من اتحاد الكرة "
     "الأردني بسبب التحكيم.", "criticizes", "سالم الكريمي"),
])
def test_relative_light_verb_noun(text: str, kind: str, holder: str) -> None:
    assert holder in holders(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    # «التي» after a man with a masculine pronoun: no relative clause of his
    ("وقال سالم الكريمي التي أعرب عن رفضه للتدخل العسكري إن الحل سياسي.", "rejects"),
    # another subject between the light verb and the noun
    ("وقال سالم الكريمي، الذي أعرب وزيره عن رفضه للتدخل العسكري، إن الحل سياسي.",
     "rejects"),
    # no name before the relative
    ("ونشر البيان الذي أعرب عن رفضه للتدخل العسكري في المنطقة.", "rejects"),
    # the noun's pronoun is plural: not the antecedent's
    ("وقال سالم الكريمي، الذي أعرب عن رفضهم للتدخل العسكري، إن الحل سياسي.", "rejects"),
    # the name is the genitive of a title or a kinship word: the clause is on that head
    ("والتقى الرئيس بوزير خارجية مصر الذي أعرب عن رفضه للتدخل العسكري.", "rejects"),
    ("والتقى الوزير نجل سالم الكريمي الذي أعرب عن رفضه للتدخل العسكري.", "rejects"),
])
def test_relative_light_verb_noun_none(text: str, kind: str) -> None:
    assert not holders(text, kind)


@pytest.mark.parametrize("text", [
    "والتقى الرئيس بوزير خارجية مصر الذي انتقد الحكومة التركية بشدة.",
    "والتقى الوزير نجل سالم الكريمي الذي انتقد الحكومة التركية بشدة.",
])
def test_genitive_name_holds_no_verb(text: str) -> None:
    assert not holders(text, "criticizes")


def test_relative_verb_still_read() -> None:
    assert "مصر" in holders("وزار الوفد مصر التي انتقدت الحكومة التركية.", "criticizes")


# --- «سعادة» before a title opens the subject ---------------------------------------------

@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("ورفع سعادة مدير الجامعة الدكتور سالم الكريمي أسمى آيات الشكر للجامعة العربية على "
     "دعمها للبرنامج.", "praises", "سالم الكريمي"),
    ("وأشاد سعادة السفير سالم الكريمي بجهود الجامعة العربية.", "praises", "سالم الكريمي"),
])
def test_styled_title_subject(text: str, kind: str, holder: str) -> None:
    assert holder in holders(text, kind)


def test_happiness_is_no_style() -> None:
    # «سعادة» with no title after it is «happiness»: the name further on is no subject
    assert "سالم الكريمي" not in holders(
        "ورحبت سعادة غامرة بين أنصار سالم الكريمي بقرار الجامعة العربية.", "welcomes")
