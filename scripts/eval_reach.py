"""How much of a split's gold the names kg finds leave within reach of the relation rules.

    .venv/bin/python scripts/eval_reach.py [--split dev|test|calib|stance] [--gold DIR]
        [--data DIR]

A gold fact is *reachable* when every argument it names is among what kg's earlier stages
and rules produced for the article: an entity (tagged, listed or joined) that matches it by
the rules of scripts/eval_relations.py, and for an event also the event itself (its class
and trigger). A relation rule can only write a fact whose arguments exist, so the share of
gold that is reachable bounds the recall of every rule, and the share of reachable gold kg
gets right says how much of the rest is the rules' own. The ``names`` column counts the
gold whose arguments are found, leaving an event's own trigger aside (for the other kinds
it is the same as ``reach``). It prints counts per kind only,
so it may be run on the blind splits (their individual facts are never shown).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_relations import (  # noqa: E402
    ROLES,
    STANCE_KINDS,
    Node,
    add_split_arguments,
    entity_nodes,
    fact_matches,
    node_matches,
    pipeline_names,
    predicted_facts,
    run_split,
    scored,
)

from kg.model import Document  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402


def document_nodes(doc: Document) -> list[Node]:
    """Every node a fact of the document could name: its entities, statements and events."""
    nodes = list(entity_nodes(doc).values())
    nodes += [Node("Statement", spans=[(s.quote_start, s.quote_end)]) for s in doc.statements]
    nodes += [
        Node("Event", spans=[(e.trigger_start, e.trigger_end)], label=e.label) for e in doc.events
    ]
    return nodes


def reachable(row: dict[str, Any], nodes: list[Node], event: bool = True) -> bool:
    """Whether every argument the gold row names matches some node kg produced (an empty
    event role needs nothing); with ``event`` False, an event's roles only, not the event."""
    if row["kind"] == "event":
        sides: tuple[str, ...] = ("subject", "agent", "target") if event else ("agent", "target")
    else:
        sides = ("subject", "object")
    return all(
        row.get(side) is None or any(node_matches(row[side], node) for node in nodes)
        for side in sides
    )


def group(kind: str) -> str | None:
    """The row a gold kind is counted in: stance kinds together, event roles left out (they
    are judged with their event)."""
    if kind in ROLES:
        return None
    return "stance (any kind)" if kind in STANCE_KINDS else kind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(parser)
    args = parser.parse_args()
    pipeline = Pipeline.from_names(pipeline_names())
    articles, _ = run_split(pipeline, args.gold / args.split, args.data)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # gold, names, reach, right
    for _, gold, doc in articles:
        nodes = document_nodes(doc)
        facts = predicted_facts(doc)
        for row in gold:
            name = group(row["kind"])
            if name is None or not scored(row["kind"], args.split):
                continue
            cell = counts[name]
            cell[0] += 1
            cell[1] += reachable(row, nodes, event=False)
            cell[2] += reachable(row, nodes)
            any_stance = name.startswith("stance")
            cell[3] += any(fact_matches(row, fact, any_stance) for fact in facts)
    print(f"split {args.split}: {len(articles)} articles; every raw fact (no bar)")
    print(
        f"{'kind':<20}{'gold':>6}{'names':>7}{'reach':>7}{'share':>7}{'right':>7}"
        f"{'of reach':>10}"
    )
    for name in sorted(counts):
        gold_n, names, reach, right = counts[name]
        print(
            f"{name:<20}{gold_n:>6}{names:>7}{reach:>7}{reach / gold_n:>7.2f}{right:>7}"
            f"{(right / reach if reach else 0.0):>10.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
