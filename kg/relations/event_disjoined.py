"""A killing joined by «أو» to another fate: a tally of either, not a killing told.

«وبحسب الوزارة فإن 102 مسلح قتلوا أو اعتقلوا أو استسلموا خلال النصف الأول من العام», «قتل
أو أصيب أكثر من مئة شخص»: the sentence counts those who met one fate or another, and does not
say that any one of them was killed; a careful reader does not annotate a killing there
(GUIDELINES: no guessing). Only «أو» right after or right before the killing word counts, with
no comma between («قتلوا، أو هكذا قيل» is left alone); «قتل وجرح» (and) tells both.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word

_OR = frozenset({"او"})


def disjoined_fate(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the killing word at ``words[position]`` stands next to «أو» joining it to
    another word of its clause."""
    trigger = words[position]
    if position + 2 < len(words) and words[position + 1].norm in _OR and \
            not context.boundary_between(trigger, words[position + 1]) and \
            not context.boundary_between(words[position + 1], words[position + 2]):
        return True
    return position >= 2 and words[position - 1].norm in _OR and \
        not context.boundary_between(words[position - 1], trigger) and \
        not context.boundary_between(words[position - 2], words[position - 1])
