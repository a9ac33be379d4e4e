"""A family name with the article that does not end in «ي»: «الطيار», «الفيصل», «العبود».

:func:`kg.ner.cues.cued_end` closes a name after a cue («المقدم», «الشيخ», «المتحدث
الرسمي») on a family name in «ي» (:func:`kg.ner.cues.listed_nisba`: «الحارثي»). Many
family names have no «ي»: «المقدم دخيل الطيار», «الأمير تركي الفيصل», «الشيخ ناصر
العبود». Such a word is also, often, a common noun or adjective («الجديد», «الكبير»,
«العام»), so it closes a name only when all of these hold:

- it has the article and no other proclitic, and its stem (four letters or more) is
  listed among the words of people's names;
- general text seldom uses it (:func:`kg.ner.features.word_usage` bucket 5 or rarer):
  «الجديد», «الكبير», «الطيب» are too common to be read as a name after a role;
- it is no nationality («التركي»), time word, ordinal or title («الناطق»);
- the name opens with a listed given name (the caller's test: :func:`family_name_after`).
"""

from __future__ import annotations

from kg.gazetteer.person_words import FUNCTION_WORDS, PERSON_TITLES, is_given, split_word
from kg.ner.features import name_gazetteer, word_usage
from kg.ner.names import person_words

_COMMON_BUCKETS = frozenset({"0", "1", "2", "3", "4"})
"""wordfreq buckets of words common enough in general text to be a noun or adjective."""


def definite_family(word: str) -> bool:
    """A rare definite word listed in people's names, not a nationality or a title (see the
    module docstring); a word in «ي» is :func:`kg.ner.cues.listed_nisba`'s."""
    normal, proclitics, stem = split_word(word)
    if proclitics != "ال" or len(stem) < 4 or not normal.isalpha() or normal.endswith("ي"):
        return False
    if normal in FUNCTION_WORDS or normal in PERSON_TITLES or stem not in person_words():
        return False
    usage = word_usage().get(stem)
    if usage is None or usage[0] in _COMMON_BUCKETS:
        return False
    gazetteer = name_gazetteer()
    return not (stem in gazetteer.nationality_roots or gazetteer.is_nationality(stem))


def unknown_family(word: str) -> bool:
    """A definite word general text never uses (no row in
    :func:`kg.ner.features.word_usage`), of letters only, its stem four letters or more,
    no function word, title or nationality: «العطيشان», «السحيباني». After a title with
    its place («محافظ الخرج») and a listed given name such a word can only be a family
    name; the name lists do not hold most of them (:func:`definite_family` wants them)."""
    normal, proclitics, stem = split_word(word)
    if proclitics != "ال" or len(stem) < 4 or not normal.isalpha():
        return False
    if normal in FUNCTION_WORDS or normal in PERSON_TITLES or stem in word_usage():
        return False
    gazetteer = name_gazetteer()
    root = stem[:-1] if stem.endswith("ي") else stem
    return not (root in gazetteer.nationality_roots or gazetteer.is_nationality(stem))


def family_name_after(first: str, word: str) -> bool:
    """``word`` closes a name after a cue that opened with ``first``: a listed given name
    and a :func:`definite_family` («دخيل ... الطيار»)."""
    return is_given(first) and definite_family(word)
