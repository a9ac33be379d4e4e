"""A body named again by the bare noun of its kind as the one praised or urged: «وشكر X
الوزارة على ...», «وأثنى X على الجمعية لـ ...», «وقدم X شكره للأمانة على ...».

Saudi news names a body once in full («أعلنت جمعية البر الخيرية ...») and goes on with the
definite noun of its kind alone. As a stance verb's subject such a noun is read by
:func:`kg.relations.stance_kind_subjects.kind_reference`; right where the verb's object opens
(after «على» or with «لـ» glued to it) it is the one thanked or urged, and stands for the one
body of that kind the text has named before it (none when it named two or none). A name, a
quotation mark or a definite adjective right after the noun («الوزارة السعودية», «الجمعية
الخيرية») makes it another body, not a reference back.
"""

from __future__ import annotations

from dataclasses import replace

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_kind_subjects import kind_reference

_PREPOSITIONS = frozenset({"علي", "الي"})
"""A preposition written apart before the object («أثنى على الوزارة»)."""


def _named_on(context: Extraction, words: list[Word], index: int) -> bool:
    """A name, a quotation mark or a definite word right after the noun at ``index``."""
    if index + 1 >= len(words):
        return False
    following = words[index + 1]
    gap = context.gap(words[index], following)
    if any(mark in gap for mark in "«\"“("):
        return True
    if gap.strip():
        return False
    return context.covering_mention(following.start) is not None or \
        following.norm.startswith("ال")


def kind_object(context: Extraction, words: list[Word], first_word: int,
                skip: set[str], noun: bool) -> Candidate | None:
    """The body a bare kind noun opening the object at ``first_word`` stands for. After a
    stance noun only with a preposition before it («شكره للوزارة»): «دعوة الوزارة» is the
    ministry's own appeal."""
    index = first_word
    apart = index < len(words) and words[index].norm in _PREPOSITIONS
    if apart:
        index += 1
    if index >= len(words) or _named_on(context, words, index):
        return None
    word = words[index]
    if not word.norm.startswith(("ال", "لل")) or (noun and not apart and word.norm[1] != "ل"):
        return None  # not «والوزارة» (a second subject), nor «دعوة الوزارة» (its own)
    as_read = replace(word, norm="ال" + word.norm[2:]) if word.norm[1] == "ل" else word
    referred = kind_reference(context, as_read)  # «للوزارة» read as «الوزارة»
    if referred is None or referred.node_id in skip:
        return None
    return Candidate(referred, "ل" if as_read is not word else "", None, index, "mention")
