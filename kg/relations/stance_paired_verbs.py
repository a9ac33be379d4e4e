"""Two stance verbs of one kind joined by «و» before one object: «أدانت الوزارة واستنكرت
التفجير», «التي أدانت واستنكرت التفجير», «تدين وتستنكر الهجوم».

News prose doubles a condemnation (or a rejection, a welcome) with a near-synonym; the
object after the second verb is the object of the first too. The first verb's object
therefore starts after the second verb, when that verb opens with «و», is a verb (not a
noun) of the same kind, and no punctuation stands between. In a quote the speaker doubles
it in the first person: «أدين وأشجب», «أندد وألعن مرتكبي ...» (the curse is a
condemnation's doublet, never its object).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FIRST_SINGULAR, STANCE, StanceTrigger, find_stance

_CURSING = frozenset({"والعن"})
"""«وألعن»: «and I curse», the doublet of a first-person condemnation («أندد وألعن»)."""


def past_paired_verb(context: Extraction, words: list[Word], index: int,
                     trigger: StanceTrigger) -> int:
    """Past «واستنكرت» in «أدانت X واستنكرت Y» when ``words[index]`` is «و» + a verb of the
    trigger's own kind; else ``index``."""
    if trigger.noun or not 0 < index < len(words) - 1:
        return index
    word = words[index]
    if not word.norm.startswith("و") or context.boundary_between(words[index - 1], word) or \
            context.boundary_between(word, words[index + 1]):
        return index
    singular = STANCE.get(FIRST_SINGULAR.get(word.norm[1:], ""))
    if (trigger.kind == "condemns" and word.norm in _CURSING) or \
            (singular is not None and singular.kind == trigger.kind):
        # «أدين وأشجب هذا العمل»: only in the quote of a speaker named in its sentence
        return index + 1 if _speaker_named(context, words, index) else index
    hit = find_stance(word.norm)
    if hit is None or hit.prefix != "و" or hit.value.noun or hit.value.kind != trigger.kind:
        return index
    return index + 1


def _speaker_named(context: Extraction, words: list[Word], index: int) -> bool:
    """Whether the quote at ``words[index]`` is of a speaker named earlier in its sentence:
    «وقال أمام الصحافيين «إنني أندد وألعن ...»» after a sentence about someone else continues a
    speaker that may not be the one who speaks."""
    speaker = context.speaker_at(words[index].start)
    return speaker is not None and any(
        m.entity_id == speaker for m in context.mentions_between(words[0].start,
                                                                 words[index].start))


def paired_noun(words: list[Word], position: int, index: int, trigger: StanceTrigger) -> bool:
    """«وثناءه» in «شكره وثناءه لـ Y»: ``words[index]``, right after the noun trigger at
    ``position``, is «و» + a noun of the trigger's own kind."""
    if not trigger.noun or index != position + 1 or index >= len(words):
        return False
    hit = find_stance(words[index].norm)
    return hit is not None and hit.prefix == "و" and hit.value.noun and \
        hit.value.kind == trigger.kind
