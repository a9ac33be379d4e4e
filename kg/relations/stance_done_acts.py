"""A stance done with «قام بـ»: «قامت إسرائيل بتهديد لبنان», «قام أردوغان بانتقاد الحكومة».

The light verb «قام» (``lexicon.LIGHT_VERBS``) has the doer as its subject and the act as a
verbal noun after «بـ». That noun, in construct (no article, no pronoun), stands for the
verb: the name in its genitive is what the act is done to, never its doer, as it would be
after a bare noun («تهديد لبنان لإسرائيل»: Lebanon threatens). So the holder is the light
verb's subject, and the genitive is the object.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import LIGHT_VERBS
from kg.relations.stance_phrases import boundary

_REACH = 8
"""Words from «قام» to its verbal noun: the subject (a title and a name) stands between."""

_DOING = LIGHT_VERBS - {"قيام"}
"""The finite forms: «قيام X بـ» takes its doer in its own genitive, read elsewhere."""

_ADJUNCT_NOUNS = frozenset({"دعم", "مسانده"})
"""Backing nouns: after «قام» they are as often the adjunct «بدعم Y» («with Y's support»)
of another act as the act itself, so they are left out."""


def done_act(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of «قام» whose act is the stance noun at ``position`` («قام X بانتقاد Y»),
    or None: the noun has «ب» glued and no article, an actor's name opens its genitive
    right after it (so it bears no pronoun), and «قام» stands before it in its clause."""
    word = words[position]
    if not any(prefix.lstrip("وف") == "ب" for prefix, _ in word.readings()[1:]) or \
            word.norm.lstrip("وف").startswith("بال") or position + 1 >= len(words) or \
            boundary(context, word, words[position + 1]):
        return None
    genitive = context.mention_starting_in(words[position + 1])
    if genitive is None or not genitive.entity_id or genitive.label not in AGENT_LABELS:
        return None
    if word.bare() in _ADJUNCT_NOUNS:
        return None  # «قامت X بتحرير عدن بدعم Y», «بدعم Y بتحرير عدن»: Y's backing of X
    return light_verb_before(context, words, position)


def light_verb_before(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of the «قام» whose «بـ» act is the word at ``position``: «قام» stands
    before it in its clause, with only names and titles (its subject) between; None when
    another «بـ» act comes first («قام X بزيارة … بانتقاد»)."""
    for index in range(position - 1, max(-1, position - _REACH), -1):
        if boundary(context, words[index], words[index + 1]):
            return None
        if words[index].norm.lstrip("وف") in _DOING:
            return index
        if words[index].norm.lstrip("وف").startswith("ب") and \
                context.covering_mention(words[index].start) is None:
            return None  # «قام X بزيارة … بانتقاد»: the act of «قام» came before
    return None
