"""Which words make a person's name: given names, link words, honorifics, titles.

The tagger's finer word classes for its repairs of person names
(:mod:`kg.ner.repair`), built on the basic ones the linker shares
(:mod:`kg.gazetteer.person_words`): family names, rare words, title-like and
possessed words, read with the tagger's name lists and word frequencies.

All words are normalised keys (:func:`kg.text.normalize.normalize_key`).
"""

from __future__ import annotations

from functools import lru_cache

from kg.gazetteer.person_words import (
    COMPOUND_ENDS,
    OPENERS,
    PERSON_TITLES,
    POSSESSIVES,
    given_names,
    is_bare,
    is_given,
    person_first_words,
    split_word,
)
from kg.ner.features import name_gazetteer, word_usage
from kg.text.normalize import normalize_key


@lru_cache(maxsize=1)
def person_words() -> dict[str, str]:
    """The words of people's names in the bundled lists (normalised, without the article)."""
    return dict(name_gazetteer().person_words)


def is_family(word: str) -> bool:
    """A word that can continue a name: listed in people's names (without the
    article) and rare in general text, seldom with a possessive suffix (not «قدوة»,
    «شكره»), or a rare article word ending in «ي» (a family name, «البكري»), listed
    or not shaped as a participle («المنتمي»)."""
    if not is_bare(word):
        return False
    normal, proclitics, stem = split_word(word)
    if normal in COMPOUND_ENDS:
        return True
    if proclitics not in ("", "ال") or not is_rare(stem):
        return False
    if proclitics == "ال":
        return stem.endswith("ي") and stem[:-1] not in name_gazetteer().nationality_roots \
            and (stem in person_words() or stem[0] not in "مت")
    return stem in person_words()


def is_rare(stem: str) -> bool:
    """A stem rare in general text and seldom with a possessive suffix."""
    usage = word_usage().get(stem)
    if usage is None:
        return not any(
            stem.endswith(suffix) and stem[: -len(suffix)] in word_usage()
            for suffix in POSSESSIVES
        )
    return usage[0] in ("6", "7") and usage[2] in ("0", "1")


@lru_cache(maxsize=1)
def article_given_names() -> frozenset[str]:
    """Given names written with the article («الحسن», «الطاهر», «الزبير»): first words
    of at least two multi-word person names of ``names.tsv`` (normalised)."""
    return frozenset(
        word for word, count in person_first_words().items()
        if word.startswith("ال") and count >= 2
    )


def is_title_like(word: str, following: str | None = None) -> bool:
    """Whether ``word``, first of a tagged person name before ``following``, is
    rather a title or a common noun set before the name: a person title («الأمير»),
    or, before a given name, a noun with the article («الشيف خالد», «الفنان محمد»:
    in apposition, not a name of its own) or a common noun with a possessive suffix
    («ابننا طارق», «شقيقه أحمد»). Not a given name written with the article («الطاهر
    بن جلون»), nor a foreign one whose «أل» is no article («ألفريد»). The document
    pass copies no such span to the other occurrences of the name."""
    normal, proclitics, stem = split_word(word)
    if normal in PERSON_TITLES or stem in PERSON_TITLES:
        return True
    if following is None or not is_given(following):
        return False
    if normal in given_names() or normal in OPENERS:
        return False
    if proclitics.endswith("ال"):
        return _written_article(word, len(proclitics) - 2) and \
            normal[len(proclitics) - 2 :] not in article_given_names()
    return is_possessed(word)


def _written_article(word: str, index: int) -> bool:
    """Whether the letter at ``index`` (of the letters of ``word``) is a bare alef, the
    article's, and not a hamza seat that normalisation made one («ألفريد»)."""
    letters = [char for char in word if normalize_key(char)]
    return index < len(letters) and letters[index] == "ا"


def is_possessed(word: str) -> bool:
    """A common noun or verb with a possessive or object pronoun suffix, frequent in
    general text and no word of names: «ابننا» (our son), «شقيقه» (his brother),
    «شكره» (his thanks); not «لينا», «طه», nor a word in «ة» («سلامة»: the
    normalised «ه» of a taa marbuta is no suffix)."""
    if "ة" in word[-2:]:
        return False
    normal, proclitics, stem = split_word(word)
    if normal in given_names() or normal in OPENERS:
        return False
    return _possessed(normal) or (not proclitics and _possessed(stem))


def _possessed(stem: str) -> bool:
    """A suffix on a frequent word that often takes one: «ابننا» (our son), «شكره»
    (his thanks); not «لينا» or «طه». The lists of names are no guide here: their
    keys spell a final taa marbuta as «ه» («رئيسة» is listed as «رئيسه»)."""
    usage = word_usage()
    for suffix in POSSESSIVES:
        noun = stem[: -len(suffix)]
        if not stem.endswith(suffix) or len(noun) < 2:
            continue
        if noun.endswith("ت"):  # «وفاته»: the taa marbuta of «وفاة» before a suffix
            noun = noun[:-1] + "ه"
        if noun in usage and usage[noun][0] not in ("6", "7") and usage[noun][2] in ("2", "3"):
            return True
    return False
