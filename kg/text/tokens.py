"""Surface tokens with offsets, and the clitics of Arabic words.

What a token is follows camel-tools' ``simple_word_tokenize``: split on
whitespace, and every Unicode punctuation or symbol character is a token of
its own (so ``3.5`` is ``3`` ``.`` ``5``, as in camel-tools). camel-tools
returns strings only; the same rule is written here as one regex over the
original text, so each token keeps its span (design decision 1).

One Arabic surface token can carry clitics: «وبواشنطن» is و + ب + «واشنطن».
:func:`clitic_splits` lists the candidate stems of a word by rule (for the
gazetteer to try), and :func:`stem_span` picks the one a token records: the article and what
precedes it always, a bare و/ف/ب/ل/ك only when the rest of the word occurs
on its own in the same article (or, with no article to look at, for a
conjunction + preposition pair before a long stem), and a pronoun only after
a long stem, since «واشنطن», «بومبيو» or «فرنسا» begin with letters that are
also clitics.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import add, itemgetter
from typing import Any

from camel_tools.utils.charsets import UNICODE_PUNCT_SYMBOL_CHARSET

from kg.model import Token
from kg.text.memo import WordMemo


@lru_cache(maxsize=2)
def _token_pattern(astral_text: bool = True) -> re.Pattern[str]:
    """The token regex; ``astral_text=False`` gives a faster one for text without
    characters beyond U+FFFF (the usual case), since a class that reaches the
    astral planes, or holds a category such as ``\\s``, is matched range by
    range instead of through a lookup table."""
    bmp = _character_ranges(frozenset(c for c in UNICODE_PUNCT_SYMBOL_CHARSET if c <= "\uffff"))
    space = _character_ranges(frozenset(chr(c) for c in range(0x10000) if chr(c).isspace()))
    if not astral_text:
        return re.compile(rf"[^{space}{bmp}]+|[{bmp}]")
    astral = _character_ranges(frozenset(c for c in UNICODE_PUNCT_SYMBOL_CHARSET if c > "\uffff"))
    other_astral = rf"(?![{astral}])[\U00010000-\U0010ffff]"
    word = rf"(?:[^{space}{bmp}\U00010000-\U0010ffff]+|{other_astral})+"
    return re.compile(rf"{word}|[{bmp}]|[{astral}]")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _token_strings(text: str) -> list[str]:
    astral_text = _ASTRAL.search(text) is not None
    return _token_pattern(astral_text).findall(text)


def _tokens_in(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    astral_text = _ASTRAL.search(text, start, end) is not None
    return _token_pattern(astral_text).finditer(text, start, end)


def _character_ranges(chars: frozenset[str]) -> str:
    """A regex class body of ``chars`` as ranges: thousands of single characters match slowly."""
    codes = sorted(ord(char) for char in chars)
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
        for low, high in ranges
    )


_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0670\u0640]+")
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0660)) | {"\u0670", "\u0640"}
_MARK = re.compile("[" + "".join(sorted(_MARKS)) + "]")

_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ل", "ك")
_PROCLITIC_LETTERS = frozenset("وفبلكا")
_ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ي")
_STEM_ENCLITICS = frozenset({"ها", "هم", "هما", "هن", "كم", "كما"})
_MIN_AFTER_PROCLITIC = 2
_MIN_AFTER_OTHER = 3
_MIN_STEM_BEFORE_ENCLITIC = 4
_MIN_STEM_AFTER_PAIR = 4
# Words that begin with a conjunction + preposition look-alike but are stems:
# ولاية، ولادة، وليام، وكالة، فلسطين، فلوريدا، فلاديمير، الفلبين، فبراير.
# Nouns that begin with ل: after the preposition ل they read like ل + article
# («للبنان» is ل + لبنان, not ل + ال + بنان).
_LAM_INITIAL = ("لبنان", "ليبي", "لجن", "لجان", "لندن", "لقاء", "لاجئ", "لاهاي", "لواء", "لوس")
# Words whose first letter would otherwise be taken for ك or ب because what
# follows is a word too (كانت ≠ ك + انت, كلها ≠ ك + لها, بعيد ≠ ب + عيد).
_NOT_CLITIC = frozenset({"كانت", "كانوا", "كلها", "كلهم", "كلما", "كلمة", "بعيد", "بعيدا", "بعيدة"})
_NOT_A_PAIR = ("ولاي", "ولاد", "ولاء", "وليا", "وكال", "فلسط", "فلور", "فلاد", "فلبي", "فبراي")


@dataclass(frozen=True, slots=True)
class CliticSplit:
    """A candidate stem ``word[start:end]``; ``definite`` when an article was removed.

    «للولايات» gives ``(2, 8, definite=True)``: the stem «ولايات» stands for
    «الولايات», which a gazetteer matches by putting the article back.
    """

    start: int
    end: int
    definite: bool


def tokenize(
    text: str,
    start: int,
    end: int,
    *,
    sentence_index: int = 0,
    first_index: int = 0,
    vocabulary: Container[str] | None = None,
) -> list[Token]:
    """The tokens of ``text[start:end]`` with spans and stem spans in ``text``.

    Pass the document's :func:`document_vocabulary` so that stems use the
    evidence of the whole article (see :func:`stem_span`).
    """
    tokens: list[Token] = []
    for number, match in enumerate(_tokens_in(text, start, end), first_index):
        token_start, token_end = match.span()
        stem_start, stem_end = stem_span(match.group(), vocabulary)
        tokens.append(
            Token(
                number,
                token_start,
                token_end,
                sentence_index,
                token_start + stem_start,
                token_start + stem_end,
            )
        )
    return tokens


def tokenize_document(text: str, sentences: Iterable[tuple[int, int, int]]) -> list[Token]:
    """The tokens of every ``(index, start, end)`` sentence of ``text``, numbered
    across the document: what :func:`tokenize` gives sentence by sentence with
    the :func:`document_vocabulary` of ``text``, computed once per distinct word."""
    # The tokens of the whole text are every other part, between runs of spaces;
    # a sentence has the ones that start in it, unless its start or end cuts one.
    parts = _token_parts(_ASTRAL.search(text) is not None).split(text)
    every_word = parts[1::2]
    bounds = list(accumulate(map(len, parts)))
    every_start = bounds[0:-1:2]
    every_end = bounds[1::2]
    stems = _document_stems(every_word)
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    sentence_indexes: list[int] = []
    for sentence_index, start, end in sentences:
        low = bisect_left(every_start, start)
        high = bisect_left(every_start, end, low)
        if (low > 0 and every_end[low - 1] > start) or (high > low and every_end[high - 1] > end):
            sentence_parts = _token_parts(_ASTRAL.search(text, start, end) is not None).split(
                text[start:end]
            )
            sentence_bounds = list(accumulate(map(len, sentence_parts), initial=start))
            starts += sentence_bounds[1:-2:2]
            ends += sentence_bounds[2:-1:2]
            words += sentence_parts[1::2]
            sentence_indexes += repeat(sentence_index, len(sentence_parts) // 2)
        else:
            starts += every_start[low:high]
            ends += every_end[low:high]
            words += every_word[low:high]
            sentence_indexes += repeat(sentence_index, high - low)
    missing = set(words).difference(stems)
    if missing:  # a token cut by a sentence boundary: not a word of the whole text
        vocabulary = document_vocabulary(text)
        stems.update((word, stem_span(word, vocabulary)) for word in missing)
    offsets = list(map(stems.__getitem__, words))
    return _make_tokens(
        range(len(words)),
        starts,
        ends,
        sentence_indexes,
        list(map(add, starts, map(_first, offsets))),
        list(map(add, starts, map(_second, offsets))),
    )


def _make_tokens(*columns: Sequence[int]) -> list[Token]:
    """``Token(*row)`` for every row of ``columns`` (one sequence per field).

    A document has thousands of tokens, and the ``__init__`` of a frozen
    dataclass sets its fields one by one through ``object.__setattr__``; here
    each field is set in one pass over all tokens through its slot (the same
    values, the same objects), unless ``Token`` has grown anything beyond its
    slots, in which case its constructor is called.
    """
    if _TOKEN_SLOTS is None:
        return list(map(Token, *columns))
    tokens = list(map(object.__new__, repeat(Token, len(columns[0]))))
    for slot, values in zip(_TOKEN_SLOTS, columns, strict=True):
        deque(map(slot.__set__, tokens, values), maxlen=0)
    return tokens


def _token_slots() -> tuple[Any, ...] | None:
    """The slot descriptors of ``Token``'s fields, in order, when its ``__init__``
    does nothing but set them (every field an init field, no ``__post_init__``)."""
    names = tuple(f.name for f in fields(Token))
    plain = (
        getattr(Token, "__slots__", None) == names
        and not hasattr(Token, "__post_init__")
        and all(f.init for f in fields(Token))
    )
    return tuple(Token.__dict__[name] for name in names) if plain else None


_TOKEN_SLOTS = _token_slots()


@lru_cache(maxsize=2)
def _token_parts(astral_text: bool) -> re.Pattern[str]:
    """The token regex as one group, to split a text into spaces and tokens."""
    return re.compile(f"({_token_pattern(astral_text).pattern})")


_first = itemgetter(0)
_second = itemgetter(1)
_third = itemgetter(2)


def _document_stems(tokens: list[str]) -> dict[str, tuple[int, int]]:
    """The stem span (see :func:`stem_span`) of every distinct token of a text
    (``tokens``: all its tokens), with the :func:`document_vocabulary` of the text."""
    words = list(set(tokens))
    choices = _CHOICES.of(words)
    vocabulary = set(chain.from_iterable(map(_first, choices)))
    stems = dict(zip(words, map(_third, choices), strict=True))
    options_of = list(map(_second, choices))
    for word, options in compress(zip(words, options_of, strict=True), options_of):
        for rest, span in options:
            if rest in vocabulary:
                stems[word] = span
                break
    return stems


_Choice = tuple[tuple[str, ...], tuple[tuple[str, tuple[int, int]], ...], tuple[int, int]]
_CHOICES: WordMemo[_Choice] = WordMemo(lambda word: _stem_choice(word))
"""The :func:`_stem_choice` of the words seen so far."""


def _stem_choice(word: str) -> _Choice:
    """What :func:`stem_span` and :func:`document_vocabulary` need of ``word``:
    its vocabulary entries, the ``(rest, stem span)`` of each bare proclitic
    chain to try in order (the first rest that is a word of the document wins),
    and the stem span when none is. The same steps as :func:`_stem_plan` and
    :func:`_stem_of`, in one go."""
    letters: list[int] | None
    if _MARK.search(word) is None:
        if _ARABIC_WORD.fullmatch(word) is None:
            return (), (), (0, len(word))
        letters, skeleton = None, word  # every character is a letter
    else:
        analysis = _analyse(word)
        if analysis is None:
            return (), (), (0, len(word))
        letters, skeleton = analysis
    prefixes = _prefixes(skeleton)
    prefix, definite = _article_prefix(skeleton, prefixes) if prefixes else (0, False)
    default = _word_span(word, letters, prefix, _stem_end(skeleton, prefix, definite))
    if definite:
        return (skeleton, skeleton[prefix:]), (), default
    if not prefixes or skeleton in _NOT_CLITIC:
        return (skeleton,), (), default
    longest = len(skeleton) - _MIN_AFTER_OTHER
    bare = sorted(
        (length for length, is_definite in prefixes if not is_definite and length <= longest),
        reverse=True,
    )
    options = tuple(
        (skeleton[n:], _word_span(word, letters, n, _stem_end(skeleton, n, False))) for n in bare
    )
    return (skeleton,), options, default


def _word_span(word: str, letters: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """:func:`_to_word_span`; ``letters`` is None when every character of ``word`` is a letter."""
    if letters is None:
        return start, end
    return _to_word_span(word, letters, start, end)


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Just the spans: what ``simple_word_tokenize`` would return, as offsets."""
    stop = len(text) if end is None else end
    return [match.span() for match in _tokens_in(text, start, stop)]


