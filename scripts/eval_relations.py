"""Score the relation stage against the dev set in tests/data/relations/.

    .venv/bin/python scripts/eval_relations.py [--data DIR] [--details]

Runs the real pipeline (sentences, tokens, ner.gazetteer, ner.bundled when
registered, link, relations) on every article that has a ``<name>.jsonl``
file, and prints precision, recall and F1 per kind and overall. A predicted
fact counts when its kind and polarity are right and both arguments match
(see tests/data/relations/README.md for the matching rules). Event arguments
are scored as facts of kind agent/target/location/participant whose subject
is the event (label and trigger span must match).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ids import document_id  # noqa: E402
from kg.io.txt import split_header  # noqa: E402
from kg.model import Document, DocumentMeta  # noqa: E402
from kg.pipeline import Pipeline, registered_stages  # noqa: E402
from kg.text.normalize import normalize_key  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "relations"
DATA_CANDIDATES = (ROOT.parent / "shared" / "data" / "news", Path("/work/shared/data/news"))
ROLES = ("agent", "target", "location", "participant")


@dataclass
class Node:
    """A predicted argument: what it is and every way it can be recognised."""

    kind: str  # Entity, Position, Event, Statement
    names: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)
    qid: str | None = None
    label: str | None = None


@dataclass
class Fact:
    kind: str
    polarity: str
    subject: Node
    object: Node
    text: str


def _register() -> None:
    import importlib

    for module in (
        "kg.stages",
        "kg.text.stages",
        "kg.ner.gazetteer",
        "kg.ner.bundled",
        "kg.link.stages",
        "kg.relations",
    ):
        with contextlib.suppress(ImportError):
            importlib.import_module(module)


def pipeline_names() -> list[str]:
    _register()
    known = set(registered_stages())
    names = ["sentences", "tokens", "ner.gazetteer", "ner.bundled", "link", "relations"]
    missing = [n for n in names if n not in known and n != "ner.bundled"]
    if missing:
        raise SystemExit(f"stages not registered: {missing}; registered: {sorted(known)}")
    return [n for n in names if n in known]


def read_article(path: Path) -> Document:
    """The article as the reader yields it: the text after the ``# key: value`` header block."""
    raw = path.read_bytes().decode("utf-8")
    header, text = split_header(raw)
    date = header.get("date") or header.get("date_extracted")
    return Document(
        id=document_id(header.get("url"), text),
        text=text,
        meta=DocumentMeta(date=date, url=header.get("url"), origin=str(path)),
    )


def _key(text: str) -> str:
    return " ".join(word.removeprefix("ال") for word in normalize_key(text).split())


def predicted_facts(doc: Document) -> list[Fact]:
    nodes: dict[str, Node] = {}
    by_entity: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for mention in doc.mentions:
        if mention.entity_id:
            by_entity[mention.entity_id].append((mention.start, mention.end, mention.text))
    for entity in doc.entities:
        node = Node(
            "Position" if entity.label == "Position" else "Entity",
            qid=entity.qid,
            label=entity.label,
        )
        node.names = {_key(entity.name), *(_key(a) for a in entity.aliases)}
        node.names |= {_key(text) for _, _, text in by_entity[entity.id]}
        node.spans = [(s, e) for s, e, _ in by_entity[entity.id]]
        nodes[entity.id] = node
    for statement in doc.statements:
        span = (statement.quote_start, statement.quote_end)
        nodes[statement.id] = Node("Statement", spans=[span])
    facts: list[Fact] = []
    for event in doc.events:
        node = Node("Event", spans=[(event.trigger_start, event.trigger_end)], label=event.label)
        nodes[event.id] = node
        for argument in event.arguments:
            if argument.entity_id in nodes:
                trigger = doc.text[event.trigger_start : event.trigger_end]
                shown = (
                    f"{event.label}[{trigger}] {argument.role} "
                    f"{doc.text[argument.start : argument.end]}"
                )
                facts.append(
                    Fact(argument.role, "positive", node, nodes[argument.entity_id], shown)
                )
    for relation in doc.relations:
        if relation.kind == "about":
            continue
        subject, obj = nodes.get(relation.subject_id), nodes.get(relation.object_id)
        if subject is None or obj is None:
            continue
        facts.append(
            Fact(
                relation.kind,
                relation.polarity,
                subject,
                obj,
                f"{relation.kind}({_show(subject)} -> {_show(obj)}) {relation.polarity}",
            )
        )
    return facts


