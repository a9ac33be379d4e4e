"""The one thanked named by title alone: «وشكر X معالي وزير الصحة على دعمه».

Saudi and pan-Arab news name an official in full once («وزير الصحة فهد العلي», «الأمير X
أمير منطقة حائل») and thank him later by title alone, as the verb's object («وشكر X معالي
وزير الصحة على ...») or after the «ل» of a noun of thanks («عن شكره لسمو أمير المنطقة
على ...», «وقدم الشكر لمعالي وزير الصحة على ...»). The title, past its style of address,
is the one person the text introduced with that same title
(:func:`kg.relations.stance_titled_holders.repeated_title`: word for word, through the
whole title, and no one when two persons were, or when the title goes on with another
region or body), or, shortened to «أمير المنطقة», the one introduced with that title of a
named region (after «ل» with no style too: «عن شكره لأمير المنطقة»). Any other title glued
to «ل» with no style before it («لوزير الصحة») is left: the words of the repeat are
compared as written.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import THANKED_FOR, TITLE_HEADS, StanceTrigger
from kg.relations.stance_deed_objects import titled_actor
from kg.relations.stance_titled_holders import STYLES, common_words
from kg.text.normalize import normalize_key

_JOINED_THANKS = frozenset(normalize_key(word) for word in (
    "والتقدير", "والامتنان", "والعرفان", "والثناء"))
"""Nouns joined to the thanks before the one thanked («الشكر والتقدير لـ», «الشكر والعرفان لـ»)."""


def thanked_title(context: Extraction, words: list[Word], first_word: int,
                  trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """The person a title names when it is the object of thanks: right after a verb of
    thanks («وشكر X معالي وزير الصحة»), or after a noun of thanks, a style glued to «ل»
    («شكره لسمو أمير المنطقة»)."""
    if trigger.requires != THANKED_FOR or first_word >= len(words):
        return None
    if trigger.noun:
        while first_word + 1 < len(words) and words[first_word].norm in _JOINED_THANKS and \
                not context.boundary_between(words[first_word], words[first_word + 1]):
            first_word += 1  # «الشكر والتقدير لمعالي وزير الصحة»
        word = words[first_word]
        lam = {rest for prefix, rest in word.readings() if prefix.lstrip("وف") == "ل"}
        if not lam or first_word + 1 >= len(words) or \
                context.boundary_between(word, words[first_word + 1]):
            return None
        if lam & STYLES:
            first_word += 1  # «لسمو أمير المنطقة», «لمعالي وزير الصحة»: past the style
        elif not lam & TITLE_HEADS:
            return None  # «لأمير المنطقة»: only a region's title is read without a style
    if context.covering_mention(words[first_word].start) is not None:
        return None
    found = titled_actor(context, words, first_word, skip)
    if found is None or not _one_holder(context, words, first_word, found):
        return None
    return found


def _one_holder(context: Extraction, words: list[Word], start: int, found: Candidate) -> bool:
    """Whether no other person was introduced with a title the words repeat («وزير الصحة X»
    and later «وزير الصحة Y»: the one thanked is not known), even less often."""
    index = start
    while index < len(words) and words[index].norm in STYLES:
        index += 1
    holders = {role.person_id for role in context.roles
               if role.start < words[start].start and common_words(
                   context, role.start, words, index) >= max(2, len(role.position_name.split()))}
    return holders <= {found.arg.node_id}
