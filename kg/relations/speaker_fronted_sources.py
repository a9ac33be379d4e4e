"""An unnamed source fronted before a comma and the verb is its subject: no one named speaks.

«لكن مصدرًا مطلعًا في الوزارة، أكد للصحيفة أن ...», «غير أن مسؤولين في الشركة، قالوا إن
...»: the clause opens with «لكن» (or «غير أن», «إلا أن», «بيد أن») and a source that is no
entity («مصدر», «مسؤولون», «شهود»), its description runs on, and a comma sets it off
before the verb. The verb then has a subject, the source, and continues no speaker named
before it; without this the comma made it read as a bare «أكد» that continues the last
speaker. The same clause after a comma inside a statement («قال X إن الحالات تراجعت، لكن
مصدرا طبيا قال إن ...») ends X's statement there.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import find_reporting
from kg.relations.speaker_readings import ANONYMOUS

_BUT = frozenset({"لكن", "ولكن", "فلكن"})
"""«لكن»: its noun in the accusative is the subject of the verb after it."""
_BUT_THAT = frozenset({"غير", "الا", "بيد"})
"""«غير أن», «إلا أن», «بيد أن»: the same with «أن» after the particle."""
_THAT = frozenset({"ان"})
_REACH = 16
"""How many words the source's description may run to before the comma and the verb."""


def fronted_source(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the verb ``words[position]`` ends a clause opened by «لكن» (or «غير أن», ...)
    and an unnamed source, set off by a comma or not: «لكن مصدرا بارزا في الجيش، أكد أن»,
    «...، لكن مصدرا طبيا قال إن»."""
    if position < 2:
        return False
    index = position - 1
    while index > 0 and position - index <= _REACH and \
            not context.boundary_between(words[index - 1], words[index]):
        index -= 1
    if position - index > _REACH:
        return False
    source = _past_contrast(words, index)
    return source is not None and source < position and _unnamed_source(words[source])


def contrasted_source(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` opens «لكن» (or «غير أن», ...) and an unnamed source with a
    verb of saying after it: «...، لكن مصدرا طبيا قال إن ...» (another speaker's words, not
    more of the statement before the comma)."""
    source = _past_contrast(words, index)
    if source is None or source >= len(words) or not _unnamed_source(words[source]):
        return False
    return any(find_reporting(word.norm) is not None
               for word in words[source + 1:source + 1 + _REACH])


def _past_contrast(words: list[Word], index: int) -> int | None:
    """The word after «لكن», «غير أن», «إلا أن» or «بيد أن» at ``words[index]``, if any."""
    if words[index].norm in _BUT:
        return index + 1
    if words[index].norm.removeprefix("و") in _BUT_THAT and index + 1 < len(words) and \
            words[index + 1].norm in _THAT:
        return index + 2
    return None


def _unnamed_source(word: Word) -> bool:
    """«مصدرًا», «مسؤولين», «شهودا»: a source that is no entity, the accusative «ا» too."""
    bare = word.bare()
    return bare in ANONYMOUS or word.norm in ANONYMOUS or \
        (bare.endswith("ا") and bare[:-1] in ANONYMOUS)
