"""Events on unseen conflict news, session 17: background told by a span of years («منذ ست
سنوات», «خلال السنوات الماضية»), by «سبق أن», by «منذ أن», or by a sentence that points
back to a past time told before it («آنذاك», «وقتل فيه»); a perfect verb read as a verb
after a doer or a time («أن المسلحين قتل», «الأسبوع الماضي قتل»); invasion and storming
verbs with a doer; a verb joined by «و» that keeps the subject of its clause; and a support
verb that reaches its noun past the subject's adjective and a run noun («سلسلة هجمات»)."""

from __future__ import annotations

import pytest

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.conftest import trigger
from tests.relations.docbuilder import E, build_doc, role

HOMS = E("City", "حمص", ("حمص",))
SYRIA = E("Country", "سوريا", ("سوريا",))
LEBANON = E("Country", "لبنان", ("لبنان",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",))
SHABAAB = E("ArmedGroup", "حركة الشباب", ("حركة الشباب",))
COALITION = E("Organization", "التحالف", ("التحالف",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
MARIB = E("City", "مأرب", ("مأرب",))
ARMY = E("GovernmentBody", "الجيش السوري", ("الجيش السوري",))
ALL = [HOMS, SYRIA, LEBANON, ISRAEL, SHABAAB, COALITION, HOUTHIS, MARIB, ARMY]
DATE = "2015-07-21"


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date=DATE))


def only(doc: Document, label: str) -> Event:
    found = [e for e in doc.events if e.label == label]
    assert len(found) == 1, [(e.label, trigger(doc, e)) for e in doc.events]
    return found[0]


@pytest.mark.parametrize("text", [
    "وقبل ست سنوات هاجمت حركة الشباب قرى حدودية.",
    "وهاجمت حركة الشباب قرى حدودية قبل 12 عاماً.",
    "وهاجمت حركة الشباب قرى حدودية خلال ثلاثة أعوام من التمرد.",
    "وهاجمت حركة الشباب قرى حدودية قبل خمسة أشهر.",
    "وهاجمت حركة الشباب قرى حدودية خلال السنوات الماضية.",
    "وهاجمت حركة الشباب قرى حدودية في الأعوام الأخيرة.",
])
def test_a_span_of_years_is_background(text: str) -> None:
    assert only(run(text), "Attack").historical


@pytest.mark.parametrize("text", [
    "وقبل ثلاثة أيام هاجمت حركة الشباب قرى حدودية.",
    "وهاجمت حركة الشباب قرى حدودية قبل ثلاثة أشهر.",
    "وهاجمت حركة الشباب قرى حدودية خلال الأيام الماضية.",
    "وهاجمت حركة الشباب قرى حدودية أمس.",
])
def test_a_span_of_days_is_the_news(text: str) -> None:
    assert not only(run(text), "Attack").historical


@pytest.mark.parametrize("text", [
    "وسبق أن قصفت طائرات التحالف مواقع الحوثيين في مأرب.",
    "وسبق لطائرات التحالف أن قصفت مواقع الحوثيين في مأرب.",
])
def test_a_deed_told_as_done_before_is_background(text: str) -> None:
    assert only(run(text), "Attack").historical


def test_the_news_site_sabq_is_no_background() -> None:
    doc = run("سبق- الرياض: قصفت طائرات التحالف مواقع الحوثيين في مأرب.")
    assert not only(doc, "Attack").historical


def test_the_start_of_a_span_is_background() -> None:
    doc = run("ويعيش السكان في الملاجئ منذ أن اجتاحت إسرائيل جنوب لبنان.")
    event = only(doc, "MilitaryOperation")
    assert role(doc, event, "agent") == ["إسرائيل"]
    assert event.historical


def test_a_sentence_that_points_back_takes_the_past_year_before_it() -> None:
    doc = run("وفي عام 2012 اجتاح الجيش السوري مدينة حمص. وقتل فيه مئتا شخص من سكانها.")
    killing = only(doc, "Killing")
    assert killing.historical
    assert only(doc, "MilitaryOperation").historical


def test_a_sentence_that_points_back_to_the_news_stays_news() -> None:
    doc = run("وقصف الجيش السوري أمس أحياء مدينة حمص. وقتل فيها عشرون شخصاً.")
    assert not only(doc, "Killing").historical


def test_then_points_back_to_the_year_told_before() -> None:
    doc = run("وفي عام 2012 شهدت سوريا معارك عنيفة. وقصف الجيش السوري آنذاك أحياء حمص.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "agent") == ["الجيش السوري"]
    assert attack.historical


def test_without_a_pointer_the_next_sentence_is_not_background() -> None:
    doc = run("وفي عام 2012 شهدت سوريا معارك عنيفة. وقصف الجيش السوري أحياء حمص أمس.")
    assert not only(doc, "Attack").historical


def test_a_perfect_verb_after_its_doer() -> None:
    doc = run("وأكد أن الانتحاري قتل تسعة أشخاص في السوق.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "agent") == ["الانتحاري"]
    assert role(doc, killing, "target") == ["تسعة أشخاص"]


def test_a_perfect_verb_after_a_past_time() -> None:
    doc = run("وفي الأسبوع الماضي قتل تسعة أشخاص في حمص.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "target") == ["تسعة أشخاص"]


def test_a_killing_noun_after_a_practice_stays_a_noun() -> None:
    doc = run("وطالب المجلس بوقف عمليات القتل والخطف في حمص.")
    assert not [e for e in doc.events if e.label == "Killing"]


def test_a_killing_after_an_attack_noun_is_left_to_it() -> None:
    doc = run("وبلغ التوتر ذروته بعد هجوم انتحاري قتل فيه عشرون شخصاً في حمص العام الماضي.")
    assert not [e for e in doc.events if e.label == "Killing"]


def test_an_invasion_with_its_doer() -> None:
    doc = run("واجتاحت إسرائيل جنوب لبنان فجر اليوم.")
    event = only(doc, "MilitaryOperation")
    assert role(doc, event, "agent") == ["إسرائيل"]
    assert not event.historical


@pytest.mark.parametrize("text", [
    "واجتاحت السيول شوارع حمص أمس.",
    "وحذر الخطيب من الغزو الثقافي للمجتمع.",
    "وقرر الشاب اقتحام سوق العمل في حمص.",
])
def test_sweeping_and_storming_without_a_doer_are_no_events(text: str) -> None:
    assert not run(text).events


def test_a_storming_by_a_named_force() -> None:
    doc = run("واقتحم الجيش السوري حي الوعر في حمص صباح اليوم.")
    event = only(doc, "Attack")
    assert role(doc, event, "agent") == ["الجيش السوري"]


def test_a_joined_verb_keeps_the_subject_of_its_clause() -> None:
    doc = run("قصفت طائرات التحالف التي تقودها السعودية مخازن الحوثيين في مأرب وقتلت "
              "عشرين مسلحاً.")
    killing = only(doc, "Killing")
    (agent,) = role(doc, killing, "agent")  # the coalition, with or without its members' word
    assert agent in {"طائرات التحالف", "التحالف"}


def test_a_support_verb_past_an_adjective_and_a_run_noun() -> None:
    doc = run("وشنت حركة الشباب المتشددة سلسلة هجمات على قرى حدودية.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "agent") == ["حركة الشباب"]


def test_a_killing_told_in_a_clause_on_a_year_span_is_background() -> None:
    doc = run("وعجزت الحكومة عن إنهاء تمرد مستمر منذ ست سنوات في الشمال قتل فيه عشرة آلاف شخص.")
    killing = only(doc, "Killing")
    assert killing.historical
    assert not role(doc, killing, "agent")


def test_a_killing_told_in_a_clause_without_a_time_is_left_out() -> None:
    doc = run("وكانت سوريا نفسها ساحة لحرب طويلة قتل فيها عشرة آلاف شخص.")
    assert not [e for e in doc.events if e.label == "Killing"]


def test_a_perfect_verb_after_a_past_year_with_counted_victims() -> None:
    doc = run("وفي عام 2012 قتل 40 شخصاً في سوق مدينة حمص.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "target") == ["40 شخصاً"]
    assert killing.historical


def test_counted_gunmen_after_a_year_are_not_read_as_victims() -> None:
    doc = run("وفي عام 2012 قتل خمسة مسلحين من حركة الشباب 40 شخصاً في حمص.")
    assert not [e for e in doc.events if e.label == "Killing" and
                role(doc, e, "target") == ["حركة الشباب"]]


def test_met_their_death_with_hatf() -> None:
    doc = run("ولقي 15 شخصاً حتفهم في تفجير سيارة مفخخة بمدينة حمص.")
    killing = only(doc, "Killing")
    assert role(doc, killing, "target") == ["15 شخصاً"]
    assert killing.casualties == 15


def test_drowning_is_no_killing() -> None:
    doc = run("ولقي ثلاثة صيادين حتفهم غرقاً قبالة سواحل حمص.")
    assert not doc.events


def test_hatf_without_a_violent_cause_is_no_killing() -> None:
    doc = run("وانقلب قارب قبالة سواحل حمص فلقي 12 شخصاً حتفهم ونجا آخرون.")
    assert not doc.events


def test_the_event_of_an_anniversary_is_background() -> None:
    doc = run("وأحيا السوريون أمس ذكرى اجتياح الجيش السوري مدينة حمص.")
    event = only(doc, "MilitaryOperation")
    assert role(doc, event, "agent") == ["الجيش السوري"]
    assert event.historical


def test_a_year_since_the_attack_is_background() -> None:
    doc = run("وتجمع الأهالي في مأرب بمناسبة مرور عامين على هجوم حركة الشباب.")
    attack = only(doc, "Attack")
    assert role(doc, attack, "agent") == ["حركة الشباب"]
    assert attack.historical


def test_the_start_of_the_current_year_is_background_by_july() -> None:
    doc = run("وكانت طائرات التحالف قد قصفت مخازن الحوثيين في مأرب مطلع العام الجاري.")
    attack = only(doc, "Attack")
    assert attack.historical
    assert attack.time == "2015-01"


@pytest.mark.parametrize("text", [
    "وشهدت مأرب عدة مرات هجمات نفذتها حركة الشباب.",
    "وقصفت طائرات التحالف مخازن الحوثيين في مأرب مراراً.",
])
def test_deeds_told_as_repeated_are_background(text: str) -> None:
    assert all(e.historical for e in run(text).events)
    assert run(text).events


def test_a_light_verb_reaches_its_noun_past_a_relative_clause_with_an_event() -> None:
    doc = run("وقام الحوثيون الذين يواجهون هجوماً للمقاومة بقصف أحياء مأرب أمس.")
    attacks = [e for e in doc.events if trigger(doc, e) == "بقصف"]
    assert len(attacks) == 1
    assert role(doc, attacks[0], "agent") == ["الحوثيون"]
