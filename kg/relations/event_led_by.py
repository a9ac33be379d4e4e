"""«طائرات التحالف بقيادة المملكة»: the leader named after «بقيادة» is part of the doer's phrase.

A force is often told with the one who leads it («قوات التحالف بقيادة السعودية», «التحالف
الدولي بزعامة واشنطن»); the name behind «بقيادة» is never what the deed was done to, though
the names after a violent verb are read as its target («دكت طائرات التحالف بقيادة المملكة
العربية السعودية، أمس، واحداً من أهم معاقل الحرس الجمهوري»: the stronghold was hit, not
Saudi Arabia; on fresh news, session 33, kg read the leader as the target at 0.85). Such an
event has its true target unread, so its raw confidence falls as a strike's with no target
(``kg.relations.event_confidence``); the argument is left as read, for a later mention of
the same deed is folded into the event by its arguments (``kg.relations.event_repeats``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft

_LEADING = frozenset({"بقياده", "بزعامه", "بامره", "تقوده", "يقوده"})
"""«بقيادة», «بزعامة», «بإمرة», «الذي تقوده»: the leader of the phrase before follows."""


def led_by_target(context: Extraction, draft: Draft) -> bool:
    """Every target of the event starts right after a word of leading («بقيادة المملكة»)."""
    targets = [a for a in draft.arguments if a.role == "target"]
    return bool(targets) and all(_after_leading(context, a.start) for a in targets)


def _after_leading(context: Extraction, start: int) -> bool:
    first = context.word_at(start)
    if first is None or first.index == 0:
        return False
    before = context.words[first.index - 1]
    return before.sentence_index == first.sentence_index and \
        before.norm.removeprefix("و") in _LEADING and not context.boundary_between(before, first)
