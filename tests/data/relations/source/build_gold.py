# ruff: noqa  (authoring data for the dev set, not library code)
"""Authoring helper: turns compact annotations into tests/data/relations/*.jsonl with offsets."""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from kg.io.txt import split_header

ROOT = Path(__file__).resolve().parents[4]
DATA = ROOT.parent / "shared" / "data" / "news"
OUT = Path(__file__).resolve().parents[1]

def article_text(path):
    raw = path.read_bytes().decode("utf-8")
    return split_header(raw)[1]

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

def build(name, path, spec):
    text = article_text(path)
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
        polarity = parts[3] if len(parts) > 3 and parts[3] else "positive"
        a, _ = find(text, anchor, 0, len(text), "anchor")
        lo, hi = sentence_of(text, a)
        # arguments may sit in the neighbouring sentence for coreferent mentions: widen on demand
        def nd(s):
            try:
                return node(text, s, lo, hi)
            except SystemExit:
                return node(text, s, 0, len(text))
        row = {"kind": kind, "polarity": polarity, "subject": nd(subj), "object": nd(obj),
               "evidence": {"start": lo, "end": hi}}
        rows.append(row)
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))

if __name__ == "__main__":
    import importlib.util
    spec_mod = importlib.util.spec_from_file_location("ann", Path(__file__).with_name("annotations.py"))
    ann = importlib.util.module_from_spec(spec_mod); spec_mod.loader.exec_module(ann)
    for name, (path, spec) in ann.ARTICLES.items():
        build(name, DATA / path, spec)
