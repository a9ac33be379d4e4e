"""scripts/eval_reach.py: which gold facts kg's names and events leave within reach."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]

reach = load_script("eval_reach")
Node = reach.Node


def _entity(text: str, start: int) -> dict[str, Any]:
    return {"node": "Entity", "text": text, "start": start, "end": start + len(text)}


def _event(label: str, text: str, start: int) -> dict[str, Any]:
    return {"node": "Event", "event_label": label, "text": text, "start": start,
            "end": start + len(text)}


def test_a_stance_is_reachable_when_both_sides_are_found() -> None:
    row = {"kind": "praises", "polarity": "positive",
           "subject": _entity("وزير الخارجية", 0), "object": _entity("الأردن", 30)}
    minister = Node("Entity", names={"وزير الخارجيه"}, spans=[(0, 13)])
    jordan = Node("Entity", names={"اردن"}, spans=[(30, 36)])
    assert reach.reachable(row, [minister, jordan])
    assert not reach.reachable(row, [minister])


def test_an_empty_event_role_needs_nothing_but_the_event_needs_its_trigger() -> None:
    row = {"kind": "event", "polarity": "positive", "subject": _event("Killing", "مقتل", 10),
           "agent": None, "target": _entity("خمسة جنود", 15)}
    soldiers = Node("Entity", names={"خمسه جنود"}, spans=[(15, 24)])
    killing = Node("Event", spans=[(10, 14)], label="Killing")
    attack = Node("Event", spans=[(10, 14)], label="Attack")
    assert reach.reachable(row, [soldiers, killing])
    assert not reach.reachable(row, [soldiers, attack])  # the trigger with another class
    assert reach.reachable(row, [soldiers, attack], event=False)  # the names alone


def test_roles_are_left_out_and_stances_counted_together() -> None:
    assert reach.group("agent") is None
    assert reach.group("urges") == reach.group("praises") == "stance (any kind)"
    assert reach.group("event") == "event"


def test_the_cli_counts_a_real_article(tmp_path: Path) -> None:
    text = "أعلنت وزارة الداخلية المصرية اليوم مقتل خمسة جنود في هجوم على حاجز أمني في سيناء."
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "reach_article.txt").write_text(
        "# url: https://example.org/reach\n# date: 2015-07-21\n\n" + text, encoding="utf-8"
    )
    rows = [  # a trigger kg reads as no event, and a stance on a word that names nothing
        {"kind": "event", "polarity": "positive",
         "subject": _event("Killing", "اليوم", text.index("اليوم")),
         "agent": None, "target": _entity("سيناء", text.index("سيناء"))},
        {"kind": "praises", "polarity": "positive",
         "subject": _entity("وزارة الداخلية المصرية", text.index("وزارة")),
         "object": _entity("أعلنت", 0)},
    ]
    (tmp_path / "gold" / "dev").mkdir(parents=True)
    (tmp_path / "gold" / "dev" / "reach_article.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_reach.py"), "--gold",
         str(tmp_path / "gold"), "--data", str(tmp_path / "news")],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    lines = {line.split()[0]: line.split() for line in result.stdout.splitlines() if line}
    assert "split dev: 1 articles" in result.stdout
    assert lines["stance"][3:6] == ["1", "0", "0"]  # gold 1; its object names nothing
    assert lines["event"][1:4] == ["1", "1", "0"]  # the place is found, the trigger is not
