"""The doer of an attack noun named behind «من»: «لقصف عنيف من طائرات التحالف».

«وتعرضت مواقع الحوثيين لقصف عنيف من طائرات التحالف», «هجوم من عناصر داعش على حاجز»: «من»
a few words after an attack or operation noun (past its adjectives, «عنيف», «جوي»), maybe
with the forces' head noun after it («طائرات», «قوات», «عناصر»), names where the strike came
from: the named actor there is its doer, never its target. A place there («هجوم من سوريا»)
is where it came from: neither doer nor target. Nouns only (a verb's «من» phrase is read by
its own rules), and not after a count («13 مسلحاً من جماعة النصرة» are members).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.event_draft import GENERIC_HEADS, Draft
from kg.relations.index import Word
from kg.relations.lexicon import find_event

_STRIKING = frozenset({"Attack", "MilitaryOperation"})
_FORCE_HEADS = GENERIC_HEADS | frozenset({
    "طائرات", "طائره", "مقاتلات", "طيران", "مدفعيه", "مروحيات", "زوارق", "دبابات", "مسلحي",
    "عناصر", "مقاتلي", "جنود", "قوات",
})
_ADJECTIVE_REACH = 2
"""How many words (adjectives) may stand between the noun and «من»."""


def from_doer(words: list[Word], candidate: Candidate, draft: Draft) -> bool:
    """Whether ``candidate`` stands behind «من» (and maybe a forces' head noun) a few words
    after the attack noun of ``draft``: where the strike came from, not what it hit."""
    if draft.verb or draft.label not in _STRIKING or draft.count is not None:
        return False
    trigger = draft.word.index - words[0].index
    at = candidate.word_index - 1
    if at > trigger and words[at].bare() in _FORCE_HEADS and words[at].norm[:1] != "و":
        at -= 1
    if at <= trigger or words[at].norm != "من" or at - trigger - 1 > _ADJECTIVE_REACH:
        return False
    return all(find_event(word.norm) is None and word.norm not in {"علي", "ضد", "في"}
               for word in words[trigger + 1:at])

