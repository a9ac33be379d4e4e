"""Event precision, session 29 (``event_natural_disasters``, ``event_fire_sources``,
``event_relative_victims``, ``event_taken_genitives``, ``event_demanded_items``,
``event_verbal_duels``). Made-up sentences.

- a death or a sweep in the clause of a natural disaster is no violent event;
- a name right after «بنيران», «برصاص», «على يد» is who fired, never the target;
- «الجنود الأمريكيين الذين قتلوا في الهجوم»: no object after the relative verb, the
  antecedent's side is no agent (with an object it stays);
- «وتحرير المغرب»: the genitive of a bare noun of taking is no agent (with «لـ» after it,
  «اقتحام الشرطة لكفر سالم», or an adjective after a noun with the article, it stays);
- a noun trigger listed after «مطالب ... وهي», «اقتراح ... الداعي إلى» is demanded, not done
  (a verb after demands stays);
- «شن المندوب فلان هجوماً على أمين الأمم المتحدة»: a person attacking a person attacks in
  words (a country attacking a person stays).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

OCCUPATION = E("GovernmentBody", "قوات الاحتلال الإسرائيلي", ("قوات الاحتلال الإسرائيلي",))
POLICE = E("GovernmentBody", "الشرطة", ("الشرطة",))
MILITANTS = E("ArmedGroup", "جبهة النصر", ("جبهة النصر",))
ETHIOPIA = E("Country", "إثيوبيا", ("إثيوبيا",))
USA = E("Country", "الولايات المتحدة", ("الأمريكيين", "الأمريكي", "الولايات المتحدة"))
MOROCCO = E("Country", "المغرب", ("المغرب",))
ISRAEL = E("Country", "إسرائيل", ("الإسرائيلي", "إسرائيل"))
LEBANON = E("Country", "لبنان", ("لبنان",))
TOWN = E("City", "كفر سالم", ("كفر سالم",))
ARMY = E("GovernmentBody", "الجيش اللبناني", ("الجيش اللبناني",))
ENVOY = E("Person", "دان غيلرمان", ("دان غيلرمان",))
UN_HEAD = E("Person", "أمين الأمم المتحدة", ("أمين الأمم المتحدة",))
DEIF = E("Person", "محمد الضيف", ("محمد الضيف",))
ALL = [OCCUPATION, POLICE, MILITANTS, ETHIOPIA, USA, MOROCCO, ISRAEL, LEBANON, TOWN, ARMY, ENVOY,
       UN_HEAD, DEIF]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list:
    return [event for event in doc.events if event.label == label]


def test_deaths_told_after_a_tsunami_are_no_killing() -> None:
    doc = run("وكانت كفر سالم من أكثر المناطق تضررا من تسونامي الأخير حيث شهد مقتل 90 شخصا.")
    assert events(doc, "Killing") == []


def test_floods_sweeping_a_country_are_no_operation() -> None:
    doc = run("وبعد أشهر من الجفاف اجتاحت إثيوبيا فيضانات مدمرة أودت بحياة مئات.")
    assert events(doc, "MilitaryOperation") == []


def test_lava_is_no_killer() -> None:
    doc = run("ودفنت الحمم البركانية القرية مما أسفر عن مقتل 300.")
    assert events(doc, "Killing") == []


def test_a_killing_past_a_comma_after_a_quake_stays() -> None:
    doc = run("وبعد الزلزال بأيام، قتل مسلحو جبهة النصر خمسة من رجال الشرطة في كفر سالم.")
    assert events(doc, "Killing") != []


def test_the_shooter_after_fire_is_no_target() -> None:
    doc = run("واستشهد فلسطيني إثر إصابته بنيران قوات الاحتلال الإسرائيلي شرق مخيم البريج.")
    found = events(doc, "Killing") + events(doc, "Attack")
    assert found
    for event in found:
        assert role(doc, event, "target") == []


def test_the_shooter_after_bullets_is_the_agent() -> None:
    doc = run("وقتل شاب برصاص الشرطة في كفر سالم أمس.")
    killing = events(doc, "Killing")[0]
    assert role(doc, killing, "agent") == ["الشرطة"]
    assert role(doc, killing, "target") != ["الشرطة"]


def test_a_target_named_by_the_verb_stays() -> None:
    doc = run("وهاجمت قوات الاحتلال الإسرائيلي بلدة كفر سالم فجر اليوم.")
    attack = events(doc, "Attack") + events(doc, "MilitaryOperation")
    assert attack and role(doc, attack[0], "target") == ["كفر سالم"]


def test_the_antecedent_killed_is_no_agent() -> None:
    doc = run("وقال المتحدث إن الجنود الأمريكيين الذين قتلوا في الهجوم كانوا في دورية.")
    for event in events(doc, "Killing"):
        assert role(doc, event, "agent") == []


def test_the_antecedent_who_killed_someone_stays_agent() -> None:
    doc = run("وقال الشهود إن الجنود الإسرائيلي الذين قتلوا الطفل كانوا في دورية.")
    killing = events(doc, "Killing")
    assert killing and role(doc, killing[0], "agent") == ["الإسرائيلي"]


def test_the_land_freed_is_no_agent() -> None:
    doc = run("وقاد الملك حركة وتحرير المغرب من الاستعمار عام 1956.")
    for event in events(doc, "MilitaryOperation"):
        assert role(doc, event, "agent") == []


def test_a_genitive_before_la_is_the_invader() -> None:
    doc = run("وشهد الأسبوع اقتحام الشرطة لكفر سالم.")
    storming = events(doc, "Attack")
    assert storming and role(doc, storming[0], "agent") == ["الشرطة"]
    assert role(doc, storming[0], "target") == ["كفر سالم"]


def test_an_adjective_after_the_article_stays_agent() -> None:
    doc = run("وتواصل الاجتياح الإسرائيلي للبنان أمس.")
    invasion = events(doc, "MilitaryOperation")
    assert invasion and role(doc, invasion[0], "agent") == ["الإسرائيلي"]


def test_a_genitive_with_an_accusative_object_is_the_doer() -> None:
    doc = run("وتذكر السكان اقتحام الشرطة كفر سالم قبل عامين.")
    storming = events(doc, "Attack") + events(doc, "MilitaryOperation")
    assert storming and role(doc, storming[0], "agent") == ["الشرطة"]


def test_an_item_of_demands_is_no_event() -> None:
    doc = run("وقال الوزير إن لإسرائيل ثلاثة مطالب كي تنهي هجومها، وهي عودة الأسرى وسيطرة الجيش"
              " اللبناني على الجنوب.")
    assert events(doc, "MilitaryOperation") == []


def test_a_withdrawal_in_a_proposal_is_no_event() -> None:
    doc = run("ورفض الرئيس اقتراح الوسيط الداعي إلى إطلاق الأسرى، وانسحاب جبهة النصر من كفر سالم.")
    assert events(doc, "Withdrawal") == []


def test_a_done_withdrawal_after_demands_stays() -> None:
    doc = run("ورفضت الحكومة مطالب المعارضة، وانسحبت جبهة النصر من كفر سالم أمس.")
    assert events(doc, "Withdrawal") != []


def test_a_person_attacking_a_person_is_an_attack_in_words() -> None:
    doc = run("وشن المندوب الإسرائيلي دان غيلرمان هجوما عنيفا على أمين الأمم المتحدة لأن تقريره"
              " لم يشر إلى الإرهاب.")
    assert events(doc, "Attack") == events(doc, "MilitaryOperation") == []


def test_a_country_attacking_a_person_stays() -> None:
    doc = run("وشنت إسرائيل هجوما على القيادي محمد الضيف في كفر سالم أمس.")
    assert events(doc, "Attack") + events(doc, "MilitaryOperation") != []
