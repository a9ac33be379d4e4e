"""Holders and spans of statements on fresh news, session 19 (vox19).

Web copy mixes quotation marks («إن "..."» closed by «»»): the closing guillemet closes the
straight mark, so later verbs of saying in the paragraph are not read as quoted; a run-in
colon heading («X: كلمتان، قال X إن ...») is no statement of its own; «، في حين أكد Y أن»
ends the statement before it (the participle after it is Y's); a quotation after a chant
noun («هتافات المصلين «...»») or after a kind noun and its adjective («شركة التقنية
«...»») is not what the speaker said; a denial whose subject is a title or a body's noun
named by no entity («ونفى مدير الشركة وجود تقصير») is not the previous speaker's.
Sentences written for the tests."""

from __future__ import annotations

from kg.model import Document
from kg.relations import extract_relations
from tests.relations.conftest import said
from tests.relations.docbuilder import E, build_doc

SAMI = E("Person", "سامي الحربي", ("سامي الحربي", "الحربي"))
MAZEN = E("Person", "مازن العمري", ("مازن العمري", "العمري"))
HIND = E("Person", "هند القحطاني", ("هند القحطاني",))
KHOBAR = E("Organization", "بلدية الخبر", ("بلدية الخبر",))
ENTITIES = [SAMI, MAZEN, HIND, KHOBAR]


def run(text: str) -> Document:
    return extract_relations(build_doc(text, ENTITIES))


def quotes(doc: Document) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in doc.entities}
    return {(names[s.speaker_id], doc.text[s.quote_start:s.quote_end]) for s in doc.statements}


# --- mixed quotation marks ---------------------------------------------------------------

def test_guillemet_closes_straight_quote() -> None:
    doc = run('وقالت هند القحطاني إن "الموظفين سيحالون إلى التحقيق». '
              "ثم قال سامي الحربي إن المشروع سيكتمل قريبا.")
    assert ("سامي الحربي", "المشروع سيكتمل قريبا") in quotes(doc)


def test_open_straight_quote_still_quoted() -> None:
    doc = run('وقالت هند القحطاني: "إن الموظفين سيحالون إلى التحقيق وقال المدير إنهم أخطأوا')
    assert {speaker for speaker, _ in said(doc)} == {"هند القحطاني"}


# --- run-in colon headings ---------------------------------------------------------------

def test_run_in_heading_is_no_statement() -> None:
    doc = run("سامي الحربي: المشروع أولا، قال رئيس البلدية سامي الحربي إن المشروع سيكتمل "
              "قريبا، وإن العمل مستمر.")
    assert quotes(doc) == {("سامي الحربي", "المشروع سيكتمل قريبا، وإن العمل مستمر")}


def test_run_in_heading_before_unresolved_title() -> None:
    doc = run("سامي الحربي: المشروع أولا، قال رئيس البلدية إن المشروع سيكتمل قريبا.")
    assert quotes(doc) == set()


def test_headline_colon_still_read() -> None:
    doc = run("سامي الحربي: المشروع سيكتمل قبل نهاية العام")
    assert quotes(doc) == {("سامي الحربي", "المشروع سيكتمل قبل نهاية العام")}


# --- «، في حين أكد Y» -------------------------------------------------------------------

def test_contrastive_joiner_ends_statement() -> None:
    doc = run("وحضر الحفل سامي الحربي الذي شدد على أهمية المشروع للمدينة، في حين أكد "
              "مازن العمري على ضرورة دعم الشباب، مشيرا إلى أن المدينة تزخر بالمواهب.")
    got = quotes(doc)
    assert ("سامي الحربي", "أهمية المشروع للمدينة") in got
    assert ("مازن العمري", "المدينة تزخر بالمواهب") in got
    assert not any(speaker == "سامي الحربي" and "المواهب" in quote for speaker, quote in got)


