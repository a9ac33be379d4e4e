"""The issuer of a statement: «بيان صادر عن وزارة الداخلية», «بيان أصدرته الوزارة».

The guidelines make the author of a statement its speaker («في بيان لوزارة الداخلية» → the
ministry). Arabic news names the author with «لـ» and just as often with the participle
«صادر عن / صادر من» («issued by») or a relative verb with a pronoun of the document
(«أصدرته», «أصدرها»): «وذكر بيان صادر عن وزارة الداخلية أن ...», «وبحسب بيان صادر عن
الوزارة، فإن ...», «ووفقا لبيان أصدرته الشركة فإن ...». What follows these words is the
issuer, as the «لـ» object is. «نشرته» (published, by a newspaper) is a relay, not an
issuer, and stays out.
"""

from __future__ import annotations

from kg.relations.index import Word

_ISSUED = frozenset({"صادر", "الصادر", "صادرا", "صادره", "الصادره", "صادرة"})
"""«صادر عن», «الصادر عن»: issued by, as normalised words."""
_ISSUED_FROM = frozenset({"عن", "من"})
_ISSUED_IT = frozenset({"اصدرته", "اصدرها", "اصدره", "اصدرتها"})
"""«أصدرته الوزارة»: a relative verb whose pronoun is the document; its subject issued it."""


def issuer_start(words: list[Word], index: int) -> int | None:
    """The index of the issuer's first word when ``words[index:]`` opens with «صادر عن» /
    «الصادر من» or «أصدرته»; None otherwise."""
    if index < len(words) and words[index].norm in _ISSUED_IT:
        return index + 1 if index + 1 < len(words) else None
    if index + 2 < len(words) and words[index].norm in _ISSUED and \
            words[index + 1].norm in _ISSUED_FROM:
        return index + 2
    return None
