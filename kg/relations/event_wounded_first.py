"""A death told after the wound: «استشهد فلسطيني إثر إصابته بنيران قوات الاحتلال».

A killing told as the outcome of one's own wounding («إثر إصابته», «بعد إصابتها», «متأثراً
بإصابته») keeps the shooter as its doer: the fire that wounded him killed him. A time word
after a killing («بعد», «إثر») otherwise opens another deed whose doer is not the killing's
(«قُتل بعد مداهمة منزله من قبل الأمن»: ``event_subjects.by_hand_of``); the victim's own wound
is no other deed. GUIDELINES: the agent is who did it; the fire named is whose it was.
"""

from __future__ import annotations

from kg.relations.index import Word

_WOUND = frozenset({"اصابته", "اصابتها", "اصابتهم", "اصابتهما", "جرحه", "جرحها", "جروحه"})
"""The victim's own wound, with the pronoun back to him («إصابته»)."""


def wounded_first(words: list[Word], index: int) -> bool:
    """Whether the time word at ``words[index]`` opens the victim's own wound («إثر إصابته»),
    not another deed."""
    return index + 1 < len(words) and words[index + 1].norm in _WOUND
