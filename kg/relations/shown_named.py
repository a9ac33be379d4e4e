"""«وبيّن مارك باتن نائب رئيس قسم الأطعمة في فندق أتلانتس: «...»»: a name right after «بيّن».

The verb «بيّن» is read only with its own content within a subject's reach
(:mod:`kg.relations.shown`). When a person's name follows the verb at once, the subject
is that person and the title in apposition after the name, which may run long (a post, its
department, its company and its place) before the colon or «أن»; the content is then the
verb's own as far as a stacked title chain may reach. The preposition «بين» (between)
takes two names joined by «و» and a verb of their own («وبين X وY قال Z»), which the
check for another reporting verb in between still rejects.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word


def name_opens(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a person's name starts right after the verb ``words[position]``."""
    if position + 1 >= len(words):
        return False
    mention = context.mention_starting_in(words[position + 1])
    return mention is not None and mention.label == "Person" and bool(mention.entity_id) \
        and mention.start == words[position + 1].start