def clitic_variants(word: str) -> list[tuple[int, int]]:
    """Candidate stem spans of ``word``, relative to it, the whole word first
    and the most stripped last (see :func:`clitic_splits`)."""
    return [(split.start, split.end) for split in clitic_splits(word)]


@lru_cache(maxsize=1 << 18)
def clitic_splits(word: str) -> tuple[CliticSplit, ...]:
    """Every rule-allowed split of ``word`` into proclitics + stem + enclitic.

    Proclitics are an optional و/ف, an optional ب/ل/ك and an optional article
    (ل + ال is written «لل»); enclitics are the pronouns ه ها هم هما هن كم كما
    كن نا ي. A stem keeps at least 2 letters after a bare proclitic and 3
    after an article or before an enclitic; a definite stem takes no enclitic.
    """
    analysis = _analyse(word)
    if analysis is None:
        return (CliticSplit(0, len(word), False),)
    letters, skeleton = analysis
    whole = CliticSplit(0, len(word), False)
    found: dict[tuple[int, int], CliticSplit] = {(0, len(skeleton)): whole}
    candidates: list[tuple[int, int, bool]] = []
    for prefix, definite in [(0, False), *_prefixes(skeleton)]:
        candidates.append((prefix, len(skeleton), definite))
        if definite:
            continue
        for enclitic in _ENCLITICS:
            stem_end = len(skeleton) - len(enclitic)
            if skeleton.endswith(enclitic) and stem_end - prefix >= _MIN_AFTER_OTHER:
                candidates.append((prefix, stem_end, False))
    candidates.sort(key=lambda c: (c[0] + len(skeleton) - c[1], -c[1]))
    for stem_start, stem_end, definite in candidates:
        if (stem_start, stem_end) not in found:
            found[(stem_start, stem_end)] = CliticSplit(
                *_to_word_span(word, letters, stem_start, stem_end), definite
            )
    return tuple(found.values())


