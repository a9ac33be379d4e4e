"""The people in the genitive of a protest noun: «احتجاجات المعارضة», «مظاهرات الطلاب».

A protest noun in construct with a definite noun of people tells who protests, as «غارات
التحالف» tells who strikes (``event_genitive_actors``, for names and actor phrases): «تصاعدت
احتجاجات المعارضة ضد الحكومة», «تواصلت مظاهرات الطلاب أمام الجامعة». Only a closed list of
nouns of people or of the opposition is read (``_PROTESTERS``), the noun alone: a day, a
place or a cause in the genitive («مظاهرات الجمعة», «احتجاجات المدينة», «احتجاجات الغلاء»)
is none, and a name is left to the named rules.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Arg, Word
from kg.relations.target_words import phrase_arg

_PROTESTERS = frozenset({
    "المعارضه", "الطلاب", "الطلبه", "العمال", "السكان", "الاهالي", "المعلمين", "الاطباء",
    "المزارعين", "الموظفين", "المحامين", "القضاه", "الصحفيين", "الشباب", "المتقاعدين",
    "اللاجئين", "الاسري", "المستوطنين", "الرهبان", "الناشطين", "النشطاء",
})
"""Definite nouns of people who protest, read in the genitive of a protest noun."""
_NOUNS = frozenset({"احتجاجات", "احتجاج", "مظاهرات", "مظاهره", "تظاهرات", "تظاهره",
                    "اعتصام", "اعتصامات", "مسيره", "مسيرات", "اضراب", "اضرابات"})
"""Protest nouns in the construct state (no article, no preposition)."""


def protest_genitive(context: Extraction, words: list[Word], position: int,
                     draft: Draft) -> Arg | None:
    """The people named in the genitive of the protest noun at ``words[position]``, or None."""
    if draft.verb or draft.label != "Protest" or position + 1 >= len(words):
        return None
    noun, following = words[position], words[position + 1]
    if not any(rest in _NOUNS and prefix.lstrip("وف") == "" for prefix, rest in noun.readings()) \
            or context.boundary_between(noun, following) or following.norm not in _PROTESTERS \
            or context.covering_mention(following.start) is not None:
        return None
    return phrase_arg(context, words, position + 1, position + 1)
