"""Mention replacement for training the neural tagger (``Settings.augment`` of
``scripts/ner_training.py``): copies of training sentences with other names in place of
theirs (:class:`NamePool`), keeping the proclitics glued to the first word of each name.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kg.ner.conll import TaggedSentence, chunks
from kg.ner.features import strip_clitics
from kg.text.normalize import normalize_key


def split_proclitics(word: str) -> tuple[str, str]:
    """The conjunction and preposition letters a surface word starts with, and the
    rest, which keeps its article: «وبوش» -> (و, بوش), «والترجي» -> (و, الترجي),
    «للبيت» -> (ل, البيت)."""
    prefix, _ = strip_clitics(normalize_key(word) or word)
    letters = prefix[:-2] if prefix.endswith("ال") else prefix
    if not word.startswith(letters):
        return "", word
    rest = word[len(letters) :]
    if prefix.endswith("لال"):  # ل + البيت is written «للبيت»
        rest = "ا" + rest
    return letters, rest


def attach_proclitics(letters: str, word: str) -> str:
    """``letters`` + ``word``, as Arabic writes ل before the article («للبيت»)."""
    if letters.endswith("ل") and word.startswith("ال"):
        return letters + word[1:]
    return letters + word


LISTED_TYPES = {"country": "LOC", "city": "LOC", "region": "LOC", "club": "ORG", "person": "PERS"}
"""The coarse type of each category of the bundled name lists."""


@dataclass(frozen=True)
class NamePool:
    """Names by coarse type, to put in place of a training sentence's names
    (mention replacement, Dai & Adel 2020): the names of the training data, and
    those of the bundled lists, drawn half and half where a type has both."""

    seen: Mapping[str, Sequence[tuple[str, ...]]]
    listed: Mapping[str, Sequence[tuple[str, ...]]]
    first_words: Mapping[str, int]
    """How often each normalised word begins a name of the training data."""

    @classmethod
    def of(cls, sentences: Sequence[TaggedSentence], listed: Iterable[tuple[str, str]]) -> NamePool:
        names = [
            (kind, sentence.words[start:end])
            for sentence in sentences
            for kind, start, end in chunks(sentence.tags)
        ]
        first_words = Counter(normalize_key(words[0]) for _, words in names)
        pool = cls({}, {}, first_words)
        seen: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for kind, words in names:
            seen[kind].append((pool.proclitics(words[0])[1], *words[1:]))
        by_type: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for name, category in listed:
            if category in LISTED_TYPES:
                by_type[LISTED_TYPES[category]].append(tuple(name.split()))
        return cls(dict(seen), dict(by_type), first_words)

    def proclitics(self, word: str) -> tuple[str, str]:
        """:func:`split_proclitics` of the first word of a name, cut where the rest
        takes the article or begins names more often than the whole word («ولبنان»
        -> و, but «وليد» and «برند» stay whole)."""
        letters, rest = split_proclitics(word)
        counts = self.first_words
        whole = counts.get(normalize_key(word), 0)
        for size in range(len(letters), 0, -1):
            head, tail = (letters, rest) if size == len(letters) else (word[:size], word[size:])
            if tail.startswith("ال") or counts.get(normalize_key(tail), 0) > whole:
                return head, tail
        return "", word

    def draw(self, kind: str, rng: random.Random) -> tuple[str, ...] | None:
        pools = [p for p in (self.seen.get(kind), self.listed.get(kind)) if p]
        return rng.choice(rng.choice(pools)) if pools else None

    def replace(
        self, sentence: TaggedSentence, rng: random.Random, chance: float
    ) -> TaggedSentence | None:
        """A copy of ``sentence`` with each name replaced, with ``chance`` (and at
        least one), by a name of its type that keeps the original's proclitics;
        None for a sentence without names."""
        found = chunks(sentence.tags)
        if not found:
            return None
        chosen = {i for i in range(len(found)) if rng.random() < chance}
        chosen = chosen or {rng.randrange(len(found))}
        words: list[str] = []
        tags: list[str] = []
        position = 0
        for number, (kind, start, end) in enumerate(found):
            words += sentence.words[position:start]
            tags += ["O"] * (start - position)
            name = list(sentence.words[start:end])
            new = self.draw(kind, rng) if number in chosen else None
            if new:
                name = [attach_proclitics(self.proclitics(name[0])[0], new[0]), *new[1:]]
            words += name
            tags += ["B-" + kind] + ["I-" + kind] * (len(name) - 1)
            position = end
        words += sentence.words[position:]
        tags += ["O"] * (len(sentence.words) - position)
        return TaggedSentence(tuple(words), tuple(tags))
