"""«في قمة نجاحها», «في قمة إنجازاته»: the top of someone's own success, not a summit.

A summit is named by its place, its members or its rank («قمة الرياض», «القمة العربية», «قمة
العشرين»): a name, a definite noun or a number. A noun with a possessive pronoun right after
«قمة» («نجاحها», «إنجازاته», «مجدهم», «عطائه») is what someone reached the top of, a figure of
speech of essays and profiles. The pronoun is read on the printed word: «ه»/«ها»/«هم»/«هما»
after no «ال», not a «ة» (which the normalised text writes as «ه»: «قمة الدوحة»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_PRONOUNS = ("هما", "هم", "ها", "ه")
_MIN_STEM = 3
"""Letters left before the pronoun: «مجده» (مجد + ه), not a short word like «له»."""


def possessed_peak(context: Extraction, word: Word) -> bool:
    """Whether ``word`` (right after «قمة») is a noun with a possessive pronoun, as printed."""
    printed = context.doc.text[word.start:word.end]
    if printed.startswith(("ال", "وال", "بال", "لل")) or \
            context.covering_mention(word.start) is not None:
        return False
    return any(printed.endswith(p) and len(printed) - len(p) >= _MIN_STEM for p in _PRONOUNS)
