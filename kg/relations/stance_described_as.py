"""«ما وصفه بـ X»: the thing a stance is toward, in the holder's own words.

«وانتقد ظريف ما وصفه بالتدخل السعودي في اليمن», «وأدان المجلس ما وصفه بالعدوان الإسرائيلي»,
«وندد المرصد بما وصفه بمجزرة قوات النظام», «ورفضت الحركة ما أسمته بالشروط الأمريكية»:
the object of the stance is what «ما» stands for, named after «وصفه/أسماه ... بـ»; the
reporter only keeps a distance from the holder's wording. So the object opens at the
word with that «بـ» (read as the phrase after it), never at «ما» or at a name further on
(«على غزة» is where the aggression was).

Only a verb of naming with an object pronoun for «ما» («وصفه», «وصفته», «أسماه»,
«سماه», «يصفه») right after «ما»/«بما», and a noun glued to «بـ» right after it.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_NAMING = frozenset({
    "وصفه", "وصفته", "وصفها", "وصفوه", "وصفتها", "وصفاه", "يصفه", "تصفه", "يصفونه",
    "اسماه", "اسمته", "اسموه", "سماه", "سمته", "سموه", "يسميه", "تسميه", "يسمونه",
})
"""Verbs of naming with the pronoun that resumes «ما» (normalised)."""

_WHAT = frozenset({"ما", "بما"})
_THAT = frozenset({"بان", "بانه", "بانها", "بانهم", "بانهما"})


def past_described_as(context: Extraction, words: list[Word], first_word: int) -> int:
    """The index of the «بـ» noun after «ما وصفه» at ``first_word``; ``first_word`` itself
    when no such phrase opens there."""
    if first_word + 2 >= len(words) or words[first_word].norm not in _WHAT or \
            words[first_word + 1].norm not in _NAMING:
        return first_word
    named = words[first_word + 2]
    if any(context.boundary_between(words[i], words[i + 1])
           for i in range(first_word, first_word + 2)):
        return first_word
    if named.norm in _THAT or \
            not any(prefix in {"ب", "بال"} for prefix, _ in named.readings()[1:]):
        return first_word  # «ما وصفه بأنه ...»: a clause, not a name
    return first_word + 2


def named_as(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is the «بـ» noun right after «ما وصفه» (not a charge after
    «اتهم ... بـ»: «انتقد X ما وصفه بالتدخل السعودي» criticizes the intervention)."""
    return index >= 2 and words[index - 2].norm in _WHAT and \
        words[index - 1].norm in _NAMING
