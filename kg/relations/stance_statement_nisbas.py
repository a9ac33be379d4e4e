"""A statement named by its country's nisba holds that country's stance.

Rules:

- «وقد رحّب البيان السعودي الأول بالاتفاقية», «ودان البيان المصري الهجوم»: right after a
  stance verb, «البيان» (the official statement) with a nisba adjective names its author,
  the country; ordinal or official adjectives after the nisba («الأول», «الرسمي») still
  describe the statement, and the object opens past them.
- Not a report, an article or a letter («التقرير الأمريكي»: a paper or a think tank may
  write it), nor a joint statement («البيان المصري السعودي», «البيان المشترك»): one author
  only.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_STATEMENTS = frozenset({"البيان"})
_STATEMENT_ADJECTIVES = frozenset({"الاول", "الرسمي", "الاخير", "الصادر", "الجديد", "الثاني"})
"""Adjectives that may follow the nisba and still describe the statement («البيان السعودي
الأول»)."""


def statement_country(context: Extraction, words: list[Word],
                      position: int) -> tuple[Arg, int] | None:
    """The country whose statement holds the stance of the verb at ``position``, and the
    index of the word after the statement's adjectives; None when no such statement
    follows the verb."""
    index = position + 1
    if index + 1 >= len(words) or words[index].norm not in _STATEMENTS:
        return None
    nisba = words[index + 1]
    country = context.country_for_nisba(nisba)
    if country is None or context.boundary_between(words[index], nisba):
        return None
    end = index + 2
    while end < len(words) and words[end].norm in _STATEMENT_ADJECTIVES and \
            not context.boundary_between(words[end - 1], words[end]):
        end += 1
    if end < len(words) and not context.boundary_between(words[end - 1], words[end]) and (
            context.country_for_nisba(words[end]) is not None or words[end].norm == "المشترك"):
        return None  # «البيان المصري السعودي»: a joint statement
    return Arg(country, nisba.start, nisba.end), end
