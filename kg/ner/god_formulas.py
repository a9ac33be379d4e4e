"""Pious formulas of «X الله» read as a person's name.

News prose thanks God in set phrases: «بعد توفيق الله», «بتوفيق الله», «بفضل الله»,
«ثم بعون الله». The tagger reads «توفيق الله» as a person (a given name + a family
name in «الله», like «عبدالله», «فتح الله»). A name of exactly two words whose second
is «الله» and whose first is a noun of such a formula (:data:`FORMULA_NOUNS`: «توفيق،
فضل، عون، نعمة، رحمة، إذن، مشيئة، حمد، شكر»), with «ب» glued to it or the word before
it «بعد/ثم/قبل», is the formula, no name. «محمد حسين فضل الله» (three words) and «قال
فضل الله» (no formula word before) stay names.
"""

from __future__ import annotations

from kg.text.normalize import normalize_key

FORMULA_NOUNS = frozenset(normalize_key(word) for word in (
    "توفيق", "فضل", "عون", "نعمة", "رحمة", "إذن", "مشيئة", "حمد", "شكر"))
_BEFORE = frozenset(normalize_key(word) for word in ("بعد", "ثم", "قبل", "وبعد"))
_GOD = normalize_key("الله")


def pious_formula(before: str | None, first: str, second: str) -> bool:
    """Whether the two-word name ``first second`` after the word ``before`` is a pious
    formula (see the module docstring)."""
    if normalize_key(second) != _GOD:
        return False
    word = normalize_key(first)
    if word.startswith("ب") and word[1:] in FORMULA_NOUNS:
        return True  # «بتوفيق الله», «بفضل الله»
    return word in FORMULA_NOUNS and before is not None and normalize_key(before) in _BEFORE
