"""A body's field may be two fields joined by «و»: «وزارة الثقافة والإعلام», «لجنة القبول والتسجيل».

Ministries, committees and departments are named by what they do, and often by two or
three things joined by «و»: «وزارة الشؤون الإسلامية والأوقاف», «لجنة القبول والتسجيل
والتجنيد المركزية», «لجنة المتابعة والإشراف العليا». The word after «و» is then a verbal
noun of a derived form (تفعيل «التسجيل», إفعال «الإشراف», افتعال «الانتخاب», استفعال
«الاستثمار», تفاعل «التعاون», مفاعلة «المتابعة») or one of a few plural fields
(«الأوقاف», «الآثار»). A plural of bodies or people («والجهات المعنية», «والمواطنين») or a
name is another party joined to the body, not more of its name. A nisba adjective of the
field may take a second one joined by «و» that agrees with it («وزارة الشؤون البلدية
والقروية», :func:`conjoined_nisba`): one field described twice. Read on normalised words
(:func:`kg.text.normalize.normalize_key`, :func:`kg.gazetteer.index.name_key`).
"""

from __future__ import annotations

_FIELD_PLURALS = frozenset({"اوقاف", "اثار", "مواصلات", "اتصالات", "مناسبات"})
"""Plural nouns that name a field in a body's name («والأوقاف», «والآثار»)."""


def conjoined_field(norm: str) -> bool:
    """Whether a normalised word is «و» + a definite field word: «والتسجيل», «والإشراف»,
    «والأوقاف»."""
    if not norm.startswith("وال"):
        return False
    stem = norm[3:]
    return stem in _FIELD_PLURALS or derived_verbal_noun(stem)


def derived_verbal_noun(stem: str) -> bool:
    """Whether a normalised word with no article has the shape of a verbal noun of a derived
    verb form: «تسجيل», «اشراف», «انتخاب», «استثمار», «تعاون», «متابعه»."""
    size = len(stem)
    if size == 5 and stem[0] == "ت" and stem[3] == "ي":
        return True  # تفعيل: «تسجيل», «تعليم»
    if size == 5 and stem[0] == "ا" and stem[3] == "ا":
        return True  # إفعال: «اشراف», «اعلام»
    if size == 6 and stem[0] == "ا" and stem[2] == "ت" and stem[4] == "ا":
        return True  # افتعال: «انتخاب», «اجتماع»
    if size == 7 and stem.startswith("است") and stem[5] == "ا":
        return True  # استفعال: «استثمار»
    if size == 5 and stem[0] == "ت" and stem[2] == "ا":
        return True  # تفاعل: «تعاون»
    return size == 6 and stem[0] == "م" and stem[2] == "ا" and stem[5] == "ه"  # «متابعه»


_NISBA_ENDINGS = ("يه", "ي")
_BODY_NOUNS = frozenset({"جمعيه", "بلديه", "مديريه", "كليه", "مفوضيه", "اكاديميه", "ثانويه"})
"""Nouns of bodies shaped like a nisba: «والجمعية» after «الاجتماعية» is another body."""


def nisba_ending(word: str) -> str | None:
    """The ending of a normalised definite word shaped like a nisba adjective: «يه» in
    «البلديه», «ي» in «الصناعي»; None for any other word."""
    if word.startswith("ال"):
        for ending in _NISBA_ENDINGS:
            if word.endswith(ending):
                return ending
    return None


def conjoined_nisba(previous: str, norm: str) -> bool:
    """Whether a normalised word is «و» + a definite nisba adjective of the same ending as
    the nisba adjective before it: «البلدية والقروية», «الصناعي والتجاري»; not «البلدية
    والقرى» (a noun: another party), «الاجتماعية والجمعية» (another body) nor «البلدية
    والريفي» (no agreement)."""
    if not norm.startswith("وال") or len(norm) < 7 or not previous.startswith("ال") or \
            norm[3:] in _BODY_NOUNS:
        return False
    ending = nisba_ending(previous)
    return ending is not None and norm.endswith(ending)
