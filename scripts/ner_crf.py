"""The CRF tagger of the first bundled NER models (python-crfsuite), kept for comparison.

``scripts/train_ner.py --model crf`` trains it (``bundled.crf``); the shipped
``ner.bundled`` stage reads only the neural model (``bundled.npz``), so neither
this module nor python-crfsuite is part of the runtime package (``kg``). The
features are plain strings (``name=value``), which python-crfsuite takes
without building dictionaries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.ner.conll import TaggedSentence
from kg.ner.features import TRIGGERS, Lexicon, NameLists, shape, strip_clitics
from kg.text.normalize import normalize_key

MODEL_FILE = "bundled.crf"
BLOCK = 40
FOLDS = 5


@dataclass(frozen=True)
class FeatureExtractor:
    """Turns a sentence of surface words into CRF feature lists."""

    gazetteer: NameLists
    clusters: Mapping[str, str] = field(default_factory=dict)
    """Normalised word -> bit-string cluster path (Brown-like), from training text."""
    lexicon: Lexicon | None = None

    def with_lexicon(self, lexicon: Lexicon | None) -> FeatureExtractor:
        return FeatureExtractor(self.gazetteer, self.clusters, lexicon)

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        normal = [normalize_key(word) or word for word in words]
        split = [strip_clitics(word) for word in normal]
        stems = [stem for _, stem in split]
        gazetteer_tags = self.gazetteer.tag(stems)
        size = len(words)
        clusters = self.clusters

        def cluster(word: str, stem: str) -> str:
            return clusters.get(word) or clusters.get(stem) or ""

        word_clusters = [cluster(w, s) for w, s in zip(normal, stems, strict=True)]
        triggers = [
            TRIGGERS.get(w) or TRIGGERS.get(s) or "" for w, s in zip(normal, stems, strict=True)
        ]
        shapes = [shape(w) for w in normal]
        lexicon = self.lexicon
        name_tags = lexicon.names.tag(stems) if lexicon else [""] * size
        word_types = [lexicon.words.get(s, "") for s in stems] if lexicon else [""] * size

        features: list[list[str]] = []
        for i, word in enumerate(normal):
            prefix, stem = split[i]
            current = [
                "b",
                "w=" + word,
                "st=" + stem,
                "pc=" + prefix,
                "sh=" + shapes[i],
                "len=" + str(min(len(stem), 8)),
                "p2=" + stem[:2],
                "p3=" + stem[:3],
                "s1=" + stem[-1:],
                "s2=" + stem[-2:],
                "s3=" + stem[-3:],
                "s4=" + stem[-4:],
                "wp1=" + word[:1],
                "wp2=" + word[:2],
                "ws2=" + word[-2:],
            ]
            if word_clusters[i]:
                path = word_clusters[i]
                current += ["c4=" + path[:4], "c8=" + path[:8], "c12=" + path[:12], "c=" + path]
            if gazetteer_tags[i]:
                current.append("gz=" + gazetteer_tags[i])
            if name_tags[i]:
                current.append("lx=" + name_tags[i])
            if word_types[i]:
                current.append("lw=" + word_types[i])
            if self.gazetteer.is_nationality(stem):
                current.append("nat")
            if triggers[i]:
                current.append("tr=" + triggers[i])
            if i == 0:
                current.append("BOS")
            if i == size - 1:
                current.append("EOS")
            for offset in (-2, -1, 1, 2):
                j = i + offset
                name = f"{offset:+d}"
                if 0 <= j < size:
                    current.append(f"w{name}=" + normal[j])
                    current.append(f"st{name}=" + stems[j])
                    if triggers[j]:
                        current.append(f"tr{name}=" + triggers[j])
                    if abs(offset) == 1:
                        current.append(f"s2{name}=" + stems[j][-2:])
                        current.append(f"sh{name}=" + shapes[j])
                        if gazetteer_tags[j]:
                            current.append(f"gz{name}=" + gazetteer_tags[j])
                        if name_tags[j]:
                            current.append(f"lx{name}=" + name_tags[j])
                        if word_types[j]:
                            current.append(f"lw{name}=" + word_types[j])
                        if word_clusters[j]:
                            current.append(f"c6{name}=" + word_clusters[j][:6])
                            current.append(f"c{name}=" + word_clusters[j])
                else:
                    current.append(f"w{name}=<pad>")
            if i > 0:
                current.append("st-1|st=" + stems[i - 1] + "|" + stem)
            if i < size - 1:
                current.append("st|st+1=" + stem + "|" + stems[i + 1])
            features.append(current)
        return features


def train_crf(
    train: Sequence[TaggedSentence],
    extractor: FeatureExtractor,
    model_path: Path,
    *,
    c1: float,
    c2: float,
    iterations: int,
) -> Lexicon:
    """Train with jackknifed lexicon features; returns the lexicon of all of ``train``."""
    import pycrfsuite  # the train extra; imported here so the neural training runs without it

    trainer = pycrfsuite.Trainer(verbose=False)
    for fold in range(FOLDS):
        rest = [(s.words, s.tags) for i, s in enumerate(train) if (i // BLOCK) % FOLDS != fold]
        fold_extractor = extractor.with_lexicon(Lexicon.from_sentences(rest))
        for i, sentence in enumerate(train):
            if (i // BLOCK) % FOLDS == fold:
                trainer.append(fold_extractor.sentence(sentence.words), list(sentence.tags))
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(model_path))
    return Lexicon.from_sentences([(s.words, s.tags) for s in train])


def crf_tagger(model_path: Path) -> Any:
    """The python-crfsuite tagger of a ``bundled.crf`` file."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return tagger
