"""evconf25: cautions that lower an event's raw confidence (``kg.relations.event_cautions``):
a person who withdraws, musters or takes, a deed told back by «في هذا الهجوم», an attack whose
victims' side is told «في صفوف» but unread, a toll with no doer beside a named person, a
hedge («ينبغي», «لمنع», «كثيراً ما») farther back in the clause, and a toll
told again."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
RESISTANCE = E("ArmedGroup", "المقاومة الشعبية", ("المقاومة الشعبية",))
ARMY = E("Organization", "الجيش الليبي", ("الجيش الليبي",))
KARIM = E("Person", "كريم سالمي", ("كريم سالمي",))
NORA = E("Person", "نورا الحداد", ("نورا الحداد",))
BELGIUM = E("Country", "بلجيكا", ("بلجيكا",), "Q31")
TOGO = E("Country", "توغو", ("توغو",), "Q945")
ALL = [HOUTHIS, RESISTANCE, ARMY, KARIM, NORA, BELGIUM, TOGO]


def one(text: str, label: str) -> Event:
    doc: Document = extract_relations(build_doc(text, ALL))
    events = [e for e in doc.events if e.label == label]
    assert len(events) == 1, doc.events
    return events[0]


def test_a_person_who_withdraws_is_doubted() -> None:
    person = one("انسحبت نورا الحداد من الحياة العامة وهي في قمة نجاحها.", "Withdrawal")
    army = one("انسحب الجيش الليبي من البلدة وهو في قمة قوته.", "Withdrawal")
    assert person.evidence.confidence < army.evidence.confidence


def test_a_person_who_takes_a_country_is_doubted() -> None:
    person = one("هو كريم سالمي الذي استعاد توغو إلى حضنها العربي.", "MilitaryOperation")
    army = one("هو الجيش الليبي الذي استعاد توغو إلى حضنها العربي.", "MilitaryOperation")
    assert person.evidence.confidence < army.evidence.confidence


def test_a_deed_told_back_by_a_demonstrative_is_doubted() -> None:
    back = one("وقال الضابط إن خمسة أشخاص قتلوا في هذا الهجوم بينهم امرأة.", "Killing")
    plain = one("وقال الضابط إن خمسة أشخاص قتلوا في البلدة بينهم امرأة.", "Killing")
    place = one("وقال الضابط إن خمسة أشخاص قتلوا في هذه البلدة بينهم امرأة.", "Killing")
    assert back.evidence.confidence < plain.evidence.confidence
    assert place.evidence.confidence == plain.evidence.confidence


def test_an_attack_with_casualties_in_the_ranks_of_an_unread_side_is_doubted() -> None:
    ranks = one("أكدت المقاومة الشعبية سقوط قتلى في صفوف عناصر الجماعة المسلحة، في كمين "
                "للمقاومة الشعبية بالمحافظة.", "Attack")
    plain = one("أكدت المقاومة الشعبية سقوط قتلى وجرحى، في كمين للمقاومة الشعبية بالمحافظة.",
                "Attack")
    assert ranks.evidence.confidence < plain.evidence.confidence


def test_a_toll_with_no_doer_beside_a_named_person_is_doubted() -> None:
    person = one("دفع الغضب بالشاب كريم سالمي إلى إطلاق النار على مركزين عسكريين، مما أدى "
                 "إلى مقتل أربعة جنود.", "Killing")
    reported = one("وقال كريم سالمي إن سقوط القذائف على الأحياء أدى إلى مقتل أربعة جنود.",
                   "Killing")
    nobody = one("وقال الضابط إن سقوط القذائف على الأحياء أدى إلى مقتل أربعة جنود.", "Killing")
    assert person.evidence.confidence < reported.evidence.confidence
    assert reported.evidence.confidence == nobody.evidence.confidence


def test_a_hedge_farther_back_in_the_clause_is_doubted() -> None:
    hedged = one("وقال الوزير ينبغي أن تكون بلجيكا جاهزة لتطبيق عقوبات على توغو.", "Sanction")
    plain = one("وقال الوزير إن بلجيكا قررت بعد مشاورات طويلة تطبيق عقوبات على توغو.",
                "Sanction")
    assert hedged.evidence.confidence < plain.evidence.confidence


def test_a_wish_farther_back_is_doubted() -> None:
    wish = one("وقد رغب رئيس الحكومة كريم سالمي في القيام بزيارة إلى توغو.", "Visit")
    plain = one("وقد قام رئيس الحكومة كريم سالمي أمس بزيارة إلى توغو.", "Visit")
    assert wish.evidence.confidence < plain.evidence.confidence


def test_a_comma_cuts_a_hedge_off() -> None:
    cut = one("وقال الوزير ينبغي أن نكون مستعدين للحوار، فقد فرضت بلجيكا عقوبات على توغو.",
              "Sanction")
    plain = one("وقال الوزير إن المفاوضات فشلت، فقد فرضت بلجيكا عقوبات على توغو.", "Sanction")
    assert cut.evidence.confidence == plain.evidence.confidence


def test_a_habit_farther_back_is_doubted_but_many_is_no_habit() -> None:
    habit = one("وفي البلدة كثيرا ما يشن الحوثيون هجمات على الجيش الليبي.", "Attack")
    plain = one("وفي البلدة أمس شن الحوثيون فجأة هجمات على الجيش الليبي.", "Attack")
    many = one("وفي البلدة كثيرا ممن يعرفون شن الحوثيون هجمات على الجيش الليبي.", "Attack")
    assert habit.evidence.confidence < plain.evidence.confidence
    assert many.evidence.confidence == plain.evidence.confidence


def test_a_toll_told_again_is_doubted() -> None:
    first = "قال مسؤولون ان 14 جنديا قتلوا في حادث اطلاق نيران صديقة اليوم، عندما نفذت قوات " \
        "الجيش الليبي ضربة جوية على معسكر للحوثيين بطريق الخطأ. وقال حاكم المنطقة ان " \
        "\"النيران اندلعت في المعسكر ودمر بالكامل، وقتل 14 "
    again = one(first + "جنديا\".", "Killing")
    other = one(first + "شخصا\".", "Killing")
    assert again.evidence.confidence < other.evidence.confidence
