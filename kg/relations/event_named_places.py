"""A person's name right after «مسجد», «مدرسة», «مستشفى» names the building, not a victim.

«استهدف طيران التحالف بعدة غارات منطقة الصناعة ومسجد أنس بن مالك بمدينة الرقة»: the mosque
is named for a companion of the Prophet; the name finder tags «أنس بن مالك» as a person, and
the strike's target came out as that person, struck fourteen centuries after his death. A
target that is a Person (or any name with «بن»: the name finder also tags such names as
organisations) standing right after a noun of a named building or place
(``lexicon.NAMED_PLACE_HEADS``: «مسجد», «جامع», «مدرسة», «مستشفى», «شارع», ... with its «و»,
«بـ» or article) is part of the place's name (as ``arguments._names_place`` reads for
subjects): it is dropped. A phrase target that holds the head («مستشفى الملك فهد») is
untouched, and so is a name after a head word that ends another name («القيادي في تنظيم القاعدة
فلان»: «القاعدة» is the group, not a base).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.lexicon import NAMED_PLACE_HEADS

_PATRONYMICS = frozenset({"بن", "ابن", "بنت"})
"""A name with «بن» is a person's, whatever label the name finder gave it («أنس بن مالك»
tagged as an organisation)."""


def _named_for(context: Extraction, start: int) -> bool:
    """Whether the Person mention at ``start`` stands right after a place head noun."""
    mention = context.covering_mention(start)
    word = context.word_at(start)
    if mention is None or word is None or word.index == 0 or mention.start != start or not (
            mention.label == "Person" or _PATRONYMICS & set(mention.text.split())):
        return False
    head = context.words[word.index - 1]
    return head.sentence_index == word.sentence_index and \
        not context.boundary_between(head, word) and head.has(NAMED_PLACE_HEADS) and \
        context.covering_mention(head.start) is None  # «تنظيم القاعدة فلان»: a group's name


def drop_place_name_persons(context: Extraction, draft: Draft) -> None:
    """Drop each Person target named right after a building or place noun: the place's
    name («ومسجد أنس بن مالك»), not a victim."""
    draft.arguments = [
        argument for argument in draft.arguments
        if not (argument.role == "target" and _named_for(context, argument.start))
    ]
