"""Agreements and sanctions, session 35 (helper h2). Made-up sentences.

- A capital that signs or reaches an agreement stands for its government
  (``event_capital_signers``).
- A name cut off from an agreement noun by a clause is no party; a treaty joined or left is no
  signing; representatives who sign for a body are no parties; a comma after a long signer is
  a pause (``event_agreement_parties``, ``event_long_signers``).
- Who faces sanctions bears them; sanctions one will face are no event (``event_sanctions``).
"""

from __future__ import annotations

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc, role

MOSCOW = E("City", "موسكو", ("موسكو",))
RUSSIA = E("Country", "روسيا", ("روسيا",))
TUNISIA = E("Country", "تونس", ("تونس",))
POWERS = E("InternationalOrganization", "القوى الكبرى", ("القوى الكبرى",))
JEDDAH = E("City", "جدة", ("جدة",))
MINISTER = E("Person", "رامي الحداد", ("رامي الحداد",))
OFFICIAL = E("Person", "سالم العتيبي", ("سالم العتيبي",))
SOCIETY = E("Organization", "الجمعية السعودية الخيرية لرعاية كبار السن",
            ("الجمعية السعودية الخيرية لرعاية كبار السن",))
BANK = E("Organization", "بنك التنمية الزراعية", ("بنك التنمية الزراعية",))
CLUB = E("Organization", "نادي الوحدة", ("نادي الوحدة",))
SHORT = E("Organization", "زراعي", ("زراعي",))
ALL = [MOSCOW, RUSSIA, TUNISIA, POWERS, JEDDAH, MINISTER, OFFICIAL, SOCIETY, BANK, CLUB, SHORT]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def deals(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Agreement"]


def sanctions(doc: Document) -> list[Event]:
    return [event for event in doc.events if event.label == "Sanction"]


# --- a capital signs for its government --------------------------------------------------

def test_a_capital_that_reaches_a_deal_is_its_country() -> None:
    doc = run("وتراجعت الأسعار عقب توصل موسكو لاتفاق تجاري مع تونس الأسبوع الماضي.")
    found = deals(doc)
    assert found
    assert role(doc, found[0], "agent") == ["موسكو"]
    agent = next(a for a in found[0].arguments if a.role == "agent")
    assert agent.entity_id == RUSSIA.id
    assert role(doc, found[0], "participant") == ["تونس"]


def test_a_capital_that_signs_is_its_country() -> None:
    doc = run("ووقعت موسكو أمس اتفاقية للتعاون الثقافي مع تونس.")
    found = deals(doc)
    assert found
    assert role(doc, found[0], "agent") == ["موسكو"]


def test_a_city_that_is_no_capital_signs_nothing() -> None:
    doc = run("وتوصلت جدة إلى اتفاق مع تونس.")
    assert all(role(doc, deal, "agent") == [] for deal in deals(doc))


# --- a name cut off by a clause ----------------------------------------------------------

def test_a_name_before_a_clause_is_no_party() -> None:
    doc = run("وسيزور الوزير رامي الحداد موسكو حيث يلتقي سالم العتيبي، وذلك بعد توقيع "
              "اتفاق تاريخي حول الملف النووي.")
    assert all("سالم العتيبي" not in role(doc, deal, "participant") for deal in deals(doc))


def test_a_genitive_pair_stays_the_parties() -> None:
    doc = run("ولفت السفير إلى اتفاق روسيا وتونس على تشكيل فريق عمل مشترك.")
    found = deals(doc)
    assert found
    assert set(role(doc, found[0], "participant")) == {"روسيا", "تونس"}


# --- a treaty joined or left -------------------------------------------------------------

def test_joining_a_treaty_is_no_signing() -> None:
    doc = run("وتفكر تونس في الانضمام إلى اتفاقية التجارة الحرة التي تقودها روسيا.")
    assert deals(doc) == []


def test_leaving_a_treaty_is_no_signing() -> None:
    doc = run("وأعلنت تونس وروسيا انسحابهما من اتفاق الصيد البحري.")
    assert deals(doc) == []


def test_a_treaty_signed_with_stays() -> None:
    doc = run("ووقعت تونس أمس اتفاقية للصيد البحري مع روسيا.")
    assert deals(doc)


# --- representatives who sign for a body -------------------------------------------------

def test_representatives_who_sign_are_no_parties() -> None:
    doc = run("وقد مثل النادي في توقيع الاتفاقية مدير الاستثمار رامي الحداد، وعن البنك "
              "مدير الفرع سالم العتيبي.")
    for deal in deals(doc):
        assert role(doc, deal, "participant") == []
        assert role(doc, deal, "agent") == []


def test_signers_named_after_a_finished_signing_stay() -> None:
    doc = run("ووقع الوزير رامي الحداد أمس اتفاقية للتعاون مع سالم العتيبي.")
    found = deals(doc)
    assert found
    assert role(doc, found[0], "agent") == ["رامي الحداد"]


# --- a comma after a long signer ---------------------------------------------------------

def test_a_comma_after_a_long_signer_keeps_the_signer() -> None:
    doc = run("أبرمت الجمعية السعودية الخيرية لرعاية كبار السن، اتفاقية تعاون مع بنك التنمية "
              "الزراعية لدعم المسنين.")
    found = deals(doc)
    assert found
    assert role(doc, found[0], "agent") == ["الجمعية السعودية الخيرية لرعاية كبار السن"]
    assert role(doc, found[0], "participant") == ["بنك التنمية الزراعية"]


def test_a_comma_before_another_clause_signs_nothing() -> None:
    doc = run("وقع الحادث قرب نادي الوحدة، اتفاقية النقل تمنع ذلك.")
    assert all(role(doc, deal, "agent") == [] for deal in deals(doc))


# --- sanctions faced ---------------------------------------------------------------------

def test_who_faces_sanctions_bears_them() -> None:
    doc = run("وتواجه روسيا عقوبات اقتصادية قاسية.")
    found = sanctions(doc)
    assert found
    assert role(doc, found[0], "target") == ["روسيا"]
    assert role(doc, found[0], "agent") == []


def test_sanctions_one_will_face_are_no_event() -> None:
    doc = run("وأفاد التقرير أن نادي الوحدة سيواجه عقوبات تصل إلى حسم النقاط إذا لم يسدد "
              "ديونه.")
    assert sanctions(doc) == []


def test_sanctions_imposed_keep_their_imposer() -> None:
    doc = run("وفرضت روسيا عقوبات جديدة على تونس أمس.")
    found = sanctions(doc)
    assert found
    assert role(doc, found[0], "agent") == ["روسيا"]
    assert role(doc, found[0], "target") == ["تونس"]


# --- what the deal grants is no party ----------------------------------------------------

def test_whom_a_deal_grants_is_no_party() -> None:
    doc = run("ووقعت روسيا أمس اتفاقية الصيد التي تمنح تونس حق الصيد في المياه الإقليمية.")
    for deal in deals(doc):
        assert "تونس" not in role(doc, deal, "participant")


def test_who_helped_reach_a_deal_stays_a_party() -> None:
    doc = run("وصادق البرلمان على الاتفاق الذي أسهمت روسيا في التوصل إليه.")
    found = deals(doc)
    assert found
    assert role(doc, found[0], "participant") == ["روسيا"]


# --- the one signer is sure ----------------------------------------------------------------

def test_the_one_signer_of_a_deal_is_its_own_agent() -> None:
    signed = run("أبرمت الجمعية السعودية الخيرية لرعاية كبار السن، اتفاقية تعاون مع بنك التنمية "
                 "الزراعية لدعم المسنين.")
    before = run("واحتفل بنك التنمية الزراعية بتوقيع اتفاقية للتعاون مع تونس.")
    assert deals(signed) and deals(before)
    assert deals(signed)[0].evidence.confidence > deals(before)[0].evidence.confidence


# --- arriving at a deal is reaching it ---------------------------------------------------

def test_who_arrives_at_a_deal_with_another_is_its_agent() -> None:
    doc = run("وعمت الفرحة الشارع لوصول تونس إلى اتفاقية مع روسيا.")
    found = deals(doc)
    assert found
    assert role(doc, found[0], "agent") == ["تونس"]
    assert role(doc, found[0], "participant") == ["روسيا"]


def test_arriving_in_a_city_is_no_deal() -> None:
    doc = run("ووصلت تونس إلى موسكو أمس.")
    assert deals(doc) == []


# --- the term of a deal made before ------------------------------------------------------

def test_the_expiry_of_a_deal_is_no_signing() -> None:
    doc = run("وعند انتهاء مدة اتفاق الصيد تغلق روسيا ملف تونس.")
    assert deals(doc) == []


# --- a deal aimed at ---------------------------------------------------------------------

def test_reaching_a_deal_as_an_aim_is_no_event() -> None:
    doc = run("وللوزير أولويتان: الأولى، التوصل إلى اتفاق تجاري مع تونس، والثانية خفض الديون.")
    assert deals(doc) == []


def test_a_deal_reached_after_a_past_frame_stays() -> None:
    doc = run("وارتفعت الأسعار عقب الإعلان أمس عن التوصل إلى اتفاق تجاري بين روسيا وتونس.")
    assert deals(doc)


def test_a_green_light_to_a_deal_is_its_approval() -> None:
    doc = run("وأعطى البرلمان الضوء الأخضر أمس للاتفاق التجاري بين روسيا وتونس.")
    assert deals(doc) == []


def test_the_signing_told_again_adds_no_representative() -> None:
    doc = run("ووقعت روسيا أمس اتفاقية للتعاون مع تونس. ووقع الاتفاقية عن روسيا الوزير رامي "
              "الحداد وعن تونس السفير سالم العتيبي.")
    found = deals(doc)
    assert found
    for deal in found:
        assert "رامي الحداد" not in role(doc, deal, "participant")
        assert "سالم العتيبي" not in role(doc, deal, "participant")


# --- a person as the party of an agreement noun --------------------------------------------

def test_a_person_read_as_a_party_of_a_deal_is_less_sure() -> None:
    person = run("ونجحت حكومة رامي الحداد في إبرام اتفاق تجاري مع تونس.")
    state = run("ونجحت روسيا في إبرام اتفاق تجاري مع تونس.")
    assert deals(person) and deals(state)
    assert "رامي الحداد" in role(person, deals(person)[0], "participant")
    assert deals(person)[0].evidence.confidence < deals(state)[0].evidence.confidence


# --- a party's short name in brackets --------------------------------------------------------

def test_a_bracketed_short_name_is_the_same_party() -> None:
    doc = run("أبرمت الجمعية السعودية الخيرية لرعاية كبار السن، اتفاقية تعاون مع بنك التنمية "
              "الزراعية (زراعي) لدعم المسنين.")
    found = deals(doc)
    assert found
    assert role(doc, found[0], "participant") == ["بنك التنمية الزراعية"]


# --- in accord with ------------------------------------------------------------------------

def test_a_deed_done_in_accord_with_someone_is_no_deal() -> None:
    doc = run("وحددت روسيا موعد الانتخابات المحلية بالاتفاق مع تونس.")
    assert deals(doc) == []


def test_a_syndication_footer_is_no_deal() -> None:
    doc = run("ووقعت روسيا أمس اتفاقية للتعاون مع تونس.\n* بالاتفاق مع «نادي الوحدة»")
    found = deals(doc)
    assert len(found) == 1
    assert "نادي الوحدة" not in role(doc, found[0], "participant")


def test_welcoming_the_reaching_of_a_deal_keeps_it() -> None:
    doc = run("ورحبت تونس بالتوصل إلى اتفاق تجاري بين روسيا والقوى الكبرى.")
    assert deals(doc)
