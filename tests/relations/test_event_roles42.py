"""Event roles on fresh news, session 42 (helper ev42). Made-up sentences.

- «الخميس 5 مايو، الرئيس فلان استقبل الوزير علان»: a person who opens the clause right
  before the verb, after a date, a comma or the start of the sentence, is its subject; the
  name after the verb is the one received (``event_opening_subjects``).
- «وفي يوم السبت، هنأ الملك فلان الرئيس علان بفوزه، واستقبل الأمين العام»: a meeting verb
  joined after a comma to a chain of acts shares the subject of the chain's first verb; the
  name after it is the one met (``event_chained_hosts``).
- «استقبل الوزير فلان السفير علاناً وعقد معه جلسة مباحثات»: talks held «معه» after a meeting
  of the sentence are that meeting told again; without one, the name the pronoun resumes is
  the party met, not the host (``event_with_pronouns``).
- «تفجير انتحاري قرب جامعة الفلاح»: a building named after a word of nearness is where the
  deed happened, not its target, even when tagged as a body (``event_near_places``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

KING = E("Person", "عبدالله بن حمد", ("عبدالله بن حمد",))
ENVOY = E("Person", "ماركو لوتشيني", ("ماركو لوتشيني",))
MINISTER = E("Person", "كمال الدوسري", ("كمال الدوسري",))
PRESIDENT = E("Person", "إيفان كوفاتش", ("إيفان كوفاتش",))
STYLE = E("Person", "خادم الحرمين الشريفين", ("خادم الحرمين الشريفين",))
ARMY = E("ArmedGroup", "الجيش اليمني", ("الجيش اليمني",))
REBELS = E("ArmedGroup", "الحوثيون", ("الحوثيين",))
UN = E("InternationalOrganization", "الأمم المتحدة", ("الأمم المتحدة",))
RIYADH = E("City", "الرياض", ("الرياض",))
CROATIA = E("Country", "كرواتيا", ("كرواتيا",))
COLLEGE = E("Organization", "جامعة الفلاح للبنات", ("جامعة الفلاح للبنات",))
POLICE = E("Organization", "مقر الشرطة المحلية", ("مقر الشرطة المحلية",))
ALL = [KING, ENVOY, MINISTER, PRESIDENT, STYLE, ARMY, REBELS, UN, RIYADH, CROATIA, COLLEGE,
       POLICE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def meetings(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.label == "Meeting"]


def roles_of(text: str) -> list[tuple[list[str], list[str]]]:
    """The agents and participants of each meeting read in ``text``."""
    doc = run(text)
    return [(role(doc, e, "agent"), role(doc, e, "participant")) for e in meetings(doc)]


def test_subject_after_a_date_opens_the_clause() -> None:
    assert roles_of("وفي يوم الخميس 16 يوليو الملك عبدالله بن حمد استقبل ماركو لوتشيني "
                    "وبحث معه العلاقات.")[:1] == [(["عبدالله بن حمد"], ["ماركو لوتشيني"])]


def test_subject_after_a_comma_opens_the_clause() -> None:
    assert roles_of("الخميس 16 يوليو، خادم الحرمين الشريفين استقبل إيفان كوفاتش.") == [
        (["خادم الحرمين الشريفين"], ["إيفان كوفاتش"])]


def test_subject_at_the_start_of_the_sentence() -> None:
    assert roles_of("الوزير كمال الدوسري يستقبل إيفان كوفاتش في الرياض أمس.")[:1] in (
        [(["كمال الدوسري"], ["إيفان كوفاتش"])], [])
    assert roles_of("الوزير كمال الدوسري استقبل إيفان كوفاتش في الرياض أمس.") == [
        (["كمال الدوسري"], ["إيفان كوفاتش"])]


def test_violent_verb_after_a_date_keeps_its_subject() -> None:
    doc = run("الأحد الماضي، الجيش اليمني قصف مواقع الحوثيين في صعدة.")
    [attack] = [e for e in doc.events if e.label == "Attack"]
    assert role(doc, attack, "agent") == ["الجيش اليمني"]


def test_name_closing_another_clause_is_no_subject() -> None:
    # the name before the verb is the object of the visit, not a clause's subject
    for agents, _ in roles_of("زار الوزير كمال الدوسري الرياض التقى خلالها إيفان كوفاتش."):
        assert "الرياض" not in agents


def test_verb_with_object_pronoun_keeps_the_name_after() -> None:
    assert roles_of("كمال الدوسري، استقبله إيفان كوفاتش في الرياض.")[:1] != [
        (["كمال الدوسري"], [])]
    for agents, _ in roles_of("كمال الدوسري، استقبله إيفان كوفاتش في الرياض."):
        assert agents != ["كمال الدوسري"]


def test_joined_verb_keeps_the_shared_subject() -> None:
    assert roles_of("والتقى إيفان كوفاتش كمال الدوسري في الرياض أمس.") == [
        (["إيفان كوفاتش"], ["كمال الدوسري"])]


def test_chain_of_acts_shares_its_first_subject() -> None:
    assert roles_of("وفي يوم السبت، هنأ الملك عبدالله بن حمد الرئيس إيفان كوفاتش بمناسبة "
                    "فوزه، واستقبل ماركو لوتشيني، وبعث برقية إلى رئيس كرواتيا.") == [
        (["عبدالله بن حمد"], ["ماركو لوتشيني"])]


def test_chain_of_acts_when_the_guest_is_read_as_subject() -> None:
    assert roles_of("أمس، وجّه الوزير كمال الدوسري بفتح المعبر، واستقبل إيفان كوفاتش "
                    "في الرياض.") == [(["كمال الدوسري"], ["إيفان كوفاتش"])]


def test_reported_clause_in_the_chain_keeps_its_own_subject() -> None:
    found = roles_of("وفي يوم السبت، قال الوزير كمال الدوسري إن الأمم المتحدة أرسلت "
                     "مبعوثاً، والتقى ماركو لوتشيني في الرياض.")
    assert all(agents != ["كمال الدوسري"] for agents, _ in found)


def test_chain_with_a_guest_who_meets_someone_keeps_the_subject_after() -> None:
    found = roles_of("وفي يوم السبت، هنأ الملك عبدالله بن حمد الرئيس إيفان كوفاتش بفوزه، "
                     "والتقى ماركو لوتشيني الوزير كمال الدوسري.")
    assert all(agents != ["عبدالله بن حمد"] for agents, _ in found)


def test_talks_held_with_the_guest_are_the_reception() -> None:
    doc = run("استقبل الوزير كمال الدوسري السفير ماركو لوتشيني وعقد معه جلسة مباحثات رسمية.")
    assert [doc.text[e.trigger_start:e.trigger_end] for e in meetings(doc)] == ["استقبل"]
    doc = run("وأشاد الملك عبدالله بن حمد بالعلاقات من خلال استقباله ماركو لوتشيني، "
              "ويجري معه مباحثات حول المنطقة.")
    assert [doc.text[e.trigger_start:e.trigger_end] for e in meetings(doc)] == ["استقباله"]


def test_talks_held_with_a_pronoun_take_no_guest_for_host() -> None:
    doc = run("كرّم الوزير كمال الدوسري ماركو لوتشيني، وأجرى معه مباحثات مطولة.")
    for meeting in meetings(doc):
        assert role(doc, meeting, "agent") != ["ماركو لوتشيني"]


def test_talks_with_a_named_party_keep_their_host() -> None:
    doc = run("وأجرى الوزير كمال الدوسري مباحثات مع ماركو لوتشيني في الرياض.")
    [talks] = meetings(doc)
    assert role(doc, talks, "agent") == ["كمال الدوسري"]


def test_talks_held_with_a_pronoun_by_a_named_subject_keep_it() -> None:
    doc = run("وأجرى الوزير كمال الدوسري معه مباحثات مطولة في الرياض.")
    [talks] = meetings(doc)
    assert role(doc, talks, "agent") == ["كمال الدوسري"]


def targets_of(text: str, label: str) -> list[list[str]]:
    doc = run(text)
    return [role(doc, e, "target") for e in doc.events if e.label == label]


def test_building_near_a_blast_is_no_target() -> None:
    assert targets_of("قتل ثلاثة أشخاص في تفجير انتحاري قرب جامعة الفلاح للبنات أمس.",
                      "Attack") == [[]]


def test_building_behind_near_from_stays_no_target() -> None:
    assert targets_of("قتل شرطي في انفجار عبوة ناسفة بالقرب من مقر الشرطة المحلية أمس.",
                      "Attack") == [[]]


def test_building_attacked_stays_the_target() -> None:
    assert targets_of("واستهدف هجوم انتحاري مقر الشرطة المحلية أمس.", "Attack") == [
        ["مقر الشرطة المحلية"]]
