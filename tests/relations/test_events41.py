"""Events at the top of the raw scale, session 41 (helper ev41). Made-up sentences.

- «ودخول فرنسا الحرب», «دخلت إيران مبكراً في الحرب بالوكالة»: a side that enters a war joins
  it; no troops entered a place (``event_entered_wars``); a town entered is still an operation.
- «مواعيد انسحاب قوات الحلف», «جدول انسحاب القوات»: a withdrawal in the genitive of a
  timetable is planned (``event_non_events``); a withdrawal begun is still one.
- «غارات على مواقع بشمال كفر نبل»: a name after a direction in the locative is a place,
  whatever its tag, never the target (``event_inside.behind_direction``).
- «وتسعى بريطانيا إلى إقناع البرلمان بتمديد مهمات قصف»: a word of effort up to eight words
  back governs the deed, sought, not done (``event_cautions.hedged_before``).
- «وشهد عام 2013 مقتل أحد عشر صحافيا»: a year or a span of months that «saw» a counted toll
  sums it, a tally (``event_tallies.witnessed_span``); a place or a day that saw it does not.
- «بمقتل نحو 200 مقاتل خلال مشاركتهم في القتال داخل سوريا»: the dead of a side's taking part
  in a war, a tally (``event_tallies.summed_toll``); taking part in one operation is one deed.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

FRANCE = E("Country", "فرنسا", ("فرنسا",))
IRAN = E("Country", "إيران", ("إيران",))
OTTOMANS = E("Country", "الدولة العثمانية", ("الدولة العثمانية",))
NATO = E("InternationalOrganization", "الحلف الأطلسي", ("الحلف الأطلسي",))
AFGHANISTAN = E("Country", "أفغانستان", ("أفغانستان",))
BRITAIN = E("Country", "بريطانيا", ("بريطانيا",))
SYRIA = E("Country", "سوريا", ("سوريا",))
INDIA = E("Country", "الهند", ("الهند",))
PAKISTAN = E("Country", "باكستان", ("باكستان",))
TAIZ = E("City", "تعز", ("تعز",))
ISIS = E("ArmedGroup", "داعش", ("تنظيم داعش", "داعش"))
HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين",))
KAFR = E("Person", "كفر نبل", ("كفر نبل",))
"""A town the tagger took for a person."""
ALL = [FRANCE, IRAN, OTTOMANS, NATO, AFGHANISTAN, BRITAIN, SYRIA, INDIA, PAKISTAN, TAIZ, ISIS,
       HOUTHIS, KAFR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def events(doc: Document, *labels: str) -> list[Event]:
    return [event for event in doc.events if event.label in labels]


ENTRY = ("MilitaryOperation", "Deployment")


def entries(text: str) -> list[str]:
    """The triggers of the operations and deployments read in ``text``."""
    doc = run(text)
    return [doc.text[e.trigger_start:e.trigger_end] for e in events(doc, *ENTRY)]


def test_side_entering_a_war_is_no_entry() -> None:
    assert entries("ودخلت فرنسا الحرب إلى جانب الحلف الأطلسي في ذلك الوقت.") == []
    assert entries("وقال المحلل إن إيران دخلت مبكرا في الحرب بالوكالة في المنطقة.") == []
    assert entries("ومع دخول إيران الصراع في سوريا تغيرت المعادلة.") == []
    assert entries("وقال المحلل إن إيران دخلت مبكرا في «الحرب بالوكالة» في المنطقة.") == []
    assert "دخول" not in entries("وأعلنت الحكومة دخول فرنسا الحرب ضد داعش.")


def test_town_entered_after_fighting_stays_an_operation() -> None:
    doc = run("ودخلت قوات الجيش مدينة تعز بعد معارك عنيفة مع الحوثيين.")
    [entry] = [e for e in events(doc, "MilitaryOperation")
               if doc.text[e.trigger_start:e.trigger_end] == "ودخلت"]
    assert role(doc, entry, "target") == ["تعز"]


def test_war_noun_in_another_clause_leaves_the_entry() -> None:
    assert entries("ودخلت قوات الجيش السوري بلدة كفر نبل، وقالت إن الحرب انتهت.") == ["ودخلت"]


def test_withdrawal_of_a_timetable_is_planned() -> None:
    for text in ("ووجد الوزير أمامه ملفات ساخنة مستبقا بذلك مواعيد انسحاب قوات الحلف الأطلسي "
                 "من أفغانستان.",
                 "وأعلنت الحكومة جدول انسحاب القوات الفرنسية من أفغانستان."):
        assert events(run(text), "Withdrawal") == []


def test_withdrawal_begun_stays() -> None:
    doc = run("وبدأ انسحاب قوات الحلف الأطلسي من أفغانستان أمس.")
    assert len(events(doc, "Withdrawal")) == 1


def test_name_after_locative_direction_is_no_target() -> None:
    for text in ("وشنت طائرات التحالف أمس غارات على مواقع بشمال كفر نبل.",
                 "وشنت طائرات التحالف أمس غارات على مواقع في جنوب كفر نبل."):
        doc = run(text)
        [raid] = events(doc, "Attack")
        assert "كفر نبل" not in role(doc, raid, "target")


def test_named_side_and_bare_object_keep_their_target() -> None:
    doc = run("وشنت طائرات التحالف أمس غارات على كفر نبل.")
    [raid] = events(doc, "Attack")
    assert role(doc, raid, "target") == ["كفر نبل"]
    doc = run("وشنت طائرات التحالف غارات على الحوثيين في شمال تعز.")
    [raid] = events(doc, "Attack")
    assert role(doc, raid, "target") == ["الحوثيين"]


def test_deed_sought_far_back_stands_lower() -> None:
    doc = run("وتسعى بريطانيا إلى إقناع البرلمان بتمديد مهمات قصف تنظيم داعش إلى سوريا.")
    [strike] = events(doc, "Attack")
    assert strike.evidence.confidence < 0.75


def test_effort_behind_a_comma_governs_nothing() -> None:
    told = "إن طائرات التحالف قصفت مواقع تنظيم داعش في سوريا."
    [alone] = events(run("وقال الوزير " + told), "Attack")
    [aside] = events(run("وقال الوزير الذي يسعى لإقناع البرلمان، " + told), "Attack")
    assert aside.evidence.confidence == alone.evidence.confidence


def killing(text: str) -> Event:
    [found] = events(run(text), "Killing")
    return found


def test_toll_a_year_saw_is_a_tally() -> None:
    assert killing("وشهد عام 2013 مقتل أحد عشر صحافيا في مختلف أنحاء الهند."
                   ).evidence.confidence <= 0.44
    assert killing("وشهدت الأشهر الستة الماضية مقتل 40 جنديا في باكستان."
                   ).evidence.confidence <= 0.44


def test_toll_a_place_or_day_saw_stays() -> None:
    assert killing("وشهدت باكستان أمس مقتل خمسة جنود.").evidence.confidence >= 0.75
    assert killing("وشهد يوم الجمعة مقتل 12 مدنيا في الهند.").evidence.confidence >= 0.75


def test_toll_of_taking_part_in_a_war_is_a_tally() -> None:
    assert killing("وكانت الصحافة الإيرانية قد اعترفت أخيرا بمقتل نحو 200 مقاتل باكستاني "
                   "خلال مشاركتهم في القتال داخل سوريا.").evidence.confidence <= 0.44


def test_toll_of_taking_part_in_one_operation_stays() -> None:
    assert killing("وقتل 12 جنديا باكستانيا خلال مشاركتهم في عملية عسكرية قرب الحدود."
                   ).evidence.confidence >= 0.75
