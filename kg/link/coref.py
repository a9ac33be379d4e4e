"""In-document coreference of person names.

«بومبيو» after «مايك بومبيو», «جيفري» after «جيمس جيفري», «عبد الله صالح»
after «علي عبد الله صالح»: a shorter person name joins the one longer person
name in the document that it ends with (or, for one word, begins with).
«نايف البكري» joins «نايف صالح عبد القادر البكري»: a short form with the same
first and last name, its words all in the long name in order. Titles
before a name («الرئيس», «وزير الخارجية») are not part of it. When two
longer names would fit, the short one is left alone rather than guessed.

Spelling variants of one transliterated name («فيدريكا موغيريني»,
«فيديريكا موغيريني») are one person: names with the same words but for
long vowel letters inside a long foreign word (:func:`same_spelling`). A
compound name written glued or spaced («أبوعباة», «أبو عباة»; «عبدالعزيز»,
«عبد العزيز») is compared as spaced (:func:`spaced_words`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.gazetteer.index import name_key
from kg.gazetteer.resources import TITLES

_TITLE_KEYS = frozenset(word for title in TITLES for word in name_key(title))
# Words that follow a title and are part of it: «وزير الخارجية», «الأمين العام».
_TITLE_COMPLEMENTS = frozenset(
    name_key("الخارجية الدفاع الداخلية العام الوزراء الأمريكي الأميركي الروسي التركي السوري")
)


_EPITHET_KEYS = frozenset(name_key("الأب الابن الأكبر الأصغر الجد"))
"""Generational epithets that end a name («جورج بوش الأب») and are no surname."""


def surname(words: tuple[str, ...]) -> str:
    """The last word of a name that is not an epithet: «جورج بوش الأب» → «بوش»."""
    index = len(words) - 1
    while index > 0 and words[index] in _EPITHET_KEYS:
        index -= 1
    return words[index] if words else ""


def person_words(text: str) -> tuple[str, ...]:
    """The normalised words of a person name without leading titles."""
    words = name_key(text)
    index = 0
    while index < len(words) - 1 and (
        words[index] in _TITLE_KEYS or words[index] in _TITLE_COMPLEMENTS
    ):
        index += 1
    return words[index:]


def attach_short_names(names: Sequence[tuple[str, ...]]) -> dict[int, int]:
    """For each name (word tuple) that is a short form of exactly one longer
    name in ``names``, the index of that longer name.

    A one-word name matches a longer name's last word (before an epithet:
    «بوش» is «جورج بوش الأب»), or failing that its first word; a several-word
    name must be a proper suffix.
    """
    names = [spaced_words(words) for words in names]
    longer = [(index, words) for index, words in enumerate(names) if len(words) >= 2]
    links: dict[int, int] = {}
    for index, words in enumerate(names):
        if not words:
            continue
        distinct: dict[tuple[str, ...], int] = {}
        if len(words) == 1:
            for other, full in longer:
                if surname(full) == words[0]:
                    distinct.setdefault(full, other)
            if not distinct:
                for other, full in longer:
                    if full[0] == words[0]:
                        distinct.setdefault(full, other)
            if not distinct:
                bare = unglued_surname(words[0])
                for other, full in longer:
                    if bare is not None and surname(full) == bare:
                        distinct.setdefault(full, other)
        else:
            for other, full in longer:
                if len(full) > len(words) and full[-len(words) :] == words \
                        and not father_lineage(full, len(words)):
                    distinct.setdefault(full, other)
            if not distinct:
                for other, full in longer:
                    if (
                        len(full) > len(words)
                        and full[0] == words[0]
                        and full[-1] == words[-1]
                        and _subsequence(words, full)
                    ):
                        distinct.setdefault(full, other)
            if not distinct:
                for other, full in longer:
                    if nasab_part(words, full):
                        distinct.setdefault(full, other)
        if len(distinct) == 1:
            links[index] = next(iter(distinct.values()))
    _link_variants(names, links)
    return links


_LINEAGE_LINKS = frozenset(name_key("بن ابن بنت"))
"""Words that join a person's given name to the father's name in a lineage."""


def father_lineage(full: tuple[str, ...], size: int) -> bool:
    """Whether the last ``size`` words of ``full`` follow a lineage link («بن», «ابن»,
    «بنت»): they name the father, not the person. «عبدالله بن عبدالعزيز» ends «متعب بن
    عبدالله بن عبدالعزيز» and is the father (the late king), never the son."""
    return len(full) > size and full[-size - 1] in _LINEAGE_LINKS


_MIN_UNGLUED_LETTERS = 4


def unglued_surname(word: str) -> str | None:
    """A one-word name read with the preposition «ل» glued to it, as the bare
    surname it stands for: «لليونسي» («ل» + «اليونسي», the article's alef elided)
    → «اليونسي», «لكيركجور» → «كيركجور». None when nothing is left to read; the
    caller still asks that the bare word be the surname of a longer name of the
    document («لطفي» is left alone unless someone is called «... طفي»)."""
    if word.startswith("لل") and len(word) - 2 >= _MIN_UNGLUED_LETTERS - 1:
        return "ال" + word[2:]
    if word.startswith("ل") and len(word) - 1 >= _MIN_UNGLUED_LETTERS:
        return word[1:]
    return None


def nasab_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is a lineage form of the longer name ``full``.

    Two forms of Gulf news (the name of a man and his father's line, «X بن Y بن Z»):
    the chain cut after a father's name, «فيصل بن بندر» of «فيصل بن بندر بن عبد
    العزيز» (the short form names the same man, the next word of the long one is a
    lineage link); and the father's name with its link alone, right after the given
    name, «بن مبارك» of «شبنان بن مبارك القرني» (how a later sentence calls him). A
    lineage link deeper in the chain names an ancestor («بن عبد العزيز» in «متعب بن
    عبد الله بن عبد العزيز»), and is left alone."""
    size = len(short)
    if size >= len(full) or size < 2:
        return False
    if short[0] in _LINEAGE_LINKS:
        return len(full) > size + 1 and full[1:1 + size] == short
    return (
        size >= 3
        and any(word in _LINEAGE_LINKS for word in short[1:-1])
        and full[:size] == short
        and full[size] in _LINEAGE_LINKS
    )


def _subsequence(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short``'s words all occur in ``full`` in order: a short form
    drops words, it adds none («فيصل بن سلمان بن عبد العزيز» is no short form of
    «فيصل بن عبد الله بن عبد العزيز»: two brothers' sons, one first name)."""
    rest = iter(full)
    return all(word in rest for word in short)


_GLUED_HEADS = ("ابو", "عبد")
"""First parts of compound names often written glued to the next word («أبوعباة», «عبدالله»)."""
_MIN_GLUED_REST = 3


def spaced_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with glued compounds spaced: («ابوعباه»,) → («ابو», «عباه»),
    («عبدالعزيز»,) → («عبد», «العزيز»); «عبد» is split only before «ال»."""
    spaced: list[str] = []
    for word in words:
        head = next((h for h in _GLUED_HEADS if word.startswith(h)), None)
        rest = word[len(head):] if head else ""
        if head and len(rest) >= _MIN_GLUED_REST and (head != "عبد" or rest.startswith("ال")):
            spaced.extend((head, rest))
        else:
            spaced.append(word)
    return tuple(spaced)


def _link_variants(names: Sequence[tuple[str, ...]], links: dict[int, int]) -> None:
    """A name not linked yet joins the first different name it is a spelling variant of."""
    first_of: dict[tuple[str, ...], int] = {}
    for index, words in enumerate(names):
        first_of.setdefault(words, index)
    distinct = list(first_of.items())
    for index, words in enumerate(names):
        if index in links or not words:
            continue
        if first_of[words] < index:  # the same name, spelled glued or spaced
            links[index] = first_of[words]
            continue
        for other_words, other in distinct:
            if (
                other < first_of[words]
                and other_words != words
                and same_spelling(words, other_words)
            ):
                links[index] = other
                break


_VOWEL_LETTERS = str.maketrans("", "", "اوي")
_MIN_VARIANT_LETTERS = 6


def same_spelling(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Whether two names differ only by long vowel letters («ي», «و», «ا») inside
    words of at least six letters, with at least one word the same:
    «فيدريكا موغيريني» and «فيديريكا موغيريني» yes; «سعد الحربي» and «سعيد
    الحربي» no (short Arabic names whose vowels tell them apart)."""
    if len(left) != len(right) or left == right:
        return False
    if not any(a == b for a, b in zip(left, right, strict=True)):
        return False
    for a, b in zip(left, right, strict=True):
        if a == b:
            continue
        if min(len(a), len(b)) < _MIN_VARIANT_LETTERS or a[0] != b[0]:
            return False
        if a[1:].translate(_VOWEL_LETTERS) != b[1:].translate(_VOWEL_LETTERS):
            return False
    return True
