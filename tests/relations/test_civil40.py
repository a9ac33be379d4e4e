"""Civil events told again, session 40 (helper ev40c). Made-up sentences.

- A name after a definite meeting or visit noun that repeats the article's event is the
  subject of another verb («حضر اللقاء فلان», «رافق الأمير خلال الزيارة فلان»), not the
  host or the visitor: no new event with that agent (``event_attendees.attendee_after``).
- A possessive meeting noun whose owner already met in the article («الأمير فلان خلال لقائه
  رئيس الشيشان», a caption) tells that meeting again (``event_attendees.owned_repeat``).
- «ذهب ... إلى زيارة فلان», «توجه لزيارة فلان»: the name after the visit noun is the one
  visited, not the visitor (``event_visited.gone_to_visit``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

PRINCE = E("Person", "فهد بن خالد", ("فهد بن خالد", "الأمير فهد"))
AIDE = E("Person", "سامي العلي", ("سامي العلي",))
GUEST = E("Person", "مارك دوبوا", ("مارك دوبوا",))
OTHER = E("Person", "كينجي تاناكا", ("كينجي تاناكا",))
KING = E("Person", "غازي الأول", ("غازي الأول",))
MINISTER = E("Person", "خالد الراشد", ("خالد الراشد",))
RIYADH = E("City", "الرياض", ("الرياض",))
BAGHDAD = E("City", "بغداد", ("بغداد",))
ALL = [PRINCE, AIDE, GUEST, OTHER, KING, MINISTER, RIYADH, BAGHDAD]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def of(doc: Document, label: str) -> list[Event]:
    return [event for event in doc.events if event.label == label]


# --- a name after a definite noun that repeats the event: the other verb's subject --------

def test_companion_during_the_visit_is_no_visitor() -> None:
    doc = run("زار الأمير فهد بن خالد أمس مستشفى الرياض. ورافق الأمير خلال الزيارة "
              "سامي العلي مدير الشؤون الصحية.")
    found = of(doc, "Visit")
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["فهد بن خالد"]


def test_attendee_of_the_meeting_is_no_host() -> None:
    doc = run("التقى الأمير فهد بن خالد في الرياض أمس مارك دوبوا. وحضر اللقاء سامي العلي "
              "مساعد الوزير.")
    found = of(doc, "Meeting")
    assert all(role(doc, event, "agent") != ["سامي العلي"] for event in found)
    assert [role(doc, event, "agent") for event in found] == [["فهد بن خالد"]]


def test_relative_clause_after_the_noun_keeps_its_doer() -> None:
    doc = run("التقى الأمير فهد بن خالد في الرياض أمس مارك دوبوا. وتناول اللقاء الذي "
              "عقده كينجي تاناكا في بغداد ملف الحدود.")
    agents = [name for event in of(doc, "Meeting") for name in role(doc, event, "agent")]
    assert "سامي العلي" not in agents
    assert "فهد بن خالد" in agents


# --- a possessive meeting noun that tells the meeting again ----------------------------

def test_caption_of_the_meeting_is_no_new_meeting() -> None:
    doc = run("التقى الأمير فهد بن خالد في الرياض أمس. الأمير فهد بن خالد خلال لقائه "
              "مارك دوبوا.")
    assert len(of(doc, "Meeting")) == 1


def test_possessive_meeting_with_another_guest_is_a_new_meeting() -> None:
    doc = run("التقى الأمير فهد بن خالد في الرياض أمس مارك دوبوا. وبحث الأمير فهد بن خالد "
              "خلال لقائه كينجي تاناكا ملف الحدود.")
    assert len(of(doc, "Meeting")) == 2


def test_possessive_meeting_of_another_host_is_a_new_meeting() -> None:
    doc = run("التقى الأمير فهد بن خالد في الرياض أمس مارك دوبوا. وقال سامي العلي خلال "
              "لقائه كينجي تاناكا إن الحدود آمنة.")
    agents = [role(doc, event, "agent") for event in of(doc, "Meeting")]
    assert ["سامي العلي"] in agents


# --- «ذهب إلى زيارة فلان»: the one visited -------------------------------------------------

def test_name_after_a_visit_gone_to_is_the_one_visited() -> None:
    doc = run("وبعد ذلك، ذهب ومعه رسالة الصلح إلى زيارة غازي الأول في بغداد.")
    assert all(role(doc, event, "agent") != ["غازي الأول"] for event in of(doc, "Visit"))


def test_goer_to_a_visit_is_the_visitor() -> None:
    doc = run("ذهب الوزير خالد الراشد إلى زيارة غازي الأول في بغداد.")
    assert [role(doc, event, "agent") for event in of(doc, "Visit")] == [["خالد الراشد"]]


def test_visit_told_by_a_pointer_keeps_its_visitor() -> None:
    doc = run("وأشار سامي العلي إلى زيارة الوزير خالد الراشد إلى بغداد أمس.")
    assert [role(doc, event, "agent") for event in of(doc, "Visit")] == [["خالد الراشد"]]


# --- a meeting or visit noun whose predicate is a verb of the future ----------------------

def test_meeting_that_will_be_held_is_lowered() -> None:
    doc = run("وأشار سامي العلي إلى أن لقاء مارك دوبوا وكينجي تاناكا سيكون استكمالا "
              "للمشاورات.")
    found = of(doc, "Meeting")
    assert found
    assert all(event.evidence.confidence <= 0.45 for event in found)


def test_meeting_told_as_past_keeps_its_confidence() -> None:
    doc = run("وأشار سامي العلي إلى أن لقاء مارك دوبوا وكينجي تاناكا كان استكمالا "
              "للمشاورات.")
    found = of(doc, "Meeting")
    assert found
    assert all(event.evidence.confidence >= 0.6 for event in found)


def test_second_possessive_visit_in_the_same_sentence_is_a_new_visit() -> None:
    doc = run("وأشار سامي العلي إلى أن زيارة الأمير فهد بن خالد للمسجد الحرام وزيارته "
              "للمسجد النبوي تأتي حرصا على المشاريع.")
    assert len(of(doc, "Visit")) == 2


# --- a bare Hijri year after «عام»: background ---------------------------------------------

def test_visit_in_a_bare_hijri_year_is_background() -> None:
    doc = run("ومن أجمل الصور صورة زيارة الأمير فهد بن خالد للرياض عام 1392.")
    found = of(doc, "Visit")
    assert found
    assert all(event.historical for event in found)


def test_visit_in_the_current_hijri_year_is_news() -> None:
    doc = run("وتأتي زيارة الأمير فهد بن خالد للرياض في شهر شوال عام 1445 لتعزيز التعاون.")
    found = of(doc, "Visit")
    assert found
    assert not any(event.historical for event in found)


# --- a member of a delegation is not the doer of its visit --------------------------------

def test_last_member_of_a_delegation_is_no_visitor() -> None:
    doc = run("وقال البيان إن وفدا برئاسة خالد الراشد وعضوية سامي العلي، ومارك دوبوا، قام "
              "بزيارة إلى الرياض استغرقت يومين.")
    assert all(role(doc, event, "agent") != ["مارك دوبوا"] for event in of(doc, "Visit"))


def test_head_of_a_delegation_before_the_light_verb_is_kept() -> None:
    doc = run("وقال البيان إن وفدا برئاسة خالد الراشد قام بزيارة إلى الرياض استغرقت يومين.")
    assert [role(doc, event, "agent") for event in of(doc, "Visit")] == [["خالد الراشد"]]
