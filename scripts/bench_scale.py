"""How ingest throughput scales: ``kg ingest --workers 1`` and ``2``, Spark ``local[2]``,
and the code of an earlier commit, end to end, on one news archive.

    .venv/bin/python scripts/bench_scale.py [PATH] [--limit N] [--baseline COMMIT]
        [--no-baseline] [--no-spark] [--spark-script FILE] [--stage-limit N]

PATH defaults to ``../shared/data/news/saudinewsnet/2015-07-21.zip`` (2,972
articles); ``--limit N`` ingests its first N articles (a smaller zip of the
same layout is written to a temporary folder). Every run is a separate
command, started here and watched through ``/proc``: it prints documents/s,
sentences/s, the wall time, and the peak resident memory (VmHWM) of the main
process, of each worker and of all of them together. Then the share of each
stage (``scripts/bench_pipeline.py`` on ``--stage-limit`` articles), the
ratio to the baseline commit (default e558477, checked out with ``git worktree``
in a temporary folder and run with the same command), and a projection to 16
and 64 cores with its assumptions. Spark runs ``spark-submit --master local[2]
scripts/spark_ingest.py PATH --out DIR``; without pyspark, Java or that script
the row says why it is skipped. Without the shared data it prints a skip line
and exits 0. Run it under ``nice`` on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.parallel import BLAS_THREAD_VARIABLES  # noqa: E402

DEFAULT_PATH = ROOT / ".." / "shared" / "data" / "news" / "saudinewsnet" / "2015-07-21.zip"
BASELINE = "e558477"
SUMMARY = re.compile(r"documents: (?P<documents>\d+)  sentences: (?P<sentences>\d+)")
CORES = (16, 64)
TICKS = os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- watching a process tree


@dataclass
class ProcessStats:
    """What ``/proc`` last said of one process: its command, peak RSS, CPU seconds."""

    command: str
    peak_kib: int = 0
    cpu_seconds: float = 0.0


def _children_of(root: int) -> set[int]:
    """``root`` and every process under it (from the parent ids in ``/proc/*/stat``)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, grown = {root}, True
    while grown:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= found
        grown = bool(found)
    return tree


def _sample(pid: int, seen: dict[int, ProcessStats]) -> None:
    base = Path(f"/proc/{pid}")
    try:
        status = (base / "status").read_text()
        fields = (base / "stat").read_text().rsplit(")", 1)[1].split()
        command = (base / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return
    match = re.search(r"VmHWM:\s+(\d+) kB", status)
    stats = seen.setdefault(pid, ProcessStats(command))
    stats.command = command.strip() or stats.command  # after an exec, the new program
    stats.peak_kib = max(stats.peak_kib, int(match[1]) if match else 0)
    stats.cpu_seconds = max(stats.cpu_seconds, (int(fields[11]) + int(fields[12])) / TICKS)


@dataclass
class Measured:
    """One command run: wall seconds, exit code, output, and its processes as last seen."""

    seconds: float
    returncode: int
    stdout: str
    stderr: str
    root: int
    processes: dict[int, ProcessStats] = field(default_factory=dict)
    root_cpu_at_start: float = 0.0
    """The root's CPU seconds when a process whose command holds ``started`` first showed:
    its start-up (imports, models, opening the store)."""


def run_watched(
    command: list[str], env: dict[str, str], cwd: Path, started: str = "spawn_main"
) -> Measured:
    """Run ``command``, sampling its process tree every 0.2 s until it exits."""
    began = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    seen: dict[int, ProcessStats] = {}
    done = threading.Event()
    start_cpu: list[float] = []

    def watch() -> None:
        while not done.wait(0.2):
            for pid in _children_of(process.pid):
                _sample(pid, seen)
            if not start_cpu and any(started in stats.command for stats in seen.values()):
                start_cpu.append(seen[process.pid].cpu_seconds if process.pid in seen else 0.0)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - began
    done.set()
    watcher.join()
    measured = Measured(seconds, process.returncode, stdout, stderr, process.pid, seen)
    measured.root_cpu_at_start = start_cpu[0] if start_cpu else 0.0
    return measured


# ---------------------------------------------------------------- the runs


@dataclass
class Row:
    label: str
    documents: int
    sentences: int
    seconds: float
    main_kib: int
    worker_kib: list[int]
    main_cpu: float
    """CPU seconds of the main process after its start-up (when the first worker showed)."""
    total_kib: int
    cpu_seconds: float
    """CPU seconds of every process of the run."""
    worker_cpu: float
    """CPU seconds of the workers (0 without workers)."""
    """All the processes of the run (helpers such as multiprocessing's tracker included)."""
    note: str = ""

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def _environment(pythonpath: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    env.pop("KG_STORE", None)
    return env


def kg_ingest(label: str, code: Path, source: Path, work: Path, options: list[str]) -> Row:
    """``python -m kg ingest SOURCE --store DIR -q OPTIONS`` with kg from ``code``."""
    store = work / f"store-{label.replace(' ', '-')}"
    command = [sys.executable, "-m", "kg", "ingest", str(source), "--store", str(store), "-q"]
    measured = run_watched(command + options, _environment(code), work)
    match = SUMMARY.search(measured.stdout)
    if measured.returncode not in (0, 3) or match is None:
        raise SystemExit(f"{label} failed ({measured.returncode}):\n{measured.stderr[-3000:]}")
    main = measured.processes.get(measured.root, ProcessStats(""))
    processes = measured.processes.values()
    spawned = [stats for stats in processes if "spawn_main" in stats.command]
    workers = [stats.peak_kib for stats in spawned]
    total = sum(stats.peak_kib for stats in processes)
    documents, sentences = int(match["documents"]), int(match["sentences"])
    return Row(
        label,
        documents,
        sentences,
        measured.seconds,
        main.peak_kib,
        workers,
        main.cpu_seconds - measured.root_cpu_at_start,
        total,
        sum(stats.cpu_seconds for stats in processes),
        sum(stats.cpu_seconds for stats in spawned),
    )


def spark_ingest(script: Path, source: Path, work: Path) -> Row | str:
    """``spark-submit --master local[2] SCRIPT SOURCE --out DIR``, or why it was skipped."""
    submit = shutil.which("spark-submit") or str(Path(sys.executable).parent / "spark-submit")
    if not script.is_file():
        return f"{script} is not there (the Spark ingest is not in this checkout)"
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install '.[spark]')"
    if not Path(submit).is_file() or shutil.which("java") is None:
        return "spark-submit or java is not on the PATH"
    out = work / "spark-out"
    env = {**_environment(script.resolve().parents[1]), "PYSPARK_PYTHON": sys.executable}
    command = [submit, "--master", "local[2]", str(script), str(source), "--out", str(out)]
    measured = run_watched(command, env, work)
    summary_path = out / "summary.json"
    if measured.returncode != 0 or not summary_path.is_file():
        return f"spark-submit failed ({measured.returncode}): {measured.stderr[-500:]}"
    summary = json.loads(summary_path.read_text(encoding="utf-8"))
    processes = measured.processes.values()
    driver = [s for s in processes if script.name in s.command]
    daemons = [s for s in processes if "pyspark.daemon" in s.command]
    workers = [s.peak_kib for s in daemons]
    jvm = max((s.peak_kib for s in processes if "org.apache.spark" in s.command), default=0)
    note = (
        f"job {summary['seconds']:.1f} s after the JVM started; main: the driver; "
        f"JVM {_mib(jvm)}; workers: the pyspark daemon and its forks"
    )
    return Row(
        "spark local[2]",
        summary["documents"],
        summary["sentences"],
        measured.seconds,
        max((s.peak_kib for s in driver), default=0),
        workers,
        sum(s.cpu_seconds for s in driver),
        sum(s.peak_kib for s in processes),
        sum(s.cpu_seconds for s in processes),
        sum(s.cpu_seconds for s in daemons),
        note,
    )


def baseline_worktree(commit: str, work: Path) -> Path | str:
    """A ``git worktree`` of ``commit`` under ``work``, or why there is none."""
    target = work / f"kg-{commit}"
    result = subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(target), commit],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        return f"git worktree add {commit} failed: {result.stderr.strip()}"
    return target


def remove_worktree(target: Path) -> None:
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(target)],
        capture_output=True,
    )


def first_articles(source: Path, limit: int, work: Path) -> Path:
    """A zip like ``source`` (JSON arrays of articles) holding its first ``limit`` articles."""
    target = work / f"{source.stem}-first{limit}.zip"
    left = limit
    with zipfile.ZipFile(source) as archive, zipfile.ZipFile(target, "w") as out:
        for info in archive.infolist():
            if left <= 0:
                break
            records = json.loads(archive.read(info))[:left]
            out.writestr(info.filename, json.dumps(records, ensure_ascii=False))
            left -= len(records)
    return target


# ---------------------------------------------------------------- printing


def _mib(kib: int) -> str:
    return f"{kib / 1024:,.0f} MiB"


def print_rows(rows: list[Row], skipped: dict[str, str]) -> None:
    header = f"{'run':<22}{'docs':>6}{'docs/s':>9}{'sent/s':>9}{'wall s':>9}{'cpu s':>9}"
    print(header + f"{'main RSS':>11}{'per worker':>12}{'total RSS':>11}")
    for row in rows:
        worker = _mib(max(row.worker_kib)) if row.worker_kib else "-"
        print(
            f"{row.label:<22}{row.documents:>6}{row.docs_per_second:>9.2f}"
            f"{row.sentences / row.seconds:>9.1f}{row.seconds:>9.1f}{row.cpu_seconds:>9.1f}"
            f"{_mib(row.main_kib):>11}"
            f"{worker:>12}{_mib(row.total_kib):>11}"
        )
        if row.worker_kib:
            print(f"{'':<22}workers: {', '.join(_mib(kib) for kib in row.worker_kib)}")
        if row.note:
            print(f"{'':<22}{row.note}")
    for label, why in skipped.items():
        print(f"{label:<22}skipped: {why}")
    print(
        "cpu s: CPU time of all its processes; RSS: peak resident set (VmHWM) per process, "
        "total: their sum (an upper bound)."
    )


def print_ratio(rows: dict[str, Row], baseline: Row | None, commit: str) -> None:
    if baseline is None:
        return
    for label in ("workers 1", "workers 2"):
        if label in rows:
            row = rows[label]
            ratio = row.docs_per_second / baseline.docs_per_second
            cpu_ratio = (baseline.cpu_seconds / baseline.documents) / (
                row.cpu_seconds / row.documents
            )
            print(
                f"end to end, {label} vs {commit}: {row.docs_per_second:.2f} / "
                f"{baseline.docs_per_second:.2f} documents/s = {ratio:.2f}x "
                f"(CPU seconds per document: {cpu_ratio:.2f}x fewer)"
            )


def print_projection(one: Row, two: Row) -> None:
    """Throughput on N cores from the per-core figure, with what it assumes.

    The per-core figure is CPU time, not wall time: on a shared machine the
    wall time says more about the other users than about kg.
    """
    per_core = two.documents / two.worker_cpu if two.worker_cpu else 0.0
    main_per_doc = two.main_cpu / two.documents if two.documents else 0.0
    ceiling = 1 / main_per_doc if main_per_doc else float("inf")
    worker = max(two.worker_kib, default=0)
    print(
        f"per core: {per_core:.2f} documents per worker CPU second (--workers 2; "
        f"--workers 1: {one.documents / one.cpu_seconds:.2f} per CPU second, start-up "
        f"included); 2 workers reached {two.docs_per_second / one.docs_per_second:.2f}x the "
        f"wall-clock rate of 1. The main process spent {main_per_doc * 1000:.1f} ms of CPU per "
        f"document (reading, collecting, writing the store): at most {ceiling:.1f} documents/s "
        "whatever the workers"
    )
    for cores in CORES:
        workers = cores - 1  # one core for the main process
        rate = min(workers * per_core, ceiling)
        memory = two.main_kib + workers * worker
        print(
            f"projected on {cores} cores (--workers {workers}): {rate:.1f} documents/s, "
            f"{rate * 3600:,.0f} per hour, about {_mib(memory)} of memory"
        )
    print(
        "assumes: N-1 workers, each with a core of its own as fast as one here and spending "
        "the CPU per document measured (no loss to shared caches or memory bandwidth); the "
        "main process (one core) is the only serial part and its CPU per document after "
        "start-up stays as measured; the store write and the disk keep up; memory is the main "
        "process plus one worker's peak per worker"
    )


def print_stages(source: Path, limit: int, pythonpath: Path) -> None:
    """The per-stage shares, from ``scripts/bench_pipeline.py`` (one process, one BLAS
    thread, as ``kg ingest`` runs)."""
    command = [sys.executable, str(ROOT / "scripts" / "bench_pipeline.py"), str(source)]
    one_thread = dict.fromkeys(BLAS_THREAD_VARIABLES, "1")
    result = subprocess.run(
        [*command, "--limit", str(limit)],
        env={**_environment(pythonpath), **one_thread},
        capture_output=True,
        text=True,
    )
    print(result.stdout.rstrip() or result.stderr[-2000:])


# ---------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--limit", type=int, help="ingest only the first N articles")
    parser.add_argument("--baseline", default=BASELINE, metavar="COMMIT")
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline run")
    parser.add_argument("--no-spark", action="store_true", help="skip the Spark run")
    parser.add_argument(
        "--spark-script", type=Path, default=ROOT / "scripts" / "spark_ingest.py", metavar="FILE"
    )
    parser.add_argument("--stage-limit", type=int, default=200, metavar="N")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.path.exists():
        print(f"skip: {args.path} not found (the shared data is absent), nothing to benchmark")
        return 0
    with tempfile.TemporaryDirectory(prefix="kg-bench-scale-") as folder:
        work = Path(folder)
        source = first_articles(args.path, args.limit, work) if args.limit else args.path
        rows, skipped = measure(args, source, work)
        print(f"{args.path.name}" + (f", first {args.limit} articles" if args.limit else ""))
        print_rows(list(rows.values()), skipped)
        print_ratio(rows, rows.get(f"kg {args.baseline}"), args.baseline)
        if "workers 1" in rows and "workers 2" in rows:
            print_projection(rows["workers 1"], rows["workers 2"])
        print_stages(source, args.stage_limit, ROOT)
    return 0


def measure(
    args: argparse.Namespace, source: Path, work: Path
) -> tuple[dict[str, Row], dict[str, str]]:
    """Every run, the baseline right before the current code, back to back."""
    rows: dict[str, Row] = {}
    skipped: dict[str, str] = {}
    label = f"kg {args.baseline}"
    if args.no_baseline:
        skipped[label] = "--no-baseline"
    else:
        checkout = baseline_worktree(args.baseline, work)
        if isinstance(checkout, str):
            skipped[label] = checkout
        else:
            try:
                rows[label] = kg_ingest(label, checkout, source, work, [])
            finally:
                remove_worktree(checkout)
    for workers in ("1", "2"):
        rows[f"workers {workers}"] = kg_ingest(
            f"workers {workers}", ROOT, source, work, ["--workers", workers]
        )
    spark = "--no-spark" if args.no_spark else spark_ingest(args.spark_script, source, work)
    if isinstance(spark, Row):
        rows[spark.label] = spark
    else:
        skipped["spark local[2]"] = spark
    return rows, skipped


if __name__ == "__main__":
    sys.exit(main())
