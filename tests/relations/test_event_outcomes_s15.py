"""Events on unseen text, session 15: a violent noun told by its course or its toll, clashes
named as how the harm came («باشتباكات»), «لقي ... مصرعهم», counts past ten of a singular
nisba or in thousands, and a definite fight that refers back past another operation."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import triggers
from tests.relations.docbuilder import E, build_doc

ADEN = E("City", "عدن", ("عدن",))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("ميليشيا الحوثي", "الحوثيين"))
TAWAHI = E("Region", "التواهي", ("التواهي",))
ALL = [ADEN, HOUTHIS, TAWAHI]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL))


@pytest.mark.parametrize(("text", "trigger"), [
    ("وأفاد شهود أن اشتباكات مسلحة متقطعة تجري في ضاحية عدن الشرقية.", "اشتباكات"),
    ("وقالت مصادر عسكرية إن المعارك في الحي أسفرت عن سقوط 28 قتيلا وعشرات الجرحى.", "المعارك"),
    ("وتسببت المعارك في مقتل عشرات المدنيين في المدينة.", "المعارك"),
    ("قتل ضابط في الشرطة جراء الاشتباكات الدائرة في منطقة الليثي.", "الاشتباكات"),
    ("وأعلنت المقاومة مقتل 22 من ميليشيا الحوثي باشتباكات معها قرب قاعدة العند.", "باشتباكات"),
])
def test_a_fight_told_by_its_course_or_its_toll(text: str, trigger: str) -> None:
    assert triggers(run(text), "MilitaryOperation") == [trigger]


@pytest.mark.parametrize("text", [
    "وأوضح أن الانفجار تسبب في وقوع أضرار مادية من دون إصابات.",  # no harm to people
    "وتدرس السلطة خيارات لمواجهة الاعتداءات المستمرة على مدن الضفة.",  # a practice
    "وأدان البيان الهجمات التي تسببت في الأزمة.",  # no toll
])
def test_no_event_from_a_toll_without_harm_or_a_practice(text: str) -> None:
    doc = run(text)
    assert triggers(doc, "Attack") == [] and triggers(doc, "MilitaryOperation") == []


def test_a_house_is_no_course_verb() -> None:
    doc = run("وأكد الناطق أن عملية تمشيط واسعة شملت دار سعد.")
    assert triggers(doc, "MilitaryOperation") == []


def test_met_their_death() -> None:
    doc = run("لقي ثمانية أشخاص من عائلة واحدة مصرعهم في عدن.")
    killings = [e for e in doc.events if e.label == "Killing"]
    assert [doc.text[e.trigger_start:e.trigger_end] for e in killings] == ["مصرعهم"]
    assert killings[0].casualties == 8


def test_a_known_death_in_a_relative_clause_is_no_event() -> None:
    doc = run("وقال إن الحادثة لا تشبه حادثة التلميذ الذي لقي مصرعه في عدن.")
    assert triggers(doc, "Killing") == []


@pytest.mark.parametrize(("text", "toll"), [
    ("وتسببت المعارك في مقتل نحو 25 ألف شيشاني.", 25000),
    ("وأفاد شهود بمقتل 33 داعشيا في عدن.", 33),
])
def test_counts_of_a_singular_nisba_and_of_thousands(text: str, toll: int) -> None:
    doc = run(text)  # (the toll of «تسببت المعارك في مقتل» is the battles', evclass20)
    assert [e.casualties for e in doc.events if e.casualties] == [toll]


def test_a_definite_fight_refers_back_past_another_operation() -> None:
    doc = run("انتزعت المقاومة عدن بعد معارك شرسة في حي التواهي. "
              "وأكد الناطق أن عملية تمشيط واسعة تجري في الحي. "
              "وقالت مصادر إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا.")
    assert triggers(doc, "MilitaryOperation") == ["انتزعت", "معارك", "تمشيط"]


@pytest.mark.parametrize(("text", "label", "target"), [
    ("وأعلن عن استشهاد جندي إماراتي آخر الأسبوع الماضي.", "Killing", "جندي إماراتي"),
    ("وكان الحوثيون قاموا الأحد بقصف أحد أحياء شمال عدن.", "Attack", "أحد أحياء"),
    ("وتبنى التنظيم تفجير مسجد الإمام الصادق في الكويت.", "Attack", "مسجد الإمام الصادق"),
])
def test_the_unnamed_genitive_object_of_a_violent_noun(text: str, label: str,
                                                       target: str) -> None:
    doc = run(text)
    found = [doc.text[a.start:a.end] for e in doc.events if e.label == label
             for a in e.arguments if a.role == "target"]
    assert found == [target]


def test_no_unnamed_object_from_the_doer() -> None:
    doc = run("وأدى قصف الطيران الحربي إلى مقتل عشرة أشخاص.")  # who struck, not what
    assert [a for e in doc.events if e.label == "Attack" for a in e.arguments
            if a.role == "target"] == []


RESISTANCE = E("ArmedGroup", "المقاومة الشعبية", ("المقاومة الشعبية",))
IRAQI_FORCES = E("Organization", "القوات العراقية", ("القوات العراقية",))
TIKRIT = E("City", "تكريت", ("تكريت",))


@pytest.mark.parametrize(("text", "agent"), [
    ("وقال الناطق إن مقاتلي المقاومة الشعبية نجحوا في السيطرة على معظم حي التواهي.",
     "المقاومة الشعبية"),
    ("وتمكنت القوات العراقية من السيطرة على مدينة تكريت.", "القوات العراقية"),
])
def test_who_succeeded_in_an_operation_did_it(text: str, agent: str) -> None:
    doc = extract_relations(build_doc(text, [*ALL, RESISTANCE, IRAQI_FORCES, TIKRIT]))
    agents = [a.entity_id for e in doc.events if e.label == "MilitaryOperation"
              for a in e.arguments if a.role == "agent"]
    names = {e.id: e.name for e in doc.entities}
    assert [names[a] for a in agents] == [agent]


def test_another_event_between_stops_the_verb_of_success() -> None:
    doc = extract_relations(build_doc(
        "ونجحت القوات العراقية في صد هجوم ثم في السيطرة على مدينة تكريت.",
        [*ALL, RESISTANCE, IRAQI_FORCES, TIKRIT]))
    assert [e for e in doc.events if e.label == "MilitaryOperation" and
            any(a.role == "agent" for a in e.arguments)] == []


@pytest.mark.parametrize("text", [
    "وقال البيان إن القوات فتحت النار السبت على حي في عدن.",
    "وقال شهود إن مسلحين فتحوا النار على المارة في عدن.",
])
def test_a_perfect_verb_opening_with_fa_is_no_imperfect(text: str) -> None:
    assert triggers(run(text), "Attack") in (["فتحت"], ["فتحوا"])


@pytest.mark.parametrize("text", [
    "إلى ذلك قتل مسلحون ثلاثة جنود في عدن.",
    "من جهة أخرى قتل مسلحون ثلاثة جنود في عدن.",
])
def test_a_verb_after_a_discourse_opener(text: str) -> None:
    assert triggers(run(text), "Killing") == ["قتل"]


ASSAD = E("Person", "حافظ الأسد", ("حافظ الأسد",))


@pytest.mark.parametrize("text", [
    "وتمكن حافظ الأسد من السيطرة على الأوضاع في البلاد.",  # no place or side named
    "ولم يتمكن الليبيون من السيطرة على مدينة تكريت.",  # no success
    "ويتناول المسلسل قصة مواجهات تجري بين عدة أطراف في عدن.",  # a plot
    "وضاعفت الحركة الهجمات والتفجيرات التي أسفرت عن مقتل أكثر من 570 شخصا.",  # a tally
])
def test_no_operation_from_a_toll_or_success_that_is_not_its_own(text: str) -> None:
    doc = extract_relations(build_doc(text, [*ALL, ASSAD, IRAQI_FORCES, TIKRIT]))
    assert [e for e in doc.events if e.label in {"MilitaryOperation", "Attack"} and
            (e.label == "MilitaryOperation" or
             doc.text[e.trigger_start:e.trigger_end] == "والتفجيرات")] == []


HOUTHIS_NOMINATIVE = E("ArmedGroup", "الحوثيون", ("الحوثيون",))


@pytest.mark.parametrize(("text", "label"), [
    ("وقام الحوثيون باستهداف مصنع الألبان في عدن.", "Attack"),
    ("وقام الحوثيون أمس باغتيال الناشط في عدن.", "Killing"),
])
def test_the_subject_of_a_light_verb_far_before_a_patient_noun(text: str, label: str) -> None:
    doc = extract_relations(build_doc(text, [ADEN, HOUTHIS_NOMINATIVE]))
    names = {e.id: e.name for e in doc.entities}
    assert [names[a.entity_id] for e in doc.events if e.label == label
            for a in e.arguments if a.role == "agent"] == ["الحوثيون"]


@pytest.mark.parametrize("text", [
    "وأوضحت المصادر أن الحوثيين يخططون لاستهداف بعض المنشآت.",  # a plan
    "واستنكر الوزير استهداف المدنيين في عدن.",  # no doer named
    "وفي الفيلم يقوم الجيش باغتيال الناشط في عدن.",  # a habit or a plot
])
def test_no_targeting_without_a_done_deed(text: str) -> None:
    assert triggers(run(text), "Attack") == [] and triggers(run(text), "Killing") == []
