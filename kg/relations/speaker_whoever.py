"""A verb of saying right after «مَن» (whoever): «ثمة من يقول إن ...», «هناك من يرى أن».

«مَن» right before a finite verb is the relative «whoever» (a preposition «مِن» never stands
right before a verb): «ثمة من يقول إنه ...», «ومنهم من قال إن ...», «ممن يقولون». Its subject
is someone left unnamed, so the verb has no named speaker: not the person named before it
(«... الرئيس X بلقاء إعلامي، ثمة من يقول إنه ...»), nor the last speaker.
"""

from __future__ import annotations

from kg.relations.index import Word

_WHOEVER = frozenset({"من", "ومن", "فمن", "ممن", "وممن"})
"""«مَن» (whoever) as it stands before a verb, with «و», «ف» or «مِن» glued on."""


def says_whoever(words: list[Word], position: int) -> bool:
    """Whether the verb of saying ``words[position]`` follows «مَن» (whoever) at once."""
    return position > 0 and words[position - 1].norm in _WHOEVER
