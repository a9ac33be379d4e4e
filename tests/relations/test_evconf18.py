"""Event confidence on unseen news, session 18: a verb of killing whose doer is left in the
verb (its subject suffix before the counted victims, or «من» before it) has a doer the event
lacks when none was read, and is less sure; a passive after its victims is not; a meeting told
by a noun with a doer and no other party is less sure; a meeting noun with its parties, or an
operation noun with no target, keeps its confidence."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from kg.relations.event_confidence import EventCues, event_confidence
from tests.relations.docbuilder import E, build_doc, role

ARMY = E("Organization", "الجيش الليبي", ("الجيش الليبي",))
GROUP = E("ArmedGroup", "أنصار الشريعة", ("أنصار الشريعة",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
MINISTER = E("Person", "محمد الدايري", ("محمد الدايري",))
ENVOY = E("Person", "برناردينو ليون", ("برناردينو ليون",))
DERNA = E("City", "درنة", ("درنة",))
SIRTE = E("City", "سرت", ("سرت",))
ALL = [ARMY, GROUP, UN, MINISTER, ENVOY, DERNA, SIRTE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def by_trigger(doc: Document, form: str) -> list[Event]:
    return [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == form]


def confidence(event: Event) -> float:
    return event.evidence.confidence


# A verb of killing whose doer is left in the verb.

def test_plural_suffix_before_counted_victims_is_less_sure_without_a_doer() -> None:
    doc = run("ووصل المسلحون إلى القرية فجر أمس. وفي السوق وحدها، قتلوا تسعة أشخاص بينهم "
              "امرأتان.")
    killed = by_trigger(doc, "قتلوا")
    assert killed and not role(doc, killed[0], "agent")
    assert confidence(killed[0]) < 0.8


def test_feminine_suffix_before_counted_victims_is_less_sure_without_a_doer() -> None:
    doc = run("وصدت القوات هجوما على المعسكر أمس، فقتلت ما لا يقل عن 12 مسلحا.")
    killed = by_trigger(doc, "فقتلت")
    assert killed and not role(doc, killed[0], "agent")
    assert confidence(killed[0]) < 0.8


def test_killing_after_min_is_less_sure_without_a_doer() -> None:
    doc = run("وأكد التنظيم أن عناصره تمكنوا مساء الخميس من قتل 11 جنديا إثر كمين نصبوه.")
    killed = by_trigger(doc, "قتل")
    assert killed and not role(doc, killed[0], "agent")
    assert confidence(killed[0]) < 0.8


def test_passive_after_its_victims_keeps_its_confidence() -> None:
    doc = run("وقال مسؤول في الشرطة إن ستة أشخاص قتلوا في الانفجار الذي وقع في سوق درنة.")
    killed = by_trigger(doc, "قتلوا")
    assert killed and not role(doc, killed[0], "agent")
    assert confidence(killed[0]) >= 0.8


def test_singular_verb_before_counted_victims_keeps_its_confidence() -> None:
    doc = run("وقتل تسعة مدنيين أمس في قصف على أحياء مدينة سرت.")
    killed = by_trigger(doc, "وقتل")
    assert killed and confidence(killed[0]) >= 0.8


def test_suffix_verb_with_its_doer_keeps_its_confidence() -> None:
    doc = run("وقتل الجيش الليبي 15 مسلحا من أنصار الشريعة في درنة أمس.")
    killed = by_trigger(doc, "وقتل")
    assert killed and role(doc, killed[0], "agent") == ["الجيش الليبي"]
    assert confidence(killed[0]) >= 0.8


# A meeting noun with a doer and no other party.

def test_meeting_noun_with_no_other_party_is_less_sure() -> None:
    cues = EventCues(verb=False, agent="own", target="none", participant=False,
                     other_roles=False, definite_noun=False, background=False,
                     meeting_noun=True)
    alone = EventCues(verb=False, agent="own", target="none", participant=False,
                      other_roles=False, definite_noun=False, background=False)
    assert event_confidence(cues) < event_confidence(alone)
    assert event_confidence(cues) < 0.8


def test_meeting_noun_with_a_party_keeps_its_confidence() -> None:
    with_party = EventCues(verb=False, agent="own", target="none", participant=True,
                           other_roles=True, definite_noun=False, background=False,
                           meeting_noun=True)
    plain = EventCues(verb=False, agent="own", target="none", participant=True,
                      other_roles=True, definite_noun=False, background=False)
    assert event_confidence(with_party) == event_confidence(plain)


def test_meeting_verb_is_not_a_meeting_noun() -> None:
    verb = EventCues(verb=True, agent="own", target="none", participant=False,
                     other_roles=False, definite_noun=False, background=False,
                     gathering_verb=True, meeting_noun=True)
    plain = EventCues(verb=True, agent="own", target="none", participant=False,
                      other_roles=False, definite_noun=False, background=False,
                      gathering_verb=True)
    assert event_confidence(verb) == event_confidence(plain)


def test_talks_of_an_organisation_in_a_claim_are_less_sure() -> None:
    doc = run("ويقول دبلوماسيون إن محادثات الأمم المتحدة هي الفرصة الأخيرة لإنهاء القتال في "
              "البلاد.")
    talks = by_trigger(doc, "محادثات")
    assert all(confidence(e) < 0.8 for e in talks)


def test_meeting_noun_with_its_parties_is_kept() -> None:
    doc = run("وعقد محمد الدايري محادثات مع برناردينو ليون في سرت أمس.")
    talks = by_trigger(doc, "محادثات")
    assert talks and role(doc, talks[0], "participant")
    assert confidence(talks[0]) >= 0.6


# An operation noun with its doer and no target is left as it is (the dev gold keeps it).

def test_operation_noun_with_no_target_keeps_its_confidence() -> None:
    doc = run("وقال المتحدث إن أنصار الشريعة قامت بحصار ممنهج لمدة شهرين في مدينة درنة.")
    siege = [e for e in doc.events if e.label in {"MilitaryOperation", "Sanction"}]
    assert siege and confidence(siege[0]) >= 0.8
