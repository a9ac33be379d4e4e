"""Attribution on sentences written for the tests (not from the dev articles)."""

from __future__ import annotations

from dataclasses import replace

from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR
from kg.relations import extract_relations
from tests.relations.conftest import facts, pairs
from tests.relations.docbuilder import E, build_doc

SAMI = E("Person", "سامي الخطيب", ("سامي الخطيب", "الخطيب"))
LEBANON = E("Country", "لبنان", ("لبنان",), "Q822")
JORDAN = E("Country", "الأردن", ("الأردن",), "Q810")
OMAR = E("Person", "عمر الحسن", ("عمر الحسن",))


def test_direct_quote_after_verb_and_subject() -> None:
    text = "وقال سامي الخطيب للصحافيين «نحن نرفض أي تدخل في شؤون لبنان»."
    doc = extract_relations(build_doc(text, [SAMI, LEBANON]))
    [statement] = doc.statements
    assert text[statement.quote_start:statement.quote_end] == "نحن نرفض أي تدخل في شؤون لبنان"
    assert statement.direct and statement.verb == "وقال"
    assert statement.about_ids == (LEBANON.id,)
    assert pairs(doc, "stated") == {("سامي الخطيب", "نحن نرفض أي تدخل في شؤون لبنان")}
    assert statement.evidence.extractor.startswith("relations.attribution.direct")
    assert statement.evidence.trigger_start == text.index("وقال")


def test_indirect_statement_after_an() -> None:
    text = "وأكد عمر الحسن أن الأردن سيواصل دعم اللاجئين، مضيفا أن الحدود ستبقى مفتوحة."
    doc = extract_relations(build_doc(text, [OMAR, JORDAN]))
    quotes = {text[s.quote_start:s.quote_end]: s for s in doc.statements}
    assert "الأردن سيواصل دعم اللاجئين" in quotes
    assert not quotes["الأردن سيواصل دعم اللاجئين"].direct
    assert "الحدود ستبقى مفتوحة" in quotes
    assert {speaker for speaker, _ in pairs(doc, "stated")} == {"عمر الحسن"}


def test_continuation_verb_inherits_the_previous_speaker() -> None:
    text = "قال سامي الخطيب إن المحادثات مستمرة. وأضاف: «لن نتراجع عن مطالبنا»."
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {
        ("سامي الخطيب", "المحادثات مستمرة"), ("سامي الخطيب", "لن نتراجع عن مطالبنا"),
    }


def test_speaker_before_the_verb() -> None:
    text = "بيد أن الخطيب أشار إلى أن الاتفاق لم يوقع بعد."
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {("سامي الخطيب", "الاتفاق لم يوقع بعد")}


def test_denial_is_not_a_statement_of_fact() -> None:
    text = "ونفى الأردن أي علاقة له بالهجوم على الحدود."
    doc = extract_relations(build_doc(text, [JORDAN]))
    assert facts(doc, "stated") == set()
    assert pairs(doc, "denies") == {("الأردن", "أي علاقة له بالهجوم على الحدود")}


def test_inner_quoted_name_does_not_end_the_quote() -> None:
    text = 'وقال الخطيب "نتابع نشاط "حزب الحرية" عن كثب." ثم غادر.'
    doc = extract_relations(build_doc(text, [SAMI]))
    [statement] = doc.statements
    quote = text[statement.quote_start:statement.quote_end]
    assert quote == 'نتابع نشاط "حزب الحرية" عن كثب'


OBAMA = E("Person", "باراك اوباما", ("باراك اوباما",), "Q76")
USA = E("Country", "الولايات المتحدة", ("الاميركي",), "Q30")


def test_a_nisba_before_a_name_is_not_a_second_speaker() -> None:
    """«الرئيس الاميركي باراك اوباما الذي قال»: Obama speaks, not also the United States.

    «الاميركي» is a spelling the nisba lexicon lacks; the gazetteer's adjective
    extractor found it, and that is enough to know it is an adjective.
    """
    text = "ورحب الوزير بتصريح الرئيس الاميركي باراك اوباما الذي قال فيه: «الاتفاق تاريخي»."
    built = build_doc(text, [OBAMA, USA])
    mentions = tuple(
        replace(m, extractor=ADJECTIVE_EXTRACTOR) if m.entity_id == USA.id else m
        for m in built.mentions
    )
    doc = extract_relations(replace(built, mentions=mentions))
    [statement] = doc.statements
    assert statement.speaker_id == OBAMA.id
    assert pairs(doc, "stated") == {("باراك اوباما", "الاتفاق تاريخي")}


