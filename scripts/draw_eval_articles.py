"""Draw the articles of the relation dev and test splits from the SaudiNewsNet day.

    .venv/bin/python scripts/draw_eval_articles.py [--zip PATH] [--dump DIR]
        [--extra-dev N] [--fresh-dev M] [--calib K] [--late-dev L]
        [--stance S --exclude FILE]

Deterministic: a fixed, recorded seed; the same zip gives the same draw. The
articles are stratified across the zip's newspapers (a quota per source, in
proportion to its share of the candidates, at least four each) and, inside each
source, across five coarse topics (politics, conflict, economy, sports, local)
taken round robin. Every fifth draw is assigned test, test, test, dev, dev, so
both splits span every source and topic. ``--extra-dev N`` then draws N more
dev articles (seed + 1, same stratification) from the articles not yet drawn
(run with 45), and ``--fresh-dev M`` a third batch of M dev articles (seed + 2,
same stratification) from the articles in neither earlier draw (run with 20:
the fresh articles, annotated blind to score the rules on text nobody tuned
on). ``--calib K`` last draws K articles (seed + 3, same stratification) from
the articles in none of the earlier draws into a split of their own, ``calib``
(run with 40: annotated blind for events only, to measure the events' precision
per confidence bucket; nobody reads their errors). ``--late-dev L`` then draws a
fourth dev batch of L articles (seed + 4, same stratification) from the articles
in no earlier draw, calib included (run with 30: annotated blind, scored alone
before their errors are read, then added to dev). ``--stance S`` last draws S
articles (seed + 5, same stratification) of the politics and conflict topics,
where stances are said, from the articles in no earlier draw and not listed in
``--exclude`` (the articles the rule writers had read kg's output on) into a
split of its own, ``stance`` (run with 30: annotated blind for the stance kinds
only; nobody reads its errors). ``--calib-more C`` last draws C more calib
articles (seed + 6, same stratification) of the politics and conflict topics,
where events are told, from the articles in no earlier draw and not listed in
``--calib-exclude`` (the articles whose kg output the rule writers had read, and
the fresh pools of the helpers at work when it was drawn), appended to ``calib``
and marked ``"draw": 7`` (run with 30: annotated blind for events only, so that
the events' calibration row rests on more than 16 predicted events). The result is written to
``tests/data/relations/splits.json``; ``--dump`` also writes each drawn
article's text to DIR for the annotators (never into the repository: the corpus
may not be committed), with ``--fresh-dev``, ``--calib``, ``--late-dev``, ``--stance`` or
``--calib-more`` only the last batch.

Candidates are the articles whose text is between 400 and 4,000 characters
(shorter ones hold no facts, longer ones cost too much to annotate by hand),
whose text is mostly Arabic, and which are not one of the six SaudiNewsNet
articles the rules were written from (``saudinewsnet/snn_*.txt``).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED_NEWS = ROOT.parent / "shared" / "data" / "news"
ZIP = SHARED_NEWS / "saudinewsnet" / "2015-07-21.zip"
SPLITS = ROOT / "tests" / "data" / "relations" / "splits.json"

SEED = 20261202
TOTAL = 100
MIN_PER_SOURCE = 4
MIN_CHARS, MAX_CHARS = 400, 4000
PATTERN = ("test", "test", "test", "dev", "dev")
STANCE_TOPICS = ("politics", "conflict")

# Coarse topic cues, counted over title and text; the topic with most hits wins,
# ``local`` when none is hit. Only used to spread the draw, never to score.
TOPICS: dict[str, tuple[str, ...]] = {
    "conflict": (
        "قتل", "مقتل", "هجوم", "غارة", "غارات", "انفجار", "تفجير", "مسلح", "الحوثي",
        "داعش", "قصف", "اشتباك", "عسكري", "الجيش", "إرهاب", "الإرهاب", "معارك",
    ),
    "politics": (
        "الرئيس", "وزير", "الحكومة", "البرلمان", "انتخابات", "مجلس الأمن", "الأمم المتحدة",
        "الاتفاق", "الدبلوماسي", "السفير", "المفاوضات", "النووي", "القمة",
    ),
    "economy": (
        "النفط", "الأسهم", "السوق", "مليار", "الاقتصاد", "الاستثمار", "البنك", "أسعار",
        "الشركة", "الشركات", "التداول", "المؤشر", "ريال",
    ),
    "sports": (
        "النادي", "الهلال", "النصر", "الاتحاد السعودي لكرة", "الدوري", "المنتخب", "مباراة",
        "اللاعب", "لاعب", "المدرب", "كرة القدم", "البطولة",
    ),
    "local": (
        "أمانة", "البلدية", "المواطنين", "المستشفى", "الطلاب", "التعليم", "الصحة", "الدفاع المدني",
        "المرور", "حي ", "محافظة",
    ),
}


def arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters)


def topic_of(record: dict[str, Any]) -> str:
    text = f"{record.get('title') or ''} {record.get('content') or ''}"
    hits = {topic: sum(text.count(cue) for cue in cues) for topic, cues in TOPICS.items()}
    best = max(hits, key=lambda topic: hits[topic])
    return best if hits[best] else "local"


def rule_articles() -> set[str]:
    """Texts of the SaudiNewsNet articles the rules were written from (after their header)."""
    texts = set()
    for path in sorted((SHARED_NEWS / "saudinewsnet").glob("snn_*.txt")):
        raw = path.read_text(encoding="utf-8")
        body = re.split(r"\n\n", raw, maxsplit=1)[-1]
        texts.add(body.strip())
    return texts


def candidates(records: list[dict[str, Any]], excluded: set[str]) -> list[dict[str, Any]]:
    found = []
    for index, record in enumerate(records):
        text = record.get("content")
        if not isinstance(text, str) or not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        if arabic_share(text) < 0.8 or text.strip() in excluded:
            continue
        found.append(
            {
                "name": f"snn_zip_{index:04d}",
                "index": index,
                "source": record.get("source"),
                "topic": topic_of(record),
                "url": record.get("url"),
                "title": record.get("title"),
                "chars": len(text),
            }
        )
    return found


def quotas(pool: list[dict[str, Any]], total: int = TOTAL) -> dict[str, int]:
    share = Counter(item["source"] for item in pool)
    least = min(MIN_PER_SOURCE, max(1, total // max(1, len(share))))
    raw = {source: max(least, round(total * n / len(pool))) for source, n in share.items()}
    # Trim the largest quotas until the total is exact.
    while sum(raw.values()) > total:
        largest = max(raw, key=lambda source: raw[source])
        raw[largest] -= 1
    while sum(raw.values()) < total:
        largest = max(share, key=lambda source: share[source] - raw[source] * len(pool) / total)
        raw[largest] += 1
    return raw


def draw(
    pool: list[dict[str, Any]], rng: random.Random, total: int = TOTAL
) -> list[dict[str, Any]]:
    """Per source, round robin over its topics; then sources interleaved."""
    by_source: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for item in pool:
        by_source[item["source"]][item["topic"]].append(item)
    picked: dict[str, list[dict[str, Any]]] = {}
    for source, quota in sorted(quotas(pool, total).items()):
        topics = sorted(by_source[source])
        rng.shuffle(topics)
        for items in by_source[source].values():
            rng.shuffle(items)
        chosen: list[dict[str, Any]] = []
        while len(chosen) < quota and any(by_source[source][t] for t in topics):
            for topic in topics:
                if by_source[source][topic] and len(chosen) < quota:
                    chosen.append(by_source[source][topic].pop())
        picked[source] = chosen
    order: list[dict[str, Any]] = []
    sources = sorted(picked)
    while any(picked.values()):
        for source in sources:
            if picked[source]:
                order.append(picked[source].pop(0))
    return order


def read_indices(path: Path) -> set[int]:
    """Zip record indices, one a line; blank lines and ``#`` comments skipped."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return {int(line) for line in lines if line}


