"""Support in the market sense: prices, shares and traders «get support», nobody takes a side.

Market reports say «لقي التجار دعما من أوبك», «تلقت الأسعار دعما من تراجع المخزونات»,
«دعم الأسهم»: what is propped up is a price, a market or its traders, and the one named
after «من» is a cause, not a holder. ``supports`` is never written with such an unnamed
object.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg

_MARKET = frozenset({
    "تجار", "متعاملين", "متعاملون", "مستثمرين", "مستثمرون", "اسعار", "اسهم", "بورصه",
    "بورصة", "بورصات", "عمله", "عملة", "عملات", "مؤشر", "مؤشرات", "دولار", "يورو", "سوق",
    "اسواق", "ذهب",
})
"""A market object's first word without its clitics and article («التجار», «للأسعار»)."""


def market_object(context: Extraction, kind: str, obj: Arg) -> bool:
    """The object of a ``supports`` stance is an unnamed phrase opening with a market word
    («التجار», «الأسعار»); a named body («سوق الخليج») is a party like any other."""
    if kind != "supports" or context.label(obj.node_id) in AGENT_LABELS:
        return False
    word = context.word_at(obj.start)
    return word is not None and word.bare() in _MARKET
