"""Whole conflict events, session 21 (evkill21): the resistance or the coalition behind «لل»
after an attack noun is its doer («في كمين للمقاومة الشعبية»); the struck thing right after a
weapon is the object whose owner is hit («قصفت المقاومة بالمدفعية تجمعات للحوثيين»); an event
only thought of is no event («كل من يفكر في محاربة التنظيم»); a verb of success keeps its
subject past an aside («استطاعت قوات التحالف، بقيادة ...، السيطرة على ...»)."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون", "الحوثي"))
ADEN = E("City", "عدن", ("عدن",))
TAIZ = E("City", "تعز", ("تعز",))
ISIS = E("ArmedGroup", "داعش", ("داعش",))
IRAQI_FORCES = E("GovernmentBody", "القوات العراقية", ("القوات العراقية",))
TIKRIT = E("City", "تكريت", ("تكريت",))
ALL = [HOUTHIS, ADEN, TAIZ, ISIS, IRAQI_FORCES, TIKRIT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def events(text: str, label: str) -> list[Event]:
    return [e for e in run(text).events if e.label == label]


def role_texts(text: str, event: Event, role: str) -> list[str]:
    return [text[a.start:a.end] for a in event.arguments if a.role == role]


# --- «كمين للمقاومة الشعبية»: the resistance behind «لل» owns the ambush -----------------------

AMBUSH = "وقُتل 15 من مسلحي الحوثي في كمين للمقاومة الشعبية استهدف تعزيزات عسكرية قرب تعز."


def test_resistance_behind_lam_is_the_ambush_doer() -> None:
    (ambush,) = events(AMBUSH, "Attack")
    assert any("مقاومة الشعبية" in name for name in role_texts(AMBUSH, ambush, "agent"))


def test_coalition_behind_lam_is_the_strike_doer() -> None:
    text = "وقتل عشرة من المسلحين في غارة للتحالف على مواقع الحوثيين في تعز."
    (strike,) = events(text, "Attack")
    assert any("تحالف" in name for name in role_texts(text, strike, "agent"))


def test_a_practice_behind_lam_is_no_doer() -> None:
    # «للمقاومة المسلحة» names a practice, not the resistance of the news
    text = "وقُتل خمسة جنود في هجوم للمقاومة المسلحة قرب تعز."
    for found in events(text, "Attack"):
        assert not role_texts(text, found, "agent")


# --- «قصفت المقاومة بالمدفعية تجمعات للحوثيين»: the thing past the weapon ----------------------

def test_owner_of_things_past_the_weapon_is_the_target() -> None:
    text = "وقصفت المقاومة الشعبية بالمدفعية تجمعات للحوثيين في عدن."
    (strike,) = events(text, "Attack")
    assert role_texts(text, strike, "target") == ["لحوثيين"]  # from the article's lam


def test_owner_past_a_weapon_with_its_adjective() -> None:
    text = "وقصفت المقاومة الشعبية بالمدفعية الثقيلة مواقع للحوثيين في عدن."
    (strike,) = events(text, "Attack")
    assert role_texts(text, strike, "target") == ["لحوثيين"]  # from the article's lam


def test_a_manner_phrase_is_no_weapon() -> None:
    # «بشكل عنيف» is no weapon: the word after it is not read as the struck thing
    text = "وقصفت المقاومة الشعبية بشكل عنيف تجمعات للحوثيين في عدن."
    for strike in events(text, "Attack"):
        assert role_texts(text, strike, "target") != ["لحوثيين"] or \
            strike.evidence.confidence <= 0.8


# --- «كل من يفكر في محاربة التنظيم»: only thought of -------------------------------------------

def test_fighting_only_thought_of_is_no_event() -> None:
    text = "وهدد التنظيم كل من يفكر في محاربة داعش في المدينة."
    assert not events(text, "MilitaryOperation")


def test_fighting_that_goes_on_is_kept() -> None:
    text = "وقال جيفري إن الأولوية هي استمرارنا بمحاربة داعش في العراق."
    assert events(text, "MilitaryOperation")


# --- «استطاعت قوات التحالف، بقيادة ...، السيطرة على»: the subject past an aside -----------------

def test_success_subject_past_an_aside() -> None:
    text = "وتمكنت القوات العراقية، بدعم من طيران التحالف، من السيطرة على مدينة تكريت."
    (operation,) = events(text, "MilitaryOperation")
    assert role_texts(text, operation, "agent") == ["القوات العراقية"]


def test_success_subject_past_an_aside_with_a_quoted_name() -> None:
    text = "واستطاعت القوات العراقية، من خلال عملية \"الفجر\"، السيطرة على مدينة تكريت."
    (operation,) = events(text, "MilitaryOperation")
    assert role_texts(text, operation, "agent") == ["القوات العراقية"]


def test_no_success_past_an_aside() -> None:
    text = "ولم تستطع القوات العراقية، رغم الدعم الجوي، السيطرة على مدينة تكريت."
    for operation in events(text, "MilitaryOperation"):
        assert not role_texts(text, operation, "agent")


def test_an_announcement_is_no_success() -> None:
    # «أعلنت» is no verb of success: the aside rule reads no subject for it
    text = "وقال الناطق، بعد أيام من المعارك، إن السيطرة على مدينة تكريت تامة."
    for operation in events(text, "MilitaryOperation"):
        assert "القوات العراقية" not in role_texts(text, operation, "agent")


# --- «نجح الجيش في دخول العاصمة»: an entry won is an operation ---------------------------------

RUSSIANS = E("GovernmentBody", "الجيش الروسي", ("الجيش الروسي",))
GROZNY = E("City", "غروزني", ("غروزني",))


def run_with(text: str, extra: list[E]) -> Document:
    return extract_relations(build_doc(text, ALL + extra, date="2015-07-21"))


def test_entry_told_as_a_success_is_an_operation() -> None:
    text = "وبعد أسابيع من القتال نجح الجيش الروسي في دخول العاصمة غروزني."
    labels = {e.label for e in run_with(text, [RUSSIANS, GROZNY]).events
              if text[e.trigger_start:e.trigger_end] == "دخول"}
    assert labels == {"MilitaryOperation"}


def test_plain_entry_stays_a_deployment() -> None:
    text = "وأعلن الجيش الروسي دخول قواته إلى غروزني لحفظ الأمن."
    labels = {e.label for e in run_with(text, [RUSSIANS, GROZNY]).events
              if text[e.trigger_start:e.trigger_end] == "دخول"}
    assert "MilitaryOperation" not in labels


# --- «من المحتمل أن يهاجم التنظيم المدينة، وقتل ...»: the frame crosses the comma ---------------

def test_conjunct_of_a_possibility_is_no_event() -> None:
    text = "ومن المحتمل أن يهاجم داعش مدينة تكريت، وقتل المزيد من المدنيين فيها."
    assert not events(text, "Killing")


def test_conjunct_of_a_planned_assault_is_no_event() -> None:
    text = ("وقال المحلل إن من الممكن أن تشن القوات هجوما على تكريت، "
            "وسيطرة القوات العراقية على الطرق.")
    assert not events(text, "MilitaryOperation")


def test_conjunct_of_a_report_is_kept() -> None:
    text = "وقال المصدر إن القوات العراقية شنت هجوما على تكريت، وسيطرة القوات العراقية على الطرق."
    assert any(text[e.trigger_start:e.trigger_end] == "وسيطرة"
               for e in events(text, "MilitaryOperation"))


# --- «أعلنت القيادة العامة عن استشهاد ضابط الصف فلان»: an announced death ----------------------

SOLDIER = E("Person", "سيف الفلاسي", ("سيف الفلاسي",))


def killings_with(text: str) -> list[Event]:
    return [e for e in run_with(text, [SOLDIER]).events if e.label == "Killing"]


def test_death_announced_by_an_untagged_body_is_reported() -> None:
    text = "أعلنت القيادة العامة اليوم عن استشهاد الجندي سيف الفلاسي في اليمن."
    (killing,) = killings_with(text)
    assert role_texts(text, killing, "target") == ["سيف الفلاسي"]


def test_inquiry_into_a_death_is_no_report() -> None:
    text = "وطالبت الأسرة بالتحقيق في مقتل سيف الفلاسي في اليمن."
    assert not killings_with(text)


def test_announced_inquiry_into_a_death_is_no_report() -> None:
    # the verb of announcing is near, but it announces an inquiry: the death is its topic
    text = "أعلنت القيادة العامة عن فتح تحقيق في مقتل سيف الفلاسي في اليمن."
    assert not killings_with(text)


def test_death_inside_a_phrase_after_the_verb_is_a_topic() -> None:
    text = "وطالب بالعمل على كشف الحقيقة في حادث اغتيال سيف الفلاسي في اليمن."
    assert not killings_with(text)


# --- «قتل أربعة من المقاومة ...» then «وسيطرت المقاومة على مواقع»: a doer, not the victims ----

RESISTANCE_TOLL = ("وقتل أربعة من المقاومة الشعبية في اشتباكات مع الحوثيين في عدن. "
                   "وسيطرت المقاومة الشعبية أمس على مواقع للحوثيين في تعز.")


def test_earlier_victims_as_a_later_doer_make_a_new_operation() -> None:
    operations = events(RESISTANCE_TOLL, "MilitaryOperation")
    assert any(RESISTANCE_TOLL[e.trigger_start:e.trigger_end] == "وسيطرت" for e in operations)


def test_earlier_victims_killed_again_are_the_same_killing() -> None:
    text = ("وقتل ثلاثة مدنيين وجندي في قصف على البلدة في تعز. "
            "وقُتل المدنيون عندما سقطت قذيفة على منزلهم.")
    assert len(events(text, "Killing")) == 1


# --- «سيطرت المقاومة ... - مدعومة برجال قبائل - على مواقع»: a seizure with its target unread ----

def confidence_of(text: str, trigger: str) -> float:
    (found,) = [e for e in run(text).events if text[e.trigger_start:e.trigger_end] == trigger]
    return found.evidence.confidence


def test_seizure_with_no_target_read_is_less_sure() -> None:
    unread = ("وسيطرت القوات العراقية في محافظة الأنبار - مدعومة برجال العشائر - "
              "على مواقع حيوية في تكريت.")
    read = "وسيطرت القوات العراقية أمس على مدينة تكريت."
    assert confidence_of(unread, "وسيطرت") < confidence_of(read, "وسيطرت")


def test_seizure_with_its_target_keeps_its_confidence() -> None:
    text = "وسيطرت القوات العراقية أمس على مدينة تكريت."
    assert confidence_of(text, "وسيطرت") >= 0.75
