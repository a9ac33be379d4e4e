"""A person's name that only a repair rule found, copied to its other mentions.

The tagger's document pass (:meth:`kg.ner.bundled.BundledModel.tag_document`) copies
each name it tagged somewhere to the places where it left the same words untagged.
That pass runs before the repair rules, so a name that only a rule found (a speaker
after a verb of saying and a title, «تقول الإعلامية أمل صقر»: :mod:`kg.ner.titled_speakers`)
stays untagged everywhere else, even where the article's person holds a stance
(«أمل صقر أشادت بدور ...»). :func:`repaired_copies` puts such a name of two words or
more where the same stems stand untagged; the caller then runs the repair rules again,
so a copy inside a body's name (:func:`kg.ner.cues.institution_namesakes`) is still
taken out.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.ner.conll import chunks
from kg.ner.repair import titled


def _person_names(
    words: Sequence[Sequence[str]],
    stems: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
) -> set[tuple[str, ...]]:
    """The stems of the person names of two words or more that open with no title."""
    return {
        tuple(sentence_stems[start:end])
        for sentence_words, sentence_stems, sentence_tags in zip(words, stems, tags, strict=True)
        for kind, start, end in chunks(sentence_tags)
        if kind == "PERS" and end - start >= 2 and not titled(sentence_words, start, end)
        and sum(len(stem) for stem in sentence_stems[start:end]) >= 5
    }


def repaired_copies(
    words: Sequence[Sequence[str]],
    stems: Sequence[Sequence[str]],
    before: Sequence[Sequence[str]],
    after: Sequence[Sequence[str]],
) -> list[list[str]] | None:
    """``before`` (the tags before the repair rules, a list per sentence) with each person
    name of ``after`` (the repaired tags) that ``before`` nowhere tags as a person put
    where its stems stand untagged and no name goes on past them, or None when there is
    nothing to copy. Only untagged words are tagged; nothing is taken out."""
    new = _person_names(words, stems, after) - _person_names(words, stems, before)
    if not new:
        return None
    changed = False
    result = []
    for sentence_stems, sentence_tags, repaired in zip(stems, before, after, strict=True):
        tags = list(sentence_tags)
        for name in sorted(new, key=len, reverse=True):
            size = len(name)
            for start in range(len(tags) - size + 1):
                end = start + size
                if tuple(sentence_stems[start:end]) != name or \
                        any(tag != "O" for tag in tags[start:end]) or \
                        any(tag != "O" for tag in repaired[start:end]):
                    continue
                if end < len(tags) and tags[end].startswith("I-"):
                    continue
                tags[start:end] = ["B-PERS"] + ["I-PERS"] * (size - 1)
                changed = True
        result.append(tags)
    return result if changed else None
