"""What a later word tells of an event already recorded joins that event.

The object and places of a verb that describes an indefinite violent noun («تفجير استهدف
مسجداً في الكويت»: :func:`describe`), an attack's casualty count (:func:`add_casualties`),
and the new arguments of a definite trigger that repeats the event (:func:`merge`). Read
for :mod:`kg.relations.events`.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Event
from kg.relations.casualties import Count
from kg.relations.context import Extraction
from kg.relations.event_accusative_objects import drop_targets_past_object
from kg.relations.event_draft import Draft
from kg.relations.event_objects import (
    victim_phrase_allowed,
)
from kg.relations.event_owned_targets import owned_target
from kg.relations.event_place_roles import drop_misplaced_places
from kg.relations.event_roles import roles_after
from kg.relations.index import Word
from kg.relations.perpetrators import past_time
from kg.relations.targets import AIMING_FORMS, unnamed_target


def describe(context: Extraction, words: list[Word], position: int, draft: Draft,
              event: Event) -> None:
    """The object and places of a describing verb join the event of its noun: in «تفجير
    استهدف مسجداً في الكويت» the mosque is the blast's target, Kuwait its place; the verb's
    subject is the noun itself, so no agent is read."""
    draft.verb = False
    roles_after(context, words, position + 1, draft, draft.sentence)
    drop_targets_past_object(context, words, position + 1, draft)  # «استهدفت مقصفا يقصده
    # طلاب جامعة بغداد»: the café, not Baghdad
    if victim_phrase_allowed(draft) and not any(a.role == "target" for a in event.arguments):
        victim = unnamed_target(context, words, past_time(context, words, position + 1), True,
                                aimed=words[position].has(AIMING_FORMS))
        if victim is not None:
            draft.add("target", victim)
    if any(a.role == "target" for a in event.arguments):
        draft.arguments = [a for a in draft.arguments if a.role != "target"]
    owned_target(context, words, draft)  # «استهدف مركز تدريب لداعش»: the owner is hit
    drop_misplaced_places(context, words, draft)  # «استهدف موكب محافظ نينوى»: not Nineveh
    merge(context, event, draft, draft.word)



def add_casualties(context: Extraction, event_id_: str, count: Count) -> None:
    """The outcome of an attack is its casualty count, not another event."""
    cause = context.event(event_id_)
    if cause.casualties is None:
        context.found.events[event_id_] = replace(cause, casualties=count.value)



def merge(context: Extraction, earlier: Event, draft: Draft, word: Word) -> None:
    known = {(a.role, a.entity_id) for a in earlier.arguments}
    known_ids = {a.entity_id for a in earlier.arguments}
    added = tuple(a for a in draft.arguments
                  if (a.role, a.entity_id) not in known and a.entity_id not in known_ids)
    if added:
        context.found.events[earlier.id] = replace(earlier, arguments=earlier.arguments + added)
    context.found.event_at_word[word.index] = earlier.id
