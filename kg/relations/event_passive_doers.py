"""A verb printed in the passive has no doer before it.

«التقى الرئيس فلان بالملك، وقُتل في اليوم نفسه عشرة مدنيين»: a perfect verb printed with a
damma on its first letter («قُتل», «وذُبحوا», «أُعدم», «خُطف») or a form that is only passive
(«اغتيل») tells what was done to its subject, not who did it. A name before it (the subject of
the clause before, «في عهد أسرة تانغ، وذُبحوا») was read as the doer that goes on into the
conjoined verb, which turns a bystander or a time into the killer. The doer of a passive is
named only after it («على يد مسلحين», «برصاص الشرطة»), so an agent standing before a printed
passive trigger is dropped. An unmarked «وقتل» may be active and keeps its agent.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Word

_DAMMA = "\u064f"
_PASSIVE_ONLY = frozenset({"اغتيل", "اغتيلت", "اغتيلوا"})
"""Forms of a violent verb that are passive whatever their marks («اغتيل الوزير»)."""
_IMPERFECT = frozenset({"ي", "ت", "ن"})
"""Prefixes of an imperfect verb, which a damma does not make passive («يُهاجم»)."""


def printed_passive(context: Extraction, word: Word) -> bool:
    """«قُتل», «وقُتلوا», «فأُعدم», «اُغتيل»: a perfect verb with a damma on its first letter,
    or a form that is only passive."""
    if word.has(_PASSIVE_ONLY):
        return True
    printed = context.doc.text[word.start:word.end]
    stem = printed[1:] if printed[:1] in {"و", "ف"} and len(printed) > 3 else printed
    return len(stem) > 2 and stem[1] == _DAMMA and stem[0] not in _IMPERFECT


def drop_passive_doers(context: Extraction, words: list[Word], position: int,
                       draft: Draft) -> None:
    """Drop each agent before the verb trigger at ``words[position]`` when it is printed in
    the passive: its doer can only follow it."""
    word = words[position]
    if not draft.verb or not printed_passive(context, word):
        return
    draft.arguments = [a for a in draft.arguments
                       if not (a.role == "agent" and a.end <= word.start)]
