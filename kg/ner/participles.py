"""A definite participle after the noun it describes opens no organisation's name.

«اللجنة العليا المنظمة للمهرجان» is "the higher committee *organising* the festival":
«المنظمة» is a participle agreeing with «اللجنة», not the noun «المنظمة» ("the
organisation") that opens «المنظمة الدولية للهجرة». The tagger reads the noun and
runs an organisation on over the participle's complement and, often, the name of the
man the phrase describes: «رئيس اللجنة العليا المنظمة للمهرجان عبدالمحسن العطيشان»
gave one organisation «المنظمة للمهرجان عبدالمحسن العطيشان», which then «said» what
the man said.

Rule (:func:`participle_orgs`): an organisation the tagger opens on a participle of
:data:`PARTICIPLES` right after a definite word that is no name (untagged, with the
article: «العليا», «الجهة») and before its complement (a preposition or «ل/ب» glued:
«للمهرجان», «على المشروع») is no organisation; when it ends on a listed given name and
one to three words of a name (:func:`kg.ner.cues.cued_end`'s tests: a link, a listed
nisba, a rare family word), those words are the person's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import LINKS, is_given, split_word
from kg.ner.conll import chunks
from kg.ner.family_words import definite_family, unknown_family

PARTICIPLES = frozenset(split_word(word)[0] for word in (
    "المنظمة", "المنظم", "المشرفة", "المشرف", "المسؤولة", "المسؤول", "المختصة", "المعنية"))
"""Participles that follow a body's noun: «اللجنة المنظمة», «الجهة المشرفة», «الإدارة
المختصة», «الجهات المعنية»."""
_MAX_NAME_WORDS = 4


def participle_orgs(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` without the organisations that open on a participle (see the module
    docstring), and with the person's name at their end tagged."""
    result = list(tags)
    for kind, start, end in chunks(result):
        if kind != "ORG" or start < 1 or split_word(words[start])[0] not in PARTICIPLES:
            continue
        before = split_word(words[start - 1])
        if result[start - 1] != "O" or before[1] not in ("ال", "وال") or \
                not _complement(words, start + 1):
            continue
        result[start:end] = ["O"] * (end - start)
        name = _name_at_end(words, start + 1, end)
        if name is not None:
            result[name:end] = ["B-PERS"] + ["I-PERS"] * (end - name - 1)
    return result


_PREPOSITIONS = frozenset({"على", "في", "عن", "من", "مع", "لدى"})


def _complement(words: Sequence[str], index: int) -> bool:
    """The participle's complement opens at ``index``: a preposition («على المشروع») or
    «ل/ب» glued («للمهرجان», «بالرقابة»). The noun «المنظمة» is followed by its adjective
    or a genitive instead («المنظمة الدولية»), so «أبلغت الحكومة المنظمة الدولية» keeps
    its organisation."""
    if index >= len(words):
        return False
    word = words[index]
    return word in _PREPOSITIONS or (word[:1] in ("ل", "ب") and len(word) > 3 and
                                     split_word(word)[1] not in ("", "ال"))


def _name_at_end(words: Sequence[str], start: int, end: int) -> int | None:
    """Where a person's name that ends the span ``start:end`` opens: a listed given name,
    then link words or given names, then a family word; or None."""
    last = words[end - 1]
    if not (definite_family(last) or unknown_family(last) or
            (last.startswith("ال") and last.endswith("ي") and len(last) > 5)):
        return None
    for first in range(max(start, end - _MAX_NAME_WORDS), end - 1):
        if is_given(words[first]) and all(
                is_given(word) or split_word(word)[0] in LINKS
                for word in words[first + 1:end - 1]):
            return first
    return None
