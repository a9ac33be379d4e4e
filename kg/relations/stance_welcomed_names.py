"""Named guests listed after a colon: «رحب المدرب باللاعبين الجدد: X و Y».

A welcome of a group of people is protocol and names no one («رحب بالحضور»: no line), but
when the group is listed by name right after it, behind a colon, each person named is
welcomed (GUIDELINES: «رحب» -> welcomes; a host welcoming a named guest is annotated), as
kg already reads the list with no colon («باللاعبين الجدد X و Y») or after «وخاصة». The
list is taken whole or not at all: after «بالـ» + a noun of people (and at most two
adjectives) right after the subject, a colon, then person names joined by «و» or commas up
to the end of the clause; any other word in the list and nothing is read.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word

_PEOPLE = frozenset({
    "لاعبين", "منضمين", "ضيوف", "اعضاء", "محترفين", "مدربين", "نجوم", "زملاء", "وافدين",
    "قادمين", "موظفين", "مشاركين", "اداريين", "معلمين", "طلاب", "اطباء",
})
"""Nouns of people a host welcomes, without «بالـ» (normalised)."""

_ADJECTIVES = 2


def listed_guests(context: Extraction, words: list[Word], after: int) -> list[Candidate]:
    """The persons listed by name after «بالـ» + a noun of people and a colon, right after
    the subject that ends before ``words[after]`` (see the module docstring)."""
    if after >= len(words) or context.covering_mention(words[after].start) is not None:
        return []
    head = words[after].norm
    if not (head.startswith("بال") and head[3:] in _PEOPLE):
        return []
    colon = None
    for index in range(after + 1, min(len(words), after + 2 + _ADJECTIVES)):
        gap = context.gap(words[index - 1], words[index]).strip()
        if gap == ":":
            colon = index
            break
        if gap or not words[index].norm.startswith("ال") or \
                context.covering_mention(words[index].start) is not None:
            return []
    if colon is None:
        return []
    guests: list[Candidate] = []
    index, joined = colon, False
    while index < len(words):
        mention = context.mention_starting_in(words[index])
        if mention is None or mention.label != "Person" or not mention.entity_id:
            # «X و Y، ثم بدأ ...»: a list closed by «و» ends at the comma after it
            return guests if joined and context.gap(words[index - 1], words[index]).strip() \
                in {"،", ","} else []
        joined = words[index].norm.startswith("و") and mention.start > words[index].start
        guests.append(Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                                mention.label, index, "mention"))
        while index < len(words) and words[index].start < mention.end:
            index += 1
        if index >= len(words):
            break
        gap = context.gap(words[index - 1], words[index]).strip()
        if gap not in {"", "،", ","}:
            break  # the clause ends with the list
        if gap == "" and not words[index].norm.startswith("و"):
            return []  # a word that is not a name continues the clause
    return guests
