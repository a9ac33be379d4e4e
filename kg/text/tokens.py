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
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.utils.charsets import UNICODE_PUNCT_SYMBOL_CHARSET

from kg.model import Token


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
    return _tokenize(text, start, end, sentence_index, first_index, vocabulary, {})


def tokenize_document(text: str, sentences: Iterable[tuple[int, int, int]]) -> list[Token]:
    """The tokens of every ``(index, start, end)`` sentence of ``text``, numbered
    across the document, with stems that use the whole text as evidence: what
    :func:`tokenize` gives sentence by sentence with :func:`document_vocabulary`."""
    stems: dict[str, tuple[int, int]] = {}
    vocabulary = _document_vocabulary(text, stems)
    tokens: list[Token] = []
    for sentence_index, start, end in sentences:
        tokens += _tokenize(text, start, end, sentence_index, len(tokens), vocabulary, stems)
    return tokens


def _tokenize(
    text: str,
    start: int,
    end: int,
    sentence_index: int,
    first_index: int,
    vocabulary: Container[str] | None,
    stems: dict[str, tuple[int, int]],
) -> list[Token]:
    """:func:`tokenize`, with ``stems`` caching the stem span of each word (for
    one ``vocabulary``: a cache must not outlive the document it was made for)."""
    tokens: list[Token] = []
    append = tokens.append
    number = first_index
    for match in _tokens_in(text, start, end):
        token_start, token_end = match.span()
        word = match.group()
        stem = stems.get(word)
        if stem is None:
            stem = stems[word] = stem_span(word, vocabulary)
        append(
            Token(
                number,
                token_start,
                token_end,
                sentence_index,
                token_start + stem[0],
                token_start + stem[1],
            )
        )
        number += 1
    return tokens


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
    return _document_vocabulary(text, {})


def _document_vocabulary(text: str, stems: dict[str, tuple[int, int]]) -> frozenset[str]:
    """:func:`document_vocabulary`; ``stems`` gets the whole-word stem span of
    every word that is not Arabic, so that tokenizing needs no plan for it."""
    words: set[str] = set()
    add = words.add
    for word in set(_token_strings(text)):
        plan = _stem_plan(word)
        if plan is None:
            stems[word] = (0, len(word))
            continue
        skeleton, prefix, definite, _ = plan
        add(skeleton)
        if definite:
            add(skeleton[prefix:])
    return frozenset(words)


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
    prefix, definite = _article_prefix(skeleton)
    bare = sorted(
        (length for length, is_definite in _prefixes(skeleton) if not is_definite),
        reverse=True,
    )
    bare_prefixes = tuple(
        n for n in bare if len(skeleton) - n >= _MIN_AFTER_OTHER and skeleton not in _NOT_CLITIC
    )
    return skeleton, prefix, definite, bare_prefixes


@lru_cache(maxsize=1 << 18)
def _stem_of(word: str, prefix: int, definite: bool) -> tuple[int, int]:
    letters, skeleton = _analyse(word) or ([], "")
    return _to_word_span(word, letters, prefix, _stem_end(skeleton, prefix, definite))


def _article_prefix(skeleton: str) -> tuple[int, bool]:
    """Length of the longest proclitic chain that ends in an article, if any."""
    prefix = max((length for length, definite in _prefixes(skeleton) if definite), default=0)
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
    if skeleton[:1] not in _PROCLITIC_LETTERS:
        return found
    for conjunction in _CONJUNCTIONS:
        for preposition in _PREPOSITIONS:
            chain = conjunction + preposition
            rest = len(skeleton) - len(chain)
            if chain and skeleton.startswith(chain) and rest >= _MIN_AFTER_PROCLITIC:
                found.append((len(chain), False))
            article = chain + ("ل" if preposition == "ل" else "ال")
            if skeleton.startswith(article) and len(skeleton) - len(article) >= _MIN_AFTER_OTHER:
                found.append((len(article), True))
    return found


@lru_cache(maxsize=1 << 18)
def _analyse(word: str) -> tuple[list[int], str] | None:
    """Letter positions and letters (the skeleton) of an Arabic word; None otherwise."""
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
