"""Normalised views map every match back to the untouched original characters."""

from __future__ import annotations

import pytest

from kg.text.normalize import normalize, normalize_key


@pytest.mark.parametrize(
    ("original", "view"),
    [
        ("أمريكا", "امريكا"),  # hamza on alef
        ("إلى", "الي"),  # hamza below, alef maksura
        ("آمنة", "امنه"),  # madda, taa marbuta
        ("مُحَمَّد", "محمد"),  # diacritics
        ("واشنطـــن", "واشنطن"),  # tatweel
        ("\u200fسوريا\u200e", "سوريا"),  # bidi marks
        ("ﻻ", "لا"),  # presentation form ligature
        ("٢٢٥٤", "2254"),  # Eastern Arabic digits
        ("۳۱", "31"),  # Persian digits
    ],
)
def test_the_view(original: str, view: str) -> None:
    assert normalize(original).text == view
    assert normalize_key(original) == view


@pytest.mark.parametrize(
    ("text", "needle", "surface"),
    [
        ("قالَ الأمينُ العامُّ للأمم المتحدة", "الامين", "الأمينُ"),
        ("وصل إلى واشنطـــن أمس", "واشنطن", "واشنطـــن"),
        ("في \u200fسوريا\u200e اليوم", "سوريا", "سوريا"),
        ("قرار رقم ٢٢٥٤ لمجلس الأمن", "2254", "٢٢٥٤"),
        ("ﻻ يزال الوضع هشا", "لا يزال", "ﻻ يزال"),
    ],
)
def test_a_match_in_the_view_is_a_span_of_the_original(
    text: str, needle: str, surface: str
) -> None:
    view = normalize(text)
    start = view.text.index(needle)
    original_start, original_end = view.to_original(start, start + len(needle))
    assert text[original_start:original_end] == surface


def test_text_without_changes_maps_to_itself() -> None:
    text = "قال الرئيس ان الاجتماع انتهي"
    view = normalize(text)
    assert view.text == text
    assert view.to_original(4, 10) == (4, 10)
