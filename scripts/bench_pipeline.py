"""Time every stage of the default pipeline on a news archive.

    .venv/bin/python scripts/bench_pipeline.py [--limit N] [--stages A,B,...] [PATH]

PATH defaults to ``../shared/data/news/saudinewsnet/2015-07-21.zip`` (next to
the repository); ``--stages sentences,tokens,...`` runs other stages than the
default pipeline (``kg.ingest.default_pipeline``). Prints, per stage, the
seconds spent and its share of the end-to-end time, then reading and
validation (``kg.ontology.validate``), documents and characters per second end
to end, and the relation stage's share in one line. Without the shared data it
prints a skip line and exits 0. numpy runs one BLAS thread, as in ``kg ingest``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_PATH = ROOT / ".." / "shared" / "data" / "news" / "saudinewsnet" / "2015-07-21.zip"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=DEFAULT_PATH,
        help="an archive, folder or file of articles (default: %(default)s)",
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="stop after this many readable articles"
    )
    parser.add_argument(
        "--stages",
        default=None,
        help="comma-separated stage names to run instead of the default pipeline",
    )
    args = parser.parse_args(argv)

    path: Path = args.path
    if not path.exists():
        print(f"skip: {path} not found (the shared data is absent), nothing to benchmark")
        return 0

    from kg.parallel import one_blas_thread

    one_blas_thread()  # as ``kg ingest`` runs the tagger

    from kg.ingest import default_pipeline
    from kg.io import Skipped, read_articles
    from kg.ontology.validate import validate
    from kg.pipeline import Pipeline

    if args.stages:
        pipeline = Pipeline.from_names([name.strip() for name in args.stages.split(",")])
    else:
        pipeline = default_pipeline()
    # Each stage is timed here, wall clock and CPU time of this process: on a
    # shared machine the CPU time is the steadier number.
    wall: dict[str, float] = dict.fromkeys(["read", *pipeline.names, "validate"], 0.0)
    cpu = dict(wall)
    documents = characters = skipped = 0
    began, cpu_began = time.perf_counter(), time.process_time()
    items = iter(read_articles([path]))
    while args.limit is None or documents < args.limit:
        clock, cpu_clock = time.perf_counter(), time.process_time()
        item = next(items, None)
        if item is None:
            break
        if isinstance(item, Skipped):
            skipped += 1
            clock, cpu_clock = _lap(wall, cpu, "read", clock, cpu_clock)
            continue
        doc = item.to_document()
        clock, cpu_clock = _lap(wall, cpu, "read", clock, cpu_clock)
        for stage in pipeline.stages:
            doc = stage(doc)
            clock, cpu_clock = _lap(wall, cpu, stage.name, clock, cpu_clock)
        validate(doc)
        _lap(wall, cpu, "validate", clock, cpu_clock)
        documents += 1
        characters += len(doc.text)
    total, cpu_total = time.perf_counter() - began, time.process_time() - cpu_began
    wall["other"] = total - sum(wall.values())
    cpu["other"] = cpu_total - sum(cpu.values())
    wall["total"], cpu["total"] = total, cpu_total

    def share(seconds: float) -> float:
        return 100 * seconds / total if total > 0 else 0.0

    print(f"{path.name}: {documents} documents, {characters:,} characters, {skipped} skipped")
    print(f"{'stage':<16}{'seconds':>9}{'share %':>9}{'cpu s':>9}")
    for name, seconds in wall.items():
        print(f"{name:<16}{seconds:9.2f}{share(seconds):9.1f}{cpu[name]:9.2f}")
    if total > 0:
        print(f"throughput: {documents / total:.1f} documents/s, {characters / total:,.0f} chars/s")
    relations = wall.get("relations", 0.0)
    print(f"relations: {share(relations):.1f}% of end-to-end time")
    return 0


def _lap(
    wall: dict[str, float], cpu: dict[str, float], name: str, clock: float, cpu_clock: float
) -> tuple[float, float]:
    """Add the time since ``clock``/``cpu_clock`` to ``name``; return the new clocks."""
    now, cpu_now = time.perf_counter(), time.process_time()
    wall[name] += now - clock
    cpu[name] += cpu_now - cpu_clock
    return now, cpu_now


if __name__ == "__main__":
    sys.exit(main())
