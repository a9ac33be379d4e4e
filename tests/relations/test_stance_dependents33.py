"""Stances of session 33 (helper h7), on sentences written for the tests.

- a name after «مستشار الرئيس», «نجل الملك» is the genitive of a dependent: no holder;
- «ونبه هذا الخطيب»: a demonstrative and a person noun after the verb is its subject;
- «وما كانت X داعمة لـ Y» is negated;
- God and the scriptures are no stance objects;
- «X وY انتقدا / أدانوا»: both names hold a masculine dual or plural past;
- «وصار X معارضا لـ Y»: an opponent as the predicate of «كان» and its sisters (with «صار»).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import STANCE, facts, pairs
from tests.relations.docbuilder import E, build_doc

TRUMP = E("Person", "دونالد ترامب", ("ترامب",), "Q22686")
QATAR = E("Country", "قطر", ("قطر",), "Q846")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
HAMAS = E("Organization", "حماس", ("حماس",), "Q38799")
SAMI = E("Person", "سامي الراشد", ("سامي الراشد",))
NADER = E("Person", "نادر الخوري", ("نادر الخوري",))
ENTITIES = [TRUMP, QATAR, EGYPT, HAMAS, SAMI, NADER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def holders(doc: Document) -> set[str]:
    return {s for kind in STANCE for s, _ in pairs(doc, kind)}


@pytest.mark.parametrize("text", [
    "وأكد مصدر أن مستشار الرئيس ترامب يرفض الخطة المطروحة.",
    "ومساعد الرئيس ترامب ينتقد الخطة المطروحة بشدة.",
    "وانتقد مستشار الرئيس ترامب الخطة المطروحة.",
    "وهاجم نجل الرئيس ترامب الخطة المطروحة.",
])
def test_dependent_of_title_holds_nothing(text: str) -> None:
    assert "دونالد ترامب" not in holders(run(text))


@pytest.mark.parametrize("text", [
    "والرئيس ترامب يرفض الخطة المطروحة.",
    "وانتقد الرئيس ترامب الخطة المطروحة.",
])
def test_title_before_its_holder_still_holds(text: str) -> None:
    assert "دونالد ترامب" in holders(run(text))


@pytest.mark.parametrize("text", [
    "وقال سامي الراشد إن الانتخابات مهمة. وانتقد هذا الكاتب حماس في مقاله.",
    "وقال سامي الراشد إن الانتخابات مهمة. ونبه هذا المسؤول إلى خطر حماس.",
])
def test_pointed_person_is_the_subject(text: str) -> None:
    doc = run(text)
    assert "سامي الراشد" not in holders(doc)


def test_pointed_thing_is_the_object() -> None:
    doc = run("وقال سامي الراشد إن الانتخابات مهمة. وانتقد هذا القرار بشدة.")
    assert "سامي الراشد" in holders(doc)


def test_ma_before_past_copula_negates() -> None:
    doc = run("وما كانت قطر داعمة لحماس في تلك الحرب.")
    assert ("قطر", "حماس", "negative", "asserted") in {
        (s, o, p, "asserted") for s, o, p, _ in facts(doc, "supports")}
    assert all(p == "negative" for _, _, p, _ in facts(doc, "supports"))


def test_relative_ma_does_not_negate() -> None:
    doc = run("وقال سامي الراشد إن ما كانت قطر داعمة له هو حماس.")
    assert all(p == "positive" for _, _, p, _ in facts(doc, "supports"))


@pytest.mark.parametrize("text", [
    "وقال سامي الراشد: نحن شعب متدين تمسكنا بكتاب الله.",
    "وقال سامي الراشد إنهم يلتزمون بالقرآن الكريم.",
])
def test_scripture_is_no_object(text: str) -> None:
    doc = run(text)
    assert not any(pairs(doc, kind) for kind in STANCE)


@pytest.mark.parametrize("text", [
    "وكان سامي الراشد ونادر الخوري قد انتقدا حماس.",
    "وقال مصدر إن سامي الراشد ونادر الخوري انتقدا حماس.",
    "وأضاف أن سامي الراشد ونادر الخوري أدانوا حماس.",
])
def test_both_hold_a_masculine_dual_or_plural(text: str) -> None:
    assert {"سامي الراشد", "نادر الخوري"} <= holders(run(text))


def test_genitive_pair_before_dual_is_no_pair() -> None:
    doc = run("وقال رئيسا وزراء مصر وقطر إنهما انتقدا حماس.")
    assert "مصر" not in holders(doc)  # the pair is the genitive of «رئيسا وزراء»


@pytest.mark.parametrize("text", [
    "وصار سامي الراشد معارضا لحماس بعد الحرب.",
    "وبات سامي الراشد مناهضا لحماس.",
    "وقال نادر الخوري إن سامي الراشد كان معارضا لحماس.",
])
def test_opponent_as_copula_predicate(text: str) -> None:
    assert ("سامي الراشد", "حماس") in pairs(run(text), "opposes")


@pytest.mark.parametrize("text", [
    "واعتقلت مصر معارضا لحماس.",
    "والتقى سامي الراشد معارضا لحماس في القاهرة.",
])
def test_opponent_outside_a_copula_is_no_stance(text: str) -> None:
    assert not pairs(run(text), "opposes")
