"""Event classes, senses, roles, casualties and background, on sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.conftest import event_args, events_of, trigger
from tests.relations.docbuilder import E, build_doc

FRANCE = E("Country", "فرنسا", ("فرنسا",), "Q142")
MALI = E("Country", "مالي", ("مالي",), "Q912")
AU = E("InternationalOrganization", "الاتحاد الأفريقي", ("الاتحاد الأفريقي",), "Q7159")
AFP = E("MediaOrganization", "وكالة الأنباء الفرنسية", ("وكالة الأنباء الفرنسية",))
BAMAKO = E("City", "باماكو", ("باماكو",), "Q3703")
GAO = E("City", "غاو", ("غاو",))
REBELS = E("ArmedGroup", "جماعة النصرة", ("جماعة النصرة",))
LOUIS = E("Person", "لويس مارتان", ("لويس مارتان",))
ALL = [FRANCE, MALI, AU, AFP, BAMAKO, GAO, REBELS, LOUIS]


def run(text: str, date: str | None = None) -> Document:
    return extract_relations(build_doc(text, ALL, date=date))


# --- roles -------------------------------------------------------------------

def test_after_a_nominal_killing_the_noun_is_the_victim_not_the_agent() -> None:
    doc = run("وأعلنت مالي مقتل لويس مارتان في غاو.")
    assert event_args(doc, "Killing") == [{("target", "لويس مارتان"), ("location", "غاو")}]


def test_the_agent_of_a_nominal_killing_follows_by_the_hand_of() -> None:
    doc = run("وأعلنت مالي اغتيال لويس مارتان على يد جماعة النصرة.")
    assert event_args(doc, "Killing") == [{("target", "لويس مارتان"), ("agent", "جماعة النصرة")}]


def test_a_news_source_is_never_the_agent() -> None:
    doc = run("وحسب الاتحاد الأفريقي قتل ثلاثة جنود في غاو.")
    [killing] = events_of(doc, "Killing")
    assert {a.role for a in killing.arguments} == {"target", "location"}
    assert ("target", "ثلاثة جنود") in event_args(doc, "Killing")[0]


def test_a_media_organisation_before_the_trigger_is_no_agent() -> None:
    doc = run("وذكرت وكالة الأنباء الفرنسية أن انفجارا وقع في باماكو.")
    assert all(a.role != "agent" for e in doc.events for a in e.arguments)


def test_a_place_after_a_place_noun_is_a_location_not_a_target() -> None:
    doc = run("وارتكبت جماعة النصرة مجزرة في مدينة غاو.")
    assert event_args(doc, "Killing") == [{("agent", "جماعة النصرة"), ("location", "غاو")}]


def test_the_name_after_a_plural_verb_is_its_object() -> None:
    doc = run("واغتالوا لويس مارتان في باماكو.")
    assert event_args(doc, "Killing") == [{("target", "لويس مارتان"), ("location", "باماكو")}]


def test_support_verb_subject_is_the_agent_of_the_noun() -> None:
    # Air strikes are a use of conventional force: a MilitaryOperation (ontology/kg.ttl).
    doc = run("وتشن فرنسا ضربات ضد جماعة النصرة في مالي.")
    assert event_args(doc, "MilitaryOperation") == [
        {("agent", "فرنسا"), ("target", "جماعة النصرة"), ("location", "مالي")}
    ]


def test_a_name_inside_a_qualifying_phrase_is_no_target() -> None:
    doc = run("وهاجمت جماعة النصرة القوات الموالية للرئيس لويس مارتان في غاو.")
    assert event_args(doc, "Attack") == [{("agent", "جماعة النصرة"), ("location", "غاو")}]


def test_a_quoted_name_after_the_verb_is_its_subject() -> None:
    doc = run("ودخلت «جماعة النصرة» ليلا إلى مدينة غاو.")
    assert event_args(doc, "MilitaryOperation") == [
        {("agent", "جماعة النصرة"), ("location", "غاو")}
    ]


def test_support_verb_after_the_noun_names_the_agent() -> None:
    doc = run("وقال إن الجنود تعرضوا لهجوم شنّه جماعة النصرة في غاو.")
    assert ("agent", "جماعة النصرة") in event_args(doc, "Attack")[0]


def test_a_coordinated_verb_keeps_the_subject_of_the_clause() -> None:
    doc = run("واستغلت جماعة النصرة الفوضى واستولت على عدد من البلدات، وقتل بعض الأجانب.")
    assert event_args(doc, "Killing") == [{("agent", "جماعة النصرة"), ("target", "بعض الأجانب")}]


def test_a_courtesy_title_opens_the_subject_of_a_meeting_verb() -> None:
    doc = run("اجتمع صاحب المعالي الرئيس لويس مارتان في باماكو أمس مع وفد الاتحاد الأفريقي.")
    [args] = event_args(doc, "Meeting")
    assert ("agent", "لويس مارتان") in args


def test_a_light_verb_far_before_its_noun_names_the_agent() -> None:
    doc = run("قام الرئيس لويس مارتان رئيس مجلس الأمن الوطني يرافقه قائد جماعة النصرة "
              "اليوم بزيارة إلى غاو.")
    [args] = event_args(doc, "Visit")
    assert ("agent", "لويس مارتان") in args and ("agent", "جماعة النصرة") not in args


def test_the_counted_victims_with_their_group_are_the_target() -> None:
    # the victims are the fighters; the phrase keeps their group's name (evvictim18)
    doc = run("وقُتل نحو 12 مسلحاً من جماعة النصرة ولويس مارتان في اشتباك قرب غاو.")
    [killing] = events_of(doc, "Killing")
    targets = {(a.role, a.start) for a in killing.arguments if a.role == "target"}
    assert len(targets) == 1
    assert ("target", "12 مسلحاً من جماعة النصرة") in event_args(doc, "Killing")[0]


def test_a_name_joined_to_the_subject_is_not_the_object() -> None:
    doc = run("وقصفت جماعة النصرة وقوات لويس مارتان بالصواريخ مدينة غاو.")
    [args] = event_args(doc, "Attack")
    assert ("target", "لويس مارتان") not in args and ("agent", "جماعة النصرة") in args


def test_a_name_in_brackets_is_an_aside_not_the_victim() -> None:
    doc = run("واغتيل القيادي في الحزب (حزب لويس مارتان) برصاص مجهولين في غاو.")
    assert all(("target", "لويس مارتان") not in args for args in event_args(doc, "Killing"))


def test_the_subject_of_a_light_verb_with_the_noun_as_object_is_the_agent() -> None:
    doc = run("وأصيب عشرون شخصاً في قصف مدفعي قام به المسلحون جماعة النصرة على أحياء غاو.")
    assert any(("agent", "جماعة النصرة") in args for args in event_args(doc, "Attack"))


def test_a_head_noun_before_the_named_subject_of_a_verb() -> None:
    doc = run("وهاجم مقاتلو جماعة النصرة مدينة غاو أمس.")
    assert any(("agent", "جماعة النصرة") in args for args in event_args(doc, "Attack"))


def test_under_the_control_of_is_a_state_not_an_operation() -> None:
    doc = run("وزار الوزير البلدات التي كانت تحت سيطرة جماعة النصرة في مالي.")
    assert not events_of(doc, "MilitaryOperation")


def test_seizing_ground_is_an_operation_with_its_object_after_on() -> None:
    doc = run("واستغلت جماعة النصرة الفوضى واستولت على عدد من البلدات في شمال مالي.")
    [args] = event_args(doc, "MilitaryOperation")
    assert ("agent", "جماعة النصرة") in args and ("target", "عدد من البلدات") in args


def test_seizing_money_is_no_operation() -> None:
    doc = run("وفر قائد في جماعة النصرة بعد أن استولى على ملايين الدولارات.")
    assert not events_of(doc, "MilitaryOperation")


def test_the_agent_of_a_passive_killing_follows_by_fire_of() -> None:
    doc = run("وقال مسعفون إن ستة جنود قتلوا برصاص جماعة النصرة قرب غاو.")
    [args] = event_args(doc, "Killing")
    assert ("agent", "جماعة النصرة") in args and ("target", "ستة جنود") in args


def test_a_companion_is_not_the_subject_of_a_later_verb() -> None:
    doc = run("وزار الوفد المدينة برفقة الرئيس لويس مارتان، والتقوا بسكان غاو.")
    assert all(("agent", "لويس مارتان") not in args for args in event_args(doc, "Meeting"))


def test_a_visit_told_as_the_time_of_a_statement_is_the_speakers() -> None:
    doc = run("وقال لويس مارتان للصحفيين خلال زيارة لمدينة غاو إن الوضع هادئ.")
    [args] = event_args(doc, "Visit")
    assert ("agent", "لويس مارتان") in args


def test_the_counted_victims_before_a_passive_verb_are_no_agent() -> None:
    doc = run("وقال مسعفون إن عشرة جنود فرنسيين قتلوا في غاو.")
    [args] = event_args(doc, "Killing")
    assert ("target", "عشرة جنود") in args and all(role != "agent" for role, _ in args)


# --- events without a named argument, casualties, time -------------------------

def test_a_killing_with_no_named_entity_keeps_count_place_and_time() -> None:
    doc = run("قتل أربعون شخصاً في مالي أمس.", date="2015-07-21")
    [killing] = events_of(doc, "Killing")
    assert killing.casualties == 40
    assert event_args(doc, "Killing") == [{("target", "أربعون شخصاً"), ("location", "مالي")}]
    assert killing.time == "2015-07-20" and not killing.historical


def test_the_killing_an_attack_caused_is_its_casualty_count() -> None:
    doc = run("وانفجرت سيارة مفخخة في غاو مما أدى إلى مقتل عشرة أشخاص.")
    assert [(e.label, e.casualties) for e in doc.events] == [("Attack", 10)]


@pytest.mark.parametrize(("text", "count"), [
    ("أعلنت مالي مقتل 28 شخصا في غاو.", 28),
    ("وقال إن ثمانية أشخاص قتلوا في باماكو.", 8),
    ("أعلنت مالي مقتل جنديين في غاو.", 2),
    ("قتل خمسة وعشرون مدنيا في غاو.", 25),
])
def test_casualty_counts(text: str, count: int) -> None:
    [killing] = events_of(run(text), "Killing")
    assert killing.casualties == count


def test_no_count_from_tens_or_hundreds_words() -> None:
    [killing] = events_of(run("قتل عشرات الأشخاص في غاو."), "Killing")
    assert killing.casualties is None


# --- background ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "time"), [
    ("واغتيل لويس مارتان في باماكو عام 2003.", "2003"),
    ("وقتل لويس مارتان في غاو في 14 أغسطس 2007.", "2007-08-14"),
    ("وقتل لويس مارتان في غاو العام الماضي.", None),
    ("وقتل لويس مارتان في غاو منذ سنوات في كمين.", None),
])
def test_an_event_well_before_the_article_is_historical(text: str, time: str | None) -> None:
    [killing] = events_of(run(text, date="2015-07-21"), "Killing")
    assert killing.historical
    assert killing.time == time


@pytest.mark.parametrize("text", [
    "وقتل لويس مارتان في غاو أمس.",
    "وقتل لويس مارتان في غاو في يوليو الجاري.",
    "وقتل لويس مارتان في غاو عام 2015.",
])
def test_news_of_the_day_is_not_historical(text: str) -> None:
    [killing] = events_of(run(text, date="2015-07-21"), "Killing")
    assert not killing.historical


# --- trigger families ----------------------------------------------------------

@pytest.mark.parametrize(("text", "label", "word"), [
    ("واختطف مسلحون لويس مارتان في غاو.", "Attack", "واختطف"),
    ("وأطلق مسلحون النار على دورية في باماكو.", "Attack", "وأطلق"),
    ("وشنت فرنسا ضربة جوية على مواقع جماعة النصرة.", "MilitaryOperation", "ضربة"),
    ("ووقع انفجار في باماكو صباح اليوم.", "Attack", "انفجار"),
    ("وانفجرت سيارة مفخخة في غاو.", "Attack", "وانفجرت"),
    ("وفجر انتحاري نفسه في باماكو.", "Attack", "وفجر"),
    ("وقال إن جماعة النصرة عذبت لويس مارتان.", "Attack", "عذبت"),
    ("وتظاهر آلاف في باماكو احتجاجا على الأسعار.", "Protest", "وتظاهر"),
    ("وتجمع مئات المتظاهرين أمام البرلمان في باماكو.", "Protest", "وتجمع"),
    ("واعتصم عشرات الموظفين أمام الوزارة في غاو.", "Protest", "واعتصم"),
    ("ونزل الآلاف إلى الشوارع في باماكو.", "Protest", "ونزل"),
    ("واحتشد المحتجون أمام السفارة.", "Protest", "واحتشد"),
])
def test_new_trigger_families(text: str, label: str, word: str) -> None:
    doc = run(text)
    assert [trigger(doc, e) for e in events_of(doc, label)] == [word]


# --- not events ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # non-violent senses
    "وهاجم لويس مارتان حكومة مالي في تصريحات صحفية.",
    "وهاجم اللاعب مرمى الفريق في المباراة.",
    "وسيطرت جماعة النصرة على قناة تلفزيونية في باماكو.",
    "وانفجرت فضيحة جديدة في باماكو.",
    "ودعت مالي إلى وقف إطلاق النار في غاو.",
    "وقتل 16 ألف شخص في كارثة تسونامي في مالي.",
    # negated, conditional, planned, feared, a question
    "ولم تهاجم جماعة النصرة غاو.",
    "وإذا هاجمت جماعة النصرة غاو فإن فرنسا سترد.",
    "وتعتزم جماعة النصرة تنفيذ هجوم على غاو.",
    "وستهاجم جماعة النصرة مدينة غاو.",
    "وحذرت مالي من خطر هجوم على باماكو.",
    "هل قتل لويس مارتان في غاو؟",
    "ولا يتوقع لويس مارتان أن تشن فرنسا ضربات على غاو قريبا.",
    "وتريد جماعة النصرة أن تهاجم باماكو.",
    "وقال إن الطغاة يقتلون البشر بطائراتهم.",
    # only a topic or the background of the news
    "وتواصل المحكمة التحقيق في اغتيال لويس مارتان.",
    "وبعد الهجوم على غاو زار لويس مارتان باماكو.",
    "وقتل 76 صحافيا منذ بداية الحرب في مالي.",
    "وعندما هاجمت جماعة النصرة غاو كان لويس مارتان في باماكو.",
    # a practice or a charge, with no agent
    "وقال إنه تعرض للتعذيب في السجن.",
    "وتشمل المحاكمة متهمين في قضية خطف لويس مارتان.",
    # a gathering word without a crowd, a dawn, a call to protest
    "وخرج لويس مارتان من الاجتماع في باماكو.",
    "ودخلت القوات غاو فجر أمس.",
    "ودعت جماعة النصرة إلى التظاهر في باماكو.",
])
def test_not_a_violent_or_protest_event(text: str) -> None:
    doc = run(text)
    assert [e.label for e in doc.events if e.label in {"Attack", "Killing", "Protest"}] == []


@pytest.mark.parametrize(("text", "label"), [
    ("وقال لويس مارتان في لقاء تلفزيوني إن الوضع خطير.", "Meeting"),
    ("ويستقبل الاتحاد الأفريقي اتصالات من مالي.", "Meeting"),
    ("وانطلقت الجولة الثانية من المفاوضات في باماكو.", "Visit"),
])
def test_interviews_calls_and_rounds_are_no_meetings_or_visits(text: str, label: str) -> None:
    assert events_of(run(text), label) == []


# --- unseen-news families (issue #12) --------------------------------------------

@pytest.mark.parametrize(("text", "label"), [
    ("واختطف الفيلم الأنظار في مهرجان باماكو.", "Attack"),
    ("وخطف الفريق الفوز في الدقيقة الأخيرة.", "Attack"),
    ("وجدد عضو اللقاء الديموقراطي لويس مارتان موقفه.", "Meeting"),
    ("وأكد لويس مارتان التمسك باتفاق الجزائر.", "Agreement"),
    ("ودعا لويس مارتان إلى تطبيق الاتفاق في غاو.", "Agreement"),
    ("ويمكن شراء المزايا لقاء 2 دولار.", "Meeting"),
    ("وجرى إطلاق الصاروخ الذي يحمل الأقمار الصناعية إلى الفضاء.", "Attack"),
    ("وسيشارك لويس مارتان في قمة الاتحاد الأفريقي في باماكو.", "Meeting"),
    ("وستعقد مالي اجتماعا مع فرنسا في باماكو.", "Meeting"),
])
def test_figures_bodies_references_and_plans_are_no_events(text: str, label: str) -> None:
    assert events_of(run(text), label) == []


def test_the_named_antecedent_of_a_relative_verb_is_its_agent() -> None:
    doc = run("وقال لويس مارتان الذي زار مالي الأسبوع الماضي إن الوضع خطير.")
    assert event_args(doc, "Visit") == [{("agent", "لويس مارتان"), ("location", "مالي")}]


def test_something_done_before_has_its_agent_and_is_background() -> None:
    doc = run("وقد سبق لجماعة النصرة أن هاجمت غاو.", date="2015-07-21")
    [attack] = events_of(doc, "Attack")
    assert ("agent", "جماعة النصرة") in event_args(doc, "Attack")[0]
    assert attack.historical


@pytest.mark.parametrize("text", [
    "وقال إن خمسة جنود قتلوا في انفجار قنبلة في غاو.",
    "وقال إن خمسة جنود قتلوا عندما تعرضوا لهجوم شنته جماعة النصرة في غاو.",
])
def test_killed_in_an_attack_is_the_attack_casualty_count(text: str) -> None:
    doc = run(text)
    assert events_of(doc, "Killing") == []
    [attack] = events_of(doc, "Attack")
    assert attack.casualties == 5


def test_killed_during_fighting_stays_a_killing() -> None:
    doc = run("وقتل خمسة جنود خلال قتال في غاو.")
    assert len(events_of(doc, "Killing")) == 1


@pytest.mark.parametrize(("text", "label", "victim"), [
    ("وشنت جماعة النصرة هجمات على سفارات في باماكو.", "Attack", "سفارات"),
    ("وقال إن جماعة النصرة قتلت بعض الأجانب في غاو.", "Killing", "بعض الأجانب"),
])
def test_an_unnamed_victim_phrase_is_the_target(text: str, label: str, victim: str) -> None:
    assert ("target", victim) in event_args(run(text), label)[0]


def test_unnamed_perpetrator_is_the_agent_not_the_victim() -> None:
    doc = run("وقتل مسلحون رجلا في غاو.")  # the accusative «رجلا» is the object: an active verb
    [killing] = [e for e in doc.events if e.label == "Killing"]
    assert {("agent", "مسلحون"), ("target", "رجلا")} <= event_args_of(doc, killing)


@pytest.mark.parametrize("text", [
    "وهاجمت جماعة النصرة بالصواريخ مواقع في غاو.",
    "وقتلت جماعة النصرة أمس في غاو.",
])
def test_no_victim_phrase_from_a_perpetrator_an_instrument_or_a_time(text: str) -> None:
    doc = run(text)
    targets = {t for e in doc.events for r, t in event_args_of(doc, e) if r == "target"}
    assert targets <= {"غاو"}, targets


def event_args_of(doc: Document, event: Event) -> set[tuple[str, str]]:
    return {(a.role, doc.text[a.start:a.end]) for a in event.arguments}


def test_a_later_definite_mention_of_a_non_event_is_no_event() -> None:
    doc = run("وجدد عضو اللقاء الديموقراطي لويس مارتان موقفه، وقال إن اللقاء يرفض ذلك.")
    assert events_of(doc, "Meeting") == []


def test_one_signer_is_the_agent_of_an_agreement_several_are_its_parties() -> None:
    one = run("ووقعت مالي اتفاقا للتنقيب في غاو.")
    assert ("agent", "مالي") in event_args(one, "Agreement")[0]
    two = run("ووقعت مالي وفرنسا اتفاقا للتنقيب في غاو.")
    assert {r for r, _ in event_args(two, "Agreement")[0]} <= {"participant", "location"}


@pytest.mark.parametrize(("text", "label"), [
    ("واستطاعت المركبة إرسال مجموعة من المعلومات إلى الأرض.", "Deployment"),
    ("ووصل المفوض إلى باماكو لزيارة غاو.", "Visit"),
    ("وارتفعت الصادرات قبل فرض العقوبات على مالي.", "Sanction"),
])
def test_sending_data_a_purpose_and_a_background_are_no_events(text: str, label: str) -> None:
    assert events_of(run(text), label) == []