def test_joiner_without_verb_keeps_statement() -> None:
    doc = run("وقال سامي الحربي إن المشروع تأخر، فيما الأعمال الأخرى تسير وفق الجدول.")
    assert quotes(doc) == {("سامي الحربي",
                            "المشروع تأخر، فيما الأعمال الأخرى تسير وفق الجدول")}


# --- quotations that are not the speaker's words -----------------------------------------

def test_chanted_quotations_skipped() -> None:
    doc = run("وكان سامي الحربي قد قال في كلمة ألقاها في بلدية الخبر، تخللتها هتافات الحضور "
              "«عاش الوطن» و«تحيا المدينة»، إن المشروع سيكتمل قريبا.")
    assert quotes(doc) == {("سامي الحربي", "المشروع سيكتمل قريبا")}


def test_quoted_name_after_kind_and_adjective() -> None:
    doc = run("واحتج العمال بعد نشر سامي الحربي تقريرا يكشف تورط الشركة الأم لبلدية الخبر، "
              "شركة التقنية «نجمة»، في المخالفات.")
    assert quotes(doc) == set()


# --- denials by someone unnamed ----------------------------------------------------------

def test_denial_by_title_not_continued() -> None:
    doc = run("وقال سامي الحربي إن الانقطاع أضر بالسكان. "
              "ونفى مدير الشركة وجود أي تقصير، مؤكدا أن العمل مستمر.")
    assert quotes(doc) == {("سامي الحربي", "الانقطاع أضر بالسكان")}


def test_denial_by_body_noun_not_continued() -> None:
    doc = run("وقال سامي الحربي إن الانقطاع أضر بالسكان. فنفت شركة المياه مسؤوليتها عن الانقطاع.")
    assert quotes(doc) == {("سامي الحربي", "الانقطاع أضر بالسكان")}


def test_subjectless_denial_still_continued() -> None:
    doc = run("وقال سامي الحربي إن الانقطاع أضر بالسكان. ونفى وجود أي تقصير من البلدية.")
    assert ("سامي الحربي", "وجود أي تقصير من البلدية") in quotes(doc)


# --- a lost full stop before «وقال X» ----------------------------------------------------

def test_joined_verb_with_person_ends_statement() -> None:
    doc = run("وقال سامي الحربي إن الخيار الأفضل هو التوقيع لتجنب الغضب وقال الحربي في تغريدة: "
              "«الحل في الحوار».")
    assert quotes(doc) == {("سامي الحربي", "الخيار الأفضل هو التوقيع لتجنب الغضب"),
                           ("سامي الحربي", "الحل في الحوار")}


def test_joined_verb_without_person_stays_in_statement() -> None:
    doc = run("وقال سامي الحربي إن الوزير زار المدينة وقال إن المشروع سيكتمل.")
    assert ("سامي الحربي", "الوزير زار المدينة وقال إن المشروع سيكتمل") in quotes(doc)


# --- «من جهته» and lost straight closers -------------------------------------------------

def test_for_his_part_is_not_content() -> None:
    doc = run('وحذر سامي الحربي من جهته بأن "الأيام المقبلة ستكون صعبة".')
    assert [(speaker, quote[:25]) for speaker, quote in quotes(doc)] == \
        [("سامي الحربي", "الأيام المقبلة ستكون صعبة")]


def test_warned_of_still_content() -> None:
    doc = run("وحذر سامي الحربي من خطورة الوضع في المدينة.")
    assert quotes(doc) == {("سامي الحربي", "خطورة الوضع في المدينة")}


def test_lost_straight_closer_ends_at_full_stop() -> None:
    doc = run('وقال سامي الحربي في بيان "نحن سعداء لأن أحدا لم يصب أمس. '
              'وأضاف "سنواصل العمل مع الجميع".')
    got = quotes(doc)
    assert ("سامي الحربي", "نحن سعداء لأن أحدا لم يصب أمس") in got
    assert all("وأضاف" not in quote for _, quote in got)
