"""What the extractors of the relation stage find, and the document's findings so far.

An extractor returns a :class:`Findings`: the entities it named (a country read from
a nisba adjective, a position), its relations, statements, roles, events, the quotes
and denied spans of its statements, and the :class:`Discourse` it leaves behind (who
spoke or acted last). Only the stage (:mod:`kg.relations.stages`) merges findings
into the :class:`DocState`, which later extractors read but never change.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from kg.model import Entity, Event, Evidence, Relation, Statement


@dataclass(frozen=True, slots=True)
class RoleFact:
    """A person's title found by :mod:`kg.relations.roles` («وزير الخارجية السعودي»)."""

    person_id: str
    position_id: str
    position_name: str
    """The title's normalised words."""
    org_id: str | None
    """The country or organisation of the position, when one was found."""
    start: int
    """Where the title starts in the text."""
    guessed: bool = False
    """``org_id`` is only the document's most common country, a guess held back."""


@dataclass(frozen=True, slots=True)
class Turn:
    """Who spoke or acted, and in which sentence (by its index)."""

    node_id: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Quote:
    """The quote of a statement and its speaker."""

    start: int
    end: int
    speaker: str


@dataclass(frozen=True, slots=True)
class Discourse:
    """What passes from one sentence to the next: whom a verb without a subject continues."""

    last_actor: Turn | None = None
    """The most recent speaker or stance subject and the sentence where it acted."""
    last_speaker: Turn | None = None
    """The last speaker named in its own sentence and the sentence of its last statement:
    whom a subjectless «وأضاف» continues (None after «وقالت مصادر»)."""
    female_speakers: frozenset[str] = frozenset()
    """Persons named right next to a feminine reporting verb («قالت جانيت يلين»): a later
    feminine verb may continue them."""


class Quotes:
    """Quotes kept by start, so that a lookup reads only the quotes near an offset, not
    every quote before it (a long document has hundreds)."""

    __slots__ = ("_last_end", "_longest", "_spans")

    def __init__(self) -> None:
        self._spans: list[tuple[int, int, int, str]] = []
        """(start, end, order added, speaker id), sorted."""
        self._longest = 0
        self._last_end: dict[str, int] = {}

    def add(self, quote: Quote) -> None:
        bisect.insort(self._spans, (quote.start, quote.end, len(self._spans), quote.speaker))
        self._longest = max(self._longest, quote.end - quote.start)
        self._last_end[quote.speaker] = max(self._last_end.get(quote.speaker, 0), quote.end)

    def __bool__(self) -> bool:
        return bool(self._spans)

    def in_order_added(self) -> Iterator[Quote]:
        for start, end, _, speaker in sorted(self._spans, key=lambda span: span[2]):
            yield Quote(start, end, speaker)

    def _starting_in(self, start: int, end: int) -> list[tuple[int, int, int, str]]:
        first = bisect.bisect_left(self._spans, (start,))
        return self._spans[first:bisect.bisect_left(self._spans, (end,), first)]

    def speaker_at(self, offset: int) -> str | None:
        """The speaker of the quote that contains ``offset`` (the latest added, if several)."""
        containing = [span for span in self._starting_in(offset - self._longest, offset + 1)
                      if offset < span[1]]
        return max(containing, key=lambda span: span[2])[3] if containing else None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a quote overlaps ``start``..``end``."""
        return any(start < span[1] for span in self._starting_in(start - self._longest, end))

    def last_end(self, speaker: str) -> int:
        """Where the speaker's last quote ends (0 if they have none)."""
        return self._last_end.get(speaker, 0)

    def latest_starting_in(self, start: int, end: int) -> str | None:
        """The speaker of the latest quote added that starts in ``start``..``end``."""
        spans = self._starting_in(start, end)
        return max(spans, key=lambda span: span[2])[3] if spans else None


