"""An attack that was repelled took place: «تصدّت المقاومة لهجمات أخرى للحوثيين».

A perfect verb of repelling right before an attack noun («تصدى الجيش لهجمات متعددة لجماعة
الحوثي», «دحر المقاتلون هجوماً لتنظيم داعش») tells that the attack was made: the noun is a
reported event though no verb of occurrence stands before it, when its attacker is named (a
repelled attack with no attacker, «تصدت القوات الخاصة لهجوم عنيف», tells too little to be
sure of, and is left out). Foiling is not repelling: «أحبطت الشرطة هجوماً», «أفشلت مخططاً»
tell a deed that was prevented, no attack; nor is a verbal noun of repelling («القدرة على
التصدي لأي هجوم»), which may tell an ability or a plan.

The attacker of a repelled attack is the name behind «ل» after the noun and its adjectives
(«لهجمات أخرى للحوثيين وقوات صالح»: the Houthis), never the subject of the verb, who repelled
it (``event_repelled`` keeps that one apart from later deeds too).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_lam_groups import lam_standing_group
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import find_event

_REPELLED = frozenset({"تصدي", "تصدت", "تصدوا", "تصديا", "دحر", "دحرت", "دحروا", "صدت", "صدوا"})
"""Perfect verbs of repelling («تصدى», «دحر», «صدت»), as normalised («تصدى» → «تصدي»); the
bare «صد» is as often the verbal noun of an aim (``PLANNED_WORDS``: «لصد هجوم», «في صد أي
هجوم»), so it is a verb only where a clause opens on it (``_opens_on``)."""
_BARE_REPELLED = frozenset({"صد"})
_PARTICLES = frozenset({"قد", "وقد", "فقد", "لقد"})
_ANY_REPELLED = _REPELLED | _BARE_REPELLED
"""What a word that :func:`repelled_attack` reads as a verb of repelling has a reading in."""
_ADJECTIVE_REACH = 2
"""How many adjectives may stand between the attack noun and its attacker behind «ل»:
«لهجمات أخرى للحوثيين», «لهجوم عنيف متزامن لتنظيم داعش»."""

_CLASSES = frozenset({"Attack", "MilitaryOperation"})
_REACH = 5
"""How far before the attack noun the verb may stand: «تصدت المقاومة الشعبية لهجمات», «وصدت
قوات الجيش الوطني هجوماً»."""


def repelled_attack(context: Extraction, words: list[Word], position: int, label: str) -> bool:
    """Whether the attack noun at ``words[position]`` is the object of a perfect verb of
    repelling a few words before it in its clause («تصدت قوات الجيش لهجمات»)."""
    if label not in _CLASSES:
        return False
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if not word.has(_ANY_REPELLED) and word.norm not in _BARE_REPELLED:
            continue  # (most words: no reading of a verb of repelling, nothing more to read)
        if any(prefix in {"", "و", "ف"} and rest in _REPELLED
               for prefix, rest in word.readings()) or _opens_on(context, words, index):
            return True
    return False


def _opens_on(context: Extraction, words: list[Word], index: int) -> bool:
    """«وصد الجيش», «فصد», «وقد صد», or «صد» first in its clause: a perfect verb."""
    word = words[index]
    if any(prefix in {"و", "ف"} and rest in _BARE_REPELLED for prefix, rest in word.readings()):
        return True
    if word.norm not in _BARE_REPELLED:
        return False
    return index == 0 or context.boundary_between(words[index - 1], word) or \
        words[index - 1].norm in _PARTICLES


def repelled_doers(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The attacker named behind «ل» after the repelled attack noun at ``words[position]``
    and up to two adjectives of it («لهجمات أخرى للحوثيين»), or none."""
    for at in range(position + 1, min(len(words), position + 2 + _ADJECTIVE_REACH)):
        if context.boundary_between(words[at - 1], words[at]):
            return []
        mention = context.mention_starting_in(words[at])
        if mention is not None and mention.entity_id and not context.is_nisba(mention):
            if not context.attached_prefix(mention).lstrip("وف").startswith("ل") or \
                    mention.label not in AGENT_LABELS:
                return []
            return [Arg(mention.entity_id, mention.start, mention.end)]
        group = lam_standing_group(context, words, at)
        if group is not None:
            return [group[0]]
        if words[at].readings()[-1][0].lstrip("وف")[:1] in {"ل", "ب", "ع"} or \
                find_event(words[at].norm) is not None:
            return []  # «لهجمات على مواقع», «بالصواريخ»: past the noun's adjectives
    return []
