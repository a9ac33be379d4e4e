"""The staff of a named body, as a stance's object: the body.

«موجهاً شكره للمسؤولين في الاتحاد السعودي للألعاب على دعمهم», «أشاد بالعاملين في وزارة
الداخلية», «ودعا الموظفين في هيئة الهلال الأحمر إلى ...»: a group of the people who run or
serve a body («المسؤولين», «العاملين», «الموظفين», «المنسوبين») at the object's start,
followed at once by «في» and the body's name, is the body acting through its people: the
named body is the object, not the bare group. After «في» a place («العاملين في الرياض») is
where they work, and the group stays as it was read.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, Arg, Word

STAFF = frozenset({"مسؤولين", "عاملين", "موظفين", "منسوبين", "منتسبين"})
"""Heads of a body's staff, without the article."""
_GLUED = ("وبال", "ولل", "وال", "بال", "لل", "ال")
"""The article, alone or after «ب», «ل» (its alef dropped) or «و»: the group is definite."""


def staff_object(context: Extraction, words: list[Word], first_word: int) -> Candidate | None:
    """The named body after «في» right after the staff noun at ``words[first_word]``, or None
    (see the module docstring)."""
    if first_word + 2 >= len(words) or words[first_word + 1].norm != "في" or \
            context.covering_mention(words[first_word].start) is not None:
        return None
    norm = words[first_word].norm
    if not any(norm.startswith(glued) and norm[len(glued):] in STAFF for glued in _GLUED):
        return None
    if context.boundary_between(words[first_word], words[first_word + 1]) or \
            context.boundary_between(words[first_word + 1], words[first_word + 2]):
        return None
    mention = context.mention_starting_in(words[first_word + 2])
    if mention is None or not mention.entity_id or mention.label not in ORGANIZATION_LABELS or \
            mention.start != words[first_word + 2].start or context.is_nisba(mention):
        return None
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                     first_word + 2, "mention")
