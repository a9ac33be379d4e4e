"""Score the bundled NER model with exact-span (conlleval) precision/recall/F1.

    python scripts/eval_ner.py [--data ../shared/data/ner]

Prints per-type and micro figures on the ANERcorp test split and on the AQMAR
dev split (AQMAR's PER/MIS are read as PERS/MISC), or on the splits ``--split``
names (``dev-a``: the last sixth of ANERcorp train, as ``scripts/train_ner.py``
carves it; the shipped model was trained on it, so it overstates): first
sentence by sentence (the benchmark figure), then with the document pass of the
``ner.bundled`` stage over pseudo-documents of ``--window`` consecutive
sentences (the corpora do not mark article boundaries), which includes the
repairs of person names (:mod:`kg.ner.repair`) unless ``--no-repair``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ner.bundled import BundledModel  # noqa: E402
from kg.ner.conll import AQMAR_TYPES, Scores, TaggedSentence, read_conll, score  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner"


SPLITS = ("test", "aqmar-dev", "dev-a")


def split_sentences(name: str, data: Path) -> list[TaggedSentence]:
    """The sentences of one of :data:`SPLITS`."""
    if name == "test":
        return read_conll(data / "anercorp" / "test.txt")
    if name == "aqmar-dev":
        return read_conll(data / "aqmar" / "dev.txt", tag_map=AQMAR_TYPES)
    train = read_conll(data / "anercorp" / "train.txt")
    return train[len(train) - len(train) // 6 :]


def evaluate(model: BundledModel, sentences: list[TaggedSentence], window: int = 1) -> Scores:
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
    parser.add_argument("--split", choices=SPLITS, action="append",
                        help="split to score (repeatable; default: test and aqmar-dev)")
    parser.add_argument("--no-repair", action="store_true",
                        help="score the document pass without the person-name repairs")
    args = parser.parse_args()
    model = BundledModel.load(args.model)
    model.repair_names = not args.no_repair
    for name in args.split or ["test", "aqmar-dev"]:
        sentences = split_sentences(name, args.data)
        print(f"== {name} ({len(sentences)} sentences), sentence by sentence")
        print(evaluate(model, sentences).table())
        print(f"-- {name}, document pass over {args.window} sentences")
        print(evaluate(model, sentences, args.window).table())
        print()


if __name__ == "__main__":
    main()
