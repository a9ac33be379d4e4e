"""Violent events, session 37 (helper p4). Made-up sentences.

- «فجّر مسلحون ثلاث سيارات»: «فجّر» names a bombing with counted vehicles or devices after it
  too; «فجر اليوم» is dawn (``lexicon.EVENT_COMPLEMENTS``, ``EVENT_NOT_BEFORE``).
- «وقتل فلان (30 عاماً) برصاص الشرطة»: the doer behind «برصاص» is read past the victim's age
  in brackets (``event_subjects.by_hand_of``).
- «وقتل منفذ الهجوم فلان»: a noun made definite by its genitive right before a person's name
  describes the person, the victim (``targets.named_after_title``).
- «وقال مصدر إن داعش فرض سيطرته على المدينة»: the subject printed before a verb of establishing
  control, right after «أن/إن», is the doer of the possessive control noun (``possessive``).
- «قصفت الفصائل المقاتلة المعارضة للنظام البلدات»: the participle of allegiance and its side
  belong to the doer's phrase, never the target (``allegiance_clauses``).
- «قتل جندي وأصيب ثلاثة آخرون برصاص قناص»: a wounding joined to a killing is its toll, no
  second attack (``event_attack_words``).
- «وقال الجيش إن قوات التحالف شنت ثماني غارات»: an actor phrase that opens the «أن/إن» clause
  before a support verb is the doer of its noun (``event_that_subjects.that_actor_phrase``).
- «لهجوم من قوات النظام وحزب الله»: a name joined by «و» to the doer behind «من» came from the
  same side, never the target (``event_from_doers``).
- «وقال الشهود إن مجهولين فجّروا ...» after «فجّر مجهولون ...»: a deed told again by unnamed
  doers of the same stem, and «حيث ينتشر المسلحون» (a presence), stand lower
  (``event_retellings``).
- «ونفذ الطيران الحربي السوري أربع غارات»: a country's air force, named by an adjective of war
  and its nisba, is the doer (``war_machines``); bare «الطيران الحربي» is not.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

POLICE = E("GovernmentBody", "الشرطة", ("الشرطة",))
ISIS = E("ArmedGroup", "داعش", ("داعش",))
MOSUL = E("City", "الموصل", ("الموصل",))
BAGHDAD = E("City", "بغداد", ("بغداد",))
SAMIR = E("Person", "سمير الخالدي", ("سمير الخالدي",))
REGIME = E("GovernmentBody", "النظام السوري", ("النظام السوري",))
ALL = [POLICE, ISIS, MOSUL, BAGHDAD, SAMIR, REGIME]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


def test_blowing_up_counted_cars() -> None:
    doc = run("فجّر مسلحون ثلاث سيارات تعود لضباط في الشرطة ببغداد.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["مسلحون"]


def test_blowing_up_two_devices() -> None:
    doc = run("وفجر مجهولون عبوتين ناسفتين قرب مقر الشرطة في بغداد.")
    assert len(events(doc, "Attack")) == 1


def test_dawn_is_no_bombing() -> None:
    doc = run("وصلت فجر اليوم سيارات الإسعاف إلى بغداد.")
    assert events(doc, "Attack") == []


def test_doer_by_gunfire_past_the_age_of_the_victim() -> None:
    doc = run("وقتل سمير الخالدي (30 عاماً) برصاص الشرطة في بغداد.")
    [killing] = events(doc, "Killing")
    assert role(doc, killing, "agent") == ["الشرطة"]
    assert role(doc, killing, "target") == ["سمير الخالدي"]


def test_a_clause_in_brackets_still_hides_the_doer() -> None:
    doc = run("وقتل سمير الخالدي (الذي كان يقود السيارة) برصاص الشرطة في بغداد.")
    [killing] = events(doc, "Killing")
    assert role(doc, killing, "agent") == []


def test_victim_named_after_a_construct_description() -> None:
    doc = run("وقتل منفذ الهجوم سمير الخالدي برصاص الشرطة في بغداد.")
    [killing] = events(doc, "Killing")
    assert role(doc, killing, "target") == ["سمير الخالدي"]
    assert role(doc, killing, "agent") == ["الشرطة"]


def test_fronted_doer_of_control_after_that() -> None:
    doc = run("وأوضح مصدر أمني أن داعش فرض سيطرته على الموصل.")
    [operation] = events(doc, "MilitaryOperation")
    assert role(doc, operation, "agent") == ["داعش"]
    assert role(doc, operation, "target") == ["الموصل"]


def test_control_lost_after_that_is_no_operation() -> None:
    doc = run("وأوضح مصدر أمني أن داعش فقد سيطرته على الموصل.")
    assert events(doc, "MilitaryOperation") == []


def test_a_fronted_name_not_after_that_is_not_read() -> None:
    doc = run("وأوضح مصدر أمني في الشرطة فرض سيطرته على الموصل.")
    assert events(doc, "MilitaryOperation") == []


def test_allegiance_of_the_band_is_no_target() -> None:
    doc = run("قصفت الفصائل المقاتلة المعارضة للحكومة البلدات المحاصرة.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["الفصائل المقاتلة"]
    assert role(doc, attack, "target") == ["البلدات"]


def test_allegiance_with_a_named_side_is_no_target() -> None:
    doc = run("أمطرت الفصائل المقاتلة المعارضة للنظام السوري قرى محاصرة بالقذائف.")
    [attack] = events(doc, "Attack")
    assert "المعارضة" not in role(doc, attack, "target")


def test_wounding_joined_to_a_killing_is_its_toll() -> None:
    doc = run("قتل جندي وأصيب ثلاثة آخرون برصاص قناص في بغداد.")
    assert events(doc, "Attack") == []
    assert len(events(doc, "Killing")) == 1


def test_wounding_alone_stays_an_attack() -> None:
    doc = run("وأصيب ثلاثة جنود برصاص قناص في بغداد.")
    assert len(events(doc, "Attack")) == 1


COALITION_TEXT = "وقال الجيش إن قوات التحالف شنت ثماني غارات في الموصل."


def test_fronted_coalition_doer_of_a_supported_noun() -> None:
    doc = run(COALITION_TEXT)
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["قوات التحالف"]


def test_coalition_doer_not_read_without_that() -> None:
    doc = run("وقال الجيش قوات التحالف شنت ثماني غارات في الموصل.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") != ["قوات التحالف"]


def test_name_joined_to_the_doer_behind_from_is_no_target() -> None:
    doc = run("ردا على تعرض الموصل لهجوم من قوات النظام و”داعش”.")
    for attack in events(doc, "Attack"):
        assert "داعش" not in role(doc, attack, "target")


def test_target_after_on_still_read_after_from() -> None:
    doc = run("شن هجوم من عناصر داعش على الموصل أمس.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "target") == ["الموصل"]


def _confidence(text: str, label: str, trigger: str) -> float:
    doc = run(text)
    [event] = [e for e in events(doc, label) if doc.text[e.trigger_start:e.trigger_end] == trigger]
    return event.evidence.confidence


def test_a_deed_told_again_by_unnamed_doers_stands_lower() -> None:
    first = "فجّر مجهولون سيارة في بغداد."
    again = _confidence(first + " وقال الشهود إن مجهولين فجّروا سيارة الضابط في بغداد.",
                        "Attack", "فجّروا")
    alone = _confidence("وقال الشهود إن مجهولين فجّروا سيارة الضابط في بغداد.",
                        "Attack", "فجّروا")
    assert again < alone


def test_another_deed_by_other_unnamed_doers_is_not_lowered() -> None:
    other = _confidence("فجّر مجهولون سيارة في بغداد. وقال الشهود إن مسلحين فجّروا سيارة "
                        "الضابط في بغداد.", "Attack", "فجّروا")
    alone = _confidence("وقال الشهود إن مسلحين فجّروا سيارة الضابط في بغداد.", "Attack", "فجّروا")
    assert other == alone


def test_a_presence_where_a_place_is_described_stands_lower() -> None:
    where = _confidence("قتل جندي في الموصل حيث ينتشر مسلحو داعش بكثافة.", "Deployment",
                        "ينتشر")
    news = _confidence("ينتشر مسلحو داعش في الموصل.", "Deployment", "ينتشر")
    assert where < news


def test_a_countrys_air_force_is_the_doer() -> None:
    doc = run("ونفذ الطيران الحربي السوري أربع غارات على الموصل.")
    [attack] = events(doc, "Attack")
    assert role(doc, attack, "agent") == ["الطيران الحربي السوري"]


def test_a_bare_air_force_names_no_doer() -> None:
    doc = run("ونفذ الطيران الحربي أربع غارات على الموصل.")
    for attack in events(doc, "Attack"):
        assert role(doc, attack, "agent") == []
