"""Who struck whom in war reports (session 23, evrec23): the regime's forces behind «ل»
after a strike noun are its doer (``kg.relations.event_lam_regime``); units named by a
longer phrase that «تابع» ties to a side announce the side's strike
(``event_underwent._belonging_subject``); a bare band of fighters after a verb of striking
is its subject, never its target (``event_force_subject``). Made-up sentences."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, only, role

SYRIA = E("Country", "سوريا", ("سوريا",), "Q858")
FSA = E("ArmedGroup", "الجيش الحر", ("الجيش الحر",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
DARAYA = E("City", "داريا", ("داريا",))
HAMA = E("City", "حماة", ("حماة",))
ARISH = E("City", "العريش", ("العريش",))
HAIR = E("Organization", "الحائر", ("الحائر",))
SAFIAN = E("Person", "راشد الصفيان", ("راشد الصفيان",))
ALL = [SYRIA, FSA, HOUTHIS, DARAYA, HAMA, ARISH, HAIR, SAFIAN]
SYRIAN = "قالت مصادر في سوريا إن المعارك تواصلت. "
"""A lead that makes Syria the article's main country, whose regime «النظام» is."""


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


def agents(doc: Document) -> list[str]:
    return [doc.text[a.start:a.end] for e in doc.events for a in e.arguments
            if a.role == "agent"]


def test_the_regime_behind_lam_with_an_object_is_the_doer() -> None:
    doc = run(SYRIAN + "وترافق ذلك مع قصف لقوات النظام على مدينة داريا.")
    event = only(doc, "Attack")
    assert role(doc, event, "agent") == ["قوات النظام"]
    assert role(doc, event, "target") == ["داريا"]


def test_an_instrument_may_stand_between_the_regime_and_its_object() -> None:
    doc = run(SYRIAN + "وترافق ذلك مع قصف لجيش النظام بالبراميل المتفجرة على مدينة داريا.")
    assert role(doc, only(doc, "Attack"), "agent") == ["جيش النظام"]


def test_an_ambush_for_the_regime_forces_is_not_theirs() -> None:
    doc = run(SYRIAN + "وقتل ثلاثة جنود في كمين لقوات النظام قرب مدينة داريا.")
    assert "قوات النظام" not in agents(doc)


def test_no_regime_without_a_main_country() -> None:
    doc = run("وترافق ذلك مع قصف لقوات النظام على مدينة داريا.")
    assert "قوات النظام" not in agents(doc)


def test_a_phrase_of_units_tied_to_a_side_announces_its_strike() -> None:
    doc = run("وأعلنت كتائب وتشكيلات الفرقة الأولى التابعة للجيش الحر استهداف حاجز "
              "عسكري في حماة.")
    event = only(doc, "Attack")
    assert [a.entity_id for a in event.arguments if a.role == "agent"] == [FSA.id]


def test_a_phrase_not_opened_by_units_is_not_read() -> None:
    doc = run("وأعلنت قيادة الفرقة الأولى التابعة للجيش الحر استهداف حاجز عسكري في حماة.")
    assert not any(a.role == "agent" and a.entity_id == FSA.id
                   for e in doc.events for a in e.arguments)


def test_units_that_speak_do_not_strike() -> None:
    doc = run("وقالت كتائب وتشكيلات الفرقة الأولى التابعة للجيش الحر إن الطيران قصف "
              "مواقعها في حماة.")
    assert not any(a.role == "agent" and a.entity_id == FSA.id
                   for e in doc.events for a in e.arguments)


def test_a_bare_band_after_the_verb_is_no_target() -> None:
    doc = run("واستهدفت الفصائل المقاتلة حاجزا للجيش في ريف حماة.")
    event = only(doc, "Attack")
    assert "الفصائل" not in " ".join(role(doc, event, "target"))
    assert role(doc, event, "target") == ["حاجزا"]


def test_a_band_as_the_object_after_a_force_subject_stays_the_target() -> None:
    doc = run("وقصفت الطائرات الفصائل المقاتلة في ريف حماة.")
    assert role(doc, only(doc, "Attack"), "target") == ["الفصائل"]


def test_a_named_subject_is_still_read() -> None:
    doc = run("وهاجم الحوثيون مركز الشرطة في العريش.")
    event = only(doc, "Attack")
    assert role(doc, event, "agent") == ["الحوثيون"]