def stem_span(word: str, vocabulary: Container[str] | None = None) -> tuple[int, int]:
    """The stem a token records, relative to ``word``; the whole word when unsure.

    An article (with what precedes it) is always removed. A bare و/ف/ب/ل/ك
    is removed only on evidence: with a ``vocabulary`` (the words of the same
    document, see :func:`document_vocabulary`), when what remains occurs there
    on its own («وبريطانيا» when «بريطانيا» does); without one, only a
    conjunction + preposition pair before a stem of 4+ letters («وبواشنطن»).
    """
    if vocabulary is None:
        return _stem_without_context(word)
    plan = _stem_plan(word)
    if plan is None:
        return 0, len(word)
    skeleton, prefix, definite, bare_prefixes = plan
    if not definite:
        for length in bare_prefixes:
            if skeleton[length:] in vocabulary:
                return _stem_of(word, length, False)
    return _stem_of(word, prefix, definite)


def document_vocabulary(text: str) -> frozenset[str]:
    """The Arabic words of ``text`` (without diacritics), bare and without
    their article: the evidence :func:`stem_span` needs to strip a و or ب."""
    choices = _CHOICES.of(list(set(_token_strings(text))))
    return frozenset(chain.from_iterable(map(_first, choices)))


@lru_cache(maxsize=1 << 18)
def _stem_without_context(word: str) -> tuple[int, int]:
    plan = _stem_plan(word)
    if plan is None:
        return 0, len(word)
    skeleton, prefix, definite, bare_prefixes = plan
    if not definite:
        prefix = max((n for n in bare_prefixes if _is_pair(skeleton, n)), default=prefix)
    return _stem_of(word, prefix, definite)


