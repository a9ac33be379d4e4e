"""A person's family name repeated alone in quotation marks after a verb.

Saudi papers (Sabq above all) name a person in full once and then by the family name in
quotation marks: «وشكر "المقبل" ...», «وأضاف «الغامدي» أن ...», «وقال “القصبي” إن ...».
The tokenizer makes the marks words of their own, so the verb of saying or of stance no
longer stands right before the name and :func:`kg.ner.cues.surnames_from_document` does
not see it. :func:`quoted_slot` tells that a word stands between an opening mark and its
closing one; the caller then reads the word before the opening mark as the one before the
name. Papers also open a clause with a verb of thanks or of praise that
:data:`kg.ner.cues.SAYING_VERBS` lacks («وشكر», «ونوه», «وحث»): :func:`thanking_verb`.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import split_word

_CLOSING = {'"': '"', "«": "»", "“": "”", "'": "'"}
"""Opening quotation marks and the mark that closes each."""
_THANKING = frozenset(split_word(word)[0] for word in ("شكر", "شكرت", "نوه", "نوهت", "حث", "حثت"))
"""Verbs of thanks, praise and urging that open a clause before their subject."""


def quoted_slot(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` alone stands between an opening quotation mark and the
    mark that closes it: «" المقبل "»."""
    if index < 1 or index + 1 >= len(words):
        return False
    closing = _CLOSING.get(words[index - 1])
    return closing is not None and words[index + 1] == closing


def thanking_verb(word: str) -> bool:
    """Whether ``word`` is a verb of :data:`_THANKING`, with «و» or «ف» before or not."""
    normal = split_word(word)[0]
    return normal in _THANKING or (normal[:1] in ("و", "ف") and normal[1:] in _THANKING)
