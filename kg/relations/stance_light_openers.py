"""A light verb right before its stance noun with the holder's pronoun: no subject there.

«وافتتح X المستشفى، كما قدم شكره لبلدية المحافظة على جهودها», «. وجدد دعمه للحكومة
الشرعية»: the stance noun right after a light verb («قدم», «جدد», «أبدى», «أعلن») carries the
pronoun of the one who holds it («شكره», «دعمه», «رفضها»), so the verb names no subject of
its own between itself and the noun: it continues the subject of the clause or sentence
before, as a verb followed by a preposition does («وأشاد بـ ...»).

When such a light verb opens its sentence («وافتتح X المستشفى. وقدم شكره لـ Y على جهودها»,
«. وأعرب عن شكره لـ Y»: the verbs of expressing take the noun after «عن»,
:func:`opening_expressing_verb`),
the noun's holder is the subject read for the verb from the sentence before (see
:func:`kg.relations.stance_verb_clauses.previous_opening_subject`), as for «وأشاد بـ».
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import STANCE_LIGHT_VERBS, find_stance

_HOLDER_PRONOUNS = ("ه", "ها", "هم", "هما")


def own_stance_noun(verb: Word, following: Word) -> bool:
    """Whether ``following``, right after the light verb ``verb``, is a stance noun with a
    pronoun suffix («قدم شكره», «جددت رفضها»)."""
    if not verb.has(STANCE_LIGHT_VERBS) or following.norm.startswith(("ال", "و")):
        return False
    hit = find_stance(following.norm)
    return hit is not None and hit.value.noun and not hit.prefix and \
        following.norm.endswith(_HOLDER_PRONOUNS)


def opening_light_verb(words: list[Word], light: int, position: int) -> bool:
    """The light verb at ``light`` opens its sentence with «و» and the stance noun at
    ``position`` right after it («وقدم شكره», «وجدد رفضه»)."""
    return light == 0 and position == 1 and words[light].norm.startswith("و") and \
        own_stance_noun(words[light], words[position])


def opening_expressing_verb(words: list[Word], light: int, position: int) -> bool:
    """The verb of expressing at ``light`` opens its sentence with «و» and the stance noun
    at ``position`` follows its «عن» («وأعرب عن شكره», «وعبر عن تقديره»)."""
    return light == 0 and position == 2 and words[light].norm.startswith("و") and \
        words[1].norm == "عن" and own_stance_noun(words[light], words[position])
