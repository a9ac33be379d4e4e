"""Inflected stance triggers (``kg.relations.stance_inflections``) and the holders of a dual
or plural stance verb that continues the opening clause (``kg.relations.stance_shared_pairs``).

Rules:
- a dual, a plural or an object-pronoun form of a listed stance verb, or a possessive of a
  listed verbal noun, is the base's trigger («انتقدتا», «يرفضان», «ينتقدونه», «ترحيبهما»);
- a verb's person and number are read without its object pronoun («انتقدته»: «انتقدت»);
- forms that are also other words are no trigger («أيده الله», «دعماً», «طالباً»);
- a dual verb after «، و» with no subject of its own takes the two names the opening verb
  took; a plural three or more; no holder when the count does not fit the number;
- a name right after a dual or plural verb is not its subject.
"""

from __future__ import annotations

import pytest

from kg.relations import extract_relations
from kg.relations.lexicon import STANCE, find_stance
from kg.relations.stance_inflections import person_form
from tests.relations.conftest import pairs
from tests.relations.docbuilder import E, build_doc

EGYPT = E("Country", "مصر", ("مصر",), "Q79")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
OMAN = E("Country", "عمان", ("عمان",), "Q842")
LIBYA = E("Country", "ليبيا", ("ليبيا",), "Q1016")
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",), "Q1065")
HASSAN = E("Person", "حسن العلي", ("حسن العلي", "العلي"))
KARIM = E("Person", "كريم سالم", ("كريم سالم",))
ENTITIES = [EGYPT, QATAR, OMAN, LIBYA, UN, HASSAN, KARIM]


def run(text: str) -> object:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("form", "base"), [
    ("انتقدتا", "انتقدت"), ("ادانا", "ادان"), ("يرفضان", "يرفض"), ("تدينان", "تدين"),
    ("انتقدهما", "انتقد"), ("ينتقدونه", "ينتقد"), ("رفضوه", "رفض"), ("دعتا", "دعت"),
    ("ترحيبهما", "ترحيب"), ("ادانتهم", "ادانه"), ("رحبا", "رحب"),
])
def test_inflected_form_takes_its_base_entry(form: str, base: str) -> None:
    assert STANCE[form] == STANCE[base]


@pytest.mark.parametrize("form", ["ايده", "ايدها", "ثمنه", "طالبا", "شجبا", "حذره", "يشيده"])
def test_form_that_is_another_word_is_no_trigger(form: str) -> None:
    assert form not in STANCE


@pytest.mark.parametrize(("form", "person"), [
    ("انتقدته", "انتقدت"), ("ينتقدونه", "ينتقدون"), ("انتقدوه", "انتقدوا"), ("تدعمهم", "تدعم"),
    ("ترحيبهما", "ترحيبهما"), ("انتقدتا", "انتقدتا"),
])
def test_person_form_drops_the_object_pronoun_of_a_verb(form: str, person: str) -> None:
    assert person_form(form) == person


def test_future_and_conjunction_of_a_derived_form() -> None:
    hit = find_stance("وسيدعمان")
    assert hit is not None and hit.value.kind == "supports" and not hit.value.noun


def test_dual_verb_continues_both_opening_subjects() -> None:
    doc = run("وأدانت مصر وقطر الهجوم على الحدود، وانتقدتا الأمم المتحدة بسبب صمتها.")
    assert pairs(doc, "criticizes") == {("مصر", "الأمم المتحدة"), ("قطر", "الأمم المتحدة")}


def test_dual_verb_of_two_persons() -> None:
    doc = run("واستقبل حسن العلي وكريم سالم الوفد في المطار، ورحبا بقرار الأمم المتحدة.")
    assert pairs(doc, "welcomes") == {("حسن العلي", "قرار الأمم المتحدة"),
                                      ("كريم سالم", "قرار الأمم المتحدة")}


def test_plural_verb_continues_three_opening_subjects() -> None:
    doc = run("وزارت مصر وقطر وعمان ليبيا أمس، وانتقدوا الأمم المتحدة بسبب تقصيرها.")
    assert pairs(doc, "criticizes") == {("مصر", "الأمم المتحدة"), ("قطر", "الأمم المتحدة"),
                                        ("عمان", "الأمم المتحدة")}


def test_dual_verb_with_one_opening_subject_takes_no_holder() -> None:
    doc = run("وزارت مصر ليبيا أمس، وانتقدتا الأمم المتحدة بسبب تقصيرها.")
    assert pairs(doc, "criticizes") == set()


def test_plural_verb_with_two_opening_subjects_takes_no_holder() -> None:
    doc = run("وزارت مصر وقطر ليبيا أمس، وانتقدوا الأمم المتحدة بسبب تقصيرها.")
    assert pairs(doc, "criticizes") == set()


def test_dual_possessive_of_two_holders() -> None:
    doc = run("وأعربت مصر وقطر عن ترحيبهما بقرار الأمم المتحدة.")
    assert pairs(doc, "welcomes") == {("مصر", "قرار الأمم المتحدة"),
                                      ("قطر", "قرار الأمم المتحدة")}


def test_name_after_a_dual_verb_is_not_its_subject() -> None:
    doc = run("وزارت مصر ليبيا أمس، وانتقدتا قطر بسبب موقف الأمم المتحدة.")
    assert ("قطر", "الأمم المتحدة") not in pairs(doc, "criticizes")
