"""Whole conflict events, session 21 second round (evkill21b): the toll of a listed subset
before a passive killing is the head count before «بينهم» («40 مدنيا بينهم 9 أطفال وثلاث نساء
قتلوا»); backers named before a verb of success are not its doer («الجيش بدعم من طيران
التحالف تمكن من السيطرة»); a verb of striking with no target read is lowered."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون", "الحوثي"))
ARMY = E("GovernmentBody", "الجيش العراقي", ("الجيش العراقي",))
COALITION = E("Organization", "التحالف الدولي", ("التحالف الدولي",))
MOSUL = E("City", "الموصل", ("الموصل",))
ALL = [HOUTHIS, ARMY, COALITION, MOSUL]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def events(text: str, label: str) -> list[Event]:
    return [e for e in run(text).events if e.label == label]


def role_texts(text: str, event: Event, role: str) -> list[str]:
    return [text[a.start:a.end] for a in event.arguments if a.role == role]


# --- «40 مدنيا بينهم 9 أطفال وثلاث نساء قتلوا»: the toll is the head count ---------------

SUBSET = "وقال الطبيب إن 40 مدنيا بينهم 9 أطفال وثلاث نساء قتلوا في القصف على المدينة."


def test_subset_list_gives_the_head_count() -> None:
    (killing,) = events(SUBSET, "Killing")
    assert killing.casualties == 40
    assert role_texts(SUBSET, killing, "target") == ["40 مدنيا"]


JOINED = "وأكد المسؤول أن أربعة جنود وثلاثة مدنيين قتلوا في الانفجار."


def test_joined_victims_are_not_the_last_count() -> None:
    (killing,) = events(JOINED, "Killing")
    assert killing.casualties != 3
    assert role_texts(JOINED, killing, "target") != ["وثلاثة مدنيين"]


PLAIN = "وقال الطبيب إن 30 شخصا قتلوا في القصف."


def test_plain_count_before_passive_kept() -> None:
    (killing,) = events(PLAIN, "Killing")
    assert killing.casualties == 30


# --- backers before a verb of success ---------------------------------------------------

BACKED = ("وأفاد مصدر بأن الجيش العراقي بالتعاون مع العشائر وبغطاء من طيران التحالف الدولي "
          "تمكن من السيطرة على أحياء في الموصل.")


def test_backer_is_not_the_doer() -> None:
    (operation,) = events(BACKED, "MilitaryOperation")
    agents = role_texts(BACKED, operation, "agent")
    assert "التحالف الدولي" not in " ".join(agents)
    assert agents == ["الجيش العراقي"]


UNBACKED = "وأفاد مصدر بأن الجيش العراقي تمكن من السيطرة على أحياء في الموصل."


def test_plain_success_subject_kept() -> None:
    (operation,) = events(UNBACKED, "MilitaryOperation")
    assert role_texts(UNBACKED, operation, "agent") == ["الجيش العراقي"]


# --- a verb of striking with no target read ----------------------------------------------

ASIDE = "قصفت طائرات التحالف بقيادة السعودية، مخازن السلاح في المعسكر."
STRUCK = "قصفت طائرات التحالف مواقع الحوثيين قرب المدينة."


def test_targetless_strike_ranks_below_a_full_one() -> None:
    (lone,) = events(ASIDE, "Attack")
    (full,) = events(STRUCK, "Attack")
    if not role_texts(ASIDE, lone, "target"):
        assert lone.evidence.confidence < full.evidence.confidence
        assert lone.evidence.confidence <= 0.6


# --- «قالت المقاومة إنها سيطرت على ...»: the speaker seized it ---------------------------

RESISTANCE = E("ArmedGroup", "المقاومة الشعبية", ("المقاومة الشعبية",))
DISTRICT = E("Place", "حي الزنوج", ("حي الزنوج",))


def run_with(text: str, extra: list[E]) -> Document:
    return extract_relations(build_doc(text, ALL + extra, date="2015-07-21"))


SEIZED = "وقالت المقاومة الشعبية في بيان إنها سيطرت على حي الزنوج في المدينة."


def test_speaker_of_her_own_seizure() -> None:
    doc = run_with(SEIZED, [RESISTANCE, DISTRICT])
    (operation,) = [e for e in doc.events if e.label == "MilitaryOperation"]
    assert role_texts(SEIZED, operation, "agent") == ["المقاومة الشعبية"]


SEIZED_BY_OTHERS = "وقالت المقاومة الشعبية في بيان إن الميليشيات سيطرت على حي الزنوج."


def test_other_subject_of_the_seizure_is_not_the_speaker() -> None:
    doc = run_with(SEIZED_BY_OTHERS, [RESISTANCE, DISTRICT])
    for operation in (e for e in doc.events if e.label == "MilitaryOperation"):
        assert "المقاومة الشعبية" not in role_texts(SEIZED_BY_OTHERS, operation, "agent")


SEIZED_PASSIVE = "وقالت المقاومة الشعبية إنها سيطر عليها المسلحون لساعات."


def test_seized_pronoun_without_on_is_no_subject() -> None:
    doc = run_with(SEIZED_PASSIVE, [RESISTANCE])
    for operation in (e for e in doc.events if e.label == "MilitaryOperation"):
        assert "المقاومة الشعبية" not in role_texts(SEIZED_PASSIVE, operation, "agent")


# --- «قصفت المقاتلات مواقع للحوثيين»: the owner of the thing past a bare subject --------

FIGHTERS = "وفي المدينة قصفت المقاتلات مواقع للحوثيين قرب المطار."


def test_owner_of_thing_past_plain_subject_is_hit() -> None:
    (attack,) = events(FIGHTERS, "Attack")
    (target,) = role_texts(FIGHTERS, attack, "target")
    assert target.endswith("حوثيين")


THINGS_AS_SUBJECT = "وفي المدينة قصفت المواقع القريبة للحوثيين أمس."


def test_struck_thing_as_the_first_word_is_no_subject() -> None:
    for attack in events(THINGS_AS_SUBJECT, "Attack"):
        assert not role_texts(THINGS_AS_SUBJECT, attack, "target") or \
            "الحوثيين" not in role_texts(THINGS_AS_SUBJECT, attack, "target")[0]
