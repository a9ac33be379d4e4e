from __future__ import annotations

import pytest

from kg.gazetteer.matcher import Matcher, first_word_forms


def found(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    """(original text of the span, entry key) of every match."""
    return [(text[m.start : m.end], m.refs[0].key) for m in matcher.find(text).matches]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واشنطن", [("واشنطن", "city:washington")]),
        ("وبواشنطن", [("واشنطن", "city:washington")]),
        ("لواشنطن", [("واشنطن", "city:washington")]),
        ("فواشنطن", [("واشنطن", "city:washington")]),
        ("للولايات المتحدة", [("لولايات المتحدة", "USA")]),
        ("بالولايات المتحدة الأميركية", [("الولايات المتحدة الأميركية", "USA")]),
        ("والعراق", [("العراق", "IRQ")]),
        ("أمريكا", [("أمريكا", "USA")]),
        ("أميركا", [("أميركا", "USA")]),
        ("القوات الأميركية", [("الأميركية", "USA")]),
        ("الأمريكيين", [("الأمريكيين", "USA")]),
        ("داعش", [("داعش", "ag:isis")]),
        ("تنظيم الدولة الإسلامية", [("تنظيم الدولة الإسلامية", "ag:isis")]),
        ("بتنظيم «الدولة الاسلامية»", [("الدولة الاسلامية", "ag:isis")]),
        ("وقسد", [("قسد", "ag:sdf")]),
        ("روسيا الاتحادية", [("روسيا الاتحادية", "RUS")]),
        ("بالشمال الشرقي لسوريا", [("الشمال الشرقي لسوريا", "region:ne_syria")]),
        ("وكالة npa", [("npa", "media:npa")]),
    ],
)
def test_clitic_and_spelling_variants(
    matcher: Matcher, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(matcher, text) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وصل إلى واشنطـن أمس", (8, 15)),  # tatweel inside the name
        ("وصل إلى وَاشِنْطُنَ أمس", (8, 19)),  # diacritics, the last one kept
        ("قال \u200fبومبيو", (5, 11)),  # a bidi mark before the name is not part of it
    ],
)
def test_spans_are_original_characters(matcher: Matcher, text: str, span: tuple[int, int]) -> None:
    (match,) = matcher.find(text).matches
    assert (match.start, match.end) == span


def test_longest_match_and_word_boundaries(matcher: Matcher) -> None:
    assert found(matcher, "مجلس الأمن الدولي") == [("مجلس الأمن الدولي", "org:unsc")]
    assert found(matcher, "مجلس الأمن القومي") == [("مجلس الأمن القومي", "-")]
    assert found(matcher, "الواشنطنيون") == []
    assert found(matcher, "سوريات") == [("سوريات", "SYR")]


def test_names_do_not_cross_lines_or_punctuation(matcher: Matcher) -> None:
    assert found(matcher, "الولايات\nالمتحدة") == []
    assert found(matcher, "الولايات، المتحدة") == []


def test_first_word_forms() -> None:
    forms = dict(first_word_forms("وبواشنطن"))
    assert forms["واشنطن"] == 2
    assert dict(first_word_forms("للولايات"))["الولايات"] == 1
