"""Write the untagged sentences that ``scripts/train_ner.py --unlabelled`` reads.

    python scripts/ner_unlabelled.py --out /tmp/unlabelled.txt

One sentence a line: the sentences of AQMAR train (CC BY-SA 3.0; its words
joined by spaces, its tags dropped) and those of the dev half of the Open Event
Data Alliance's Arabic event gold standard (``data/events/arabic_event_gsr_dev``,
MIT; news), once each. A sentence that shares half of its character 5-grams
with a sentence of ANERcorp (train, hence dev A, and test) or AQMAR dev is left
out, so nothing scored is learnt from the teachers' reading of it. SaudiNewsNet
is non-commercial and is not read: the model stays CC BY-SA.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ner.conll import OVERLAP_LIMIT, TaggedSentence, overlap_with, read_conll  # noqa: E402
from kg.text.tokens import token_spans  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
EVENT_FILES = ("assault_gsr.csv", "protest_gsr.csv")


def words_of(text: str) -> tuple[str, ...]:
    """The surface words of ``text`` as the pipeline's tokeniser cuts them."""
    return tuple(text[start:end] for start, end in token_spans(text))


def read_unlabelled(path: Path) -> list[tuple[str, ...]]:
    """The words of each non-empty line of ``path``."""
    lines = path.read_text("utf-8").splitlines()
    return [words for words in map(words_of, lines) if words]


def event_sentences(folder: Path) -> list[str]:
    """The ``text`` column of the event gold standard's files, in file order."""
    texts = []
    for name in EVENT_FILES:
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


def unlabelled_sentences(
    texts: Iterable[str], held_out: Sequence[TaggedSentence]
) -> list[str]:
    """``texts`` on one line each, once each, without those that overlap ``held_out``."""
    seen: set[str] = set()
    lines = []
    for text in texts:
        line = " ".join(text.split())
        if line and line not in seen:
            seen.add(line)
            lines.append(line)
    overlaps = overlap_with([TaggedSentence(words_of(line), ()) for line in lines], held_out)
    return [line for line, overlap in zip(lines, overlaps, strict=True) if overlap < OVERLAP_LIMIT]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    ner = args.data / "ner"
    aqmar = [" ".join(s.words) for s in read_conll(ner / "aqmar" / "train.txt")]
    events = event_sentences(args.data / "events" / "arabic_event_gsr_dev")
    held_out = [
        *read_conll(ner / "anercorp" / "train.txt"),
        *read_conll(ner / "anercorp" / "test.txt"),
        *read_conll(ner / "aqmar" / "dev.txt"),
    ]
    lines = unlabelled_sentences([*aqmar, *events], held_out)
    args.out.write_text("".join(line + "\n" for line in lines), "utf-8")
    print(f"wrote {args.out}: {len(lines)} sentences of {len(aqmar) + len(events)}")


if __name__ == "__main__":
    main()
