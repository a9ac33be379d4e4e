"""The holder of a stance noun governed by a light verb in a relative clause.

«وقال الرئيس X، الذي أعرب عن رفضه للتدخل، إن ...», «والتقى الوزير X، الذي جدد دعمه للحكومة،
بالسفير Y», «جبهة X التي أبدت ترحيبها بالقرار», «المعلق X، الذي عاد وعبر عن غضبه من Y»: a
light verb right after «الذي»/«التي» (see
:func:`kg.relations.stance_relative_subjects.relative_antecedent`) with no subject of its own,
followed at once (or past «عن») by a verbal noun whose possessive pronoun agrees with the
relative and the verb («الذي ... رفضه», «التي ... رفضها»): the name the clause describes
holds the stance. «عاد و» («went on to») may stand between the relative and the verb.
Without a possessive pronoun («الذي وجه دعوة») nothing is said of whose the noun is. A name
that is the genitive of a head before it («بوزير خارجية مصر الذي أعرب عن رفضه») is no
antecedent (see :mod:`kg.relations.stance_genitive_names`).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.stance_phrases import possessive_gender
from kg.relations.stance_relative_subjects import relative_antecedent
from kg.relations.stance_verb_gender import verb_gender

_RETURNED = frozenset({"عاد", "عادت"})
"""«الذي عاد وأعرب عن ...»: «عاد» before a verb coordinated with «و» is an auxiliary."""



def relative_noun_holder(context: Extraction, words: list[Word], position: int,
                         light: int | None) -> Arg | None:
    """The named antecedent of the relative clause whose light verb at ``light`` governs the
    possessive stance noun at ``position``; None otherwise."""
    if light is None:
        return None
    gap = position - light
    if gap != 1 and not (gap == 2 and words[light + 1].norm == "عن"):
        return None
    gender = possessive_gender(words[position])
    verb = words[light]
    if gender is None or verb_gender(verb) != gender:
        return None
    anchor = light
    if verb.norm.startswith("و") and light > 1 and words[light - 1].norm in _RETURNED and \
            not context.boundary_between(words[light - 1], verb):
        anchor = light - 1  # «الذي عاد وعبر عن غضبه»
        if verb_gender(words[anchor]) != gender:
            return None
    return relative_antecedent(context, words, anchor, gender)
