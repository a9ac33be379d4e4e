"""A nisba adjective right after the holder is the holder's, never the stance's object.

«دعا الاتحاد النقابي الأساسي في تايلاند إلى الإضراب», «وانتقد الشيخ X الوكيلُ الشرعي
للمرجع القرار»: when the name found for the holder stops one word short, the next word
is a definite masculine relational adjective («الأساسي», «الشرعي») that still describes
it. A lone such word written at once after the holder is no object: an object after the
subject is a noun («دعا الاتحاد الحكومةَ», «انتقد الوزير السياسة الأمريكية»). Broken
plurals that end in «ي» («الأهالي», «الأراضي»), words in «ى» («المستشفى») and nouns in
«ية» («الاتفاقية», «القضية») stay objects, as does a word with a preposition («بالاتفاقية»).
A family name in «ي» («وتتهم السلطات المصرية الفرماوي») is an object: only a word that
general Arabic text uses often (a common adjective) is read as the holder's.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kg.relations.context import Extraction
from kg.relations.index import Arg

_PLURALS_IN_I = frozenset({
    "اهالي", "اراضي", "مباني", "ايادي", "اعالي", "معاني", "ليالي", "نواحي", "ضواحي",
    "مساعي", "اغاني", "قاضي", "محامي", "اماني", "مواشي", "اواني", "مراعي", "دواعي",
})
"""Nouns ending in «ي» that are no adjective («الأهالي», «الأراضي»)."""
_COMMON = frozenset({"3", "4", "5"})
"""wordfreq buckets of a common word: «الأساسي», «الشرعي»; a family name in «ي» is rarer
(«الموسوي», «الدليمي») or not listed («الفرماوي»)."""
_VOWELS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Stems that general Arabic text uses often (``kg/resources/ner/usage.tsv``)."""
    table = resources.files("kg") / "resources" / "ner" / "usage.tsv"
    rows = (line.split("\t") for line in table.read_text("utf-8").splitlines())
    return frozenset(row[0] for row in rows if len(row) >= 2 and row[1] in _COMMON)


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
    # «السلطات المصرية الفرماوي»: a family name is rare in general text or not listed
    return len(bare) >= 4 and bare in _common_words() and bare not in _PLURALS_IN_I
