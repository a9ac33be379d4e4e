"""Sanctions told as lifted or eased from a named side: «رفع العقوبات الدولية عن إيران».

A lifting word before a sanction noun («رفع العقوبات», «تخفيف العقوبات», «قد ينهي العقوبات»)
makes a bare «العقوبات» no event (``event_complements``): nobody named bears them. But a named
side after the noun, behind «عن» or «على» («رفع العقوبات الدولية عن إيران», «تخفيف العقوبات على
الجمهورية الإسلامية») or behind the participle of imposing («اتفاق يخفف العقوبات المفروضة على
طهران»), tells that the sanctions stand on that side in the news period: the Sanction event,
whose target is that side, as an analyst reads it, at the first mention of sanctions in the
article (a later one repeats them). The side must be a state or a place and follow the noun
within a few words (its adjectives between), with no punctuation and no other preposition
before it («رفع العقوبات مقابل قيود على البرنامج» names no side). A feminine pronoun there
(«عنها», «عليها») names the side told last before the noun (``event_sanction_pronouns``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_sanction_pronouns import pronoun_side
from kg.relations.index import PLACE_LABELS, Word
from kg.relations.lexicon import LIFTING, PREPOSITIONS

_SANCTION_NOUNS = frozenset({"عقوبات", "العقوبات"})
_ENDING_VERBS = frozenset({
    "ينهي", "تنهي", "انهي", "انهت", "يرفع", "ترفع", "رفعت", "يخفف", "تخفف", "خفف", "خففت",
    "سيخفف", "ستخفف", "سيرفع", "سترفع", "يلغي", "تلغي", "الغي", "الغت", "يزيل", "تزيل", "ازال",
    "ازالت", "يعلق", "تعلق", "علق", "علقت", "يجمد", "تجمد",
})
"""Verbs of ending or easing right before the noun («قد ينهي العقوبات», «اتفاق يخفف العقوبات»)."""
_FROM = frozenset({"عن", "علي"})
_PARTICIPLES = frozenset({"مفروضه", "مفروض"})
_LIFT_REACH = 3
"""How far before the noun the lifting word may stand («رفع تدريجي ومشروط للعقوبات»)."""
_SIDE_REACH = 4
"""How far after the noun «عن»/«على» may stand («العقوبات الاقتصادية الغربية المفروضة على»)."""
_SIDES = PLACE_LABELS
"""Sides that bear sanctions lifted: states and places («عن إيران»), not a player or a firm whose
penalties are eased («تخفيف العقوبات على اللاعب»: a penalty, no sanction of states)."""


def lifted_from_named(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the sanction noun at ``words[position]`` follows a lifting word and names the
    side it is lifted from: «رفع العقوبات الدولية عن إيران»."""
    noun = words[position]
    if noun.bare() not in _SANCTION_NOUNS and noun.norm not in _SANCTION_NOUNS:
        return False
    return _after_lifting(context, words, position) and (
        _side_after(context, words, position) or
        pronoun_side(context, words, position) is not None) \
        and not _told_before(context, noun)  # «فور رفع العقوبات عنها»: ``event_sanction_pronouns``


def _told_before(context: Extraction, noun: Word) -> bool:
    """Whether a sanction noun came earlier in the article: the sanctions of the news are
    told once, at their first mention («قد ينهي العقوبات المفروضة على الجمهورية الإسلامية ...
    اتفاق نووي يرفع العقوبات عن إيران»); a later lifting repeats them."""
    return any(word.bare() in _SANCTION_NOUNS or word.norm in _SANCTION_NOUNS
               for word in context.index.words[:noun.index])


def _after_lifting(context: Extraction, words: list[Word], position: int) -> bool:
    for index in range(position - 1, max(-1, position - 1 - _LIFT_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if word.has(LIFTING) or word.norm in _ENDING_VERBS or word.bare() in _ENDING_VERBS:
            return True
    return False


def _side_after(context: Extraction, words: list[Word], position: int) -> bool:
    """«عن»/«على» with a named side right after it, within a few words after the noun."""
    last = min(len(words) - 2, position + _SIDE_REACH)
    for index in range(position + 1, last + 1):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return False
        if word.norm in _FROM:
            after = words[index + 1]
            if context.boundary_between(word, after):
                return False
            mention = context.mention_starting_in(after)
            return mention is not None and bool(mention.entity_id) and mention.label in _SIDES
        if word.bare() in _PARTICIPLES:
            continue
        if word.norm in PREPOSITIONS or word.bare() in PREPOSITIONS:
            return False  # «رفع العقوبات مقابل ...», «العقوبات في ...»: no side named
        mention = context.covering_mention(word.start)
        if mention is not None and not context.is_nisba(mention):
            return False  # «رفع العقوبات إيران ...»: a name that is no adjective of the noun
    return False
