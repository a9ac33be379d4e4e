"""Score kg's events on the Open Event Data Alliance's Arabic event gold standard (dev half).

    .venv/bin/python scripts/eval_events.py [--data DIR] [--details easy|difficult|yes|args]
        [--news-only]

Each gold sentence runs alone through the real pipeline. Per event type it prints:

- sentence-level recall on ``yes`` (kg raised an event of a mapped class);
- false alarms on ``easy no`` and on ``difficult no`` (the share of those sentences
  where kg raised one); ``ambiguous`` rows are not scored;
- on the ``yes`` sentences where kg raised an event, how often its trigger is one of
  the gold verb tokens, and how often its agent (target) shares a token with the gold
  source (target) actor, out of the events whose gold span names one, and how often
  kg named one that shares none (``wrong``: an argument worse than none).

``--details args`` prints the ``yes`` sentences whose kg agent or target misses the gold
span, with the gold tokens and kg's arguments.

Each sentence carries the publication day its gold id encodes (``AAW_ARB_20080913.0007``), as
an article would, so kg can tell a deed of that day's news from a long-past one. With
``--news-only`` an event kg marks as background (``historical``) is not counted as raised (what
an analyst who filters out background sees); the gold's ``yes`` rows include long-past deeds
(«29 أغسطس 2003 قتل نحو 80 شخصا ...»), so this lowers recall as well as false alarms.

PLOVER ASSAULT is kg's ``Attack`` or ``Killing``; PROTEST is ``Protest``. Tokens are
compared after kg's key normalisation, with a leading «ال» and one-letter proclitics
ignored. The held-out half of this gold standard is kept to judge kg: it is not here.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_relations import pipeline_names  # noqa: E402

from kg.model import Document, DocumentMeta  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402
from kg.text.normalize import normalize_key  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "events" / "arabic_event_gsr_dev"
CLASSES = {"ASSAULT": frozenset({"Attack", "Killing"}), "PROTEST": frozenset({"Protest"})}
FILES = {"ASSAULT": "assault", "PROTEST": "protest"}
LABELS = ("yes", "easy no", "difficult no", "ambiguous")


@dataclass(frozen=True)
class GoldSpan:
    verb: frozenset[str]
    source: frozenset[str]
    target: frozenset[str]


def token_key(token: str) -> str:
    key = normalize_key(token)
    for prefix in ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            return key[len(prefix) :]
    return key


def keys(tokens: list[str] | str) -> frozenset[str]:
    words = tokens.split() if isinstance(tokens, str) else tokens
    return frozenset(token_key(word) for word in words if word.strip())


_DAY = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")


def published(gold_id: str) -> str | None:
    """The day a gold id encodes («AAW_ARB_20080913.0007-59» → 2008-09-13), if any."""
    found = _DAY.search(gold_id)
    return "-".join(found.groups()) if found else None


def read_gold(folder: Path, name: str) -> tuple[list[dict[str, str]], dict[str, list[GoldSpan]]]:
    with (folder / f"{name}_gsr.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    spans: dict[str, list[GoldSpan]] = {}
    for item in json.loads((folder / f"{name}_spans.json").read_text(encoding="utf-8")):
        spans[item["source"]] = [
            GoldSpan(keys(s["verb"]), keys(s["source_actor"]), keys(s["target_actor"]))
            for s in item["spans"]
        ]
    return rows, spans


@dataclass
class Found:
    """kg's events of the mapped classes in one sentence, as token keys."""

    triggers: list[frozenset[str]]
    agents: list[frozenset[str]]
    targets: list[frozenset[str]]
    shown: list[str]
    """Each event as «trigger: agent=... target=...», for ``--details args``."""


