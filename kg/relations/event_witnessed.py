"""A violent deed seen as it happened: an imperfect after a verb of seeing and its object.

«قال شاهد إنه شاهد مسلحين يطلقون النار على الطائرات», «رأى السكان الجنود يقصفون الحي»: a
violent verb in the imperfect is mostly a habit or a prospect («طاغية يقتل البشر»), and kg
reads none as an event (``event_happened.happened``). After a verb of seeing in the perfect
(``SEEING``: شاهد، رأى، شوهد) and the ones seen, it is what the witness saw going on: an event
of the news. The imperfect of seeing («عندما يرى أطفالاً يقتلون») is itself a habit, and
does not count.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

SEEING = frozenset({
    "شاهد", "شاهدت", "شاهدوا", "شاهدنا", "راي", "رايت", "رات", "راوا", "راينا", "شوهد",
    "شوهدت", "شوهدوا",
})
"""Perfect verbs of seeing (normalised: «رأى» → «راي», «رأت» → «رات»)."""
_REACH = 4
"""How many words the ones seen may run («شاهد مسلحين من القبائل يطلقون»)."""


def witnessed(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a perfect verb of seeing stands a few words before ``words[position]`` in
    its clause, with the ones seen between them (see the module docstring)."""
    for index in range(position - 2, max(-1, position - 2 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if any(rest in SEEING and prefix in {"", "و", "ف"}
               for prefix, rest in words[index].readings()):
            return True
    return False
