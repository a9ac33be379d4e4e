"""Hand-built documents for the relation tests: sentences, and mentions found by surface forms.

This stands in for the NER and linking stages, so that the relation stage is
tested on its own: every occurrence of a listed surface form (longest first,
never overlapping; a clitic glued before it stays outside the mention) is a
mention of that entity.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.ids import entity_id, mention_id, sentence_id
from kg.model import Document, DocumentMeta, Entity, Event, Mention, Sentence
from kg.relations.context import Extraction
from kg.relations.findings import DocState
from kg.relations.index import DocIndex, Word
from kg.text.normalize import normalize_key
from kg.text.sentences import split_sentences


@dataclass(frozen=True)
class E:
    label: str
    name: str
    surfaces: tuple[str, ...] = ()
    qid: str | None = None

    @property
    def id(self) -> str:
        return entity_id(self.label, normalize_key(self.name), self.qid)


def build_doc(text: str, entities: list[E], date: str | None = None,
              doc_id: str = "doc-test") -> Document:
    sentences = tuple(
        Sentence(id=sentence_id(doc_id, i), index=i, start=s, end=e)
        for i, (s, e) in enumerate(split_sentences(text))
    )
    forms = sorted(
        ((surface, entity) for entity in entities
         for surface in (entity.surfaces or (entity.name,))),
        key=lambda pair: -len(pair[0]),
    )
    # «للتحالف»: ل + «التحالف» without its alef; the mention starts after the preposition.
    shifted = [("ل" + surface[1:], entity) for surface, entity in forms if surface.startswith("ال")]
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for surface, entity in sorted(forms + shifted, key=lambda pair: -len(pair[0])):
        shift = 1 if surface.startswith("لل") else 0
        start = text.find(surface)
        while start != -1:
            start += shift
            end = start + len(surface) - shift
            surface_text = text[start:end]
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                index = next(s.index for s in sentences if s.start <= start < s.end)
                mentions.append(Mention(
                    id=mention_id(doc_id, start, end), start=start, end=end, text=surface_text,
                    label=entity.label, extractor="test", confidence=1.0,
                    sentence_index=index, entity_id=entity.id,
                ))
            start = text.find(surface, end)
    mentions.sort(key=lambda m: m.start)
    built = tuple(
        Entity(id=e.id, label=e.label, name=e.name, qid=e.qid,
               mention_ids=tuple(m.id for m in mentions if m.entity_id == e.id))
        for e in entities
    )
    return Document(
        id=doc_id, text=text, meta=DocumentMeta(date=date), sentences=sentences,
        mentions=tuple(mentions), entities=built,
        annotations=frozenset({"text", "sentences", "tokens", "mentions", "entities"}),
    )


def role(doc: Document, event: Event, name: str) -> list[str]:
    """The text of each argument of ``event`` in role ``name``."""
    return [doc.text[a.start:a.end] for a in event.arguments if a.role == name]


def only(doc: Document, label: str) -> Event:
    """The one event of class ``label`` (the assertion lists the events found otherwise)."""
    found = [e for e in doc.events if e.label == label]
    assert len(found) == 1, [(e.label, doc.text[e.trigger_start:e.trigger_end]) for e in
                             doc.events]
    return found[0]


def first_sentence(text: str, entities: list[E]) -> tuple[Extraction, list[Word]]:
    """An extraction context over ``text`` and the words of its first sentence, for tests of
    one rule's helper on one sentence."""
    doc = build_doc(text, entities)
    index = DocIndex.build(doc)
    return Extraction(index, DocState()), index.sentence_words(doc.sentences[0])
