"""Who is not satisfied: «أعربت X عن عدم رضاها عن Y».

Rules:

- The noun of satisfaction with its holder's pronoun after «عدم» («عدم رضاه», «عدم
  رضاها»; see :data:`kg.relations.lexicon.SATISFACTION_NOUNS`) is held by the agent named
  last before it in its own clause, that no preposition governs («أعربت شركة X عن عدم
  رضاها», «أبدى X عدم رضاه»), also when the words after the light verb are read as X's
  statement.
- Never across punctuation but quotation marks: in «طالبت X بكذا، كما أعربت شركة Y عن عدم
  رضاها» the holder is Y or no one, never X, the actor of the sentence's first clause.
"""

from __future__ import annotations

from kg.relations.argument_words import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, ArgsFound, Word

_REACH = 8
_QUOTES = "\"«»“”'"


def dissatisfied_holder(context: Extraction, words: list[Word], position: int) -> ArgsFound:
    """The holder of «عدم رضاه» at ``position``: the agent named before it in its clause."""
    first = position
    while first > 0 and position - first < _REACH and \
            not context.gap(words[first - 1], words[first]).strip(_QUOTES + " "):
        first -= 1  # «أعربت شركة "ماكدونالدز" عن»: quotation marks part no clause
    named = [m for m in context.mentions_between(words[first].start, words[position].start)
             if m.label in AGENT_LABELS and m.entity_id and not preposition(context, m)
             and not context.is_nisba(m)]
    holder = named[-1].entity_id if named else None
    if holder is None:
        return ArgsFound([], position + 1, "")
    return ArgsFound([Arg(holder, named[-1].start, named[-1].end)], position + 1, "before")
