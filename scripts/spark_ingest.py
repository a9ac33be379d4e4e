"""``kg ingest`` on Apache Spark: the same stages, one partition of articles per task.

    spark-submit --master local[2] scripts/spark_ingest.py INPUT... --out DIR
        [--neo4j URI] [--bulk DIR] [--report FILE] [--partitions N]

INPUT is what ``kg ingest`` reads (a SaudiNewsNet zip, JSON Lines, a folder of
.txt files...). DIR/nquads/*.nq get one named graph per article and the shared
entity graph (their sorted lines equal those of ``kg ingest INPUT --store S``
then ``kg export --store S --format nq``); DIR/skipped-RUNID.jsonl is the skip
report and DIR/summary.json the counts. ``--neo4j URI`` also writes every
partition to Neo4j through kg's batched loader (credentials from KG_NEO4J_* or
the config file, as for ``kg ingest``); ``--bulk DIR`` writes the CSV files of
``neo4j-admin database import`` for a first load. A bad article is reported
and skipped; it never fails the job. Needs the ``spark`` extra (pyspark) and
Java 17 or 21. See the README's Spark section for a cluster.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.config import DEFAULT_BATCH_SIZE, check_neo4j_uri, neo4j_settings  # noqa: E402
from kg.errors import KGError  # noqa: E402
from kg.io import FieldMap  # noqa: E402
from kg.relations.calibration import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from kg.spark.job import SparkIngestOptions, SparkIngestResult, spark_ingest  # noqa: E402
from kg.timebudget import DEFAULT_ARTICLE_TIMEOUT  # noqa: E402

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "inputs", nargs="+", type=Path, metavar="INPUT", help="what kg ingest reads"
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="N-Quads, report, summary"
    )
    parser.add_argument("--report", type=Path, metavar="FILE", help="skip report to append to")
    parser.add_argument("--neo4j", metavar="URI", help="also write to Neo4j at this Bolt URI")
    parser.add_argument("--bulk", type=Path, metavar="DIR", help="also write neo4j-admin CSV")
    parser.add_argument("--partitions", type=int, metavar="N", help="default: 4 per core")
    parser.add_argument("--ner", choices=("bundled", "camel"), default="bundled")
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE, metavar="X")
    parser.add_argument(
        "--article-timeout", type=float, default=DEFAULT_ARTICLE_TIMEOUT, metavar="SECONDS"
    )
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, metavar="N")
    for name in ("text", "title", "url", "date"):
        parser.add_argument(f"--{name}-field", metavar="FIELD")
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    if args.batch_size < 1:
        parser.error("--batch-size must be at least 1")
    if not 0 <= args.min_confidence <= 1:
        parser.error("--min-confidence must be between 0 and 1")
    if args.article_timeout < 0:
        parser.error("--article-timeout must be at least 0 (0: no limit)")
    if args.neo4j:
        try:
            check_neo4j_uri(args.neo4j)
        except KGError as error:
            parser.error(str(error))
    return args


def options(args: argparse.Namespace) -> SparkIngestOptions:
    return SparkIngestOptions(
        out=args.out,
        report=args.report,
        neo4j=neo4j_settings(args.neo4j) if args.neo4j else None,
        bulk=args.bulk,
        partitions=args.partitions,
        ner=args.ner,
        min_confidence=args.min_confidence,
        article_timeout=args.article_timeout or None,
        batch_size=args.batch_size,
        fields=FieldMap.from_options(
            text=args.text_field, title=args.title_field, url=args.url_field, date=args.date_field
        ),
    )


def session() -> SparkSession:
    """The Spark session spark-submit configured; a kg checkout that is not installed
    is put on the Python workers' path too."""
    from pyspark.sql import SparkSession

    _local_workers_run_this_python()
    builder = SparkSession.builder.appName("kg-ingest")
    if (ROOT / "kg" / "__init__.py").is_file():
        paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
        builder = builder.config("spark.executorEnv.PYTHONPATH", os.pathsep.join(paths))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("KG_SPARK_LOG_LEVEL", "WARN"))
    return spark


def _local_workers_run_this_python() -> None:
    """On a local master with no Python named for the workers, they run this one (which
    has kg's dependencies), not whichever ``python3`` comes first on PATH."""
    from pyspark import SparkConf

    conf = SparkConf()
    local = conf.get("spark.master", "local[*]").startswith("local")
    if local and not os.environ.get("PYSPARK_PYTHON") and not conf.contains("spark.pyspark.python"):
        os.environ["PYSPARK_PYTHON"] = sys.executable


def describe(result: SparkIngestResult) -> str:
    summary = result.summary
    lines = [
        f"documents: {summary.documents}  sentences: {summary.sentences}  "
        f"entity mentions: {summary.mentions}  entities: {summary.entities}  "
        f"statements: {summary.statements}  events: {summary.events}  "
        f"relations: {summary.relations}  ({summary.seconds:.1f} s, "
        f"{result.partitions} partitions)",
        f"skipped: {summary.skipped} ({summary.bad_input} bad input, "
        f"{summary.internal_errors} internal errors); dropped: {summary.dropped}",
        f"N-Quads: {len(result.nquads)} files in {result.nquads[0].parent}"
        if result.nquads
        else "N-Quads: none",
    ]
    if summary.report_path is not None:
        lines.append(f"report: {summary.report_path} (run {summary.run_id})")
    if result.bulk is not None:
        lines.append(f"bulk CSV: {result.bulk.directory} ({result.bulk.documents} documents)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        run_options = options(args)
    except KGError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    spark = session()
    try:
        result = spark_ingest(spark, args.inputs, run_options)
    except KGError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    print(describe(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
