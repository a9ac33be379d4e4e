"""Raw event confidence, session 20 round 2 (evdev20): a toll summed since a month or a year
or over a count of operations is a tally («قتلت 223 عنصراً خلال 112 عملية منذ إبريل»); a strike
whose object stands past its weapon («قصفت المقاومة بالمدفعية تجمعات ...») and was not read
has a victim left unread. Both lower the raw confidence; the events stay."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

RESISTANCE = E("ArmedGroup", "المقاومة الشعبية", ("المقاومة الشعبية", "المقاومة"))
ARMY = E("GovernmentBody", "الجيش", ("الجيش",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون", "الحوثي"))
ADEN = E("City", "عدن", ("عدن",))
ALL = [RESISTANCE, ARMY, HOUTHIS, ADEN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def event(doc: Document, label: str) -> Event:
    found = [e for e in doc.events if e.label == label]
    assert found, [e.label for e in doc.events]
    return found[0]


def confidence(text: str, label: str) -> float:
    return event(run(text), label).evidence.confidence


# --- a toll summed since a date or over many operations ----------------------------------------

CLAIM = "وقالت المقاومة الشعبية إنها قتلت 80 عنصرا من مسلحي الحوثي في محافظات الإقليم"


def test_toll_since_a_month_is_a_tally() -> None:
    assert confidence(CLAIM + " منذ إبريل الماضي.", "Killing") < confidence(CLAIM + ".", "Killing")


def test_toll_since_a_year_is_a_tally() -> None:
    assert confidence(CLAIM + " منذ 2014.", "Killing") < confidence(CLAIM + ".", "Killing")


def test_toll_over_a_count_of_operations_is_a_tally() -> None:
    plain = confidence("قتل 30 مسلحا في المحافظة.", "Killing")
    summed = confidence("قتل 30 مسلحا خلال 45 عملية في المحافظة.", "Killing")
    assert summed < plain


def test_since_a_time_of_day_is_no_tally() -> None:
    assert confidence(CLAIM + " منذ الصباح.", "Killing") == confidence(CLAIM + ".", "Killing")


def test_toll_in_one_operation_is_no_tally() -> None:
    plain = confidence("قتل 30 مسلحا في المحافظة.", "Killing")
    one = confidence("قتل 30 مسلحا خلال عملية في المحافظة.", "Killing")
    assert one == plain


def test_killing_with_no_count_over_operations_keeps_its_confidence() -> None:
    plain = confidence("اغتال مسلحون الضابط في عدن أمس.", "Killing")
    over = confidence("اغتال مسلحون الضابط في عدن خلال عملية أمس.", "Killing")
    assert over == plain


# --- an object past the weapon ------------------------------------------------------------------

def test_object_past_weapon_left_unread_lowers_the_strike() -> None:
    plain = confidence("قصفت المقاومة الشعبية بشكل مكثف أمس.", "Attack")
    past = confidence("قصفت المقاومة الشعبية بالمدفعية تجمعات عند أطراف المدينة.", "Attack")
    assert past < plain


def test_object_past_weapon_and_adjective() -> None:
    plain = confidence("قصفت المقاومة الشعبية بشكل مكثف أمس.", "Attack")
    past = confidence("قصفت المقاومة الشعبية بالمدفعية الثقيلة تجمعات قرب المدينة.", "Attack")
    assert past < plain


def test_doer_before_the_verb_and_object_past_weapon() -> None:
    plain = confidence("المقاومة الشعبية قصفت بشكل مكثف أمس.", "Attack")
    past = confidence("المقاومة الشعبية قصفت بقذائف الهاون تجمعات قرب المدينة.", "Attack")
    assert past < plain


def test_weapon_with_no_object_after_it_keeps_the_strike() -> None:
    plain = confidence("قصفت المقاومة الشعبية بشكل مكثف أمس.", "Attack")
    weapon_only = confidence("قصفت المقاومة الشعبية بالمدفعية.", "Attack")
    assert weapon_only == plain


def test_read_target_past_weapon_keeps_the_strike() -> None:
    doc = run("قصفت المقاومة الشعبية بالمدفعية الحوثيين في عدن.")
    attack = event(doc, "Attack")
    if any(a.role == "target" for a in attack.arguments):
        plain = confidence("قصفت المقاومة الشعبية الحوثيين في عدن.", "Attack")
        assert attack.evidence.confidence == plain


# --- a verb of killing with no victim read --------------------------------------------------------

def test_killing_verb_with_no_victim_read_is_below_one_with_its_victims() -> None:
    with_victims = confidence("قتل مسلحون 12 شخصا في عدن أمس.", "Killing")
    doc = run("وقتل مسلحون أمس في هجوم على البلدة، بحسب مصادر محلية.")
    killings = [e for e in doc.events if e.label == "Killing"
                and not any(a.role == "target" for a in e.arguments)]
    for killing in killings:
        assert killing.evidence.confidence <= with_victims - 0.3


def test_victimless_cue_is_for_verbs_only() -> None:
    from kg.relations.event_confidence import EventCues, event_confidence
    noun = EventCues(verb=False, agent="own", target="none", participant=False,
                     other_roles=False, definite_noun=False, background=False)
    verb = EventCues(verb=True, agent="own", target="none", participant=False,
                     other_roles=False, definite_noun=False, background=False,
                     object_unread=True, killing_verb=True)
    assert event_confidence(verb) < event_confidence(noun) + 0.05 - 0.15
