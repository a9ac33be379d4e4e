"""Those who share a feeling named after its noun: «عبّر X عن فخره واعتزازه وجميع مواطني هذا
البلد بما يحققه أفراد الأمن».

A noun of feeling with its possessive («فخره», «اعتزازه») may be followed by «و» and a
phrase of quantity over people («وجميع مواطني هذا البلد», «وكافة أبناء الوطن») that adds
who shares it, before the preposition that takes what it is toward («بما يحققه ...»).
That phrase holds the stance with the subject; it is never the object: the object starts
at the word with «ب» glued after it.

Only a stance noun, only «وجميع», «وكافة» or «وكل» right at the object's start, and only
when a word opening with «ب» follows within :data:`_REACH` words with no mark between.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import StanceTrigger

_ALL = frozenset({"وجميع", "وكافه", "وكل"})
_REACH = 6


def past_co_holders(context: Extraction, words: list[Word], first_word: int,
                    trigger: StanceTrigger) -> int:
    """The word with «ب» after a phrase of those who share the feeling (see the module
    docstring), else ``first_word``."""
    if not trigger.noun or first_word >= len(words) or words[first_word].norm not in _ALL:
        return first_word
    for index in range(first_word + 1, min(len(words), first_word + _REACH)):
        if context.boundary_between(words[index - 1], words[index]) or \
                context.covering_mention(words[index].start) is not None:
            return first_word
        if index > first_word + 1 and (words[index].norm == "بما" or any(
                prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in words[index].readings()[1:])):
            return index  # «بما يحققه», «بالإنجازات»
    return first_word
