"""«الوزير الأول»: an office whose name ends in an ordinal.

In Morocco, Algeria, Tunisia and France the head of government is «الوزير الأول» ("the
first minister"). The ordinal is the office's own word, not a trailing «أول» to be cut
(«أول وزيرة» is "the first woman minister", a description): cut, «إدريس جطو الوزير الأول»
would hold a bare «الوزير», a different office. Only the definite head «الوزير» (or
«الوزيرة») directly followed by the definite ordinal keeps it.
"""

from __future__ import annotations

from kg.relations.index import Word

_MINISTER = frozenset({"الوزير", "الوزيره"})
_FIRST = frozenset({"الاول", "الاولي"})


def ordinal_office(kept: list[Word]) -> bool:
    """Whether ``kept`` ends in «الوزير الأول» (clitics of the head allowed: «بالوزير»)."""
    if len(kept) < 2 or kept[-1].norm not in _FIRST:
        return False
    return any(rest in _MINISTER or (prefix.endswith("ال") and "ال" + rest in _MINISTER)
               for prefix, rest in kept[-2].readings())
