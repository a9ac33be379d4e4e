"""Names in quotation marks after the noun of their kind: «حركة «حماس»», «شركة "أرامكو"».

The Saudi and pan-Arab press write most names of organisations, parties, companies and
papers so. The kind noun and the quoted name are one actor: the subject of the verb before
them, with the verb's object after the closing mark; and a quoted name after a kind noun is
a name, never the words of a statement. Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import said, stances
from tests.relations.docbuilder import E, build_doc

HAMAS = E("ArmedGroup", "حماس", ("حماس",))
AMNESTY = E("Organization", "العفو الدولية", ("العفو الدولية",))
ARAMCO = E("Organization", "أرامكو", ("أرامكو",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",), "Q801")
MINISTRY = E("GovernmentBody", "وزارة الطاقة", ("وزارة الطاقة",))
PAPER = E("Organization", "الحياة", ("الحياة",))
ENTITIES = [HAMAS, AMNESTY, ARAMCO, ISRAEL, MINISTRY, PAPER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def test_a_quoted_name_after_its_kind_is_the_subject() -> None:
    doc = run("وانتقدت منظمة «العفو الدولية» إسرائيل بسبب اعتقال الأطفال.")
    assert ("criticizes", "العفو الدولية", "إسرائيل") in stances(doc)


def test_straight_quotation_marks() -> None:
    doc = run('واتهمت حركة "حماس" إسرائيل بخرق الهدنة.')
    assert ("criticizes", "حماس", "إسرائيل") in stances(doc)


def test_the_object_follows_the_closing_mark() -> None:
    doc = run("وانتقدت شركة «أرامكو» وزارة الطاقة بسبب القرار.")
    assert ("criticizes", "أرامكو", "وزارة الطاقة") in stances(doc)


def test_a_descriptive_object_after_the_closing_mark() -> None:
    doc = run("ورفضت حركة «حماس» المبادرة الجديدة.")
    assert any(kind == "rejects" and subject == "حماس" for kind, subject, _ in stances(doc))


def test_a_closed_quotation_still_ends_the_clause() -> None:
    # «...» closes what was said, not a name: the word after it is no object of «انتقد».
    doc = run("وانتقد المتحدث «القرار الأخير» إسرائيل.")
    assert not any(subject == "إسرائيل" for _, subject, _ in stances(doc))


def test_a_quoted_name_after_its_kind_is_not_what_was_said() -> None:
    doc = run("وقالت شركة «أرامكو»، في بيان أمس: «سنرفع الإنتاج في الربع المقبل».")
    assert said(doc) == {("أرامكو", "سنرفع الإنتاج في الربع المقبل")}


def test_a_quoted_paper_named_inside_a_report() -> None:
    doc = run("كما تقول صحيفة «الحياة»، مع آلاف القراء الجدد كل أسبوع.")
    assert not any(quote == "الحياة" for _, quote in said(doc))
