"""Machines of war as an unnamed doer: «الطائرات الحربية», «مروحية هجومية», «طائرة بدون طيار».

News tells a raid by the machine that made it, its owner unsaid: «وقصفت الطائرات الحربية
مواقع للمسلحين», «أطلقت مروحية هجومية صاروخاً على منزل», «قصفت طائرة بدون طيار سيارة»,
«غارة شنتها طائرة من دون طيار». The machine noun («طائرة», «مروحيات», «زوارق») with a word
that says it is made for war is a doer phrase, as «دبابة إسرائيلية» is
(``perpetrators``): an adjective of war, with or without the article as the noun has it
(«طائرات حربية», «الطائرات الحربية», «المروحيات العسكرية», «مروحية هجومية», «الطائرات
المقاتلة», «طائرة مسيّرة»), or, after an aircraft, «بدون طيار» / «بلا طيار» / «من دون
طيار» (a drone). «الطائرة المدنية», «طائرة الركاب», «مروحية الإسعاف» are none. «الطيران»
is one only with an adjective of war and its country's nisba («الطيران الحربي السوري»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

MACHINE_HEADS = frozenset({
    "دبابه", "دبابات", "طائره", "طائرات", "مروحيه", "مروحيات", "مقاتلات", "زوارق", "بوارج",
    "زورق", "بارجه", "سفينه", "سفن", "طيران",
})
"""Nouns of a machine of war once it is said to be for war («زوارق حربية»)."""
_AIRCRAFT = frozenset({"طائره", "طائرات", "مروحيه", "مروحيات"})
OF_WAR = frozenset({"حربيه", "حربي", "عسكريه", "هجوميه", "مقاتله", "مسيره"})
"""Adjectives that make a machine one of war («حربية», «عسكرية», «هجومية», «مقاتلة»,
«مسيّرة»: a drone)."""
_WITHOUT = frozenset({"بدون", "بلا"})
_AIR_FORCE = frozenset({"طيران"})
"""«الطيران الحربي السوري»: a country's air force, a doer once its country is named."""


def _owned_air_force(context: Extraction, words: list[Word], index: int) -> bool:
    """«الطيران الحربي السوري» (definite, an adjective of war, then the country's nisba): the
    country's air force; bare «الطيران الحربي» names no owner and is left to the force rules
    (``event_force_subject``)."""
    if index + 2 >= len(words) or not words[index].norm.lstrip("وف").startswith("ال") or \
            not of_war(words[index + 1]) or not words[index + 1].norm.startswith("ال") or \
            context.boundary_between(words[index + 1], words[index + 2]):
        return False
    return context.country_for_nisba(words[index + 2]) is not None


def of_war(word: Word) -> bool:
    """«حربية» or «الحربية» (the article as the noun has it), no preposition glued on."""
    return word.norm in OF_WAR or (word.norm.startswith("ال") and word.norm[2:] in OF_WAR)


def machine_end(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the last word of the machine-of-war phrase at ``words[index]``
    («الطائرات الحربية»: «الحربية»; «طائرة بدون طيار»: «طيار»), or None."""
    word = words[index]
    if not word.has(MACHINE_HEADS) or index + 1 >= len(words) or \
            context.covering_mention(word.start) is not None or \
            any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} for prefix, _ in word.readings()[1:]):
        return None
    following = words[index + 1]
    if context.boundary_between(word, following):
        return None
    if word.has(_AIR_FORCE):
        return index + 1 if _owned_air_force(context, words, index) else None
    if of_war(following) and (word.norm.startswith(("ال", "وال", "فال")) ==
                              following.norm.startswith("ال")):
        return index + 1  # «طائرات حربية», «الطائرات الحربية»; not «الطائرات حربية»
    if not word.has(_AIRCRAFT):
        return None
    at = index + 1
    if words[at].norm == "من" and at + 1 < len(words) and words[at + 1].norm == "دون":
        at += 1  # «طائرة من دون طيار»
    if not (words[at].norm in _WITHOUT or (at > index + 1 and words[at].norm == "دون")) or \
            at + 1 >= len(words) or words[at + 1].norm != "طيار" or \
            any(context.boundary_between(words[i], words[i + 1]) for i in range(index, at + 1)):
        return None
    return at + 1