@lru_cache(maxsize=1 << 18)
def _stem_plan(word: str) -> tuple[str, int, bool, tuple[int, ...]] | None:
    """What does not depend on context: the skeleton, the article prefix, and
    the bare proclitic chains that leave a stem of 3+ letters, longest first."""
    analysis = _analyse(word)
    if analysis is None:
        return None
    skeleton = analysis[1]
    prefixes = _prefixes(skeleton)
    if not prefixes:
        return skeleton, 0, False, ()
    prefix, definite = _article_prefix(skeleton, prefixes)
    if skeleton in _NOT_CLITIC:
        return skeleton, prefix, definite, ()
    longest = len(skeleton) - _MIN_AFTER_OTHER
    bare = sorted(
        (length for length, is_definite in prefixes if not is_definite and length <= longest),
        reverse=True,
    )
    return skeleton, prefix, definite, tuple(bare)


@lru_cache(maxsize=1 << 18)
def _stem_of(word: str, prefix: int, definite: bool) -> tuple[int, int]:
    letters, skeleton = _analyse(word) or ([], "")
    return _to_word_span(word, letters, prefix, _stem_end(skeleton, prefix, definite))


def _article_prefix(
    skeleton: str, prefixes: list[tuple[int, bool]] | None = None
) -> tuple[int, bool]:
    """Length of the longest proclitic chain that ends in an article, if any
    (``prefixes``: the :func:`_prefixes` of ``skeleton``, when known)."""
    if prefixes is None:
        prefixes = _prefixes(skeleton)
    prefix = max((length for length, definite in prefixes if definite), default=0)
    if prefix == 0:
        return 0, False
    if skeleton[prefix - 2 : prefix] == "لل" and skeleton.startswith(_LAM_INITIAL, prefix - 1):
        return prefix - 1, False
    return prefix, True


