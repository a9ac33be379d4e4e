"""Background events, session 43: a weekday followed by its written date («الأحد 3 فبراير
2008») is dated by that date, not read as the latest such weekday; a month's date with an
era-marked old year («12 مايو 1791م») is that year's; a deed tied after it to an era that is
over («إبّان الحرب الأهلية», «في عهد الرئيس السابق», ``event_eras``) is background, and
so is a deed «قبل عام» (a year back), one in a relative clause's dated event it took place in
(«قتلوا في مجزرة ... التي ارتكبت عام 1995»), and one told without a time right after a past
date of its paragraph (``event_scenes``); «اليوم الوطني» is no today. The news (a bare
weekday, a recent date, the current reign, «إبّان زيارة», «قبل عام من الانتخابات») stays
unmarked."""

from __future__ import annotations

import pytest

from kg.model import Document, Event
from kg.relations import extract_relations
from tests.relations.docbuilder import E, build_doc

VILLAGE = E("City", "قرية السلام", ("قرية السلام",))
DATE = "2008-05-07"


def run(text: str, date: str = DATE) -> Document:
    return extract_relations(build_doc(text, [VILLAGE], date=date))


def only(doc: Document, label: str) -> Event:
    found = [e for e in doc.events if e.label == label]
    assert len(found) == 1, [(e.label, e.trigger_start) for e in doc.events]
    return found[0]


def test_a_weekday_with_its_date_is_dated_by_the_date() -> None:
    event = only(run("وهاجم مسلحون قرية السلام الأحد 3 فبراير 2008."), "Attack")
    assert (event.time, event.historical) == ("2008-02-03", True)
    event = only(run("وهاجم مسلحون قرية السلام بعد صلاة الجمعة يوم 14 مايو 1920."), "Attack")
    assert (event.time, event.historical) == ("1920-05-14", True)


def test_a_weekday_with_a_recent_date_is_the_news() -> None:
    event = only(run("وهاجم مسلحون قرية السلام الأحد 4 مايو."), "Attack")
    assert (event.time, event.historical) == ("2008-05-04", False)
    event = only(run("وهاجم مسلحون قرية السلام الجمعة."), "Attack")
    assert (event.time, event.historical) == ("2008-05-02", False)


def test_a_date_with_an_old_marked_year() -> None:
    event = only(run("وهاجم مسلحون قرية السلام في 12 مايو 1791م."), "Attack")
    assert (event.time, event.historical) == ("1791-05-12", True)


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون قرية السلام إبان الحرب الأهلية.",
    "وهاجم مسلحون قرية السلام في عهد الرئيس السابق.",
    "وهاجم مسلحون قرية السلام خلال حكم الملك الراحل.",
])
def test_a_deed_of_a_past_era_is_background(text: str) -> None:
    assert only(run(text), "Attack").historical


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون قرية السلام في عهد الرئيس الحالي.",
    "وهاجم مسلحون قرية السلام إبان زيارة الوزير للمنطقة.",
    "وهاجم مسلحون قرية السلام أمس إبان الحرب الأهلية.",
    "وهاجم مسلحون قرية السلام، وهي بلدة عانت كثيرا إبان الحرب الأهلية.",
])
def test_the_news_stays_unmarked(text: str) -> None:
    assert not only(run(text), "Attack").historical


def test_a_year_back_is_background() -> None:
    assert only(run("وهاجم مسلحون قرية السلام قبل نحو عام."), "Attack").historical
    assert only(run("وهاجم مسلحون قرية السلام قبل سنة."), "Attack").historical


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون قرية السلام قبل عام من الانتخابات المقبلة.",
    "وهاجم مسلحون قرية السلام أمس، قبل عام 2009.",
])
def test_a_year_before_another_time_is_not(text: str) -> None:
    assert not only(run(text), "Attack").historical


def test_a_relative_clause_dates_the_event_the_deed_took_place_in() -> None:
    doc = run("وقتل عشرة رجال في مجزرة قرية السلام التي ارتكبت في 11 يوليو 1995.")
    assert [e.historical for e in doc.events if e.label == "Killing"][:1] == [True]


@pytest.mark.parametrize("text", [
    "وقتل عشرة رجال في قرية السلام التي أسست عام 1995.",
    "وقتل عشرة رجال في مجزرة مماثلة للمجزرة التي ارتكبت عام 1995.",
])
def test_a_relative_clause_about_something_else_does_not(text: str) -> None:
    doc = run(text)
    assert [e.historical for e in doc.events if e.label == "Killing"][:1] == [False]


@pytest.mark.parametrize("text", [
    "وخسر الجيش كثيرا قرب قرية السلام في 1758م. عندما فرض عليه القائد معركة مفتوحة"
    " انسحبت القوات الروسية من المدينة.",
    "وبلغ الرحالة قرية السلام في أبريل 1922. وعاد إلى المدينة، فهاجمه مسلحون.",
])
def test_a_deed_after_a_past_date_of_its_paragraph_is_background(text: str) -> None:
    assert all(e.historical for e in run(text).events)


@pytest.mark.parametrize("text", [
    "وكان التنظيم قد سيطر على المدينة في عام 2005. وهاجم مسلحون قرية السلام.",
    "يذكر أن التنظيم سيطر على المدينة في عام 2005. وهاجم مسلحون قرية السلام.",
    "وسيطر التنظيم على المدينة في عام 2005.\nوهاجم مسلحون قرية السلام.",
    "وسيطر التنظيم على المدينة في عام 2005. وهاجم مسلحون قرية السلام أمس.",
])
def test_a_report_going_back_to_the_news_is_not(text: str) -> None:
    assert not only(run(text), "Attack").historical


def test_a_named_day_is_not_today() -> None:
    event = only(run("وفي 3 فبراير 2008 حل اليوم الوطني وهاجم مسلحون قرية السلام."),
                 "Attack")
    assert (event.time, event.historical) == ("2008-02-03", True)
    event = only(run("وفي 3 فبراير 2008 احتفلت المدينة وهاجم مسلحون اليوم قرية السلام."),
                 "Attack")
    assert (event.time, event.historical) == ("2008-05-07", False)


@pytest.mark.parametrize("text", [
    "وتعاون المصور مع الوكالة حتى العام 2005. وأضاف المتحدث أن مسلحين هاجموا قرية السلام.",
    "وانتهت الحرب في عام 2005. وقال المتحدث «هاجم مسلحون قرية السلام ليلا».",
    "وهدأت المعارك قبل خمسة أشهر. وهاجم مسلحون قرية السلام.",
])
def test_reported_speech_and_a_span_set_no_scene(text: str) -> None:
    assert not only(run(text), "Attack").historical


def test_a_name_in_guillemets_is_no_quote() -> None:
    text = "وبلغ الرحالة المدينة في أبريل 1922. وهاجم مسلحون من حزب «الأحرار» قرية السلام."
    assert only(run(text), "Attack").historical
