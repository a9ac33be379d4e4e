"""A body found killed: «عُثر على جثة شاب مقتولاً».

News tells a killing found after the fact by the participle «مقتول» in the accusative of
state, after a verb of finding or a corpse: «وعثرت الشرطة على جثة شاب مقتولاً في حي
الكرادة», «عُثر على الصحفي فلان مقتولاً في منزله», «ووُجد ثلاثة رجال مقتولين بالرصاص».
The participle (``lexicon.FOUND_KILLED_FORMS``) names a Killing only with a form of «عثر»
or «وجد», or «جثة/جثث», within the eight words before it in its sentence; a person named
right before it is the one killed, its target (``found_victim``): «عُثر على الصحفي فلان
مقتولاً»; elsewhere it is a
state wished, feared or denied («لا يريد أن يعود مقتولاً», «خرج منها مقتولاً أو مأسوراً»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Arg, Word
from kg.relations.lexicon import FOUND_KILLED_FORMS

_FINDING = frozenset({
    "عثر", "عثرت", "عثروا", "يعثر", "وجد", "وجدت", "وجدوا", "جثه", "جثث", "جثتي", "جثتين",
    "جثته", "جثتها", "جثتهم",
})
"""Verbs of finding (active or passive, as printed unvowelled) and corpses."""
_REACH = 8


def found_killed(words: list[Word], position: int) -> bool:
    """Whether the participle at ``words[position]`` follows a verb of finding or a corpse
    within ``_REACH`` words in its sentence (see the module docstring)."""
    if words[position].bare() not in FOUND_KILLED_FORMS:
        return False
    sentence = words[position].sentence_index
    for word in words[max(0, position - _REACH):position]:
        if word.sentence_index == sentence and word.has(_FINDING):
            return True
    return False


def found_killed_ok(words: list[Word], position: int, form: str) -> bool:
    """A participle of this module stands after a finding; any other trigger passes."""
    return form not in FOUND_KILLED_FORMS or found_killed(words, position)


def found_victim(context: Extraction, words: list[Word], position: int, draft: Draft) -> None:
    """«عُثر على الصحفي فلان مقتولاً»: the person named right before a participle found
    killed (no punctuation between) is its target, when no target was read."""
    if position == 0 or not found_killed(words, position) or \
            any(a.role == "target" for a in draft.arguments):
        return
    before = words[position - 1]
    if context.boundary_between(before, words[position]):
        return
    mention = context.covering_mention(max(before.start, before.end - 1))
    if mention is not None and mention.entity_id and mention.label == "Person":
        draft.add("target", Arg(mention.entity_id, mention.start, mention.end))
