"""A sentence adverb between a verb and what follows it: «ودعا أيضا وزارة الصحة إلى ...».

«أيضا», «كذلك» ("also"), «مجددا» ("again") and «بدوره» ("in his turn") may stand right
after a verb that has no subject of its own («وأشاد أيضا بجهود ...», «ودعا مجددا الجمعيات
إلى ...»). They are neither its subject nor its object, so the tests that read the word
after the verb (a preposition, an object that cannot be its subject, a title naming a new
subject) read the word after the adverb. The same adverbs may stand between a verb and a
named subject («ودعا مجددا وزير الصحة ...»: see ``subjects_after``).
"""

from __future__ import annotations

from kg.relations.index import Word

_VERB_ADVERBS = frozenset({"ايضا", "كذلك", "مجددا", "بدوره", "بدورها"})


def after_verb(words: list[Word], position: int) -> int:
    """The index of the word after the verb at ``position``, past one such adverb that is
    not the clause's last word."""
    after = position + 1
    if after + 1 < len(words) and words[after].norm in _VERB_ADVERBS:
        return after + 1
    return after
