"""«نشكر المملكة على ...», «أدعو المملكة إلى ...»: bare «المملكة» right after a first-person
stance verb is its object, the kingdom.

After a third-person verb the noun right after it is most often the subject («ودعت المملكة
المجتمع الدولي إلى ...»), so :func:`kg.relations.arguments.scan_after` reads bare «المملكة»
only behind «ل» («شكره للمملكة»). A first-person verb («نشكر», «ندعو», «أطالب») holds its
subject in itself: the noun right after it is its object, and bare «المملكة» there is the
country :func:`kg.relations.realm_actors.kingdom` reads (Saudi Arabia in Saudi news).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FIRST_PERSON_FORMS
from kg.relations.realm_actors import kingdom
from kg.relations.stance_first_singular import first_singular


def first_person_verb(word: Word) -> bool:
    """«نشكر», «وندعو», «أطالب»: a first-person stance verb, with no clitic but «و»/«ف»."""
    return first_singular(word) or any(
        prefix in {"", "و", "ف"} and rest in FIRST_PERSON_FORMS for prefix, rest in word.readings())


def kingdom_after_first_person(context: Extraction, words: list[Word], index: int,
                               position: int) -> str | None:
    """The kingdom named by bare «المملكة» at ``words[index]``, right after the first-person
    stance verb at ``words[position]``; None otherwise."""
    if index != position + 1 or not first_person_verb(words[position]) or \
            context.boundary_between(words[position], words[index]):
        return None
    return kingdom(context, words, index)
