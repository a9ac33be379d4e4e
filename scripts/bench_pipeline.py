"""Time every stage of the default pipeline on a news archive.

    .venv/bin/python scripts/bench_pipeline.py [--limit N] [PATH]

PATH defaults to ``../shared/data/news/saudinewsnet/2015-07-21.zip`` (next to
the repository). Prints, per stage, the seconds spent and its share of the
end-to-end time, then reading and validation (``kg.ontology.validate``),
documents and characters per second end to end, and the relation stage's
share in one line. Without the shared data it prints a skip line and exits 0.
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
    args = parser.parse_args(argv)

    path: Path = args.path
    if not path.exists():
        print(f"skip: {path} not found (the shared data is absent), nothing to benchmark")
        return 0

    from kg.ingest import default_pipeline
    from kg.io import Skipped, read_articles
    from kg.ontology.validate import validate

    pipeline = default_pipeline()
    documents = characters = skipped = 0
    reading = validating = 0.0
    began = time.perf_counter()
    items = iter(read_articles([path]))
    while args.limit is None or documents < args.limit:
        read_began = time.perf_counter()
        item = next(items, None)
        if item is None:
            break
        if isinstance(item, Skipped):
            reading += time.perf_counter() - read_began
            skipped += 1
            continue
        doc = item.to_document()
        reading += time.perf_counter() - read_began
        doc = pipeline(doc)
        validate_began = time.perf_counter()
        validate(doc)
        validating += time.perf_counter() - validate_began
        documents += 1
        characters += len(doc.text)
    total = time.perf_counter() - began

    def share(seconds: float) -> str:
        return f"{100 * seconds / total:5.1f}" if total > 0 else "  0.0"

    print(f"{path.name}: {documents} documents, {characters:,} characters, {skipped} skipped")
    print(f"{'stage':<16}{'seconds':>9}{'share %':>9}")
    rows = [("read", reading), *pipeline.timings.items(), ("validate", validating)]
    for name, seconds in rows:
        print(f"{name:<16}{seconds:9.2f}{share(seconds):>9}")
    other = total - sum(seconds for _, seconds in rows)
    print(f"{'other':<16}{other:9.2f}{share(other):>9}")
    print(f"{'total':<16}{total:9.2f}{share(total):>9}")
    if total > 0:
        print(f"throughput: {documents / total:.1f} documents/s, {characters / total:,.0f} chars/s")
    relations = pipeline.timings.get("relations", 0.0)
    print(f"relations: {share(relations).strip()}% of end-to-end time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
