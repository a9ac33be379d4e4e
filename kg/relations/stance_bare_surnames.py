"""The holder named again by a bare last name the tagger left out: «ورفض كينيون التطرق إلى».

An article names a person in full once («بيتر كينيون») and then by the last name alone; no
tagger may mark the bare name, and the holder is then found by other means (the one who
spoke last). The last name still stands right after the verb, before what the verb takes:
«ورفض كينيون التطرق إلى أي أسماء» declines to discuss, as «رفض X التطرق» does, and the check
for a reply withheld (see :mod:`kg.relations.stance_decoys`) must look past the name.

:func:`past_bare_surname` steps over one word that ends the name of exactly one person of
the document, who is one of the holders found (see ``arguments.known_person``), and that no
mention covers but a nationality adjective's: a last name may read as one («كينيون»,
Kenyans).
"""

from __future__ import annotations

from kg.relations.arguments import known_person
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word


def past_bare_surname(context: Extraction, words: list[Word], index: int,
                      subjects: list[Arg]) -> int:
    """The index past the holder's bare last name at ``index``, else ``index``."""
    if not 0 < index < len(words) - 1:
        return index
    word = words[index]
    covering = context.covering_mention(word.start)
    if (covering is not None and not context.is_nisba(covering)) or \
            context.boundary_between(words[index - 1], word) or \
            context.boundary_between(word, words[index + 1]):
        return index
    person = known_person(context, word)
    if person is None or all(subject.node_id != person for subject in subjects):
        return index
    return index + 1
