"""Which words make a person's name: given names, link words, honorifics, titles.

Word classes shared by the tagger's repairs of person names (:mod:`kg.ner.repair`,
:mod:`kg.ner.names`) and by the linker's clean-up of mentions (:mod:`kg.link.retype`,
:mod:`kg.link.overlaps`). They are read from the bundled name lists and word
frequencies alone, so they live with the gazetteer, below both stages.

All words are normalised keys (:func:`kg.text.normalize.normalize_key`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from kg.gazetteer.index import name_key
from kg.gazetteer.resources import PLACE_CUES, TITLES
from kg.text.clitics import strip_clitics
from kg.text.normalize import normalize_key


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(word) for word in words.split())


HONORIFICS = frozenset(
    name_key(
        "السيد السيدة الدكتور الدكتورة الشيخ الشيخة الجنرال اللواء العميد العقيد الفريق "
        "المشير الأمير الأميرة المهندس الأستاذ"
    )
)
"""Titles that only ever stand before a person's name."""
LINKS = _keys("بن ابن بنت آل")
"""Words between the parts of a name: «محمد بن سلمان», «فيصل آل سعود»."""
FATHER_LINKS = _keys("بن ابن بنت")
"""Link words before a father's name: the word before them is a given name («سلطان بن
سلمان»); not «آل», which also follows a noun («سلطة آل عثمان»)."""
FAMILY_LINKS = _keys("آل")
"""The link word before a family's name, which may be a title word («آل الشيخ»)."""
OPENERS = _keys("أبو ابو أبي ابي أم عبد")
"""Words that open a compound name and never end one: «أبو بكر», «عبد القادر»."""
COMPOUND_ENDS = _keys("الدين الله الرحمن الإسلام")
"""Second words of compound given names: «عز الدين», «عبد الله», «سيف الإسلام»."""
PERSON_TITLES = (
    _keys(" ".join(TITLES)) | HONORIFICS | _keys("محافظ المحافظ أمير مدير المدير عضو")
) - _keys("الفريق العام العهد د نظيره نظيرته")
"""Titles after which a given name starts a person's name; not «الفريق» (also «the
team»), nor the words that only complete a title."""
FUNCTION_WORDS = _keys(
    """في من عن على إلى الى أن إن ان أو او ثم حتى مع عند بعد قبل منذ خلال حول
    لدى لكن بل قد لقد لم لن لا ما ماذا هل كان كانت يكون الذي التي الذين هذا هذه ذلك تلك
    هو هي هم نحن أنه إنه أنها إنها كما كل بين أمام وراء تحت فوق ضد عبر دون غير سوى أيضا
    قال قالت أكد أكدت أعلن أعلنت أضاف أوضح أشار ذكر صرح يقول تقول وقال وأكد"""
)
"""Words that are never part of a name, whatever the lists say."""
POSSESSIVES = ("هما", "هم", "ها", "ه", "كم", "نا")
"""Possessive suffixes: a common noun with one («شكره», «ريشه») is missing from the
usage table, which lists stems, and is no rare word for that."""

_NOT_GIVEN = (
    frozenset(
        name_key(
            "في من عن على إلى الى أن ان أو او بن ابن عبد أبو ابو أم ام الله قال وقال باسم "
            "إمارة امارة مدينة محافظة ولاية منطقة جزيرة قرية مطار ميناء جامعة شارع حي بلدة "
            "مقاطعة إقليم عاصمة دولة مملكة جمهورية سلطنة مركز نادي فريق"
        )
    )
    | frozenset(word for title in TITLES for word in name_key(title))
    | frozenset(word for cue in PLACE_CUES for word in name_key(cue))
)
"""Words that are given names in the person list but, before a name, are more often
a preposition, a place noun or a title («باسم», «إمارة دبي», «مساعد»)."""
_COMMON_USAGE = frozenset({"3", "4"})
"""wordfreq buckets of words too common in general text to be read as a given name."""


@lru_cache(maxsize=1)
def person_first_words() -> dict[str, int]:
    """How many multi-word person names of ``kg/resources/ner/names.tsv`` each
    (normalised) first word opens."""
    names = resources.files("kg") / "resources" / "ner" / "names.tsv"
    counts: dict[str, int] = {}
    for line in names.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.endswith("\tperson"):
            continue
        words = name_key(line.rsplit("\t", 1)[0])
        if len(words) >= 2:
            counts[words[0]] = counts.get(words[0], 0) + 1
    return counts


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First words of the multi-word person names of ``kg/resources/ner/names.tsv``
    (normalised), without articles, particles, titles and very common words."""
    base = resources.files("kg") / "resources" / "ner"
    counts = person_first_words()
    common = set()
    for line in (base / "usage.tsv").read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[1] in _COMMON_USAGE:
            common.add(fields[0])
    return frozenset(
        word
        for word, count in counts.items()
        if len(word) > 2
        and not word.startswith("ال")
        and word not in _NOT_GIVEN
        and (word not in common or count >= 20)
    )


@lru_cache(maxsize=65536)
def split_word(word: str) -> tuple[str, str, str]:
    """``(normalised word, proclitics, stem)``."""
    normal = normalize_key(word) or word
    proclitics, stem = strip_clitics(normal)
    return normal, proclitics, stem


def is_bare(word: str) -> bool:
    """No proclitic but, at most, the article (or a given name that only looks like
    one: «فيصل»); Arabic letters only; no function word or title."""
    normal, proclitics, _ = split_word(word)
    if not normal.isalpha() or normal in FUNCTION_WORDS or normal in PERSON_TITLES:
        return False
    return proclitics in ("", "ال") or normal in given_names()


def is_given(word: str) -> bool:
    """A given name: listed as the first word of people's names (a word with a
    proclitic is not: «وسلمان»)."""
    normal = split_word(word)[0]
    if normal in FUNCTION_WORDS or normal in PERSON_TITLES:
        return False
    return normal in given_names() or normal in OPENERS or \
        (normal.startswith("عبد") and len(normal) > 5)  # «عبدالمنعم», written as one word
