"""A place joined to a term after «بين» is a term of a relation, not the place of a visit.

«الزيارة جاءت لتوطيد العلاقات بين إقليم كردستان ودولة قطر»: «بين» governs both names joined
by «و», so the second («قطر») is the other side of the relations, as the first is; read
alone, with no preposition of its own, it would pass for the place visited («زار الوزير
قطر»). A place that a «و» joins (on the name or on its head noun, «ودولة قطر») to a phrase opened
by «بين» a few words before is no location of a visit.
"""

from __future__ import annotations

from kg.relations.index import Word

_BETWEEN = frozenset({"بين"})
_REACH = 5
"""How many words before the place «بين» may stand («بين إقليم كردستان ودولة قطر»)."""


def between_conjunct(words: list[Word], index: int) -> bool:
    """Whether the place at ``words[index]`` opens with «و», itself or by the head noun right
    before it («ودولة قطر»), and follows «بين» within a few words."""
    if not 0 <= index < len(words):
        return False
    opener = next((k for k in (index, index - 1) if k >= 0 and any(
        prefix.startswith("و") for prefix, _ in words[k].readings())), None)
    if opener is None:
        return False
    return any(w.bare() in _BETWEEN for w in words[max(0, opener - _REACH):opener])
