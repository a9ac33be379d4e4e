"""Scheduled, proposed, unmade and coming events are prospects, not events of the news
(``kg.relations.event_prospects``). Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.relations.test_event_repeats import run


def labels(text: str) -> list[str]:
    return [e.label for e in run(text).events]


@pytest.mark.parametrize(("text", "label"), [
    # a schedule or an expectation opens the clause
    ("ومن المقرر عقد اجتماع بين إيران وروسيا في موسكو.", "Meeting"),
    ("ومن المنتظر أن يصل جون كيري إلى الرياض في زيارة لمصر.", "Visit"),
    ("ويتوقع أن توقع مصر اتفاقا مع الأردن في الرياض.", "Agreement"),
    # a proposal, a demand, an aim, a date set
    ("اقترح جون كيري عقد اجتماع مع عادل الجبير في جدة.", "Meeting"),
    ("واقترحت روسيا اتفاقا مع إيران.", "Agreement"),
    ("وطالبت مصر بعقد اجتماع لوزراء الخارجية في موسكو.", "Meeting"),
    ("وتسعى مصر إلى التوصل إلى اتفاق مع الأردن.", "Agreement"),
    ("وهبطت أسعار النفط مع قرب التوصل لاتفاق نووي مع إيران.", "Agreement"),
    ("وتجتمع اللجنة من أجل المساعدة في التوصل لاتفاق مع إيران.", "Agreement"),
    # said not to have been made
    ("وانتهت المحادثات في الرياض دون التوصل لاتفاق مع إيران.", "Agreement"),
    # right after a future verb
    ("وستبحث القمة بين مصر والأردن ملف الإرهاب.", "Meeting"),
    ("وسيكون الاجتماع بين كيري والجبير في جدة.", "Meeting"),
    ("وأعلنت مصر أنها ستفرض عقوبات على إيران.", "Sanction"),
])
def test_a_scheduled_proposed_unmade_or_coming_event_is_no_event(text: str, label: str) -> None:
    assert label not in labels(text)


@pytest.mark.parametrize(("text", "label"), [
    ("التقى جون كيري عادل الجبير في جدة أمس.", "Meeting"),
    ("وقعت مصر اتفاقا مع الأردن في الرياض أمس.", "Agreement"),
    ("وانتهت المحادثات في الرياض دون التوصل لاتفاق مع إيران.", "Meeting"),
    # a demand after an attack does not undo the attack
    ("وطالبت مصر بمحاسبة منفذي الهجوم الذي استهدف مسجدا في جدة أمس.", "Attack"),
    # a verb of going on: the raids are under way
    ("وستستمر الغارات على صنعاء.", "Attack"),
    # a known deal, not a proposed one
    ("وقدمت إيران تنازلات من أجل تأمين إبرام الاتفاق مع روسيا في موسكو أمس.", "Agreement"),
    # the expectation governs another verb; the agreement is past
    ("ويتوقع أن تراجع مصر سياستها بعد توقيع الاتفاق مع الأردن في الرياض أمس.", "Agreement"),
])
def test_events_of_the_news_near_those_words_stay(text: str, label: str) -> None:
    assert label in labels(text)
