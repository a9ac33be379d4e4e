"""Train the bundled NER model (kg/resources/ner/bundled.npz or bundled.crf, + bundled.json).

    python scripts/train_ner.py --epochs 11 --seeds 3 --augment 0.5 --fresh-copies \
        --outside-bias 0.25 --jobs 3           # the shipped model
    python scripts/train_ner.py --dev ...      # hold out dev A, print its scores, write nothing
    python scripts/train_ner.py --model crf    # the CRF of scripts/ner_crf.py (bundled.crf)

``ner.bundled`` reads only ``bundled.npz``: the CRF (python-crfsuite, the
``train`` extra) is kept for comparison, and writing the neural model removes a
``bundled.crf`` from ``--out``.

Data (read from ../shared/data/ner, never copied): ANERcorp train (tags);
the bundled name lists (``kg/resources/ner``: hints, and names for the
mention-replacement copies of ``--augment``); AQMAR train (tags, only with
--aqmar; and its text for the word clusters);
NewsFANE Gold without the sentences that overlap the ANERcorp test split (fine
classes for the ontology-class lexicon only). The SaudiNewsNet articles are
non-commercial and are not used. The ANERcorp test split is only read to drop
the NewsFANE sentences that overlap it. With ``--unlabelled FILE --teachers
NPZ``, untagged sentences (``scripts/ner_unlabelled.py``: AQMAR train's and the
event gold standard's dev half, without those that overlap ANERcorp or AQMAR
dev) are tagged by the teachers' ensemble and learnt as tagged data
(distillation onto text the teachers never saw).

Dev A (``--dev``) is the last sixth of the training sentences: unseen
articles, as the test articles are; its figure predicted the test figure
within 0.2 point for one network without name lists, and overstated it by 3
points for the shipped ensemble. Dev B (``--dev --dev-blocks``) is every
sixth block of 40 consecutive training sentences; it shares articles with the
neighbouring training blocks and overstates the test figure.

The neural tagger (:mod:`kg.ner.neural`, trained by ``scripts/ner_training.py``)
is trained for a fixed number of epochs (chosen on dev A) with ``--seeds``
networks of different random seeds; the shipped model averages their scores.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ner.bundled import DATA_FILE, NEURAL_FILE, _stems  # noqa: E402
from kg.ner.conll import (  # noqa: E402
    AQMAR_TYPES,
    TaggedSentence,
    chunks,
    newsfane_ontology_class,
    newsfane_without_test,
    read_conll,
    rejoin_clitics,
    score,
)
from kg.ner.features import Lexicon, name_gazetteer  # noqa: E402
from kg.ner.neural import Config, NeuralTagger, write_weights  # noqa: E402
from kg.text.normalize import normalize_key  # noqa: E402
from scripts.ner_crf import MODEL_FILE, FeatureExtractor, crf_tagger, train_crf  # noqa: E402
from scripts.ner_training import Settings, Trained, teacher_paths, train_network  # noqa: E402
from scripts.ner_unlabelled import read_unlabelled  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner"
BLOCK = 40
FOLDS = 5


def dev_split(
    sentences: Sequence[TaggedSentence], *, blocks: bool = False
) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """Dev A (the last sixth), or with ``blocks`` dev B (every sixth block of 40)."""
    if not blocks:
        cut = len(sentences) - len(sentences) // 6
        return list(sentences[:cut]), list(sentences[cut:])
    train = [s for i, s in enumerate(sentences) if (i // BLOCK) % 6 != 5]
    dev = [s for i, s in enumerate(sentences) if (i // BLOCK) % 6 == 5]
    return train, dev


def learn_clusters(
    sentences: Sequence[Sequence[str]],
    *,
    min_count: int = 2,
    contexts: int = 1000,
    dims: int = 60,
    depth: int = 12,
    seed: int = 0,
) -> dict[str, str]:
    """Brown-like bit-string clusters: PPMI context vectors (two words either
    side), a randomised SVD, then bisecting 2-means down to ``depth`` bits."""
    normal = [[normalize_key(w) or w for w in s] for s in sentences]
    frequency = Counter(w for s in normal for w in s)
    vocabulary = [w for w, c in frequency.items() if c >= min_count]
    row = {w: i for i, w in enumerate(vocabulary)}
    context_words = [w for w, _ in frequency.most_common(contexts)]
    column = {w: i for i, w in enumerate(context_words)}
    counts = np.zeros((len(vocabulary), 4 * len(context_words)), dtype=np.float32)
    for words in normal:
        for i, word in enumerate(words):
            r = row.get(word)
            if r is None:
                continue
            for slot, j in enumerate((i - 2, i - 1, i + 1, i + 2)):
                if 0 <= j < len(words) and (c := column.get(words[j])) is not None:
                    counts[r, slot * len(context_words) + c] += 1
    total = counts.sum()
    expected = counts.sum(1, keepdims=True) * counts.sum(0, keepdims=True) / total + 1e-9
    ppmi = np.maximum(np.log(np.maximum(counts / expected, 1e-9)), 0)
    rng = np.random.default_rng(seed)
    basis, _ = np.linalg.qr(
        ppmi @ rng.standard_normal((ppmi.shape[1], dims + 20)).astype(np.float32)
    )
    u, s, _ = np.linalg.svd(basis.T @ ppmi, full_matrices=False)
    vectors = (basis @ u)[:, :dims] * s[:dims]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    paths = [""] * len(vocabulary)

    def bisect(members: np.ndarray, prefix: str) -> None:
        for m in members:
            paths[m] = prefix
        if len(prefix) >= depth or len(members) < 4:
            return
        points = vectors[members]
        centres = points[rng.choice(len(members), 2, replace=False)].copy()
        for _ in range(10):
            side = ((points[:, None, :] - centres[None]) ** 2).sum(-1).argmin(1)
            for k in range(2):
                if (side == k).any():
                    centres[k] = points[side == k].mean(0)
        if side.min() == side.max():
            return
        bisect(members[side == 0], prefix + "0")
        bisect(members[side == 1], prefix + "1")

    bisect(np.arange(len(vocabulary)), "")
    return {w: paths[i] for i, w in enumerate(vocabulary)}


def fine_names(newsfane: Sequence[TaggedSentence]) -> dict[str, str]:
    """Stem tuples of NewsFANE names -> their most frequent ontology class."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in newsfane:
        for kind, start, end in chunks(sentence.tags):
            stems = " ".join(_stems(sentence.words[start:end]))
            counts[stems][newsfane_ontology_class(kind)] += 1
    return {stems: c.most_common(1)[0][0] for stems, c in sorted(counts.items())}


