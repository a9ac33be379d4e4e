"""A violent noun told as the subject of a verb of occurrence after it.

«وقالت الشرطة إن انفجاراً وقع في سوق شعبي», «أكد المتحدث أن اشتباكاً عنيفاً وقع بين عناصر
الحزب ووحدة إسرائيلية», «هجوم انتحاري وقع صباح اليوم»: when a clause opens with the noun
(after «أن»/«إن» in reported speech, or in a headline), Arabic puts the verb of occurrence
after it. An indefinite attack or fighting noun (``TOLD_BY_OUTCOME``), with at most two
words between (its adjectives: no name, no preposition, no other event word, no
punctuation), followed by «وقع/وقعت», «حدث/حدثت» or «جرى/جرت», is an event reported as
having happened, as «وقع انفجار» is. A definite noun («الانفجار وقع») refers to an event
told already, and «الهجوم الذي وقع» is read by ``event_descriptions``: both are left out.
A plural attack noun tells a series of attacks, mostly a tally of the past («مسؤوليتهم عن
تفجيرات حدثت في الآونة الأخيرة»), and is left out; a plural of fighting («إن اشتباكات وقعت
بين الجيش ومسلحين») is one fight and is read. Not «هجوم وقعت ضحيته» either: «وقع/وقعت»
followed by «ضحية» tells a victim falling, not an event taking place.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import PREPOSITIONS, RECIPROCAL_NOUNS, RELATIVE_PRONOUNS, find_event

OCCURRED_AFTER = frozenset({"وقع", "وقعت", "حدث", "حدثت", "جري", "جرت"})
"""Verbs of occurrence whose subject, an indefinite violent noun, stands before them."""
_VICTIM_AFTER = ("ضحي",)
"""«وقع ضحيته», «وقعت ضحيتها»: a victim fell, not an event took place."""
_PLURAL = "ات"
"""A plural attack noun («تفجيرات», «هجمات») tells a series: left out; a plural of fighting
(«اشتباكات وقعت بين») is one fight and stays."""
_BETWEEN = 2
"""Adjectives allowed between the noun and the verb («انفجاراً عنيفاً وقع», «هجوم انتحاري مزدوج
وقع»)."""


def occurred_after(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the indefinite violent noun at ``words[position]`` is the subject of a verb of
    occurrence right after it, past at most two adjectives (see the module docstring)."""
    noun = words[position]
    if noun.bare().endswith(_PLURAL) and not noun.has(RECIPROCAL_NOUNS):
        return False  # «مسؤوليتهم عن تفجيرات حدثت في الآونة الأخيرة»: a series, a tally
    for index in range(position + 1, min(len(words), position + 2 + _BETWEEN)):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return False
        if word.norm in OCCURRED_AFTER:  # not «ووقع»: a new clause
            following = words[index + 1] if index + 1 < len(words) else None
            return following is None or not following.bare().startswith(_VICTIM_AFTER)
        if context.covering_mention(word.start) is not None or word.bare() in PREPOSITIONS \
                or word.norm in RELATIVE_PRONOUNS or word.norm.startswith("و") \
                or find_event(word.norm) is not None:
            return False
    return False
