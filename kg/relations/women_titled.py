"""A feminine occupation noun right before a name says the person is a woman.

«أعربت الممثلة الأميركية ديمي مور عن صدمتها», «وقالت اللاعبة المصرية فريدة عثمان»: the
head of the phrase in apposition before the name is the feminine form (in «ة») of a noun
that names a person by occupation («ممثل» → «الممثلة», «لاعب» → «اللاعبة»), past at most
two nisba adjectives («الأميركية»). Read for :func:`kg.relations.women_named.named_as_woman`;
a feminine noun in a genitive before the name («رئيس الهيئة X») is not a head and is not
read, nor is a feminine adjective alone («الأمريكية X»).
"""

from __future__ import annotations

from kg.relations.lexicon import PERSON_NOUNS
from kg.text.normalize import normalize_key

_WORDS_BACK = 3
_WINDOW = 60
"""How many characters before a mention are read for the phrase."""


def feminine_occupation_before(text: str, start: int) -> bool:
    """Whether the words right before ``text[start:]`` are «الممثلة [الأميركية]»."""
    words = [normalize_key(word) for word in text[max(0, start - _WINDOW):start].split()]
    words = words[-_WORDS_BACK:]
    while words and words[-1].startswith("ال") and words[-1].endswith("يه") and \
            words[-1][2:] not in PERSON_NOUNS:
        words.pop()  # «الأميركية», «المصرية»: a nisba
    if not words or not words[-1].removeprefix("و").startswith("ال"):
        return False
    noun = words[-1].removeprefix("و")[2:]
    return noun.endswith("ه") and noun in PERSON_NOUNS and noun[:-1] in PERSON_NOUNS
