"""A violent event conjoined after a comma to a clause told as only possible or planned.

«ومن المحتمل أن يهاجم التنظيم المدينة، وقتل المزيد من المدنيين», «من الممكن أن تشن القوات
هجوماً، وسيطرة على الطرق», «يعتزم الجيش اقتحام الحي، وطرد المسلحين»: the trigger opens the
clause after the comma with «و» and no verb or subject of its own comes before it, so it
shares the frame of the clause it is joined to: a possibility, an expectation or a plan is
not an event of the news. The rules of ``event_sense`` read such a frame only within the
trigger's own clause (they stop at the comma), so the conjunct was read as a report.

The frame is a word of possibility or plan in the clause before the comma (back to the
previous punctuation, at most ``_FRAME_REACH`` words): «الممكن», «المحتمل», «المتوقع»,
«المقرر», «يمكن», «ربما», «سوف», «يعتزم», «ينوي», «يخطط». A clause that reports a deed
(«وقال المصدر إن القوات هاجمت المدينة، وقتلت عشرة») has none of them and is left alone.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_prospects import SCHEDULE_WORDS
from kg.relations.index import Word

POSSIBILITY_WORDS = SCHEDULE_WORDS | frozenset({
    "الممكن", "المحتمل", "يمكن", "ممكن", "محتمل", "ربما", "سوف", "يعتزم", "تعتزم", "يعتزمون",
    "ينوي", "تنوي", "يخطط", "تخطط", "يخططون", "احتمال", "امكانيه",
})
"""Words that tell a clause as possible, expected or planned, not done."""
CONFLICT = frozenset({"Killing", "Attack", "MilitaryOperation"})
"""The classes this rule reads (conflict events)."""
_FRAME_REACH = 15
_COMMAS = ("،", ",")


def framed_conjunct(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the trigger at ``words[position]`` opens, with «و», the clause after a comma
    whose previous clause is told as possible or planned («من المحتمل أن ...، وقتل ...»)."""
    if position < 2 or not words[position].norm.startswith("و"):
        return False
    before, word = words[position - 1], words[position]
    if before.sentence_index != word.sentence_index or \
            context.gap(before, word).strip() not in _COMMAS:
        return False
    for index in range(position - 1, max(-1, position - 1 - _FRAME_REACH), -1):
        if words[index].norm in POSSIBILITY_WORDS or words[index].bare() in POSSIBILITY_WORDS:
            return True
        if index > 0 and context.boundary_between(words[index - 1], words[index]):
            return False
    return False
