# ruff: noqa  (authoring data for the dev set, not library code)
"""Authoring helper: turns compact annotations into tests/data/relations/{dev,test,calib}/*.jsonl.

    .venv/bin/python tests/data/relations/source/build_gold.py [--out DIR] [NAME ...]

``--out DIR`` writes ``DIR/<split>/NAME.jsonl`` instead of the repository's
folders (a scratch gold folder, to score some articles alone with
``scripts/eval_relations.py --gold DIR``); NAME ... builds only those articles.

Sources: ``annotations.py`` (the seven articles the rules were written from, dev
split), ``dev_*.py`` / ``test_*.py`` (articles drawn from the SaudiNewsNet zip
by ``scripts/draw_eval_articles.py``; their names are ``snn_zip_NNNN``, the
record's index in the zip), ``calib_*.py`` (the calib split: events only, its
files go to ``calib/NAME.jsonl``) and ``stance_*.py`` (the stance split: stance
kinds only, to ``stance/NAME.jsonl``). The split of a drawn article is the one
``splits.json`` records. See ../GUIDELINES.md for what is annotated.
"""
import json
import zipfile
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from kg.io.txt import split_header

ROOT = Path(__file__).resolve().parents[4]
DATA = ROOT.parent / "shared" / "data" / "news"
OUT = Path(__file__).resolve().parents[1]
DEST = OUT  # where the JSONL files go (``--out``)

SPLITS = json.loads((OUT / "splits.json").read_text(encoding="utf-8"))
_ZIP_RECORDS = []

def zip_text(name):
    if not _ZIP_RECORDS:
        with zipfile.ZipFile(DATA / SPLITS["zip"]) as archive:
            _ZIP_RECORDS.extend(json.loads(archive.read("2015-07-21.json")))
    return _ZIP_RECORDS[int(name.removeprefix("snn_zip_"))]["content"]

def article_text(path):
    raw = path.read_bytes().decode("utf-8")
    return split_header(raw)[1]

def split_of(name):
    for split, items in SPLITS["splits"].items():
        if any(item["name"] == name for item in items):
            return split
    raise SystemExit(f"{name} is not in splits.json")

SENT_END = re.compile(r"[.؟!](?=[\s\"»”]|$)|\n")

def sentence_of(text, pos):
    start = 0
    for m in SENT_END.finditer(text):
        if m.end() > pos:
            return start, m.end()
        start = m.end()
    return start, len(text)

def find(text, needle, lo, hi, what):
    n = 0
    if "@" in needle:
        needle, n = needle.rsplit("@", 1); n = int(n)
    pos = lo - 1
    for _ in range(n + 1):
        pos = text.find(needle, pos + 1, hi)
        if pos < 0:
            raise SystemExit(f"not found {what}: {needle!r} in {text[lo:lo+80]!r}")
    return pos, pos + len(needle)

def node(text, spec, lo, hi):
    alts = []
    if "~" in spec:
        spec, *alts = spec.split("~")
    if spec.startswith("Q:"):
        a, b = spec[2:].split("…")
        s, _ = find(text, a, lo, len(text), "quote start")
        _, e = find(text, b, s, len(text), "quote end")
        return {"node": "Statement", "text": text[s:e], "start": s, "end": e}
    if spec.startswith("E:"):
        _, label, trig = spec.split(":", 2)
        s, e = find(text, trig, lo, hi, "trigger")
        return {"node": "Event", "event_label": label, "text": text[s:e], "start": s, "end": e}
    kind = "Entity"
    if spec.startswith("P:"):
        kind, spec = "Position", spec[2:]
    hint = None
    if "=" in spec:
        spec, hint = spec.split("=", 1)
    s, e = find(text, spec, lo, hi, "arg")
    out = {"node": kind, "text": text[s:e], "start": s, "end": e,
           "entity_hint": hint or re.sub(r"@\d+$", "", spec)}
    if alts:
        out["alt_hints"] = alts
    return out

def flags_of(text):
    flags = {}
    for flag in filter(None, (f.strip() for f in text.split(","))):
        key, _, value = flag.partition("=")
        if key not in ("historical", "casualties"):
            raise SystemExit(f"unknown event flag {flag!r}")
        flags[key] = int(value) if key == "casualties" else True
    return flags

def legacy_events(rows):
    """Whole-event rows for annotations.py, which predates the ``event`` line: one per
    annotated event, from its first agent and first target line."""
    events = {}
    for row in rows:
        if row["kind"] in ("agent", "target", "location", "participant"):
            key = (row["subject"]["event_label"], row["subject"]["start"])
            event = events.setdefault(key, {"kind": "event", "polarity": "positive",
                                            "subject": row["subject"], "agent": None,
                                            "target": None, "evidence": row["evidence"]})
            if row["kind"] in ("agent", "target") and event[row["kind"]] is None:
                event[row["kind"]] = row["object"]
    return list(events.values())

def build(name, text, spec, split, legacy=False):
    rows = []
    anchor = None
    for line in spec.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(">"):
            anchor = line[1:].strip(); continue
        parts = [p.strip() for p in line.split("|")]
        kind, subj, obj = parts[:3]
        a, _ = find(text, anchor, 0, len(text), "anchor")
        lo, hi = sentence_of(text, a)
        # arguments may sit in the neighbouring sentence for coreferent mentions: widen on demand
        def nd(s):
            try:
                return node(text, s, lo, hi)
            except SystemExit:
                return node(text, s, 0, len(text))
        evidence = {"start": lo, "end": hi}
        if kind == "event":
            event = nd(subj)
            agent = None if obj == "-" else nd(obj)
            target_spec = parts[3] if len(parts) > 3 else "-"
            target = None if target_spec in ("-", "") else nd(target_spec)
            flags = flags_of(parts[4]) if len(parts) > 4 else {}
            rows.append({"kind": "event", "polarity": "positive", "subject": event,
                         "agent": agent, "target": target, **flags, "evidence": evidence})
            for role, argument in (("agent", agent), ("target", target)):
                if argument is not None:
                    rows.append({"kind": role, "polarity": "positive", "subject": event,
                                 "object": argument, "evidence": evidence})
            continue
        polarity = parts[3] if len(parts) > 3 and parts[3] else "positive"
        row = {"kind": kind, "polarity": polarity, "subject": nd(subj), "object": nd(obj),
               "evidence": evidence}
        rows.append(row)
    if legacy:
        rows.extend(legacy_events(rows))
    folder = DEST / split
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(split, name, len(rows))

def load(path):
    import importlib.util
    spec_mod = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec_mod); spec_mod.loader.exec_module(module)
    return module.ARTICLES

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    args = sys.argv[1:]
    if args[:1] == ["--out"]:
        DEST = Path(args[1]).resolve()
        args = args[2:]
    only = set(args)
    for name, (path, spec) in load(here / "annotations.py").items():
        if not only or name in only:
            build(name, article_text(DATA / path), spec, "dev", legacy=True)
    for source in sorted(p for split in ("dev", "test", "calib", "stance") for p in here.glob(f"{split}_*.py")):
        for name, spec in load(source).items():
            if not only or name in only:
                build(name, zip_text(name), spec, split_of(name))
