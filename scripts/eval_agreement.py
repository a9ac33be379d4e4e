"""How far two readings of the same articles agree, scored as kg is scored.

    .venv/bin/python scripts/eval_agreement.py FIRST SECOND [--kinds event,praises,...]

FIRST and SECOND are folders of gold files (``<name>.jsonl``, the format of
tests/data/relations/README.md) for the same articles, annotated apart from the text
alone. The first reading is taken as gold and the second as predicted, and every row of
the second is matched by the rules of scripts/eval_relations.py (``fact_matches``: kind,
polarity and both arguments; for an event its class, trigger, agent and target): P is the
share of the second reading the first holds, R the share of the first the second holds,
and F1 does not depend on which is which. It prints counts per kind only (the stance kinds
also together), so it may be run on a blind split's second reading
(tests/data/relations/test_second/): a careful second reader's figures bound what any
extractor can be asked to reach against one reading.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_relations import STANCE_KINDS, Fact, Node, _key, fact_matches  # noqa: E402

ALL_STANCES = "stance (any kind)"
DEFAULT_KINDS = ("event", *sorted(STANCE_KINDS))


def as_node(side: dict[str, Any] | None) -> Node | None:
    """A gold argument read as a predicted one: its span and the names it may go by."""
    if side is None:
        return None
    if side["node"] == "Event":
        return Node("Event", spans=[(side["start"], side["end"])], label=side["event_label"])
    hints = [side.get("entity_hint") or side["text"], side["text"], *side.get("alt_hints", [])]
    return Node(side["node"], names={_key(hint) for hint in hints},
                spans=[(side["start"], side["end"])])


def as_fact(row: dict[str, Any]) -> Fact:
    """A gold row read as a predicted fact (an event with its agent and target)."""
    subject = as_node(row["subject"])
    assert subject is not None
    if row["kind"] == "event":
        roles = {role: [node] for role in ("agent", "target")
                 if (node := as_node(row.get(role))) is not None}
        return Fact("event", row["polarity"], subject, subject, "", 1.0, roles,
                    bool(row.get("historical")))
    obj = as_node(row["object"])
    assert obj is not None
    return Fact(row["kind"], row["polarity"], subject, obj, "")


def read_rows(path: Path, kinds: set[str]) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [row for row in rows if row["kind"] in kinds]


def agreement(first: Path, second: Path, kinds: set[str]) -> dict[str, list[int]]:
    """Per kind (and the stance kinds together): rows of the first reading, of those the
    second holds, rows of the second, of those the first holds. Articles are the second
    reading's files (a missing file of the first is an article it found nothing in)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    groups = [(kind, False) for kind in sorted(kinds)]
    if kinds & STANCE_KINDS:
        groups.append((ALL_STANCES, True))
    for path in sorted(second.glob("*.jsonl")):
        gold = read_rows(first / path.name, kinds)
        predicted = [(row["kind"], as_fact(row)) for row in read_rows(path, kinds)]
        for group, together in groups:
            def member(kind: str, group: str = group, together: bool = together) -> bool:
                return kind in STANCE_KINDS if together else kind == group

            rows = [row for row in gold if member(row["kind"])]
            facts = [fact for kind, fact in predicted if member(kind)]
            cell = counts[group]
            cell[0] += len(rows)
            cell[1] += sum(any(fact_matches(row, fact, together) for fact in facts) for row in rows)
            cell[2] += len(facts)
            cell[3] += sum(any(fact_matches(row, fact, together) for row in rows) for fact in facts)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path, help="the folder of the first reading (the gold)")
    parser.add_argument("second", type=Path, help="the folder of the second reading")
    parser.add_argument("--kinds", default=",".join(DEFAULT_KINDS),
                        help="comma-separated kinds to compare (default: events and stances)")
    args = parser.parse_args()
    counts = agreement(args.first, args.second, set(args.kinds.split(",")))
    articles = len(list(args.second.glob("*.jsonl")))
    print(f"{articles} articles; the first reading as gold, the second as predicted")
    print(f"{'kind':<20}{'first':>6}{'second':>7}{'P':>7}{'R':>7}{'F1':>7}")
    for kind, (gold, held, predicted, right) in counts.items():
        if not gold and not predicted:
            continue
        precision = right / predicted if predicted else 0.0
        recall = held / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{kind:<20}{gold:>6}{predicted:>7}{precision:>7.2f}{recall:>7.2f}{f1:>7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
