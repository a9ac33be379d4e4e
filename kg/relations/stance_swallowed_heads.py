"""The addressee's first word read into the subject's name: the object read again from it.

The taggers sometimes run a name one word too far: «وناشد سالم مغردي مواقع التواصل الكف عن
...» tags «سالم مغردي», though «مغردي» (the tweeters of) opens the addressee «مغردي مواقع
التواصل». What is left after the tagged name is only the complement of that construct
(«مواقع التواصل»), never the one urged or praised. A name does not end in a plural noun of
people in construct («مغردي», «مستخدمي», «أهالي», «ملاك», «منسوبي» ...), so when the tagged
subject ends in one and the object read opens right after it, the object is read again from
that noun: «مغردي مواقع التواصل», «ملاك المباني» (the subject, whose tagged span it shares,
is still the one tagged).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.text.normalize import normalize_key

_PEOPLE_IN_CONSTRUCT = frozenset({
    "مغردي", "مستخدمي", "متابعي", "منسوبي", "موظفي", "مواطني", "ناشطي", "مرتادي", "مشجعي",
    "منتسبي", "ملاك", "مالكي", "اولياء", "اهالي", "سكان", "رواد", "زوار", "ابناء", "جمهور",
})
"""Plural (or collective) nouns of people that open an addressee in construct
(«مستخدمي الإنترنت», «أهالي الحي»): never the last word of a person's or body's name."""


def swallowed_head(context: Extraction, words: list[Word], subjects: list[Arg],
                   candidate: Candidate) -> Candidate | None:
    """``candidate`` read again from the noun of people the subject's tagged name swallowed,
    when it is that noun's complement: read right after the subject (spaces only between),
    whose name is more than one word and ends in such a noun; None otherwise."""
    index = candidate.word_index
    if not 0 < index < len(words) or candidate.arg.start != words[index].start:
        return None
    first, before = words[index], words[index - 1]
    if before.norm not in _PEOPLE_IN_CONSTRUCT or context.gap(before, first).strip() or \
            not any(subject.end == before.end and subject.start < before.start
                    for subject in subjects):
        return None
    name = context.doc.text[before.start:candidate.arg.end]
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(node, before.start, candidate.arg.end), candidate.preposition,
                     candidate.label, index - 1, "topic")
