"""Bodies that speak or take a stance in the news, in the curated gazetteer (session 33,
speakers33)."""

from __future__ import annotations

from kg.gazetteer.matcher import Matcher


def _keys(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.refs[0].key) for m in matcher.find(text).matches]


def test_royal_court_and_fatwa_house(matcher: Matcher) -> None:
    assert ("الديوان الملكي", "generic:royal_court") in _keys(
        matcher, "وأصدر الديوان الملكي بيانا عن صحة الأمير")
    assert ("دار الإفتاء المصرية", "gov:egy_dar_ifta") in _keys(
        matcher, "وحذرت دار الإفتاء المصرية من الفتاوى الشاذة")
    assert ("دار الإفتاء", "generic:dar_ifta") in _keys(
        matcher, "ورحبت دار الإفتاء بالقرار")


def test_councils(matcher: Matcher) -> None:
    assert ("مجلس علماء باكستان", "org:pak_ulema_council") in _keys(
        matcher, "وطالب مجلس علماء باكستان الحكومة بالتحقيق")
    assert ("مجلس قيادة المقاومة", "org:aden_resistance_council") in _keys(
        matcher, "ونفى مجلس قيادة المقاومة الاتهامات")


def test_no_body_in_plain_words(matcher: Matcher) -> None:
    keys = {key for _, key in _keys(matcher, "وعاد إلى الدار بعد الإفتاء في المسألة")}
    assert not keys & {"generic:dar_ifta", "gov:egy_dar_ifta"}
