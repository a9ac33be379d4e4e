"""Places and prizes named after a person: «ملعب الأمير فيصل بن فهد», «حديقة الملك عبدالله».

Gulf news names stadiums, parks, halls, roads, airports and prizes after princes and kings,
and the name follows the facility noun in construct, with the person's style: «وتقدم قائد
الفريق التدريب الأول على ملعب الأمير عبدالرحمن بن سعود». The tagger marks the prince, and the
words before the facility noun, read back from his name, looked like his preposed title: the
team captain's office went to the prince. A person named in construct after a facility noun
is the facility's name, never the holder of a title before it (GUIDELINES: an institution
named after a person gives that person no position). :data:`FACILITY_NOUNS` are the nouns
(normalised), added to the body nouns that :mod:`kg.relations.role_titles` reads so.
"""

from __future__ import annotations

from kg.text.normalize import normalize_key

__all__ = ["FACILITY_NOUNS"]

FACILITY_NOUNS = frozenset(normalize_key(word) for word in (
    "ملعب", "استاد", "حديقة", "قاعة", "صالة", "مطار", "شارع", "طريق", "مسجد", "جامع", "جسر",
    "ميناء", "منتزه", "متحف", "مكتبة", "قصر", "مدينة", "جائزة", "كرسي", "ميدان", "قاعدة",
    "مدرج", "مسرح",
))
"""Facilities and prizes that take a person's name in construct."""
