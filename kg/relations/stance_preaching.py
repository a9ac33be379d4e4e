"""«الدعوة» as preaching the faith: no appeal to anyone.

«انطلاقاً من اهتمام المملكة بالدعوة الإسلامية», «وزارة الشؤون الإسلامية والدعوة
والإرشاد», «الدعوة إلى الله»: the noun «دعوة» followed by the faith's adjective
(«الإسلامية», «الدينية»), by «والإرشاد» or by «إلى الله» names the religious calling,
not an actor's appeal to another; it is no ``urges`` trigger.
"""

from __future__ import annotations

from kg.relations.index import Word

_CALLING = frozenset({"دعوه", "الدعوه", "دعوتها", "دعوته"})
_FAITH = frozenset({"الاسلاميه", "الدينيه", "السلفيه", "المحمديه", "والارشاد", "الارشاد",
                    "اسلاميه"})
_TO = frozenset({"الي", "ال"})
_GOD = frozenset({"الله"})


def preaching(words: list[Word], position: int) -> bool:
    """Whether the noun at ``position`` is «الدعوة» of the faith (see the module docstring)."""
    if not words[position].has(_CALLING) or position + 1 >= len(words):
        return False
    following = words[position + 1]
    if following.has(_FAITH):
        return True
    return following.norm in _TO and position + 2 < len(words) and words[position + 2].has(_GOD)
