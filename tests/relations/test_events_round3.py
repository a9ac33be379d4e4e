"""Event rules of issue #12, round 3, on sentences written for the tests: the agents and
targets of events on unseen news (unnamed fighters described by an adjective, ...)."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from kg.relations.index import DocIndex
from kg.relations.timex import month_in_date
from tests.relations.conftest import role_names as roles
from tests.relations.docbuilder import E, build_doc

FRONT = E("ArmedGroup", "جبهة الأحرار", ("جبهة الأحرار",))
KANO = E("City", "كانو", ("كانو",))
HOST = E("Person", "سالم الراشد", ("سالم الراشد",))
MAKER = E("Organization", "نيسان", ("نيسان",))
ALL = [FRONT, KANO, HOST, MAKER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-20"))



# --- fighters described by an adjective are a doer -----------------------------

def test_described_fighters_after_a_support_verb_are_the_agent() -> None:
    doc = run("وأصيب ثلاثة حراس في هجوم نفذه مقاتلون إسلاميون على نقطة تفتيش قرب كانو.")
    assert roles(doc, "Attack", "agent") == ["مقاتلون إسلاميون"]


def test_bare_fighters_after_a_support_verb_are_no_agent() -> None:
    doc = run("وأصيب ثلاثة حراس في هجوم نفذه مقاتلون على نقطة تفتيش قرب كانو.")
    assert roles(doc, "Attack", "agent") == []


# --- an institution the NER missed, between a verb and its object noun -----------

def test_a_ministry_signing_an_agreement_is_its_agent() -> None:
    doc = run("ووقعت وزارة الصحة اتفاقا لبناء مستشفى في كانو.")
    assert roles(doc, "Agreement", "agent") == ["وزارة الصحة"]


def test_a_committee_organising_a_protest_is_its_agent() -> None:
    doc = run("ونظمت اللجنة المحلية مظاهرة في كانو.")
    assert roles(doc, "Protest", "agent") == ["اللجنة المحلية"]


def test_a_definite_object_after_the_institution_is_no_part_of_it() -> None:
    doc = run("وأطلقت الشركة الشعار الخاص بالاجتماع في كانو.")
    assert roles(doc, "Meeting", "agent") == []


def test_an_institution_behind_a_preposition_is_no_subject() -> None:
    doc = run("ونظمت في وزارة الصحة مظاهرة في كانو.")
    assert roles(doc, "Protest", "agent") == []


# --- a quantified genitive of a killing noun is the victims ------------------------

def test_a_quantified_phrase_after_a_killing_noun_is_its_target() -> None:
    doc = run("وأسفر القصف عن مقتل عدد من المدنيين في كانو.")
    assert roles(doc, "Killing", "target") == ["عدد من المدنيين"]
    doc = run("وشهدت كانو مقتل بعض الأجانب.")
    assert roles(doc, "Killing", "target") == ["بعض الأجانب"]


def test_a_single_noun_after_a_killing_noun_is_left_to_the_named_rules() -> None:
    doc = run("مما أسفر عن مقتل سائق الشاحنة في كانو.")
    assert roles(doc, "Killing", "target") == []


def test_a_definite_quantifier_opens_the_victims_of_a_verb() -> None:
    doc = run("وقتل مسلحون العديد من المدنيين في كانو.")
    assert roles(doc, "Killing", "target") == ["العديد من المدنيين"]


# --- a month in a date is no agent; counted bombers with a reflexive object --------

def test_a_month_tagged_as_a_name_in_a_date_is_no_agent() -> None:
    doc = run("وفي 12 نيسان فجر انتحاري حزامه الناسف في سوق كانو.")
    assert "نيسان" not in roles(doc, "Attack", "agent")
    doc = run("وفي نيسان الماضي هاجمت جبهة الأحرار سوق كانو.")
    assert roles(doc, "Attack", "agent") == ["جبهة الأحرار"]


def test_a_month_is_a_date_only_beside_a_day_a_year_or_a_part_of_the_month() -> None:
    def dated(text: str) -> bool:
        words = DocIndex.build(build_doc(text, ALL)).words
        [month] = [w for w in words if w.norm.endswith("نيسان")]
        return month_in_date(list(words), month.index)

    assert dated("وفي 12 نيسان قال المدير")
    assert dated("وفي مطلع نيسان قال المدير")
    assert dated("وفي نيسان الماضي قال المدير")
    assert not dated("وقالت نيسان إنها ستطرح سيارة")


def test_counted_bombers_before_a_reflexive_are_the_agent() -> None:
    doc = run("وفي 12 نيسان فجر 3 انتحاريين أنفسهم في سوق كانو.")
    assert roles(doc, "Attack", "agent") == ["3 انتحاريين"]


def test_a_count_after_a_verb_without_a_reflexive_stays_the_victims() -> None:
    doc = run("وقتل 3 مسلحين في سوق كانو.")
    assert roles(doc, "Killing", "agent") == []
    assert roles(doc, "Killing", "target") == ["3 مسلحين"]


# --- a rank or trade noun before a person's name: the person is the victim ---------

def test_a_person_named_after_the_victims_rank_is_the_target() -> None:
    doc = run("واُغتيل القيادي في جبهة الأحرار سالم الراشد برصاص مجهولين في كانو.")
    assert roles(doc, "Killing", "target") == ["سالم الراشد"]
    doc = run("وقتل مسلحون مجهولون الضابط سالم الراشد في كانو.")
    assert roles(doc, "Killing", "target") == ["سالم الراشد"]


def test_a_rank_noun_with_no_name_after_it_stays_the_target() -> None:
    doc = run("وقتل مسلحون مجهولون الضابط المسؤول عن الحاجز.")
    assert roles(doc, "Killing", "target") == ["الضابط"]


def test_a_person_in_a_later_clause_is_no_victim_of_the_rank_noun() -> None:
    doc = run("وقتل مسلحون مجهولون الحارس في كانو وأكد سالم الراشد الخبر.")
    assert "سالم الراشد" not in roles(doc, "Killing", "target")
