"""A topic phrase whose genitive is pointed by a demonstrative: «مرتكبي هذه الجريمة».

Rules:

- «أدان X مرتكبي هذه الجريمة», «انتقد X أداء هذه الحكومة», «رفض X بنود هذا الاتفاق»: an
  indefinite head followed at once by a demonstrative and a definite noun is an iḍāfa whose
  genitive is definite, so the three words are one definite phrase, as «مرتكبي الجريمة»
  is. The phrase reader otherwise stops at the demonstrative (a function word) and drops a
  bare indefinite head.
- «ندد X صباح هذا اليوم بالهجوم»: a time noun pointed by a demonstrative («هذا اليوم», «هذا
  الأسبوع») is when the stance was held, never its object (:func:`pointed_time`).
- Not after a head that tells a time or a circumstance («صباح هذا اليوم», «رغم هذه
  الخطوة»), nor when the noun after the demonstrative opens a tagged name or a prepositional
  phrase, nor across punctuation.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS
from kg.relations.stance_adverbials import ADVERBIAL_HEADS

POINTERS = frozenset({"هذا", "هذه", "هذين", "هاتين", "هذان", "هاتان", "هؤلاء", "تلك", "ذلك"})
"""Demonstratives that point the noun after them («هذه الجريمة»)."""

_NOT_HEADS = ADVERBIAL_HEADS | frozenset({
    "صباح", "مساء", "فجر", "ليل", "ليله", "ظهر", "نهار", "يوم", "يومي", "امس", "اليوم", "غدا",
    "اسبوع", "شهر", "عام", "سنه", "مره", "ساعه", "ساعات", "ايام", "اسابيع", "اشهر", "سنوات",
    "اعوام", "مجددا", "ايضا", "خلال", "طوال", "بعد", "قبل", "منذ", "اثناء", "حول", "بشان",
    "ضمن", "بسبب", "جراء", "وفق",
    "بدايه", "نهايه", "مطلع", "اواخر", "اوائل", "منتصف", "حتي", "عبر", "مثل", "كل", "جميع",
    "كافه", "بعض", "معظم", "اغلب", "غير", "نفس", "ذات"})
"""Heads that tell a time, a span, a circumstance or a quantity, not a thing stood toward."""


def pointed_genitive(context: Extraction, words: list[Word], kept: list[Word]) -> list[Word]:
    """``kept`` widened by a demonstrative and the definite noun it points when ``kept`` is
    one indefinite head right before them («مرتكبي» + «هذه الجريمة»), else ``kept``."""
    if len(kept) != 1:
        return kept
    head = kept[0]
    bare = head.bare()
    if _definite(head) or bare in _NOT_HEADS or bare.removeprefix("و") in _NOT_HEADS or \
            head.norm in FUNCTION_WORDS:
        return kept
    at = head.index - words[0].index + 1
    if at + 1 >= len(words):
        return kept
    pointer, noun = words[at], words[at + 1]
    if pointer.norm not in POINTERS or context.boundary_between(head, pointer) or \
            context.boundary_between(pointer, noun):
        return kept
    if not noun.norm.startswith("ال") or noun.norm in FUNCTION_WORDS or \
            context.mention_starting_in(noun) is not None:
        return kept
    return [head, pointer, noun]


def _definite(word: Word) -> bool:
    return word.norm.startswith("ال") or any(
        p.endswith("ال") or p == "لل" for p, _ in word.readings()[1:])


_TIMES = frozenset({"اليوم", "الاسبوع", "الشهر", "العام", "السنه", "الصباح", "المساء", "الليله",
                    "الفتره", "المرحله", "الاسبوعين", "الساعه", "الايام", "الاسابيع", "الشهور",
                    "الاشهر", "الاثناء", "الوقت", "الاطار", "الصدد", "السياق"})
"""Nouns of time (and of the occasion: «في هذا الصدد») a demonstrative points to."""


def pointed_time(word: Word) -> bool:
    """Whether ``word``, right after a demonstrative, names a time («هذا اليوم»)."""
    return word.norm in _TIMES
