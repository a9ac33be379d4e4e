"""Event precision and confidence on long articles, session 32. Made-up sentences.

- «وهي في قمة مجدها»: «قمة» before a noun with a possessive pronoun is a peak, no summit
  (``event_peaks``); «قمة الرياض» stays a meeting.
- «الروايات الأشهر: "قتل الطائر المغرد"», «فيلم بعنوان "اغتيال الوردة"»: a trigger in quotation
  marks a few words after a work noun is a title, no event (``event_plots.in_title``); «الرواية
  الرسمية أن مسلحين "هاجموا"» (an account, reported) stays.
- «بحجة محاربة حركة طالبان»: the genitive of «محاربة»/«قتال» is the one fought, no doer
  (``event_wars.FOUGHT_GENITIVE``); with a named foe it is reported as a war on a named foe is
  («استمرارنا بمحاربة حركة طالبان»), not as an aim («لمحاربة») or a pretext («بحجة»).
- «كما قتل المهاجم نفسه»: the name before «نفسه» after a verb of killing is who died, no
  doer (``event_self_killed``); «وقتل الجيش الأفغاني عشرين مسلحاً» keeps its doer.
- «تشديد هجمات حركة طالبان هذا العام», «اتفاق مع فرنسا يحد من ... أفضل من لا شيء»: a violent
  noun whose only role is its doer right after it, an indefinite agreement noun with nothing
  that seals it, read lower than the same deeds told with their sides (``event_generic_deeds``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

WRITER = E("Person", "سارة الخطيب", ("سارة الخطيب",))
KING = E("Person", "فهد بن خالد", ("فهد بن خالد",))
RIYADH = E("City", "الرياض", ("الرياض",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",))
TALIBAN = E("ArmedGroup", "حركة طالبان", ("حركة طالبان",))
ARMY = E("GovernmentBody", "الجيش الأفغاني", ("الجيش الأفغاني",))
KUNDUZ = E("City", "قندوز", ("قندوز",))
FRANCE = E("Country", "فرنسا", ("فرنسا",))
IRAN = E("Country", "إيران", ("إيران",))
GUNMEN = E("ArmedGroup", "جماعة الفتح", ("جماعة الفتح",))
LEADER = E("Person", "أبو خالد", ("أبو خالد",))
RAMADI = E("City", "الرمادي", ("الرمادي",))
ALL = [WRITER, KING, RIYADH, USA, TALIBAN, ARMY, KUNDUZ, FRANCE, IRAN, GUNMEN, RAMADI, LEADER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def events(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


def test_the_peak_of_ones_glory_is_no_summit() -> None:
    doc = run("اعتزلت الكاتبة سارة الخطيب الكتابة وهي في قمة مجدها.")
    assert events(doc, "Meeting") == []


def test_the_peak_of_his_deeds_is_no_summit() -> None:
    doc = run("ويأتي في قمة منجزاته مشروع فهد بن خالد لتوسعة المسجد.")
    assert events(doc, "Meeting") == []


def test_a_summit_named_by_its_city_stays() -> None:
    doc = run("وشارك فهد بن خالد أمس في قمة الرياض.")
    assert events(doc, "Meeting") != []


def test_a_novels_title_is_no_killing() -> None:
    doc = run('وكتبت إحدى الروايات الأشهر في تاريخ الولايات المتحدة: "قتل الطائر المغرد".')
    assert events(doc, "Killing") == []


def test_a_titled_collection_is_no_killing() -> None:
    doc = run('وأصدرت سارة الخطيب ديواناً بعنوان "اغتيال الوردة" في الرياض.')
    assert events(doc, "Killing") == []


def test_an_account_in_quotes_stays_an_attack() -> None:
    doc = run('وأكدت الرواية الرسمية أن جماعة الفتح "هاجمت مركز الشرطة" في الرمادي أمس.')
    assert events(doc, "Attack") != []


def test_the_genitive_of_fighting_is_the_foe() -> None:
    doc = run("وسلحت الحكومة القبائل بحجة محاربة حركة طالبان في قندوز.")
    for operation in events(doc, "MilitaryOperation"):
        assert "حركة طالبان" not in role(doc, operation, "agent")


def test_fighting_told_with_its_doer_keeps_the_foe_as_target() -> None:
    doc = run("وقام الجيش الأفغاني بمحاربة حركة طالبان في قندوز أمس.")
    operations = events(doc, "MilitaryOperation")
    assert operations and role(doc, operations[0], "target") == ["حركة طالبان"]
    assert role(doc, operations[0], "agent") == ["الجيش الأفغاني"]


def _confidence(doc: Document, label: str) -> float:
    found = events(doc, label)
    assert found
    return found[0].evidence.confidence


def test_a_sides_campaign_in_general_reads_lower() -> None:
    general = _confidence(run("لكن تشديد هجمات حركة طالبان هذا العام دفع الحكومة إلى التسليح."),
                          "Attack")
    deed = _confidence(run("وشنت حركة طالبان هجمات على قندوز أمس."), "Attack")
    assert general < deed
    assert general < 0.7


def test_a_deal_argued_about_reads_lower() -> None:
    argued = _confidence(run("وقالت: «اتفاق مع إيران يحد من قدرتها أفضل من لا شيء»."),
                         "Agreement")
    sealed = _confidence(run("وقالت: «توصلت فرنسا إلى اتفاق مع إيران يحد من قدرتها»."),
                         "Agreement")
    assert argued < sealed


def test_fighting_a_named_foe_is_reported_with_it_as_target() -> None:
    doc = run("وقال إن الأولوية هي استمرارنا بمحاربة حركة طالبان في قندوز.")
    operations = events(doc, "MilitaryOperation")
    assert operations and role(doc, operations[0], "target") == ["حركة طالبان"]


def test_fighting_as_an_aim_is_no_operation() -> None:
    doc = run("وأرسلت الحكومة قوات لمحاربة حركة طالبان.")
    assert events(doc, "MilitaryOperation") == []


def test_the_one_killed_himself_is_the_victim() -> None:
    doc = run("وقتل ثلاثة جنود في الهجوم على قندوز، كما قتل أبو خالد نفسه في الهجوم.")
    for killing in events(doc, "Killing"):
        assert "أبو خالد" not in role(doc, killing, "agent")
    assert any(role(doc, k, "target") == ["أبو خالد"] for k in events(doc, "Killing"))


def test_a_killer_with_his_victims_keeps_his_role() -> None:
    doc = run("وقتل الجيش الأفغاني عشرين مسلحاً من حركة طالبان في قندوز أمس.")
    killings = events(doc, "Killing")
    assert killings and role(doc, killings[0], "agent") == ["الجيش الأفغاني"]
