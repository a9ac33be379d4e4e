"""evconf24: the raw confidence of a violent event falls where its agent or target is
likely wrong (an unowned force as the doer, a bare post as the target, a killing whose doer
was told in an earlier clause, a sanction whose object is unread); a side named by a common
noun behind «ل» owns the struck posts; a scheme aimed at a public is no strike."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
EU = E("Organization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
RUSSIA = E("Country", "روسيا", ("روسيا",), "Q159")
ALL = [HOUTHIS, EU, RUSSIA]


def extract(text: str) -> tuple[Document, list[Event]]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return doc, list(doc.events)


def one(text: str, label: str) -> tuple[Document, Event]:
    doc, found = extract(text)
    events = [e for e in found if e.label == label]
    assert len(events) == 1, found
    return doc, events[0]


def test_an_unowned_machine_as_the_doer_is_doubted() -> None:
    _, machine = one("وقصفت طائرات حربية مجهولة سوقا شعبيا في البلدة أمس.", "Attack")
    _, side = one("وقصف الحوثيون سوقا شعبيا في البلدة أمس.", "Attack")
    assert machine.evidence.confidence < side.evidence.confidence


def test_an_unowned_force_is_doubted_even_at_the_top() -> None:
    _, force = one("وقتلت قوات الأمن ستة مسلحين في البلدة.", "Killing")
    _, side = one("وقتل الحوثيون ستة مسلحين في البلدة.", "Killing")
    assert force.evidence.confidence < side.evidence.confidence


def test_unnamed_gunmen_are_not_doubted() -> None:
    _, gunmen = one("واغتال مسلحون مجهولون ضابطا في البلدة.", "Killing")
    _, side = one("واغتال الحوثيون ضابطا في البلدة.", "Killing")
    assert gunmen.evidence.confidence == side.evidence.confidence


def test_bare_posts_as_the_target_are_doubted() -> None:
    _, posts = one("وهاجم الحوثيون مواقع في أطراف البلدة.", "Attack")
    _, checkpoint = one("وهاجم الحوثيون نقطة تفتيش في أطراف البلدة.", "Attack")
    assert posts.evidence.confidence < checkpoint.evidence.confidence


def test_a_killing_after_a_deed_told_before_is_doubted() -> None:
    _, after = one("وقال المتحدث إن الحوثيين شنوا هجوما على البلدة، وأضاف أن عشرين مدنيا قتلوا.",
                   "Killing")
    _, alone = one("وقال المتحدث إن عشرين مدنيا قتلوا في البلدة.", "Killing")
    assert after.evidence.confidence < alone.evidence.confidence


def test_a_sanction_with_its_object_unread_is_doubted() -> None:
    _, unread = one("وفرض الاتحاد الأوروبي عقوبات جديدة على شركات نفطية.", "Sanction")
    _, read = one("وفرض الاتحاد الأوروبي عقوبات جديدة على روسيا.", "Sanction")
    assert unread.evidence.confidence < read.evidence.confidence


def test_a_common_noun_side_behind_lam_owns_the_posts() -> None:
    doc, attack = one("وقصف الحوثيون مواقع عدة للمتمردين في الجبل.", "Attack")
    assert any("متمردين" in t for t in role(doc, attack, "target"))
    doc, taken = one("وسيطر الحوثيون على مواقع للمسلحين غرب البلدة.", "MilitaryOperation")
    assert any("مسلحين" in t for t in role(doc, taken, "target"))


def test_no_side_behind_lam_is_no_owner() -> None:
    doc, found = extract("وقصف الحوثيون مواقع للتواصل بين القرى.")
    for event in found:
        assert not any("تواصل" in t for t in role(doc, event, "target"))


def test_a_scheme_aimed_at_a_public_is_no_strike() -> None:
    _, found = extract("واستهدفت الحملة التوعوية طلاب المدارس في المنطقة.")
    assert not any(e.label == "Attack" for e in found)
    _, found = extract("واستهدف البرنامج الشباب العاطلين عن العمل.")
    assert not any(e.label == "Attack" for e in found)


def test_a_military_campaign_may_strike() -> None:
    _, found = extract("واستهدفت الحملة العسكرية مواقع الحوثيين في الجبل.")
    assert any(e.label == "Attack" for e in found)


def test_a_youth_keeps_his_first_letter() -> None:
    doc, killing = one("وقتل الحوثيون فتى في البلدة أمس.", "Killing")
    assert role(doc, killing, "target") == ["فتى"]


def test_a_force_of_a_named_side_is_not_doubted() -> None:
    _, occupation = one("وأطلقت قوات الاحتلال الرصاص على المتظاهرين في القرية.", "Attack")
    _, unowned = one("وأطلقت قوات الأمن الرصاص على المتظاهرين في القرية.", "Attack")
    assert occupation.evidence.confidence > unowned.evidence.confidence


def test_an_age_is_no_toll() -> None:
    _, found = extract("واغتال الحوثيون شابا في الخامسة عشرة من عمره في البلدة.")
    assert not any(e.casualties == 10 or e.casualties == 15 for e in found)
    _, found = extract("وقتل الحوثيون طفلا عمره 12 عاما في البلدة.")
    assert not any(e.casualties == 12 for e in found)
    _, found = extract("وقتل الحوثيون 12 مدنيا في البلدة.")
    assert any(e.casualties == 12 for e in found)


def test_a_machine_is_no_victim_of_a_killing() -> None:
    doc, found = extract("وقتلت طائرة أمريكية بدون طيار قياديا في البلدة.")
    for event in found:
        if event.label == "Killing":
            assert not any("طائرة" in t for t in role(doc, event, "target"))
    doc, killing = one("وقتل الحوثيون قائد الطائرة في البلدة.", "Killing")
    assert any("قائد" in t for t in role(doc, killing, "target"))  # a person, not a machine


def test_a_killing_after_a_pronoun_complementiser_is_doubted() -> None:
    _, pronoun = one("وأعلن الحوثيون أنه قتل 40 مسلحا في البلدة.", "Killing")
    _, plain = one("وأعلن الحوثيون أن 40 مسلحا قتلوا في البلدة.", "Killing")
    assert pronoun.evidence.confidence < plain.evidence.confidence