def name_words(sentences: Sequence[TaggedSentence]) -> dict[str, int]:
    """How often each normalised surface word occurs inside a name (to find proclitics)."""
    counts: Counter[str] = Counter(
        normalize_key(word) or word
        for sentence in sentences
        for _, start, end in chunks(sentence.tags)
        for word in sentence.words[start:end]
    )
    return {word: count for word, count in sorted(counts.items()) if len(word) >= 2}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=ROOT / "kg" / "resources" / "ner")
    parser.add_argument("--dev", action="store_true", help="score on a held-out dev part only")
    parser.add_argument("--dev-blocks", action="store_true", help="with --dev: dev B, not dev A")
    parser.add_argument("--model", choices=("neural", "crf"), default="neural")
    parser.add_argument("--epochs", type=int, default=Settings.epochs, help="neural: epochs")
    parser.add_argument("--seeds", type=int, default=1, help="neural: networks in the ensemble")
    parser.add_argument("--first-seed", type=int, default=1, help="neural: the first seed")
    parser.add_argument("--hidden", type=int, default=Config.hidden, help="neural: LSTM units")
    parser.add_argument(
        "--encoder", choices=("lstm", "cnn"), default=Config.encoder, help="neural: see Config"
    )
    parser.add_argument(
        "--dilations",
        default=",".join(map(str, Config.dilations)),
        help="neural, cnn: one dilation a layer, comma-separated",
    )
    parser.add_argument(
        "--char-filters", type=int, default=Config.char_filters, help="neural: filters per width"
    )
    parser.add_argument(
        "--patience", type=int, default=4, help="neural, with --dev: epochs without progress"
    )
    parser.add_argument(
        "--outside-bias", type=float, default=0.0, help="neural: see Config.outside_bias"
    )
    parser.add_argument("--augment", type=float, default=0.0, help="neural: see Settings.augment")
    parser.add_argument(
        "--fresh-copies", action="store_true", help="neural: see Settings.fresh_copies"
    )
    parser.add_argument("--jobs", type=int, default=1, help="neural: networks trained at once")
    parser.add_argument(
        "--unk-replace",
        type=float,
        default=Settings.unk_replace,
        help="neural: see Settings.unk_replace",
    )
    parser.add_argument(
        "--teachers", type=Path, help="neural: networks to distil (see Settings.teachers)"
    )
    parser.add_argument("--distil", type=float, default=0.0, help="neural: see Settings.distil")
    parser.add_argument(
        "--temperature", type=float, default=1.0, help="neural: see Settings.temperature"
    )
    parser.add_argument("--copy-seed", type=int, default=0, help="neural: see Settings.copy_seed")
    parser.add_argument(
        "--unlabelled",
        type=Path,
        action="append",
        help="neural: untagged text (one sentence a line, scripts/ner_unlabelled.py) that "
        "--teachers tag for the networks to learn (see teacher_paths); repeatable",
    )
    parser.add_argument(
        "--soft-unlabelled",
        action="store_true",
        help="neural, with --unlabelled: learn the teachers' posteriors on it, not their "
        "paths (see Settings.soft_extra)",
    )
    parser.add_argument(
        "--teacher-bias",
        type=float,
        default=0.25,
        help="neural, with --unlabelled: the teachers' outside bias when they tag it",
    )
    parser.add_argument(
        "--save-dev", type=Path, help="neural, with --dev: also write the networks to this file"
    )
    parser.add_argument("--aqmar", action="store_true", help="add AQMAR train to the tagged data")
    parser.add_argument("--no-clusters", action="store_true")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument(
        "--keep-crf",
        action="store_true",
        help="keep the trained bundled.crf, rewrite only bundled.json (same data and options)",
    )
    args = parser.parse_args()
    if args.unlabelled and not args.teachers:
        parser.error("--unlabelled needs --teachers to tag it")

    anercorp = read_conll(args.data / "anercorp" / "train.txt")
    aqmar = read_conll(args.data / "aqmar" / "train.txt", tag_map=AQMAR_TYPES)
    train, dev = dev_split(anercorp, blocks=args.dev_blocks) if args.dev else (anercorp, [])
    tagged = train + (aqmar if args.aqmar else [])
    no_clusters = args.no_clusters or args.model == "neural"  # clusters are CRF features
    clusters = {} if no_clusters else learn_clusters([s.words for s in train + aqmar])
    extractor = FeatureExtractor(name_gazetteer(), clusters)

    began = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.model == "neural":
        lexicon = train_neural(tagged, dev, args)
        if args.dev:
            return
    model_path = args.out / MODEL_FILE
    if args.dev:
        model_path = Path(tempfile.mkdtemp()) / MODEL_FILE
    if (args.keep_crf or args.model == "neural") and not args.dev:
        lexicon = Lexicon.from_sentences([(s.words, s.tags) for s in tagged])
    else:
        lexicon = train_crf(
            tagged, extractor, model_path, c1=args.c1, c2=args.c2, iterations=args.iterations
        )
        print(f"trained on {len(tagged)} sentences in {time.perf_counter() - began:.0f} s")

    if args.dev:
        tagger = crf_tagger(model_path)
        final = extractor.with_lexicon(lexicon)
        predicted = [tagger.tag(final.sentence(s.words)) for s in dev]
        print(f"dev: {len(dev)} sentences")
        print(score([s.tags for s in dev], predicted).table())
        return

    test = read_conll(args.data / "anercorp" / "test.txt")
    newsfane = [
        rejoin_clitics(s)
        for s in newsfane_without_test(
            read_conll(args.data / "newsfane" / "newsfane_gold.txt"), test
        )
    ]
    data = {
        "trained_on": ["ANERcorp train"] + (["AQMAR train"] if args.aqmar else []),
        "params": (
            {"c1": args.c1, "c2": args.c2, "iterations": args.iterations}
            if args.model == "crf"
            else {
                "epochs": args.epochs,
                "seeds": list(range(args.first_seed, args.first_seed + args.seeds)),
                "augment": args.augment,
                "outside_bias": args.outside_bias,
                "hidden": args.hidden,
                "char_filters": args.char_filters,
                **(
                    {"encoder": args.encoder, "dilations": args.dilations}
                    if args.encoder != "lstm"
                    else {}
                ),
                **(
                    {
                        "teachers": args.teachers.name,
                        "distil": args.distil,
                        "temperature": args.temperature,
                    }
                    if args.distil
                    else {}
                ),
                **(
                    {
                        "teachers": args.teachers.name,
                        "unlabelled": [path.name for path in args.unlabelled],
                        "teacher_bias": args.teacher_bias,
                        "soft": args.soft_unlabelled,
                    }
                    if args.unlabelled
                    else {}
                ),
            }
        ),
        "lexicon_names": lexicon.names.to_pairs(),
        "lexicon_words": dict(sorted(lexicon.words.items())),
        "clusters": dict(sorted(clusters.items())),
        "fine_names": fine_names(newsfane),
        "name_words": name_words([*tagged, *newsfane]),
    }
    (args.out / DATA_FILE).write_text(json.dumps(data, ensure_ascii=False, indent=0), "utf-8")
    written = "" if args.keep_crf or args.model == "neural" else f" and {model_path}"
    print(f"wrote {args.out / DATA_FILE}{written}")


