"""The proclitics of an Arabic word: conjunction, preposition, article.

Shared by the tagger's features (:mod:`kg.ner.features`) and the word classes of
names (:mod:`kg.gazetteer.person_words`), which both read a word's stem.
"""

from __future__ import annotations

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")


def strip_clitics(word: str) -> tuple[str, str]:
    """``(proclitics, stem)`` of a normalised word: و/ف, then ب/ل/ك, then ال.

    Conservative: a clitic is only removed when at least three letters remain
    (two after «ال»), so «وليد» and «بلد» keep their first letter.
    """
    prefix = ""
    stem = word
    if len(stem) > 3 and stem[0] in _CONJUNCTIONS:
        prefix, stem = stem[0], stem[1:]
    if len(stem) > 3 and stem[0] in _PREPOSITIONS:
        if stem[0] == "ل" and stem[1] == "ل" and len(stem) > 4:
            # «للبيت» is ل + البيت with the alef of ال dropped.
            return prefix + "لال", stem[2:]
        prefix, stem = prefix + stem[0], stem[1:]
    if len(stem) > 4 and stem.startswith("ال"):
        prefix, stem = prefix + "ال", stem[2:]
    return prefix, stem
