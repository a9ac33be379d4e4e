"""The demand after the noun of an appeal is not who is urged: «دعوة روسيا للحوار».

After the verbal noun of an appeal and its named genitive agent («دعوة روسيا», «مطالبة
الحكومة»), a phrase with «ل» glued to it is either the addressee («دعوة روسيا للدول
الغربية», «مطالبة الحوثي لقيادات الجماعة») or the thing asked for («دعوة روسيا للحوار»,
«دعوة السعودية لوقف إطلاق النار», «دعوة الجامعة للتهدئة»). GUIDELINES.md annotates the
addressee only («if only the demand is named and no addressee, do not annotate»), so a
descriptive phrase after «ل» is read as the object only when it names a group of people
(see :func:`kg.relations.stance_group_objects.group_phrase`) or people by a participle
in the sound masculine plural («للمقاتلين»); a name after «ل» (a tagged
mention) is unaffected. A noun with no genitive agent («وجهنا دعوة لدور السينما») is left
as it was: after «وجه دعوة» the «ل» phrase is as often whom the call is made to.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import StanceTrigger
from kg.relations.rules import ArgsHow
from kg.relations.stance_group_objects import group_phrase, participle_plural
from kg.relations.stance_phrases import LAM_NOUNS, glued_lam

_LAM = frozenset({"ل", "لل"})


def noun_demand(context: Extraction, words: list[Word], first_word: int,
                trigger: StanceTrigger, how: ArgsHow) -> bool:
    """Whether the descriptive phrase at ``first_word`` after the noun of an appeal and its
    genitive agent (``how`` is ``genitive``) is its demand («دعوة روسيا للحوار»): «ل» glued
    to a phrase that names no group of people."""
    if trigger.kind != "urges" or not trigger.noun or how != "genitive" or \
            first_word >= len(words):
        return False
    opening = words[first_word]
    if not glued_lam(opening) or opening.norm in LAM_NOUNS:
        return False
    if any(prefix.lstrip("وف") == "لل" and participle_plural(rest)
           for prefix, rest in opening.readings()[1:]):
        return False  # «دعوة روسيا للمقاتلين»: people doing a deed
    return group_phrase(context, words, first_word, _LAM) is None
