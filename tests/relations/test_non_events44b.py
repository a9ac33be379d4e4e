"""Events that are not events, and one verb read again, session 44 round 2 (helper ev44b).
Made-up sentences and names.

- «لم يحصل اتفاق», «لم يتم أي لقاء»: a noun after a negated verb of occurring did not take
  place (``event_negated_occurrence``); «تم لقاء» keeps it.
- «الأردن مستعدة لإرسال جنود»: the feminine of «مستعد» is a word of planning too.
- «وحركة تحرير كشمير»: «تحرير» after a body's head noun is a movement's name
  (``event_named_movements``); «أعلن الجيش تحرير الموصل» stays an operation.
- «دخلت المسيحية الأردن», «دخلت القبائل في الإسلام»: a faith entered or entered into, no
  troops (``event_entered_faiths``); «دخلت القوات الموصل» stays an operation.
- «وفي بلدة الشيخ جنوب العاصمة قتل مسلحون شرطياً»: a phrase of direction and place ends
  before the verb (``event_direction_places``); «شهدت العاصمة قتل العشرات» stays a noun.
- «قتل مسلحون طبيباً», then «وقتل مسلحون شرطياً»: unnamed doers of the same stem with other
  victims are another deed, not lowered as a retelling (``event_retellings``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

KASHMIR = E("Region", "كشمير", ("كشمير",))
MOSUL = E("City", "الموصل", ("الموصل",))
CHAD = E("Country", "تشاد", ("تشاد",))
JORDAN = E("Country", "الأردن", ("الأردن",))
AMMAN = E("City", "عمان", ("عمان",))
SHEIKH = E("City", "الشيخ زايد", ("الشيخ زايد",))
WRITER = E("Person", "منى الخطيب", ("منى الخطيب",))
ALL = [KASHMIR, MOSUL, CHAD, JORDAN, AMMAN, SHEIKH, WRITER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2005-04-12"))


def labels(text: str) -> list[str]:
    return [e.label for e in run(text).events]


# event_negated_occurrence


def test_no_agreement_came_about() -> None:
    assert labels("وقالت مصادر مطلعة إنه لم يحصل اتفاق بين الطرفين بسبب إصرار منى الخطيب "
                  "على موقفها.") == []


def test_no_meeting_took_place() -> None:
    assert labels("وقالت مصادر مطلعة إنه لم يجر لقاء بين الوزيرين في عمان.") == []


def test_a_meeting_that_took_place_stays() -> None:
    assert labels("وقالت مصادر مطلعة إنه تم لقاء بين الوزيرين في عمان أمس.") == ["Meeting"]


# the feminine of «مستعد»


def test_a_state_ready_to_send_troops_sends_none() -> None:
    assert labels("وقال رئيس الوزراء إن الأردن مستعدة لإرسال جنود إلى تشاد.") == []


def test_troops_sent_stay_a_deployment() -> None:
    assert labels("وقال رئيس الوزراء إن الأردن قام بإرسال جنود إلى تشاد أمس.") == [
        "Deployment"]


# event_named_movements


def test_a_liberation_movement_is_a_name() -> None:
    assert labels("ووقعت الحكومة وجبهة تحرير تشاد اتفاقا في عمان أمس.") == ["Agreement"]


def test_a_liberation_movement_signing_is_a_name() -> None:
    assert labels("ووقع الوزير وحركة تحرير تشاد اتفاقا في عمان أمس.") == ["Agreement"]


def test_freeing_a_town_stays_an_operation() -> None:
    assert labels("وأعلن الجيش العراقي تحرير الموصل من المسلحين أمس.") == [
        "MilitaryOperation"]


# event_entered_faiths


def test_a_faith_entering_a_land_is_no_operation() -> None:
    assert labels("ودخلت المسيحية الأردن في القرن الأول للميلاد.") == []


def test_entering_into_islam_is_no_operation() -> None:
    assert labels("ودخلت قبائل الموصل في الإسلام في القرن العاشر.") == []


def test_troops_entering_a_town_stay_an_operation() -> None:
    assert "MilitaryOperation" in labels("ودخلت القوات الموصل بعد معارك عنيفة أمس.")


# event_direction_places


def test_a_killing_after_a_place_of_direction() -> None:
    assert labels("وفي الشيخ زايد جنوب العاصمة قتل مسلحون شرطيا أمس.") == ["Killing"]


def test_a_shelling_after_a_place_of_direction() -> None:
    assert labels("وفي قرية قريبة غربي المدينة قصف الطيران منزلا أمس.") == ["Attack"]


def test_a_killing_witnessed_by_a_capital_stays_a_noun() -> None:
    assert labels("وشهدت العاصمة قتل العشرات في أعمال عنف.") == []


def test_forces_of_a_man_named_for_islam_stay_an_operation() -> None:
    assert "MilitaryOperation" in labels("ودخلت قوات سيف الإسلام الموصل بعد معارك عنيفة أمس.")


# event_retellings: unnamed doers with other victims


def _confidence(text: str, form: str) -> float:
    doc = run(text)
    return next(e.evidence.confidence for e in doc.events
                if text[e.trigger_start:e.trigger_end] == form)


def test_a_second_killing_by_unnamed_gunmen_of_another_victim_is_not_lowered() -> None:
    roundup = _confidence("وفي الموصل قتل مسلحون طبيبا أمس. وقتل مسلحون شرطيا في عمان.",
                          "وقتل")
    alone = _confidence("وقتل مسلحون شرطيا في عمان.", "وقتل")
    assert roundup == alone

