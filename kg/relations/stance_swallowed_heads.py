"""The addressee's first word read into the subject's name: no object.

The taggers sometimes run a name one word too far: «وناشد سالم مغردي مواقع التواصل الكف عن
...» tags «سالم مغردي», though «مغردي» (the tweeters of) opens the addressee «مغردي مواقع
التواصل». What is left after the tagged name is only the complement of that construct
(«مواقع التواصل»), never the one urged or praised. A name does not end in a plural noun of
people in construct («مغردي», «مستخدمي», «أهالي», «سكان», «منسوبي» ...), so when the tagged
subject ends in one and the object read opens right after it, the object is dropped (a
missing fact rather than a wrong one).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_PEOPLE_IN_CONSTRUCT = frozenset({
    "مغردي", "مستخدمي", "متابعي", "منسوبي", "موظفي", "مواطني", "ناشطي", "مرتادي", "مشجعي",
    "منتسبي", "ملاك", "مالكي", "اولياء", "اهالي", "سكان", "رواد", "زوار", "ابناء", "جمهور",
})
"""Plural (or collective) nouns of people that open an addressee in construct
(«مستخدمي الإنترنت», «أهالي الحي»): never the last word of a person's or body's name."""


def swallowed_head(context: Extraction, words: list[Word], subjects: list[Arg],
                   candidate: Candidate) -> bool:
    """Whether ``candidate``, read from the words right after a tagged subject, is the
    complement of a noun of people that the subject's tagged name swallowed: the subject's
    name is more than one word and its last word is such a noun, with spaces only between it
    and the candidate."""
    index = candidate.word_index
    if not 0 < index < len(words):
        return False
    first, before = words[index], words[index - 1]
    if before.norm not in _PEOPLE_IN_CONSTRUCT or context.gap(before, first).strip():
        return False
    return any(subject.end == before.end and subject.start < before.start for subject in subjects)
