"""Violent events, session 40 (helper ev40v): what kg is most sure of. Made-up sentences.

- «أطلق المهاجم ذاته النار»: an emphatic pronoun («ذاته», «نفسه», «عينه») names no side of
  the event; a deed whose only target was one has its object unread (``event_emphatics``).
- A violent trigger whose words and the five after it stand in an earlier sentence is the
  deed told there first (``event_retellings.echoed``); the same short phrase for two raids
  is not.
- «وأوقع الانفجار 12 قتيلاً» then «إن 12 شخصاً قتلوا»: a toll told before as a count of the
  dead is told again (``event_cautions.toll_told_again``).
- «وقتل خمسة مدنيين لدى إلقاء مروحيات النظام براميل»: a toll whose doer is told in its
  circumstance but not read lacks its agent (``event_cautions.doer_in_circumstance``); not
  behind a noun whose genitive is its victim («جراء استهداف قوات الأمن»).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from kg.relations.event_emphatics import emphatic
from tests.relations.docbuilder import E, build_doc, role

POLICE = E("GovernmentBody", "الشرطة", ("الشرطة",))
ARMY = E("GovernmentBody", "الجيش العراقي", ("الجيش العراقي",))
ISIS = E("ArmedGroup", "داعش", ("داعش",))
MOSUL = E("City", "الموصل", ("الموصل",))
BAGHDAD = E("City", "بغداد", ("بغداد",))
ZUHOOR = E("Place", "حي الزهور", ("حي الزهور",))
ALL = [POLICE, ARMY, ISIS, MOSUL, BAGHDAD, ZUHOOR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


def confidence_at(doc: Document, label: str, trigger_from: int) -> float:
    """The raw confidence of the ``label`` event whose trigger is at or after ``trigger_from``."""
    [event] = [e for e in events(doc, label) if e.trigger_start >= trigger_from]
    return event.evidence.confidence


def test_emphatic_words() -> None:
    assert all(emphatic(word) for word in ("ذاته", "نفسها", "انفسهم", "عينه", "بنفسه"))
    assert not any(emphatic(word) for word in ("ذات", "نفس", "الذات", "ذاتي", "عينة"))


def test_emphatic_pronoun_is_no_target() -> None:
    doc = run("وبعد ساعة أطلق المهاجم ذاته النار في مقر للشرطة ببغداد.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "target") == []
    assert attack.evidence.confidence <= 0.7


def test_emphatic_pronoun_after_victim_kept_apart() -> None:
    doc = run("وأطلق مسلحون النار على الضابط نفسه في بغداد.")
    for attack in events(doc, "Attack"):
        assert "نفسه" not in role(doc, attack, "target")


def test_attacker_killed_himself_unchanged() -> None:
    doc = run("وفي الهجوم قتل المهاجم نفسه قرب مقر الشرطة في بغداد.")
    for killing in events(doc, "Killing"):
        assert role(doc, killing, "agent") == []


LEAD = ("استعاد الجيش العراقي مقر المحافظة في الموصل، "
        "وتمكن من دخول حي الزهور وسط مدينة الموصل أمس الخميس. ")
BODY = "وقال مصدر عسكري إن الجيش العراقي تمكن من دخول حي الزهور وسط مدينة الموصل أمس الخميس."
OTHER = "وقال سكان إن الأسواق فتحت أبوابها في بغداد أمس. "


def test_deed_told_again_word_for_word_stands_lower() -> None:
    # the lead's «دخول» is read as no event (its doer is the subject of a verb before it),
    # so the body's copy is the only one kg writes
    echoed = run(LEAD + BODY)
    alone = run(OTHER + BODY)
    label = events(alone, "MilitaryOperation")[0].label
    told_again = confidence_at(echoed, label, len(LEAD))
    assert told_again < confidence_at(alone, label, len(OTHER))


RAID_ONE = "وشنت طائرات التحالف غارات جوية استهدفت مواقع داعش في الموصل. "
RAID_TWO = "كما شنت طائرات التحالف غارات جوية استهدفت مقر داعش في بغداد."


def test_same_short_phrase_for_two_raids_is_no_echo() -> None:
    both = run(RAID_ONE + RAID_TWO)
    alone = run(OTHER + RAID_TWO)
    assert confidence_at(both, "Attack", len(RAID_ONE)) == \
        confidence_at(alone, "Attack", len(OTHER))


DEAD_FIRST = "وأوقع الانفجار الذي هز بغداد أمس 12 قتيلاً على الأقل. "
WOUNDED_FIRST = "وأوقع الانفجار الذي هز بغداد أمس 12 جريحاً على الأقل. "
TOLL_AGAIN = "وقال المتحدث باسم الشرطة إن 12 شخصاً قتلوا في بغداد."


def test_toll_told_before_as_the_dead_stands_lower() -> None:
    again = confidence_at(run(DEAD_FIRST + TOLL_AGAIN), "Killing", len(DEAD_FIRST))
    alone = confidence_at(run(OTHER + TOLL_AGAIN), "Killing", len(OTHER))
    assert again < alone


def test_toll_of_wounded_is_no_toll_of_dead() -> None:
    wounded = confidence_at(run(WOUNDED_FIRST + TOLL_AGAIN), "Killing", len(WOUNDED_FIRST))
    alone = confidence_at(run(OTHER + TOLL_AGAIN), "Killing", len(OTHER))
    assert wounded == alone


def _killing_confidence(text: str) -> float:
    [killing] = events(run(text), "Killing")
    return killing.evidence.confidence


def test_doer_in_the_circumstance_of_a_toll_stands_lower() -> None:
    dropped = _killing_confidence(
        "وقتل خمسة مدنيين لدى إلقاء مروحيات النظام براميل متفجرة على بلدة قرب الموصل.")
    plain = _killing_confidence("وقتل خمسة مدنيين في بلدة قرب الموصل.")
    assert dropped < plain


def test_victim_genitive_in_the_circumstance_is_no_doer() -> None:
    aimed = _killing_confidence("وقتل خمسة مدنيين جراء استهداف قوات الأمن في بلدة قرب الموصل.")
    plain = _killing_confidence("وقتل خمسة مدنيين في بلدة قرب الموصل.")
    assert aimed == plain
