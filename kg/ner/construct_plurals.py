"""A sound masculine plural in construct opens no person name: «منسوبو», «موظفو».

Before a genitive a sound masculine plural drops its «ن»: «منسوبون» becomes «منسوبو
الإدارة» ("the staff of the administration"), «موظفو الشركة», «مسؤولو الوزارة». The
tagger takes such a word, which looks like a foreign name in «و» («ماركو»,
«برونو»), for a person, and a quote of the staff then gets a speaker named
«منسوبو». The word is such a plural when its singular and its plural in «ين» are both
words of general text (:func:`kg.ner.features.word_usage`: «منسوب», «منسوبين»), the
singular is a participle in «م» that is no listed given name (the participles of the
staff, officials, citizens, fans: «منسوب», «موظف», «مسؤول», «مواطن», «مشجع»; not
«جيرالد» of «جيرالدو», whose «جيرالدين» is a word too; not «مؤيد», a given name), and
the word is no listed given name («عمرو», «أبو», «باولو», «كارلو»).
"""

from __future__ import annotations

from kg.gazetteer.person_words import is_given, split_word
from kg.ner.features import word_usage

_MIN_LETTERS = 5
"""«فيتو», «ريو» are too short to tell."""


def construct_plural(word: str) -> bool:
    """``word`` is a sound masculine plural in construct (see the module docstring), with
    «و» before it or not («ومنسوبو»)."""
    if is_given(word):
        return False
    normal, proclitics, stem = split_word(word)
    return _plural(normal) or (proclitics == "و" and _plural(stem))


def _plural(normal: str) -> bool:
    if len(normal) < _MIN_LETTERS or not normal.endswith("و") or not normal.isalpha():
        return False
    singular = normal[:-1]
    if not singular.startswith("م") or is_given(singular):
        return False  # «جيرالدو»: «جيرالد» and «جيرالدين» are words too, and names
    usage = word_usage()
    return singular in usage and singular + "ين" in usage
