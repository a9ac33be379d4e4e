"""A person's family name in «ي» standing alone after any word it cannot describe.

News names a person in full once, then by the family name alone, and not only after a
verb of saying: «حرص البلوي على تحفيز اللاعبين», «اكتفى البلوي بالقول: إن ...», «وبين
العواضي بأن ...» after «إبراهيم البلوي», «صلاح العواضي». :func:`kg.ner.cues.surnames_from_document`
tags the family name after a cue or a verb of saying; this rule reads it after any
untagged word it cannot be the adjective of. A definite nisba is an adjective only after
a definite noun («الفريق الاتحادي», «بالطيران الحربي») or a noun with a pronoun suffix
(«طيرانها الحربي»); after a verb, a preposition or an indefinite word it is the person
(«اتهم العواضي», «مع البلوي»).

The family name must end a person name of two words or more of the same document, be
a listed nisba (:func:`kg.ner.cues.listed_nisba`: no nationality, time word or ordinal)
and a word general text seldom uses (:func:`kg.ner.features.word_usage` bucket 5 or
rarer: not «القاضي», «العربي»). The word before it must be untagged and not:

- a word with the article, after «و/ف/ب/ل/ك» or not («الفريق», «بالطيران»);
- a word ending in a pronoun suffix («طيرانها», «فريقه»);
- a given name or a link word of names («محمد القرني» is another man of the family;
  «بن», «أبو»).

The family name itself carries no proclitic and the word after it continues no name.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import LINKS, OPENERS, is_given, split_word
from kg.ner.conll import chunks
from kg.ner.cues import listed_nisba
from kg.ner.features import word_usage

_COMMON_BUCKETS = frozenset({"0", "1", "2", "3", "4"})
"""wordfreq buckets of words common enough in general text to be an adjective or noun."""
_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
"""Pronoun suffixes of a noun a nisba may describe («فريقه الاتحادي»)."""
_ARTICLES = ("ال", "وال", "فال", "بال", "لل", "كال", "وبال", "ولل", "فبال", "فلل")


def _document_nisbas(words: Sequence[Sequence[str]], tags: Sequence[list[str]]) -> set[str]:
    """The rare listed nisbas that end a person name of two words or more."""
    found: set[str] = set()
    usage = word_usage()
    for sentence_words, sentence_tags in zip(words, tags, strict=True):
        for kind, start, end in chunks(sentence_tags):
            if kind != "PERS" or end - start < 2:
                continue
            last = sentence_words[end - 1]
            normal, _, stem = split_word(last)
            bucket = usage.get(stem, ("rare",))[0]
            if listed_nisba(last) and bucket not in _COMMON_BUCKETS and \
                    split_word(sentence_words[end - 2])[0] not in LINKS | OPENERS:
                found.add(normal)
    return found


def _describes(word: str) -> bool:
    """Whether a definite nisba after ``word`` may be its adjective, or ``word`` opens a
    name of which the nisba is the end; a mark or a number before it is left alone too."""
    normal, proclitics, _ = split_word(word)
    if not normal.isalpha() or proclitics in _ARTICLES or normal.startswith(_ARTICLES):
        return True
    if word.endswith(_SUFFIXES):  # the written word: a taa marbuta «ة» is no suffix
        return True
    return is_given(word) or normal in LINKS | OPENERS


def lone_nisbas(words: Sequence[Sequence[str]], tags: Sequence[list[str]]) -> list[list[str]]:
    """``tags`` (a list per sentence) with each family name of the document (see the module
    docstring) tagged where it stands alone after a word it cannot describe."""
    nisbas = _document_nisbas(words, tags)
    if not nisbas:
        return [list(sentence_tags) for sentence_tags in tags]
    result = []
    for sentence_words, sentence_tags in zip(words, tags, strict=True):
        fixed = list(sentence_tags)
        for index in range(1, len(sentence_words)):
            word = sentence_words[index]
            if fixed[index] != "O" or split_word(word)[0] not in nisbas or \
                    split_word(word)[1] != "ال" or fixed[index - 1] != "O":
                continue
            if index + 1 < len(fixed) and fixed[index + 1].startswith("I-"):
                continue
            if not _describes(sentence_words[index - 1]):
                fixed[index] = "B-PERS"
        result.append(fixed)
    return result
