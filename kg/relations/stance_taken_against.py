"""«أخذ X على Y»: the subject of «أخذ» may be a titled name before «على».

«وأخذ وزير الخارجية المصري سامح شكري على تركيا تدخلها»: a title («وزير»), its definite
complements and adjectives («الخارجية المصري»), an honorific, then the name, all stand
between «أخذ» and «على»; «أخذ» still holds the deed against the one after «على». Only the
words of such a titled subject are passed over: «أخذت القوات مواقعها على الحدود» (an
object noun) stops the walk, so no «على» is reached.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.relations.index import Word
from kg.relations.lexicon import HONORIFICS, TITLE_HEADS
from kg.relations.titles import compound_end

_REACH = 9
"""Words from «أخذ» to «على»: a title of three or four words and a name of up to four."""


def past_titled_subject(words: list[Word], index: int, named: Callable[[Word], bool]) -> int:
    """The index after a titled subject opening at ``index`` («وزير الخارجية المصري سامح
    شكري»): a title head (or compound title), its definite words, honorifics, then words of
    a name; ``index`` itself when no title opens there or no name closes it."""
    end = compound_end(words, index)
    if end is None and not (index < len(words) and words[index].has(TITLE_HEADS)):
        return index
    later = (end if end is not None else index) + 1
    limit = min(len(words), index + _REACH)
    while later < limit and not named(words[later]) and (
            words[later].norm.startswith("ال") or words[later].norm in HONORIFICS):
        later += 1
    if later >= limit or not named(words[later]):
        return index
    while later < limit and named(words[later]):
        later += 1
    return later
