"""A name glued to «ب» at the end of a person name is the verb's object, not the name's end.

Arabic news puts the verb first, its subject after it and the object after the «ب» the
verb takes: «وأشاد جيرارد بسواريز خلال مقابلة», «ونوه مورينيو بهازارد». The tagger, reading
two foreign names in a row, runs the subject's name on over the object («[جيرارد بسواريز]»):
the praise is then held by nobody and toward no one.

:func:`glued_objects` cuts such a name before its last word when all of these hold:

- the name has two words or more and its last word carries the proclitic «ب» (alone, or
  after «و»/«ف»), and no other word of the name does;
- the rest of that word (three letters or more) is the last word of another person name
  of the document, written there without «ب» («لويس سواريز»): the object is someone the
  text names elsewhere, never a family name that merely starts with «ب» («بلال»).

The cut word is tagged as a name of its own; the linker keeps it apart from the name
before it (:func:`kg.link.retype` does not widen a name glued to «ب» over a given name
when its rest is another person's surname) and joins it to the bare name
(:func:`kg.link.clusters.join_glued_prepositions`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import split_word
from kg.ner.conll import chunks

__all__ = ["glued_objects"]

_BA = frozenset({"ب", "وب", "فب"})


def glued_objects(words: Sequence[Sequence[str]], tags: Sequence[list[str]]) -> list[list[str]]:
    """``tags`` (IOB2, a list per sentence of ``words``) with each person name cut before a
    last word that is «ب» glued to the last word of another person name of the document
    (see the module docstring)."""
    persons = [
        (index, start, end)
        for index, sentence_tags in enumerate(tags)
        for kind, start, end in chunks(sentence_tags)
        if kind == "PERS"
    ]
    surnames = {_last_stem(words[index], end) for index, _, end in persons} - {""}
    result = [list(sentence_tags) for sentence_tags in tags]
    for index, start, end in persons:
        if end - start < 2:
            continue
        _, proclitics, stem = split_word(words[index][end - 1])
        if proclitics in _BA and len(stem) >= 3 and stem in surnames and \
                not any(split_word(word)[1] in _BA for word in words[index][start:end - 1]):
            result[index][end - 1] = "B-PERS"
    return result


def _last_stem(words: Sequence[str], end: int) -> str:
    """The last word of the name ending at ``end``, without its proclitics; empty when it
    too carries «ب» (the same slip elsewhere names no one)."""
    _, proclitics, stem = split_word(words[end - 1])
    return "" if proclitics in _BA else stem
