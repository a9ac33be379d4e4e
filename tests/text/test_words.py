"""The word view of a document (``kg.text.words``): made once by the ``tokens`` stage."""

from __future__ import annotations

import re

from kg.model import Document
from kg.text.words import WORD, document_words, split_view, word_view


def test_words_keep_their_original_spans_and_marks() -> None:
    """A diacritic after the last letter belongs to the word; a removed one shifts the view."""
    text = "وبواشنطنَ قالَ: إنّ"
    words = word_view(text)
    assert words.texts == ("وبواشنطن", "قال", "ان")
    assert [text[s:e] for s, e in zip(words.starts, words.ends, strict=True)] == [
        "وبواشنطنَ",
        "قالَ",
        "إنّ",
    ]
    view = words.view.text
    assert [view[s:e] for s, e in zip(words.view_starts, words.view_ends, strict=True)] == list(
        words.texts
    )


def test_an_underscore_separates_words() -> None:
    """«#سوريا_الحرة» is two words of the view (the relation stage joins them again)."""
    words = word_view("وسم #سوريا_الحرة")
    assert words.texts == ("وسم", "سوريا", "الحره")
    joined = split_view(words.view, re.compile(r"\w+"))
    assert joined.texts == ("وسم", "سوريا_الحره")
    assert WORD.pattern == r"[^\W_]+"


def test_a_document_without_the_layer_gets_its_words_from_the_text() -> None:
    doc = Document(id="d", text="قال الرئيس")
    assert document_words(doc).texts == ("قال", "الرئيس")
    stale = Document(id="d", text="نص آخر", words=word_view("قال الرئيس"))
    assert document_words(stale).texts == ("نص", "اخر")
