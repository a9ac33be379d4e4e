"""A withdrawal of troops named as what came before the news, told as having happened.

After «بعد», «عقب», «إثر» an event noun is mostly the background of the news («بعد
الاعتداء»: the attack told already) and is not kept (``event_happened``). A withdrawal
whose genitive names armed forces («بعد انسحاب القوات العراقية منه», «عقب انسحاب مقاتلي
التنظيم من البلدة») tells a move of the news itself, the turn that let the next deed happen:
it took place, and the force named is its agent. A withdrawal of anyone else («بعد انسحاب
الوزير من الاجتماع», «بعد انسحاب واشنطن من الاتفاق») stays the background.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import ARMED_BODIES

WITHDRAWAL_NOUNS = frozenset({"انسحاب"})
"""The verbal noun of withdrawing (not «سحب», which takes an object: «سحب السفير»)."""
_AFTER = frozenset({"بعد", "عقب", "اعقاب", "اثر"})


def troops_withdrawn_before(context: Extraction, words: list[Word], position: int,
                            before: list[Word]) -> bool:
    """«بعد انسحاب القوات العراقية منه»: an indefinite withdrawal noun right after «بعد» and
    the like, whose genitive right after it is a named force of troops or armed men."""
    word = words[position]
    if not before or not before[0].has(_AFTER) or word.bare() not in WITHDRAWAL_NOUNS or \
            word.norm != word.bare() or position + 1 >= len(words):
        return False
    genitive = words[position + 1]
    return genitive.has(ARMED_BODIES) and \
        context.covering_mention(genitive.start) is not None
