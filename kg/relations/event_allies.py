"""Fighting on someone's side is an alliance told, no operation: «تقاتل إلى جانب قوات النظام».

A verb of fighting («قاتل», «تقاتل», «يقاتلون») followed, in its clause, by «إلى جانب» or
«بجانب» tells whose side a force is on, most often as a standing description of it:
«ويشن الجيش السوري وفصائل تقاتل إلى جانبه حملة ضد داعش», «وتقاتل ميليشيات حزب الله إلى جانب
قوات النظام». The name after «جانب» is the ally, never the foe, and the name before the verb
is often the ally too (the antecedent of «جانبه»): kg read the ally as the target or as the
agent. No event of fighting is read there; a fight against a foe named by the verb itself
(«قاتل الجيش تنظيم داعش») is untouched, and so are «اشتبك» and the nouns of fighting, after
which «إلى جانب» is «besides» («اشتباكات ... إلى جانب غارات جوية»).
"""

from __future__ import annotations

from kg.relations.index import Word

SIDE_FIGHTING = frozenset({"قاتلت", "قاتلوا", "تقاتل", "يقاتل", "يقاتلون", "تقاتلت", "قاتل",
                           "يقاتلوا"})
"""Forms of «قاتل» (to fight), as trigger forms (no «و»)."""
_REACH = 6
"""How far after the verb «إلى جانب» may stand (past its subject: «تقاتل ميليشيات حزب الله
إلى جانب»)."""
_TO = frozenset({"الي", "الى"})
"""«إلى» as normalized («ى» → «ي»)."""


def _side_word(word: Word) -> bool:
    """«جانب», «جانبه», «جانبها», «جانبهم»."""
    return word.norm.startswith("جانب")


def fighting_alongside(words: list[Word], position: int, form: str) -> bool:
    """Whether the verb of fighting at ``words[position]`` has «إلى جانب» or «بجانب» after
    it in its sentence, within a few words and no comma (see the module docstring)."""
    if form not in SIDE_FIGHTING:
        return False
    sentence = words[position].sentence_index
    last = min(len(words), position + 1 + _REACH)
    for index in range(position + 1, last):
        word = words[index]
        if word.sentence_index != sentence:
            return False
        if word.norm.startswith("بجانب"):
            return True
        if word.norm in _TO and index + 1 < len(words) and _side_word(words[index + 1]):
            return True
    return False
