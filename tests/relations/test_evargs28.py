"""Event agents the text does not give, session 28 (evargs28, ``event_unsaid_doers``).

- A correspondent's byline, a person's name alone in brackets after the dateline place, is
  no agent («وفي طرابلس (فلان)، تجمع عدد من أنصار ...»); a name outside brackets, or in
  brackets after a title («الناشط (فلان) اعتصم»), still is.
- The deed an urging verb calls for («دعا فلان إثيوبيا إلى سحب قواتها», «طالب فلان تركيا
  بسحب قواتها») has the one urged as its agent, never the urger; with no one named between
  the urger and the preposition, it has none.
- A name closing a title behind «لـ» is the one addressed, not the doer of what follows
  («أصدر أوامره لوزير التموين فلان بعد أن عقد اجتماعاً»); the same name with no
  preposition, or with a relative clause on it that holds the trigger («إلى وزير التموين
  فلان الذي عقد اجتماعاً»), stays the doer.
- A clause with a force subject of its own between a verb and the deed before it
  (``event_new_subjects``: «ثم تقدمت وحدات من الشرطة ... وقصفت», «وسارعت طائرات هليكوبتر
  ... فقصفت») gives the verb that subject (or none when unread), not the earlier doer; a
  plural noun in «ات» («ومعسكرات قوات الحوثيين») opens no clause.
- A judging verb with its object pronoun («إثر ما اعتبرته إسرائيل خرقاً ... في عملية خطف»)
  governs the name before an event noun as «اعتبر» does: the judge did not do it; a name
  before a light verb («ونفذت إسرائيل عملية») still did.
- A meeting verb opening a «حيث» clause after a visit or an arrival (``event_where_meetings``:
  «زار فلان القاهرة حيث التقى الرئيس ...») has the person after it as the one met, and the
  visitor (when a visit was read) as its agent; with a second name or title after that
  person («حيث التقى الرئيس فلان وزير الخارجية فلان») the first is the subject as before.
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

TRIPOLI = E("City", "طرابلس", ("طرابلس",))
REPORTER = E("Person", "سامر حداد", ("سامر حداد",))
URGER = E("Person", "عمر يوسف", ("عمر يوسف",))
MINISTER = E("Person", "كريم نادر", ("كريم نادر",))
ETHIOPIA = E("Country", "إثيوبيا", ("إثيوبيا",))
TURKEY = E("Country", "تركيا", ("تركيا",))
SOMALIA = E("Country", "الصومال", ("الصومال",))
ARMY = E("GovernmentBody", "الجيش السوري", ("الجيش السوري",))
COALITION = E("ArmedGroup", "قوات التحالف", ("قوات التحالف",))
HOUTHIS = E("ArmedGroup", "الحوثيين", ("الحوثيين",))
POLICE = E("GovernmentBody", "الشرطة الاتحادية", ("الشرطة الاتحادية",))
ALEPPO = E("City", "حلب", ("حلب",))
ISRAEL = E("Country", "إسرائيل", ("إسرائيل",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
SISI = E("Person", "عبد الفتاح السيسي", ("عبد الفتاح السيسي",))
CAIRO = E("City", "القاهرة", ("القاهرة",))
ALL = [TRIPOLI, REPORTER, URGER, MINISTER, ETHIOPIA, TURKEY, SOMALIA, ARMY, COALITION,
       HOUTHIS, POLICE, ALEPPO, ISRAEL, KERRY, SISI, CAIRO]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def at(doc: Document, word: str) -> Event:
    found = [e for e in doc.events if doc.text[e.trigger_start:e.trigger_end] == word]
    assert len(found) == 1, [doc.text[e.trigger_start:e.trigger_end] for e in doc.events]
    return found[0]


# Bylines.

def test_bracketed_byline_is_no_agent() -> None:
    doc = run("وفي طرابلس (سامر حداد)، تجمع عدد من أنصار الحزب أمام السراي.")
    assert role(doc, at(doc, "تجمع"), "agent") == []


def test_unbracketed_name_after_the_place_is_still_the_agent() -> None:
    doc = run("وفي طرابلس، سامر حداد اعتصم أمام السراي.")
    assert role(doc, at(doc, "اعتصم"), "agent") == ["سامر حداد"]


def test_bracketed_name_after_a_title_is_still_the_agent() -> None:
    doc = run("وكان الناشط (سامر حداد) اعتصم أمام السراي.")
    assert role(doc, at(doc, "اعتصم"), "agent") == ["سامر حداد"]


# Urged deeds.

def test_urged_withdrawal_is_done_by_the_one_urged() -> None:
    doc = run("ودعا الرئيس السابق عمر يوسف إثيوبيا إلى سحب قواتها من الصومال.")
    assert role(doc, at(doc, "سحب"), "agent") == ["إثيوبيا"]


def test_demanded_withdrawal_with_ba_is_done_by_the_one_urged() -> None:
    doc = run("وطالب الوزير عمر يوسف تركيا بسحب قواتها من الصومال.")
    assert role(doc, at(doc, "بسحب"), "agent") == ["تركيا"]


def test_country_urging_a_country() -> None:
    doc = run("ودعت تركيا إثيوبيا إلى سحب قواتها من الصومال.")
    assert role(doc, at(doc, "سحب"), "agent") == ["إثيوبيا"]


def test_urger_alone_is_no_agent() -> None:
    doc = run("ودعا الرئيس السابق عمر يوسف إلى سحب القوات الأجنبية من الصومال.")
    assert role(doc, at(doc, "سحب"), "agent") == []


def test_decided_withdrawal_keeps_its_subject() -> None:
    doc = run("وقررت إثيوبيا سحب قواتها من الصومال.")
    assert role(doc, at(doc, "سحب"), "agent") == ["إثيوبيا"]


# Titled names behind a preposition.

def test_name_of_title_behind_lam_is_no_agent() -> None:
    doc = run("وأصدر الرئيس أوامره لوزير التموين كريم نادر بعد أن عقد اجتماعا لمجلس الوزراء.")
    assert all(role(doc, event, "agent") != ["كريم نادر"] for event in doc.events)


def test_titled_name_without_preposition_is_the_agent() -> None:
    doc = run("وعقد وزير التموين كريم نادر اجتماعا لمسؤولي الوزارة.")
    assert role(doc, at(doc, "اجتماعا"), "agent") == ["كريم نادر"]


def test_governed_titled_name_before_a_relative_clause_is_the_agent() -> None:
    doc = run("وبعث الرئيس برسالة إلى وزير التموين كريم نادر الذي عقد اجتماعا لمسؤولي الوزارة.")
    assert role(doc, at(doc, "اجتماعا"), "agent") == ["كريم نادر"]


def test_titled_name_after_a_place_phrase_is_the_agent() -> None:
    doc = run("وفي الصومال عقد وزير التموين كريم نادر اجتماعا لمسؤولي الوزارة.")
    assert role(doc, at(doc, "اجتماعا"), "agent") == ["كريم نادر"]


# A clause with its own subject before the verb.

def test_force_clause_between_gives_its_own_subject() -> None:
    doc = run("وقصف الجيش السوري مواقع المسلحين في حلب، ثم تقدمت وحدات من الشرطة الاتحادية "
              "نحو المدينة وقصفت مقار المسلحين.")
    assert role(doc, at(doc, "وقصفت"), "agent") == ["وحدات من الشرطة الاتحادية"]
    assert role(doc, at(doc, "وقصف"), "agent") == ["الجيش السوري"]


def test_unread_force_clause_leaves_no_agent() -> None:
    doc = run("وقصف الجيش السوري مواقع المسلحين في حلب، وسارعت طائرات هليكوبتر إلى المنطقة "
              "فقصفت الطرقات.")
    assert role(doc, at(doc, "فقصفت"), "agent") == []


def test_plural_noun_in_at_opens_no_clause() -> None:
    doc = run("وقصفت قوات التحالف مواقع الحوثيين ومعسكرات قوات الحوثيين في صعدة، وقتلت "
              "عشرين مسلحا.")
    assert role(doc, at(doc, "وقتلت"), "agent") == ["قوات التحالف"]


# A judging verb with its pronoun.

def test_judge_with_pronoun_did_not_do_the_deed() -> None:
    doc = run("وشنت إسرائيل حربا على المسلحين إثر ما اعتبرته إسرائيل خرقا للحدود في عملية خطف "
              "الجنديين.")
    assert role(doc, at(doc, "عملية"), "agent") == []


def test_light_verb_subject_did_the_deed() -> None:
    doc = run("ونفذت إسرائيل عملية في جنوب حلب.")
    assert role(doc, at(doc, "عملية"), "agent") == ["إسرائيل"]


# A meeting in a «حيث» clause.

def test_where_meeting_after_a_visit_is_the_visitors() -> None:
    doc = run("وزار وزير الخارجية الأمريكي جون كيري القاهرة أمس حيث التقى الرئيس عبد الفتاح "
              "السيسي.")
    meeting = at(doc, "التقى")
    assert role(doc, meeting, "agent") == ["جون كيري"]
    assert role(doc, meeting, "participant") == ["عبد الفتاح السيسي"]


def test_where_meeting_after_an_arrival_has_the_one_met_as_participant() -> None:
    doc = run("ووصل الوفد الأمريكي إلى القاهرة أمس حيث التقى الرئيس عبد الفتاح السيسي.")
    meeting = at(doc, "التقى")
    assert role(doc, meeting, "agent") == []
    assert role(doc, meeting, "participant") == ["عبد الفتاح السيسي"]


def test_where_meeting_with_its_own_object_keeps_its_subject() -> None:
    doc = run("ووصل الوفد الأمريكي إلى القاهرة أمس حيث التقى الرئيس عبد الفتاح السيسي وزير "
              "الخارجية جون كيري.")
    assert role(doc, at(doc, "التقى"), "agent") == ["عبد الفتاح السيسي"]


def test_where_meeting_with_ba_object_keeps_its_subject() -> None:
    doc = run("ووصل الوفد الأمريكي إلى القاهرة أمس حيث التقى الرئيس عبد الفتاح السيسي بأعضاء "
              "الوفد.")
    assert role(doc, at(doc, "التقى"), "agent") == ["عبد الفتاح السيسي"]
