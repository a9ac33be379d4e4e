"""A crowd or a masked band described by a stance adjective holds no stance.

«وقعت مواجهات بين آلاف المتظاهرين المؤيدين للحكومة», «قتلت 12 من المتظاهرين الموالين
للاستقلال», «احتل عشرات من المقاتلين الملثمين الموالين لطالبان مسجدا»: the adjective
(«المؤيدين», «الموالين») only says which crowd or which band the story is about. The
head is the people who took part in one protest («المتظاهرين», «المحتجين», «المعتصمين»)
or men known only by their masks or as unknown («الملثمين», «المقنعين», «المجهولين»):
an unnamed group, which the guidelines never give a stance. A political camp described
the same way («الانفصاليون الموالون لروسيا», «المسلحين الموالين لـ X») stays a holder.
"""

from __future__ import annotations

from kg.relations.index import Word

_CROWD_STEMS = ("متظاهر", "محتج", "معتصم", "مضرب", "ملثم", "مقنع", "مجهول")
"""Stems of protest participants and of men known by their masks or as unknown."""


def unnamed_crowd(word: Word) -> bool:
    """True when ``word`` («المتظاهرين», «الملثمين») names an unnamed crowd or band."""
    bare = word.bare()
    return any(bare.startswith(stem) and len(bare) - len(stem) <= 2 for stem in _CROWD_STEMS)