HUDA = E("Person", "هدى الزعبي", ("هدى الزعبي", "الزعبي"))


def test_feminine_verb_does_not_continue_a_man() -> None:
    """«وأضافت أن ...» after a man's statement: the feminine verb agrees with someone
    else (an organisation, a woman), so it is not the man's statement."""
    text = "قال سامي الخطيب إن المحادثات مستمرة. وأضافت أن الجولة المقبلة ستعقد في عمان."
    assert pairs(extract_relations(build_doc(text, [SAMI])), "stated") == {
        ("سامي الخطيب", "المحادثات مستمرة")}


def test_feminine_verb_continues_a_woman_named_with_one() -> None:
    """«قالت هدى الزعبي ... وأضافت»: the woman named next to a feminine verb is continued."""
    text = "قالت هدى الزعبي إن المحادثات مستمرة. وأضافت أن الجولة المقبلة ستعقد في عمان."
    found = pairs(extract_relations(build_doc(text, [HUDA])), "stated")
    assert ("هدى الزعبي", "الجولة المقبلة ستعقد في عمان") in found


def test_feminine_title_lets_a_far_feminine_verb_be_hers() -> None:
    """«وكانت زعيمة المعارضة هدى الزعبي قد قالت», «مضيفةً أن»: her feminine title says she
    is a woman, so a feminine verb read from further away stays hers."""
    for text in ("وكانت زعيمة المعارضة هدى الزعبي قد قالت إن المحادثات مستمرة.",
                 "زعيمة المعارضة هدى الزعبي أكدت أن المحادثات مستمرة.",
                 "ورحبت زعيمة المعارضة هدى الزعبي بالاتفاق، مضيفة أن المحادثات مستمرة."):
        found = pairs(extract_relations(build_doc(text, [HUDA])), "stated")
        assert found == {("هدى الزعبي", "المحادثات مستمرة")}


# --- «حسبما قال فلان»: the content before the verb ---------------------------------------

AFP = E("MediaOrganization", "وكالة الصحافة الفرنسية", ("وكالة الصحافة الفرنسية",))


def test_according_to_a_named_person_reports_the_clause_before() -> None:
    """«وسيصل الوفد غدا حسبما صرح المتحدث فلان»: what was said comes before «حسبما»."""
    text = "وسيصل الوفد إلى عمان غدا حسبما صرح المتحدث باسم الوزارة سامي الخطيب مساء أمس."
    doc = extract_relations(build_doc(text, [SAMI]))
    assert pairs(doc, "stated") == {("سامي الخطيب", "وسيصل الوفد إلى عمان غدا")}


def test_according_to_after_bihasab_ma_and_wafqan_lima() -> None:
    for marker in ("بحسب ما", "وفقا لما"):
        text = f"وأصيب عشرة أشخاص في الحادث، {marker} قال عمر الحسن."
        doc = extract_relations(build_doc(text, [OMAR]))
        assert pairs(doc, "stated") == {("عمر الحسن", "وأصيب عشرة أشخاص في الحادث")}


def test_according_to_an_agency_is_a_source_not_a_statement() -> None:
    text = "وأصيب عشرة أشخاص في الحادث، حسبما ذكرت وكالة الصحافة الفرنسية."
    assert pairs(extract_relations(build_doc(text, [AFP])), "stated") == set()


def test_according_to_with_no_name_is_no_statement_of_the_clause_subject() -> None:
    """«وغادر سامي الخطيب المدينة حسبما قال»: Sami is what was reported, not who said it."""
    text = "وغادر سامي الخطيب المدينة أمس حسبما قالت."
    assert pairs(extract_relations(build_doc(text, [SAMI])), "stated") == set()
