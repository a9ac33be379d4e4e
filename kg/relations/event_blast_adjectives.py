"""«تفجيرين انتحاريين استهدفا مصلين»: «انتحاريين» right after a blast noun is its adjective.

«انتحاري» is both a noun (a suicide bomber: «استهدف انتحاريون المساجد», «فجّر انتحاري نفسه»)
and the adjective of an attack («هجوم انتحاري», «تفجيرين انتحاريين», «عمليات انتحارية»).
Right after a noun of blasts or attacks, in any number or case, it is the adjective: the
phrase names the attack, whose doer is not told. Read as the subject of the verb after it
(«ذكر الجيش أن 50 شخصاً قتلوا بعد تفجيرين انتحاريين استهدفا مسلمين»), it made the attack its
own agent; such an agent is dropped. «استهدف انتحاريون عدداً من المساجد» keeps its agent (no
blast noun before it).
"""

from __future__ import annotations

from kg.relations.event_draft import Draft
from kg.relations.index import Word

SUICIDE_ADJECTIVES = frozenset({
    "انتحاري", "انتحاريه", "انتحاريا", "انتحاريان", "انتحاريين", "انتحاريتين", "انتحاريتان",
    "انتحاريون", "الانتحاري", "الانتحاريه", "الانتحاريين", "الانتحاريتين", "الانتحاريان",
})
"""«انتحاري» in its forms, as normalized (ة → ه)."""
BLAST_NOUNS = frozenset({
    "تفجير", "تفجيرا", "تفجيران", "تفجيرين", "تفجيرات", "انفجار", "انفجارا", "انفجاران",
    "انفجارين", "انفجارات", "هجوم", "هجوما", "هجومان", "هجومين", "هجمات", "هجمه", "عمليه",
    "عمليتان", "عمليتين", "عمليات", "اعتداء", "اعتداءات", "اعتداءين", "التفجير",
    "التفجيرين", "التفجيران", "التفجيرات", "الانفجار", "الانفجارين", "الهجوم", "الهجومين",
    "الهجمات", "العمليه", "العمليات", "العمليتين", "الاعتداء", "الاعتداءات",
})
"""Nouns of blasts and attacks, in their numbers and cases («تفجيرين», «هجوماً»)."""


def _adjective_of_blast(words: list[Word], index: int) -> bool:
    """Whether ``words[index]`` is «انتحاري» in a form right after a blast noun."""
    return index > 0 and words[index].norm in SUICIDE_ADJECTIVES and \
        words[index - 1].has(BLAST_NOUNS) and \
        words[index - 1].sentence_index == words[index].sentence_index


def drop_blast_adjectives(words: list[Word], draft: Draft) -> None:
    """Drop each agent that opens on «انتحاري» right after a blast noun: the attack's
    adjective, not its doer («بعد تفجيرين انتحاريين استهدفا مصلين»)."""
    # (the words by start only for a draft with an argument of that role: most have none)
    starts = {word.start: index for index, word in enumerate(words)} \
        if any(argument.role == "agent" for argument in draft.arguments) else {}
    draft.arguments = [
        argument for argument in draft.arguments
        if not (argument.role == "agent" and argument.start in starts and
                _adjective_of_blast(words, starts[argument.start]))
    ]
