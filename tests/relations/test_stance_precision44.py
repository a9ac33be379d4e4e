"""Stances read wrongly on fresh wire news, session 44 (helper st44).

- «ورفض الحلواني التطرق إلى أي أسماء»: a person named again by a bare last name no tagger
  marks (or that reads as a nationality adjective) still declines to discuss; the check for
  a reply withheld looks past the name (``stance_bare_surnames``);
- «ورفض X البريطاني الجنسية أن يكشف ...», «وانتقد X الأمريكي الأصل الحكومة»: a noun of origin
  after the holder's nationality adjective is the holder's, never the object
  (``stance_holder_nisbas``);
- «منح البنك الصين قرضا بقيمة 200 مليون دولار لدعم بكين», «من أجل دعم المؤسسة نستثمر هذه
  الأموال»: support named as the purpose of a loan, a sum or an investment is material help,
  not a stance (``stance_funded_purposes``);
- «رفضت روما استبعاد اللجوء إلى القوة», «رفض استبعاد الخيار العسكري»: declining to rule out an
  option keeps it open and rejects nothing (``stance_decoys``).

Sentences written for the tests.
"""

from __future__ import annotations

from dataclasses import replace

from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR
from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

MAJED = E("Person", "ماجد الحلواني", ("ماجد الحلواني",))
KENNY = E("Person", "مايكل كيني", ("مايكل كيني",))
KENYA = E("Country", "كينيا", ("كيني",))
KHALED = E("Person", "خالد الزعبي", ("خالد الزعبي",))
BRITAIN = E("Country", "بريطانيا", ("البريطاني",))
USA = E("Country", "الولايات المتحدة", ("الأمريكي",))
IRAQ_GOV = E("Organization", "الحكومة العراقية", ("الحكومة العراقية",))
BANK = E("Organization", "البنك الدولي", ("البنك الدولي",))
PERU = E("Country", "بيرو", ("بيرو",))
LIMA = E("City", "ليما", ("ليما",))
FUND = E("Organization", "صندوق الأوقاف", ("صندوق الأوقاف",))
COUNCIL = E("Organization", "المجلس البلدي", ("المجلس البلدي",))
FRANCE = E("Country", "فرنسا", ("فرنسا",))
LEBANON_GOV = E("Organization", "الحكومة اللبنانية", ("الحكومة اللبنانية",))
CABINET = E("Organization", "الحكومة الإيطالية", ("الحكومة الإيطالية",))


def found(text: str, entities: list[E]) -> set[tuple[str, str, str]]:
    return stances(extract_relations(build_doc(text, entities)))


# A bare last name between the verb and the declined saying.

def test_bare_last_name_declines_to_discuss() -> None:
    text = "قال ماجد الحلواني إن الفريق سيبقى. ورفض الحلواني التطرق إلى أي أسماء مرشحة للمنصب."
    assert not any(kind == "rejects" for kind, _, _ in found(text, [MAJED]))


def _as_adjective(doc: Document, surface: str) -> Document:
    """The mentions of ``surface`` as the gazetteer's nationality adjective marks them."""
    return replace(doc, mentions=tuple(
        replace(m, extractor=ADJECTIVE_EXTRACTOR) if m.text == surface else m
        for m in doc.mentions))


def _kenny(text: str) -> set[tuple[str, str, str]]:
    return stances(extract_relations(_as_adjective(build_doc(text, [KENNY, KENYA]), "كيني")))


def test_last_name_read_as_a_nationality_declines() -> None:
    text = "قال مايكل كيني إن النادي سيبقى. ورفض كيني التطرق إلى أي أسماء مرشحة."
    assert not any(kind == "rejects" for kind, _, _ in _kenny(text))


def test_last_name_read_as_a_nationality_still_rejects() -> None:
    text = "قال مايكل كيني إن النادي سيبقى. ورفض كيني الاقتراح."
    assert ("rejects", "مايكل كيني", "الاقتراح") in _kenny(text)


def test_bare_last_name_still_rejects_a_proposal() -> None:
    text = "قال ماجد الحلواني إن الفريق سيبقى. ورفض الحلواني الاقتراح."
    assert ("rejects", "ماجد الحلواني", "الاقتراح") in found(text, [MAJED])


# A noun of origin after the holder's nationality adjective.

def test_nationality_noun_is_not_rejected() -> None:
    text = "ورفض خالد الزعبي البريطاني الجنسية أن يكشف عن اسمه الكامل."
    assert found(text, [KHALED, BRITAIN]) == set()


def test_origin_noun_leaves_the_named_object() -> None:
    text = "وانتقد خالد الزعبي الأمريكي الأصل الحكومة العراقية."
    assert found(text, [KHALED, USA, IRAQ_GOV]) == {
        ("criticizes", "خالد الزعبي", "الحكومة العراقية")}


def test_nationality_adjective_alone_still_read() -> None:
    text = "وانتقد خالد الزعبي البريطاني الحكومة العراقية."
    assert ("criticizes", "خالد الزعبي", "الحكومة العراقية") in \
        found(text, [KHALED, BRITAIN, IRAQ_GOV])


# Support as the purpose of money.

def test_loan_to_support_a_country_is_no_stance() -> None:
    text = "وأعلن البنك الدولي منح بيرو قرضا بقيمة 150 مليون دولار لدعم ليما في مواجهة الجفاف."
    assert not any(kind == "supports" for kind, _, _ in found(text, [BANK, PERU, LIMA]))


def test_investment_for_support_is_no_stance() -> None:
    text = 'ويقول السيد خالد الزعبي: " إننا من أجل دعم المجلس البلدي نستثمر هذه الأموال هنا.'
    assert not any(kind == "supports" for kind, _, _ in found(text, [KHALED, FUND, COUNCIL]))


def test_support_without_money_stays() -> None:
    text = "وأعلنت فرنسا دعمها للحكومة اللبنانية."
    assert ("supports", "فرنسا", "الحكومة اللبنانية") in found(text, [FRANCE, LEBANON_GOV])


def test_money_in_another_clause_leaves_support() -> None:
    text = "وقدمت فرنسا قرضا للبنان، وأكدت دعمها للحكومة اللبنانية."
    assert ("supports", "فرنسا", "الحكومة اللبنانية") in found(text, [FRANCE, LEBANON_GOV])


# Declining to rule out an option.

def test_refusing_to_rule_out_force_rejects_nothing() -> None:
    text = "وقالت الحكومة الإيطالية إنها ترفض دائما استبعاد اللجوء إلى القوة في الأزمة."
    assert not any(kind == "rejects" for kind, _, _ in found(text, [CABINET]))


def test_refusing_to_rule_out_an_option_rejects_nothing() -> None:
    text = "ورفضت الحكومة الإيطالية استبعاد الخيار العسكري في المنطقة."
    assert not any(kind == "rejects" for kind, _, _ in found(text, [CABINET]))


def test_refusing_an_exclusion_of_people_still_rejects() -> None:
    text = "ورفضت الحكومة الإيطالية استبعاد المرشحين المستقلين."
    assert ("rejects", "الحكومة الإيطالية", "استبعاد المرشحين المستقلين") in \
        found(text, [CABINET])


def test_rejecting_the_option_itself_still_rejects() -> None:
    text = "ورفضت الحكومة الإيطالية الخيار العسكري في المنطقة."
    assert ("rejects", "الحكومة الإيطالية", "الخيار العسكري") in found(text, [CABINET])
