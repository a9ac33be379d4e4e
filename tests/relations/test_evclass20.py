"""Whether an event is there, session 20 (evclass20): a protest lodged by a state, a body
or one person («احتجت الخارجية لدى السفارة») is an objection, no Protest; an event that a
fear, a warning or a threat governs («تخشى السلطات من وقوع هجمات», «هدد بقصف») has not
happened."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import event_labels
from tests.relations.docbuilder import E, build_doc

JORDAN = E("Country", "الأردن", ("الأردن",))
CHINA = E("Country", "الصين", ("الصين",))
FRANCE_GOV = E("GovernmentBody", "الحكومة الفرنسية", ("الحكومة الفرنسية",))
FOREIGN = E("GovernmentBody", "وزارة الخارجية الأردنية", ("وزارة الخارجية الأردنية",))
MINISTER = E("Person", "سامي يوسف", ("سامي يوسف",))
CAIRO = E("City", "القاهرة", ("القاهرة",))
AMMAN = E("City", "عمان", ("عمان",))
ISIS = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش", "التنظيم"))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
ADEN = E("City", "عدن", ("عدن",))
ALL = [JORDAN, CHINA, FRANCE_GOV, FOREIGN, MINISTER, CAIRO, AMMAN, ISIS, HOUTHIS, ADEN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


# --- a protest lodged, not held -------------------------------------------------------------

def test_protest_lodged_with_an_embassy_is_no_event() -> None:
    doc = run("احتجت وزارة الخارجية الأردنية لدى السفارة التركية على اعتقال صحفي أردني.")
    assert "Protest" not in event_labels(doc)


def test_formal_protest_of_a_state_is_no_event() -> None:
    doc = run("احتجت الصين رسميا على بيع أسلحة جديدة إلى تايوان.")
    assert "Protest" not in event_labels(doc)


def test_formal_protest_overrides_the_gathering_it_protests() -> None:
    doc = run("احتج الأردن رسميا لدى بغداد على مسيرة نظمت أمام سفارته هناك.")
    assert "Protest" not in event_labels(doc)


def test_government_protesting_in_words_is_no_event() -> None:
    doc = run("احتجت الحكومة الفرنسية على قرار المحكمة الأوروبية بشأن المهاجرين.")
    assert "Protest" not in event_labels(doc)


def test_minister_protesting_is_no_event() -> None:
    doc = run("احتج سامي يوسف على تأخر صرف مستحقات المقاولين في عمان.")
    assert "Protest" not in event_labels(doc)


def test_protest_noun_expressed_is_no_event() -> None:
    doc = run("وأعربت الصين عن احتجاجها الشديد على تصريحات المسؤول الياباني.")
    assert "Protest" not in event_labels(doc)


def test_crowd_protesting_in_the_street_is_kept() -> None:
    doc = run("احتج مئات المعلمين أمام مبنى البرلمان في عمان أمس للمطالبة بزيادة رواتبهم.")
    assert "Protest" in event_labels(doc)


def test_demonstration_is_kept() -> None:
    doc = run("وتظاهر آلاف الطلاب في القاهرة أمس احتجاجا على رفع رسوم الجامعات.")
    assert "Protest" in event_labels(doc)


# --- feared, warned of, threatened -----------------------------------------------------------

def test_feared_attacks_are_no_event() -> None:
    doc = run("ويخشى المراقبون من وقوع هجمات جديدة على القوات الحكومية في عدن.")
    assert "Attack" not in event_labels(doc)


def test_fear_noun_governs_the_clashes() -> None:
    doc = run("وغادرت مئات الأسر المدينة خوفا من تجدد الاشتباكات بين الطرفين.")
    assert "MilitaryOperation" not in event_labels(doc)


def test_warning_of_an_attack_is_no_event() -> None:
    doc = run("وحذرت الشرطة من هجوم إرهابي محتمل على مراكز التسوق في عمان.")
    assert "Attack" not in event_labels(doc)


def test_threat_through_its_subject_is_no_event() -> None:
    doc = run("وهدد تنظيم داعش في تسجيل صوتي بشن هجمات على المدن الأوروبية.")
    assert "Attack" not in event_labels(doc)


def test_threat_to_shell_is_no_event() -> None:
    doc = run("وهدد الحوثيون بقصف مطار عدن خلال الأيام المقبلة.")
    assert "Attack" not in event_labels(doc)


def test_warning_of_an_attacks_outcome_keeps_the_attack() -> None:
    doc = run("وحذر سامي يوسف من تداعيات الهجوم الذي شنه مسلحون على سجن في عدن أمس.")
    assert "Attack" in event_labels(doc)


def test_attack_after_fear_in_another_clause_is_kept() -> None:
    doc = run("وقال الأهالي إن الخوف يسيطر عليهم، وهاجم مسلحون من تنظيم داعش قرية قرب عدن أمس.")
    assert "Attack" in event_labels(doc)


# --- a death told as what an event caused ----------------------------------------------------

def test_shelling_that_caused_deaths_is_one_event() -> None:
    doc = run("وتسبب قصف مدفعي على حي سكني في مقتل 12 شخصا في عدن أمس.")
    assert event_labels(doc) == ["Attack"]
    assert doc.events[0].casualties == 12


def test_deaths_caused_by_a_named_doers_shelling_are_his_killing() -> None:
    # session 38: the doer of the shelling killed them (``event_outcome_doers``), as the
    # gold of unseen news reads it; with no doer told the toll stays the shelling's (above)
    doc = run("وتسبب قصف مدفعي للحوثيين على حي سكني في مقتل 12 شخصا في عدن أمس.")
    assert event_labels(doc) == ["Attack", "Killing"]
    killing = doc.events[1]
    assert killing.casualties == 12
    assert [doc.text[a.start:a.end] for a in killing.arguments if a.role == "agent"] == \
        ["لحوثيين"]


def test_battles_that_caused_deaths_are_one_event() -> None:
    doc = run("وتسببت المعارك العنيفة في مقتل نحو مئة شخص في عدن خلال أسبوع.")
    assert event_labels(doc) == ["MilitaryOperation"]


def test_cause_in_another_clause_keeps_the_killing() -> None:
    doc = run("وتسبب الحر في انقطاع الكهرباء، وقتل مسلحون ثلاثة حراس في عدن أمس.")
    assert "Killing" in event_labels(doc)


# --- fighting told as going on («تتواصل الاشتباكات») ---------------------------------

def test_clashes_that_go_on_are_an_operation() -> None:
    doc = run("وتتواصل الاشتباكات بين الحوثيين والمقاومة الشعبية في عدن لليوم الثالث.")
    assert event_labels(doc) == ["MilitaryOperation"]


def test_fighting_as_a_topic_is_no_event() -> None:
    doc = run("ودعا سامي يوسف إلى وقف القتال في عدن فورا.")
    assert event_labels(doc) == []


def test_taking_part_in_fighting_is_no_event() -> None:
    doc = run("وشارك عشرات الأجانب في القتال إلى جانب تنظيم داعش.")
    assert event_labels(doc) == []


def test_fighting_since_it_began_is_background() -> None:
    doc = run("وتوقفت الواردات إلى ميناء عدن منذ بدأت المواجهات بين الطرفين.")
    assert doc.events and all(e.historical for e in doc.events)


def test_war_since_it_broke_out_is_background() -> None:
    doc = run("ونزح آلاف السكان من عدن منذ اندلعت المعارك في المدينة.")
    assert doc.events and all(e.historical for e in doc.events)


# --- «هاجم» a decision, an agreement, a statement: words, no attack -----------------------


def test_attacking_a_decision_is_no_attack() -> None:
    doc = run("وهاجمت الصين قرار الحكومة الفرنسية بشأن الرسوم الجمركية.")
    assert "Attack" not in event_labels(doc)


def test_attacking_statements_is_no_attack() -> None:
    doc = run("وهاجم تنظيم داعش تصريحات الحكومة الفرنسية في بيان.")
    assert "Attack" not in event_labels(doc)


def test_attacking_positions_is_still_an_attack() -> None:
    doc = run("وهاجم الحوثيون مواقع القوات الحكومية في عدن بعد قرار الانسحاب.")
    assert "Attack" in event_labels(doc)
