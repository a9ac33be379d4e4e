"""gsrrecall26: event recall rules.

- ``kg.relations.event_chronicle``: a violent noun opening a dated chronicle entry
  («* 12 ديسمبر 2005: اغتيال الصحافي فلان») is a reported event, though no agent is named;
  without the date and colon («في 12 ديسمبر اغتيال», «قال: اغتيال») it is not.
- ``kg.relations.event_light_deeds``: a noun behind «بـ» after a past light verb told far
  before it («قام متظاهرون في ضواحي المدينة بالاحتجاج على») is done; an imperfect
  («يقوم ... بالاحتجاج») or another «بـ» noun between («قام الوفد بجولة ... بعد») is not;
  likewise a noun behind «لـ» (or after «لمحاولة») after a past «تعرض» told far before it
  («تعرض الوزير فلان خلال زيارته إلى المدينة لمحاولة اغتيال»), not when feared («خشية تسرب
  الخبر وتعرض الرئيس لمحاولة اغتيال»).
- downing: the plural «أسقطوا» and an aircraft's dual before its genitive («أسقطت طائرتي
  تجسس») are an attack like «أسقطت طائرة»; «أسقطوا التهم» is none.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

KARIM = E("Person", "كريم سالمي", ("كريم سالمي",))
BELGIUM = E("Country", "بلجيكا", ("بلجيكا",), "Q31")
ALL = [KARIM, BELGIUM]


def labels(text: str) -> list[str]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return sorted(e.label for e in doc.events)


def test_a_dated_chronicle_entry_reports_its_killing() -> None:
    assert labels("* 14 مارس (آذار) 2004: اغتيال الصحافي كريم سالمي في بلجيكا.") == ["Killing"]


def test_a_day_only_chronicle_entry_reports_its_bombing() -> None:
    assert labels("ـ 17: تفجير انتحاري في فندق كبير في بلجيكا.") == ["Attack"]


def test_a_noun_without_the_dated_colon_is_no_entry() -> None:
    assert labels("وفي 14 مارس اغتيال الصحافي كريم سالمي في بلجيكا.") == []
    assert labels("قال كريم سالمي: اغتيال الصحافيين في بلجيكا جريمة.") == []


def test_a_far_past_light_verb_reports_its_protest_noun() -> None:
    assert labels("قام متظاهرون في ضواحي العاصمة بالاحتجاج على قرار كريم سالمي.") == ["Protest"]


def test_an_imperfect_light_verb_reports_no_protest() -> None:
    assert labels("يقوم متظاهرون كل أسبوع في الساحة بالاحتجاج على الغلاء.") == []


def test_a_light_verb_with_its_own_complement_reports_no_later_noun() -> None:
    assert labels("قام متظاهرون بحملة في ضواحي العاصمة بالاحتجاج على قرار كريم سالمي.") == []


def test_a_far_undergoing_verb_reports_the_attempt_on_a_life() -> None:
    text = "تعرض الصحافي كريم سالمي صباح اليوم في العاصمة لمحاولة اغتيال."
    assert labels(text) == ["Attack"]  # an attempt on his life (``event_attack_words``)


def test_an_undergoing_verb_with_its_own_complement_reports_no_later_noun() -> None:
    assert labels("تعرض الصحافي كريم سالمي للانتقاد الشديد بعد الهجوم في بلجيكا.") == []


def test_a_feared_undergoing_reports_nothing() -> None:
    text = "لم يعلن موعد الزيارة خشية تسرب الخبر إعلاميا وتعرض كريم سالمي لمحاولة اغتيال."
    assert labels(text) == []


def test_a_plural_downing_of_an_aircraft_is_an_attack() -> None:
    assert labels("وقال كريم سالمي إن المسلحين أسقطوا مروحية عسكرية في بلجيكا.") == ["Attack"]
    assert labels("وأسقطوا التهم عن كريم سالمي في بلجيكا.") == []


def test_a_dual_aircraft_downed_is_an_attack() -> None:
    assert labels("وقالت بلجيكا إن قواتها أسقطت طائرتي تجسس فوق الحدود.") == ["Attack"]
