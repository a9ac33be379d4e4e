"""Sentences per second on the ANERcorp test split: bundled model vs a bert-base tagger.

    python scripts/bench_ner.py [--threads N] [--bert-every 4] [--baseline DIR] [--rounds 3]

The BERT model has the shape of CAMeLBERT NER (bert-base: vocabulary 30000,
hidden 768, 12 layers, 12 heads, 9 labels) with random weights, built from a
``BertConfig``: nothing is downloaded, and the cost is the architecture's.
Its input is one word piece per character trigram of each word, about as many
pieces as a real Arabic word-piece tokenizer makes. Both run on the same
number of CPU threads, one sentence at a time, in the same run. The bundled
model is timed from a cold start (its per-word cache empty), through
``BundledModel.mentions`` (tags, marginals for the confidences, fine classes).

``--baseline DIR`` also times the bundled model of another checkout of the
project (its code and its model files; e.g. ``git worktree add /tmp/kg-main
main``) in a subprocess, alternating with this one for ``--rounds`` rounds
(the host's speed drifts), and prints each round's ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ner.bundled import BundledModel  # noqa: E402
from kg.ner.conll import read_conll  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner"


CLOCKS = {"wall": "perf_counter", "cpu": "process_time"}
"""``--clock``: wall-clock time, or the CPU time of the process (steadier on a busy host)."""


def bench_bundled(sentences: list[tuple[str, ...]], clock: str = "wall") -> float:
    timer = getattr(time, CLOCKS[clock])
    model = BundledModel.load()
    model.tag(sentences[0])
    began = timer()
    for words in sentences:
        model.mentions(words)
    return len(sentences) / (timer() - began)


BASELINE = """
import sys, time
sys.path.insert(0, sys.argv[1])
from threadpoolctl import threadpool_limits
threadpool_limits(int(sys.argv[3]))
from kg.ner.bundled import BundledModel
from kg.ner.conll import read_conll
sentences = [s.words for s in read_conll(sys.argv[2])]
clock = getattr(time, sys.argv[4])
model = BundledModel.load()
model.tag(sentences[0])
began = clock()
for words in sentences:
    model.mentions(words)
print(len(sentences) / (clock() - began))
"""
"""Times the bundled model of another checkout (``sys.argv``: its root, the test file,
the threads, the clock), as :func:`bench_bundled` does."""


def bench_baseline(root: Path, test: Path, threads: int, clock: str) -> float:
    # The checkout first; the caller's PYTHONPATH after it (e.g. a package the older
    # code imports that this environment lacks).
    path = os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "OMP_NUM_THREADS": str(threads), "PYTHONPATH": path}
    done = subprocess.run(
        [sys.executable, "-c", BASELINE, str(root), str(test), str(threads), CLOCKS[clock]],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
    )
    return float(done.stdout.split()[-1])


def bench_bert(sentences: list[tuple[str, ...]], clock: str = "wall") -> float:
    import torch
    from transformers import BertConfig, BertForTokenClassification

    config = BertConfig(
        vocab_size=30000,
        hidden_size=768,
        num_hidden_layers=12,
        num_attention_heads=12,
        intermediate_size=3072,
        num_labels=9,  # type: ignore[call-arg]
    )
    model = BertForTokenClassification(config).eval()

    def pieces(words: tuple[str, ...]) -> list[int]:
        ids = [2]
        for word in words:
            ids += [hash(word[i : i + 3]) % 29000 + 1000 for i in range(0, max(len(word), 1), 3)]
        return [*ids[:511], 3]

    with torch.inference_mode():
        model(input_ids=torch.tensor([pieces(sentences[0])]))
        timer = getattr(time, CLOCKS[clock])
        began = timer()
        for words in sentences:
            model(input_ids=torch.tensor([pieces(words)])).logits.argmax(-1)
    return len(sentences) / (timer() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for both models")
    parser.add_argument(
        "--bert-every", type=int, default=4, help="time BERT on every n-th test sentence (slow)"
    )
    parser.add_argument(
        "--baseline", type=Path, help="another checkout whose bundled model to time too"
    )
    parser.add_argument("--rounds", type=int, default=3, help="with --baseline: rounds")
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="wall", help="what to time")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    try:  # numpy's BLAS (the bundled model's matrix products) gets the same threads
        from threadpoolctl import threadpool_limits

        threadpool_limits(args.threads)
    except ImportError:
        pass
    test = args.data / "anercorp" / "test.txt"
    sentences = [s.words for s in read_conll(test)]
    rates, ratios = [], []
    for round_number in range(args.rounds if args.baseline else 1):
        rates.append(bench_bundled(sentences, args.clock))
        if args.baseline:
            before = bench_baseline(args.baseline.resolve(), test, args.threads, args.clock)
            ratios.append(rates[-1] / before)
            print(
                f"round {round_number + 1}: bundled {rates[-1]:.1f} sentences/s, "
                f"baseline {before:.1f}: {ratios[-1]:.2f}x"
            )
    crf = statistics.median(rates)
    sample = sentences[:: args.bert_every]
    bert = bench_bert(sample, args.clock)
    print(
        f"threads: {args.threads}; clock: {args.clock}; ANERcorp test: {len(sentences)} sentences"
    )
    print(f"bundled model       {crf:10.1f} sentences/s  (all {len(sentences)}, median)")
    if ratios:
        print(f"baseline ({args.baseline})  {statistics.median(ratios):.2f}x slower (median)")
    print(
        f"bert-base (random)  {bert:10.1f} sentences/s  (every {args.bert_every}th: {len(sample)})"
    )
    print(f"speed-up            {crf / bert:10.1f}x")


if __name__ == "__main__":
    main()
