"""A town or region inside the thing a stance is toward is no object of the stance.

«رحبت السعودية بتحرير عدن», «أشاد الوزير باستعادة تعز», «ندد المجلس بحصار حلب»: the town
is the patient of the act named by the verbal noun before it (liberated, retaken,
besieged); the stance is toward the act. «رحبت الحكومة بعودة الهدوء إلى تعز», «أدان
الهجوم في سيناء», «رحب بانسحاب المسلحين من عدن»: a town reached through «إلى», «في», «من» or
«على» is where the act happened or went, not whom the stance is for or against.

Only territories inside a country (a city, a region, a district), never a country: «دعم
السعودية», «تحرير الكويت» are left to the rules that read countries. A capital standing
for its government right where the object begins («انتقد الوزير طهران») or after a noun
of policy or statement («رفض شروط موسكو») stays an object.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.index import TERRITORY_LABELS, Word

_PROCESS_NOUNS = frozenset({
    "تحرير", "استعاده", "استرجاع", "استرداد", "تطهير", "دخول", "سقوط", "عوده", "اعاده",
    "اعمار", "تامين", "حصار", "قصف", "احتلال", "اجتياح", "استهداف", "اقتحام", "حمايه",
    "فك", "رفع", "انسحاب", "اخلاء", "تحريرها", "استقرار", "امن", "تنميه", "بناء",
})
"""Verbal nouns of acts done to or in a place (liberating, retaking, besieging, shelling,
leaving, rebuilding): a town right after one is its patient."""

_LOCATIVE = frozenset({"في", "الي", "من", "علي"})
"""Prepositions that place an act («في سيناء», «إلى تعز», «من عدن», «على حلب»)."""


def patient_place(words: list[Word], candidate: Candidate) -> bool:
    """Whether the stance object ``candidate`` is a territory named as the patient or the
    place of an act (see the module docstring), and so no object of the stance."""
    if candidate.label not in TERRITORY_LABELS or candidate.source != "mention":
        return False
    if candidate.preposition in _LOCATIVE:
        return True
    index = candidate.word_index
    if not 0 < index < len(words):
        return False
    before = words[index - 1]
    return any(rest.removeprefix("ال") in _PROCESS_NOUNS for _, rest in before.readings())
