"""Event time, session 26 (``kg.relations.timex_period``): the current year («العام الجاري»,
«هذا العام») is the news period; a year after «مقابل» is the other side of a comparison; a
month with «من العام الماضي» is of the year before; a named past century or decade and an
old Hijri year («سنة 1180هـ») are background; «شارع 26 يوليو» is a name, not a date; «أول من
أمس» is two days before the article; a weekday is named with its article only («أحد المارة»,
«جندي واحد» are no Sunday)."""

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


@pytest.mark.parametrize("text", [
    "وقالت الباحثة إن 12 امرأة نفذت هجمات انتحارية في الأشهر الأولى من العام الجاري مقابل"
    " تسع نساء بين 2003 و2007.",
    "وهاجم مسلحون قرية السلام مرتين هذا العام بعد هدوء ساد عام 2005.",
    "وهاجم مسلحون قرية السلام في القرن الحادي والعشرين.",
    "وهاجم شاب في الثمانينات من العمر قرية السلام أمس.",
])
def test_the_current_year_and_a_comparison_are_not_background(text: str) -> None:
    assert not only(run(text), "Attack").historical


@pytest.mark.parametrize("text", [
    "وهاجم مسلحون قرية السلام عام 2005 مقابل هدوء تام اليوم.",
    "وهاجم مسلحون قرية السلام سنة 1180هـ.",
    "وهاجم مسلحون قرية السلام في القرن التاسع عشر.",
    "وهاجم مسلحون قرية السلام في الثمانينات.",
    "وهاجم مسلحون قرية السلام في ثمانينيات القرن الماضي.",
])
def test_a_past_year_or_era_is_background(text: str) -> None:
    assert only(run(text), "Attack").historical


def test_a_month_of_last_year() -> None:
    event = only(run("وهاجم مسلحون قرية السلام في يناير (كانون الثاني) من العام الماضي.",
                     "2007-01-04"), "Attack")
    assert (event.time, event.historical) == ("2006-01", True)
    event = only(run("وهاجم مسلحون قرية السلام في يناير.", "2007-01-04"), "Attack")
    assert (event.time, event.historical) == ("2007-01", False)


def test_a_month_of_the_current_year() -> None:
    event = only(run("وهاجم مسلحون قرية السلام في مايو من العام الحالي.", "2008-04-30"),
                 "Attack")
    assert event.time == "2008-05"


@pytest.mark.parametrize("text", [
    "وتظاهر العشرات في شارع 26 يوليو.",
    "وتظاهر العشرات بشارعي 23 يوليو و26 يوليو.",
])
def test_a_street_named_by_a_date_is_no_time(text: str) -> None:
    event = only(run(text, "2007-03-17"), "Protest")
    assert (event.time, event.historical) == (None, False)


def test_a_date_is_still_a_time() -> None:
    event = only(run("وتظاهر العشرات في 26 يوليو.", "2007-03-17"), "Protest")
    assert (event.time, event.historical) == ("2006-07-26", True)


@pytest.mark.parametrize(("text", "day"), [
    ("وهاجم مسلحون قرية السلام مساء أول من أمس.", "2008-05-05"),
    ("وهاجم مسلحون قرية السلام فجر أمس.", "2008-05-06"),
])
def test_the_day_before_yesterday(text: str, day: str) -> None:
    event = only(run(text), "Attack")
    assert (event.time, event.historical) == (day, False)


@pytest.mark.parametrize("text", [
    "وقتل أحد المارة في انفجار عبوة ناسفة في قرية السلام عام 2003.",
    "وقتل جندي واحد في انفجار عبوة ناسفة في قرية السلام عام 2003.",
])
def test_one_is_no_sunday(text: str) -> None:
    event = only(run(text), "Attack")
    assert (event.time, event.historical) == ("2003", True)


@pytest.mark.parametrize(("text", "day"), [
    ("وقتل جندي في انفجار عبوة ناسفة في قرية السلام يوم الأحد.", "2008-05-04"),
    ("وقتل جندي في انفجار عبوة ناسفة في قرية السلام ليل الأحد.", "2008-05-04"),
    ("وقتل جندي في انفجار عبوة ناسفة في قرية السلام والأحد.", "2008-05-04"),
])
def test_sunday_with_its_article(text: str, day: str) -> None:
    assert only(run(text), "Attack").time == day
