"""Stance recall on unseen news, session 33. Made-up sentences.

- «أعرب الدكتور X الأمين العام لمجلس التعاون ... عن استغرابه من ...»: a stance word inside
  a name («التعاون» of «مجلس التعاون») between the light verb and its noun is part of the
  subject, it does not end the search for the verb (``stance_subjects.light_verb``).
- «هنأ X ولي العهد السعودي الأمير Y بـ ...», «انتقد X وزير الداخلية الأمير Y»: a person
  named after a title right after the subject (a compound head such as «ولي العهد», the
  name's honorific «الأمير» between) is the object (``stance_subject_titles``,
  ``stance_trailing_titles``); «وأدان X ولي العهد الكويتي» alone names no object.
"""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

SECRETARY = E("Person", "سالم بن راشد العتيبي", ("سالم بن راشد العتيبي",))
COUNCIL = E("InternationalOrganization", "مجلس التعاون لدول الخليج العربية",
            ("مجلس التعاون لدول الخليج العربية",))
IRAN = E("Country", "إيران", ("الإيرانية", "إيران"))
MINISTER = E("Person", "ناصر خالد الصباح", ("ناصر خالد الصباح",))
PRINCE = E("Person", "فيصل بن سعد بن عبدالعزيز", ("فيصل بن سعد بن عبدالعزيز",))
KUWAIT = E("Country", "الكويت", ("الكويتي",))
SAUDI = E("Country", "السعودية", ("السعودي",))
ALL = [SECRETARY, COUNCIL, IRAN, MINISTER, PRINCE, KUWAIT, SAUDI]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ALL, date="2024-05-02"))


def stances(doc: Document, kind: str) -> list[tuple[str, str]]:
    names = {e.id: e.name for e in doc.entities}
    return [(names.get(r.subject_id, ""), names.get(r.object_id, r.object_id))
            for r in doc.relations if r.kind == kind]


def test_a_stance_word_inside_the_subjects_body_does_not_hide_the_light_verb() -> None:
    doc = run("أعرب الدكتور سالم بن راشد العتيبي الأمين العام لمجلس التعاون لدول الخليج "
              "العربية عن استغرابه من تصريحات القيادات الإيرانية الأخيرة.")
    assert [holder for holder, _ in stances(doc, "criticizes")] == ["سالم بن راشد العتيبي"]


def test_a_stance_word_outside_any_name_still_ends_the_search() -> None:
    doc = run("أعرب الدكتور سالم بن راشد العتيبي عن ترحيبه بالتعاون مع الجانب الكويتي "
              "وعن استغرابه من التأخير.")
    assert stances(doc, "criticizes") == []


def test_a_person_named_after_a_compound_title_is_the_object() -> None:
    doc = run("هنأ الشيخ ناصر خالد الصباح ولي العهد السعودي الأمير فيصل بن سعد بن عبدالعزيز "
              "بالإنجازات الأمنية الأخيرة.")
    assert stances(doc, "praises") == [("ناصر خالد الصباح", "فيصل بن سعد بن عبدالعزيز")]


def test_the_names_honorific_after_a_title_is_read_past() -> None:
    doc = run("انتقد الشيخ ناصر خالد الصباح وزير الداخلية السعودي الأمير فيصل بن سعد بن "
              "عبدالعزيز.")
    assert stances(doc, "criticizes") == [("ناصر خالد الصباح", "فيصل بن سعد بن عبدالعزيز")]


def test_a_long_title_before_the_named_object_is_read_past() -> None:
    doc = run("هنأ الشيخ ناصر خالد الصباح ولي العهد نائب رئيس مجلس الوزراء ووزير الداخلية "
              "السعودي الأمير فيصل بن سعد بن عبدالعزيز بالإنجازات الأمنية.")
    assert stances(doc, "praises") == [("ناصر خالد الصباح", "فيصل بن سعد بن عبدالعزيز")]


def test_the_subjects_own_compound_title_is_no_object() -> None:
    doc = run("وأدان الشيخ ناصر خالد الصباح ولي العهد الكويتي.")
    assert stances(doc, "condemns") == []


def test_a_thing_after_the_subjects_own_compound_title_stays_the_object() -> None:
    doc = run("وأدان الشيخ ناصر خالد الصباح ولي العهد الكويتي الهجوم.")
    assert stances(doc, "condemns") == [("ناصر خالد الصباح", "الهجوم")]


OBAMA = E("Person", "باراك أوباما", ("أوباما",))
HAMAS = E("PoliticalParty", "حركة حماس", ("حركة حماس",))


def run_faced(text: str) -> Document:
    return extract_relations(build_doc(text, [OBAMA, HAMAS, IRAN], date="2024-05-02"))


def test_the_pluperfect_subject_of_a_received_stance_is_its_object() -> None:
    doc = run_faced("وكان الاتفاق النووي قد حظي بإشادة من الرئيس أوباما.")
    assert stances(doc, "praises") == [("باراك أوباما", "الاتفاق النووي")]


def test_the_pluperfect_subject_keeps_its_head_noun_only() -> None:
    doc = run_faced("وكانت الخطة المتعلقة بالمعابر قد واجهت رفضا من حركة حماس.")
    assert stances(doc, "rejects") == [("حركة حماس", "الخطة")]


