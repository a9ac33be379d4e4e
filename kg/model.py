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
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kg.text.words import WordView

from kg.ontology.namespace import EntityLabel, EventLabel, EventRole, RelationKind

Polarity = Literal["positive", "negative"]
Modality = Literal["asserted", "hedged", "conditional", "reported", "denied"]
Layer = Literal[
    "text", "sentences", "tokens", "words", "mentions", "entities", "statements", "events",
    "relations",
]
"""The layers of a :class:`Document` that pipeline stages require and provide (``kg.pipeline``):
each is a field of the document."""
RUNTIME_LAYERS: frozenset[Layer] = frozenset({"words"})
"""Layers that live only while a document is in the pipeline: no store keeps them, and
:func:`without_runtime_layers` drops them before a document leaves its process."""


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
    label: EntityLabel
    """Ontology class local name, e.g. ``Country``, ``Person``."""
    extractor: str
    confidence: float
    sentence_index: int
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    label: EntityLabel
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
    role: EventRole
    """Ontology property local name: ``agent``, ``target``, ``location``..."""
    entity_id: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    label: EventLabel
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
    kind: RelationKind
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
    held_back: int = 0
    """Facts found in the text but not written: below the run's confidence bar."""
    words: WordView | None = field(default=None, compare=False, repr=False)
    """The normalised view of ``text`` and its words (``kg.text.words``), from the ``tokens``
    stage; a runtime layer (:data:`RUNTIME_LAYERS`), not part of the document's value."""

    def with_layers(self, *layers: Layer, **changes: object) -> Document:
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


def without_runtime_layers(doc: Document) -> Document:
    """``doc`` without its :data:`RUNTIME_LAYERS`: what leaves the pipeline (to be checked,
    written, or pickled back from a worker process)."""
    if doc.words is None and not doc.annotations & RUNTIME_LAYERS:
        return doc
    return replace(doc, words=None, annotations=doc.annotations - RUNTIME_LAYERS)


def _evidence_key(evidence: Evidence) -> tuple[str, int, int, str, str, float, int, int]:
    return (
        evidence.document_id,
        evidence.start,
        evidence.end,
        evidence.extractor,
        evidence.sentence_id,
        evidence.confidence,
        -1 if evidence.trigger_start is None else evidence.trigger_start,
        -1 if evidence.trigger_end is None else evidence.trigger_end,
    )


def stored_form(doc: Document) -> Document:
    """``doc`` as every store keeps it, and gives it back: the local store, Neo4j, RDF.

    Not stored: tokens (cheap to remake, and large), hence the ``tokens`` layer,
    the runtime layers (:data:`RUNTIME_LAYERS`) and ``meta.extra``. An entity's
    mentions are the document's mentions that refer to it. RDF is unordered, so
    every collection is in one canonical order: sentences by index, mentions by
    offset, the rest by offset or id.
    Two documents with the same stored form are the same to every store.
    """
    mentions = tuple(sorted(doc.mentions, key=lambda m: (m.start, m.end, m.id)))
    mention_ids: dict[str, list[str]] = {}
    for mention in mentions:
        if mention.entity_id is not None:
            mention_ids.setdefault(mention.entity_id, []).append(mention.id)
    return replace(
        doc,
        meta=replace(doc.meta, extra=()),
        sentences=tuple(sorted(doc.sentences, key=lambda s: s.index)),
        tokens=(),
        mentions=mentions,
        entities=tuple(
            replace(
                e,
                aliases=tuple(sorted(set(e.aliases))),
                mention_ids=tuple(mention_ids.get(e.id, ())),
            )
            for e in sorted(doc.entities, key=lambda e: e.id)
        ),
        statements=tuple(
            replace(q, about_ids=tuple(sorted(set(q.about_ids))))
            for q in sorted(doc.statements, key=lambda q: (q.quote_start, q.id))
        ),
        events=tuple(
            replace(
                v,
                arguments=tuple(
                    sorted(v.arguments, key=lambda a: (a.start, a.end, a.role, a.entity_id))
                ),
            )
            for v in sorted(doc.events, key=lambda v: (v.trigger_start, v.id))
        ),
        relations=tuple(
            replace(r, evidence=tuple(sorted(r.evidence, key=_evidence_key)))
            for r in sorted(doc.relations, key=lambda r: r.id)
        ),
        annotations=(doc.annotations - {"tokens"} - RUNTIME_LAYERS) or frozenset({"text"}),
        words=None,
    )