def talked_about(
    pool: list[dict[str, Any]], splits: dict[str, list[dict[str, Any]]], exclude: Path | None
) -> list[dict[str, Any]]:
    """The politics and conflict candidates in no split yet and not listed in ``exclude``."""
    drawn = {item["name"] for items in splits.values() for item in items}
    excluded = read_indices(exclude) if exclude else set()
    return [
        item
        for item in pool
        if item["name"] not in drawn
        and item["index"] not in excluded
        and item["topic"] in STANCE_TOPICS
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--zip", type=Path, default=ZIP)
    parser.add_argument("--out", type=Path, default=SPLITS)
    parser.add_argument("--dump", type=Path, help="write each drawn article's text here")
    parser.add_argument(
        "--extra-dev",
        type=int,
        default=0,
        help="also draw N more dev articles (seed + 1) from the articles not yet drawn",
    )
    parser.add_argument(
        "--fresh-dev",
        type=int,
        default=0,
        help="then draw M more dev articles (seed + 2) from the articles in neither earlier draw",
    )
    parser.add_argument(
        "--calib",
        type=int,
        default=0,
        help="last draw K calibration articles (seed + 3) from the articles in no earlier draw",
    )
    parser.add_argument(
        "--late-dev",
        type=int,
        default=0,
        help="then draw L more dev articles (seed + 4) from the articles in no earlier draw",
    )
    parser.add_argument(
        "--stance",
        type=int,
        default=0,
        help="last draw S stance articles (seed + 5), politics and conflict, into their own split",
    )
    parser.add_argument(
        "--calib-more",
        type=int,
        default=0,
        help="last draw C more calib articles (seed + 6), politics and conflict, never from "
        "--calib-exclude",
    )
    parser.add_argument(
        "--calib-exclude",
        type=Path,
        help="a file of zip record indices (as --exclude) that --calib-more never draws",
    )
    parser.add_argument(
        "--exclude",
        type=Path,
        help="a file of zip record indices (one a line, '#' comments) that --stance never draws",
    )
    args = parser.parse_args()
    with zipfile.ZipFile(args.zip) as archive:
        (member,) = [name for name in archive.namelist() if name.endswith(".json")]
        records = json.loads(archive.read(member))
    pool = candidates(records, rule_articles())
    order = draw(pool, random.Random(SEED))
    splits: dict[str, list[dict[str, Any]]] = {"test": [], "dev": []}
    for position, item in enumerate(order):
        splits[PATTERN[position % len(PATTERN)]].append({**item, "member": member})
    if args.extra_dev:
        drawn = {item["name"] for item in order}
        rest = [item for item in pool if item["name"] not in drawn]
        extra = draw(rest, random.Random(SEED + 1), args.extra_dev)
        splits["dev"].extend({**item, "member": member, "draw": 2} for item in extra)
    if args.fresh_dev:
        drawn = {item["name"] for items in splits.values() for item in items}
        rest = [item for item in pool if item["name"] not in drawn]
        fresh = draw(rest, random.Random(SEED + 2), args.fresh_dev)
        splits["dev"].extend({**item, "member": member, "draw": 3} for item in fresh)
    if args.calib:
        drawn = {item["name"] for items in splits.values() for item in items}
        rest = [item for item in pool if item["name"] not in drawn]
        calib = draw(rest, random.Random(SEED + 3), args.calib)
        splits["calib"] = [{**item, "member": member, "draw": 4} for item in calib]
    if args.late_dev:
        drawn = {item["name"] for items in splits.values() for item in items}
        rest = [item for item in pool if item["name"] not in drawn]
        late = draw(rest, random.Random(SEED + 4), args.late_dev)
        splits["dev"].extend({**item, "member": member, "draw": 5} for item in late)
    if args.stance:
        rest = talked_about(pool, splits, args.exclude)
        stance = draw(rest, random.Random(SEED + 5), args.stance)
        splits["stance"] = [{**item, "member": member, "draw": 6} for item in stance]
    if args.calib_more:
        rest = talked_about(pool, splits, args.calib_exclude)
        more = draw(rest, random.Random(SEED + 6), args.calib_more)
        splits.setdefault("calib", []).extend(
            {**item, "member": member, "draw": 7} for item in more
        )
    result = {
        "seed": SEED,
        "zip": "saudinewsnet/2015-07-21.zip",
        "candidates": len(pool),
        "rule": __doc__.split("\n\n", 2)[2].strip(),
        "splits": splits,
    }
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for split, items in splits.items():
        print(
            f"{split}: {len(items)} articles; sources {dict(Counter(i['source'] for i in items))}; "
            f"topics {dict(Counter(i['topic'] for i in items))}"
        )
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        last = (
            7
            if args.calib_more
            else 6
            if args.stance
            else 5
            if args.late_dev
            else 4
            if args.calib
            else 3
            if args.fresh_dev
            else None
        )
        for split, items in splits.items():
            for item in items:
                if last is not None and item.get("draw") != last:
                    continue  # only the last batch goes to its annotators
                text = records[item["index"]]["content"]
                (args.dump / split).mkdir(exist_ok=True)
                (args.dump / split / f"{item['name']}.txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
