"""Shortcuts of the relation stage that must answer as the long way does (session 34, speed):
the words flagged once per document (cue, habit and denial words), the one-character gap
between neighbouring words, and the answers remembered per spelling (sentences written for
the tests)."""

from __future__ import annotations

from itertools import pairwise

from kg.model import Document
from kg.relations import extract_relations
from kg.relations.casualties import _number_value, number_value
from kg.relations.context import Extraction
from kg.relations.cue_words import CUE_SPELLINGS, SHOWN_FORMS
from kg.relations.event_denied_reports import in_denied_report
from kg.relations.event_draft import _trigger_form, trigger_form
from kg.relations.event_habits import habitual
from kg.relations.event_plots import in_plot
from kg.relations.index import (
    _BOUNDARY,
    _BOUNDARY_MARKS,
    CUE_WORD,
    DENIAL_WORD,
    HABIT_WORD,
    PARTICIPLE_WORD,
    PLOT_WORD,
    Word,
)
from kg.relations.participle_breaks import participle_break
from kg.relations.shown import _ANYWHERE, _CLAUSE_INITIAL, _CONJUNCTIONS
from kg.text.memo import WordMemo
from tests.relations.docbuilder import E, build_doc, first_sentence

HOUTHIS = E("Organization", "الحوثيين", ("الحوثيين",))


def _context(text: str) -> tuple[Extraction, list[Word]]:
    return first_sentence(text, [HOUTHIS])


def _at(words: list[Word], norm: str) -> int:
    return next(i for i, word in enumerate(words) if word.norm == norm)


def _events(text: str) -> list[str]:
    doc: Document = extract_relations(build_doc(text, [HOUTHIS]))
    return [event.label for event in doc.events]


# --- the one-character gap ------------------------------------------------------


def test_the_marks_are_the_characters_the_boundary_pattern_matches_alone() -> None:
    matched = {chr(code) for code in range(0x10000)
               if not 0xD800 <= code <= 0xDFFF and _BOUNDARY.fullmatch(chr(code))}
    assert matched == _BOUNDARY_MARKS


def test_neighbours_are_split_as_the_pattern_splits_them() -> None:
    context, words = _context("قال المتحدث، إن الهجوم «وقع» أمس - وقتل (الحوثيين) جنديا.")
    text = context.doc.text
    for left, right in pairwise(words):
        expected = _BOUNDARY.search(text, left.end, right.start) is not None
        assert context.boundary_between(left, right) is expected
    assert context.boundary_between(words[1], words[2])  # «المتحدث، إن»
    assert not context.boundary_between(words[0], words[1])  # «قال المتحدث»
    assert context.boundary_between(words[5], words[6])  # «أمس - وقتل»: a dash between spaces


# --- cue words --------------------------------------------------------------------


def test_shown_forms_are_the_spellings_the_shown_verbs_are_read_in() -> None:
    spellings = {prefix + form for prefix in _CONJUNCTIONS
                 for form in (*_CLAUSE_INITIAL, *_ANYWHERE)}
    assert spellings == SHOWN_FORMS


def test_cue_words_are_flagged_and_plain_verbs_are_not() -> None:
    context, words = _context("وبحسب المصدر فإن ما قاله الوزير صحيح وجاءت الردود متأخرة")
    flagged = {words[p].norm for p in context.trigger_positions(words, CUE_WORD)}
    assert flagged == {"وبحسب", "قاله", "وجاءت"}
    assert flagged <= CUE_SPELLINGS
    assert "قال" not in CUE_SPELLINGS


def test_a_statement_after_according_to_is_still_read() -> None:
    doc = extract_relations(build_doc("وبحسب الحوثيين فإن القصف استمر طوال الليل.", [HOUTHIS]))
    assert doc.statements  # the cue, flagged in the index, still opens the statement


# --- habits ----------------------------------------------------------------------


def test_every_year_before_the_trigger_is_a_habit() -> None:
    context, words = _context("وفي كل عام يهاجم الحوثيين القرى الحدودية")
    assert context.trigger_positions(words, HABIT_WORD)
    assert habitual(context, words, _at(words, "يهاجم"))


def test_whenever_before_the_trigger_is_a_habit() -> None:
    context, words = _context("وكلما اقتربت الانتخابات هاجم الحوثيين المدن")
    assert habitual(context, words, _at(words, "هاجم"))


