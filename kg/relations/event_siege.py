"""A siege laid on a town is a military operation, not a sanction.

«الحصار» imposed («فرضت حصاراً», «الحصار المفروض») is read as a blockade, a Sanction
(«الحصار الذي يفرضه التحالف»: the coalition's embargo on arms to a country). But the same noun
laid by ground troops on a town or its supply lines is a siege, a MilitaryOperation whose
target is the place besieged (guidelines: "a place attacked, captured or besieged is a
target"):

- a town, district or camp behind «على» right after the noun: «فرض الحصار على مدينة الفلوجة»,
  «حصاراً خانقاً على حي الوعر», «الحصار المفروض على مخيم اليرموك» (a tagged town, not a
  country: «الحصار على قطر» stays a sanction);
- ground forces as the subject a few words before, in the same clause: «القوات العراقية تواصل
  فرض إجراءات الحصار», «فرضت ميليشيا الحوثي حصاراً على ...», unless the noun is laid on a
  country («فرضت قوات التحالف حصاراً على اليمن»: an embargo on a state).

A blockade told with its kind («الحصار البحري», «الاقتصادي», «الجوي») stays a sanction.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import TERRITORY_LABELS, Word

TOWN_NOUNS = frozenset({
    "مدينه", "المدينه", "بلده", "البلده", "قريه", "القريه", "قري", "حي", "احياء", "الاحياء",
    "مخيم", "المخيم", "مدن", "المدن", "بلدات", "منطقه", "مناطق",
})
"""Nouns of a town or a part of it, which troops besiege."""

GROUND_FORCES = frozenset({
    "القوات", "قوات", "الجيش", "جيش", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "الميليشيات",
    "المليشيات", "المسلحون", "مسلحو", "مسلحين", "عناصر", "مقاتلو", "مقاتلي",
})
"""Heads of a subject of armed men on the ground."""

BLOCKADE_KINDS = frozenset({
    "البحري", "بحري", "بحريا", "الاقتصادي", "اقتصادي", "اقتصاديا", "الجوي", "جوي", "جويا",
    "المالي", "التجاري",
})
"""An adjective that makes the noun an embargo of trade, sea or air."""

_BEFORE = 6
"""How far back the subject may stand («القوات العراقية تواصل فرض إجراءات الحصار»)."""


def _object_on(context: Extraction, words: list[Word], position: int) -> str | None:
    """What «على» one or two words after the noun introduces: "town" (a town noun or a tagged
    town), "country" (a tagged country), "other", or None when there is no «على»."""
    for index in range(position + 1, min(len(words) - 1, position + 3)):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        if words[index].bare() == "علي" or words[index].norm == "علي":
            following = words[index + 1]
            if following.has(TOWN_NOUNS):
                return "town"
            mention = context.mention_starting_in(following)
            if mention is not None and mention.label == "Country":
                return "country"
            return "town" if mention is not None and mention.label in TERRITORY_LABELS \
                else "other"
    return None


def _forces_before(context: Extraction, words: list[Word], position: int) -> bool:
    """A ground-force head a few words before the noun, with no clause boundary between."""
    return context.lexicon_before(words, position, GROUND_FORCES, _BEFORE)


def laid_siege(context: Extraction, words: list[Word], position: int) -> bool:
    """The blockade noun at ``position`` is a siege laid by troops on a town."""
    if position + 1 < len(words) and words[position + 1].has(BLOCKADE_KINDS):
        return False
    laid_on = _object_on(context, words, position)
    if laid_on == "country":
        return False  # «فرضت قوات التحالف حصاراً على اليمن»: an embargo on a state
    return laid_on == "town" or _forces_before(context, words, position)
