"""A past verb of attack with the plural ending «ـوا» carries its subject: the noun after it
is its object.

«أن المسلحين اختطفوا سبعة جنود آخرين», «اقتحموا المبنى وخطفوا موظفين أجانب»: an Arabic verb
before its own subject stays singular («اختطف مسلحون»), so a verb printed with the ending «ـوا»
has its subject already (a pronoun, or a name before it), and the unnamed phrase right after it
is what it was done to. ``event_objects.add_victim`` reads that phrase as the target even when
the doer before the verb was not named (with a singular verb and no doer, the noun after it
may be the subject, and is left).

Killings are left out: «قُتلوا» is as often passive, and the indefinite accusative after it is
the manner of death («قُتلوا رمياً بالرصاص», «ذبحاً»), not a victim. After an attack verb only a
definite or counted phrase is read («خطفوا الصحفيين», «خطفوا ثلاثة جنود»); an indefinite word
there is as often an adverb of manner («خطفوا عنوةً»).
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.index import Word
from kg.relations.lexicon import TARGET_QUANTIFIERS

_PLURAL_ENDING = "وا"
_SHORTEST = 4
"""«خطفوا» and longer: a shorter word ending «ـوا» is no verb with a plural ending."""


def carries_subject(draft: Draft, words: list[Word], after: int) -> bool:
    """The draft is a past verb of attack with the plural ending «ـوا» («اختطفوا») and the
    word after it, ``words[after]``, opens a definite or counted phrase («الصحفيين», «سبعة
    جنود», «عدداً من»), not an indefinite word of manner («عنوةً», «رمياً»)."""
    form = trigger_form(draft.word)
    if not (draft.verb and draft.label == "Attack" and len(form) >= _SHORTEST and
            form.endswith(_PLURAL_ENDING)) or after >= len(words):
        return False
    following = words[after]
    return following.norm.startswith("ال") or number_value(following) is not None or \
        following.bare() in TARGET_QUANTIFIERS or following.norm in TARGET_QUANTIFIERS
