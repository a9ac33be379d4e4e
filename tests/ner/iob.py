"""IOB2 tags for sentences written for the tests, and the person names they tag."""

from __future__ import annotations


def tagged(sentence: str, names: dict[str, str]) -> tuple[list[str], list[str]]:
    """The words of ``sentence`` and IOB2 tags with ``names`` (surface -> type) tagged."""
    words = sentence.split()
    tags = ["O"] * len(words)
    for name, kind in names.items():
        parts = name.split()
        for start in range(len(words) - len(parts) + 1):
            if words[start : start + len(parts)] == parts:
                tags[start : start + len(parts)] = [f"B-{kind}"] + [f"I-{kind}"] * (len(parts) - 1)
    return words, tags


def persons(words: list[str], tags: list[str]) -> list[str]:
    names: list[list[str]] = []
    for word, tag in zip(words, tags, strict=True):
        if tag == "B-PERS":
            names.append([word])
        elif tag == "I-PERS":
            names[-1].append(word)
    return [" ".join(name) for name in names]
