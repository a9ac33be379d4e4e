"""Readers for the NER corpora and a conlleval-compatible scorer.

The corpora are ``token TAG`` files (ANERcorp, AQMAR) and the tab-separated,
clitic-split NewsFANE Gold file. NewsFANE re-annotates the ANERcorp sentences,
*including the ANERcorp test part*: :func:`newsfane_without_test` drops every
NewsFANE sentence that shares most of its text with a test sentence, so nothing
trained on the rest has seen the benchmark.

The scorer follows ``conlleval.pl``: a chunk is an exact span with its type;
an ``I-`` tag after ``O`` or after another type opens a chunk.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.text.normalize import normalize_key

_MARKS = str.maketrans("", "", "\u200e\u200f\ufeff")
_NOT_WORD = re.compile(r"\W+")
CLITICS = frozenset("وفبلكس")
"""NewsFANE splits these one-letter proclitics off their host word."""


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.words)


def read_conll(path: str | Path, *, tag_map: dict[str, str] | None = None) -> list[TaggedSentence]:
    """Sentences of a ``word [...] TAG`` file (blank line between sentences).

    Columns may be separated by spaces or tabs; CRLF, a BOM and bidi marks are
    removed; ``tag_map`` renames entity types (``PER`` -> ``PERS``).
    """
    sentences: list[TaggedSentence] = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8-sig") as lines:
        for line in lines:
            fields = line.split()
            if fields:
                fields[0] = fields[0].translate(_MARKS)
                if not fields[0]:
                    continue  # a token that was only a bidi mark
            if not fields:
                if words:
                    sentences.append(TaggedSentence(tuple(words), tuple(tags)))
                    words, tags = [], []
                continue
            if len(fields) < 2:
                raise ValueError(f"{path}: line {line!r} has no tag column")
            tag = fields[-1]
            if tag_map and tag != "O":
                tag = tag[:2] + tag_map.get(tag[2:], tag[2:])
            words.append(fields[0])
            tags.append(tag)
    if words:
        sentences.append(TaggedSentence(tuple(words), tuple(tags)))
    return sentences


AQMAR_TYPES = {"PER": "PERS", "MIS": "MISC"}
"""AQMAR's type names written as ANERcorp's."""


def rejoin_clitics(sentence: TaggedSentence) -> TaggedSentence:
    """Glue NewsFANE's split proclitics back onto their host word.

    «و ب واشنطن» becomes «وبواشنطن», as running text writes it (and as ANERcorp
    and the pipeline's tokens do). The host keeps its tag; a clitic never
    starts an entity of its own, so ``B-`` moves from clitic to host if needed.
    """
    words: list[str] = []
    tags: list[str] = []
    pending = ""
    pending_tag = "O"
    for word, tag in zip(sentence.words, sentence.tags, strict=True):
        if word in CLITICS:
            if not pending:
                pending_tag = tag
            pending += word
            continue
        if pending:
            if pending_tag.startswith("B-") and tag.startswith("I-"):
                tag = "B-" + tag[2:]
            word = pending + (word[1:] if pending.endswith("ل") and word.startswith("ال") else word)
            pending = ""
        words.append(word)
        tags.append(tag)
    if pending:
        words.append(pending)
        tags.append(pending_tag)
    return TaggedSentence(tuple(words), tuple(tags))


def sentence_key(words: Iterable[str]) -> str:
    """The sentence as normalised letters and digits only, for comparing corpora."""
    return _NOT_WORD.sub("", normalize_key("".join(words)))


def _grams(key: str, size: int = 5) -> set[str]:
    return {key[i : i + size] for i in range(len(key) - size + 1)} or {key}


def overlap_with(
    candidates: Sequence[TaggedSentence], test: Sequence[TaggedSentence]
) -> list[float]:
    """For every candidate, the largest share of its or a test sentence's character
    5-grams that the two have in common (1.0: one contains the other)."""
    test_grams = [_grams(sentence_key(s.words)) for s in test]
    index: dict[str, list[int]] = defaultdict(list)
    for number, grams in enumerate(test_grams):
        for gram in grams:
            index[gram].append(number)
    overlaps: list[float] = []
    for sentence in candidates:
        grams = _grams(sentence_key(sentence.words))
        shared: Counter[int] = Counter()
        for gram in grams:
            shared.update(index.get(gram, ()))
        best = 0.0
        for number, count in shared.items():
            best = max(best, count / min(len(grams), len(test_grams[number])))
        overlaps.append(best)
    return overlaps


OVERLAP_LIMIT = 0.5
"""A NewsFANE sentence sharing this much of its text with a test sentence is dropped."""


def newsfane_without_test(
    newsfane: Sequence[TaggedSentence], test: Sequence[TaggedSentence]
) -> list[TaggedSentence]:
    """The NewsFANE sentences that do not overlap the ANERcorp test sentences."""
    overlaps = overlap_with(newsfane, test)
    return [s for s, overlap in zip(newsfane, overlaps, strict=True) if overlap < OVERLAP_LIMIT]


# --------------------------------------------------------------------------- scoring


def chunks(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """``(type, start, end)`` chunks of an IOB/IOB2 tag sequence, as conlleval reads them."""
    found: list[tuple[str, int, int]] = []
    kind: str | None = None
    start = 0
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, tag_type = tag.partition("-")
        opens = prefix == "B" or (prefix == "I" and tag_type != kind)
        if kind is not None and (prefix == "O" or opens):
            found.append((kind, start, index))
            kind = None
        if opens:
            kind, start = tag_type, index
    return found


@dataclass(frozen=True, slots=True)
class TypeScore:
    kind: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    per_type: tuple[TypeScore, ...]
    micro: TypeScore
    tokens: int
    correct_tags: int

    @property
    def accuracy(self) -> float:
        return self.correct_tags / self.tokens if self.tokens else 0.0

    def table(self) -> str:
        """The figures as a plain-text table (percentages, like conlleval)."""
        lines = [f"{'type':<8}{'gold':>7}{'pred':>7}{'P':>8}{'R':>8}{'F1':>8}"]
        for row in [*self.per_type, self.micro]:
            lines.append(
                f"{row.kind:<8}{row.gold:>7}{row.predicted:>7}{100 * row.precision:>8.2f}"
                f"{100 * row.recall:>8.2f}{100 * row.f1:>8.2f}"
            )
        lines.append(f"token accuracy {100 * self.accuracy:.2f}")
        return "\n".join(lines)


def score(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> Scores:
    """Exact-span precision, recall and F1 per type and micro-averaged (conlleval)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    gold_count: Counter[str] = Counter()
    predicted_count: Counter[str] = Counter()
    correct_count: Counter[str] = Counter()
    tokens = correct_tags = 0
    for number, (gold_tags, predicted_tags) in enumerate(zip(gold, predicted, strict=True)):
        if len(gold_tags) != len(predicted_tags):
            raise ValueError(
                f"sentence {number}: {len(gold_tags)} gold tags but {len(predicted_tags)} predicted"
            )
        tokens += len(gold_tags)
        correct_tags += sum(g == p for g, p in zip(gold_tags, predicted_tags, strict=True))
        gold_chunks = set(chunks(gold_tags))
        predicted_chunks = set(chunks(predicted_tags))
        gold_count.update(kind for kind, _, _ in gold_chunks)
        predicted_count.update(kind for kind, _, _ in predicted_chunks)
        correct_count.update(kind for kind, _, _ in gold_chunks & predicted_chunks)
    kinds = sorted(set(gold_count) | set(predicted_count))
    per_type = tuple(
        TypeScore(kind, gold_count[kind], predicted_count[kind], correct_count[kind])
        for kind in kinds
    )
    micro = TypeScore(
        "micro",
        sum(gold_count.values()),
        sum(predicted_count.values()),
        sum(correct_count.values()),
    )
    return Scores(per_type, micro, tokens, correct_tags)


# --------------------------------------------------------------------------- label sets

NEWSFANE_ONTOLOGY: dict[str, str] = {
    **dict.fromkeys(
        (
            "Politician",
            "Athlete",
            "Artist",
            "Other_PER",
            "Religious_PER",
            "Scientist",
            "Businessperson",
            "Lawyer",
            "Engineer",
            "Police",
        ),
        "Person",
    ),
    "Government": "GovernmentBody",
    "Media": "MediaOrganization",
    **dict.fromkeys(
        (
            "Non-Governmental",
            "Commercial",
            "Educational",
            "Sports",
            "Entertainment",
            "Religious_ORG",
            "Medical-Science",
        ),
        "Organization",
    ),
    "Nation": "Country",
    "Population-Center": "City",
    **dict.fromkeys(
        ("State-or-Province", "County-or-District", "Continent", "GPE-Cluster"), "Region"
    ),
    **dict.fromkeys(
        (
            "Water-Body",
            "Land-Region-Natural",
            "Celestial",
            "Building-Grounds",
            "Airport",
            "Path",
            "Subarea-Facility",
            "Plant",
        ),
        "Place",
    ),
}
"""NewsFANE fine classes -> ontology classes; any other class (Book, Group...) is Miscellaneous."""

ONTOLOGY_COARSE: dict[str, str] = {
    "Person": "PERS",
    **dict.fromkeys(
        (
            "Organization",
            "GovernmentBody",
            "InternationalOrganization",
            "ArmedGroup",
            "MediaOrganization",
            "PoliticalParty",
        ),
        "ORG",
    ),
    **dict.fromkeys(("Country", "City", "Region", "Place"), "LOC"),
    "Miscellaneous": "MISC",
}
"""Ontology classes -> the ANERcorp benchmark types."""

COARSE_ONTOLOGY = {"PERS": "Person", "ORG": "Organization", "LOC": "Place", "MISC": "Miscellaneous"}
"""The ontology class of a benchmark type when nothing finer is known."""


def newsfane_ontology_class(fine: str) -> str:
    return NEWSFANE_ONTOLOGY.get(fine, "Miscellaneous")


def relabel(sentence: TaggedSentence, mapping: dict[str, str], default: str) -> TaggedSentence:
    """The sentence with every entity type renamed through ``mapping``."""
    tags = tuple(
        tag if tag == "O" else tag[:2] + mapping.get(tag[2:], default) for tag in sentence.tags
    )
    return TaggedSentence(sentence.words, tags)
