"""What one run of an extractor works through: the document's index, what earlier
extractors found, and its own findings.

An extractor runs once per sentence (attribution, events, stance) or once per
document (roles, geography). It reads the read-only :class:`DocIndex`, the
document's findings so far (:class:`DocState`: statements, positions, events,
read-only here) so that it can use them — a first-person plural inside a quote
resolves to the speaker's country, «رئيس الجمهورية» to the person who was
introduced with that title — and it adds only to its own :class:`Findings`, which
it returns. The stage merges them into the document's state.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.ids import entity_id as make_entity_id
from kg.model import Entity, Event, Relation, Statement
from kg.ontology.namespace import EntityLabel
from kg.relations.findings import Discourse, DocState, Findings, Quote, RoleFact
from kg.relations.index import DocIndex, Word
from kg.text.normalize import normalize_key


class Extraction:
    """One extractor run's view of the document (see the module's docstring).

    The index's lookups are bound here under their own names (``context.word_at``):
    the extractors call them hundreds of times a sentence.
    """

    __slots__ = (
        "attached_prefix",
        "boundary_between",
        "clause_before",
        "clauses",
        "covering_mention",
        "doc",
        "entities",
        "evidence",
        "found",
        "gap",
        "index",
        "is_nisba",
        "is_prepositional",
        "lexicon_before",
        "mention_starting_in",
        "mention_words",
        "mentions",
        "mentions_between",
        "norm",
        "sentence_words",
        "state",
        "trigger_positions",
        "word_at",
        "words",
        "words_between",
    )

    def __init__(self, index: DocIndex, state: DocState) -> None:
        self.index = index
        self.state = state
        """The document's findings before this run (read-only here)."""
        self.found = Findings(state.discourse)
        """What this run found: the only thing it adds to."""
        self.doc = index.doc
        self.words = index.words
        self.mentions = index.mentions
        self.entities = index.entities
        self.sentence_words = index.sentence_words
        self.trigger_positions = index.trigger_positions
        self.words_between = index.words_between
        self.word_at = index.word_at
        self.gap = index.gap
        self.boundary_between = index.boundary_between
        self.lexicon_before = index.lexicon_before
        self.clause_before = index.clause_before
        self.norm = index.norm
        self.mention_starting_in = index.mention_starting_in
        self.mentions_between = index.mentions_between
        self.covering_mention = index.covering_mention
        self.attached_prefix = index.attached_prefix
        self.is_nisba = index.is_nisba
        self.is_prepositional = index.is_prepositional
        self.mention_words = index.mention_words
        self.evidence = index.evidence
        self.clauses: dict[tuple[int, int, int], tuple[list[Word], int, list[Word]]] = {}
        """The clauses read around triggers in this run (``event_clauses.clause``)."""

    # --- discourse ---------------------------------------------------------

    @property
    def discourse(self) -> Discourse:
        """The discourse as this run leaves it so far."""
        return self.found.discourse

    @discourse.setter
    def discourse(self, discourse: Discourse) -> None:
        self.found.discourse = discourse

    # --- entities ----------------------------------------------------------

    def entity(self, node_id: str) -> Entity | None:
        """The entity with this id: the document's, or one named by this stage."""
        return self.entities.get(node_id) or self.state.new_entities.get(node_id) \
            or self.found.new_entities.get(node_id)

    def label(self, node_id: str) -> str | None:
        entity = self.entity(node_id)
        return entity.label if entity else None

    def add_entity(self, label: EntityLabel, name: str, key: str | None = None,
                   qid: str | None = None) -> str:
        """The id of the entity ``label`` named ``name`` (the normalised name, or ``key``,
        and ``qid`` make the id); one that nothing has named yet goes into the findings."""
        node_id = make_entity_id(label, key if key is not None else normalize_key(name), qid)
        if node_id not in self.entities and node_id not in self.state.new_entities and \
                node_id not in self.found.new_entities:
            self.found.new_entities[node_id] = Entity(id=node_id, label=label, name=name,
                                                      qid=qid)
        return node_id

    def country_for_nisba(self, word: Word) -> str | None:
        """The country a nisba adjective names («اليمني» → Yemen), reusing the document's entity."""
        country = self.index.nisba_country(word)
        if country is None:
            return None
        if country.entity_id is not None:
            return country.entity_id
        return self.add_entity("Country", country.name, normalize_key(country.name), country.qid)

    # --- relations and statements ------------------------------------------

    def add_relation(self, relation: Relation) -> None:
        self.found.relations.add(relation)

    def has_statement(self, statement_id: str) -> bool:
        return statement_id in self.state.statements or statement_id in self.found.statements

    def add_statement(self, statement: Statement, denied: bool) -> None:
        """A statement, its quote, and the quote as a denied span when ``denied``."""
        self.found.statements[statement.id] = statement
        self.found.quotes.add(Quote(statement.quote_start, statement.quote_end,
                                    statement.speaker_id))
        if denied:
            self.found.denied_spans.append((statement.quote_start, statement.quote_end))

    # --- roles -------------------------------------------------------------

    @property
    def roles(self) -> Sequence[RoleFact]:
        """The positions found so far, in the order found."""
        if not self.found.roles:
            return self.state.roles
        if not self.state.roles:
            return self.found.roles
        return [*self.state.roles, *self.found.roles]

    def affiliation(self, person_id: str) -> str:
        """Whom «نحن» stands for in a person's quote: their position's country or organisation."""
        if self.label(person_id) != "Person":
            return person_id
        for role in reversed(self.roles):
            if role.person_id == person_id and role.org_id:
                return role.org_id
        return person_id

    # --- quotes ------------------------------------------------------------

    def speaker_at(self, offset: int) -> str | None:
        """The speaker of the statement whose quote contains ``offset`` (the latest found)."""
        if self.found.quotes:
            speaker = self.found.quotes.speaker_at(offset)
            if speaker is not None:
                return speaker
        return self.state.quotes.speaker_at(offset)

    def quote_overlaps(self, start: int, end: int) -> bool:
        """Whether the quote of a statement found so far overlaps ``start``..``end``."""
        return self.found.quotes.overlaps(start, end) or self.state.quotes.overlaps(start, end)

    def last_quote_end(self, speaker: str) -> int:
        """Where the speaker's last quote ends (0 if they have none)."""
        return max(self.found.quotes.last_end(speaker), self.state.quotes.last_end(speaker))

    def latest_speaker_quoted_in(self, start: int, end: int) -> str | None:
        """The speaker of the latest quote found that starts in ``start``..``end``."""
        return self.found.quotes.latest_starting_in(start, end) or \
            self.state.quotes.latest_starting_in(start, end)

    def in_denial(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.state.denied_spans) or \
            any(start <= offset < end for start, end in self.found.denied_spans)

    # --- events ------------------------------------------------------------

    def event(self, event_id: str) -> Event:
        """An event found so far (as this run left it)."""
        found = self.found.events.get(event_id)
        return found if found is not None else self.state.events[event_id]

    def latest_event(self, label: str) -> Event | None:
        """The event of class ``label`` found last (as this run left it)."""
        for event in reversed(self.found.events.values()):
            if event.id not in self.state.events and event.label == label:
                return event
        for event in self.state.events_latest_first():
            if event.label == label:
                return self.found.events.get(event.id, event)
        return None

    def rejected_event(self, label: str) -> bool:
        """Whether a trigger of the gathering class ``label`` was found to name no event."""
        return label in self.state.rejected_events or label in self.found.rejected_events
