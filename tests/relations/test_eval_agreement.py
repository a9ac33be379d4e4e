"""scripts/eval_agreement.py: two readings of the same articles scored as kg is scored."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "relations"

agreement = load_script("eval_agreement")

TEXT = ("انتقد وزير الخارجية الأردني الهجوم الذي شنه مسلحون على قرية في سيناء أمس، وقال الوزير "
        "إنه عمل جبان.")


def _side(text: str, **extra: Any) -> dict[str, Any]:
    start = TEXT.index(text)
    return {"node": "Entity", "text": text, "start": start, "end": start + len(text), **extra}


def _event(label: str, trigger: str, agent: str | None, target: str | None) -> dict[str, Any]:
    start = TEXT.index(trigger)
    return {"kind": "event", "polarity": "positive",
            "subject": {"node": "Event", "event_label": label, "text": trigger, "start": start,
                        "end": start + len(trigger)},
            "agent": _side(agent) if agent else None, "target": _side(target) if target else None}


CRITICISM = {"kind": "criticizes", "polarity": "positive",
             "subject": _side("وزير الخارجية الأردني"), "object": _side("مسلحون")}
ATTACK = _event("Attack", "الهجوم", "مسلحون", "قرية")


def _write(folder: Path, rows: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True)
    (folder / "snn_zip_0001.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return folder


def test_a_reading_agrees_with_itself(tmp_path: Path) -> None:
    first = _write(tmp_path / "first", [CRITICISM, ATTACK])
    counts = agreement.agreement(first, first, {"event", "criticizes"})
    assert counts["event"] == [1, 1, 1, 1]
    assert counts["criticizes"] == [1, 1, 1, 1]
    assert counts[agreement.ALL_STANCES] == [1, 1, 1, 1]


def test_an_event_with_another_class_or_agent_is_no_agreement(tmp_path: Path) -> None:
    first = _write(tmp_path / "first", [ATTACK])
    operation = _write(tmp_path / "operation",
                       [_event("MilitaryOperation", "الهجوم", "مسلحون", "قرية")])
    no_doer = _write(tmp_path / "no_doer", [_event("Attack", "الهجوم", None, "قرية")])
    assert agreement.agreement(first, operation, {"event"})["event"] == [1, 0, 1, 0]
    assert agreement.agreement(first, no_doer, {"event"})["event"] == [1, 0, 1, 0]


def test_a_name_hint_matches_another_mention_of_the_same_side(tmp_path: Path) -> None:
    first = _write(tmp_path / "first", [CRITICISM])
    other_span = {**CRITICISM, "subject": _side("الوزير", entity_hint="وزير الخارجية الأردني")}
    second = _write(tmp_path / "second", [other_span])
    assert agreement.agreement(first, second, {"criticizes"})["criticizes"] == [1, 1, 1, 1]


def test_the_test_splits_second_reading_covers_its_articles() -> None:
    first = {path.name for path in (GOLD / "test").glob("*.jsonl")}
    second = {path.name for path in (GOLD / "test_second").glob("*.jsonl")}
    assert len(first) == 60
    assert second == first


def test_the_cli_prints_counts_only() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "eval_agreement.py"), str(GOLD / "test"),
         str(GOLD / "test_second")],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "60 articles; the first reading as gold, the second as predicted"
    assert any(line.startswith("event ") for line in lines)
    assert any(line.startswith(agreement.ALL_STANCES) for line in lines)
    assert "snn_zip" not in result.stdout
