"""Where the mouthpiece a body speaks through opens: «على لسان X» and «بلسان X».

«وأدانت مصر على لسان وزير خارجيتها X الهجوم», «وأدانت مصر بلسان وزير خارجيتها X الهجوم»:
the one word «بلسان» says what the two words «على لسان» say; the spokesman after either is
read by ``stance_mouthpieces.past_mouthpiece`` and is never the stance's object.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word


def tongue_opening(context: Extraction, words: list[Word], first_word: int) -> int | None:
    """The index of the first word of the spokesman's phrase after «على لسان» or «بلسان» at
    ``words[first_word]``; None when neither opens there."""
    if first_word + 1 < len(words) and words[first_word].norm == "بلسان":
        return first_word + 1
    if first_word + 2 < len(words) and words[first_word].norm == "علي" and \
            words[first_word + 1].norm == "لسان" and \
            not context.boundary_between(words[first_word], words[first_word + 1]):
        return first_word + 2
    return None
