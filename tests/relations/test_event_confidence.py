"""The raw confidence of an event rests on how its agent, target and trigger were found."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from kg.relations.event_confidence import EventCues, event_confidence
from tests.relations.docbuilder import E, build_doc

FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
MALI = E("Country", "مالي", ("مالي",), "Q912")
GAO = E("City", "غاو", ("غاو",))
REBELS = E("ArmedGroup", "جماعة النصرة", ("جماعة النصرة",))
LOUIS = E("Person", "لويس مارتان", ("لويس مارتان",))
ALL = [FRANCE, MALI, GAO, REBELS, LOUIS]


def cues(**changed: object) -> EventCues:
    plain: dict[str, object] = {
        "verb": True, "agent": "none", "target": "none", "participant": False,
        "other_roles": False, "definite_noun": False, "background": False,
    }  # fmt: skip
    return EventCues(**{**plain, **changed})  # type: ignore[arg-type]


def event(text: str, label: str) -> Event:
    doc: Document = extract_relations(build_doc(text, ALL))
    [found] = [e for e in doc.events if e.label == label]
    return found


def test_the_verbs_own_subject_beats_a_name_found_further_back() -> None:
    own = event_confidence(cues(agent="own", target="near", other_roles=True))
    far = event_confidence(cues(agent="far", target="near", other_roles=True))
    assert own > far


def test_counted_victims_are_a_clear_target_and_a_far_name_a_doubtful_one() -> None:
    counted = event_confidence(cues(target="counted", other_roles=True))
    near = event_confidence(cues(target="near", other_roles=True))
    far = event_confidence(cues(target="far", other_roles=True))
    assert counted > near > far


def test_the_group_of_counted_victims_is_a_counted_target() -> None:
    group = event("وقُتل 12 مسلحاً من جماعة النصرة في غاو.", "Killing")
    bare = event("وقع هجوم في غاو أمس.", "Attack")
    assert group.evidence.confidence > bare.evidence.confidence + 0.2


def test_a_definite_noun_no_core_argument_and_background_lower_the_score() -> None:
    noun = cues(verb=False, agent="own")
    assert event_confidence(cues(verb=False, agent="own", definite_noun=True)) < \
        event_confidence(noun)
    assert event_confidence(cues(verb=False, agent="own", background=True)) < \
        event_confidence(noun)
    assert event_confidence(cues(other_roles=True)) < event_confidence(cues(target="near"))


def test_the_score_stays_within_its_bounds() -> None:
    best = cues(agent="own", target="counted", other_roles=True)
    worst = cues(verb=False, agent="far", definite_noun=True, background=True)
    assert event_confidence(best) <= 0.95
    assert event_confidence(worst) >= 0.4


def test_a_verb_with_its_subject_outranks_a_noun_with_a_name_before_it() -> None:
    subject = event("وهاجمت جماعة النصرة مدينة غاو أمس.", "Attack")
    before = event("وقال لويس مارتان إن الاجتماع في غاو كان مثمرا.", "Meeting")
    assert subject.evidence.confidence > before.evidence.confidence


def test_counted_victims_of_a_passive_verb_outrank_a_bare_report() -> None:
    counted = event("وقال مسعفون إن عشرة جنود فرنسيين قتلوا في غاو.", "Killing")
    bare = event("وقع هجوم في غاو أمس.", "Attack")
    assert counted.evidence.confidence > bare.evidence.confidence
