"""An unnamed source fronted before a comma and the verb is its subject: no one named speaks.

«لكن مصدرًا مطلعًا في الوزارة، أكد للصحيفة أن ...», «غير أن مسؤولين في الشركة، قالوا إن
...»: the clause opens with «لكن» (or «غير أن», «إلا أن», «بيد أن») and a source that is no
entity («مصدر», «مسؤولون», «شهود»), its description runs on, and a comma sets it off
before the verb. The verb then has a subject, the source, and continues no speaker named
before it; without this the comma made it read as a bare «أكد» that continues the last
speaker. The same clause after a comma inside a statement («قال X إن الحالات تراجعت، لكن
مصدرا طبيا قال إن ...»), or one with a named subject («...، لكن الوزير Y قال إن»), ends X's
statement there.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import find_reporting
from kg.relations.role_words import is_title_head
from kg.relations.speaker_readings import ANONYMOUS

_BUT = frozenset({"لكن", "ولكن", "فلكن"})
"""«لكن»: its noun in the accusative is the subject of the verb after it."""
_BUT_THAT = frozenset({"غير", "الا", "بيد"})
"""«غير أن», «إلا أن», «بيد أن»: the same with «أن» after the particle."""
_THAT = frozenset({"ان"})
_REACH = 16
_NAMED_REACH = 8
"""How many words a named subject after «لكن» (a title and a name) may run to before its
verb of saying."""
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


def contrasted_source(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` opens «لكن» (or «غير أن», ...) and a new subject with a
    verb of saying after it: an unnamed source («...، لكن مصدرا طبيا قال إن ...») or a
    named one, an organisation, a person or a title («...، لكن الوزير سامي الجابر قال إن»)
    with the verb in the same clause: another speaker's words, not more of the statement
    before the comma."""
    source = _past_contrast(words, index)
    if source is None or source >= len(words):
        return False
    if _unnamed_source(words[source]):
        return any(find_reporting(word.norm) is not None
                   for word in words[source + 1:source + 1 + _REACH])
    mention = context.mention_starting_in(words[source])
    if not (is_title_head(words[source]) or (
            mention is not None and mention.entity_id and mention.label in AGENT_LABELS
            and mention.start == words[source].start)):
        return False
    for later in range(source + 1, min(len(words), source + 1 + _NAMED_REACH)):
        if context.boundary_between(words[later - 1], words[later]):
            return False
        if find_reporting(words[later].norm) is not None:
            return True
    return False


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
