"""Event doers, second round of session 19: «أعلنت X مسؤوليتها عن التفجير» tells the deed (or
gives the attack told before its doer), a claim reaches its deed past an adjective, a time
or the light noun «عملية», who lays an ambush («كمين نصبه X») or plants a device («عبوة
زرعتها X») did it, and the subject of the intransitive «انفجرت» (what blew up) is no doer.
A claimed doer never raises the event's confidence."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

ISIS = E("ArmedGroup", "تنظيم داعش", ("تنظيم داعش", "داعش"))
SHABAAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
HAMAS = E("ArmedGroup", "حماس", ("حماس",))
JIHAD = E("ArmedGroup", "الجهاد الاسلامي", ("الجهاد الاسلامي",))
MOSUL = E("City", "الموصل", ("الموصل",))
MOGADISHU = E("City", "مقديشو", ("مقديشو",))
GAZA = E("City", "غزة", ("غزة",))
ALL = [ISIS, SHABAAB, HAMAS, JIHAD, MOSUL, MOGADISHU, GAZA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def violent(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.label in {"Attack", "Killing", "MilitaryOperation"}]


def test_an_announced_responsibility_tells_the_deed_described_there() -> None:
    doc = run("أعلنت حركة الشباب مسؤوليتها عن التفجير الذي استهدف مسجداً في مقديشو.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["حركة الشباب"]
    assert role(doc, event, "target") == ["مسجداً"]
    assert event.evidence.confidence < 0.8


def test_a_denied_or_negated_responsibility_tells_no_deed() -> None:
    for text in ("ونفت حركة الشباب مسؤوليتها عن التفجير الذي استهدف مسجداً في مقديشو.",
                 "لم تعلن حركة الشباب مسؤوليتها عن التفجير الذي استهدف مسجداً في مقديشو."):
        assert violent(run(text)) == []


def test_the_claimer_of_the_attack_told_before_becomes_its_doer() -> None:
    doc = run("قتل عشرة جنود في هجوم على مسجد في مقديشو. وأعلنت حركة الشباب مسؤوليتها عن الهجوم.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["حركة الشباب"]
    assert role(doc, event, "target") == ["مسجد"]


def test_a_claim_does_not_raise_the_attack_told_before() -> None:
    claimed = run("قتل عشرة جنود في هجوم على مسجد في مقديشو. وأعلنت حركة الشباب مسؤوليتها عن "
                  "الهجوم.")
    plain = run("قتل عشرة جنود في هجوم على مسجد في مقديشو.")
    (event,) = violent(claimed)
    (other,) = violent(plain)
    assert event.evidence.confidence <= other.evidence.confidence


def test_a_claim_does_not_overrule_the_doer_the_article_names() -> None:
    doc = run("قتل عشرة جنود في هجوم شنه تنظيم داعش على مسجد في مقديشو. وأعلنت حركة الشباب "
              "مسؤوليتها عن الهجوم.")
    found = violent(doc)  # the attack and the killing its named doer did (session 36)
    assert found and all(role(doc, event, "agent") == ["تنظيم داعش"] for event in found)


def test_a_denial_gives_the_attack_told_before_no_doer() -> None:
    doc = run("قتل عشرة جنود في هجوم على مسجد في مقديشو. ونفت حركة الشباب مسؤوليتها عن الهجوم.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == []


def test_a_claim_reaches_past_an_adjective_and_a_time() -> None:
    for text in ("وتبنى تنظيم داعش الارهابي الهجوم على الموصل.",
                 "وتبنى تنظيم داعش مساء الاثنين الهجوم على الموصل."):
        (event,) = violent(run(text))
        assert event.evidence.confidence < 0.8
        assert role(run(text), event, "agent") == ["تنظيم داعش"]


def test_a_claim_reaches_the_deed_behind_the_light_noun() -> None:
    doc = run("وتبنى تنظيم داعش الارهابي مساء الاثنين عملية تفجير استهدفت مسجدا في الموصل.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["تنظيم داعش"]
    assert role(doc, event, "target") == ["مسجدا"]


def test_a_negated_claim_past_an_adjective_tells_nothing() -> None:
    assert violent(run("ولم يتبن تنظيم داعش الارهابي الهجوم على الموصل.")) == []


def test_who_laid_the_ambush_did_it_and_is_no_victim() -> None:
    doc = run("قتل 14 جنديا في كمين نصبه تنظيم داعش قرب الموصل.")
    (event,) = [e for e in violent(doc) if e.label == "Attack"]
    assert role(doc, event, "agent") == ["تنظيم داعش"]
    assert role(doc, event, "target") == []


def test_who_planted_the_device_did_the_blast() -> None:
    doc = run("وانفجرت عبوة ناسفة زرعتها حماس في غزة.")
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["حماس"]
    assert role(doc, event, "target") == []


def test_planting_trees_is_no_event() -> None:
    assert violent(run("زرعت حماس الأشجار في غزة.")) == []


def test_the_owner_of_what_blew_up_is_no_doer() -> None:
    for text in ("ذكر شهود أن ثلاث سيارات تعود لناشطين في حركة الجهاد الاسلامي انفجرت صباح "
                 "اليوم في غزة.", "انفجرت سيارة تابعة لحركة حماس في غزة."):
        doc = run(text)
        for event in violent(doc):
            assert role(doc, event, "agent") == []


BOKO = E("ArmedGroup", "بوكو حرام", ("بوكو حرام",))


def test_fighters_who_belong_to_a_group_make_it_the_killer() -> None:
    doc = extract_relations(build_doc(
        "قتل سبعة أشخاص على أيدي مقاتلين ينتمون إلى جماعة بوكو حرام في قرية نائية.",
        [BOKO], date="2015-07-21"))
    (event,) = violent(doc)
    assert role(doc, event, "agent") == ["بوكو حرام"]


def test_the_group_of_suspected_killers_is_a_held_doer() -> None:
    suspected = extract_relations(build_doc(
        "قتل سبعة أشخاص على أيدي مقاتلين يشتبه بأنهم من بوكو حرام.", [BOKO], date="2015-07-21"))
    plain = extract_relations(build_doc(
        "قتل سبعة أشخاص على أيدي مقاتلين.", [BOKO], date="2015-07-21"))
    (event,) = violent(suspected)
    (other,) = violent(plain)
    assert role(suspected, event, "agent") == ["بوكو حرام"]
    assert event.evidence.confidence <= other.evidence.confidence


def test_suspects_arrested_later_are_no_killers() -> None:
    doc = extract_relations(build_doc(
        "قتل سبعة أشخاص في قرية نائية واعتقلت الشرطة مقاتلين يشتبه بأنهم من بوكو حرام.",
        [BOKO], date="2015-07-21"))
    for event in violent(doc):
        assert role(doc, event, "agent") == []


def test_who_lays_an_ambush_did_it() -> None:
    doc = run("ونصب تنظيم داعش كمينا لقافلة عسكرية قرب الموصل.")
    (event,) = violent(doc)
    assert event.label == "Attack"
    assert role(doc, event, "agent") == ["تنظيم داعش"]


def test_pitching_a_tent_is_no_event() -> None:
    assert violent(run("نصب تنظيم داعش خيمة قرب الموصل.")) == []
