"""Score the bundled NER model with exact-span (conlleval) precision/recall/F1.

    python scripts/eval_ner.py [--data ../shared/data/ner]

Prints per-type and micro figures on the ANERcorp test split and on the AQMAR
dev split (AQMAR's PER/MIS are read as PERS/MISC): first sentence by sentence
(the benchmark figure), then with the document pass of the ``ner.bundled``
stage over pseudo-documents of ``--window`` consecutive sentences (the corpora
do not mark article boundaries).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ner.bundled import BundledModel  # noqa: E402
from kg.ner.conll import AQMAR_TYPES, Scores, read_conll, score  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner"


def evaluate(
    model: BundledModel, path: Path, tag_map: dict[str, str] | None = None, window: int = 1
) -> Scores:
    sentences = read_conll(path, tag_map=tag_map)
    if window == 1:
        predicted = [model.tag(s.words) for s in sentences]
    else:
        predicted = []
        for first in range(0, len(sentences), window):
            predicted += model.tag_document([s.words for s in sentences[first : first + window]])
    return score([s.tags for s in sentences], predicted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: bundled)")
    parser.add_argument("--window", type=int, default=40, help="sentences per pseudo-document")
    args = parser.parse_args()
    model = BundledModel.load(args.model)
    for title, path, tag_map in (
        ("ANERcorp test", args.data / "anercorp" / "test.txt", None),
        ("AQMAR dev", args.data / "aqmar" / "dev.txt", AQMAR_TYPES),
    ):
        print(f"== {title} ({path}), sentence by sentence")
        print(evaluate(model, path, tag_map).table())
        print(f"-- {title}, document pass over {args.window} sentences")
        print(evaluate(model, path, tag_map, args.window).table())
        print()


if __name__ == "__main__":
    main()
