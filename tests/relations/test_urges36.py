"""Appeals, warnings and threats, session 36 (helper h3, urges36).

Rules tested:
- «وحثت نورة فان ديك مديرة ...»: a word left over from the subject's name, tagged one word
  short, then a title, or a body's name cut short then «ممثلة بـ», is no object of the
  stance (kg.relations.stance_name_tails); the addressee named as ever after the verb, and a
  definite addressee before a title, still are.
- «مثل موقع X الذي يستعرض ...، ويحث المستهلكين على ...»: an imperfect stance verb after «و»
  that goes on a relative clause of its sentence takes no previous speaker or actor; a
  perfect verb after such a clause («وأشار إلى الخطوات التي ...، ودعا ...») still does
  (kg.relations.stance_relative_continuations).

Sentences written for the tests, each with the facts that must be found and those that must
not."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import stances_of
from tests.relations.docbuilder import E, build_doc

NOURA = E("Person", "نورة فان", ("نورة فان",))
"""A name the tagger cut short: «نورة فان ديك» tagged as «نورة فان»."""
SALEH = E("Person", "صالح الدوسري", ("صالح الدوسري",))
OFFICE = E("GovernmentBody", "إدارة التعليم بمحافظة وادي", ("إدارة التعليم بمحافظة وادي",))
"""A body the tagger cut short before the last word of its place («وادي الدواسر»)."""
HEALTH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
CANADA = E("Country", "كندا", ("كندا",), "Q16")
ENTITIES = [NOURA, SALEH, OFFICE, HEALTH, CANADA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize("text", [
    "وحثت نورة فان ديك مديرة قسم الشؤون الإنسانية في المنظمة كندا على زيادة المساعدات.",
    "ودعت نورة فان ديك مديرة البرنامج الحكومات إلى مضاعفة التمويل.",
    "دعت إدارة التعليم بمحافظة وادي الدواسر ممثلة بشؤون المعلمين اليوم المرشحين إلى "
    "مراجعة مقرها.",
])
def test_the_rest_of_the_subjects_name_is_no_addressee(text: str) -> None:
    urged = {obj for _, obj in stances_of(run(text), "urges")}
    assert not urged & {"ديك مديرة قسم الشؤون الإنسانية", "ديك مديرة البرنامج", "ديك مديرة",
                        "ديك", "الدواسر"}
    assert all(not obj.startswith(("ديك", "الدواسر")) for obj in urged)


@pytest.mark.parametrize(("text", "holder", "target"), [
    # the addressee right after the subject, as ever
    ("وحث صالح الدوسري وزارة الصحة على توفير الأدوية.", "صالح الدوسري", "وزارة الصحة"),
    ("ودعا صالح الدوسري المواطنين إلى التبرع بالدم.", "صالح الدوسري", "المواطنين"),
    # a definite addressee before a title is read as ever: no name is left over
    ("وطالب صالح الدوسري المسؤولين رئيس البلدية وأعضاءها بإصلاح الطريق.",
     "صالح الدوسري", "المسؤولين"),
])
def test_an_addressee_after_the_subject_is_kept(text: str, holder: str, target: str) -> None:
    assert (holder, target) in stances_of(run(text), "urges")


# --- an imperfect verb that goes on a relative clause takes no earlier actor ----------------

SPEAKER = "وقال صالح الدوسري، المدير المساعد في الوزارة، إنه ليس من المرجح أن تقبل الهيئة الطلب."


@pytest.mark.parametrize("text", [
    SPEAKER + " مع ذلك يمكن للتقارير أن تساعد المستهلكين، مثل موقع صحتي الذي يستعرض التطبيقات "
    "المتاحة للمستهلك، ويحث المستهلكين على قراءة الوصف الكامل.",
    SPEAKER + " مع ذلك يمكن للجمعيات أن تساعد الأسر، مثل مركز الأمل الذي يقدم الدعم للأسر "
    "المحتاجة، ويدعو الأهالي إلى التطوع.",
])
def test_a_verb_going_on_a_relative_clause_is_not_the_speakers(text: str) -> None:
    assert not any(holder == "صالح الدوسري" for holder, _ in stances_of(run(text), "urges"))


def test_a_perfect_verb_after_a_relative_clause_keeps_the_speaker() -> None:
    text = SPEAKER + " وأشار إلى الخطوات التي اتخذتها الهيئة، ودعا المستهلكين إلى قراءة الوصف."
    assert ("صالح الدوسري", "المستهلكين") in stances_of(run(text), "urges")


@pytest.mark.parametrize("text", [
    "وقال صالح الدوسري: «أناشد سمو وزير الداخلية بإرسال فريق طبي إلى المحافظة».",
    "وقال صالح الدوسري: «ولأنني أناشد سمو وزير الداخلية بإرسال فريق طبي فإنني أنتظر الرد».",
])
def test_a_title_after_a_first_person_verb_is_still_the_addressee(text: str) -> None:
    # the verb of the speaker's own «أناشد» is no tagged name: «سمو» opens the addressee
    assert ("صالح الدوسري", "سمو وزير الداخلية") in stances_of(run(text), "urges")
