"""Event rules for prose the first rules were not written from (issue #12), on sentences
written for the tests: a trigger filtered out by its frame, the trigger chosen, protocol
meetings and their attendees, the object of a verb of seizing."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.conftest import event_args, triggers
from tests.relations.docbuilder import E, build_doc

FRONT = E("ArmedGroup", "جبهة الأحرار", ("جبهة الأحرار",))
LEGION = E("ArmedGroup", "كتائب الفجر", ("كتائب الفجر",))
KANO = E("City", "كانو", ("كانو",))
TUNIS = E("Country", "تونس", ("تونس",), "Q948")
RABAT = E("City", "الرباط", ("الرباط",))
HOST = E("Person", "سالم الراشد", ("سالم الراشد",))
GUEST = E("Person", "يوسف الكندي", ("يوسف الكندي",))
AIDE = E("Person", "ماجد العتيبي", ("ماجد العتيبي",))
ENVOY = E("Person", "نبيل حداد", ("نبيل حداد",))
CLERK = E("Person", "هاني السعد", ("هاني السعد",))
MALTA = E("Country", "مالطا", ("مالطا",))
LEBANESE = E("Country", "لبنان", ("اللبنانية",))
ALL = [FRONT, LEGION, KANO, TUNIS, RABAT, HOST, GUEST, AIDE, ENVOY, CLERK, MALTA, LEBANESE]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-20"))


def only(doc: Document, label: str) -> Event:
    [event] = [e for e in doc.events if e.label == label]
    return event


# --- the trigger: a noun described without «الذي» ---------------------------

def test_a_verb_describing_an_indefinite_attack_noun_is_the_same_event() -> None:
    doc = run("وأدان الوزير تفجيرا انتحاريا استهدف سوقا شعبية في تونس.")
    assert triggers(doc, "Attack") == ["تفجيرا"]


def test_the_describing_verb_gives_its_object_and_place_to_the_noun() -> None:
    doc = run("ووقع انفجار ضخم استهدف جبهة الأحرار في كانو.")
    assert triggers(doc, "Attack") == ["انفجار"]
    assert event_args(doc, "Attack") == [{("target", "جبهة الأحرار"), ("location", "كانو")}]


def test_a_verb_after_a_name_is_no_description_of_the_noun_before() -> None:
    doc = run("وبعد الانفجار هاجمت جبهة الأحرار كتائب الفجر في كانو.")
    assert triggers(doc, "Attack") == ["هاجمت"]


# --- frames that report the noun ---------------------------------------------

def test_clashes_that_continued_are_reported() -> None:
    doc = run("واستمرت الاشتباكات العنيفة في محيط كانو.")
    assert event_args(doc, "MilitaryOperation") == [{("location", "كانو")}]


def test_the_subject_of_a_verb_of_inception_is_the_agent_of_its_noun() -> None:
    doc = run("وكانت جبهة الأحرار بدأت هجوما واسعا على كانو منذ أسبوع.")
    assert event_args(doc, "MilitaryOperation") == [{("agent", "جبهة الأحرار"),
                                                     ("target", "كانو")}]


def test_since_a_week_dates_the_event_but_since_an_event_is_a_tally() -> None:
    assert triggers(run("وشنت جبهة الأحرار غارات على كانو منذ يومين."), "Attack") == ["غارات"]
    assert not run("وقتلت جبهة الأحرار عشرين شخصا منذ الانتخابات.").events


def test_the_subject_of_a_continuing_verb_stands_between_it_and_the_noun() -> None:
    doc = run("فيما واصل مقاتلو جبهة الأحرار زحفهم نحو المطار في كانو.")
    assert event_args(doc, "MilitaryOperation") == [{("agent", "جبهة الأحرار"),
                                                     ("location", "كانو")}]


def test_a_definite_clash_after_another_operation_is_a_new_event() -> None:
    doc = run("وشنت جبهة الأحرار هجوما على كانو. واستمرت الاشتباكات في كانو.")
    assert triggers(doc, "MilitaryOperation") == ["هجوما", "الاشتباكات"]


def test_the_same_word_defined_again_repeats_the_event() -> None:
    doc = run("وشنت جبهة الأحرار هجوما على كانو. وأسفر الهجوم عن دمار في كانو.")
    assert triggers(doc, "MilitaryOperation") == ["هجوما"]


# --- verbs of seizing ---------------------------------------------------------

def test_a_verb_beginning_with_sin_is_no_future() -> None:
    doc = run("وسيطرت جبهة الأحرار على كانو.")
    assert event_args(doc, "MilitaryOperation") == [{("agent", "جبهة الأحرار"), ("target", "كانو")}]


def test_the_future_sin_still_makes_a_plan() -> None:
    assert not run("وستهاجم جبهة الأحرار كانو.").events


def test_the_object_seized_follows_the_subjects_own_place() -> None:
    doc = run("وسيطرت قوات جبهة الأحرار في مدينة كانو على «تلة الزيتون» أمس.")
    [args] = event_args(doc, "MilitaryOperation")
    assert ("agent", "جبهة الأحرار") in args
    assert ("target", "تلة الزيتون") in args


# --- protocol meetings --------------------------------------------------------

def test_a_protocol_meeting_reads_the_guest_after_the_hosts_titles() -> None:
    doc = run("التقى معالي الأستاذ سالم الراشد نائب رئيس المجلس الأعلى للتخطيط والتنمية "
              "ورئيس اللجنة الوطنية للشؤون الاقتصادية والمالية في الرباط مساء أمس "
              "الدكتور يوسف الكندي.")
    assert event_args(doc, "Meeting") == [{("agent", "سالم الراشد"), ("location", "الرباط"),
                                           ("participant", "يوسف الكندي")}]


def test_the_attendees_of_a_meeting_are_its_participants_but_not_their_countries() -> None:
    doc = run("استقبل سالم الراشد يوسف الكندي. "
              "وحضر اللقاء وزير الدولة عضو المجلس الدكتور ماجد العتيبي ووزير الخارجية "
              "الأستاذ نبيل حداد ورئيس البرلمان في جمهورية مالطا الأستاذ هاني السعد.")
    [args] = event_args(doc, "Meeting")
    assert {("participant", "ماجد العتيبي"), ("participant", "نبيل حداد"),
            ("participant", "هاني السعد")} <= args
    assert ("participant", "مالطا") not in args


def test_a_country_adjective_is_no_participant() -> None:
    doc = run("واجتمع سالم الراشد مع رئيس حزب الكتائب اللبنانية يوسف الكندي.")
    [args] = event_args(doc, "Meeting")
    assert ("participant", "يوسف الكندي") in args
    assert ("participant", "لبنان") not in args


# --- what is not an event -----------------------------------------------------

def test_an_operation_of_arrests_is_no_attack() -> None:
    assert not run("ونفذت جبهة الأحرار عمليات اعتقال ضد عشرات من عناصرها في كانو.").events


def test_an_operation_behind_a_support_verb_is_still_an_attack() -> None:
    doc = run("ونفذت جبهة الأحرار عمليات انتحارية في كانو.")
    assert triggers(doc, "Attack") == ["عمليات"]


def test_sending_aid_is_no_deployment() -> None:
    assert not run("وأرادت تونس إرسال سفن وطائرات تحمل مساعدات إلى مالطا.").events
    assert triggers(run("وأعلنت تونس إرسال قوات إلى مالطا."), "Deployment") == ["إرسال"]


def test_talks_aimed_at_are_no_meeting() -> None:
    assert not run("ولم تحسم تونس استعدادها للانخراط في محادثات جديدة مع مالطا.").events
    assert "اجتماع" not in triggers(run("وسعت تونس لعقد اجتماع مع مالطا."), "Meeting")
    doc = run("وعقدت تونس محادثات جديدة مع مالطا.")
    assert event_args(doc, "Meeting") == [{("agent", "تونس"), ("participant", "مالطا")}]


# --- clashes ------------------------------------------------------------------

def test_clashes_where_people_were_killed_are_reported_with_sides_as_participants() -> None:
    doc = run("وقتل عشرة مسلحين من جبهة الأحرار في مواجهات مع كتائب الفجر في مدينة كانو.")
    assert event_args(doc, "MilitaryOperation") == [{("participant", "كتائب الفجر"),
                                                     ("location", "كانو")}]


def test_the_name_before_clashes_is_no_agent() -> None:
    doc = run("وقالت جبهة الأحرار إن اشتباكات عنيفة اندلعت في كانو.")
    assert all(("agent", "جبهة الأحرار") not in args
               for args in event_args(doc, "MilitaryOperation"))


def test_clashes_with_no_harm_told_are_no_report() -> None:
    assert not run("ودعت تونس إلى تجنب مواجهات مع مالطا.").events


def test_the_area_of_the_clashes_is_a_place() -> None:
    doc = run("وقتل جنديان وتوجهت تعزيزات جبهة الأحرار إلى مناطق المواجهات شمال كانو.")
    assert triggers(doc, "MilitaryOperation") == []


def test_a_place_in_the_guests_title_is_neither_location_nor_party() -> None:
    doc = run("والتقى سالم الراشد في الرباط أمس مبعوث الاتحاد إلى مالطا الدكتور يوسف الكندي.")
    assert event_args(doc, "Meeting") == [{("agent", "سالم الراشد"), ("location", "الرباط"),
                                           ("participant", "يوسف الكندي")}]


def test_an_amount_is_no_party_to_an_agreement() -> None:
    dollar = E("Miscellaneous", "دولار", ("دولار",))
    doc = extract_relations(build_doc("ووقعت تونس اتفاقا بقيمة مليار دولار مع مالطا.",
                                      [*ALL, dollar], date="2015-07-20"))
    [args] = event_args(doc, "Agreement")
    assert ("participant", "دولار") not in args
    assert ("participant", "مالطا") in args


# --- a blockade imposed --------------------------------------------------------

def test_a_blockade_imposed_is_a_sanction_and_its_imposer_the_agent() -> None:
    doc = run("وما زالت تونس تمد جبهة الأحرار بالسلاح رغم الحصار الذي يفرضه كتائب الفجر.")
    assert event_args(doc, "Sanction") == [{("agent", "كتائب الفجر")}]
    assert not event_args(doc, "MilitaryOperation")


def test_a_siege_laid_by_troops_stays_a_military_operation() -> None:
    doc = run("وقامت جبهة الأحرار بحصار مدينة كانو.")
    assert triggers(doc, "MilitaryOperation") == ["بحصار"]


def test_the_subject_of_a_relative_clause_with_the_nouns_pronoun_is_its_agent() -> None:
    doc = run("وأدانت تونس الغارات التي شنتها جبهة الأحرار على كانو.")
    [args] = event_args(doc, "Attack")
    assert ("agent", "جبهة الأحرار") in args


def test_worshippers_counted_are_the_victims_of_a_killing() -> None:
    doc = run("وأسفر الحادث الذي نتج عنه استشهاد 28 مصليا عن حزن في تونس.")
    [killing] = [e for e in doc.events if e.label == "Killing"]
    assert killing.casualties == 28
    assert ("target", "28 مصليا") in event_args(doc, "Killing")[0]


def test_fighting_after_baad_took_place() -> None:
    doc = run("ودخلت جبهة الأحرار مدينة كانو، بعد معارك شرسة في الرباط.")
    assert ("MilitaryOperation", "معارك") in {(e.label, doc.text[e.trigger_start:e.trigger_end])
                                              for e in doc.events}
    assert {("location", "الرباط")} in event_args(doc, "MilitaryOperation")


def test_definite_fighting_after_baad_refers_back() -> None:
    doc = run("ودخلت جبهة الأحرار مدينة كانو، بعد المعارك في الرباط.")
    assert "المعارك" not in triggers(doc, "MilitaryOperation")


def test_an_entry_needs_whose_entry_it_is() -> None:
    assert not run("وزال خوف المنظمات من الدخول لمدينة كانو.").events
    doc = run("ولم نكن سعداء بدخول جبهة الأحرار إلى كانو.")
    assert {("agent", "جبهة الأحرار"), ("location", "كانو")} in event_args(doc, "Deployment")


def test_the_summit_of_football_is_no_meeting() -> None:
    assert not run("وتبقى سبعة أشهر على قمة كرة القدم في تونس.").events
