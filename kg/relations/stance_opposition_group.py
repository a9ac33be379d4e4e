"""«المعارضة» that names the opposition, a group, not a stance of opposing.

«حل حزب الوفد أكبر أحزاب المعارضة العلمانية في المركز الثاني» is a party that is the
largest of the secular opposition's parties: nobody opposes secularism there. The definite
verbal noun «المعارضة» names the opposition camp (:func:`opposition_group`) when:

- a noun of its members or parts stands in construct right before it («أحزاب المعارضة»,
  «قوى المعارضة», «زعيم المعارضة», «فصائل المعارضة», «نواب المعارضة»); or
- a definite adjective of its kind or its country follows it at once («المعارضة
  العلمانية», «المعارضة السورية», «المعارضة المسلحة»): a name the taggers cover (a
  country's adjective), or one of :data:`_CAMP_ADJECTIVES`.

Not the noun with a possessive («معارضته للقرار») or without the article («معارضة
شديدة»), which is the stance, nor «المعارضة» before «لـ»/«ضد» («المعارضة الشديدة
للقرار»: no camp adjective).
"""

from __future__ import annotations

from collections.abc import Callable

from kg.relations.index import Word

_OPPOSITION = "معارضه"
_MEMBERS = frozenset({
    "احزاب", "حزب", "قوي", "فصائل", "فصيل", "اطراف", "زعيم", "زعيمه", "زعماء", "قاده", "قائد",
    "قيادات", "قيادي", "قياديو", "قياديي", "رموز", "صفوف", "نواب", "نائب", "جماعات", "حركات",
    "كتل", "كتله", "تحالف", "ائتلاف", "جبهه", "مقاتلو", "مقاتلي", "مسلحو", "مسلحي", "عناصر",
    "انصار", "ممثلو", "ممثلي", "وفد", "معسكر", "تيار", "شخصيات", "ناشطو", "ناشطي", "منصات",
    "هيئه", "مجلس", "صحف", "صحيفه", "مرشح", "مرشحو", "مرشحي", "احد", "رئيس",
})
"""Nouns of the opposition's members and parts in construct before it («أحزاب المعارضة»)."""
_CAMP_ADJECTIVES = frozenset({
    "العلمانيه", "الاسلاميه", "الليبراليه", "اليساريه", "المسلحه", "المعتدله", "الرئيسيه",
    "الديمقراطيه", "القوميه", "الشيعيه", "السنيه", "الكرديه", "البرلمانيه", "الوطنيه",
    "الداخليه", "الخارجيه", "الراديكاليه", "المتشدده",
})
"""Adjectives of the opposition's kind («المعارضة العلمانية», «المعارضة المسلحة»)."""


def opposition_group(words: list[Word], position: int, prefix: str,
                     named: Callable[[Word], bool] | None = None) -> bool:
    """Whether the trigger ``words[position]`` (read with ``prefix``) is «المعارضة», the
    opposition camp (see the module docstring)."""
    word = words[position]
    if "ال" not in prefix or word.norm[len(prefix):] != _OPPOSITION:
        return False
    if prefix == "ال" and position > 0 and words[position - 1].norm in _MEMBERS:
        return True
    if position + 1 >= len(words):
        return False
    following = words[position + 1]
    if not following.norm.startswith("ال"):
        return False
    return following.norm in _CAMP_ADJECTIVES or (
        named is not None and named(following) and following.norm.endswith(("ي", "يه")))
