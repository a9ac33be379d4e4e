"""A person's name right before «، + title» in apposition, after a verb or a preposition.

News names a foreign or an uncommon person by the name and then, after a comma, the title
that says who that is: «دعا نور الدين الحكمي، وزير التخطيط، ...», «ونقلت الوكالة عن
مارتينا كولبي، المديرة التنفيذية للمعهد، قولها ...», «تيموثي واكر، الرئيس التنفيذي
للشركة، يقول ...». The tagger, which knows Arabic given names far better than
transliterated ones, leaves such a name untagged, and the statement or the stance whose
holder or object it is is lost. :func:`kg.ner.titled_speakers.titled_speakers` takes the
name after a verb of saying when all its words are given names or rare words; this rule
takes it in more slots and with the words Arabic names add. :func:`apposed_names` tags as
one person name the untagged words between an opener and a comma when all of these hold:

- the opener is the start of the sentence, a verb of saying or of stance (the verbs of
  :mod:`kg.ner.titled_speakers` and :mod:`kg.ner.stance_subjects`), one of the
  prepositions «عن», «مع» that introduce a person quoted or met, or a verbal noun of saying
  or of stance in construct with the name («تصريحات», «ادعاءات», «إشادة», «انتقاد»);
- the words run two to four, each a word of a name (:func:`name_word`: a given name, a
  listed word of people's names that is not frequent, a rare word) or, after the first, a
  link of a name («بن», «آل», «أبو»), the second half of a compound given name («الدين»,
  «الله») or, last, a family word with the article that general text never or hardly uses
  («الحكمي»);
- the comma is followed at once by a person title or a definite role noun («وزير»,
  «المديرة», «الرئيس», «الخبير»): the title in apposition is what makes the words a person.

A name the tagger found, even in part, is left as it is; no name of one word is tagged;
words of common text between the opener and the comma («دعا الوزير الجديد، رئيس») are
never a name, for an article word is taken only as the second half of a compound or a
rare family word.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import FUNCTION_WORDS, split_word
from kg.ner.features import word_usage
from kg.ner.repair import TIME_WORDS
from kg.ner.stance_subjects import family_word, stance_verb
from kg.ner.titled_speakers import name_word, person_title, saying_verb

__all__ = ["apposed_names"]

_OPENERS = frozenset(split_word(word)[0] for word in ("عن", "مع"))
"""Prepositions after which a person quoted or met is named."""
_SPEECH_NOUNS = frozenset(split_word(word)[0] for word in (
    "تصريح", "تصريحات", "ادعاء", "ادعاءات", "دعوة", "دعوات", "إشادة", "انتقاد", "انتقادات",
    "ثناء", "مطالبة", "مطالبات", "حديث", "احترام", "تحذير", "تحذيرات"))
"""Verbal nouns of saying or of stance in construct with their holder: «تصريحات
[غريتا هولمبرغ]، المديرة ...», «إشادة [نور الدين الحكمي]، وزير ...»."""
_NOUN_CLITICS = ("و", "ف", "ب", "ل")
_LINKS = frozenset(split_word(word)[0] for word in ("بن", "ابن", "بنت", "آل", "أبو", "أبي"))
_COMPOUND_ENDS = frozenset(split_word(word)[0] for word in ("الدين", "الله", "الرحمن"))
"""Second halves of compound given names: «نور الدين», «عبد الله»."""
_COMMAS = frozenset({"،", ","})
_MAX_NAME = 4
_COMMON_BANDS = frozenset("012345")
"""Frequency bands of :func:`kg.ner.features.word_usage` (1e-3 .. 1e-5) of common words."""


def _opener(words: Sequence[str], index: int) -> bool:
    """Whether a name may open at ``index``: at the start, after a verb, a preposition or
    a verbal noun of saying."""
    if index == 0:
        return True
    before = words[index - 1]
    return split_word(before)[0] in _OPENERS or _verb(before) or _speech_noun(before)


def _title(word: str) -> bool:
    """A person title or role noun, the feminine too («المديرة» as «المدير»)."""
    return person_title(word) or (word.endswith("ة") and person_title(word[:-1]))


def _verb(word: str) -> bool:
    """A verb of saying or of stance, with «و» or «ف» or not."""
    return saying_verb(word) or stance_verb(word)


def _rare(word: str) -> bool:
    """A written form of letters, with no article, that general text hardly uses:
    a transliterated name («مارتينا», «كولبي»)."""
    normal = split_word(word)[0]
    if len(normal) < 3 or not normal.isalpha() or normal.startswith("ال") or \
            normal in FUNCTION_WORDS or normal in TIME_WORDS:
        return False
    if normal[:1] in ("و", "ف") and _banded(normal[1:], _COMMON_BANDS):
        return False  # «وأضاف»: a conjunction glued to a common word
    return not _banded(normal, _COMMON_BANDS)


def _banded(normal: str, bands: frozenset[str]) -> bool:
    """Whether the written form ``normal`` is in one of the frequency ``bands``."""
    usage = word_usage().get(normal)
    return usage is not None and usage[0] in bands


def _speech_noun(word: str) -> bool:
    """A verbal noun of saying or of stance, maybe with a clitic («وادعاءات»)."""
    normal = split_word(word)[0]
    return normal in _SPEECH_NOUNS or \
        (normal[:1] in _NOUN_CLITICS and normal[1:] in _SPEECH_NOUNS)


def _name(word: str) -> bool:
    """A word of a name: a given name, a listed or a rare word; no verb, title or noun
    of saying."""
    return (name_word(word) or _rare(word)) and not _verb(word) and not _title(word) and \
        not _speech_noun(word)


def _inner(word: str, previous: str) -> bool:
    """A word that may go on a name after ``previous``."""
    normal = split_word(word)[0]
    return _name(word) or normal in _LINKS or \
        (normal in _COMPOUND_ENDS and split_word(previous)[0] not in _LINKS)


def _name_end(words: Sequence[str], tags: Sequence[str], start: int) -> int | None:
    """The end (a comma) of a name opening at ``start`` (see the module docstring)."""
    if not _name(words[start]):
        return None
    end = start + 1
    while end < len(words) and end - start < _MAX_NAME and words[end] not in _COMMAS and \
            (_inner(words[end], words[end - 1]) or family_word(words[end])):
        if family_word(words[end]) and not _name(words[end]):
            end += 1
            break  # a family word with the article closes the name
        end += 1
    if end - start < 2 or end + 1 >= len(words) or words[end] not in _COMMAS or \
            not _title(words[end + 1]) or split_word(words[end - 1])[0] in _LINKS:
        return None
    if any(tag != "O" for tag in tags[start:end]):
        return None
    return end


def apposed_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with a name before «، + title» tagged as a person (see the module
    docstring)."""
    result = list(tags)
    if not _COMMAS.intersection(words):
        return result  # no apposition without a comma
    for start in range(len(words) - 3):
        if result[start] != "O" or not _opener(words, start):
            continue
        end = _name_end(words, result, start)
        if end is not None:
            result[start:end] = ["B-PERS"] + ["I-PERS"] * (end - start - 1)
    return result
