"""``scripts/bench_scale.py``: its input cut and its process watcher, on small real runs."""

from __future__ import annotations

import json
import os
import sys
import zipfile
from pathlib import Path

from tests.scripts import load_script

bench = load_script("bench_scale")


def test_the_first_articles_keep_the_archive_layout(tmp_path: Path) -> None:
    source = tmp_path / "day.zip"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("a.json", json.dumps([{"content": f"خبر {n}"} for n in range(3)]))
        archive.writestr("b.json", json.dumps([{"content": f"نبأ {n}"} for n in range(3)]))
    cut = bench.first_articles(source, 4, tmp_path)
    with zipfile.ZipFile(cut) as archive:
        records = {name: json.loads(archive.read(name)) for name in archive.namelist()}
    assert [r["content"] for r in records["a.json"]] == ["خبر 0", "خبر 1", "خبر 2"]
    assert [r["content"] for r in records["b.json"]] == ["نبأ 0"]


def test_the_watcher_sees_a_child_process_peak_memory_and_cpu(tmp_path: Path) -> None:
    child = (
        "import subprocess, sys; subprocess.run([sys.executable, '-c', "
        "\"b = bytearray(b'x' * 200 * 2**20); import time; t = time.process_time()\\n"
        'while time.process_time() - t < 0.6: pass"], check=True)'
    )
    measured = bench.run_watched([sys.executable, "-c", child], dict(os.environ), tmp_path)
    assert measured.returncode == 0
    [grandchild] = [s for pid, s in measured.processes.items() if pid != measured.root]
    assert grandchild.command.split(" -c ")[-1].startswith("b = bytearray")
    assert grandchild.peak_kib >= 200 * 1024
    assert grandchild.cpu_seconds >= 0.2
    assert measured.processes[measured.root].peak_kib < 200 * 1024
