"""The one who faces a stance, named by surname alone: «واجه تسيبراس انتقادات كروغمان».

«واجه X انتقادات Y», «تعرض X لانتقادات Y», «لقي X ترحيب Y»: the one right after the facing
or receiving verb is the object of the stance noun's genitive holder (see
``stance_objects._faced_by``). When the person was named in full before («رئيس الوزراء
الكسيس تسيبراس») and the article then calls him by his last name, no tagger may mark
the bare name: the one person of the document whose name ends with that word is meant.

Only the word right between the verb and the noun, and only a name that no mention
covers and that ends exactly one person's name (see ``arguments.known_person``).
"""

from __future__ import annotations

from kg.relations.arguments import Candidate, known_person
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import FACING_VERBS, RECEIVING_VERBS

_FACING_VERBS_OR_RECEIVING_VERBS = FACING_VERBS | RECEIVING_VERBS


def faced_surname(context: Extraction, words: list[Word], position: int,
                  skip: set[str]) -> Candidate | None:
    """The person named by surname between a facing verb and the stance noun at
    ``words[position]`` (see the module docstring), or None."""
    if position < 2:
        return None
    name, verb = words[position - 1], words[position - 2]
    if not verb.has(_FACING_VERBS_OR_RECEIVING_VERBS) or \
            context.covering_mention(name.start) is not None or \
            context.boundary_between(verb, name) or \
            context.boundary_between(name, words[position]):
        return None
    person = known_person(context, name)
    if person is None or person in skip:
        return None
    return Candidate(Arg(person, name.start, name.end), "", "Person", position - 1, "faced")
