"""Non-violent events, session 21 (evcivil21): a visit told by its possessive pronoun
(«غادر الرئيس فلان بعد زيارته»), sanctions borne by the name before them («تواجه روسيا عقوبات
مفروضة عليها»: the target, not the agent), an agreement signed by a pair of sides («وقّع
البلدان اتفاقية»), a definite sanction noun that repeats an older mention, and the subject
between «كان» and «قد» («وكان الرئيس فلان قد التقى الملك»)."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import events_of
from tests.relations.docbuilder import E, build_doc, role

IRAN = E("Country", "إيران", ("إيران",))
RUSSIA = E("Country", "روسيا", ("روسيا",))
CUBA = E("Country", "كوبا", ("كوبا",))
USA = E("Country", "الولايات المتحدة", ("الولايات المتحدة",))
EU = E("Organization", "الاتحاد الأوروبي", ("الاتحاد الأوروبي",))
SHARIF = E("Person", "نواز شريف", ("نواز شريف",))
JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
COUNCIL = E("Organization", "مجلس الأمن", ("مجلس الأمن",))
JEDDAH = E("City", "جدة", ("جدة",))
PARIS = E("City", "باريس", ("باريس",))
RIYADH = E("City", "الرياض", ("الرياض",))
ALL = [IRAN, RUSSIA, CUBA, USA, EU, SHARIF, JUBEIR, COUNCIL, JEDDAH, PARIS, RIYADH]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


# --- a visit told by its possessive pronoun ------------------------------------------------

def test_visit_after_time_word_is_the_subjects() -> None:
    doc = run("وغادر رئيس الوزراء الباكستاني نواز شريف بعد زيارته للمملكة.")
    visits = events_of(doc, "Visit")
    assert len(visits) == 1
    assert role(doc, visits[0], "agent") == ["نواز شريف"]


def test_visit_told_as_the_time_of_a_statement() -> None:
    doc = run("وأكد وزير الخارجية عادل الجبير خلال زيارته لباريس أن المملكة تدعم الحل السياسي.")
    visits = events_of(doc, "Visit")
    assert len(visits) == 1
    assert role(doc, visits[0], "agent") == ["عادل الجبير"]


def test_visit_pronoun_with_no_clear_antecedent_is_no_event() -> None:
    doc = run("وانتقد النواب الحكومة بسبب زيارتها المرتقبة إلى إيران.")
    assert events_of(doc, "Visit") == []


# --- sanctions lifted from a state; a definite repeat folds past a background mention -----

def test_sanctions_lifted_from_a_named_state_are_its_sanction() -> None:
    # Session 36 (h6): the blind dev gold reads sanctions lifted or eased from a named state
    # («لرفع العقوبات الدولية التي تخنق الاقتصاد الإيراني», «ترفع العقوبات عن إيران») as the
    # Sanction on it (``event_lifted_sanctions``); this test said none before.
    doc = run("وتبنى مجلس الأمن قرارا يمهد الطريق أمام رفع العقوبات الدولية عن إيران.")
    assert [role(doc, event, "target") for event in events_of(doc, "Sanction")] == [["إيران"]]


def test_siege_lifted_stays_no_event() -> None:
    doc = run("وطالب الأهالي برفع الحصار عن المدينة.")
    assert not doc.events


def test_definite_sanctions_told_again_fold_past_a_background_mention() -> None:
    doc = run("وفرضت الولايات المتحدة أمس عقوبات على إيران. وتضمنت سبعة قرارات منذ 2006 "
              "عقوبات على إيران. وقال الخبراء إن العقوبات على إيران ستضر باقتصادها.")
    current = [e for e in events_of(doc, "Sanction") if not e.historical]
    assert len(current) == 1


# --- sanctions borne by the name before them -----------------------------------------------

def test_sanctions_imposed_on_her_make_the_name_before_the_target() -> None:
    doc = run("وتواجه روسيا صعوبات ناتجة عن عقوبات غربية مفروضة عليها بسبب أوكرانيا.")
    sanctions = events_of(doc, "Sanction")
    assert len(sanctions) == 1
    assert role(doc, sanctions[0], "target") == ["روسيا"]
    assert role(doc, sanctions[0], "agent") == []


def test_critic_of_sanctions_imposed_on_another_is_no_agent() -> None:
    doc = run("وانتقدت روسيا العقوبات المفروضة على إيران.")
    sanctions = events_of(doc, "Sanction")
    assert len(sanctions) == 1
    assert role(doc, sanctions[0], "agent") == []
    assert role(doc, sanctions[0], "target") == ["إيران"]


def test_imposer_of_sanctions_stays_the_agent() -> None:
    doc = run("وفرضت الولايات المتحدة عقوبات على روسيا.")
    sanctions = events_of(doc, "Sanction")
    assert len(sanctions) == 1
    assert role(doc, sanctions[0], "agent") == ["الولايات المتحدة"]
    assert role(doc, sanctions[0], "target") == ["روسيا"]


# --- an agreement signed by a pair of sides ------------------------------------------------

def test_agreement_signed_by_the_two_countries() -> None:
    doc = run("ووقع البلدان اتفاقية للتعاون الأمني أمس في الرياض.")
    agreements = events_of(doc, "Agreement")
    assert len(agreements) == 1
    assert role(doc, agreements[0], "agent") == []


def test_agreement_concluded_by_the_two_sides() -> None:
    doc = run("وأبرم الجانبان اتفاقا لتبادل الخبرات.")
    assert len(events_of(doc, "Agreement")) == 1


def test_pair_that_only_speaks_of_an_agreement_is_no_event() -> None:
    doc = run("وقال البلدان إن الاتفاقية مهمة.")
    assert events_of(doc, "Agreement") == []


def test_planned_signing_by_the_pair_is_no_event() -> None:
    doc = run("ومن المقرر أن يوقع البلدان اتفاقية للتعاون.")
    assert events_of(doc, "Agreement") == []


def test_negated_signing_by_the_pair_is_no_event() -> None:
    doc = run("ولم يوقع الطرفان اتفاقا حتى الآن.")
    assert events_of(doc, "Agreement") == []


def test_people_agreeing_on_something_is_no_agreement() -> None:
    doc = run("واتفق كثير من الأهالي في الرياض على أهمية الاحتفال بالعيد.")
    assert events_of(doc, "Agreement") == []


def test_planned_imposition_stays_no_event() -> None:
    doc = run("ومن المقرر فرض عقوبات على روسيا.")
    assert events_of(doc, "Sanction") == []


# --- the subject between «كان» and «قد» --------------------------------------------------

KERRY = E("Person", "جون كيري", ("جون كيري",))
OBAMA = E("Person", "باراك أوباما", ("باراك أوباما",))
SALMAN = E("Person", "سلمان بن عبدالعزيز", ("سلمان",))
CAIRO = E("City", "القاهرة", ("القاهرة",))


def run_was(text: str) -> Document:
    return extract_relations(build_doc(text, [*ALL, KERRY, OBAMA, SALMAN, CAIRO],
                                       date="2015-07-21"))


def test_titled_subject_before_qad_is_the_visitor() -> None:
    doc = run_was("وكان وزير الخارجية الأمريكي جون كيري قد زار القاهرة في مايو الماضي.")
    visits = events_of(doc, "Visit")
    assert len(visits) == 1
    assert role(doc, visits[0], "agent") == ["جون كيري"]


def test_name_after_the_pluperfect_meeting_verb_is_its_object() -> None:
    doc = run_was("وكان الرئيس الأمريكي باراك أوباما قد التقى الملك سلمان في واشنطن.")
    meetings = events_of(doc, "Meeting")
    assert len(meetings) == 1
    assert role(doc, meetings[0], "agent") == ["باراك أوباما"]


def test_pluperfect_with_no_subject_between_keeps_the_subject_after() -> None:
    doc = run_was("وكان قد زار جون كيري القاهرة.")
    visits = events_of(doc, "Visit")
    assert len(visits) == 1
    assert role(doc, visits[0], "agent") == ["جون كيري"]


# --- contracts, deals and memoranda, only where signed ------------------------------------

MOH = E("GovernmentBody", "وزارة الصحة", ("وزارة الصحة",))
MOE = E("GovernmentBody", "وزارة التعليم", ("وزارة التعليم",))
ARAMCO = E("Organization", "أرامكو السعودية", ("أرامكو السعودية", "أرامكو"))
SAMSUNG = E("Organization", "سامسونج", ("سامسونج",))


def run_docs(text: str) -> Document:
    return extract_relations(build_doc(text, [*ALL, MOH, MOE, ARAMCO, SAMSUNG, JUBEIR],
                                       date="2015-07-21"))


def test_contract_signed_by_one_company_is_its_agreement() -> None:
    doc = run_docs("وقعت أرامكو السعودية عقدا مع سامسونج لبناء مصفاة جديدة.")
    agreements = events_of(doc, "Agreement")
    assert len(agreements) == 1
    assert role(doc, agreements[0], "agent") == ["أرامكو السعودية"]


def test_memorandum_of_understanding_signed_by_two_ministries() -> None:
    doc = run_docs("وقعت وزارة الصحة ووزارة التعليم مذكرة تفاهم لتطوير البرامج الصحية.")
    agreements = events_of(doc, "Agreement")
    assert len(agreements) == 1
    assert role(doc, agreements[0], "agent") == []


def test_contract_verb_of_holding_a_meeting_is_no_agreement() -> None:
    doc = run_docs("عقد عادل الجبير اجتماعا مع وزارة الصحة أمس.")
    assert events_of(doc, "Agreement") == []


def test_decades_are_no_contracts() -> None:
    doc = run_docs("وتعاني وزارة الصحة من نقص الأطباء منذ عقود.")
    assert events_of(doc, "Agreement") == []


def test_memo_without_understanding_is_no_agreement() -> None:
    doc = run_docs("ووقع عادل الجبير مذكرة إلى وزارة الصحة.")
    assert events_of(doc, "Agreement") == []


def test_deal_that_is_only_priced_is_no_event() -> None:
    doc = run_docs("وانتقل اللاعب إلى سامسونج في صفقة بلغت 27 مليون ريال.")
    assert events_of(doc, "Agreement") == []


def test_contract_behind_a_prepositional_phrase_is_not_signed() -> None:
    doc = run_docs("وكان اللاعب قد وقع لسامسونج بنظام شراء العقد من أرامكو السعودية.")
    assert events_of(doc, "Agreement") == []


# --- receptions of well-wishers and mourners: less sure ------------------------------------

FAISAL = E("Person", "فيصل بن بندر", ("فيصل بن بندر",))
LAVROV = E("Person", "سيرغي لافروف", ("سيرغي لافروف",))


def run_meet(text: str) -> Document:
    return extract_relations(build_doc(text, [*ALL, FAISAL, LAVROV], date="2015-07-21"))


def test_reception_of_mourners_is_less_sure_than_a_meeting() -> None:
    ceremony = events_of(run_meet("استقبل الأمير فيصل بن بندر في مكتبه بقصر الحكم أمس المعزين في "
                                  "وفاة الفقيد."), "Meeting")
    meeting = events_of(run_meet("استقبل الأمير فيصل بن بندر في مكتبه بقصر الحكم أمس "
                                 "سيرغي لافروف."), "Meeting")
    assert ceremony and meeting
    assert ceremony[0].evidence.confidence < meeting[0].evidence.confidence


def test_reception_of_well_wishers_keeps_its_host() -> None:
    doc = run_meet("استقبل الأمير فيصل بن بندر بمقر الإمارة في الرياض أمس جموع المهنئين.")
    meetings = events_of(doc, "Meeting")
    assert len(meetings) == 1
    assert role(doc, meetings[0], "agent") == ["فيصل بن بندر"]