def _stem_end(skeleton: str, prefix: int, definite: bool) -> int:
    """Where the stem ends: before a pronoun only after a long stem, never after an article."""
    stem_end = len(skeleton)
    if not definite:
        for enclitic in _STEM_ENCLITICS:
            shorter = len(skeleton) - len(enclitic)
            if skeleton.endswith(enclitic) and shorter - prefix >= _MIN_STEM_BEFORE_ENCLITIC:
                stem_end = min(stem_end, shorter)
    return stem_end


def _is_pair(skeleton: str, length: int) -> bool:
    """A conjunction + preposition (وب، ول، فل...) before a long stem that is no known word."""
    return (
        length == 2
        and len(skeleton) - length >= _MIN_STEM_AFTER_PAIR
        and not skeleton.startswith(_NOT_A_PAIR)
    )


def _prefixes(skeleton: str) -> list[tuple[int, bool]]:
    """``(length, definite)`` of every proclitic chain ``skeleton`` may start with."""
    found: list[tuple[int, bool]] = []
    size = len(skeleton)
    for proclitics, article in _CHAINS_BY_LETTER.get(skeleton[:1], ()):
        if (
            proclitics
            and size - len(proclitics) >= _MIN_AFTER_PROCLITIC
            and skeleton.startswith(proclitics)
        ):
            found.append((len(proclitics), False))
        if size - len(article) >= _MIN_AFTER_OTHER and skeleton.startswith(article):
            found.append((len(article), True))
    return found


def _chains_by_letter() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every proclitic chain with its article form, in the order :func:`_prefixes`
    lists them, grouped by the letter a word must begin with for either to match."""
    chains = [
        (
            conjunction + preposition,
            conjunction + preposition + ("ل" if preposition == "ل" else "ال"),
        )
        for conjunction in _CONJUNCTIONS
        for preposition in _PREPOSITIONS
    ]
    return {
        letter: tuple(
            (proclitics, article)
            for proclitics, article in chains
            if proclitics.startswith(letter) or article.startswith(letter)
        )
        for letter in _PROCLITIC_LETTERS
    }


_CHAINS_BY_LETTER = _chains_by_letter()


@lru_cache(maxsize=1 << 18)
def _analyse(word: str) -> tuple[list[int], str] | None:
    """Letter positions and letters (the skeleton) of an Arabic word; None otherwise."""
    if _MARK.search(word) is None:
        if _ARABIC_WORD.fullmatch(word) is None:
            return None
        return list(range(len(word))), word
    letters = _letter_positions(word)
    if letters is None:
        return None
    return letters, "".join(word[i] for i in letters)


def _letter_positions(word: str) -> list[int] | None:
    """Indexes of the letters of an Arabic word (diacritics and tatweel skipped); None otherwise."""
    if _ARABIC_WORD.fullmatch(word) is None:
        return None
    letters = [index for index, char in enumerate(word) if char not in _MARKS]
    return letters or None


def _to_word_span(word: str, letters: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a span of letters back to ``word``, keeping the marks of the last letter."""
    if start == 0 and end == len(letters):
        return 0, len(word)
    word_start = letters[start]
    word_end = letters[end - 1] + 1
    while word_end < len(word) and word[word_end] in _MARKS:
        word_end += 1
    return word_start, word_end