def test_a_side_counted_among_the_dead_is_the_attack_target() -> None:
    doc = run("وقتل 13 من الحوثيين في هجوم للمقاومة الشعبية بمحافظة العريش.")
    event = only(doc, "Attack")
    assert [a.entity_id for a in event.arguments if a.role == "target"] == [HOUTHIS.id]


def test_casualties_in_the_ranks_of_a_side_name_the_target() -> None:
    doc = run("وأكدت المقاومة سقوط قتلى وجرحى في صفوف الحوثيين في كمين للمقاومة قرب العريش.")
    event = only(doc, "Attack")
    assert [a.entity_id for a in event.arguments if a.role == "target"] == [HOUTHIS.id]


def test_unnamed_dead_give_the_attack_no_target() -> None:
    doc = run("وقتل خمسة جنود في انفجار عبوة ناسفة في العريش.")
    assert role(doc, only(doc, "Attack"), "target") == []


def test_ranks_far_from_the_attack_are_not_read() -> None:
    doc = run("وتحدثت التقارير عن خسائر في صفوف الحوثيين خلال الأسبوع الماضي كله وفي "
              "الأيام التالية في هجوم للمقاومة على العريش.")
    assert not any(a.role == "target" and a.entity_id == HOUTHIS.id
                   for e in doc.events for a in e.arguments)


def test_the_ranks_of_an_untagged_group_told_by_its_adjective() -> None:
    doc = run("وقتل 3 من الحوثيين أمس. وأكدت المقاومة سقوط قتلى وجرحى في صفوف عناصر "
              "الميليشيا الحوثية، في كمين للمقاومة قرب العريش.")
    ambush = next(e for e in doc.events if e.label == "Attack")
    assert [a.entity_id for a in ambush.arguments if a.role == "target"] == [HOUTHIS.id]


def test_a_province_that_underwent_a_strike_is_its_target() -> None:
    doc = run("وتعرضت محافظة حماة لقصف الطيران المروحي.")
    event = only(doc, "Attack")
    assert [a.entity_id for a in event.arguments if a.role == "target"] == [HAMA.id]


def test_a_province_spoken_against_is_no_target() -> None:
    doc = run("لم تتعرض محافظة حماة لقصف منذ أسابيع.")
    assert not any(a.role == "target" for e in doc.events for a in e.arguments)


def test_an_announced_strike_without_an_about_is_the_announcer_s() -> None:
    doc = run(SYRIAN + "وأعلنت فصائل تابعة للجيش الحر قصف مواقع الحوثيين في حماة.")
    event = only(doc, "Attack")
    assert [a.entity_id for a in event.arguments if a.role == "agent"] == [FSA.id]


def test_a_strike_verb_in_a_reported_clause_is_not_the_announcer_s() -> None:
    doc = run("وأعلن الجيش الحر أن الطيران قصف مواقع الحوثيين في حماة.")
    assert not any(a.role == "agent" and a.entity_id == FSA.id
                   for e in doc.events for a in e.arguments)


def test_who_managed_to_kill_counted_victims_killed_them() -> None:
    doc = run("وتمكن مقاتلو الحوثيين من قتل 20 جنديا في العريش.")
    event = only(doc, "Killing")
    assert [a.entity_id for a in event.arguments if a.role == "agent"] == [HOUTHIS.id]


def test_who_failed_to_kill_killed_nobody() -> None:
    doc = run("ولم يتمكن مقاتلو الحوثيين من قتل 20 جنديا في العريش.")
    assert not any(a.role == "agent" and a.entity_id == HOUTHIS.id
                   for e in doc.events for a in e.arguments)


def test_a_raid_told_by_aghara_is_an_attack() -> None:
    doc = run("وأغارت طائرات التحالف على مواقع الحوثيين قرب العريش.")
    event = only(doc, "Attack")
    assert [a.entity_id for a in event.arguments if a.role == "target"] == [HOUTHIS.id]


def test_a_success_after_an_does_not_take_the_name_of_another_clause() -> None:
    doc = run("حاول الإرهابي تفجير نفسه قرب سجن الحائر بالرياض، بعد أن تمكن من قتل "
              "خاله العقيد راشد الصفيان.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "agent") == []
