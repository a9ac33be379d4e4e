"""The attacker of a repelled attack is not the doer of what follows.

In «تمكنت قوات البيشمركة من صد هجوم لمسلحي داعش ... وقتلت 10 مسلحين» the name nearest
before «وقتلت» is the attacker named after «هجوم», the object of «صد»: the one who
repelled the attack did the killing. Such a name is no agent of a later verb; the
agent is then dropped rather than guessed.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import find_event

_REPELLING = frozenset({"صد", "صدت", "صدوا", "التصدي", "تصدت", "تصدي", "احباط", "احبطت",
                        "احبط", "افشال", "افشلت", "افشل", "دحر", "دحرت"})
"""«صد هجوم», «التصدي لهجوم», «إحباط هجوم», «دحر هجوم»: a deed against the attack."""

_ATTACKS = frozenset({"Attack", "MilitaryOperation"})
_ATTACKER_REACH = 3
"""How many words may stand between the attack noun and its attacker («هجوم لمسلحي داعش»,
«هجوما شنه مسلحو داعش»)."""


def repelled_attacker(context: Extraction, words: list[Word], agents: list[Arg]) -> bool:
    """Whether any of the agents is named just after an attack noun that a word of
    repelling governs («صد هجوم لمسلحي داعش», «إحباط هجوم شنه تنظيم داعش»)."""
    starts = {a.start for a in agents}
    for position, word in enumerate(words):
        if word.start not in starts and not any(a.start < word.end and word.start < a.end
                                                for a in agents):
            continue
        for back in range(1, _ATTACKER_REACH + 1):
            index = position - back
            if index < 1:
                break
            if context.boundary_between(words[index], words[index + 1]):
                break
            hit = find_event(words[index].norm)
            if hit is not None and hit.value in _ATTACKS:
                if any(w.has(_REPELLING) for w in words[max(0, index - 2):index]):
                    return True
                break
    return False
