"""Two office titles before one name: the name holds the second, not the verb's subject.

«وانتقد رئيس الوزراء الإسرائيلي الرئيس الأمريكي باراك أوباما», «وهاجم وزير الخارجية الإيراني
الرئيس المصري عبد الفتاح السيسي», «واتهم وزير الإعلام اليمني السابق الرئيس المخلوع علي عبد الله
صالح بالتحالف مع الحوثيين»: after the verb, a first title is complete (it ends with a
definite word or its adjective) and a second, definite office title opens («الرئيس»,
«الوزير», «المبعوث»); the person named after it holds the second office, and is the
object; the holder of the first is not named, so the stance has no subject here.

A style does not open a second office: «ولي العهد الأمير محمد بن نايف», «وزير الخارجية الأسبق
الدكتور محمد البرادعي», «المتحدث باسم التحالف العميد أحمد عسيري» name the subject. Nor
does a title still waiting for its genitive («نائب الرئيس الأمريكي جو بايدن»: «نائب» is not
complete before «الرئيس»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import definite

_OFFICES = frozenset({
    "الرئيس", "الرئيسه", "الوزير", "الوزيره", "المبعوث", "المبعوثه", "المتحدث", "المتحدثه",
    "الناطق", "الامين", "المرشد", "الزعيم", "القائد", "المرشح", "المرشحه",
})
"""Definite heads of an office (not a style such as «الأمير», «الدكتور», «العميد»)."""


def second_office_holder(context: Extraction, words: list[Word], position: int,
                         subjects: list[Arg]) -> bool:
    """Whether the one person subject named after the verb at ``position`` holds a second
    office title that follows a complete first one (see the module docstring)."""
    if len(subjects) != 1 or context.label(subjects[0].node_id) != "Person" or \
            position + 1 >= len(words) or not is_title_head(words[position + 1]) or \
            words[position + 1].norm.startswith("ال"):
        return False
    for index in range(position + 2, len(words)):
        word = words[index]
        if word.start >= subjects[0].start:
            return False
        if context.boundary_between(words[index - 1], word):
            return False
        covering = context.covering_mention(word.start)
        if covering is not None and not context.is_nisba(covering):
            return False  # a name before the subject's: another reading
        if word.norm in _OFFICES and definite(words[index - 1]) and \
                index - 1 > position + 1:
            return True
    return False
