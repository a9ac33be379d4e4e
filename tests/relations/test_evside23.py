"""evside23: a killing folded into its attack gives it its victims; receptions told by
their purpose of greeting are ceremonies."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

HOUTHIS = E("ArmedGroup", "الحوثيون", ("الحوثيين", "الحوثيون"))
RESISTANCE = E("ArmedGroup", "المقاومة الشعبية", ("المقاومة الشعبية",))
GOVERNOR = E("Person", "سلمان بن سعد", ("سلمان بن سعد",))
MINISTER = E("Person", "جون هاملتون", ("جون هاملتون",))
BAGHDAD = E("City", "بغداد", ("بغداد",), "Q1530")
ALL = [HOUTHIS, RESISTANCE, GOVERNOR, MINISTER, BAGHDAD]


def extract(text: str) -> tuple[Document, list[Event]]:
    doc: Document = extract_relations(build_doc(text, ALL))
    return doc, list(doc.events)


def test_victims_of_a_folded_killing_are_the_attack_target() -> None:
    doc, found = extract("وقتل ثمانية من الحوثيين في هجوم للمقاومة الشعبية قرب المدينة.")
    attacks = [e for e in found if e.label == "Attack"]
    assert len(attacks) == 1
    assert any("الحوثيين" in t for t in role(doc, attacks[0], "target"))
    killings = [e for e in found if e.label == "Killing"]  # the attack names its doer: the
    assert len(killings) == 1 and killings[0].casualties == 8  # killing stays (session 36)


def test_a_blast_does_not_take_the_unnamed_dead_as_its_target() -> None:
    doc, found = extract("وقتل ستة جنود في انفجار سيارة مفخخة في بغداد أمس.")
    attacks = [e for e in found if e.label == "Attack"]  # the dev gold (snn_zip_2709) leaves
    assert attacks and not role(doc, attacks[0], "target")  # such an attack's target empty


def test_an_attack_with_its_own_target_keeps_it() -> None:
    doc, found = extract("وقتل ستة جنود في هجوم على نقطة تفتيش في بغداد أمس.")
    attacks = [e for e in found if e.label == "Attack"]
    assert attacks
    targets = role(doc, attacks[0], "target")
    assert targets and not any("جنود" in t for t in targets)


def test_a_killing_with_its_own_doer_is_not_folded() -> None:
    _, found = extract("وقتل الحوثيون ستة جنود في هجوم على المدينة.")
    assert any(e.label == "Killing" for e in found)


def _meeting(text: str) -> Event:
    _, found = extract(text)
    meetings = [e for e in found if e.label == "Meeting"]
    assert len(meetings) == 1
    return meetings[0]


def test_a_reception_to_greet_the_host_is_a_ceremony() -> None:
    talks = _meeting("استقبل سلمان بن سعد في مكتبه أمس جون هاملتون.").evidence.confidence
    for text in ("استقبل سلمان بن سعد في مكتبه المواطنين للسلام عليه وتهنئته بعيد الفطر.",
                 "استقبل سلمان بن سعد أمس جموعا من المواطنين لتقديم التهاني بعيد الفطر.",
                 "استقبل سلمان بن سعد وجهاء المحافظة الذين قدموا لتهنئته بالعيد."):
        assert _meeting(text).evidence.confidence < talks


def test_a_greeting_handed_over_in_talks_is_no_ceremony() -> None:
    talks = _meeting("استقبل سلمان بن سعد في مكتبه أمس جون هاملتون.").evidence.confidence
    handed = _meeting("استقبل سلمان بن سعد جون هاملتون الذي نقل إليه تهنئة الحكومة بالعيد.")
    assert handed.evidence.confidence == talks
    peace = _meeting("استقبل سلمان بن سعد جون هاملتون لبحث جهود السلام في المنطقة.")
    assert peace.evidence.confidence == talks


def test_an_attack_on_an_area_does_not_take_the_dead_as_its_target() -> None:
    doc, found = extract("وقتل ستة جنود عندما تعرضوا لهجوم شنه الحوثيون على حي في المدينة.")
    attacks = [e for e in found if e.label == "Attack"]
    assert attacks and not any("جنود" in t for t in role(doc, attacks[0], "target"))


def test_a_shelling_that_caused_deaths_does_not_take_the_dead_as_its_target() -> None:
    doc, found = extract("وتسبب قصف مدفعي للحوثيين في مقتل عشرين شخصا في حي سكني بالمدينة.")
    attacks = [e for e in found if e.label == "Attack"]
    assert attacks and not any("شخصا" in t for t in role(doc, attacks[0], "target"))


def test_a_shelling_verb_keeps_its_own_object_not_the_dead() -> None:
    doc, found = extract("وقصف الحوثيون حي المنصورة بالقذائف مما أدى إلى مقتل عشرين شخصا.")
    attacks = [e for e in found if e.label == "Attack"]
    assert attacks and not any("شخصا" in t for t in role(doc, attacks[0], "target"))


def test_present_tense_troop_verbs_deploy() -> None:
    assert any(e.label == "Deployment" for e in extract(
        "وتحشد الميليشيات تعزيزات عسكرية كبيرة قرب بغداد.")[1])
    assert not any(e.label == "Deployment" for e in extract(
        "وتنشر الصحيفة اليوم تقريرا مفصلا عن القوات الخاصة.")[1])
    assert not any(e.label == "Deployment" for e in extract(
        "ويحشد سلمان بن سعد أنصاره قبل الانتخابات.")[1])


HOSPITAL = E("Organization", "مستشفى الملك فهد", ("مستشفى الملك فهد",))


def test_a_body_after_a_visit_noun_is_the_place_visited() -> None:
    doc: Document = extract_relations(build_doc(
        "وقام سلمان بن سعد بزيارة مستشفى الملك فهد أمس.", [*ALL, HOSPITAL]))
    (visit,) = [e for e in doc.events if e.label == "Visit"]
    assert role(doc, visit, "agent") == ["سلمان بن سعد"]
    doc = extract_relations(build_doc(
        "وقام عدد من الطلاب بزيارة مستشفى الملك فهد أمس.", [*ALL, HOSPITAL]))
    assert all(role(doc, e, "agent") != ["مستشفى الملك فهد"] for e in doc.events)


def test_a_person_after_a_visit_noun_is_still_the_visitor() -> None:
    doc, found = extract("وتأتي زيارة جون هاملتون إلى بغداد بعد أسبوع من المحادثات.")
    (visit,) = [e for e in found if e.label == "Visit"]
    assert role(doc, visit, "agent") == ["جون هاملتون"]


def test_the_purpose_may_follow_a_long_list_of_guests() -> None:
    talks = _meeting("استقبل سلمان بن سعد في مكتبه أمس جون هاملتون.").evidence.confidence
    long_list = _meeting(
        "استقبل سلمان بن سعد بمقر المحافظة صباح أول أيام العيد مديري الدوائر الحكومية "
        "وعددا من رجال الأعمال ورؤساء الشركات وجموعا من أهالي المحافظة وأعيانها "
        "للسلام عليه وتهنئته بالعيد.")
    assert long_list.evidence.confidence < talks


def test_losses_in_the_ranks_of_a_side_before_an_attack_make_it_the_target() -> None:
    doc, found = extract("وأكدت المقاومة الشعبية سقوط قتلى وجرحى في صفوف الحوثيين، "
                         "في كمين للمقاومة الشعبية قرب بغداد.")
    (attack,) = [e for e in found if e.label == "Attack"]
    assert role(doc, attack, "target") == ["الحوثيين"]
    assert any("مقاومة" in t for t in role(doc, attack, "agent"))


def test_ranks_joined_are_no_losses() -> None:
    doc, found = extract("وانضم عشرات الشباب إلى صفوف الحوثيين في هجوم للمقاومة الشعبية.")
    assert all("الحوثيين" not in role(doc, e, "target") for e in found)
