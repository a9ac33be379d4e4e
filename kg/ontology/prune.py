"""Keep an article whose graph has a few invalid facts: drop those, report them, keep the rest.

Each :class:`~kg.ontology.validate.Problem` names the offending node by its
kind and id (``Problem("Statement", "doc-…-q739-809", "^kg:stated", "the
speaker is a City, not an agent")``). Statements, events, relations and
mentions that fail are dropped, with what depended on them; a problem with
the document, a sentence or an entity is structural and the article is
skipped instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.model import Document
from kg.ontology.validate import Problem, validate

DROPPABLE = frozenset({"Mention", "Statement", "Event", "Relation"})


@dataclass(frozen=True, slots=True)
class PruneResult:
    document: Document
    dropped: tuple[Problem, ...]
    """The problems whose nodes were dropped."""
    problems: tuple[Problem, ...]
    """What is still wrong after dropping (the article must then be skipped)."""


def prune_invalid(doc: Document) -> PruneResult:
    """``doc`` without its invalid statements, events, relations and mentions."""
    problems = validate(doc).problems
    if not problems:
        return PruneResult(doc, (), ())
    offenders: dict[str, set[str]] = {kind: set() for kind in DROPPABLE}
    for problem in problems:
        if problem.kind not in DROPPABLE:
            return PruneResult(doc, (), tuple(problems))
        offenders[problem.kind].add(problem.node_id)
    pruned = _without(doc, offenders)
    return PruneResult(pruned, tuple(problems), tuple(validate(pruned).problems))


def _without(doc: Document, offenders: dict[str, set[str]]) -> Document:
    statements = tuple(s for s in doc.statements if s.id not in offenders["Statement"])
    events = tuple(e for e in doc.events if e.id not in offenders["Event"])
    alive = {e.id for e in doc.entities} | {s.id for s in statements} | {e.id for e in events}
    relations = tuple(
        r
        for r in doc.relations
        if r.id not in offenders["Relation"] and r.subject_id in alive and r.object_id in alive
    )
    mentions = tuple(m for m in doc.mentions if m.id not in offenders["Mention"])
    kept_mentions = {m.id for m in mentions}
    entities = tuple(
        replace(e, mention_ids=tuple(i for i in e.mention_ids if i in kept_mentions))
        for e in doc.entities
    )
    return replace(
        doc,
        statements=statements,
        events=events,
        relations=relations,
        mentions=mentions,
        entities=entities,
    )