def _show(node: Node) -> str:
    return (
        next(iter(sorted(node.names)), node.label or node.kind)
        if node.names
        else (node.label or node.kind)
    )


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def node_matches(gold: dict[str, Any], node: Node) -> bool:
    kind = gold["node"]
    if kind == "Statement":
        return node.kind == "Statement" and _overlaps(node.spans, gold["start"], gold["end"])
    if kind == "Event":
        return (
            node.kind == "Event"
            and node.label == gold["event_label"]
            and _overlaps(node.spans, gold["start"], gold["end"])
        )
    if node.kind != kind:
        return False
    if kind == "Entity" and _overlaps(node.spans, gold["start"], gold["end"]):
        return True
    hints = [gold.get("entity_hint") or gold["text"], *gold.get("alt_hints", [])]
    for hint in hints:
        if hint.startswith("Q") and hint[1:].isdigit():
            if node.qid == hint:
                return True
            continue
        key = _key(hint)
        if any(key and name and (key in name or name in key) for name in node.names):
            return True
    return False


def fact_matches(gold: dict[str, Any], fact: Fact) -> bool:
    return (
        gold["kind"] == fact.kind
        and gold["polarity"] == fact.polarity
        and node_matches(gold["subject"], fact.subject)
        and node_matches(gold["object"], fact.object)
    )


def find_article(name: str, data: Path) -> Path | None:
    found = sorted(data.rglob(f"{name}.txt"))
    return found[0] if found else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=next((p for p in DATA_CANDIDATES if p.is_dir()), DATA_CANDIDATES[0]),
    )
    parser.add_argument("--gold", type=Path, default=GOLD_DIR)
    parser.add_argument("--details", action="store_true", help="print misses and false positives")
    args = parser.parse_args()
    pipeline = Pipeline.from_names(pipeline_names())
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # gold, hit, pred, correct
    timings: list[tuple[str, float]] = []
    for gold_file in sorted(args.gold.glob("*.jsonl")):
        article = find_article(gold_file.stem, args.data)
        if article is None:
            print(f"skip {gold_file.name}: no {gold_file.stem}.txt under {args.data}")
            continue
        doc = read_article(article)
        gold = [
            json.loads(line)
            for line in gold_file.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        for row in gold:
            for side in ("subject", "object"):
                span = row[side]
                if doc.text[span["start"] : span["end"]] != span["text"]:
                    print(
                        f"warning: {gold_file.name}: {side} span {span['start']}-{span['end']} "
                        f"is {doc.text[span['start'] : span['end']]!r}, not {span['text']!r}"
                    )
        before = dict(pipeline.timings)
        out = pipeline(doc)
        spent = pipeline.timings["relations"] - before.get("relations", 0.0)
        timings.append((gold_file.stem, spent))
        facts = predicted_facts(out)
        for row in gold:
            hit = any(fact_matches(row, fact) for fact in facts)
            counts[row["kind"]][0] += 1
            counts[row["kind"]][1] += hit
            if args.details and not hit:
                print(
                    f"  MISS {gold_file.stem}: {row['kind']}({row['subject']['text'][:30]} -> "
                    f"{row['object']['text'][:30]}) {row['polarity']}"
                )
        for fact in facts:
            correct = any(fact_matches(row, fact) for row in gold)
            counts[fact.kind][2] += 1
            counts[fact.kind][3] += correct
            if args.details and not correct:
                print(f"  FP   {gold_file.stem}: {fact.text}")
    print(f"{'kind':<20}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    total = [0, 0, 0, 0]
    for kind in sorted(counts):
        row = counts[kind]
        total = [a + b for a, b in zip(total, row, strict=True)]
        print(_line(kind, row))
    print(_line("overall", total))
    print(
        "relation stage time per article (s): "
        + ", ".join(f"{name} {seconds:.3f}" for name, seconds in timings)
    )
    return 0


def _line(kind: str, row: list[int]) -> str:
    gold, hit, pred, correct = row
    precision = correct / pred if pred else 0.0
    recall = hit / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{kind:<20}{gold:>6}{pred:>6}{precision:>8.2f}{recall:>8.2f}{f1:>8.2f}"


if __name__ == "__main__":
    raise SystemExit(main())
