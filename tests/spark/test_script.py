"""``scripts/spark_ingest.py``'s arguments, checked before Spark starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scripts import load_script

spark_ingest = load_script("spark_ingest")


def test_the_defaults_are_kg_ingests() -> None:
    args = spark_ingest.parse_args(["a.zip", "--out", "out"])
    options = spark_ingest.options(args)
    assert (options.out, options.neo4j, options.bulk, options.partitions) == (
        Path("out"),
        None,
        None,
        None,
    )
    assert (options.ner, options.batch_size, options.article_timeout) == ("bundled", 200, 60.0)


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--partitions", "0", "--partitions must be at least 1"),
        ("--batch-size", "0", "--batch-size must be at least 1"),
        ("--min-confidence", "1.5", "--min-confidence must be between 0 and 1"),
        ("--neo4j", "http://127.0.0.1:7474", "is not a Bolt URI"),
    ],
)
def test_a_bad_value_is_refused_before_spark_starts(
    flag: str, value: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        spark_ingest.parse_args(["a.zip", "--out", "out", flag, value])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err
