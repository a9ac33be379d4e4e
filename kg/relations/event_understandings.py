"""An understanding told as reached: «للتفاهم الذي تم التوصل إليه في أوفا».

«تفاهم» names a political accord as often as a mood («روح التفاهم», «سوء تفاهم»): it is an
Agreement only when a relative clause right after it tells it made («التفاهم الذي توصل إليه
الجانبان», «التفاهمات التي أبرمت»; ``event_made_deals``), and never as the genitive of a
memorandum («مذكرة تفاهم», whose noun is the trigger). Told as made, it is the agreement even
when the sentence names no party («المخالف للتفاهم الذي تم التوصل إليه في أوفا»: the gold's
agreement with empty roles), as a deal named as such is (``event_named_deals``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_made_deals import made_deal
from kg.relations.index import Word

UNDERSTANDING_FORMS = frozenset({"تفاهم", "التفاهم", "تفاهمات", "التفاهمات"})
_MEMORANDA = frozenset({"مذكره", "مذكرات", "مذكرتي", "مذكرتا"})


def reached_understanding(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the understanding noun at ``words[position]`` is told as reached by the relative
    clause after it, and is no memorandum's genitive."""
    if position > 0 and words[position - 1].bare() in _MEMORANDA:
        return False
    return made_deal(context, words, position)
