"""What a protest is against, read past a measure or from the protest told again.

**The authority behind a measure** (``authority_behind``): «احتجاجاً على قرار الحكومة».

A protest's purpose often names a deed or a measure of an authority rather than the
authority itself: «تظاهروا احتجاجاً على قرار الحكومة», «احتجاجاً على سياسات السلطات المحلية»,
«احتجاجاً على اعتقال الشرطة ناشطين». The measure («قرار», «سياسات») names nothing one can
protest to; the body in its genitive is whom the protest addresses, so it is the target. Only
a body of authority (``targets.AUTHORITY_HEADS``: government, authorities, court, police,
parliament ...) is read: «احتجاجاً على ارتفاع الأسعار» names none.

**The purpose of the protest told again** (``join_purpose``): «وكان متظاهرون قد خرجوا إلى
الشوارع ... في مظاهرات تطالب السلطة بوقف المفاوضات»: the protest noun after the protest verb
tells the same protest (``event_repeats``; behind «في» right after a protest verb of the
sentence, ``protest_told_in``), and what it demands or is against («تطالب السلطة», read by
``event_objects.protest_target``) is that protest's target when it has none.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Argument
from kg.relations.context import Extraction
from kg.relations.event_repeats import protest_just_before
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


def join_purpose(context: Extraction, event_id: str, target: Arg) -> None:
    """Give the protest ``event_id`` the ``target`` its repeat names, when it has none."""
    event = context.event(event_id)
    if event.label != "Protest" or any(a.role == "target" or a.entity_id == target.node_id
                                       for a in event.arguments):
        return
    joined = Argument(role="target", entity_id=target.node_id, start=target.start,
                      end=target.end)
    context.found.events[event_id] = replace(event, arguments=(*event.arguments, joined))


_TOLD_REACH = 12
"""How far after the protest verb «في مظاهرات» may stand (its crowd, street and day between)."""


def protest_told_in(context: Extraction, words: list[Word], position: int,
                    recorded: list[str]) -> str | None:
    """The protest of the sentence that the protest noun behind «في» at ``words[position]``
    tells again («خرجوا إلى الشوارع السبت، وسط رام الله في مظاهرات تطالب»): the latest one
    recorded, its trigger a few words before; None when there is none."""
    if position == 0 or words[position - 1].norm != "في":
        return None
    told = protest_just_before(context, words, position, recorded, _TOLD_REACH)
    return told.id if told is not None else None
