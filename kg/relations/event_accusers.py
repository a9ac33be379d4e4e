"""Who accuses another of a deed did not do it.

«واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس الحكومة المعترف بها دولياً بأنها
قصفت ناقلات نفط»: the subject of «اتهم» is the accuser; the deed after «بأنها» is the
accused's, the name right after the accuser (and its relative clause). A relative clause on
the accuser ends before the accused, so the accuser is never taken as the antecedent of the
clause that holds the accused (``event_agents._relative_antecedent``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

ACCUSING = frozenset({
    "اتهم", "اتهمت", "اتهموا", "اتهما", "اتهمتا", "يتهم", "تتهم", "يتهمون", "تتهمان",
    "يتهمان",
})
"""The verb of accusing («اتهمت», «وتتهم»), read without its «و»/«ف»."""


def accuser(context: Extraction, words: list[Word], start: int) -> bool:
    """Whether the name that starts at ``start`` is the subject of a verb of accusing right
    before it («واتهمت المؤسسة ...»)."""
    first = context.word_at(start)
    if first is None:
        return False
    index = first.index - words[0].index
    return 0 < index < len(words) and words[index - 1].has(ACCUSING)
