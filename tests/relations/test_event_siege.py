"""A siege laid by troops on a town is a military operation, a blockade imposed on a country
a sanction (session 22, ``kg.relations.event_siege``). Made-up sentences."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

TAIZ = E("City", "تعز", ("تعز",))
QATAR = E("Country", "قطر", ("قطر",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون", "ميليشيا الحوثي"))
COALITION = E("InternationalOrganization", "التحالف العربي", ("التحالف العربي",))
ALL = [TAIZ, QATAR, HOUTHIS, COALITION]


def labels(text: str) -> list[str]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return [e.label for e in doc.events]


def test_a_siege_laid_on_a_town_is_an_operation() -> None:
    assert labels("وفرضت ميليشيا الحوثي حصارا خانقا على مدينة تعز منذ أسابيع.") == [
        "MilitaryOperation"]


def test_ground_forces_that_keep_up_a_siege_lay_it() -> None:
    text = "وأكد المصدر أن القوات الحكومية تواصل فرض اجراءات الحصار وقطع طرق الامداد عن المسلحين."
    assert "Sanction" not in labels(text)


def test_a_blockade_imposed_by_the_coalition_stays_a_sanction() -> None:
    text = "وقال إن إيران ما زالت تقدم مساعدات للحوثيين رغم الحصار الذي يفرضه التحالف العربي."
    assert labels(text) == ["Sanction"]


def test_a_naval_blockade_by_troops_stays_a_sanction() -> None:
    assert labels(
        "وفرضت قوات التحالف حصارا بحريا على السواحل اليمنية.") == ["Sanction"]


YEMEN = E("Country", "اليمن", ("اليمن",))


def test_troops_that_blockade_a_country_impose_a_sanction() -> None:
    doc = extract_relations(build_doc("وتفرض قوات التحالف الحصار على اليمن.", [*ALL, YEMEN]))
    assert [e.label for e in doc.events] == ["Sanction"]
