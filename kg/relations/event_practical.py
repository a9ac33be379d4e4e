"""«أخطاء فادحة عملية وأخلاقية»: «عملية» as the adjective «practical», not an operation.

«عملية» is also the feminine nisba adjective of «عمل» («practical»), which agrees with a
plural of things before it («خطوات عملية», «أخطاء علمية وعملية»). Joined by «و» to another
nisba adjective without the article («عملية وأخلاقية», «عملية وعلمية»), it is an adjective in a
row of adjectives, and a support verb before the plural it describes («ارتكب أخطاء فادحة
عملية») governs that plural, not an operation. An operation's adjective follows «عملية»
without «و» («عملية عسكرية», «عملية انتحارية»).
"""

from __future__ import annotations

from kg.relations.index import Word

PRACTICAL_FORMS = frozenset({"عمليه"})
_AND = "و"
_NISBA = "يه"
_SHORTEST_STEM = 5
"""A nisba adjective's stem («أخلاقية», «علمية»); shorter «وحشية», «وطنية» begin with a «و» of
their own and may describe an operation («عملية وحشية»)."""


def practical_adjective(words: list[Word], position: int, form: str) -> bool:
    """Whether «عملية» at ``words[position]`` is followed by «و» and a nisba adjective with no
    article, in the same sentence."""
    if form not in PRACTICAL_FORMS or position + 1 >= len(words):
        return False
    after = words[position + 1]
    if after.sentence_index != words[position].sentence_index:
        return False
    stem = after.norm[len(_AND):] if after.norm.startswith(_AND) else ""
    return len(stem) >= _SHORTEST_STEM and stem.endswith(_NISBA) and not stem.startswith("ال")
