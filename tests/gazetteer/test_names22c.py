"""Regional and international bodies of the curated gazetteer (session 22c)."""

from __future__ import annotations

from kg.gazetteer.matcher import Matcher


def _keys(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.refs[0].key) for m in matcher.find(text).matches]


def test_pan_arab_and_european_bodies(matcher: Matcher) -> None:
    assert _keys(matcher, "وطالب البرلمان العربي بوقف العدوان") == [
        ("البرلمان العربي", "org:arab_parliament")]
    assert _keys(matcher, "ودعا البرلمان الأوروبي والمفوضية الأوروبية إلى الحوار") == [
        ("البرلمان الأوروبي", "org:european_parliament"),
        ("المفوضية الأوروبية", "org:european_commission")]
    assert ("الأمانة العامة لمجلس التعاون الخليجي", "org:gcc_secretariat") in _keys(
        matcher, "وأعلنت الأمانة العامة لمجلس التعاون الخليجي موعد القمة")


def test_no_body_in_plain_words(matcher: Matcher) -> None:
    # a parliament named by its country's adjective is no regional body
    keys = {key for _, key in _keys(matcher, "وصوت البرلمان العراقي على القانون")}
    assert not keys & {"org:arab_parliament", "org:european_parliament"}
    keys = {key for _, key in _keys(matcher, "وقال إن العمل العربي المشترك مهم")}
    assert "org:arab_parliament" not in keys
