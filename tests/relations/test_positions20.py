"""Positions on fresh news, session 20 round 2 (positions20).

«مساعد» before a title head opens the title: «مساعد مدير شرطة X» is the assistant's title,
never the director's, before the name or after it; the assistant never leads the body.
A body's proper name quoted right after its kind noun («مدير قناة «الرسالة» X») is crossed by
the title, which keeps its closing mark; other quotations still end a title.
Sentences written for the tests."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs, positions_of
from tests.relations.docbuilder import E, build_doc

SAMI = E("Person", "سامي الحربي", ("سامي الحربي",))
NOURA = E("Person", "نورة القحطاني", ("نورة القحطاني",))
MUSAID = E("Person", "مساعد العتيبي", ("مساعد العتيبي",))
POLICE = E("GovernmentBody", "شرطة محافظة الخرج", ("شرطة محافظة الخرج",))
ENTITIES = [SAMI, NOURA, MUSAID, POLICE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "person", "title"), [
    ("وقال مساعد مدير شرطة محافظة الخرج العقيد سامي الحربي إن المتهمين أوقفوا.",
     "سامي الحربي", "مساعد مدير"),
    ("وأكد المهندس سامي الحربي مساعد أمين المنطقة للخدمات أن المشروعات بدأت.",
     "سامي الحربي", "مساعد أمين المنطقة للخدمات"),
    ("وأوضحت الدكتورة نورة القحطاني مساعدة مدير التعليم أن الدراسة تبدأ الأحد.",
     "نورة القحطاني", "مساعدة مدير التعليم"),
    ("وقالت مساعدة المدير العام للتعليم نورة القحطاني إن الدراسة تبدأ الأحد.",
     "نورة القحطاني", "مساعدة المدير العام للتعليم"),
])
def test_assistant_keeps_its_title(text: str, person: str, title: str) -> None:
    held = positions_of(run(text), person)
    assert any(h.startswith(title) for h in held), held
    assert not any(h.startswith(("مدير", "أمين", "المدير")) for h in held), held


def test_assistant_does_not_lead() -> None:
    doc = run("وقال مساعد مدير شرطة محافظة الخرج العقيد سامي الحربي إن المتهمين أوقفوا.")
    assert not pairs(doc, "leads")


@pytest.mark.parametrize(("text", "person", "title"), [
    # the given name «مساعد» is no title
    ("وقال مساعد العتيبي مدير التعليم إن الدراسة تبدأ الأحد.", "مساعد العتيبي", "مدير التعليم"),
    # the director himself, with no assistant
    ("وقال مدير شرطة محافظة الخرج العقيد سامي الحربي إن المتهمين أوقفوا.", "سامي الحربي",
     "مدير"),
])
def test_no_assistant_reading(text: str, person: str, title: str) -> None:
    held = positions_of(run(text), person)
    assert any(h.startswith(title) for h in held), held
    assert not any("مساعد" in h for h in held), held


def test_assistant_after_conjunction_is_another_persons() -> None:
    doc = run("وحضر سامي الحربي ومساعد مدير التعليم الاجتماع.")
    assert not any("مساعد" in h for h in positions_of(doc, "سامي الحربي"))


# --- a quoted body name inside a title ---------------------------------------------------------

@pytest.mark.parametrize(("text", "title"), [
    ("وقال مدير قناة «المجد» سامي الحربي إن البرامج ناجحة.", "مدير قناة «المجد»"),
    ("وقال سامي الحربي مدير قناة «المجد» إن البرامج ناجحة.", "مدير قناة «المجد»"),
    ('وأكد سامي الحربي مدير مستشفى "الأمل" أن المرضى بخير.', 'مدير مستشفى "الأمل"'),
])
def test_quoted_body_name_inside_title(text: str, title: str) -> None:
    assert title in positions_of(run(text), "سامي الحربي")


@pytest.mark.parametrize("text", [
    # a quoted event name is no body: the title ends before it
    "وزار مدير فعاليات «عيد الربيع» سامي الحربي المعرض.",
    # a quotation after the title is speech, not a name
    'وقال مدير المدرسة "سامي الحربي لم يحضر" أمس.',
])
def test_other_quotations_end_the_title(text: str) -> None:
    assert not any("«" in h or '"' in h for h in positions_of(run(text), "سامي الحربي"))


# --- two titles after a verb with a person object ----------------------------------------------

@pytest.mark.parametrize(("text", "kept", "subjects"), [
    ("استقبل وزير الصحة رئيس الوزراء سامي الحربي في مكتبه أمس.", "رئيس الوزراء", "وزير الصحة"),
    ("والتقى أمير المنطقة رئيس الغرفة التجارية سامي الحربي أمس.", "رئيس", "أمير المنطقة"),
])
def test_first_title_after_object_verb_is_the_subjects(text: str, kept: str,
                                                        subjects: str) -> None:
    held = positions_of(run(text), "سامي الحربي")
    assert any(h.startswith(kept) for h in held), held
    assert not any(h.startswith(subjects) for h in held), held


def test_titles_in_apposition_after_intransitive_verb() -> None:
    held = positions_of(run("اجتمع وزير الصحة رئيس مجلس إدارة الهيئة الدكتور سامي الحربي "
                            "مع اللجنة أمس."), "سامي الحربي")
    assert any(h.startswith("وزير الصحة") for h in held), held
    assert any(h.startswith("رئيس مجلس") for h in held), held


# --- a title after a title whose body is a pair joined by «و» ----------------------------------

def test_title_after_conjoined_body_is_apposed() -> None:
    doc = run("اجتمع وزير الثقافة والإعلام رئيس مجلس إدارة هيئة الإذاعة والتلفزيون الدكتور "
              "سامي الحربي مع اللجنة أمس.")
    held = positions_of(doc, "سامي الحربي")
    assert any(h.startswith("وزير الثقافة والإعلام") for h in held), held
    assert any(h.startswith("رئيس مجلس") for h in held), held
    assert not any("رئيس" in h and "وزير" in h for h in held), held
    # the body of the second title is not the minister's
    assert not {p for p, _ in pairs(doc, "positionOf") if p.startswith("وزير")}


def test_conjoined_body_alone_stays_one_title() -> None:
    held = positions_of(run("وقال وزير الشؤون الإسلامية والأوقاف الدكتور سامي الحربي إن المساجد "
                            "جاهزة."), "سامي الحربي")
    assert held == {"وزير الشؤون الإسلامية والأوقاف"}, held


def test_conjoined_head_is_not_apposition() -> None:
    held = positions_of(run("وحضر وزير الثقافة والإعلام ورئيس الهيئة سامي الحربي الحفل."),
                        "سامي الحربي")
    assert not any(h.startswith("وزير") for h in held), held
