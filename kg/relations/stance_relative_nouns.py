"""The holder of a stance noun governed by a light verb in a relative clause.

«وقال الرئيس X، الذي أعرب عن رفضه للتدخل، إن ...», «والتقى الوزير X، الذي جدد دعمه للحكومة،
بالسفير Y», «جبهة X التي أبدت ترحيبها بالقرار», «المعلق X، الذي عاد وعبر عن غضبه من Y»: a
light verb right after «الذي»/«التي» (see
:func:`kg.relations.stance_relative_subjects.relative_antecedent`) with no subject of its own,
followed at once (or past «عن») by a verbal noun whose possessive pronoun agrees with the
relative and the verb («الذي ... رفضه», «التي ... رفضها»): the name the clause describes
holds the stance. «عاد و» («went on to») may stand between the relative and the verb.
Without a possessive pronoun («الذي وجه دعوة») nothing is said of whose the noun is. A name
that is the genitive of a head before it describes no one of its own: «بوزير خارجية مصر الذي
أعرب عن رفضه», «رئيس حزب الوفد الذي جدد دعمه» (a title before a body or country), «نجل الرئيس
X الذي ...» (a kinship word before a person) give nothing.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import possessive
from kg.relations.stance_relative_subjects import relative_antecedent
from kg.relations.stance_verb_subjects import verb_gender

_RETURNED = frozenset({"عاد", "عادت"})
"""«الذي عاد وأعرب عن ...»: «عاد» before a verb coordinated with «و» is an auxiliary."""
_KIN = frozenset({"نجل", "ابن", "ابنه", "بنت", "شقيق", "شقيقه", "زوج", "زوجه", "والد", "والده",
                  "حفيد", "حفيده", "ارمله", "نجله", "عم", "خال", "صهر"})
"""Kinship heads whose genitive is the person named after them («نجل الرئيس X»)."""
_HEAD_REACH = 3


def _pronoun_gender(word: Word) -> str | None:
    """«m» for «رفضه», «إدانته»; «f» for «رفضها», «إدانتها»; None for any other ending."""
    if not possessive(word):
        return None
    bare = word.bare()
    if bare.endswith(("هم", "هما")):
        return None
    return "f" if bare.endswith("ها") else "m"


def relative_noun_holder(context: Extraction, words: list[Word], position: int,
                         light: int | None) -> Arg | None:
    """The named antecedent of the relative clause whose light verb at ``light`` governs the
    possessive stance noun at ``position``; None otherwise."""
    if light is None:
        return None
    gap = position - light
    if gap != 1 and not (gap == 2 and words[light + 1].norm == "عن"):
        return None
    gender = _pronoun_gender(words[position])
    verb = words[light]
    if gender is None or verb_gender(verb) != gender:
        return None
    anchor = light
    if verb.norm.startswith("و") and light > 1 and words[light - 1].norm in _RETURNED and \
            not context.boundary_between(words[light - 1], verb):
        anchor = light - 1  # «الذي عاد وعبر عن غضبه»
        if verb_gender(words[anchor]) != gender:
            return None
    holder = relative_antecedent(context, words, anchor, gender)
    if holder is None or _governed_name(context, words, holder):
        return None
    return holder


def _governed_name(context: Extraction, words: list[Word], holder: Arg) -> bool:
    """Whether the antecedent is the genitive of a head a few words before it in its
    phrase: a kinship word before a person, a title word before a body or a country."""
    first = next((i for i, w in enumerate(words) if w.start <= holder.start < w.end), None)
    if first is None:
        return False
    person = context.label(holder.node_id) == "Person"
    for index in range(first - 1, max(-1, first - 1 - _HEAD_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        word = words[index]
        if any(rest in _KIN for _, rest in word.readings()) or \
                (not person and is_title_head(word)):
            return True
    return False
