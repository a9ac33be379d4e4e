"""Stances stated as the purpose of a deed («سحبت X سفيرها رفضاً لـ ...»), session 22.

Sentences written for the tests: the accusative verbal noun of purpose («احتجاجاً على»,
«رفضاً لـ», «تنديداً بـ», «دعماً لـ») is held by the subject of the verb that opens its
clause; never by a reporter, under a condition or a negation, nor as aid given.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs, stances
from tests.relations.docbuilder import E, build_doc

BAHRAIN = E("Country", "البحرين", ("البحرين",), "Q398")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
UAE = E("Country", "الإمارات", ("الإمارات",), "Q878")
KUWAIT = E("Country", "الكويت", ("الكويت",), "Q817")
YEMEN_GOV = E("GovernmentBody", "الحكومة اليمنية", ("الحكومة اليمنية",))
SAMI = E("Person", "سامي الخالد", ("سامي الخالد",))
CNN = E("MediaOrganization", "سي إن إن", ("سي إن إن",))
TEHRAN = E("City", "طهران", ("طهران",))
ENTITIES = [BAHRAIN, QATAR, EGYPT, UAE, KUWAIT, YEMEN_GOV, SAMI, CNN, TEHRAN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def kinds_of(doc: Document, holder: str) -> set[str]:
    return {kind for kind, subject, _ in stances(doc) if subject == holder}


@pytest.mark.parametrize(("text", "holder", "kind"), [
    ("سحبت البحرين سفيرها من طهران رفضا للتدخلات الخارجية في شؤونها.", "البحرين", "rejects"),
    ("انسحبت قطر من الاجتماع احتجاجا على تصريحات المسؤول المصري.", "قطر", "criticizes"),
    ("أغلقت مصر سفارتها في طهران تنديدا بالاعتداءات على البعثات الدبلوماسية.", "مصر",
     "condemns"),
    ("أوقفت الكويت صفقة السلاح استنكارا لانتهاكات حقوق الإنسان.", "الكويت", "condemns"),
    ("ألغت سي إن إن بث الحلقة اعتراضا على تصريحات سامي الخالد.", "سي إن إن", "opposes"),
    ("استقال سامي الخالد من منصبه اعتراضا على سياسة الحكومة.", "سامي الخالد", "opposes"),
])
def test_a_purpose_noun_is_held_by_the_opening_verbs_subject(text: str, holder: str,
                                                              kind: str) -> None:
    doc = run(text)
    assert kind in kinds_of(doc, holder), stances(doc)


def test_a_purpose_in_a_subordinate_clause_is_its_verbs_subjects() -> None:
    doc = run("وتفاقمت الأزمة بعدما سحبت البحرين سفيرها احتجاجا على تصريحات سامي الخالد.")
    assert "criticizes" in kinds_of(doc, "البحرين"), stances(doc)


def test_backing_as_a_purpose_takes_the_side_backed() -> None:
    doc = run("أرسلت الإمارات قوات إلى عدن دعما للحكومة اليمنية.")
    assert ("الإمارات", "الحكومة اليمنية") in pairs(doc, "supports")


def test_a_refraining_verb_with_its_own_object_does_not_negate_the_purpose() -> None:
    doc = run("أوقفت الكويت صفقة السلاح استنكارا لانتهاكات حقوق الإنسان.")
    condemns = [r for r in doc.relations if r.kind == "condemns"]
    assert condemns and all(r.polarity == "positive" for r in condemns)


@pytest.mark.parametrize("text", [
    # a reporter is not the one who acted
    "وقال سامي الخالد إن الإمارات أرسلت قوات دعما للحكومة اليمنية.",
    "وقال سامي الخالد بعدما أعلن أن قطر سحبت سفيرها احتجاجا على القرار.",
    # a condition and a negation
    "وإذا سحبت البحرين سفيرها احتجاجا على التصريحات فإن الأزمة ستتفاقم.",
    "ولم تسحب مصر سفيرها احتجاجا على القرار.",
    # aid given, not a side taken
    "قدمت الكويت دعما للاجئين في اليمن.",
    "وشارك سامي الخالد في الحفل دعما للجمعية الخيرية.",
    # no named actor opens the clause
    "خرجت مظاهرات في طهران احتجاجا على إعدام المعارضين.",
])
def test_no_purpose_stance_without_an_acting_named_subject(text: str) -> None:
    doc = run(text)
    found = {fact for fact in stances(doc) if fact[0] in _PURPOSE_KINDS}
    assert not found, found


_PURPOSE_KINDS = frozenset({"supports", "criticizes", "rejects", "condemns", "opposes"})


def test_received_backing_is_the_backers() -> None:
    doc = run("تلقت الحكومة اليمنية دعما من الإمارات.")
    assert ("الإمارات", "الحكومة اليمنية") in pairs(doc, "supports")
    assert ("الحكومة اليمنية", "الإمارات") not in pairs(doc, "supports")


# --- «من جانبه» asides, «من جانب X» holders, attacks in words ---------------------------

@pytest.mark.parametrize(("text", "fact"), [
    ("وأدانت الكويت من جهتها الهجوم على السفارة.", ("condemns", "الكويت")),
    ("وأعربت البحرين من جانبها عن ترحيبها بالاتفاق.", ("welcomes", "البحرين")),
    ("وأكدت مصر من جانبها رفضها للتدخل الخارجي.", ("rejects", "مصر")),
])
def test_for_its_part_is_an_aside(text: str, fact: tuple[str, str]) -> None:
    doc = run(text)
    assert fact in {(k, s) for k, s, _ in stances(doc)}, stances(doc)


@pytest.mark.parametrize(("text", "fact"), [
    ("وقوبل القرار برفض من جانب قطر.", ("rejects", "قطر")),
    ("وتعرضت الحكومة اليمنية لانتقادات من قبل الكويت.", ("criticizes", "الكويت")),
    ("ولقي الاتفاق ترحيبا واسعا من البحرين.", ("welcomes", "البحرين")),
])
def test_a_received_stance_is_held_by_the_one_after_by(text: str,
                                                       fact: tuple[str, str]) -> None:
    doc = run(text)
    assert fact in {(k, s) for k, s, _ in stances(doc)}, stances(doc)


def test_an_attack_in_words_criticizes() -> None:
    doc = run("وشن سامي الخالد هجوما لاذعا على قطر.")
    assert ("سامي الخالد", "قطر") in pairs(doc, "criticizes")


@pytest.mark.parametrize("text", [
    "وشنت قوات الحكومة اليمنية هجوما عنيفا على مواقع المسلحين.",
    "وشن مسلحون هجوما على قطر.",
])
def test_an_assault_is_no_criticism(text: str) -> None:
    assert not pairs(run(text), "criticizes")


# --- coordinated nouns after a refusal, cognate objects, «باطلاً» -----------------------

def test_a_noun_coordinated_with_a_refusal_is_not_refused() -> None:
    doc = run("وأعربت الكويت عن رفضها واستنكارها لتصريحات سامي الخالد.")
    condemns = [r for r in doc.relations if r.kind == "condemns"]
    assert condemns and all(r.polarity == "positive" for r in condemns)


def test_a_refused_act_is_still_negated() -> None:
    doc = run("ورفضت قطر إدانة الهجوم.")
    condemns = [r for r in doc.relations if r.kind == "condemns"]
    assert condemns and all(r.polarity == "negative" for r in condemns)


def test_a_cognate_object_is_not_the_thing_refused() -> None:
    doc = run("وترفض مصر رفضا قاطعا تصريحات سامي الخالد.")
    objects = {o for k, s, o in stances(doc) if k == "rejects" and s == "مصر"}
    assert objects and not any("رفضا" in o for o in objects), objects


def test_regarding_a_decision_as_void_criticizes_it() -> None:
    doc = run("واعتبرت قطر قرار الحكومة اليمنية باطلا.")
    assert "criticizes" in kinds_of(doc, "قطر"), stances(doc)


def test_a_protest_note_in_the_wake_of_words_criticizes() -> None:
    doc = run("سلمت الكويت السفير مذكرة احتجاج إثر تصريحات سامي الخالد.")
    assert "criticizes" in kinds_of(doc, "الكويت"), stances(doc)


def test_a_street_protest_in_the_wake_of_a_death_is_no_stance() -> None:
    doc = run("وخرجت احتجاجات في طهران إثر مقتل سامي الخالد.")
    assert not pairs(doc, "criticizes")


# --- support pledged is no backer named -------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتعهدت الإمارات بدعم الحكومة اليمنية.",
    "ووعدت قطر بدعم الحكومة اليمنية في حربها على المسلحين.",
])
def test_pledged_support_is_not_read_backwards(text: str) -> None:
    found = pairs(run(text), "supports")
    assert ("الحكومة اليمنية", "الإمارات") not in found and \
        ("الحكومة اليمنية", "قطر") not in found, found


def test_an_adjunct_of_backing_still_names_the_backer() -> None:
    doc = run("وتقدمت الحكومة اليمنية بدعم من الإمارات.")
    assert ("الإمارات", "الحكومة اليمنية") in pairs(doc, "supports")


def test_a_pledge_of_support_backs_the_side_named_after_it() -> None:
    doc = run("وتعهدت الإمارات بدعم الحكومة اليمنية.")
    assert ("الإمارات", "الحكومة اليمنية") in pairs(doc, "supports")


@pytest.mark.parametrize("text", [
    "ولم تتعهد الإمارات بدعم الحكومة اليمنية.",
    "وإذا تعهدت الإمارات بدعم الحكومة اليمنية فإن الأزمة ستنتهي.",
    "وطالبت الإمارات بدعم الحكومة اليمنية.",
])
def test_no_pledge_no_backing(text: str) -> None:
    assert ("الإمارات", "الحكومة اليمنية") not in pairs(run(text), "supports")
