"""The authority behind what a protest is against: «احتجاجاً على قرار الحكومة».

A protest's purpose often names a deed or a measure of an authority rather than the
authority itself: «تظاهروا احتجاجاً على قرار الحكومة», «احتجاجاً على سياسات السلطات المحلية»,
«احتجاجاً على اعتقال الشرطة ناشطين». The measure («قرار», «سياسات») names nothing one can
protest to; the body in its genitive is whom the protest addresses, so it is the target. Only
a body of authority (``targets.AUTHORITY_HEADS``: government, authorities, court, police,
parliament ...) is read: «احتجاجاً على ارتفاع الأسعار» names none.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.targets import AUTHORITY_HEADS, protested_phrase


def authority_behind(context: Extraction, words: list[Word], start: int) -> Arg | None:
    """The authority phrase in the genitive of the indefinite noun at ``words[start]``
    («قرار الحكومة» → «الحكومة»), or None."""
    if start + 1 >= len(words) or start == 0:
        return None
    head, genitive = words[start], words[start + 1]
    prefix = head.readings()[-1][0] if head.readings() else ""
    if prefix or head.norm.startswith("ال") or context.covering_mention(head.start) is not None \
            or context.boundary_between(head, genitive) or \
            genitive.bare() not in AUTHORITY_HEADS or not genitive.norm.startswith("ال"):
        return None
    return protested_phrase(context, words, start + 1, authority=True)
