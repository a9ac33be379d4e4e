"""Decisions and agreements a welcome or a praise points to past a demonstrative or as a decree.

Rules:

- «ورحبت مصر بهذه الخطوة», «وأشاد بهذا الاتفاق»: the «ب» the verb takes is glued to the
  demonstrative, so the thing pointed to (a decision, a step, an agreement) is the object
  though it bears no «ب» itself.
- «ورحبت السعودية بالأمر الملكي», «منوها بالأوامر السامية»: «الأمر» with the adjective of a
  sovereign («الملكي», «السامي») is a decree, a decision like «القرار»; a bare «بالأمر» is
  only «the matter» and names nothing.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_phrases import DEMONSTRATIVES

_DECREES = frozenset({"امر", "اوامر"})
_SOVEREIGN = frozenset({"الملكي", "الملكيه", "السامي", "الساميه"})


def pointed_with_ba(words: list[Word], index: int, heads: frozenset[str]) -> bool:
    """Whether ``words[index]`` is a definite noun of ``heads`` right after a demonstrative
    that bears the verb's «ب» («بهذه الخطوة»)."""
    if index < 1 or index >= len(words):
        return False
    pointer, word = words[index - 1], words[index]
    return pointer.bare() in DEMONSTRATIVES and any(
        prefix.lstrip("وف") == "ب" for prefix, rest in pointer.readings() if rest == pointer.bare()
    ) and word.norm.startswith("ال") and word.norm.removeprefix("ال") in heads


def decree(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is «بالأمر» or «بالأوامر» followed by «الملكي» or «السامي»."""
    if index + 1 >= len(words):
        return False
    word = words[index]
    return any(prefix.lstrip("وف") == "بال" and rest in _DECREES
               for prefix, rest in word.readings()) and words[index + 1].norm in _SOVEREIGN \
        and not context.boundary_between(word, words[index + 1])
