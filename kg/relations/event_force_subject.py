"""A bare force noun right after a verb of striking is its subject, and the object follows it.

In verb-first clauses the subject comes between the verb and its object: «وقصفت الطائرات
مدرسة في المدينة», «واستهدف الطيران الحربي مبنى البلدية», «وقصفت المقاتلات السعودية مستودعاً
للذخيرة». When that subject is a definite noun of armed machines or men with no name of its own
(«الطائرات», «الطيران», «المقاتلات», «القوات»), possibly followed by definite nisba adjectives
(«الحربي», «السعودية»), the object phrase, the target, starts after it. The subject itself
names nobody, so no agent is read from it.

The same holds for a definite band of fighters with no name of its own: «واستهدفت الفصائل
المقاتلة حاجزاً للجيش», «وهاجم المسلحون مركز الشرطة», «وقصف الثوار مواقع النظام»: the band
is the subject, never the target, and the object after it is.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.perpetrators import FORCE_HEADS

_ADJECTIVES = 2
"""How many definite nisba adjectives may follow the force noun («الطيران الحربي السعودي»)."""


BAND_HEADS = frozenset({"فصائل", "كتائب", "ثوار", "مسلحون", "مسلحين", "متمردون", "متمردين",
                        "مقاتلون", "مقاتلين", "مجاهدون", "مجاهدين"})
"""Definite bands of fighters that head a verb's subject («الفصائل», «المسلحون», «الثوار»)."""
_BAND_ADJECTIVES = frozenset({"المقاتله", "المسلحه", "المعارضه", "المتمرده", "الاسلاميه",
                              "الثوريه"})
"""Adjectives of a band that are no nisba of a country («الفصائل المقاتلة», «المعارضة»)."""


_FORCE_HEADS_OR_BAND_HEADS = FORCE_HEADS | BAND_HEADS


def _definite_force(context: Extraction, word: Word) -> bool:
    """«الطائرات», «الطيران», «الفصائل»: a definite force or band noun that no tagged name
    covers."""
    return context.covering_mention(word.start) is None and any(
        prefix in {"ال", "وال", "فال"} and rest in _FORCE_HEADS_OR_BAND_HEADS
        for prefix, rest in word.readings())


def _nisba(word: Word) -> bool:
    """A definite nisba adjective: «الحربي», «الحربية», «السعودية», «الإسرائيلية»; or an
    adjective of a band («المقاتلة», «المسلحة»)."""
    return (word.norm.startswith("ال") and word.norm.endswith(("ي", "يه")) and
            len(word.norm) > 4) or word.norm in _BAND_ADJECTIVES


def after_force_subject(context: Extraction, words: list[Word], start: int) -> int:
    """The index after a bare force subject that stands at ``words[start]`` right after the
    verb, with its adjectives; ``start`` itself when there is none (or the clause ends)."""
    if start >= len(words) or not _definite_force(context, words[start]):
        return start
    index = start + 1
    while index < len(words) and index - start - 1 < _ADJECTIVES and _nisba(words[index]) and \
            not context.boundary_between(words[index - 1], words[index]):
        index += 1
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
        return start
    return index
