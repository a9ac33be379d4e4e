"""Word classes shared by the readers of stance objects from a phrase.

Time adverbs between a subject and its object (``TIME_WORDS``), the heads of a people or a
government (``COLLECTIVE_HEADS``), what may head a noun phrase (:func:`content_noun`), a
definite word read as an adjective (:func:`adjective_like`), the kinds whose object may be
a deed (``DEED_KINDS``), and the names of decisions and agreements (``PROPOSALS``) and of
the heads of a construct that names a thing (``CONSTRUCT_HEADS``).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    PERSON_NOUNS,
    PREPOSITIONS,
)
from kg.relations.role_words import is_title_head
from kg.relations.stance_phrases import (
    DEMONSTRATIVES,
    NAME_HEADS,
    QUANTIFIERS,
    definite,
)

TIME_WORDS = frozenset({"امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
                        "الجمعه", "السبت", "الماضي", "الماضيه", "المقبل", "الجاري", "مساء",
                        "صباح", "ايضا", "مجددا"})
"""Time adverbs that may stand between a verb's subject and its object («دعت X الثلاثاء الماضي»)."""


COLLECTIVE_HEADS = NAME_HEADS | frozenset({"عسكريين", "مسؤولين", "مواطنين", "قيادات",
                                           "قياده"})


def content_noun(word: Word) -> bool:
    """A word that may head a noun phrase: not a function word, particle, quantifier,
    demonstrative, title, person noun or honorific."""
    norm, bare = word.norm, word.bare()
    return not (norm in FUNCTION_WORDS or bare in FUNCTION_WORDS or norm in PREPOSITIONS or
                norm in QUANTIFIERS or bare in DEMONSTRATIVES or is_title_head(word) or
                word.has(PERSON_NOUNS) or norm in HONORIFICS or norm in TIME_WORDS or
                norm.isdigit())


_ADJECTIVE_WORDS = frozenset({"الجديد", "الجديده", "الاخير", "الاخيره", "الحالي", "الحاليه",
                              "المقترح", "المقترحه", "الاخيرين"})


def adjective_like(word: Word) -> bool:
    """«النووي», «الأمريكية», «الجديدة»: a definite word that reads as an adjective after the
    noun it qualifies (a nisba or a common adjective), not a second noun («المجلس الخطة»)."""
    bare = word.bare()
    return definite(word) and ((bare.endswith(("ي", "يه", "يين", "يون")) and len(bare) > 3)
                               or word.norm in _ADJECTIVE_WORDS)


DEED_KINDS = frozenset({"praises", "welcomes"})


PROPOSALS = frozenset({
    "قرار", "قرارات", "اتفاق", "اتفاقيه", "خطوه", "خطوات", "مبادره", "اعلان", "مقترح",
    "اقتراح", "تسويه", "هدنه", "خطه", "اجراءات", "اجراء", "نتائج", "موافقه", "تعديلات",
})
"""What a decision or an agreement is called («رحب بالقرار», «أشاد بالاتفاق»): praise and
welcome take such a phrase as their object, never a guest («رحب بالضيوف»)."""


CONSTRUCT_HEADS = PROPOSALS | frozenset({"مشروع", "سياسه", "سياسات", "تصريحات", "موقف",
                                           "مواقف", "قانون", "برنامج", "حكم", "قرارات"})
"""Indefinite heads of a construct that names a thing («قرار مجلس الأمن الذي ...»)."""
