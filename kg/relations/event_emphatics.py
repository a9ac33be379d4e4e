"""An emphatic pronoun read as an event's side: «أطلق المسلح ذاته النار», «الرجل نفسه».

Arabic stresses a noun by the word «نفس», «ذات» or «عين» with a pronoun of the noun right
after it: «أطلق المسلح ذاته النار في مركز للتجنيد» (the same gunman fired), «وصل الوفد نفسه»,
«في الوقت ذاته». The word points back to the noun before it; it names no one of its own, so
it is never an agent, a target or a participant (a pronoun is at most an alternative of a named
antecedent, GUIDELINES.md). Read on unseen news (session 40): «أطلق المسلح ذاته النار في مركز
للتجنيد» gave target = «ذاته» at 0.85.

A violent deed whose only target was such a word has its object left unread (what the gunman
fired at stands further on: «في مركز للتجنيد»), so ``kg.relations.event_record`` counts it
with the deeds whose object is unread. A killing's «نفسه» right after its subject is the
subject killed (``kg.relations.event_self_killed``), which runs first and keeps its reading.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft

_HEADS = ("نفس", "ذات", "عين")
_SUFFIXES = frozenset({"ه", "ها", "هما", "هم", "هن"})
_PLURAL_HEADS = ("انفس", "اعين")


def emphatic(norm: str) -> bool:
    """«ذاته», «نفسها», «أنفسهم», «عينه»: an emphatic or reflexive pronoun word."""
    word = norm.removeprefix("و").removeprefix("ب")
    for head in (*_HEADS, *_PLURAL_HEADS):
        if word.startswith(head) and word[len(head):] in _SUFFIXES:
            return True
    return word in {"نفسيهما", "نفساهما", "ذاتيهما"}


def drop_emphatic_sides(context: Extraction, draft: Draft) -> bool:
    """Drop every side of the event whose whole span is one emphatic pronoun word; whether a
    target was dropped."""
    kept, dropped_target = [], False
    for argument in draft.arguments:
        word = context.word_at(argument.start)
        if word is not None and word.end >= argument.end and emphatic(word.norm):
            dropped_target = dropped_target or argument.role == "target"
            continue
        kept.append(argument)
    draft.arguments[:] = kept
    return dropped_target