def events_of(doc: Document, classes: frozenset[str], news_only: bool = False) -> Found:
    found = Found([], [], [], [])
    for event in doc.events:
        if event.label not in classes or (news_only and event.historical):
            continue
        found.triggers.append(keys(doc.text[event.trigger_start : event.trigger_end]))
        roles = []
        for argument in event.arguments:
            words = keys(doc.text[argument.start : argument.end])
            if argument.role == "agent":
                found.agents.append(words)
            elif argument.role == "target":
                found.targets.append(words)
            if argument.role in {"agent", "target"}:
                roles.append(f"{argument.role}={doc.text[argument.start : argument.end]}")
        trigger = doc.text[event.trigger_start : event.trigger_end]
        found.shown.append(f"{trigger} ({event.evidence.confidence:.2f}): {' '.join(roles) or '-'}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--details",
        choices=("yes", "easy", "difficult", "args"),
        help="print the sentences of that label where kg was wrong (misses or false alarms),"
        " or (args) the yes sentences whose agent or target misses the gold span",
    )
    parser.add_argument(
        "--news-only", action="store_true", help="count no event kg marks as background"
    )
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no gold data at {args.data}")
        return 1
    pipeline = Pipeline.from_names(pipeline_names())
    print(
        f"{'type':<9}{'yes':>6}{'recall':>8}{'easy no':>9}{'false %':>9}"
        f"{'diff no':>9}{'false %':>9}{'trigger':>9}{'agent':>9}{'wrong':>7}"
        f"{'target':>9}{'wrong':>7}"
    )
    for event_type, name in FILES.items():
        rows, spans = read_gold(args.data, name)
        sentences: Counter[str] = Counter()
        raised: Counter[str] = Counter()
        trigger_hits = agent_hits = agent_gold = target_hits = target_gold = matched = 0
        agent_wrong = target_wrong = 0
        for row in rows:
            label = row["label"]
            if label == "ambiguous":
                continue
            meta = DocumentMeta(date=published(row["id"]))
            doc = Document(id=f"gsr-{row['id']}", text=row["text"], meta=meta)
            found = events_of(pipeline(doc), CLASSES[event_type], args.news_only)
            sentences[label] += 1
            raised[label] += bool(found.triggers)
            wrong = bool(found.triggers) != (label == "yes")
            if args.details and wrong and label.startswith(args.details):
                print(f"  {label}: {row['text']}")
            gold = spans.get(row["id"], [])
            if label != "yes" or not found.triggers or not gold:
                continue
            matched += 1
            verbs = frozenset().union(*(span.verb for span in gold))
            trigger_hits += any(trigger & verbs for trigger in found.triggers)
            sources = frozenset().union(*(span.source for span in gold))
            targets = frozenset().union(*(span.target for span in gold))
            agent_hit = any(agent & sources for agent in found.agents)
            target_hit = any(target & targets for target in found.targets)
            if sources:
                agent_gold += 1
                agent_hits += agent_hit
                agent_wrong += bool(found.agents) and not agent_hit
            if targets:
                target_gold += 1
                target_hits += target_hit
                target_wrong += bool(found.targets) and not target_hit
            if args.details == "args" and (
                (sources and not agent_hit) or (targets and not target_hit)
            ):
                _show_arguments(row["text"], spans[row["id"]], found)
        print(
            f"{event_type:<9}{sentences['yes']:>6}{_share(raised['yes'], sentences['yes']):>8}"
            f"{sentences['easy no']:>9}{_share(raised['easy no'], sentences['easy no'], 100):>9}"
            f"{sentences['difficult no']:>9}"
            f"{_share(raised['difficult no'], sentences['difficult no'], 100):>9}"
            f"{f'{trigger_hits}/{matched}':>9}{f'{agent_hits}/{agent_gold}':>9}"
            f"{agent_wrong:>7}{f'{target_hits}/{target_gold}':>9}{target_wrong:>7}"
        )
    return 0


def _show_arguments(text: str, gold: list[GoldSpan], found: Found) -> None:
    print(f"  {text}")
    for span in gold:
        source = " ".join(sorted(span.source)) or "-"
        target = " ".join(sorted(span.target)) or "-"
        print(f"    gold: {' '.join(sorted(span.verb))}: source={source} target={target}")
    for shown in found.shown:
        print(f"    kg:   {shown}")


def _share(part: int, whole: int, scale: int = 1) -> str:
    if not whole:
        return "-"
    return f"{part / whole * scale:.2f}" if scale == 1 else f"{part / whole * scale:.1f}"


if __name__ == "__main__":
    raise SystemExit(main())
