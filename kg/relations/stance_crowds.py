"""A crowd holds no stance: «المتظاهرين المؤيدين للديمقراطية», «المحتجين المناهضين للحكومة»,
«المقاتلين الملثمين».

People named only by what they are doing there or by where they live («المتظاهرون»,
«المحتجون», «المعتصمون», «المشاركون», «الحاضرون», «الناخبون», «المواطنون», «السكان»)
are an unnamed group, and the guidelines annotate no stance of an unnamed group: in
«قتلت القوات 12 من المتظاهرين الموالين للاستقلال» nobody named supports independence. A
definite plural that names a faction («الانفصاليون الموالون لروسيا», «المسلحين الموالين
لـ X», «المتمردين المدعومين من Y») still holds the stance of its adjective.
"""

from __future__ import annotations

from kg.relations.index import Word

_STEMS = (
    "متظاهر", "محتج", "معتصم", "مشارك", "حاضر", "ناخب", "مواطن", "مصل", "مضرب",
    "مشيع", "متجمهر", "متجمع", "مدني", "قاطن", "مقيم", "مستوطن",
    "ملثم", "مقنع", "مجهول",  # men known only by their masks, or as unknown
)
CROWD_NOUNS = frozenset(stem + ending for stem in _STEMS for ending in ("ون", "ين"))
"""Plurals of people gathered at an act or living at a place (sound masculine plurals)."""


def crowd(word: Word) -> bool:
    """«المتظاهرين», «والمحتجون»: a crowd's plural, with or without its article."""
    return word.has(CROWD_NOUNS)
