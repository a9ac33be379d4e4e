"""A title's holder set off between two commas or dashes after it.

«وانتقد وزير الخارجية السعودي، عادل الجبير، إيران»: the person between the marks holds the
title before them and is the verb's subject.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import HONORIFICS

APPOSITION_MARKS = frozenset({"،", ",", "–", "-", "—"})


def apposed_holder(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«وانتقد وزير الخارجية السعودي، عادل الجبير، إيران», «وأشاد مدير عام الشرطة –
    اللواء سعد الحربي – بجهود ...»: the title's holder set off between two commas or
    dashes (a rank may open the name); the same mark must close it, so a list («الوزير،
    والسفير») or the next clause is not read as the name."""
    mark = context.gap(words[index - 1], words[index]).strip()
    if mark not in APPOSITION_MARKS:
        return None
    if words[index].norm in HONORIFICS and index + 1 < len(words) and \
            not context.boundary_between(words[index], words[index + 1]):
        index += 1
    person = context.mention_starting_in(words[index])
    if person is None or person.label != "Person" or not person.entity_id or \
            person.start != words[index].start:
        return None
    last = context.word_at(max(person.start, person.end - 1))
    if last is None or last.index + 1 >= len(context.words):
        return None
    closing = context.gap(last, context.words[last.index + 1]).strip()
    if closing != mark:
        return None
    return Arg(person.entity_id, person.start, person.end)
