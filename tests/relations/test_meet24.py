"""Meetings and visits, session 24 (meet24): the guest of a verb of meeting or visiting is
no agent («والتقى بالملك فلان», «اجتمع بوزير الخارجية فلان», «زار ... والتقى بالملك فلان»),
nor is the body that organises or hosts a gathering named by a noun («نظمت الجمعية لقاء
المعايدة»); the host of «التقى فلان ...», the visitor of «زار فلان ...» and the holder of
«عقد فلان اجتماعاً» keep their agent."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import events_of
from tests.relations.docbuilder import E, build_doc, role

KING = E("Person", "عبدالله الثاني", ("عبدالله الثاني",))
SALMAN = E("Person", "سلمان بن عبدالعزيز", ("سلمان",))
SISI = E("Person", "عبدالفتاح السيسي", ("عبدالفتاح السيسي",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
MARWANI = E("Person", "عبدالله المرواني", ("عبدالله المرواني",))
JORDAN = E("Country", "الأردن", ("الأردن",))
CAIRO = E("City", "القاهرة", ("القاهرة",))
RIYADH = E("City", "الرياض", ("الرياض",))
PARIS = E("City", "باريس", ("باريس",))
JEDDAH = E("City", "جدة", ("جدة",))
CHARITY = E("Organization", "جمعية البر الخيرية", ("جمعية البر الخيرية",))
CULTURE = E("GovernmentBody", "وزارة الثقافة", ("وزارة الثقافة",))
CHAMBER = E("Organization", "الغرفة التجارية", ("الغرفة التجارية",))
FAISAL = E("Person", "فيصل بن بندر", ("فيصل بن بندر",))
SAUD = E("Person", "سعود الفيصل", ("سعود الفيصل",))
ASSAF = E("Person", "إبراهيم العساف", ("إبراهيم العساف",))
HADI = E("Person", "عبدربه منصور هادي", ("عبدربه منصور هادي",))
OBAMA = E("Person", "باراك أوباما", ("باراك أوباما",))
RUSSIA = E("Country", "روسيا", ("روسيا",))
PUTIN = E("Person", "فلاديمير بوتين", ("فلاديمير بوتين",))
OPPOSITION = E("Organization", "المعارضة السورية", ("المعارضة السورية",))
ALL = [KING, SALMAN, SISI, KERRY, JUBEIR, MARWANI, JORDAN, CAIRO, RIYADH, PARIS, JEDDAH,
       CHARITY, CULTURE, CHAMBER, FAISAL, SAUD, ASSAF, HADI, OBAMA, RUSSIA, PUTIN, OPPOSITION]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def agents(doc: Document, label: str) -> list[str]:
    return [name for event in events_of(doc, label) for name in role(doc, event, "agent")]


# --- the guest behind a preposition, or past a second verb of meeting -------------------

def test_king_met_in_the_next_clause_is_not_the_visitor() -> None:
    doc = run("وزار الوزير الأردن أمس والتقى بالملك عبدالله الثاني.")
    assert "عبدالله الثاني" not in agents(doc, "Visit")
    assert "عبدالله الثاني" not in agents(doc, "Meeting")


def test_king_met_is_the_participant_of_the_meeting() -> None:
    doc = run("وزار الوزير الأردن أمس والتقى بالملك عبدالله الثاني.")
    participants = [n for e in events_of(doc, "Meeting") for n in role(doc, e, "participant")]
    assert "عبدالله الثاني" in participants


def test_counterpart_behind_bi_with_title_is_not_the_host() -> None:
    doc = run("وكان الوزير قد زار القاهرة الشهر الماضي والتقى خلالها بالرئيس عبدالفتاح "
              "السيسي.")
    assert "عبدالفتاح السيسي" not in agents(doc, "Visit")
    assert "عبدالفتاح السيسي" not in agents(doc, "Meeting")


def test_minister_behind_bi_with_long_title_is_the_guest() -> None:
    doc = run("واجتمع المسؤول في باريس بوزير الخارجية الأمريكي جون كيري.")
    assert "جون كيري" not in agents(doc, "Meeting")


# --- the organiser of a gathering --------------------------------------------------------

def test_charity_organising_an_eid_gathering_is_no_agent() -> None:
    doc = run("ونظمت جمعية البر الخيرية لقاء المعايدة السنوي في جدة.")
    assert "جمعية البر الخيرية" not in agents(doc, "Meeting")


def test_ministry_organising_a_meeting_is_no_agent() -> None:
    doc = run("ونظمت وزارة الثقافة اجتماعا تشاوريا للمثقفين في جدة.")
    assert "وزارة الثقافة" not in agents(doc, "Meeting")
    assert events_of(doc, "Meeting") == []  # no party named: no meeting at all


def test_chamber_hosting_a_meeting_is_no_agent() -> None:
    doc = run("وأقامت الغرفة التجارية لقاء لرجال الأعمال مع وفد صيني في جدة.")
    assert "الغرفة التجارية" not in agents(doc, "Meeting")


# --- must not fire ------------------------------------------------------------------------

def test_host_right_after_the_verb_keeps_the_agent() -> None:
    doc = run("التقى الرئيس المصري عبدالفتاح السيسي أمس في القاهرة وزير الخارجية الأمريكي "
              "جون كيري.")
    assert agents(doc, "Meeting") == ["عبدالفتاح السيسي"]


def test_visitor_named_before_the_meeting_clause_keeps_the_agent() -> None:
    doc = run("زار وزير الخارجية الأمريكي جون كيري الرياض أمس والتقى بالملك سلمان.")
    assert agents(doc, "Visit") == ["جون كيري"]


def test_visitor_with_prepositions_inside_his_title_keeps_the_agent() -> None:
    doc = run("زار مدير إدارة التوعية الدينية بالمديرية العامة للشؤون الصحية بمنطقة المدينة "
              "المنورة الشيخ عبدالله المرواني مرضى المستشفى أمس.")
    assert agents(doc, "Visit") == ["عبدالله المرواني"]


def test_holding_a_meeting_is_taking_part() -> None:
    doc = run("وعقد وزير الخارجية عادل الجبير اجتماعا مع نظيره الأمريكي جون كيري في باريس.")
    assert "عادل الجبير" in agents(doc, "Meeting")


# --- a hope, a wish or a readiness: a prospect, no event ---------------------------------

def test_hope_to_meet_is_no_meeting() -> None:
    doc = run("وأعرب الرئيس عبدالفتاح السيسي عن أمله في لقاء الملك سلمان قريبا.")
    assert events_of(doc, "Meeting") == []


def test_wish_to_visit_is_no_visit() -> None:
    doc = run("وأبدى وزير الخارجية الأمريكي جون كيري رغبته في زيارة الرياض.")
    assert events_of(doc, "Visit") == []


def test_hope_after_a_meeting_keeps_the_meeting() -> None:
    doc = run("والتقى الرئيس المصري عبدالفتاح السيسي في القاهرة وزير الخارجية الأمريكي جون "
              "كيري، وأعرب عن أمله في تعزيز العلاقات.")
    assert agents(doc, "Meeting") == ["عبدالفتاح السيسي"]


# --- the one stood in for, and the dead mourned, are no parties ---------------------------

def test_king_stood_in_for_and_prince_mourned_are_no_participants() -> None:
    doc = run("استقبل الأمير فيصل بن بندر نيابة عن الملك سلمان المعزين في وفاة الأمير سعود "
              "الفيصل.")
    found = events_of(doc, "Meeting")
    assert agents(doc, "Meeting") == ["فيصل بن بندر"]
    participants = [n for e in found for n in role(doc, e, "participant")]
    assert "سلمان" not in participants
    assert "سعود الفيصل" not in participants


def test_signer_after_the_one_stood_in_for_is_kept() -> None:
    doc = run("ووقع الاتفاقية نيابة عن الحكومة السعودية وزير المالية إبراهيم العساف.")
    parties = [n for e in events_of(doc, "Agreement")
               for n in role(doc, e, "participant") + role(doc, e, "agent")]
    assert "إبراهيم العساف" in parties


def test_guest_of_a_reception_is_kept() -> None:
    doc = run("واستقبل الملك سلمان في الرياض أمس الرئيس اليمني عبدربه منصور هادي.")
    participants = [n for e in events_of(doc, "Meeting") for n in role(doc, e, "participant")]
    assert "عبدربه منصور هادي" in participants


# --- a reported clause told subject first: «ذكرت الوكالة أن الملك فلان استقبل فلاناً» ------

def test_subject_before_the_verb_after_that_is_the_host() -> None:
    doc = run("وذكرت وكالة الأنباء أن الملك سلمان استقبل الرئيس اليمني عبدربه منصور هادي في "
              "الرياض.")
    assert agents(doc, "Meeting") == ["سلمان"]
    participants = [n for e in events_of(doc, "Meeting") for n in role(doc, e, "participant")]
    assert "عبدربه منصور هادي" in participants


def test_visitor_named_after_bi_anna_is_the_agent_and_sure() -> None:
    doc = run("وأفادت الوكالة بأن الرئيس المصري عبدالفتاح السيسي زار الرياض أمس.")
    visits = events_of(doc, "Visit")
    assert agents(doc, "Visit") == ["عبدالفتاح السيسي"]
    assert visits[0].evidence.confidence >= 0.8


def test_denied_meeting_is_no_event() -> None:
    doc = run("ونفت الوزارة أن يكون وزير الخارجية عادل الجبير قد التقى نظيره الأمريكي جون "
              "كيري.")
    assert events_of(doc, "Meeting") == []


def test_expected_visit_gets_no_sure_agent() -> None:
    doc = run("وتوقع المراقبون أن الرئيس المصري عبدالفتاح السيسي زار الرياض سرا.")
    assert all(e.evidence.confidence < 0.8 for e in events_of(doc, "Visit"))


def test_subject_opening_the_that_clause_past_a_time_phrase_is_the_host() -> None:
    doc = run("وذكر أن الرئيس الأمريكي باراك أوباما خلال زيارته للرياض التقى الملك عبدالله "
              "الثاني.")
    assert "عبدالله الثاني" not in agents(doc, "Meeting")


def test_person_past_a_relative_clause_is_not_the_visitor() -> None:
    doc = run("وقال إن زيارة الرئيس للرياض التي التقى خلالها الملك عبدالله الثاني كانت "
              "ناجحة.")
    assert "عبدالله الثاني" not in agents(doc, "Visit")


def test_visitor_named_after_the_visit_noun_is_kept() -> None:
    doc = run("وتأتي زيارة وزير الخارجية الأمريكي جون كيري للرياض بعد أسبوع من المحادثات.")
    assert agents(doc, "Visit") == ["جون كيري"]


def test_hope_with_its_subject_between_is_no_visit() -> None:
    doc = run("ويأمل الرئيس المصري عبدالفتاح السيسي في زيارة الرياض قبل نهاية العام.")
    assert events_of(doc, "Visit") == []


def test_visit_hoped_to_bear_fruit_is_not_made_a_prospect_by_the_hope() -> None:
    doc = run("وقال الرئيس المصري عبدالفتاح السيسي إنه زار الرياض أمس، ويأمل أن تثمر "
              "محادثاته.")
    assert len(events_of(doc, "Visit")) == 1  # the hope comes after, in its own clause


# --- the place visited is not the host of the talks that follow ---------------------------

def test_talks_after_a_visit_are_the_visitors_not_the_places() -> None:
    doc = run("وزار وزير الخارجية عادل الجبير روسيا أمس وأجرى محادثات مع الرئيس فلاديمير "
              "بوتين.")
    assert "روسيا" not in agents(doc, "Meeting")


def test_country_holding_a_meeting_in_its_own_sentence_keeps_the_agent() -> None:
    doc = run("وزار وزير الخارجية عادل الجبير موسكو أمس. وعقدت روسيا اجتماعا مع المعارضة "
              "السورية.")
    assert "روسيا" in agents(doc, "Meeting")


def test_crown_prince_told_subject_first_is_the_sure_host() -> None:
    doc = run("وأوضحت الوكالة أن ولي العهد الأمير فيصل بن بندر استقبل في مكتبه أمس وزير "
              "الخارجية الأمريكي جون كيري.")
    assert agents(doc, "Meeting") == ["فيصل بن بندر"]
    assert events_of(doc, "Meeting")[0].evidence.confidence >= 0.8
