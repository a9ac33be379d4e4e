"""Backing of terrorism is an accusation, never a stance its holder declares.

«وقال ظريف إن المملكة تدعم الجماعات المتطرفة», «النظام الذي يدعم الإرهاب», «تدعم
التنظيمات الإرهابية»: no government or party says that it backs terrorism or extremism;
such a sentence is one side's charge against another (read as ``criticizes`` where the
charge has a verb of accusing, «اتهم»). A ``supports`` toward terrorism, terrorists, or a
group described as terrorist, extremist or takfiri is therefore not written.

Only the head of the object phrase and the adjective right after it are looked at, so
«دعم جهود مكافحة الإرهاب» (the fight against terrorism, a cause one backs openly) and
«دعم التحالف الدولي ضد الإرهاب» are not reached.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Word

_TERROR_HEADS = frozenset({
    "الارهاب", "ارهاب", "الارهابيين", "ارهابيين", "الارهابيون", "المتطرفين", "متطرفين",
    "المتطرفون", "التطرف", "تطرف", "التكفيريين", "تكفيريين",
})
"""Heads (normalised, without «و»/«ف», «ل»/«ب») that name terrorism or extremists."""

_TERROR_ADJECTIVES = frozenset({
    "الارهابيه", "ارهابيه", "المتطرفه", "متطرفه", "التكفيريه", "تكفيريه", "الارهابي",
    "ارهابي", "المتطرف", "متطرف",
})
"""Adjectives right after the head that describe a group as terrorist or extremist."""


def _bare(word: Word) -> str:
    """The word without «و»/«ف» and a glued «ل»/«ب» (the article kept: «للإرهاب» is
    «الارهاب»)."""
    norm = word.norm.lstrip("وف")
    if norm.startswith("لل"):
        return "ال" + norm[2:]
    if norm.startswith(("ل", "ب")) and len(norm) > 3 and norm[1:3] == "ال":
        return norm[1:]
    return norm


def terror_backed(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """Whether the supports object ``candidate`` names terrorism, terrorists or extremists
    (its head), or a group described so (the adjective right after its head)."""
    first = context.word_at(candidate.arg.start)
    if first is None:
        return False
    index = first.index - words[0].index
    if not 0 <= index < len(words) or words[index].start != first.start:
        return False
    if _bare(words[index]) in _TERROR_HEADS:
        return True
    following = index + 1
    return following < len(words) and words[following].start < candidate.arg.end and \
        _bare(words[following]) in _TERROR_ADJECTIVES and \
        not context.boundary_between(words[index], words[following])
