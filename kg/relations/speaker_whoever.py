"""A verb of saying after «ثمة من», «هناك من», «منهم من»: someone unnamed says it.

«ثمة من يقول إنه ...», «وهناك من قال إن ...», «ومنهم من قال إن ...»: «there is who says»,
«among them is who said». The subject of the verb is someone left unnamed, so the verb has
no named speaker: not the person named before it («... الرئيس X بلقاء إعلامي، ثمة من يقول
إنه ...»), nor the last speaker. Only these existential and partitive openers count: after
a pronoun or a name «مَن» points back to a named person («الرئيس هو من كشف عن ...», «أول من
لفت ...»), who still speaks.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.text.normalize import normalize_key

_WHOEVER = frozenset({"من", "ومن", "فمن"})
"""«مَن» (whoever) as it stands before a verb, with «و» or «ف» glued on."""
_THERE_IS = frozenset(normalize_key(word) for word in (
    "ثمة", "وثمة", "هناك", "وهناك", "فهناك", "منهم", "ومنهم", "فمنهم", "منهن", "ومنهن"))
"""«ثمة», «هناك» (there is) and «منهم» (among them) before «مَن», as normalised words."""


def says_whoever(words: list[Word], position: int) -> bool:
    """Whether the verb of saying ``words[position]`` follows «ثمة من», «هناك من» or «منهم
    من» at once."""
    return position > 1 and words[position - 1].norm in _WHOEVER and \
        words[position - 2].norm in _THERE_IS
