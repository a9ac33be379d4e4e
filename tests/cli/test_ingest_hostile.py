"""Inputs built to break the readers, each ingested with a good article through the real CLI.

Every case must end with exit code 3 (done, some input skipped), the good
article stored, and the bad input in the skip report with a reason that
says what was wrong. The zip bombs also show peak memory far under 2 GB.
"""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import ROOT, Run

GOOD_TITLE = "السيول تغلق طرقا في جدة"
GOOD_ARTICLE = (
    f"{GOOD_TITLE}\n\n"
    "أعلنت الحكومة السعودية يوم الثلاثاء عن خطة جديدة لدعم المدن المتضررة من السيول في جدة. "
    "وقال وزير الشؤون البلدية إن الوزارة ستعيد فتح الطرق المغلقة خلال أسبوع.\n"
)
OTHER_ARTICLE = "قال وزير الخارجية الروسي إن موسكو ترفض العقوبات الجديدة على شركاتها.\n"
GIB = 1 << 30


def _json_line(text: str) -> str:
    return json.dumps({"title": "خبر", "text": text}, ensure_ascii=False)


def _corrupt_zip(folder: Path) -> Path:
    """A zip whose member's deflate stream is damaged (``zlib.error``): its first
    block header says block type 3, which deflate reserves."""
    path = folder / "corrupt.zip"
    records = [{"text": GOOD_ARTICLE.replace("جدة", f"جدة {index}")} for index in range(200)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("day.json", json.dumps(records, ensure_ascii=False))
    with zipfile.ZipFile(path) as archive:
        [info] = archive.infolist()
    data = bytearray(path.read_bytes())
    data[info.header_offset + 30 + len(info.filename)] = 0xFF
    path.write_bytes(bytes(data))
    return path


def _deep_json(folder: Path) -> Path:
    path = folder / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return path


def _deep_jsonl(folder: Path) -> Path:
    path = folder / "deep.jsonl"
    path.write_text('{"text":' * 100_000 + '"x"' + "}" * 100_000 + "\n", encoding="utf-8")
    return path


def _long_integer(folder: Path) -> Path:
    path = folder / "number.json"
    path.write_text(f'[{{"text": "{OTHER_ARTICLE.strip()}", "id": {"7" * 5000}}}]', "utf-8")
    return path


def _lone_surrogate(folder: Path) -> Path:
    path = folder / "surrogate.jsonl"
    text = json.dumps({"text": OTHER_ARTICLE + "\ud800"}, ensure_ascii=True)
    assert "\\ud800" in text
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _non_character(folder: Path) -> Path:
    path = folder / "nonchar.jsonl"
    path.write_text(_json_line(OTHER_ARTICLE + "\uffff") + "\n", encoding="utf-8")
    return path


def _mixed_encodings(folder: Path) -> Path:
    path = folder / "mixed.txt"
    first, second = "أرسلت الحكومة وفدا إلى الرياض.\n", OTHER_ARTICLE
    path.write_bytes(first.encode("utf-8") + second.encode("cp1256"))
    return path


def _deep_html(folder: Path) -> Path:
    path = folder / "deep.html"
    paragraph = f"<p>{OTHER_ARTICLE}</p>"
    path.write_text("<div>" * 100_000 + paragraph + "</div>" * 100_000, encoding="utf-8")
    return path


def _deep_unclosed_html(folder: Path) -> Path:
    path = folder / "unclosed.html"
    path.write_text("<div>" * 100_000 + f"<p>{OTHER_ARTICLE}</p>", encoding="utf-8")
    return path


def _folder_with_link_loop(folder: Path) -> Path:
    """Conditions that fail for root too: a folder link looping back, a broken link."""
    batch = folder / "tree"
    (batch / "inner").mkdir(parents=True)
    (batch / "inner" / "back").symlink_to(batch, target_is_directory=True)
    (batch / "inner" / "gone.txt").symlink_to(batch / "nowhere.txt")
    (batch / "inner" / "other.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    return batch


CASES: dict[str, tuple[Callable[[Path], Path], str, str, str]] = {
    # case: (builder, origin ends with, kind, words the reason must hold)
    "corrupt zip member": (_corrupt_zip, "corrupt.zip!day.json", "unreadable", "zlib.error"),
    "json nested 100,000 deep": (_deep_json, "deep.json", "malformed", "nested too deeply"),
    "jsonl nested 100,000 deep": (_deep_jsonl, "deep.jsonl#1", "malformed", "nested too deeply"),
    "json integer of 5,000 digits": (
        _long_integer,
        "number.json",
        "malformed",
        "an integer of 5,000 digits",
    ),
    "jsonl lone surrogate": (_lone_surrogate, "surrogate.jsonl#1", "invalid_text", "U+D800"),
    "jsonl non-character": (_non_character, "nonchar.jsonl#1", "invalid_text", "U+FFFF"),
    "utf-8 then windows-1256": (_mixed_encodings, "mixed.txt", "mixed_encoding", "«أرسلت»"),
    "html nested 100,000 deep": (_deep_html, "deep.html", "too_complex", "512 levels"),
    "html unclosed 100,000 deep": (
        _deep_unclosed_html,
        "unclosed.html",
        "too_complex",
        "512 levels",
    ),
}


def _report(result: subprocess.CompletedProcess[str], cwd: Path) -> list[dict[str, str]]:
    """The skip report named in the run's summary."""
    match = re.search(r"report: ([^),\s]+)", result.stdout)
    assert match, result.stdout
    path = cwd / match.group(1)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _stored_titles(kg: Run) -> list[str]:
    result = kg("query", "--json", "SELECT ?title WHERE { ?d kg:title ?title }")
    assert result.returncode == 0, result.stderr
    return sorted(str(row["title"]) for row in json.loads(result.stdout))


def _documents(kg: Run) -> int:
    result = kg("stats", "--json")
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["documents"])


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_input_is_reported_and_the_good_article_stored(
    kg: Run, tmp_path: Path, case: str
) -> None:
    build, origin_end, kind, words = CASES[case]
    good = tmp_path / "good.txt"
    good.write_text(GOOD_ARTICLE, encoding="utf-8")
    bad = build(tmp_path)

    result = kg("ingest", str(bad), str(good), "--quiet")

    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    skipped = [row for row in _report(result, tmp_path) if row["origin"].endswith(origin_end)]
    assert len(skipped) == 1, _report(result, tmp_path)
    assert skipped[0]["kind"] == kind
    assert words in skipped[0]["reason"]
    assert _stored_titles(kg) == [GOOD_TITLE]


@pytest.mark.slow
def test_a_folder_link_loop_skips_only_the_link(kg: Run, tmp_path: Path) -> None:
    batch = _folder_with_link_loop(tmp_path)
    (batch / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    result = kg("ingest", str(batch), "--quiet")
    assert result.returncode == 3, result.stderr
    kinds = {Path(row["origin"]).name: row["reason"] for row in _report(result, tmp_path)}
    assert set(kinds) == {"back", "gone.txt"}
    assert "broken link" in kinds["gone.txt"]
    assert _documents(kg) == 2  # good.txt and inner/other.txt, each read once


@pytest.mark.slow
@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder of mode 000")
def test_an_unreadable_sub_folder_skips_only_itself(kg: Run, tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    (batch / "locked").mkdir(parents=True)
    (batch / "locked" / "hidden.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (batch / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (batch / "locked").chmod(0)
    try:
        result = kg("ingest", str(batch), "--quiet")
    finally:
        (batch / "locked").chmod(0o755)
    assert result.returncode == 3, result.stderr
    [row] = _report(result, tmp_path)
    assert row["origin"].endswith("locked")
    assert "PermissionError" in row["reason"]
    assert _stored_titles(kg) == [GOOD_TITLE]


_PEAK = (
    "import resource, subprocess, sys\n"
    "result = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "sys.stdout.write(result.stdout)\n"
    "sys.stderr.write(result.stderr)\n"
    "print('peak_kib', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(result.returncode)\n"
)


def _bomb(path: Path, member: str, chunk: bytes, size: int = GIB) -> Path:
    """A zip holding ``size`` bytes of ``chunk`` repeated, about 1 MB on disk.

    Deflating a gigabyte takes tens of seconds, so one 1 MiB block is deflated
    once, ending in a full flush (which makes it independent of what came
    before), and repeated: a valid deflate stream, written with zip headers
    by hand, never holding more than a block.
    """
    block = chunk * ((1 << 20) // len(chunk))
    count = size // len(block)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    ending = compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    name = member.encode("ascii")
    compressed = len(deflated) * count + len(ending)
    sizes = struct.pack("<III", crc, compressed, len(block) * count)
    with path.open("wb") as stream:
        stream.write(struct.pack("<IHHHHH", 0x04034B50, 20, 0, 8, 0, 0) + sizes)
        stream.write(struct.pack("<HH", len(name), 0) + name)
        for _ in range(count):
            stream.write(deflated)
        stream.write(ending)
        directory = stream.tell()
        stream.write(struct.pack("<IHHHHHH", 0x02014B50, 20, 20, 0, 8, 0, 0) + sizes)
        stream.write(struct.pack("<HHHHHII", len(name), 0, 0, 0, 0, 0, 0) + name)
        entry = stream.tell() - directory
        stream.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, entry, directory, 0))
    with zipfile.ZipFile(path) as archive:
        [info] = archive.infolist()
        assert (info.filename, info.file_size) == (member, size)
        assert archive.open(info).read(1 << 22) == (block * 4)[: 1 << 22]
    return path


@pytest.mark.slow
@pytest.mark.parametrize(
    ("member", "chunk"),
    [("zeros.txt", b"\0"), ("spaces.json", b" "), ("lines.jsonl", b" " * 65535 + b"\n")],
)
def test_a_zip_bomb_is_refused_with_peak_memory_far_under_2_gb(
    tmp_path: Path, member: str, chunk: bytes
) -> None:
    bomb = _bomb(tmp_path / "bomb.zip", member, chunk)
    assert bomb.stat().st_size < 2_000_000
    good = tmp_path / "good.txt"
    good.write_text(GOOD_ARTICLE, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    environment.pop("KG_STORE", None)
    command = [sys.executable, "-m", "kg", "ingest", str(bomb), str(good), "--quiet"]
    result = subprocess.run(
        [sys.executable, "-c", _PEAK, *command],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 3, result.stdout + result.stderr
    assert "documents: 1" in result.stdout
    [row] = _report(result, tmp_path)
    assert row["origin"].endswith(f"bomb.zip!{member}")
    assert row["kind"] == "too_large"
    peak = re.search(r"peak_kib (\d+)", result.stdout)
    assert peak, result.stdout
    assert int(peak.group(1)) * 1024 < GIB, f"peak {int(peak.group(1)) / 1024:.0f} MiB"
