"""Appeals and backing on unseen news, session 35 (appeals35).

Rules tested:
- «وناشد», «ونبه», «ونسق»: a past verb whose root opens with «ن» is a third person
  (masculine, or feminine with «ت»), not the «ن» of the first person plural («نناشد»), so a
  feminine body right after a masculine one is its object and the verb continues the
  sentence's subject (kg.relations.stance_verb_gender).
- «وقالت X إنها تعمل بالتنسيق مع Y»: an adjunct of cooperation in the clause of the speaker's
  own pronoun and a verb agreeing with it is the speaker's deed; not when another doer is
  named, the deed is negated or future, or a participle takes the adjunct
  (kg.relations.stance_reported_adjuncts).
- «تؤيد مصر أي اتفاق», «رحبت بأي مبادرة»: support or welcome of «أي» before a noun of a
  settlement or a step names a kind of thing backed; «تدعم أي طرف», «دعت أي طرف» still name
  no one (kg.relations.stance_objects).
- «أي اتفاق يضمن ...»: an imperfect verb right after an indefinite noun opens a clause about
  it and ends the object phrase (kg.relations.stance_phrases).
- «جماعة الحوثي في اليمن المدعومة من إيران»: a place after «في» or «ب» before a stance
  adjective says where its head is; the adjective describes the actor before the place
  phrase, never the place (kg.relations.stance_adjective_heads).

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances
from tests.relations.docbuilder import E, build_doc

FAHD = E("Person", "فهد الشمري", ("فهد الشمري", "الشمري"))
HUDA = E("Person", "هدى العلي", ("هدى العلي",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
HOUTHIS = E("ArmedGroup", "جماعة الحوثي", ("جماعة الحوثي",))
MILITIA = E("ArmedGroup", "حزب الله", ("حزب الله",))
YEMEN = E("Country", "اليمن", ("اليمن",), "Q805")
LEBANON = E("Country", "لبنان", ("لبنان",), "Q822")
IRAN = E("Country", "إيران", ("إيران",), "Q794")
EGYPT = E("Country", "مصر", ("مصر",), "Q79")
LEAGUE = E("Organization", "جامعة الدول العربية", ("جامعة الدول العربية",))
ENTITIES = [FAHD, HUDA, INTERIOR, HEALTH, HOUTHIS, MILITIA, YEMEN, LEBANON, IRAN, EGYPT, LEAGUE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def found(text: str, kind: str) -> set[tuple[str, str]]:
    return {(holder, target) for k, holder, target in stances(run(text)) if k == kind}


@pytest.mark.parametrize(("text", "kind", "holder", "target"), [
    ("وأشاد الشمري بسرعة الاستجابة، وناشد وزارة الداخلية بتكثيف الدوريات على الطريق.",
     "urges", "فهد الشمري", "وزارة الداخلية"),
    ("وزار فهد الشمري الموقع، وناشد وزارة الصحة إرسال فرق طبية إضافية.",
     "urges", "فهد الشمري", "وزارة الصحة"),
    ("وأكد الشمري أهمية الصيانة الدورية، ونبه وزارة الداخلية إلى خطورة الحفر على الطريق.",
     "warns", "فهد الشمري", "وزارة الداخلية"),
])
def test_nun_past_verb_continues_the_subject(text: str, kind: str, holder: str,
                                              target: str) -> None:
    result = found(text, kind)
    assert (holder, target) in result
    assert not any(h == target for h, _ in result)  # the body is called on, not calling


@pytest.mark.parametrize(("text", "kind", "pair"), [
    # a first person plural keeps no third-person subject
    ("وقال الشمري: نحن نناشد وزارة الداخلية بتكثيف الدوريات.", "urges",
     ("وزارة الداخلية", "وزارة الداخلية")),
    # the feminine past agrees with a woman named after it: she appeals, the ministry is urged
    ("وناشدت هدى العلي وزارة الصحة بتوفير العلاج.", "urges", ("وزارة الصحة", "هدى العلي")),
])
def test_nun_verb_gives_no_wrong_holder(text: str, kind: str, pair: tuple[str, str]) -> None:
    assert pair not in found(text, kind)


def test_feminine_nun_past_keeps_its_own_subject() -> None:
    assert ("هدى العلي", "وزارة الصحة") in found(
        "وناشدت هدى العلي وزارة الصحة بتوفير العلاج.", "urges")


@pytest.mark.parametrize(("text", "backer", "backed"), [
    ("وتواجه مصر جماعات مسلحة، كجماعة الحوثي في اليمن المدعومة من إيران، على حدود المنطقة.",
     "إيران", "جماعة الحوثي"),
    ("وتصاعدت هجمات جماعة الحوثي باليمن المدعومة من إيران خلال الأسبوع.",
     "إيران", "جماعة الحوثي"),
    ("وانتقد الشمري حزب الله في لبنان المدعوم من إيران.", "إيران", "حزب الله"),
])
def test_backed_head_before_a_located_place(text: str, backer: str, backed: str) -> None:
    result = found(text, "supports")
    assert (backer, backed) in result
    assert not any(target in {"اليمن", "لبنان"} for _, target in result)


def test_place_alone_before_backing_is_not_backed() -> None:
    text = "وتدور المعارك في اليمن المدعومة حكومته من مصر."
    assert not any(target == "اليمن" for _, target in found(text, "supports"))


@pytest.mark.parametrize("text", [
    "وقالت وزارة الداخلية إنها تعمل بالتنسيق مع وزارة الصحة على متابعة المخالفين.",
    "وأوضحت وزارة الداخلية أنها نفذت الجولات الرقابية بالتعاون مع وزارة الصحة.",
    "وذكرت وزارة الداخلية في بيان أنها قد أنهت الإجراءات بالتنسيق مع وزارة الصحة.",
])
def test_speaker_pronoun_owns_the_adjunct(text: str) -> None:
    assert ("وزارة الداخلية", "وزارة الصحة") in found(text, "coordinatesWith")


@pytest.mark.parametrize("text", [
    # another doer is named in the reported clause
    "وقال فهد الشمري إن وزارة الداخلية نفذت الجولات بالتعاون مع وزارة الصحة.",
    # a plan, and a negated deed
    "وأكدت هدى العلي أنها ستعمل بالتنسيق مع وزارة الصحة على متابعة الحالات.",
    "وقالت هدى العلي إنها لا تعمل بالتنسيق مع وزارة الصحة.",
    # the participle takes the adjunct: the campaign was coordinated, not by the speaker
    "وقال فهد الشمري إنه تابع الحملة الميدانية المنفذة بالتعاون مع وزارة الصحة.",
    # a comma ends the speaker's clause
    "وقالت هدى العلي إنها زارت المستشفى، بالتنسيق مع وزارة الصحة.",
])
def test_speaker_pronoun_does_not_own_other_deeds(text: str) -> None:
    holders = {holder for holder, _ in found(text, "coordinatesWith")}
    assert not holders & {"فهد الشمري", "هدى العلي"}


@pytest.mark.parametrize(("text", "kind", "holder", "target"), [
    ("وأكدت مصر أنها تؤيد أي حل سياسي للأزمة.", "supports", "مصر", "أي حل سياسي"),
    ("وتؤيد مصر أي اتفاق يضمن وحدة الأراضي الليبية.", "supports", "مصر", "أي اتفاق"),
    ("ورحبت جامعة الدول العربية بأي مبادرة تنهي القتال.", "welcomes", "جامعة الدول العربية",
     "أي مبادرة"),
    ("ورفضت مصر أي تدخل يمس سيادة ليبيا.", "rejects", "مصر", "أي تدخل"),
])
def test_any_settlement_backed(text: str, kind: str, holder: str, target: str) -> None:
    assert (holder, target) in found(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("وتدعم مصر أي طرف يحارب الإرهاب.", "supports"),
    ("ودعت مصر أي طرف إلى الحوار.", "urges"),
])
def test_any_actor_names_no_one(text: str, kind: str) -> None:
    assert not found(text, kind)
