"""Events that are not events, session 44 (helper ev44). Made-up sentences and names.

- «لاغتصاب كشمير», «اغتصاب السلطة»: «اغتصاب» before a place or land is a usurpation, not a
  rape (``event_usurped``); before a person it stays an attack.
- «ارتكب أخطاء جسيمة عملية وعلمية»: «عملية» joined by «و» to a nisba adjective is the
  adjective «practical» (``event_practical``); «عملية وحشية», «عملية انتحارية» stay operations.
- «القرار الذي أجاز قبل عشرة أيام إرسال جنود»: a span of time after «قبل» dates the
  permission, which still governs the sending (``event_dating_spans``); «قبل يومين من إرسال»
  keeps «قبل» governing the noun.
- «أن إرسال جنود ... ينبغي أن يدرس»: a deployment or withdrawal noun after «أن» whose predicate
  is a word of duty or need is a policy weighed (``event_modal_subjects``).
- «والتقى فلان زوجته خلال دراسته»: a first encounter in a life story is no meeting
  (``event_acquaintances``); a spouse who comes along («وزوجها») keeps it one.
- «من فوق قمة الجبل»: a height, not a summit (``event_sense``).
- «عقدا مباحثات قمة»: «قمة» right after a meeting noun is its genitive, one meeting
  (``event_summit_talks``).
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

KASHMIR = E("Region", "كشمير", ("كشمير",))
MOSUL = E("City", "الموصل", ("الموصل",))
CHAD = E("Country", "تشاد", ("تشاد",))
GUNMEN = E("ArmedGroup", "جبهة التحرير", ("جبهة التحرير",))
JORDAN = E("Country", "الأردن", ("الأردن",))
AMMAN = E("City", "عمان", ("عمان",))
SCHOLAR = E("Person", "سمير فهمي", ("سمير فهمي",))
WRITER = E("Person", "منى الخطيب", ("منى الخطيب",))
ALL = [KASHMIR, MOSUL, CHAD, GUNMEN, JORDAN, AMMAN, SCHOLAR, WRITER]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2005-04-12"))


def labels(text: str) -> list[str]:
    return [e.label for e in run(text).events]


# event_usurped


def test_usurping_a_named_region_is_no_attack() -> None:
    assert labels("وأقيمت ندوة في الذكرى الستين لاغتصاب كشمير بحضور عدد من الكتاب.") == []


def test_usurping_power_is_no_attack() -> None:
    assert labels("وقالت المعارضة إن جبهة التحرير قامت باغتصاب السلطة في تشاد أمس.") == []


def test_raping_a_woman_stays_an_attack() -> None:
    assert labels("وقالت الشرطة إن جبهة التحرير قامت باغتصاب فتاتين في الموصل أمس.") == [
        "Attack"]


# event_practical


def test_practical_in_a_row_of_adjectives_is_no_operation() -> None:
    assert labels("وقال المجلس إن الوزير ارتكب أخطاء جسيمة عملية وعلمية في إدارة الملف.") == []


def test_a_brutal_operation_stays_an_operation() -> None:
    assert labels("ونفذت جبهة التحرير عملية وحشية ضد قافلة في الموصل.") == ["Attack"]


def test_a_suicide_operation_stays_an_operation() -> None:
    assert labels("ونفذت جبهة التحرير عملية انتحارية وسط الموصل أمس.") == ["Attack"]


# event_dating_spans


def test_a_permission_dated_by_a_span_governs_the_sending() -> None:
    assert labels("وانتقد النواب القرار الذي أجاز قبل عشرة أيام إرسال جنود إلى تشاد.") == []


def test_a_sending_dated_after_is_still_read() -> None:
    assert labels("ووصلت القوات إلى تشاد بعد يومين من إرسال جنود إلى الحدود.") == ["Deployment"]


# event_modal_subjects


def test_a_sending_whose_predicate_is_a_duty_is_a_policy() -> None:
    text = "وأكد الوزير أن إرسال جنود لمساندة قوة السلام في تشاد ينبغي أن يدرس بعناية."
    assert labels(text) == []


def test_a_withdrawal_that_needs_a_deal_is_a_policy() -> None:
    assert labels("وقال المتحدث إن انسحاب القوات من الموصل يتطلب اتفاقا شاملا.") == []


def test_a_sending_told_as_done_stays_a_deployment() -> None:
    assert labels("وأعلن الجيش أمس إرسال جنود إلى تشاد لمساندة قوة السلام.") == ["Deployment"]


# event_acquaintances


def test_meeting_a_wife_while_studying_is_no_meeting() -> None:
    assert labels("والتقى سمير فهمي زوجته وهي فرنسية خلال دراسته في باريس.") == []


def test_meeting_a_fellow_student_and_falling_in_love_is_no_meeting() -> None:
    text = 'وفي عام 1920، التقى سمير فهمي بـ "منى الخطيب" رفيقته على مقاعد الدراسة ووقع في غرامها.'
    assert labels(text) == []


def test_a_host_meeting_a_guest_and_his_wife_stays_a_meeting() -> None:
    doc = run("والتقى سمير فهمي أمس في الموصل منى الخطيب وزوجها لبحث الأوضاع في المدينة.")
    assert [e.label for e in doc.events] == ["Meeting"]


# event_sense: a height


def test_above_a_peak_is_no_summit() -> None:
    assert labels("ومن فوق قمة شمسان يطل الزائر على مدينة عمان.") == []


def test_a_summit_in_a_city_stays_a_meeting() -> None:
    assert labels("وعقد قادة تشاد والأردن قمة في عمان أمس.") == ["Meeting"]


# event_summit_talks


def test_summit_talks_are_one_meeting() -> None:
    assert labels("وكان سمير فهمي ومنى الخطيب قد عقدا مباحثات قمة في عمان أمس.") == ["Meeting"]


def test_a_meeting_and_a_summit_joined_by_and_stay_two() -> None:
    text = "وعقد سمير فهمي مع منى الخطيب اجتماعا وقمة في عمان أمس."
    assert labels(text) == ["Meeting", "Meeting"]
