"""The wounded told after the killed: «قُتل 28 جندياً وأصيب 27 بينهم 12 من داعش».

News gives a toll as two clauses, the killed and then the wounded, joined by «و»: «قتلوا
وأصيب 27», «قُتل خمسة وجُرح عشرة من الشرطة». Everything behind the verb of wounding belongs to
the wounded when the killed were counted already: before the verb («إن 28 جندياً قتلوا
وأصيب 27 من داعش»), or when a subset word sets the name among the wounded («وأصيب 27 بينهم 12
من داعش»). Such a name says who was hurt, not who was killed, so it is no target of the
killing. A bare count on each side shares the group named after the second one («وقتل 13
وأصيب 85 من الحوثيين»: both of the Houthis), which stays the target. Locations may still
follow («في عدن»): only the target is cut.
"""

from __future__ import annotations

from kg.relations.index import Word

WOUNDING_VERBS = frozenset({
    "اصيب", "اصيبت", "اصيبوا", "اصيبا", "جرح", "جرحت", "جرحوا", "جرحا", "يصاب", "تصاب",
})
"""Verbs of being wounded that open the second clause of a toll."""
_AMONG = frozenset({"بينهم", "منهم", "بينهن", "منهن", "بينها", "منها"})


def wounded_clause(words: list[Word], start: int, last: int) -> int:
    """The index of the first «وأصيب»/«وجُرح» (behind «و») from ``words[start]`` up to
    ``last``; ``len(words)`` when there is none."""
    for index in range(max(start, 0), min(last + 1, len(words))):
        word = words[index]
        if word.norm.startswith("و") and word.norm[1:] in WOUNDING_VERBS:
            return index
    return len(words)


def among_wounded(words: list[Word], wounded: int, candidate: int, counted_before: bool) -> bool:
    """Whether the name at ``words[candidate]``, behind the verb of wounding at
    ``words[wounded]``, belongs to the wounded only: the killed were counted before the
    trigger (``counted_before``), or a subset word («بينهم») stands between."""
    if candidate <= wounded:
        return False
    return counted_before or any(w.norm.lstrip("و") in _AMONG
                                 for w in words[wounded + 1:candidate])
