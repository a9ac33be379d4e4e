"""Deterministic identifiers (design decision 3).

The same input always yields the same ids, so re-ingesting an article
changes nothing and a changed article replaces only its own contribution.
"""

from __future__ import annotations

import hashlib


def digest(*parts: str, length: int = 16) -> str:
    """A short, stable hex digest of the parts (joined unambiguously)."""
    joined = "\x1f".join(parts).encode("utf-8")
    return hashlib.sha256(joined).hexdigest()[:length]


def document_id(url: str | None, text: str) -> str:
    """From the article's URL when it has one, otherwise from its content."""
    if url:
        return "doc-" + digest("url", url.strip())
    return "doc-" + digest("text", text)


def sentence_id(doc_id: str, index: int) -> str:
    return f"{doc_id}-s{index}"


def mention_id(doc_id: str, start: int, end: int) -> str:
    return f"{doc_id}-m{start}-{end}"


def entity_id(entity_class: str, canonical_name: str, qid: str | None = None) -> str:
    """From the Wikidata QID when linked, otherwise from class and normalised name."""
    if qid:
        return f"wd-{qid}"
    return f"ent-{entity_class.lower()}-" + digest(entity_class, canonical_name)


def relation_id(kind: str, subject_id: str, object_id: str, polarity: str) -> str:
    """A fact's identity: the same fact in several articles is one relation."""
    return "rel-" + digest(kind, subject_id, object_id, polarity)


def event_id(doc_id: str, event_class: str, trigger_start: int, trigger_end: int) -> str:
    return f"{doc_id}-e{trigger_start}-{trigger_end}-" + digest(event_class, length=6)


def statement_id(doc_id: str, start: int, end: int) -> str:
    return f"{doc_id}-q{start}-{end}"