class Relations:
    """Relations by id: one seen again (same kind, subject, object, polarity) keeps all its
    evidence, in order, and the first time it was given."""

    __slots__ = ("_evidence", "by_id")

    def __init__(self) -> None:
        self.by_id: dict[str, Relation] = {}
        self._evidence: dict[str, dict[Evidence, None]] = {}
        """The evidence of each relation seen more than once, in order, as a set."""

    def add(self, relation: Relation) -> None:
        existing = self.by_id.get(relation.id)
        if existing is None:
            self.by_id[relation.id] = relation
            return
        # An insertion-ordered set of the evidence, so that a fact repeated
        # through a long document costs a hash per sighting, not a scan of all
        # its earlier evidence.
        seen = self._evidence.setdefault(relation.id, dict.fromkeys(existing.evidence))
        seen.update(dict.fromkeys(relation.evidence))
        self.by_id[relation.id] = replace(existing, evidence=tuple(seen),
                                          time=existing.time or relation.time)


@dataclass(slots=True)
class Findings:
    """What one run of an extractor found (one sentence, or the whole document for roles
    and geography). Built by that run alone, then merged by the stage."""

    discourse: Discourse
    """The discourse the run leaves behind (the one it started from if it changed none)."""
    new_entities: dict[str, Entity] = field(default_factory=dict)
    """Entities the run named that neither the document nor earlier runs had."""
    relations: Relations = field(default_factory=Relations)
    statements: dict[str, Statement] = field(default_factory=dict)
    roles: list[RoleFact] = field(default_factory=list)
    quotes: Quotes = field(default_factory=Quotes)
    """The quote of each statement found, with its speaker (for first-person pronouns)."""
    denied_spans: list[tuple[int, int]] = field(default_factory=list)
    """The content of each denial («نفى أن يكون ...»): no stance is read inside it."""
    events: dict[str, Event] = field(default_factory=dict)
    """New events, and earlier ones given more arguments, by id."""
    event_at_word: dict[int, str] = field(default_factory=dict)
    """The event each trigger word names (by word index)."""
    rejected_events: set[str] = field(default_factory=set)
    """Gathering classes whose trigger was found to name no event."""


class DocState:
    """The document's findings so far: what later extractors read, and what only the stage
    changes (:meth:`merge`)."""

    def __init__(self) -> None:
        self.discourse = Discourse()
        self._new_entities: dict[str, Entity] = {}
        self._relations = Relations()
        self._statements: dict[str, Statement] = {}
        self._roles: list[RoleFact] = []
        self._quotes = Quotes()
        self._denied_spans: list[tuple[int, int]] = []
        self._events: dict[str, Event] = {}
        self._event_at_word: dict[int, str] = {}
        self._rejected_events: set[str] = set()

    @property
    def new_entities(self) -> Mapping[str, Entity]:
        return self._new_entities

    @property
    def relations(self) -> Mapping[str, Relation]:
        return self._relations.by_id

    @property
    def statements(self) -> Mapping[str, Statement]:
        return self._statements

    @property
    def roles(self) -> Sequence[RoleFact]:
        return self._roles

    @property
    def quotes(self) -> Quotes:
        """The quotes so far (read them only: :meth:`Quotes.add` is the stage's)."""
        return self._quotes

    @property
    def denied_spans(self) -> Sequence[tuple[int, int]]:
        return self._denied_spans

    @property
    def events(self) -> Mapping[str, Event]:
        return self._events

    def events_latest_first(self) -> Iterator[Event]:
        return reversed(self._events.values())

    @property
    def event_at_word(self) -> Mapping[int, str]:
        return self._event_at_word

    @property
    def rejected_events(self) -> AbstractSet[str]:
        return self._rejected_events

    def merge(self, findings: Findings) -> None:
        """Add what one run found, in the order it found it."""
        self.discourse = findings.discourse
        for node_id, entity in findings.new_entities.items():
            self._new_entities.setdefault(node_id, entity)
        for relation in findings.relations.by_id.values():
            self._relations.add(relation)
        for statement_id, statement in findings.statements.items():
            self._statements.setdefault(statement_id, statement)
        self._roles += findings.roles
        if findings.quotes:
            for quote in findings.quotes.in_order_added():
                self._quotes.add(quote)
        self._denied_spans += findings.denied_spans
        self._events.update(findings.events)
        self._event_at_word.update(findings.event_at_word)
        self._rejected_events |= findings.rejected_events
