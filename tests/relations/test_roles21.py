"""Roles on fresh news, session 21 (roles21).

- A title given by appointment: «بتعيين X وليّاً للعهد», «عيّنت الإدارة X مديراً للكرة»
  give X the title in its citation form; a negated, demanded or planned appointment and an
  accusative title with no verb of appointing give nothing; the title between a finite verb
  of appointing and the appointee is the verb's subject's.
- A body's kind noun between a leading title and the body's name («رئيس نادي الهلال» with
  only «الهلال» tagged) belongs to the body: the title is «رئيس» and its holder leads.
- «رئيس مجلس أمناء» + a body leads the body.
- A father's lineage («عبدالله بن عبدالعزيز» at the end of «متعب بن عبدالله بن عبدالعزيز»)
  is no short form of the son's name.
Sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.link.coref import attach_short_names, father_lineage
from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import pairs, positions_of
from tests.relations.docbuilder import E, build_doc

SAMI = E("Person", "سامي الحربي", ("سامي الحربي",))
NOURA = E("Person", "نورة القحطاني", ("نورة القحطاني",))
FAHD = E("Person", "فهد العتيبي", ("فهد العتيبي",))
HILAL = E("Organization", "الهلال", ("الهلال",))
SOCIETY = E("Organization", "جمعية البر", ("جمعية البر",))
LAJNA = E("Organization", "الحكام", ("الحكام",))
YEMEN = E("Country", "اليمن", ("اليمني",))
ENTITIES = [SAMI, NOURA, FAHD, HILAL, SOCIETY, LAJNA, YEMEN]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


@pytest.mark.parametrize(("text", "person", "title"), [
    ("وصدر أمر ملكي بتعيين سامي الحربي وليّاً للعهد.", "سامي الحربي", "ولي العهد"),
    ("وعيّنت إدارة النادي سامي الحربي مديراً للكرة.", "سامي الحربي", "مدير الكرة"),
    ("وانتخبت الجمعية العمومية فهد العتيبي رئيساً للجنة.", "فهد العتيبي", "رئيس اللجنة"),
    ("وقرر المجلس تعيين فهد العتيبي مديراً عاماً للإدارة.", "فهد العتيبي", "مدير عام الإدارة"),
    ("وعيّن المجلس سامي الحربي مديراً للمكتب وفهد العتيبي مشرفاً على الفريق.",
     "فهد العتيبي", "مشرف على الفريق"),
    ("وعيّن المجلس سامي الحربي مديراً للمكتب ومتحدثاً رسمياً باسم النادي.",
     "سامي الحربي", "متحدث رسمي باسم النادي"),
])
def test_appointment_gives_the_title(text: str, person: str, title: str) -> None:
    assert title in positions_of(run(text), person)


@pytest.mark.parametrize("text", [
    "وطالب الأعضاء بتعيين سامي الحربي مديراً للمستشفى.",
    "ولم يعيّن المجلس سامي الحربي مديراً للمستشفى.",
    "ويعتزم المجلس تعيين سامي الحربي مديراً للمستشفى.",
    "وكان سامي الحربي مديراً للمستشفى.",
    "وعمل سامي الحربي مديراً للمستشفى قبل عشر سنوات.",
])
def test_no_appointment_no_title(text: str) -> None:
    assert not any(t.startswith("مدير") for t in positions_of(run(text), "سامي الحربي"))


def test_subject_title_is_not_the_appointee() -> None:
    doc = run("وعيّن الرئيس اليمني سامي الحربي نائباً له.")
    assert "الرئيس" not in positions_of(doc, "سامي الحربي")
    assert ("سامي الحربي", "اليمن") not in pairs(doc, "leads")


def test_apposed_title_before_appointee_of_verbal_noun_kept() -> None:
    # after a verbal noun the next noun is the object: its title stays
    doc = run("وتم تعيين وكيل الوزارة سامي الحربي مديراً للجامعة.")
    assert "مدير الجامعة" in positions_of(doc, "سامي الحربي")


def test_kind_noun_before_body_name() -> None:
    doc = run("وتمت مراسم التوقيع بين رئيس نادي الهلال سامي الحربي واللاعب.")
    assert "رئيس" in positions_of(doc, "سامي الحربي")
    assert ("سامي الحربي", "الهلال") in pairs(doc, "leads")


def test_unit_noun_before_body_name_does_not_lead() -> None:
    doc = run("وقال رئيس لجنة الحكام في الهلال سامي الحربي إن القرار نهائي.")
    assert ("سامي الحربي", "الهلال") not in pairs(doc, "leads")


def test_board_of_trustees_chairman_leads() -> None:
    doc = run("وشكر رئيس مجلس أمناء جمعية البر سامي الحربي المتطوعين.")
    assert ("سامي الحربي", "جمعية البر") in pairs(doc, "leads")


def test_deputy_of_board_does_not_lead() -> None:
    doc = run("وشكر نائب رئيس مجلس أمناء جمعية البر سامي الحربي المتطوعين.")
    assert ("سامي الحربي", "جمعية البر") not in pairs(doc, "leads")


def test_father_lineage_is_not_the_son() -> None:
    son = ("متعب", "بن", "عبد", "الله", "بن", "عبد", "العزيز")
    father = ("عبد", "الله", "بن", "عبد", "العزيز")
    assert father_lineage(son, len(father))
    assert attach_short_names([son, father]) == {}


def test_surname_short_form_still_joins() -> None:
    full = ("علي", "عبد", "الله", "صالح")
    short = ("عبد", "الله", "صالح")
    assert not father_lineage(full, len(short))
    assert attach_short_names([full, short]) == {1: 0}


PAPER = E("MediaOrganization", "الوطن", ("الوطن",))
JORDAN = E("Country", "الأردن", ("الأردني",), "Q810")
QATAR = E("Country", "قطر", ("القطري",), "Q846")
FRANCE = E("Country", "فرنسا", ("الفرنسي",), "Q142")
KUWAIT = E("Country", "الكويت", ("الكويت",), "Q817")
ALI = E("Person", "علي بن الحسين", ("علي بن الحسين",))
NAWAF = E("Person", "نواف بن فيصل", ("نواف بن فيصل",))
MORE = [SAMI, FAHD, PAPER, JORDAN, QATAR, FRANCE, KUWAIT, ALI, NAWAF]


def run_more(text: str) -> Document:
    return extract_relations(build_doc(text, MORE))


@pytest.mark.parametrize("text", [
    "وقال رئيس تحرير صحيفة الوطن سامي الحربي إن الصحيفة مستمرة.",
    "وقال سامي الحربي رئيس تحرير صحيفة الوطن إن الصحيفة مستمرة.",
])
def test_editor_in_chief(text: str) -> None:
    doc = run_more(text)
    assert "رئيس تحرير" in positions_of(doc, "سامي الحربي")
    assert ("رئيس تحرير", "الوطن") in pairs(doc, "positionOf")
    assert ("سامي الحربي", "الوطن") not in pairs(doc, "leads")


def test_liberation_still_ends_a_title_elsewhere() -> None:
    doc = run_more("وقال سامي الحربي إن تحرير المدينة اكتمل.")
    assert not positions_of(doc, "سامي الحربي")


def test_prince_with_nationality_has_no_office() -> None:
    doc = run_more("وفاز المرشح على الأمير الأردني علي بن الحسين في الانتخابات.")
    assert not positions_of(doc, "علي بن الحسين")
    assert not pairs(doc, "leads")


def test_emir_of_an_emirate_leads() -> None:
    doc = run_more("وقال الأمير القطري سامي الحربي إن العلاقات قوية.")
    assert ("سامي الحربي", "قطر") in pairs(doc, "leads")


def test_name_after_prepositional_honorific_takes_no_title() -> None:
    doc = run_more("ورحب أمير دولة الكويت بالأمير نواف بن فيصل في بلده.")
    assert not positions_of(doc, "نواف بن فيصل")


def test_title_of_another_country_after_the_name() -> None:
    doc = run_more("والتقى الأمير القطري سامي الحربي الرئيس الفرنسي في باريس.")
    assert ("سامي الحربي", "فرنسا") not in pairs(doc, "leads")
    assert ("سامي الحربي", "قطر") in pairs(doc, "leads")


@pytest.mark.parametrize("text", [
    "ونقل الأمير نواف بن فيصل لأمير دولة الكويت تحيات القيادة.",
    "وقال نواف بن فيصل للرئيس الفرنسي إن العلاقات قوية.",
])
def test_title_behind_a_preposition_after_the_name(text: str) -> None:
    doc = run_more(text)
    assert not positions_of(doc, "نواف بن فيصل")
    assert not pairs(doc, "leads")


def test_apposed_title_after_the_name_kept() -> None:
    doc = run_more("وقال نواف بن فيصل الرئيس العام لرعاية الشباب إن الدورة ناجحة.")
    assert positions_of(doc, "نواف بن فيصل")


def test_thanked_person_title_is_not_the_subject() -> None:
    doc = run_more("وشكر سامي الحربي رئيس مجلس أمناء الجمعية فهد العتيبي على دعمه.")
    assert not positions_of(doc, "سامي الحربي")
    assert positions_of(doc, "فهد العتيبي")


def test_board_of_trustees_is_no_body_of_its_own() -> None:
    doc = run_more("وقال رئيس مجلس أمناء المؤسسة فهد العتيبي إن المسابقة عالمية.")
    assert not pairs(doc, "positionOf")
    assert not pairs(doc, "leads")



POLICE = E("GovernmentBody", "شرطة محافظة رابغ", ("شرطة محافظة رابغ",))


def _untagged_in_title(text: str, title_at: int) -> Document:
    """The document with the body tagged only before ``title_at`` (the NER reads the title
    «مدير شرطة محافظة رابغ» as one phrase and tags no body in it)."""
    doc = build_doc(text, [FAHD, POLICE])
    kept = tuple(m for m in doc.mentions if m.label != "GovernmentBody" or m.start < title_at)
    return extract_relations(replace(doc, mentions=kept))


def test_body_tagged_elsewhere_in_the_title() -> None:
    text = ("وتلقت شرطة محافظة رابغ بلاغات عدة. "
            "ووجه مدير شرطة محافظة رابغ العميد فهد العتيبي بتشكيل فريق.")
    doc = _untagged_in_title(text, text.index("ووجه"))
    assert ("مدير", "شرطة محافظة رابغ") in pairs(doc, "positionOf")


def test_no_body_elsewhere_keeps_the_whole_title() -> None:
    text = "ووجه مدير شرطة محافظة رابغ العميد فهد العتيبي بتشكيل فريق."
    doc = _untagged_in_title(text, 0)
    assert not pairs(doc, "positionOf")