def test_a_sentence_without_every_tells_no_habit() -> None:
    context, words = _context("وفي هذا العام هاجم الحوثيين القرى الحدودية")
    assert not context.trigger_positions(words, HABIT_WORD)
    assert not habitual(context, words, _at(words, "هاجم"))


def test_every_too_far_back_tells_no_habit() -> None:
    filler = " ".join(["الطويل"] * 26)
    context, words = _context(f"في كل عام {filler} هاجم الحوثيين القرى")
    assert not habitual(context, words, _at(words, "هاجم"))


def test_a_habit_reports_no_killing_while_the_news_does() -> None:
    assert "Killing" not in _events("وفي كل عام يقتل الحوثيين عشرات المدنيين في القرى.")
    assert "Killing" in _events("وقتل الحوثيين أمس عشرة مدنيين في القرى.")


# --- denied reports ------------------------------------------------------------------


def test_a_denied_report_holds_the_event() -> None:
    context, words = _context("ونفى الجيش صحة التقارير عن قصف الحوثيين للمستشفى")
    assert context.trigger_positions(words, DENIAL_WORD)
    assert in_denied_report(context, words, _at(words, "قصف"))


def test_a_sentence_without_denial_denies_no_report() -> None:
    context, words = _context("وأكد الجيش صحة التقارير عن قصف الحوثيين للمستشفى")
    assert not context.trigger_positions(words, DENIAL_WORD)
    assert not in_denied_report(context, words, _at(words, "قصف"))


def test_a_denial_after_a_comma_denies_nothing_later() -> None:
    context, words = _context("ونفى الجيش صحة التقارير، وقال إن قصف الحوثيين استمر")
    assert not in_denied_report(context, words, _at(words, "قصف"))


# --- remembered per spelling -----------------------------------------------------------


def test_remembered_answers_are_the_computed_ones() -> None:
    _, words = _context("قتل عشرة من الحوثيين و15 جنديا وبالهجوم الكبير")
    for word in words:
        assert number_value(word) == _number_value(word)
        assert number_value(word) == _number_value(word)  # (the second time: remembered)
        assert trigger_form(word) == _trigger_form(word)
    assert number_value(words[_at(words, "عشره")]) == 10
    assert trigger_form(words[_at(words, "وبالهجوم")]) == "هجوم"


def test_a_word_memo_fills_in_the_unseen_words_in_place() -> None:
    calls: list[str] = []

    def length(word: str) -> int:
        calls.append(word)
        return len(word)

    memo = WordMemo(length)
    assert memo.of(["ab", "c", "ab"]) == [2, 1, 2]
    assert memo.of(["c", "def", "c"]) == [1, 3, 1]
    assert calls == ["ab", "c", "def"]


# --- plots ------------------------------------------------------------------------------


def test_a_plot_holds_the_event_and_a_sentence_without_one_does_not() -> None:
    context, words = _context("وتدور أحداث الفيلم حول الحوثيين الذين يهاجمون القرى")
    assert context.trigger_positions(words, PLOT_WORD)
    assert in_plot(context, words, _at(words, "يهاجمون"))
    context, words = _context("ويقول السكان إن الحوثيين الذين يهاجمون القرى كثر")
    assert not context.trigger_positions(words, PLOT_WORD)
    assert not in_plot(context, words, _at(words, "يهاجمون"))


# --- participles of saying ------------------------------------------------------------------


def test_a_statement_is_cut_at_a_participle_with_its_own_content() -> None:
    context, words = _context("وقال الوزير إن الحوثيين هاجموا القرى مشيرا إلى أن الجيش رد")
    first = _at(words, "الحوثيين")
    assert context.trigger_positions(words, PARTICIPLE_WORD)
    assert participle_break(context, words, first, context.doc.sentences[0].end) == \
        words[_at(words, "القري")].end


def test_a_statement_without_a_participle_is_not_cut() -> None:
    context, words = _context("وقال الوزير إن الحوثيين هاجموا القرى وإن الجيش رد عليهم")
    end = context.doc.sentences[0].end
    assert not context.trigger_positions(words, PARTICIPLE_WORD)
    assert participle_break(context, words, _at(words, "الحوثيين"), end) == end
