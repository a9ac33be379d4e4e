"""Score the relation stage against the gold splits in tests/data/relations/.

    .venv/bin/python scripts/eval_relations.py [--split dev|test|calib|stance] [--data DIR]
        [--details]

Runs the real pipeline (sentences, tokens, ner.gazetteer, ner.bundled when
registered, ner.bodies, link, relations) on every article of the split (a ``<name>.jsonl``
file under ``tests/data/relations/<split>/``; an empty file is an article with
no facts), and prints precision, recall and F1 per kind, for the stance kinds
together, and overall. A predicted fact counts when its kind and polarity are
right and both arguments match (see tests/data/relations/README.md for the
matching rules). Event arguments are scored as facts of kind
agent/target/location/participant whose subject is the event (label and
trigger span must match); the ``event`` row scores whole events: class,
trigger, agent and target all right (a role the gold leaves empty must be
empty), and marked historical when the gold row is ``historical: true``. A
calibration table gives precision per confidence bucket.

The test split is frozen: read its figures at the end of a piece of work,
never its individual errors (``--details`` refuses it). The calib split is
annotated for events only: there only the event kinds (``event`` and its roles)
are scored, and its errors are never read either (``--details`` refuses it). The
stance split is annotated for the stance kinds only, blind too: only they are
scored there. The test_second split is a second reading of the test split's articles for
events and stance kinds only, as blind as the test split.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import json
import sys
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ids import document_id  # noqa: E402
from kg.io.article import ReadOptions  # noqa: E402
from kg.io.records import article_from_record  # noqa: E402
from kg.io.txt import split_header  # noqa: E402
from kg.model import Document, DocumentMeta  # noqa: E402
from kg.pipeline import Pipeline, registered_stages  # noqa: E402
from kg.relations.calibration import (  # noqa: E402
    CALIBRATION_PATH,
    DEFAULT_MIN_CONFIDENCE,
    STANCE_KINDS,
    CalibrationTable,
    bundled_table,
    calibrate,
    combined,
    group_of,
)
from kg.text.normalize import normalize_key  # noqa: E402

GOLD_DIR = ROOT / "tests" / "data" / "relations"
DATA_CANDIDATES = (ROOT.parent / "shared" / "data" / "news", Path("/work/shared/data/news"))
ROLES = ("agent", "target", "location", "participant")
EVENT_KINDS = frozenset({"event", *ROLES})
"""What the calib split annotates: the only kinds scored there."""
SPLIT_KINDS = {
    "calib": EVENT_KINDS,
    "stance": STANCE_KINDS | {"stance"},
    "test_second": EVENT_KINDS | STANCE_KINDS | {"stance"},
}
"""The splits annotated for some kinds only, and those kinds (with their calibration group):
``test_second`` is a second reading of the test split's events and stances."""
BLIND_SPLITS = ("test", "calib", "stance", "test_second")
"""Splits whose individual errors nobody reads."""
EDGES = (0.0, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
"""Raw-confidence buckets of the calibration table: one per 0.05, as the rules' confidences."""


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
    confidence: float = 1.0
    roles: dict[str, list[Node]] = field(default_factory=dict)
    """For a whole-event fact (kind ``event``): its arguments by role."""
    historical: bool = False
    """For a whole-event fact: whether kg marked the event as background."""


def _register() -> None:
    import importlib

    for module in (
        "kg.stages",
        "kg.text.stages",
        "kg.ner.gazetteer",
        "kg.ner.bundled",
        "kg.ner.bodies",
        "kg.link.stages",
        "kg.relations",
    ):
        with contextlib.suppress(ImportError):
            importlib.import_module(module)


def pipeline_names() -> list[str]:
    _register()
    known = set(registered_stages())
    names = ["sentences", "tokens", "ner.gazetteer", "ner.bundled", "ner.bodies", "link",
             "relations"]
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


def entity_nodes(doc: Document) -> dict[str, Node]:
    """A node for every entity of the document, by entity id, with its names and mentions."""
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
    return nodes


def predicted_facts(doc: Document) -> list[Fact]:
    nodes = entity_nodes(doc)
    for statement in doc.statements:
        span = (statement.quote_start, statement.quote_end)
        nodes[statement.id] = Node("Statement", spans=[span])
    facts: list[Fact] = []
    for event in doc.events:
        node = Node("Event", spans=[(event.trigger_start, event.trigger_end)], label=event.label)
        nodes[event.id] = node
        trigger = doc.text[event.trigger_start : event.trigger_end]
        confidence = event.evidence.confidence
        roles: dict[str, list[Node]] = defaultdict(list)
        for argument in event.arguments:
            if argument.entity_id in nodes:
                known = nodes[argument.entity_id]
                argument_node = Node(
                    known.kind,
                    names=known.names,
                    spans=[*known.spans, (argument.start, argument.end)],
                    qid=known.qid,
                    label=known.label,
                )
                roles[argument.role].append(argument_node)
                shown = (
                    f"{event.label}[{trigger}] {argument.role} "
                    f"{doc.text[argument.start : argument.end]}"
                )
                facts.append(
                    Fact(argument.role, "positive", node, argument_node, shown, confidence)
                )
        facts.append(
            Fact(
                "event", "positive", node, node, f"{event.label}[{trigger}]", confidence, roles,
                event.historical,
            )
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
                max(evidence.confidence for evidence in relation.evidence),
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
    if not node.spans:  # a phrase kg named («الدول «5+1»»): no mention, so its printed words
        hints.append(gold["text"])
    for hint in hints:
        if hint.startswith("Q") and hint[1:].isdigit():
            if node.qid == hint:
                return True
            continue
        key = _key(hint)
        if any(key and name and (key in name or name in key) for name in node.names):
            return True
    return False


SYMMETRIC_KINDS = frozenset({"coordinatesWith"})
"""Kinds whose two sides may be written in either order: the gold's order is the one the
annotator read first, not a direction of the fact."""


def fact_matches(gold: dict[str, Any], fact: Fact, any_stance: bool = False) -> bool:
    if any_stance:
        if gold["kind"] not in STANCE_KINDS or fact.kind not in STANCE_KINDS:
            return False
    elif gold["kind"] != fact.kind:
        return False
    if gold["polarity"] != fact.polarity:
        return False
    if fact.kind in SYMMETRIC_KINDS and gold["kind"] == fact.kind and \
            node_matches(gold["subject"], fact.object) and \
            node_matches(gold["object"], fact.subject):
        return True  # «التنسيق بين X و Y»: X coordinates with Y as Y with X
    if not node_matches(gold["subject"], fact.subject):
        return False
    if fact.kind == "event":
        if gold.get("historical") and not fact.historical:
            return False  # background in the gold: the event must be marked historical
        return all(
            _role_matches(gold.get(role), fact.roles.get(role, [])) for role in ("agent", "target")
        )
    return node_matches(gold["object"], fact.object)


def _role_matches(gold: dict[str, Any] | None, predicted: list[Node]) -> bool:
    """An empty gold role wants no prediction; a filled one wants one that matches."""
    if gold is None:
        return not predicted
    return any(node_matches(gold, node) for node in predicted)


def read_zip_article(name: str, data: Path) -> Document | None:
    """``snn_zip_NNNN``: record NNNN of the SaudiNewsNet zip, read as kg.io reads it."""
    archive_path = data / "saudinewsnet" / "2015-07-21.zip"
    if not archive_path.exists():
        return None
    with zipfile.ZipFile(archive_path) as archive:
        records = _zip_records(archive_path, archive)
    index = int(name.removeprefix("snn_zip_"))
    origin = f"{archive_path}!2015-07-21.json#{index}"
    return article_from_record(records[index], origin, ReadOptions()).to_document()


_RECORDS: dict[Path, list[Any]] = {}


def _zip_records(path: Path, archive: zipfile.ZipFile) -> list[Any]:
    if path not in _RECORDS:
        (member,) = [name for name in archive.namelist() if name.endswith(".json")]
        _RECORDS[path] = json.loads(archive.read(member))
    return _RECORDS[path]


def find_article(name: str, data: Path) -> Document | None:
    if name.startswith("snn_zip_"):
        return read_zip_article(name, data)
    found = sorted(data.rglob(f"{name}.txt"))
    return read_article(found[0]) if found else None


def add_split_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that say which articles and gold a scorer reads: --data, --split, --gold."""
    parser.add_argument(
        "--data",
        type=Path,
        default=next((p for p in DATA_CANDIDATES if p.is_dir()), DATA_CANDIDATES[0]),
    )
    parser.add_argument(
        "--split", choices=("dev", "test", "calib", "stance", "test_second"), default="dev"
    )
    parser.add_argument("--gold", type=Path, default=GOLD_DIR, help="the folder of the splits")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(parser)
    parser.add_argument("--details", action="store_true", help="print misses and false positives")
    parser.add_argument(
        "--min-confidence",
        type=float,
        default=DEFAULT_MIN_CONFIDENCE,
        help="score what kg writes at this bar (0 scores every raw fact)",
    )
    parser.add_argument(
        "--write-calibration",
        action="store_true",
        help=(
            f"measure the calibration table (events on the calib split, the rest on dev) "
            f"and write it to {CALIBRATION_PATH.name}"
        ),
    )
    args = parser.parse_args()
    if args.split in BLIND_SPLITS and args.details:
        parser.error(f"--details only on dev: nobody reads the errors of the {args.split} split")
    if args.split != "dev" and args.write_calibration:
        parser.error("--write-calibration only on dev (it runs the calib split itself)")
    pipeline = Pipeline.from_names(pipeline_names())
    articles, timings = run_split(pipeline, args.gold / args.split, args.data)
    raw = measure_calibration(articles, args.split)
    table = bundled_table()
    if args.write_calibration:
        calib, _ = run_split(pipeline, args.gold / "calib", args.data)
        table = combined(raw, measure_calibration(calib, "calib"))
        CALIBRATION_PATH.parent.mkdir(parents=True, exist_ok=True)
        source = "scripts/eval_relations.py --split dev --write-calibration"
        CALIBRATION_PATH.write_text(
            json.dumps(table.to_json(source), indent=1) + "\n", encoding="utf-8"
        )
        print(f"wrote {CALIBRATION_PATH.relative_to(ROOT)} ({len(calib)} calib articles)")
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # gold, hit, pred, correct
    held: Counter[str] = Counter()
    for name, gold, raw_doc in articles:
        kept, held_here = calibrate(raw_doc, table, args.min_confidence)
        held.update(held_here)
        facts = [fact for fact in predicted_facts(kept) if scored(fact.kind, args.split)]
        _score(name, gold, facts, counts, args.details)
    held_back = sum(n for group, n in held.items() if scored(group, args.split))
    print(
        f"split {args.split}: {len(articles)} articles; facts written at confidence >= "
        f"{args.min_confidence} (held back: {held_back})"
    )
    _print_scores(counts, stances=args.split != "calib")
    if args.split not in ("test", "test_second"):
        _print_calibration(
            raw, "calibration on this split: raw facts correct/predicted by raw confidence"
        )
    if args.write_calibration:
        _print_calibration(table, "calibration written (split: where each group was measured)")
    if args.split == "dev":
        print(
            "relation stage time per article (s): "
            + ", ".join(f"{name} {seconds:.3f}" for name, seconds in timings)
        )
    return 0


def scored(kind: str, split: str) -> bool:
    """Whether facts of ``kind`` (or a calibration group) are gold and scored on ``split``."""
    kinds = SPLIT_KINDS.get(split)
    return kinds is None or kind in kinds


def run_split(
    pipeline: Pipeline, folder: Path, data: Path
) -> tuple[list[tuple[str, list[dict[str, Any]], Document]], list[tuple[str, float]]]:
    """Every article of a gold folder with its gold rows and the pipeline's raw output,
    and the relation stage's time per article."""
    articles: list[tuple[str, list[dict[str, Any]], Document]] = []
    timings: list[tuple[str, float]] = []
    for gold_file in sorted(folder.glob("*.jsonl")):
        doc = find_article(gold_file.stem, data)
        if doc is None:
            print(f"skip {gold_file.name}: article not found under {data}")
            continue
        gold = [
            json.loads(line)
            for line in gold_file.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        _check_spans(gold_file.name, doc.text, gold)
        before = dict(pipeline.timings)
        out = pipeline(doc)
        timings.append((gold_file.stem, pipeline.timings["relations"] - before.get("relations", 0)))
        articles.append((gold_file.stem, gold, out))
    return articles, timings


def measure_calibration(
    articles: list[tuple[str, list[dict[str, Any]], Document]], split: str = "dev"
) -> CalibrationTable:
    """Correct/predicted raw facts per calibration group and raw-confidence bucket.

    A ``stated`` or stance relation is judged as a fact; an event by its whole-event
    row (class, trigger, agent and target); the other kinds one by one. On the calib
    and stance splits only the kinds they annotate are measured.
    """
    cells: dict[str, list[list[int]]] = defaultdict(lambda: [[0, 0] for _ in EDGES[:-1]])
    for _, gold, doc in articles:
        for fact in predicted_facts(doc):
            if fact.kind in ROLES or not scored(fact.kind, split):
                continue  # roles are judged with their event
            index = min(max(bisect.bisect_right(EDGES, fact.confidence) - 1, 0), len(EDGES) - 2)
            cell = cells[group_of(fact.kind)][index]
            cell[0] += any(fact_matches(row, fact) for row in gold)
            cell[1] += 1
    return CalibrationTable(
        edges=EDGES,
        counts={group: tuple((c, n) for c, n in rows) for group, rows in sorted(cells.items())},
    )


def _print_scores(counts: dict[str, list[int]], stances: bool = True) -> None:
    print(f"{'kind':<20}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    total = [0, 0, 0, 0]
    stance = [0, 0, 0, 0]
    for kind in sorted(k for k in counts if not k.startswith("~")):
        row = counts[kind]
        if kind != "event":
            total = [a + b for a, b in zip(total, row, strict=True)]
        if kind in STANCE_KINDS:
            stance = [a + b for a, b in zip(stance, row, strict=True)]
        print(_line(kind, row))
    if stances:
        print(_line("stance (each kind)", stance))
        print(_line("stance (any kind)", counts["~stance"]))
    print(_line("overall (no event)", total))


def _print_calibration(table: CalibrationTable, title: str) -> None:
    print(title)
    used = [i for i in range(len(EDGES) - 1) if any(cells[i][1] for cells in table.counts.values())]
    width = 7 if table.splits else 0  # a column for the split each group was measured on
    header = f"{'group':<15}{'split' if width else '':<{width}}"
    print(header + "".join(f"{f'>={EDGES[i]:.2f}':>11}" for i in used))
    for group, cells in table.counts.items():
        shown = "".join(
            f"{f'{cells[i][0]}/{cells[i][1]}' if cells[i][1] else '-':>11}" for i in used
        )
        print(f"{group:<15}{table.splits.get(group, ''):<{width}}{shown}")


def _check_spans(name: str, text: str, gold: list[dict[str, Any]]) -> None:
    for row in gold:
        for side in ("subject", "object", "agent", "target"):
            span = row.get(side)
            if span and text[span["start"] : span["end"]] != span["text"]:
                print(
                    f"warning: {name}: {side} span {span['start']}-{span['end']} "
                    f"is {text[span['start'] : span['end']]!r}, not {span['text']!r}"
                )


def _score(
    name: str,
    gold: list[dict[str, Any]],
    facts: list[Fact],
    counts: dict[str, list[int]],
    details: bool,
) -> None:
    for row in gold:
        hit = any(fact_matches(row, fact) for fact in facts)
        counts[row["kind"]][0] += 1
        counts[row["kind"]][1] += hit
        if row["kind"] in STANCE_KINDS:
            counts["~stance"][0] += 1
            counts["~stance"][1] += any(fact_matches(row, fact, any_stance=True) for fact in facts)
        if details and not hit:
            shown = (row.get("object") or row.get("agent") or row.get("target") or {}).get(
                "text", "-"
            )
            print(
                f"  MISS {name}: {row['kind']}({row['subject']['text'][:30]} -> "
                f"{shown[:30]}) {row['polarity']}"
            )
    for fact in facts:
        correct = any(fact_matches(row, fact) for row in gold)
        counts[fact.kind][2] += 1
        counts[fact.kind][3] += correct
        if fact.kind in STANCE_KINDS:
            counts["~stance"][2] += 1
            counts["~stance"][3] += any(fact_matches(row, fact, any_stance=True) for row in gold)
        if details and not correct:
            print(f"  FP   {name}: {fact.text} [{fact.confidence:.2f}]")


def _line(kind: str, row: list[int]) -> str:
    gold, hit, pred, correct = row
    precision = correct / pred if pred else 0.0
    recall = hit / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{kind:<20}{gold:>6}{pred:>6}{precision:>8.2f}{recall:>8.2f}{f1:>8.2f}"


if __name__ == "__main__":
    raise SystemExit(main())
