"""«التقى فلان زوجته خلال دراسته»: a life story's first encounter, not a meeting.

Biographies tell how a person came to know a spouse, a love or a fellow student with the
verb of meeting: «والتقى الباحث زوجته خلال دراسته في لندن», «التقى العالم بفلانة زميلته
على مقاعد الدراسة ووقع في غرامها». Such an encounter is no ``Meeting`` (a gathering of
parties to talk). The verb of meeting is read as one when, in the words of its clause after
it, the person met is a spouse or a love (bare «زوجته», not «وزوجته», the spouse who comes
along on a state visit), or love or a time of study is told.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

ENCOUNTER_FORMS = frozenset({"التقي", "التقت"})
"""Perfect verbs of meeting that biographies use for a first encounter."""
PRIVATE_TIES = frozenset({
    "زوجته", "زوجها", "زوجتي", "زوجي", "خطيبته", "خطيبها", "حبيبته", "حبيبها", "غرامها",
    "غرامه", "حبها", "حبه", "دراسته", "دراستها", "دراستهما", "الدراسه",
})
"""A spouse, a love, a time of study: the words of a private life."""
_AND = "و"
_REACH = 12
_STOPS = ("،", ",", ".", "؛", ";", ":", "؟", "!")
"""Marks that end the clause (quotes around the name met do not: «التقى بـ "فلانة" زميلته»)."""


def private_encounter(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the words after the verb of meeting at ``words[position]``, up to the end of
    its clause, tell a private encounter: a spouse or love met (not «وزوجته», who comes
    along), or love or study told."""
    text = context.doc.text
    previous = words[position]
    for word in words[position + 1:position + 1 + _REACH]:
        if word.sentence_index != previous.sentence_index or \
                any(mark in text[previous.end:word.start] for mark in _STOPS):
            return False
        previous = word
        if word.norm.startswith(_AND) and word.norm[len(_AND):] in PRIVATE_TIES:
            continue  # «استقبل الرئيس وزوجته»: the spouse along, not the one met
        if word.has(PRIVATE_TIES):
            return True
    return False
