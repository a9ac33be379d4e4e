"""An indefinite accusative noun right after a verb of striking is its object: names after it
are not.

«هجوم انتحاري بسيارة مفخخة استهدفت مقصفا يقصده طلاب جامعة بغداد»: the noun right after the
verb ends in the alif of the indefinite accusative («مقصفا», «مقرا», «حاجزا»), so it is the
verb's object, and the thing hit. A name further on («بغداد», in a clause describing the
object, or the place of the deed) is no target. Its owner right after it stays one («استهدفت
مقرا لحماس», «مقرا تابعا للحوثيين»: see ``event_owned_targets``), as does a name in its
genitive right after it. A weapon is no such object: it is what was fired, and the «على»
phrase after it is the thing hit («أطلقت مروحية هجومية صاروخاً على منزل»: the house).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Word
from kg.relations.lexicon import FUNCTION_WORDS, find_event
from kg.relations.perpetrators import past_time
from kg.relations.targets import WEAPONS

_NOT_OBJECTS = frozenset({
    "ايضا", "مجددا", "ليلا", "نهارا", "صباحا", "جوا", "برا", "بحرا", "مباشرا", "حاليا",
    "سابقا", "لاحقا", "رسميا", "فعلا", "اولا", "ثانيا", "عمدا", "مؤخرا", "تقريبا", "خصوصا",
    "تحديدا", "جميعا", "معا", "كذلك", "اذا", "هكذا", "انذاك", "ابدا", "حتما", "ربما",
})
"""Adverbs that end in the same alif and stand where an object would."""
_AFFILIATED = frozenset({"تابعا", "تابعه", "تابع", "تابعين"})


def accusative_object(context: Extraction, words: list[Word], start: int) -> int | None:
    """The index of an indefinite accusative noun that opens at ``words[start]`` (past a
    time phrase), or None."""
    index = past_time(context, words, start)
    if index >= len(words) or index == 0 or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    word = words[index]
    norm = word.norm
    if context.covering_mention(word.start) is not None or norm.startswith(("ال", "و", "ف")) \
            or len(norm) < 4 or not norm.endswith("ا") or norm.endswith(("وا", "ها")) or \
            norm in _NOT_OBJECTS or norm in FUNCTION_WORDS or any(ch.isdigit() for ch in norm) \
            or word.has(WEAPONS):
        return None  # «أطلقت صاروخاً على منزل»: the weapon fired, not the thing hit
    return index


def _object_end(words: list[Word], index: int) -> int:
    """The last word of the object phrase whose head is at ``words[index]``: the word right
    after it (its genitive or owner), or the owner behind «تابعا» («مقرا تابعا للحوثيين»)."""
    end = index + 1
    if end + 1 < len(words) and words[end].has(_AFFILIATED):
        end += 1
    return min(end, len(words) - 1)


def drop_targets_past_object(context: Extraction, words: list[Word], start: int,
                             draft: Draft) -> None:
    """Drop the named targets read past the accusative object that opens at ``words[start]``
    (and past the word right after it, which may be its genitive)."""
    index = accusative_object(context, words, start)
    if index is None:
        return
    limit = words[_object_end(words, index)].end
    draft.arguments = [a for a in draft.arguments if not (a.role == "target" and
                                                          a.start >= limit)]


def beyond_verb_object(context: Extraction, words: list[Word], trigger: int,
                       candidate: int) -> bool:
    """A verb of an event between the noun trigger at ``words[trigger]`` and the name at
    ``words[candidate]`` has an accusative object that ends before the name: the name lies
    past what was hit («هجوم ... استهدفت مقصفا يقصده طلاب جامعة بغداد»)."""
    for index in range(trigger + 1, min(candidate, len(words))):
        if find_event(words[index].norm) is None:
            continue
        found = accusative_object(context, words, index + 1)
        if found is not None and _object_end(words, found) < candidate:
            return True
    return False
