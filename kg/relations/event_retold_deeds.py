"""A deed told again by the same verb, doer and object is the same deed, not a second one.

News prose often sums up in its lead what the body then tells in full: «وأحرق مسلحو جماعة
الحوثي منشأة سد الجبلين بتعز» in the first paragraph and «وفي تعز، أحرق مسلحو جماعة الحوثي
منشأة سد الجبلين ...» further down. A verb trigger of the same form and class as an earlier
event of the article, with the very same doers and objects (both named), tells that event
again; a place, a day or a flag of its own still sets it apart (``event_repeats._compatible``).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import Argument, Event
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form


def _parties(arguments: Iterable[Argument], role: str) -> frozenset[str]:
    return frozenset(a.entity_id for a in arguments if a.role == role)


def retold_deed(context: Extraction, draft: Draft, events: Iterable[Event]) -> Event | None:
    """The earlier event among ``events`` that the verb ``draft`` tells again word for word,
    or None."""
    if not draft.verb:
        return None
    agents, targets = _parties(draft.arguments, "agent"), _parties(draft.arguments, "target")
    if not agents or not targets:
        return None
    form = trigger_form(draft.word)
    for event in events:
        word = context.word_at(event.trigger_start)
        if event.label != draft.label or word is None or word.start >= draft.word.start or \
                trigger_form(word) != form:
            continue
        if _parties(event.arguments, "agent") == agents and \
                _parties(event.arguments, "target") == targets:
            return event
    return None
