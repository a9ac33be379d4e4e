"""The arguments the relation extractors find: what names an entity, and where.

:class:`Arg` is a resolved argument (an entity, event or statement id and its span);
:class:`ArgsAfter` and :class:`ArgsFound` carry the arguments read around a word with
the position where the next role may start; :class:`NisbaCountry` is the country a
nisba adjective names (:meth:`kg.relations.index.DocIndex.nisba_country`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from kg.relations.rules import ArgsHow


@dataclass(frozen=True, slots=True)
class Arg:
    """A resolved argument: an entity (or event, statement) id and the span that names it."""

    node_id: str
    start: int
    end: int


class ArgsAfter(NamedTuple):
    """Arguments read after or around a word, and the position (in the sentence) of the
    word after them: where the next role may start."""

    args: list[Arg]
    after: int


class ArgsFound(NamedTuple):
    """Arguments read around a trigger (an event's agents, a stance's subjects), the
    position of the word after them in the sentence, and how they were found (one of the
    names the extractor writes into its evidence: «after», «before», «genitive»...)."""

    args: list[Arg]
    after: int
    how: ArgsHow




class NisbaCountry(NamedTuple):
    """The country a nisba adjective names (see :meth:`DocIndex.nisba_country`)."""

    entity_id: str | None
    """The document's entity for the country, if it has one."""
    name: str
    qid: str


Span = tuple[int, int]
"""A ``(start, end)`` character span of the original text."""
