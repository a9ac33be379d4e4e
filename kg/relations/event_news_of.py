"""A visit or a meeting noun told as news: whoever tells the news did not visit or meet.

«فإن الحكومة العراقية لم تعلن نبأ الزيارة», «نشرت الوكالة تفاصيل اللقاء», «حددت الرئاسة موعد
الاجتماع»: a visit or meeting noun in the genitive of a noun of news or schedule
(``NEWS_NOUNS``: «نبأ», «خبر», «تفاصيل», «موعد», ...) is the object of what the name before
it tells or sets, and that name is the teller, not the visitor or the host. The agent read
before the noun is dropped (``news_told``); one named after it («نبأ زيارة الوزير فلان») is
read by the genitive rules as before.
"""

from __future__ import annotations

from kg.relations.index import Word

NEWS_NOUNS = frozenset({
    "نبا", "خبر", "انباء", "اخبار", "تفاصيل", "موعد", "توقيت", "تغطيه", "نتائج",
})
"""Nouns of news or schedule whose genitive is the event told or set: «نبأ الزيارة»."""


def news_told(words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` is the genitive of a news noun right before it
    («نبأ الزيارة», «تفاصيل اللقاء»)."""
    return position > 0 and words[position - 1].has(NEWS_NOUNS)
