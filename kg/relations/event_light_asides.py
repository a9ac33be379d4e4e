"""A title or a name set off by commas between a light verb and its «ب» noun.

«وقام الأمير محمد بن ناصر، أمير منطقة جازان، بزيارة للمرضى», «قام الأمين العام، الدكتور
فلان، بجولة في المدينة»: the two commas enclose an aside on the subject (its title, or the
name behind a title), not a new clause, so the light verb still governs the noun and its
subject is the event's agent, not the title word nearest the noun. Only one such aside,
closed by a comma right before the noun's phrase and opened by a comma after the subject,
is passed; any other punctuation still ends the clause.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS, TITLE_HEADS

COMMAS = frozenset({"،", ","})

_ASIDE_WORDS = 8
"""How many words the aside between the commas may hold («أمير منطقة جازان», «وزير الدولة
للشؤون الخارجية»)."""


def comma_between(context: Extraction, left: Word, right: Word) -> bool:
    """Whether a lone comma (no other punctuation) separates two neighbouring words."""
    return left.sentence_index == right.sentence_index and \
        context.gap(left, right).strip() in COMMAS


def apposed_aside(context: Extraction, words: list[Word], first: int, last: int) -> bool:
    """Whether ``words[first..last]``, set off by commas, is a title («أمير منطقة جازان»: a
    title word or a Position mention opens it) or a name («الدكتور فلان»: one Person mention
    fills it, an honorific may open it)."""
    if last < first or last - first + 1 > _ASIDE_WORDS:
        return False
    opening = words[first]
    mention = context.mention_starting_in(opening)
    if mention is not None and mention.label == "Position":
        return True
    if mention is None and opening.has(TITLE_HEADS):
        return True
    start = first + 1 if opening.norm in HONORIFICS else first
    person = context.mention_starting_in(words[start]) if start <= last else None
    return person is not None and person.label == "Person" and \
        person.end >= words[last].end
