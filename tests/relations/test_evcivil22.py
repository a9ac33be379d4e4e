"""Non-violent events, session 22 (evcivil22): a meeting told by its possessive pronoun
(«أكد الوزير فلان خلال لقائه نظيره»): the pronoun is the host, read only where the clause's
subject is right before the time word and a person or a title met follows the noun; an
interview or a gathering («خلال لقائه مع قناة», «لقائه بالصحفيين», «لقائه الأسبوعي») is no
meeting of actors."""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

JUBEIR = E("Person", "عادل الجبير", ("عادل الجبير",))
KERRY = E("Person", "جون كيري", ("جون كيري",))
PUTIN = E("Person", "فلاديمير بوتين", ("فلاديمير بوتين",))
SISI = E("Person", "عبدالفتاح السيسي", ("عبدالفتاح السيسي",))
ARABIYA = E("Organization", "قناة العربية", ("قناة العربية",))
ALL = [JUBEIR, KERRY, PUTIN, SISI, ARABIYA]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2015-07-21"))


def meetings(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.label == "Meeting"]


def test_meeting_told_as_the_time_of_a_statement() -> None:
    doc = run("وقال وزير الخارجية عادل الجبير خلال لقائه وزير الخارجية الأمريكي جون كيري "
              "إن المملكة تدعم الحل السياسي.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["عادل الجبير"]
    assert role(doc, found[0], "target") == []


def test_meeting_with_a_counterpart_after_time_word() -> None:
    doc = run("وقال الرئيس الروسي فلاديمير بوتين بعد لقائه بنظيره المصري عبدالفتاح السيسي "
              "إن البلدين متفقان.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["فلاديمير بوتين"]


def test_meeting_with_the_person_after_maa() -> None:
    doc = run("وأكد الوزير عادل الجبير خلال لقائه مع جون كيري أن المحادثات إيجابية.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["عادل الجبير"]


def test_interview_with_a_channel_is_no_meeting() -> None:
    doc = run("وقال الوزير عادل الجبير خلال لقائه مع قناة العربية إن المنطقة آمنة.")
    assert meetings(doc) == []


def test_meeting_with_journalists_is_no_meeting() -> None:
    doc = run("وأوضح الوزير عادل الجبير خلال لقائه بالصحفيين أن الزيارة ناجحة.")
    assert meetings(doc) == []


def test_weekly_gathering_is_no_meeting() -> None:
    doc = run("وأكد الوزير عادل الجبير خلال لقائه الأسبوعي أن الحكومة مستمرة.")
    assert meetings(doc) == []


def test_pronoun_with_no_clear_antecedent_is_no_meeting() -> None:
    doc = run("وانتقد النواب الحكومة بسبب لقائها وزير الخارجية جون كيري.")
    assert meetings(doc) == []


# --- an event noun recalled as famous, or tied by «إبّان» to an era, is background ----------

LEAGUE = E("Organization", "جامعة الدول العربية", ("جامعة الدول العربية",))


def run_league(text: str) -> Document:
    return extract_relations(build_doc(text, [*ALL, LEAGUE], date="2015-07-21"))


def test_famous_meeting_is_historical() -> None:
    doc = run_league("وردّ الأمير على كلمة الرئيس الروسي في اجتماع جامعة الدول العربية الشهير.")
    found = meetings(doc)
    assert found and all(e.historical for e in found)


def test_meeting_in_an_era_is_historical() -> None:
    doc = run_league("وشارك الوزير في اجتماع جامعة الدول العربية إبّان الحرب الأهلية اللبنانية.")
    found = meetings(doc)
    assert found and all(e.historical for e in found)


def test_meeting_without_mark_is_news() -> None:
    doc = run_league("وشارك الوزير في اجتماع جامعة الدول العربية أمس.")
    found = meetings(doc)
    assert len(found) == 1 and not found[0].historical


def test_famous_mark_beyond_the_clause_is_not_read() -> None:
    doc = run_league("وشارك الوزير في اجتماع جامعة الدول العربية، وقال إن الخطاب الشهير مؤثر.")
    found = meetings(doc)
    assert len(found) == 1 and not found[0].historical


# --- talks told by «بحث X مع Y» -----------------------------------------------------------

NAIF = E("Person", "محمد بن نايف", ("محمد بن نايف",))


def run_talks(text: str) -> Document:
    return extract_relations(build_doc(text, [*ALL, NAIF], date="2015-07-21"))


def test_talks_with_a_counterpart_are_a_meeting() -> None:
    doc = run_talks("وبحث وزير الخارجية عادل الجبير مع نظيره الأمريكي جون كيري العلاقات الثنائية.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["عادل الجبير"]
    assert role(doc, found[0], "target") == []
    assert found[0].evidence.confidence < 0.85  # a construction less tried than «التقى»


def test_talks_under_a_compound_title() -> None:
    doc = run_talks("بحث ولي العهد الأمير محمد بن نايف مع جون كيري تطورات المنطقة.")
    found = meetings(doc)
    assert len(found) == 1
    assert role(doc, found[0], "agent") == ["محمد بن نايف"]


def test_searching_for_is_no_meeting() -> None:
    doc = run_talks("بحث الباحثون عن حلول جديدة للمشكلة مع الطلاب.")
    assert meetings(doc) == []


def test_research_noun_is_no_meeting() -> None:
    doc = run_talks("وتم بحث سبل التعاون مع الوزير عادل الجبير خلال الزيارة.")
    assert meetings(doc) == []


def test_talks_with_no_party_met_are_no_meeting() -> None:
    doc = run_talks("وبحث الوزير عادل الجبير الأوضاع في المنطقة.")
    assert meetings(doc) == []


def test_present_tense_talks_are_no_meeting() -> None:
    doc = run_talks("ويبحث الوزير عادل الجبير مع نظيره جون كيري الأزمة الأسبوع المقبل.")
    assert meetings(doc) == []


# --- a civil event noun in construct with a definite noun refers back --------------------

ARAMCO = E("Organization", "أرامكو", ("أرامكو",))
SAMSUNG = E("Organization", "سامسونج", ("سامسونج",))


def agreements(text: str) -> list[Event]:
    doc = extract_relations(build_doc(text, [*ALL, ARAMCO, SAMSUNG], date="2015-07-21"))
    return [e for e in doc.events if e.label == "Agreement"]


def test_agreement_in_definite_construct_repeats_the_signed_one() -> None:
    found = agreements("ووقعت أرامكو وسامسونج اتفاقية للتعاون الصناعي في جدة أمس. "
                       "وعبر رئيس أرامكو عن سروره بتوقيع اتفاقية الشراكة مع سامسونج.")
    assert len(found) == 1


def test_agreement_in_definite_construct_signed_anew_is_another() -> None:
    found = agreements("ووقعت أرامكو وسامسونج اتفاقية للتعاون الصناعي في جدة أمس. "
                       "ووقعت أرامكو اتفاقية التدريب المهني مع سامسونج.")
    assert len(found) == 2


# --- «منذ/قبل/خلال (قرابة) عامين»: two years back is background -----------------------------

def test_talks_over_about_two_years_are_historical() -> None:
    doc = run("ووافقت إيران على الخطة خلال قرابة عامين من المحادثات مع جون كيري.")
    found = meetings(doc)
    assert found and all(e.historical for e in found)


def test_meeting_two_years_ago_is_historical() -> None:
    doc = run("وكان الوزير عادل الجبير قد التقى جون كيري قبل عامين في الرياض.")
    found = meetings(doc)
    assert found and all(e.historical for e in found)


def test_meeting_yesterday_is_not_historical() -> None:
    doc = run("والتقى الوزير عادل الجبير أمس جون كيري في الرياض.")
    found = meetings(doc)
    assert len(found) == 1 and not found[0].historical
