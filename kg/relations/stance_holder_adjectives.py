"""A nisba adjective right after the holder is the holder's, never the stance's object.

«دعا الاتحاد النقابي الأساسي في تايلاند إلى الإضراب», «وانتقد الشيخ X الوكيلُ الشرعي
للمرجع القرار»: when the name found for the holder stops one word short, the next word
is a definite masculine relational adjective («الأساسي», «الشرعي») that still describes
it. A lone such word written at once after the holder is no object: an object after the
subject is a noun («دعا الاتحاد الحكومةَ», «انتقد الوزير السياسة الأمريكية»). Broken
plurals that end in «ي» («الأهالي», «الأراضي»), words in «ى» («المستشفى») and nouns in
«ية» («الاتفاقية», «القضية») stay objects, as does a word with a preposition («بالاتفاقية»).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg

_PLURALS_IN_I = frozenset({
    "اهالي", "اراضي", "مباني", "ايادي", "اعالي", "معاني", "ليالي", "نواحي", "ضواحي",
    "مساعي", "اغاني", "قاضي", "محامي", "اماني", "مواشي", "اواني", "مراعي", "دواعي",
})
"""Nouns ending in «ي» that are no adjective («الأهالي», «الأراضي»)."""
_VOWELS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


def holder_adjective(context: Extraction, subject: Arg, obj: Arg) -> bool:
    """True when ``obj`` is one definite nisba word written right after ``subject``."""
    if obj.start <= subject.end or context.doc.text[subject.end:obj.start].strip():
        return False
    word = context.word_at(obj.start)
    if word is None or word.end < obj.end or context.covering_mention(obj.start) is not None:
        return False
    written = context.doc.text[word.start:word.end].rstrip(_VOWELS)
    if not written.startswith("ال") or not written.endswith("ي"):
        return False  # «بالاتفاقية», «الاتفاقية», «المستشفى»: a noun
    bare = word.bare()
    return len(bare) >= 4 and bare not in _PLURALS_IN_I