Job = tuple[
    Sequence[TaggedSentence], Sequence[TaggedSentence], Sequence[TaggedSentence], Settings
]
"""What a worker trains a network on: train, dev, sentences tagged by teachers, settings."""


def train_one(job: Job) -> Trained:
    """One network of the ensemble (in a worker process); its log lines name its seed."""
    tagged, dev, extra, settings = job
    return train_network(
        tagged,
        dev,
        name_gazetteer(),
        settings,
        extra=extra,
        log=lambda line: print(f"seed {settings.seed} {line}", flush=True),
    )


def tag_unlabelled(
    paths: Sequence[Path], teachers: Path, tagged: Sequence[TaggedSentence], bias: float
) -> list[TaggedSentence]:
    """The sentences of ``paths`` as ``teachers`` tag them (:func:`teacher_paths`,
    with the lexicon of ``tagged``)."""
    sentences = [words for path in paths for words in read_unlabelled(path)]
    lexicon = Lexicon.from_sentences([(s.words, s.tags) for s in tagged])
    labelled = teacher_paths(teachers, sentences, name_gazetteer(), lexicon, bias)
    names = Counter(kind for s in labelled for kind, _, _ in chunks(s.tags))
    found = ", ".join(f"{kind} {count}" for kind, count in sorted(names.items()))
    print(f"unlabelled: {len(labelled)} sentences tagged by {teachers.name}: {found}")
    return labelled


