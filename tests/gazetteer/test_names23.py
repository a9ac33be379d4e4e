"""News agencies and holy mosques of the curated gazetteer (session 23, names23)."""

from __future__ import annotations

from kg.gazetteer.matcher import Matcher


def _keys(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.refs[0].key) for m in matcher.find(text).matches]


def test_agencies(matcher: Matcher) -> None:
    assert _keys(matcher, "وذكرت وكالة الأنباء الألمانية أن الاجتماع انتهى") == [
        ("وكالة الأنباء الألمانية", "media:dpa")]
    assert ("وكالة الأنباء الكويتية", "media:kuna") in _keys(
        matcher, "ونقلت وكالة الأنباء الكويتية عن مصدر قوله")


def test_mosques_are_places_whole(matcher: Matcher) -> None:
    assert _keys(matcher, "وأدى المصلون الصلاة في المسجد الحرام") == [
        ("المسجد الحرام", "place:masjid_haram")]
    assert _keys(matcher, "وزار المسجد النبوي الشريف") == [
        ("المسجد النبوي الشريف", "place:masjid_nabawi")]


def test_no_mosque_or_agency_in_plain_words(matcher: Matcher) -> None:
    keys = {key for _, key in _keys(matcher, "وبلغ الحد الأقصى للأسعار في قنا")}
    assert not keys & {"place:masjid_aqsa", "media:qna"}
