"""The document model: one source of truth for everything extracted from an article.

Document -> Sentence -> Token, and over them Mention, Entity, Statement,
Event and Relation. Every annotation carries ``start``/``end`` character
offsets into the untouched original ``Document.text``: ``text[start:end]`` is
always the annotation as printed (design decision 1).

All classes are frozen; stages return new documents with ``dataclasses.replace``.
A document that has been through the whole pipeline is the *DocGraph* of the
design: the thing that is validated and written to the stores.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "hedged", "conditional", "reported", "denied"]


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What is known about an article besides its text."""

    title: str | None = None
    url: str | None = None
    date: str | None = None
    """Publication (or extraction) date as ISO 8601, when known."""
    source: str | None = None
    author: str | None = None
    dateline: str | None = None
    """The dateline line, e.g. «واشنطن – هديل عويس – NPA»."""
    origin: str = ""
    """Where the article was read from: a path, ``archive.zip!member#index``..."""
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    id: str
    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """A surface token; ``stem_start``/``stem_end`` is the word without its clitics.

    «وبواشنطن» is one token whose stem span covers «واشنطن»; both spans are
    offsets into the original text.
    """

    index: int
    start: int
    end: int
    sentence_index: int
    stem_start: int
    stem_end: int


@dataclass(frozen=True, slots=True)
class Mention:
    id: str
    start: int
    end: int
    text: str
    label: str
    """Ontology class local name, e.g. ``Country``, ``Person``."""
    extractor: str
    confidence: float
    sentence_index: int
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    label: str
    """Ontology class local name."""
    name: str
    """Canonical Arabic name."""
    name_en: str | None = None
    qid: str | None = None
    transliteration: str | None = None
    aliases: tuple[str, ...] = ()
    mention_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation, event or statement was read: sentence, span, extractor."""

    document_id: str
    sentence_id: str
    start: int
    end: int
    extractor: str
    confidence: float
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """Something an actor said: «قال بومبيو ...»."""

    id: str
    speaker_id: str
    verb: str
    quote_start: int
    quote_end: int
    direct: bool
    evidence: Evidence
    about_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Argument:
    role: str
    """Ontology property local name: ``agent``, ``target``, ``location``..."""
    entity_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    label: str
    """Ontology class local name, e.g. ``MilitaryOperation``."""
    trigger_start: int
    trigger_end: int
    evidence: Evidence
    arguments: tuple[Argument, ...] = ()
    time: str | None = None
    """When it happened, ISO 8601 (a day, a month or a year), when the text says it."""
    casualties: int | None = None
    """How many were killed, when the sentence gives a number («مقتل عشرة أشخاص»)."""
    historical: bool = False
    """Background: it happened well before the article (a past year, «العام الماضي»)."""


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge between two nodes (entity, event or statement ids)."""

    id: str
    kind: str
    """Ontology property local name, e.g. ``opposes``, ``holdsPosition``."""
    subject_id: str
    object_id: str
    evidence: tuple[Evidence, ...]
    polarity: Polarity = "positive"
    modality: Modality = "asserted"
    time: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    annotations: frozenset[str] = frozenset({"text"})
    """Names of the layers that stages have filled in (see ``kg.pipeline``)."""

    def with_layers(self, *layers: str, **changes: object) -> Document:
        """A copy with ``changes`` applied and ``layers`` marked as provided."""
        return replace(self, annotations=self.annotations | frozenset(layers), **changes)  # type: ignore[arg-type]

    def sentence_of(self, offset: int) -> Sentence:
        """The sentence that contains the character ``offset``."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        raise ValueError(f"offset {offset} is outside every sentence of {self.id}")

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)


DocGraph = Document
"""A document after the whole pipeline: what gets validated and written."""
