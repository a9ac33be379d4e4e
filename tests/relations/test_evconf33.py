"""Event raw confidence on fresh news, session 33 (helper h5). Made-up sentences.

- «ذكر المتحدث أن الجيش قتل 20 مسلحاً»: a violent verb after «أن» and a definite noun, with
  its object read but no doer, reads lower than the same deed told verb-first
  (``event_fronted_subjects.fronted_doer_unread``); «أن 20 مسلحاً قتلوا» (a number before the
  verb: its victims) is no such doubt.
- «أن الموقوف فلان، استقبل فلاناً»: a verb whose doer was read after it while a person stands
  right before it reads lower (``event_fronted_subjects.object_as_doer``).
- «وأضاف أن الجنود قتلوا» after a counted killing: victims named back
  (``event_cautions.victims_named_back``).
- «خلال الأربعة الأشهر الماضية», «وآلاف الجرحى»: a tally (``event_record._tally_like``).
- «طائرات التحالف بقيادة فرنسا»: a target behind «بقيادة» (``event_led_by``).
- «ونفذ التنظيم أعمال قتل»: a noun of killing with no victim; «زيارة مراكش»: a place as the
  visitor; «الذي يقاتل»: a deed in a relative clause in the imperfect (``event_cautions``).
- «مهاجم انتحاري يشتبه أنه»: «يشتبه» heads no victim phrase (``targets.victim_word``).
- «أن هذه القوات استعادت»: a demonstrative subject is no doubt (the dev gold leaves its doer
  empty); «السيطرة على أكثر من 90%
  من المدينة»: a noun of seizing with its object unread (``event_record._seizing_on``).
- «قصفت الأسبوعين الماضيين، خزانات الوقود»: a span of time heads no victim phrase
  (``target_words.TIME_WORDS``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

SPOKESMAN = E("Person", "سامي الحداد", ("سامي الحداد",))
DETAINEE = E("Person", "ماجد العتيبي", ("ماجد العتيبي",))
BOMBER = E("Person", "فارس الزهراني", ("فارس الزهراني",))
MINISTER = E("Person", "نبيل الخوري", ("نبيل الخوري",))
FRANCE = E("Country", "فرنسا", ("فرنسا",))
MARRAKESH = E("City", "مراكش", ("مراكش",))
MOSUL = E("City", "الموصل", ("الموصل",))
REBELS = E("ArmedGroup", "جبهة التحرير", ("جبهة التحرير",))
REGIME = E("GovernmentBody", "الحكومة المركزية", ("الحكومة المركزية",))
ALL = [SPOKESMAN, DETAINEE, BOMBER, MINISTER, FRANCE, MARRAKESH, MOSUL, REBELS, REGIME]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def _events(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


def _confidence(doc: Document, label: str) -> float:
    found = _events(doc, label)
    assert len(found) == 1, found
    return found[0].evidence.confidence


def _target_texts(doc: Document, label: str) -> list[str]:
    return [doc.text[a.start:a.end] for event in _events(doc, label)
            for a in event.arguments if a.role == "target"]


def test_a_fronted_doer_left_unread_is_doubted() -> None:
    """«الحرس» is no doer kg reads («الجيش» is one since session 35, ``perpetrators``)."""
    fronted = _confidence(run("وذكر المتحدث سامي الحداد أن الحرس قتل 20 مسلحاً قرب الموصل."),
                          "Killing")
    verb_first = _confidence(run("وقتلت جبهة التحرير 20 جندياً قرب الموصل أمس."), "Killing")
    assert fronted < 0.7 < verb_first


def test_an_attack_after_that_and_a_definite_noun_is_doubted() -> None:
    fronted = _confidence(run("وقال سامي الحداد إن الحرس استهدف مقراً للمسلحين في الموصل."),
                          "Attack")
    named = _confidence(run("وقال سامي الحداد إن جبهة التحرير استهدفت مقراً للجيش في الموصل."),
                        "Attack")
    assert fronted < named


def test_counted_victims_before_a_passive_are_no_fronted_doer() -> None:
    doc = run("وذكر المتحدث سامي الحداد أن 20 مسلحاً قتلوا قرب الموصل أمس.")
    assert _confidence(doc, "Killing") >= 0.8


def test_a_named_doer_after_that_is_no_doubt() -> None:
    doc = run("وأضاف أن ماجد العتيبي قتل 20 مدنياً في الموصل.")
    assert _confidence(doc, "Killing") >= 0.9


def test_an_object_read_as_the_doer_is_doubted() -> None:
    fronted = _confidence(run("وعلمت الصحيفة أن الموقوف ماجد العتيبي، استقبل فارس الزهراني "
                              "في موقف السيارات."), "Meeting")
    verb_first = _confidence(run("واستقبل ماجد العتيبي أمس فارس الزهراني في مكتبه."), "Meeting")
    assert fronted < verb_first
    assert fronted < 0.8


def test_victims_named_back_are_a_repeat() -> None:
    # session 38: the repeat is now dropped, not only lowered (``event_fronted_victims``)
    doc = run("وقال المصدر إن خمسة جنود قتلوا قرب الموصل أمس. وأضاف أن الجنود قتلوا عند الفجر.")
    (first,) = _events(doc, "Killing")
    assert first.evidence.confidence > 0.5


def test_a_period_behind_its_number_makes_a_tally() -> None:
    doc = run("وقالت المصادر إن 300 مدني قتلوا على يد جبهة التحرير خلال الأربعة الأشهر الماضية.")
    assert _confidence(doc, "Killing") < 0.45


def test_thousands_of_wounded_beside_a_toll_make_a_tally() -> None:
    tally = _confidence(run("وقال: هناك جرائم كثيرة حيث قتل 300 مدني وآلاف الجرحى."), "Killing")
    deed = _confidence(run("وقال: قتل 300 مدني وعشرات الجرحى في القصف أمس."), "Killing")
    assert tally < 0.45 < deed


def test_a_target_behind_led_by_is_doubted() -> None:
    led = _confidence(run("وقصفت طائرات التحالف بقيادة فرنسا، أمس، واحداً من معاقل جبهة "
                          "التحرير."), "Attack")
    hit = _confidence(run("وقصفت طائرات التحالف أمس معاقل جبهة التحرير في الموصل."), "Attack")
    assert led < 0.6 < hit


def test_killings_in_general_read_lower() -> None:
    general = _confidence(run("تمكنت جبهة التحرير من خوض حروب شرسة، ونفذت أعمال قتل وتخريب "
                              "يشيب لها الولدان."), "Killing")
    assert general < 0.7


def test_a_place_as_the_visitor_reads_lower() -> None:
    # session 35: a place after the noun is where the visit goes, never its visitor; with no
    # visitor read, no Visit is written at all (``event_agents``)
    trip = _events(run("وما يميز زيارة فرنسا، أنك مجبر للنزول في مطار مراكش."), "Visit")
    visit = _confidence(run("وكانت زيارة نبيل الخوري إلى مراكش ناجحة."), "Visit")
    assert all(event.evidence.confidence < 0.7 for event in trip)
    assert visit > 0.7


def test_a_deed_in_a_relative_clause_in_the_imperfect_reads_lower() -> None:
    habit = _events(run("ويقول ضباط جبهة التحرير، التي تقاتل الحكومة المركزية، إن التنظيم "
                        "غريب."), "MilitaryOperation")
    deed = _confidence(run("وقاتلت جبهة التحرير الحكومة المركزية في الموصل أمس."),
                       "MilitaryOperation")
    assert habit
    assert all(event.evidence.confidence < 0.8 < deed for event in habit)


def test_a_verb_of_suspicion_heads_no_victim() -> None:
    doc = run("وقتل مهاجم انتحاري يشتبه أنه ينتمي لجبهة التحرير 32 شخصاً في الموصل أمس.")
    assert not any(text.startswith("يشتبه") for text in _target_texts(doc, "Killing"))


def test_a_demonstrative_subject_is_no_fronted_doer() -> None:
    doc = run("وأضاف أن هذه القوات استعادت قصر الرئاسة في الموصل.")
    assert _confidence(doc, "MilitaryOperation") >= 0.6


def test_a_noun_of_seizing_with_its_object_unread_reads_lower() -> None:
    unread = _confidence(run("لا سيما بعد أن استطاعت جبهة التحرير، بقيادة فرنسا والجيش، "
                             "السيطرة على أكثر من 90% من الموصل، وعلى مطارها."),
                         "MilitaryOperation")
    assert unread < 0.5


def test_a_span_of_time_after_the_verb_is_no_target() -> None:
    doc = run("وكانت جبهة التحرير، قصفت الأسبوعين الماضيين، خزانات الوقود في الموصل.")
    assert not any("الأسبوعين" in text for text in _target_texts(doc, "Attack"))
    assert _confidence(doc, "Attack") < 0.5