def train_neural(
    tagged: Sequence[TaggedSentence], dev: Sequence[TaggedSentence], args: argparse.Namespace
) -> Lexicon:
    """Train ``args.seeds`` networks; with a dev part print its scores (each network
    is the one of its best dev epoch, or its last with ``--patience 0``), the
    ensemble's and an outside-bias sweep, else write ``bundled.npz`` with all of
    them (each after ``args.epochs`` epochs). Returns the lexicon of ``tagged``."""
    config = Config(
        hidden=args.hidden,
        char_filters=args.char_filters,
        outside_bias=args.outside_bias,
        encoder=args.encoder,
        dilations=tuple(int(d) for d in args.dilations.split(",")),
    )
    seeds = range(args.first_seed, args.first_seed + args.seeds)
    settings = [
        Settings(
            config,
            epochs=args.epochs,
            seed=seed,
            patience=args.patience,
            augment=args.augment,
            fresh_copies=args.fresh_copies,
            unk_replace=args.unk_replace,
            teachers=str(args.teachers) if args.teachers else None,
            distil=args.distil,
            temperature=args.temperature,
            copy_seed=args.copy_seed,
            soft_extra=args.soft_unlabelled,
            teacher_bias=args.teacher_bias,
        )
        for seed in seeds
    ]
    extra = (
        tag_unlabelled(args.unlabelled, args.teachers, tagged, args.teacher_bias)
        if args.unlabelled
        else []
    )
    # One process a network (each uses one thread); the results do not depend on --jobs.
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        members = list(pool.map(train_one, [(tagged, dev, extra, s) for s in settings]))
    if dev:
        for seed, trained in zip(seeds, members, strict=True):
            print(f"seed {seed}: dev F1 {100 * trained.dev_f1:.2f} at epoch {trained.epoch}")
    lexicon = Lexicon.from_sentences([(s.words, s.tags) for s in tagged])
    meta = members[0].meta
    if any(m.meta != meta for m in members):
        raise ValueError("the networks do not share their vocabularies")
    vocabularies = {key: meta[key] for key in ("words", "stems", "chars", "hints")}
    weights = [m.weights for m in members]
    if dev:
        tagger = NeuralTagger(meta, weights, name_gazetteer(), lexicon)
        predicted = [tagger.tag(s.words) for s in dev]
        print(f"dev: {len(dev)} sentences, ensemble of {len(members)}")
        print(score([s.tags for s in dev], predicted).table())
        print_outside_bias_sweep(meta, weights, lexicon, dev)
        if args.save_dev:
            write_weights(args.save_dev, meta["tags"], vocabularies, config, weights)
            print(f"wrote {args.save_dev}")
    else:
        write_weights(args.out / NEURAL_FILE, meta["tags"], vocabularies, config, weights)
        (args.out / MODEL_FILE).unlink(missing_ok=True)
        print(f"wrote {args.out / NEURAL_FILE}")
    return lexicon


def print_outside_bias_sweep(
    meta: dict[str, Any],
    weights: Sequence[dict[str, np.ndarray]],
    lexicon: Lexicon,
    dev: Sequence[TaggedSentence],
) -> None:
    """Dev micro P/R/F1 of the networks for a range of ``--outside-bias`` values."""
    for bias in (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0):
        swept = {**meta, "config": {**meta["config"], "outside_bias": bias}}
        tagger = NeuralTagger(swept, weights, name_gazetteer(), lexicon)
        micro = score([s.tags for s in dev], [tagger.tag(s.words) for s in dev]).micro
        print(
            f"outside bias {bias:.2f}: P {100 * micro.precision:.2f} "
            f"R {100 * micro.recall:.2f} F1 {100 * micro.f1:.2f}"
        )


if __name__ == "__main__":
    main()
