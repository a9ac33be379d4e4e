"""A name joined by «و» to a first object named in two or more words: «انتقد X حزب الله
وإيران», «دعا X تنظيم داعش والنظام السوري إلى وقف القتال».

The reach test of a stance's objects drops a name two words past the object's first word
when that word is a content noun (it reads «ترفض نشر مراقبين لرصد تحركات مقاتلي داعش»:
a name inside an action noun's phrase is no object). When the first word opens the first
object's own name («حزب الله», «حركة حماس», «تنظيم داعش»), the words before the second
name are that name and its «و», not an action noun's complements: the second name is
offered to the coordination test (``stance_object_picks.coordinated_object``), which keeps it
only when «و» alone parts the two names, both named agents.

Only a name that the object tests (``fits``) accept, and only the name right after the
first object's last word.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word


def joined_to_name(context: Extraction, words: list[Word], first: Candidate,
                   kept: list[Candidate], scanned: list[Candidate],
                   fits: Callable[[Candidate], bool]) -> list[Candidate]:
    """``kept`` with the name joined by «و» right after ``first`` (a name of two or more
    words) added from ``scanned`` when the reach test dropped it (see the module
    docstring), in the order of the words."""
    if first.source != "mention":
        return kept
    mention = context.mention_starting_in(words[first.word_index])
    if mention is None or mention.start != first.arg.start:
        return kept
    name_first, name_last = context.mention_words(mention)
    if name_last <= name_first:
        return kept  # a one-word name: the reach test never drops its conjunct
    following = name_last - words[0].index + 1
    if any(c.word_index == following for c in kept):
        return kept
    joined = [c for c in scanned if c.word_index == following and c.source == "mention"
              and context.doc.text[first.arg.end:c.arg.start].strip() == "و" and fits(c)]
    return sorted(kept + joined[:1], key=lambda c: c.word_index)
