"""A beating undergone: «تعرض المعتقل للضرب المبرح».

«ضرب» names many things besides blows: «ضرب مثلاً» (gave an example), «ضرب موعداً», «جدول
الضرب» (multiplication), «ضربت الأزمة الأسواق», «زلزال ضرب الساحل», «ضرب ريال مدريد بقوة»
(a match). The blows of an assault are told by the verbal noun behind «لـ» after a verb of
undergoing: «وتعرض المعتقل للضرب والتهديد بمجرد وصوله», «تعرض النزلاء للضرب المبرح من قبل
قوات الدرك». So the form «ضرب» (``lexicon.BEATEN_FORMS``) names an Attack only as «للضرب»
with a form of «تعرض» at most six words before it in its clause (its subject between, no
punctuation); that verb reports it as having happened (``event_descriptions``). Blows
dealt by a verb of transgression («اعتدى عليه بالضرب») are read by ``event_beatings``, with
that verb as the trigger. «تعرض» as a verbal noun behind a preposition («موضحاً فيه تعرض
ابنه للضرب», «شكوى بتعرض») tells a claim, often denied after: it is left out.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import BEATEN_FORMS, PREPOSITIONS

_UNDERGOING = frozenset({"تعرض", "تعرضت", "تعرضوا", "تعرضن", "تعرضا", "تعرضتا"})
"""Perfect forms of «تعرض» (with «و»/«ف» read off by ``Word.has``)."""
_REACH = 6
_GOVERNED_PRONOUNS = frozenset({"فيه", "فيها", "عنه", "عنها", "منه", "منها", "عليه", "عليها"})
"""A preposition with its pronoun before the verbal noun («موضحاً فيه تعرض»)."""


def beaten_ok(context: Extraction, words: list[Word], position: int, form: str) -> bool:
    """Whether a form of this module stands as «للضرب» after a verb of undergoing (see the
    module docstring); any other trigger passes."""
    if form not in BEATEN_FORMS:
        return True
    word = words[position]
    if not any(prefix.lstrip("وف") == "لل" and rest in BEATEN_FORMS
               for prefix, rest in word.readings()):
        return False
    for index in range(position - 1, max(-1, position - 1 - _REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].has(_UNDERGOING):
            return not _masdar(words, index)
    return False


def _masdar(words: list[Word], index: int) -> bool:
    """«موضحاً فيه تعرض ابنه للضرب», «بتعرض ابنه»: «تعرض» as the verbal noun, behind a
    preposition (free or attached) — a claim or a report's topic, not the telling of it."""
    word = words[index]
    if any(prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"} and rest in _UNDERGOING
           for prefix, rest in word.readings()):
        return True
    return index > 0 and word.norm in _UNDERGOING and \
        words[index - 1].sentence_index == word.sentence_index and \
        (words[index - 1].norm in PREPOSITIONS or words[index - 1].norm in _GOVERNED_PRONOUNS)
