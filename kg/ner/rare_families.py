"""A family name no list holds, written with the article, ends the name it follows.

Gulf news names people by given name, father's name and a family name that is often
no nisba and in no list: «محمد بن عبد الله الجعيثن», «فهد بن سعد الحميضان», «عبدالله
محمد الشعلان». The tagger stops before such a word («[محمد بن عبد الله] الجعيثن»), and
the statement's holder is named without his family. :func:`kg.ner.repair` only takes
a family word in «ي» or one the lists hold; :func:`kg.ner.cues` takes an unlisted one
only after an office and its place.

:func:`rare_family_ends` adds to a person name of two words or more the untagged word
right after it when:

- the name ends with a given name or the end of a compound («عبد الله», «محمد»): a
  name that already ends with a family name has it;
- the word is definite, of letters only, with no other proclitic, its stem four
  letters or more, and general text never or hardly uses it
  (:func:`kg.ner.features.word_usage`: no row, or one of the two rarest buckets); no
  function word, title or nationality: «الجعيثن», not «الجديد»;
- no name goes on after it (the next word is not tagged inside a name).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import (
    COMPOUND_ENDS,
    FUNCTION_WORDS,
    PERSON_TITLES,
    is_given,
    split_word,
)
from kg.ner.conll import chunks
from kg.ner.features import name_gazetteer, word_usage

_RARE_BUCKETS = frozenset({"6", "7"})
"""wordfreq buckets of words general text hardly uses."""


def _open_end(word: str) -> bool:
    """Whether a name may go on after ``word``: a given name or a compound's end."""
    normal = split_word(word)[0]
    return normal in COMPOUND_ENDS or is_given(word)


def _rare_family(word: str) -> bool:
    """A definite word of letters that general text never or hardly uses, and no function
    word, title or nationality («الجعيثن»)."""
    normal, proclitics, stem = split_word(word)
    if proclitics != "ال" or len(stem) < 4 or not normal.isalpha():
        return False
    if normal in FUNCTION_WORDS or normal in PERSON_TITLES:
        return False
    usage = word_usage().get(stem)
    if usage is not None and usage[0] not in _RARE_BUCKETS:
        return False
    gazetteer = name_gazetteer()
    root = stem[:-1] if stem.endswith("ي") else stem
    return not (root in gazetteer.nationality_roots or gazetteer.is_nationality(stem))


def rare_family_ends(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with each person name grown by the unlisted family name after it
    (see the module docstring)."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind != "PERS" or end - start < 2 or end >= len(words) or result[end] != "O":
            continue
        if end + 1 < len(result) and result[end + 1].startswith("I-"):
            continue
        if _open_end(words[end - 1]) and _rare_family(words[end]):
            result[end] = "I-PERS"
    return result