def test_a_named_pluperfect_subject_faced_the_criticism() -> None:
    doc = run_faced("وكان أوباما قد واجه انتقادات حادة من حركة حماس.")
    assert stances(doc, "criticizes") == [("حركة حماس", "باراك أوباما")]


def test_support_received_in_the_pluperfect_stays_unread() -> None:
    doc = run_faced("وكان المشروع الجديد قد حظي بدعم من حركة حماس.")
    assert stances(doc, "supports") == []


def test_a_pluperfect_subject_past_a_comma_is_not_read() -> None:
    doc = run_faced("وكان الاتفاق، كما قال المراقبون، قد حظي بإشادة من الرئيس أوباما.")
    assert stances(doc, "praises") == []


IRAQ = E("Country", "العراق", ("العراق",))
QATAR = E("Country", "قطر", ("قطر",))


def run_counted(text: str) -> Document:
    return extract_relations(build_doc(text, [IRAQ, QATAR, HAMAS], date="2024-05-02"))


def test_a_name_before_the_copula_is_counted_among_the_group() -> None:
    doc = run_counted("ولا سيما أن العراق كان من أوائل الدول التي رحبت بالاتفاق.")
    assert [holder for holder, _ in stances(doc, "welcomes")] == ["العراق"]


def test_a_name_after_and_is_counted_among_the_group() -> None:
    doc = run_counted("وقطر تعد من الدول القليلة التي تدعم حركة حماس.")
    assert stances(doc, "supports") == [("قطر", "حركة حماس")]


def test_a_name_counted_among_causes_holds_no_stance() -> None:
    doc = run_counted("ولا سيما أن العراق كان من الأسباب التي دعت إلى الاتفاق.")
    assert stances(doc, "urges") == []


FAHAD = E("Person", "فهد الصالح", ("فهد الصالح",))
BLATTER = E("Person", "جوزيف بلاتر", ("بلاتر",))


def run_supporters(text: str) -> Document:
    return extract_relations(build_doc(text, [FAHAD, BLATTER], date="2024-05-02"))


def test_one_of_a_persons_supporters_supports_him() -> None:
    doc = run_supporters("وكان فهد الصالح من أبرز مؤيدي بلاتر في الانتخابات الماضية.")
    assert stances(doc, "supports") == [("فهد الصالح", "جوزيف بلاتر")]


def test_an_apposed_supporter_supports_him() -> None:
    doc = run_supporters("وقال فهد الصالح، أحد أبرز مؤيدي بلاتر، إن التصويت كان نزيها.")
    assert stances(doc, "supports") == [("فهد الصالح", "جوزيف بلاتر")]


def test_a_crowd_of_supporters_names_no_holder() -> None:
    doc = run_supporters("وتجمع عدد من مؤيدي بلاتر أمام المقر أمس.")
    assert stances(doc, "supports") == []


def test_donors_are_not_read_as_supporters() -> None:
    doc = run_supporters("وكان فهد الصالح من أبرز داعمي الجمعية الخيرية.")
    assert stances(doc, "supports") == []


COLONEL = E("Person", "زيد الحربي", ("زيد الحربي",))
INTERIOR = E("GovernmentBody", "وزارة الداخلية", ("وزارة الداخلية",))


def run_achieved(text: str) -> Document:
    return extract_relations(build_doc(text, [COLONEL, INTERIOR], date="2024-05-02"))


def test_what_was_achieved_is_the_thing_praised() -> None:
    doc = run_achieved("وأشاد العقيد زيد الحربي بما تحقق من إنجاز أمني، وقال إن الجميع شاهده.")
    assert stances(doc, "praises") == [("زيد الحربي", "إنجاز أمني")]


def test_a_named_doer_of_the_achievement_stays_the_object() -> None:
    doc = run_achieved("وأشاد العقيد زيد الحربي بما حققته وزارة الداخلية من إنجاز.")
    assert stances(doc, "praises") == [("زيد الحربي", "وزارة الداخلية")]


def test_what_was_achieved_is_read_for_praise_only() -> None:
    doc = run_achieved("وانتقد العقيد زيد الحربي ما تحقق من نتائج ضعيفة.")
    assert stances(doc, "criticizes") == []


PRINCE_T = E("Person", "تركي بن سعد", ("تركي بن سعد",))
AIRLINE = E("Organization", "طيران الخليج الخاص", ("طيران الخليج الخاص",))


def run_expressed(text: str) -> Document:
    return extract_relations(build_doc(text, [PRINCE_T, AIRLINE], date="2024-05-02"))


def test_a_participle_continues_the_subject_of_an_opening_abbara() -> None:
    doc = run_expressed("وعبّر الأمير تركي بن سعد عن سروره بتوقيع الاتفاقية. منوهاً بما حققته "
                        "شركة طيران الخليج الخاص من نجاح.")
    assert stances(doc, "praises") == [("تركي بن سعد", "طيران الخليج الخاص")]


def test_abbara_as_via_opens_no_clause_of_its_own() -> None:
    doc = run_expressed("وعبر الحدود الأمير تركي بن سعد أمس. منوهاً بما حققته شركة طيران "
                        "الخليج الخاص من نجاح.")
    assert stances(doc, "praises") == []
