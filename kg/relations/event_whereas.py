"""«في حين» is «whereas», not «when»: the clause after it tells news of its own.

«وتعرضت محافظة حلب لقصف الطيران، في حين استهدفت الفصائل المقاتلة مواقع قوات النظام» reports
two strikes; a when-clause («عندما هاجم», «حين قصفت») sets the scene of the news instead.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import TEMPORAL_SUBORDINATORS

_WHEREAS = frozenset({"في", "وفي"})
"""The prepositions that make «حين» a contrast: «في حين», «وفي حين» (normalised: «فى» is «في»)."""


def opens_when_clause(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is a when-word («عندما», «حين»), not the «حين» of «في حين»."""
    if words[index].bare() not in TEMPORAL_SUBORDINATORS:
        return False
    return not (words[index].bare() == "حين" and index > 0 and
                words[index - 1].norm in _WHEREAS)
