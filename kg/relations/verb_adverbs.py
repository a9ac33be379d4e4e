"""A sentence adverb between a verb and what follows it: «ودعا أيضا وزارة الصحة إلى ...».

«أيضا» and «كذلك» ("also") may stand right after a verb that has no subject of its own
(«وأشاد أيضا بجهود ...», «وناشد أيضا الجمعيات ...»). They are neither its subject nor its
object, so the tests that read the word after the verb (a preposition, an object that
cannot be its subject, a title naming a new subject) read the word after the adverb.
"""

from __future__ import annotations

from kg.relations.index import Word

_VERB_ADVERBS = frozenset({"ايضا", "كذلك"})


def after_verb(words: list[Word], position: int) -> int:
    """The index of the word after the verb at ``position``, past one «أيضا» or «كذلك»
    that is not the clause's last word."""
    after = position + 1
    if after + 1 < len(words) and words[after].norm in _VERB_ADVERBS:
        return after + 1
    return after
