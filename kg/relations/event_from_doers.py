"""The doer of an attack noun named behind «من»: «هجوم من عناصر داعش على حاجز».

«شنت الجماعة هجوماً من عناصرها», «هجوم من عناصر داعش على حاجز», «غارات من طائرات التحالف
على مواقع»: «من» a few words after an attack or operation noun (past its adjectives, «عنيف»,
«جوي»), maybe with the forces' head noun after it («طائرات», «قوات», «عناصر»), names where
the strike came from, so the name there is never the noun's target. It is the doer only when
it is an armed group, or forces («طائرات التحالف», «قوات الجيش»): «هجوم من المعارضة على
الحكومة» may be an attack in words. A place there («هجوم من سوريا») is neither. After a verb
of undergoing («تعرضت المدينة لقصف من ...») the sides are read by ``event_underwent``, which
keeps the name before the verb the target. Nouns only (a verb's «من» phrase is read by its
own rules), and not after a count («13 مسلحاً من جماعة النصرة» are members).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate, is_place
from kg.relations.context import Extraction
from kg.relations.event_draft import GENERIC_HEADS, Draft
from kg.relations.event_underwent import UNDERGOING_VERBS
from kg.relations.index import Word
from kg.relations.lexicon import find_event

_STRIKING = frozenset({"Attack", "MilitaryOperation"})
_FORCE_HEADS = GENERIC_HEADS | frozenset({
    "طائرات", "طائره", "مقاتلات", "طيران", "مدفعيه", "مروحيات", "زوارق", "دبابات", "مسلحي",
    "عناصر", "مقاتلي", "جنود", "قوات",
})
_ADJECTIVE_REACH = 2
"""How many words (adjectives) may stand between the noun and «من»."""
_UNDERGOING_REACH = 8
"""How far before the noun a verb of undergoing may stand («تعرضت مواقع الحوثيين في تعز لقصف»)."""


def from_doer(words: list[Word], candidate: Candidate, draft: Draft) -> bool:
    """Whether ``candidate`` stands behind «من» (and maybe a forces' head noun) a few words
    after the attack noun of ``draft``: where the strike came from, not what it hit."""
    if draft.verb or draft.label not in _STRIKING or draft.count is not None:
        return False
    trigger = draft.word.index - words[0].index
    at = candidate.word_index - 1
    if at > trigger and _forces(words[at]):
        at -= 1
    if at > trigger and words[at].norm != "من" and (
            words[candidate.word_index].norm[:1] == "و" or words[at].norm == "و"):
        at = _joined_from(words, trigger, candidate.word_index)  # «من قوات النظام وحزب الله»
    if at <= trigger or words[at].norm != "من" or at - trigger - 1 > _ADJECTIVE_REACH:
        return False
    return all(find_event(word.norm) is None and word.norm not in {"علي", "ضد", "في"}
               for word in words[trigger + 1:at])


_JOINED_REACH = 4
"""How far before a name joined by «و» the «من» of the first name may stand."""


def _joined_from(words: list[Word], trigger: int, index: int) -> int:
    """The index of the «من» before the first of two names joined by «و» («لهجوم من قوات
    النظام وحزب الله»: «حزب الله» came from where the forces came from), or -1."""
    for at in range(index - 1, max(trigger, index - 1 - _JOINED_REACH), -1):
        if words[at].norm == "من":
            return at
        if words[at].norm in {"علي", "ضد", "في"} or find_event(words[at].norm) is not None:
            return -1
    return -1


def armed_doer(context: Extraction, words: list[Word], candidate: Candidate,
               draft: Draft) -> bool:
    """Whether the name behind «من» (``from_doer``) is the noun's doer: an armed group, or forces
    named by their head noun, with no verb of undergoing before the noun."""
    if is_place(candidate.label) or _undergone(context, words, draft):
        return False
    before = words[candidate.word_index - 1]
    return candidate.label == "ArmedGroup" or _forces(before)


def _forces(word: Word) -> bool:
    return word.bare() in _FORCE_HEADS and word.norm[:1] != "و"


def _undergone(context: Extraction, words: list[Word], draft: Draft) -> bool:
    trigger = draft.word.index - words[0].index
    return context.lexicon_before(words, trigger, UNDERGOING_VERBS, _UNDERGOING_REACH)
