"""Run ``scripts/spark_ingest.py`` under ``spark-submit --master local[2]``, and the
single-process ingest of the same inputs to compare it with.

Spark keeps its scratch files under the test's ``tmp_path``, binds to 127.0.0.1
and starts no web UI. The tests need pyspark (the ``spark`` extra) and Java.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from threadpoolctl import threadpool_limits

from kg.ingest import IngestSummary, ingest
from kg.model import Document
from kg.store.local import LocalStore

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "spark_ingest.py"
_NEWS_CANDIDATES = (ROOT.parent / "shared" / "data" / "news", Path("/work/shared/data/news"))
NEWS = next((path for path in _NEWS_CANDIDATES if path.is_dir()), _NEWS_CANDIDATES[0])
SEVEN = sorted([*NEWS.glob("seed/*.txt"), *NEWS.glob("saudinewsnet/snn_*.txt")])
ZIP = NEWS / "saudinewsnet" / "2015-07-21.zip"

SparkSubmit = Callable[..., subprocess.CompletedProcess[str]]


def spark_home() -> Path:
    pyspark = pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java (17 or 21) on PATH")
    return Path(pyspark.__file__).parent


@pytest.fixture()
def spark_submit(tmp_path: Path) -> SparkSubmit:
    """``spark_submit(*args)`` runs the script on ``local[2]`` and returns the result."""
    home = spark_home()

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        python = sys.executable
        environment = {
            **os.environ,
            "SPARK_HOME": str(home),
            "SPARK_LOCAL_IP": "127.0.0.1",
            "PYSPARK_PYTHON": python,
            "PYSPARK_DRIVER_PYTHON": python,
            "PATH": os.pathsep.join([str(Path(python).parent), os.environ.get("PATH", "")]),
            "PYTHONPATH": str(ROOT),
            **(env or {}),
        }
        environment.pop("KG_STORE", None)
        command = [
            str(home / "bin" / "spark-submit"),
            "--master",
            "local[2]",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.driver.bindAddress=127.0.0.1",
            "--conf",
            f"spark.local.dir={tmp_path / 'spark-local'}",
            "--conf",
            f"spark.sql.warehouse.dir={tmp_path / 'spark-warehouse'}",
            "--driver-java-options",
            f"-Djava.io.tmpdir={tmp_path / 'spark-tmp'}",
            str(SCRIPT),
            *args,
        ]
        (tmp_path / "spark-tmp").mkdir(exist_ok=True)
        return subprocess.run(
            command,
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=3600,
        )

    return run


class Collected:
    """A sink that keeps what it is given, in order (the documents ``kg ingest`` wrote)."""

    def __init__(self) -> None:
        self.documents: list[Document] = []

    def put_documents(self, docs: Sequence[Document]) -> None:
        self.documents.extend(docs)


def single_process(paths: Sequence[Path], store: Path) -> tuple[IngestSummary, list[Document]]:
    """``kg ingest PATHS --store STORE``: its summary and the documents it wrote. Like the
    CLI, with one BLAS thread (as Spark's Python workers run): a float32 product's bits
    depend on how many threads share it."""
    collected = Collected()
    with LocalStore(store) as local, threadpool_limits(1):
        summary = ingest(paths, [local, collected], report_path=None)
    return summary, collected.documents


def store_nquads(store: Path) -> list[str]:
    """``kg export --store STORE --format nq``, its lines sorted."""
    with LocalStore(store, read_only=True) as local:
        return sorted(local.export("nq").splitlines())


def spark_nquads(out: Path) -> list[str]:
    """The lines of every N-Quads file the Spark job wrote, sorted."""
    return sorted(
        line
        for path in sorted((out / "nquads").glob("*.nq"))
        for line in path.read_text().splitlines()
    )
