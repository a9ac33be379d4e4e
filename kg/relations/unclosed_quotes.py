"""Where a quotation whose closing mark was lost ends.

Web copy often drops the closing mark of a direct quotation: «وقال المدير: "إن الفرق بدأت
جولاتها اليومية.   وأضاف المدير أن الموسم ناجح ...» — no mark closes the quotation before the
end of the paragraph. Read literally, the quotation runs to the end of the paragraph and
swallows the next attribution: the next speaker's words become the first speaker's, and the
verb «وأضاف» is taken as part of the quote, so the next statement is lost.

The rule: a quotation with no closing mark in its paragraph ends at the first full stop
(«.», «!», «؟») after which the next sentence opens with a verb of saying («وأضاف»,
«وقال», «وأكد» ...): a new attribution is the narrator's voice, not the quote's. With no
such sentence, the quotation keeps its old end (the paragraph or the length limit). A
«»» that closes only a quotation opened later in the paragraph («... مبادرة «عسير..
وجهة سياحية»») is not the first quotation's closing mark.
"""
from __future__ import annotations

import re

from kg.relations.lexicon import CLOSING_QUOTE, find_reporting
from kg.text.normalize import normalize_key

_STOP = re.compile(r"[.!؟?]+\s+(\S+)")
"""A full stop and the first word of the sentence after it."""


def _own_closer(text: str, opener_at: int, closer: str, limit: int) -> bool:
    """Whether the quotation opened at ``opener_at`` has its own closing mark before
    ``limit``. A straight mark is closed by any later one; «»» and «”» close the innermost
    open quotation, so one that only closes a quotation opened later («... مبادرة «عسير..
    وجهة سياحية»») leaves the first one open."""
    opener = text[opener_at]
    if opener == closer:
        return closer in text[opener_at + 1:limit]
    depth = 0
    for at in range(opener_at + 1, limit):
        char = text[at]
        if char == opener:
            depth += 1
        elif char == closer:
            if depth == 0:
                return True
            depth -= 1
    return False


def lost_closer_stop(text: str, opener_at: int, limit: int) -> int | None:
    """The end (index of the full stop) of the quotation opened at ``opener_at`` when no
    closing mark stands between it and ``limit`` and a sentence after it opens with a verb
    of saying; else None."""
    closer = CLOSING_QUOTE.get(text[opener_at])
    if closer is None or _own_closer(text, opener_at, closer, limit):
        return None
    for stop in _STOP.finditer(text, opener_at + 1, limit):
        if find_reporting(normalize_key(stop.group(1))) is not None:
            return stop.start()
    return None


def ended_before(text: str, paragraph: int, position: int) -> bool:
    """Whether the last quotation opened in ``text[paragraph:position]`` has no closing mark
    in its paragraph and ended (by :func:`lost_closer_stop`) before ``position``: a verb
    of saying there is the narrator's, not part of the quote."""
    opener_at = max(text.rfind(mark, paragraph, position) for mark in CLOSING_QUOTE)
    if opener_at < 0:
        return False
    paragraph_end = text.find("\n", position)
    limit = len(text) if paragraph_end == -1 else paragraph_end
    stop = lost_closer_stop(text, opener_at, limit)
    return stop is not None and stop < position
