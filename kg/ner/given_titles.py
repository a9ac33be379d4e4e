"""«مساعد» before a name and a title in apposition is the man's given name, not a title.

«مساعد» is a common given name in the Gulf and the title «assistant»: «وأفاد مساعد الحربي
المتحدث الرسمي بهيئة الهلال الأحمر أن ...». The tagger, which reads «مساعد» as a title
word, tags the family name alone («الحربي», «غالي»): the spokesman's name is cut, and the
statement and the title go to a one-word name that links to someone else or no one. As a
title, «مساعد» is in construct with an office or its holder («مساعد وزير الخارجية», «مساعد
المدير», «مساعد الرئيس الأمريكي»); a man named by one or two name words right after it and
then given a title of his own in apposition («المتحدث الرسمي», «مدير المركز») is named
«مساعد». :func:`assistant_given_names` joins the untagged word «مساعد» (alone, or after «و» or
«ف») to a person name of one or two words after it when a title head of
:data:`_APPOSED_HEADS` follows the name (after a comma or not), and the word before «مساعد»
is no title word («نائب مساعد»).

After «بن», «ابن» or «بنت» such a word is always a name: «الأمير عبدالرحمن بن مساعد», «سعد
بن أمير»; :func:`titled_given` says which words are given names as well as titles, and
:mod:`kg.ner.repair` runs a name on over them after a link word, where the tagger had cut it
(«عبدالرحمن بن»).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.person_words import split_word
from kg.ner.conll import chunks
from kg.text.normalize import normalize_key

__all__ = ["assistant_given_names", "titled_given"]

_GIVEN = normalize_key("مساعد")
_APPOSED_HEADS = frozenset(normalize_key(word) for word in (
    "المتحدث", "الناطق", "مدير", "المدير", "رئيس", "الرئيس", "مشرف", "المشرف", "مسؤول",
    "المسؤول", "قائد", "القائد", "عضو", "أمين", "الأمين", "محافظ", "وكيل", "مستشار",
    "المستشار", "أستاذ", "المنسق", "منسق", "عميد", "وزير", "الوزير", "سفير", "السفير", "نائب",
))
"""Title heads that open a title in apposition after a person's name."""
_TITLE_BEFORE = frozenset(normalize_key(word) for word in (
    "نائب", "وكيل", "المساعد", "مساعد", "مستشار", "مدير", "رئيس",
))


_TITLED_GIVEN = frozenset(split_word(word)[0] for word in ("مساعد", "أمير"))
"""Given names that are also title words, which the name lists leave out as titles."""


def titled_given(word: str) -> bool:
    """Whether ``word``, with no clitic, is a given name that is also a title: «مساعد»."""
    normal, proclitics, _ = split_word(word)
    return not proclitics and normal in _TITLED_GIVEN


def _given(word: str) -> bool:
    normal = normalize_key(word) or word
    return normal == _GIVEN or (normal[:1] in ("و", "ف") and normal[1:] == _GIVEN)


def _title_after(words: Sequence[str], end: int) -> bool:
    if end < len(words) and words[end] in {"،", ","}:
        end += 1
    return end < len(words) and normalize_key(words[end]) in _APPOSED_HEADS


def assistant_given_names(words: Sequence[str], tags: Sequence[str]) -> list[str]:
    """``tags`` (IOB2) with «مساعد» joined to the one- or two-word person name after it that
    a title follows (see the module docstring)."""
    result = list(tags)
    for kind, start, end in chunks(tags):
        if kind != "PERS" or start < 1 or end - start > 2 or result[start - 1] != "O":
            continue
        if not _given(words[start - 1]) or not _title_after(words, end):
            continue
        if start >= 2 and normalize_key(words[start - 2]) in _TITLE_BEFORE:
            continue  # «نائب مساعد X»: a title of two words
        result[start - 1] = "B-PERS"
        result[start] = "I-PERS"
    return result
