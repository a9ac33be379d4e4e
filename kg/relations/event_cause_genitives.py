"""The name that hangs on another violent word after a killing is that word's, not a victim.

In «قُتل نحو ألف شخص في عدن خلال المعارك وقصف مليشيا الحوثي للمدينة» the militia is the
genitive of «قصف», the shelling that killed them: its doer, not one of the dead. A name
right after a violent noun (or verb) that stands between the killing and the name, or after
that word and one construct head («قصف مليشيا الحوثي», «غارة طيران التحالف»), belongs to that
word's phrase. A definite word between them («قُتل في الاشتباكات القائد فلان») opens no
genitive: the name after it may still be the victim.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import find_event

_VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})
"""The classes of the words whose genitive is their own doer or object."""


def of_other_deed(words: list[Word], trigger: int, candidate: int) -> bool:
    """Whether ``words[candidate]`` is the genitive of a violent word between the killing at
    ``words[trigger]`` and it (indices into ``words``)."""
    for index in range(max(trigger + 1, candidate - 2), candidate):
        hit = find_event(words[index].norm)
        if hit is None or hit.value not in _VIOLENT:
            continue
        if index == candidate - 1 or _construct_head(words[index + 1]):
            return True
    return False


def _construct_head(word: Word) -> bool:
    """«مليشيا», «طيران», «قوات»: an indefinite noun in the construct state, with no clitic
    (a definite «القائد» or «والقائد» starts a phrase of its own)."""
    return word.bare() == word.norm
