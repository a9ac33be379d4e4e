"""Sentences per second on the ANERcorp test split: bundled model vs a bert-base tagger.

    python scripts/bench_ner.py [--threads N] [--bert-every 4]

The BERT model has the shape of CAMeLBERT NER (bert-base: vocabulary 30000,
hidden 768, 12 layers, 12 heads, 9 labels) with random weights, built from a
``BertConfig``: nothing is downloaded, and the cost is the architecture's.
Its input is one word piece per character trigram of each word, about as many
pieces as a real Arabic word-piece tokenizer makes. Both run on the same
number of CPU threads, one sentence at a time, in the same run. The bundled
model is timed from a cold start (its per-word cache empty), through
``BundledModel.mentions`` (tags, marginals for the confidences, fine classes).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ner.bundled import BundledModel  # noqa: E402
from kg.ner.conll import read_conll  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "ner"


def bench_bundled(sentences: list[tuple[str, ...]]) -> float:
    model = BundledModel.load()
    model.tag(sentences[0])
    began = time.perf_counter()
    for words in sentences:
        model.mentions(words)
    return len(sentences) / (time.perf_counter() - began)


def bench_bert(sentences: list[tuple[str, ...]]) -> float:
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
        began = time.perf_counter()
        for words in sentences:
            model(input_ids=torch.tensor([pieces(words)])).logits.argmax(-1)
    return len(sentences) / (time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for both models")
    parser.add_argument(
        "--bert-every", type=int, default=4, help="time BERT on every n-th test sentence (slow)"
    )
    args = parser.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    try:  # numpy's BLAS (the bundled model's matrix products) gets the same threads
        from threadpoolctl import threadpool_limits

        threadpool_limits(args.threads)
    except ImportError:
        pass
    sentences = [s.words for s in read_conll(args.data / "anercorp" / "test.txt")]
    crf = bench_bundled(sentences)
    sample = sentences[:: args.bert_every]
    bert = bench_bert(sample)
    print(f"threads: {args.threads}; ANERcorp test: {len(sentences)} sentences")
    print(f"bundled model       {crf:10.1f} sentences/s  (all {len(sentences)})")
    print(
        f"bert-base (random)  {bert:10.1f} sentences/s  (every {args.bert_every}th: {len(sample)})"
    )
    print(f"speed-up            {crf / bert:10.1f}x")


if __name__ == "__main__":
    main()
