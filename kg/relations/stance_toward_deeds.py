"""A deed praised after «إزاء», «تجاه» or «حيال»: «أعرب X عن تقديره إزاء الجهود التي تبذلها
Y», «عن ارتياحه تجاه الدور الذي تقوم به Y».

A noun of appreciation or satisfaction takes what it is toward with «ل» glued («تقديره
للجهود») or with a preposition of direction as a word of its own («إزاء», «تجاه», «حيال»:
see ``lexicon.TOWARD``). The actor of a deed is read from the deed phrase right after «ل»
(see ``deeds.deed_actor``); after the separate preposition the deed phrase starts one word
later, and its actor is read the same way.

Only for a noun that takes its object with «ل» (``TOWARD``), only the preposition right at
the object's start.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import StanceTrigger

_TOWARD_WORDS = frozenset({"ازاء", "تجاه", "حيال"})


def past_toward(words: list[Word], first_word: int, trigger: StanceTrigger) -> int:
    """The word after «إزاء»/«تجاه»/«حيال» at ``first_word`` for a noun that takes its object
    with «ل» (see the module docstring), else ``first_word``."""
    if "ل" in trigger.requires and first_word + 1 < len(words) and \
            words[first_word].norm in _TOWARD_WORDS:
        return first_word + 1
    return first_word
