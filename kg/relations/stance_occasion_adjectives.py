"""«ودعت منظمة العفو الدولية في تقريرها السنوي الحكومات العربية إلى ...»: the adjectives of
the subject's own occasion are part of it, not the start of the addressee.

An appeal or a warning often names its occasion between the subject and the addressee: a
preposition and a noun with a possessive pronoun («في تقريرها», «خلال كلمته»). That noun may
carry an adjective or two: a nisba («السنوي», «الأسبوعية», «الختامية») or a word of order
(«الأخير», «الأولى»). They describe the report or the speech; the addressee opens after them
(«الحكومات العربية», not «السنوي الحكومات العربية»); so too after a statement noun («في
خطابه الإذاعي الأسبوعي»). A named entity («السعودية») or a plural
(«المواطنين», «الحكومات») is never taken for such an adjective.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_phrases import prepositional

_ORDER = frozenset({"الاخير", "الاخيره", "الاول", "الاولي", "الثاني", "الثانيه", "الجديد",
                    "الجديده", "المقبل", "المقبله", "الماضي", "الماضيه"})
_MAX_ADJECTIVES = 2


def occasion_adjective(context: Extraction, word: Word) -> bool:
    """«السنوي», «الختامية», «الأخير»: a definite adjective of the occasion's noun."""
    norm = word.norm
    if not norm.startswith("ال") or prepositional(word) or \
            context.covering_mention(word.start) is not None:
        return False
    return norm in _ORDER or (norm.endswith(("ي", "يه")) and len(norm) > 4)


def past_occasion_adjectives(context: Extraction, words: list[Word], index: int) -> int:
    """The index past at most two adjectives of the occasion's noun at ``index`` (see the
    module docstring), with no mark before them."""
    start = index
    while index < len(words) and index - start < _MAX_ADJECTIVES and \
            not context.boundary_between(words[index - 1], words[index]) and \
            occasion_adjective(context, words[index]):
        index += 1
    return index
