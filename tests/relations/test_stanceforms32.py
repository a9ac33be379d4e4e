"""Less common stance forms (session 32). Made-up sentences.

Rules tested:

- «نبّه X إلى/من ...» alerts X to a danger: a warning of X (``warns``), like «حذّر X من»;
  with no one named before «إلى» («نبه إلى أن ...», «نبه إلى أهمية ...») it points a thing
  out and warns no one; «تنبّه» (became aware) is no trigger (``stance_spellings.ALERTED``,
  ``stance_spellings.alerted_to``);
- the participle «مشاطراً/مشاطرةً X مخاوفه» shares a concern with X
  (``sharesConcernWith``); «شارك» (taking part) is no trigger
  (``stance_spellings.SHARING_CONCERN_PARTICIPLES``);
- an appeal verb whose quoted words open with whom it calls on («ودعت X «جميع المواطنين إلى
  ...»») urges that group, as without the quote; a quote that opens with the demand
  («دعت X «إلى الحوار»») names no one (``stance_addressees.quoted_appeal``);
- a coordination with a partner after «مع» that is only wanted or denied («أكد أهمية التنسيق
  مع X», «دعا إلى التعاون مع X», «نفى وجود أي تنسيق مع X») is no stance, as with «بين»
  (``stance_pairs.wanted``); a coordination done stays;
- a stance verb in the first person singular in a speaker's quote («أندد», «أطالب»,
  «أدعو») is the speaker's; «أدين لـ» (I owe), «أدعو الله» (a prayer), «أرحب» (wider) and
  a form outside any quote hold nothing (``stance_first_singular``).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
YEMEN = E("Country", "اليمن", ("اليمن",), "Q805")
SALEM = E("Person", "كريم سالم", ("كريم سالم",))
ENTITIES = [EGYPT, QATAR, YEMEN, SALEM]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def of_kind(text: str, kind: str) -> set[tuple[str, str]]:
    return pairs(run(text), kind)


@pytest.mark.parametrize(("text", "pair"), [
    ("ونبه كريم سالم قطر إلى خطورة التصعيد في اليمن.", ("كريم سالم", "قطر")),
    ("ونبهت مصر قطر من عواقب التدخل.", ("مصر", "قطر")),
    ("ونبه كريم سالم المواطنين إلى خطورة السباحة في الأودية.", ("كريم سالم", "المواطنين")),
])
def test_alerting_someone_to_a_danger_warns_them(text: str, pair: tuple[str, str]) -> None:
    assert pair in of_kind(text, "warns")


@pytest.mark.parametrize("text", [
    "ونبه كريم سالم إلى أن قطر تواصل التصعيد في اليمن.",
    "ونبهت مصر إلى أهمية التعاون مع قطر.",
    "وتنبه كريم سالم إلى خطورة الموقف في اليمن.",
])
def test_pointing_a_thing_out_warns_no_one(text: str) -> None:
    assert of_kind(text, "warns") == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("وأبدت مصر قلقها من الوضع في اليمن، مشاطرة قطر مخاوفها.", ("مصر", "قطر")),
    ("وقال كريم سالم إن الوضع خطير، مشاطرا قطر قلقها.", ("كريم سالم", "قطر")),
])
def test_sharing_a_concern(text: str, pair: tuple[str, str]) -> None:
    assert pair in of_kind(text, "sharesConcernWith")


@pytest.mark.parametrize("text", [
    "وشاركت مصر في الاجتماع الذي ناقش القلق من الوضع في اليمن.",
    "وشاركت مصر قطر في المناورات العسكرية.",
    "ويشارك كريم سالم في المؤتمر الذي يبحث مخاوف قطر.",
])
def test_taking_part_shares_no_concern(text: str) -> None:
    assert of_kind(text, "sharesConcernWith") == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("ودعت مصر «جميع المواطنين إلى الإبلاغ عن المخالفين».", ("مصر", "جميع المواطنين")),
    ("وطالب كريم سالم «المجتمع الدولي بالضغط على قطر».", ("كريم سالم", "المجتمع الدولي")),
])
def test_quoted_words_may_open_with_whom_an_appeal_calls_on(text: str,
                                                             pair: tuple[str, str]) -> None:
    assert pair in of_kind(text, "urges")


@pytest.mark.parametrize("text", [
    "ودعت مصر «إلى الحوار بين الأطراف في اليمن».",
    "وقال كريم سالم «المواطنون في مصر يرفضون العنف».",
])
def test_a_quote_that_opens_with_the_demand_names_no_one(text: str) -> None:
    assert of_kind(text, "urges") == set()


@pytest.mark.parametrize("text", [
    "وشدد كريم سالم على أهمية التنسيق مع قطر في مكافحة الإرهاب.",
    "ودعت مصر إلى التعاون مع قطر في مجال الطاقة.",
    "ونفى كريم سالم وجود أي تنسيق مع قطر.",
])
def test_a_wished_coordination_with_a_partner_is_none(text: str) -> None:
    assert of_kind(text, "coordinatesWith") == set()


@pytest.mark.parametrize(("text", "pair"), [
    ("وتتعاون مصر مع قطر في مكافحة الإرهاب.", ("مصر", "قطر")),
    ("ونفذت مصر الحملة بالتعاون مع قطر.", ("مصر", "قطر")),
])
def test_a_coordination_done_stays(text: str, pair: tuple[str, str]) -> None:
    assert pair in of_kind(text, "coordinatesWith")


@pytest.mark.parametrize(("text", "kind", "pair"), [
    ("وقال كريم سالم: «أنا أندد بالهجوم على قطر».", "condemns", ("كريم سالم", "الهجوم")),
    ("وقال كريم سالم: «أطالب قطر بوقف التصعيد».", "urges", ("كريم سالم", "قطر")),
    ("وقال كريم سالم: «أدعو مصر إلى الحوار مع قطر».", "urges", ("كريم سالم", "مصر")),
])
def test_a_first_person_singular_in_a_quote_is_the_speakers(text: str, kind: str,
                                                            pair: tuple[str, str]) -> None:
    assert pair in of_kind(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("وقال كريم سالم: «أدين لقطر بالفضل».", "condemns"),
    ("وقال كريم سالم: «أدعو الله أن يحفظ مصر».", "urges"),
    ("وقال كريم سالم: «نسعى إلى آفاق أرحب مع قطر».", "welcomes"),
    ("أطالب قطر بوقف التصعيد.", "urges"),
])
def test_no_first_person_stance_outside_a_quote_or_in_another_sense(text: str, kind: str) -> None:
    assert of_kind(text, kind) == set()
