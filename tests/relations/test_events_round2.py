"""Event rules of issue #12, round 2, on sentences written for the tests: a retreat of
troops is a withdrawal, a mobilisation of or by an armed body is a deployment; the same
verbs about prices, support or crowds are no event."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import triggers
from tests.relations.docbuilder import E, build_doc

FRONT = E("ArmedGroup", "جبهة الأحرار", ("جبهة الأحرار",))
KANO = E("City", "كانو", ("كانو",))
HOST = E("Person", "سالم الراشد", ("سالم الراشد",))
ALL = [FRONT, KANO, HOST]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-20"))


# --- a retreat of troops is a withdrawal -------------------------------------

def test_troops_retreating_is_a_withdrawal() -> None:
    doc = run("وقال شهود إن قوات الجيش تراجعت أمس، حيث تراجعت قوات الجبهة من أطراف كانو.")
    assert "تراجعت" in triggers(doc, "Withdrawal")


def test_retreating_fighters_is_a_withdrawal() -> None:
    doc = run("وتراجع مقاتلو جبهة الأحرار نحو الجنوب بعد معارك عنيفة.")
    assert triggers(doc, "Withdrawal") == ["وتراجع"]


def test_falling_prices_are_no_withdrawal() -> None:
    doc = run("تراجعت أسعار النفط في كانو خلال الأسبوع الماضي.")
    assert triggers(doc, "Withdrawal") == []


def test_a_change_of_mind_is_no_withdrawal() -> None:
    doc = run("وتراجع النظام عن قراره بعد احتجاجات التجار.")
    assert triggers(doc, "Withdrawal") == []


# --- a mobilisation by an armed body is a deployment ------------------------

def test_mobilising_troops_is_a_deployment() -> None:
    doc = run("وحشدت جبهة الأحرار مقاتليها على الطريق المؤدي إلى كانو.")
    assert triggers(doc, "Deployment") == ["وحشدت"]


def test_the_regime_mobilising_is_a_deployment() -> None:
    doc = run("وحشد النظام مدعوما بالميليشيات على مشارف كانو.")
    assert triggers(doc, "Deployment") == ["وحشد"]


def test_rallying_support_is_no_deployment() -> None:
    doc = run("وحشدت جبهة الأحرار الدعم الشعبي لمطالبها في كانو.")
    assert triggers(doc, "Deployment") == []


def test_a_crowd_is_no_deployment() -> None:
    doc = run("وتجمع حشد من المتظاهرين أمام مبنى البلدية في كانو.")
    assert triggers(doc, "Deployment") == []


# --- an unnamed victim phrase: the quantifier, its size word and its noun ----

def victims(doc: Document, label: str) -> list[str]:
    return [doc.text[a.start:a.end] for e in doc.events if e.label == label
            for a in e.arguments if a.role == "target"]


def test_a_sized_quantifier_keeps_its_noun() -> None:
    doc = run("وقصفت جبهة الأحرار عدداً كبيراً من المنازل في كانو.")
    assert victims(doc, "Attack") == ["عدداً كبيراً من المنازل"]


def test_a_counted_noun_keeps_its_adjective() -> None:
    doc = run("واستهدفت جبهة الأحرار عددا من الزوار الأجانب قرب كانو.")
    assert victims(doc, "Attack") == ["عددا من الزوار الأجانب"]


def test_a_size_word_without_min_is_no_victim() -> None:
    doc = run("واستهدفت جبهة الأحرار عددا كبيرا في كانو.")
    assert "عددا كبيرا من" not in " ".join(victims(doc, "Attack"))


def test_a_time_word_after_the_noun_is_not_its_adjective() -> None:
    doc = run("وقصفت جبهة الأحرار عددا من القرى اليوم في كانو.")
    assert victims(doc, "Attack") == ["عددا من القرى"]


def test_an_indefinite_noun_takes_no_adjective() -> None:
    doc = run("وقصفت جبهة الأحرار عددا من قرى الريف الشرقي.")
    assert victims(doc, "Attack") == ["عددا من قرى"]


# --- a protest by an unnamed crowd -------------------------------------------

def agents(doc: Document, label: str) -> list[str]:
    return [doc.text[a.start:a.end] for e in doc.events if e.label == label
            for a in e.arguments if a.role == "agent"]


def test_people_going_out_demanding_protest() -> None:
    doc = run("وخرج مدنيون يطالبون برحيل المحافظ في كانو.")
    assert triggers(doc, "Protest") == ["وخرج"]
    assert agents(doc, "Protest") == ["مدنيون"]


def test_a_counted_crowd_is_the_agent() -> None:
    doc = run("وتظاهر المئات من الطلاب أمام جامعة كانو.")
    assert agents(doc, "Protest") == ["المئات من الطلاب"]


def test_people_going_out_of_a_city_do_not_protest() -> None:
    doc = run("وخرج مدنيون من كانو بعد القصف.")
    assert triggers(doc, "Protest") == []


def test_a_named_protester_is_no_crowd() -> None:
    doc = run("وتظاهر أنصار جبهة الأحرار في كانو.")
    assert "أنصار" not in agents(doc, "Protest")


def test_the_crowd_after_the_verb_beats_a_name_before() -> None:
    doc = run("ورفض سالم الراشد القرار، وخرج مدنيون يطالبون بإلغائه في كانو.")
    assert agents(doc, "Protest") == ["مدنيون"]


# --- a seizure told after «بعد» with its seizer named ------------------------

def test_a_named_seizure_after_baada_is_told() -> None:
    doc = run("وخرج مدنيون يطالبون بالخدمات، بعد سيطرة جبهة الأحرار على كانو.")
    [seizure] = [e for e in doc.events if e.label == "MilitaryOperation"]
    roles = {a.role: doc.text[a.start:a.end] for a in seizure.arguments}
    assert roles["agent"] == "جبهة الأحرار"
    assert roles["target"] == "كانو"


def test_a_definite_seizure_after_baada_refers_back() -> None:
    doc = run("وعاد الهدوء إلى كانو بعد السيطرة عليها من جبهة الأحرار.")
    assert triggers(doc, "MilitaryOperation") == []


def test_an_unnamed_seizure_after_baada_is_background() -> None:
    doc = run("وعاد الهدوء إلى كانو بعد سيطرة مسلحين مجهولين على المدينة.")
    assert triggers(doc, "MilitaryOperation") == []
