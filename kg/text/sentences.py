"""Sentence spans over the untouched article text.

Arabic news mixes « », “ ” and ASCII quotes, numbers such as ``3.5`` and
``/31/``, abbreviations such as «د.» and headline or dateline lines without
final punctuation. The splitter never changes the text: it returns
``(start, end)`` spans, trimmed of whitespace, so ``text[start:end]`` is the
sentence as printed (design decision 1). It works line by line with compiled
regexes, so the Python loop runs per candidate end, not per character.

A run of text with no sentence end (a page of unpunctuated text, a list run
together) is cut into pieces of at most :data:`MAX_SENTENCE_CHARS`, at a
clause mark or a space where there is one, so no later stage ever sees an
unbounded sentence: their cost per sentence stays bounded.
"""

from __future__ import annotations

import re
import unicodedata

_LINE = re.compile(r"[^\n\r\u2028\u2029\x85]+")
_HAS_TERMINATOR = re.compile(r"[.!?؟…]")
# Characters that may follow an end mark: spaces, invisible direction marks,
# or the first Arabic letter of a sentence written without a space.
_AFTER_END = r"(?=[\s\u200e\u200f\u061c]|$|[\u0621-\u064a])"
# An end mark (a run of . ! ? ؟ …) followed by the closing quotes and brackets
# that belong to the sentence it ends.
_END = re.compile(r"(?P<mark>[.!?؟…]+)[\"»”’')\]]*" + _AFTER_END)
_QUOTE = re.compile(r"[«»“”\"]")
_OPENING = frozenset("«“")
_CLOSING = frozenset("»”")
# Arabic letters that can stand alone before a dot as an abbreviation: titles
# «د.» (doctor), «م.» (engineer), «أ.» (professor), initials of names «ع.»,
# «ص.ب» (post box), «ق.م» (BC). Not the letters that never begin a word.
_ARABIC_INITIALS = frozenset(
    chr(code) for code in range(0x0621, 0x064B) if chr(code) not in "ءؤئةىـ"
)
# Title abbreviations that also take the conjunction: «ود. عادل» (and Dr. Adel).
_CONJOINED_TITLES = frozenset("دمأ")
_CONJUNCTIONS = frozenset("وف")
# Latin letters spelled in Arabic script, as written in initials run together
# with no space: «دي.بي كارنيك», «إل.جي», «إي.واي».
_SPELLED_LATIN_LETTERS = frozenset(
    [
        "بي",
        "تي",
        "سي",
        "دي",
        "إي",
        "إف",
        "جي",
        "إتش",
        "آي",
        "جيه",
        "كيه",
        "إل",
        "إم",
        "إن",
        "أو",
        "كيو",
        "آر",
        "إس",
        "يو",
        "في",
        "إكس",
        "واي",
        "زد",
    ]
)

MAX_SENTENCE_CHARS = 2000
"""The longest sentence the splitter returns. Of the 34,583 sentences of the
SaudiNewsNet sample zip, 14 are longer (one, a list without full stops, 7,833)."""
# Where a long run is best cut, in order of preference: after a clause mark,
# else at a space. Searched in the second half of the window only, so every
# piece is at least half the bound long.
_CLAUSE_BREAK = re.compile(r"[،,؛;:]\s")
_SPACE = re.compile(r"\s")
_NON_SPACE = re.compile(r"\S")


def split_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, in order, without surrounding whitespace.

    A line break always ends a sentence, so headlines and datelines are
    sentences of their own; within a line a sentence ends at ``. ! ? ؟ …``
    unless the mark is inside a quotation that goes on, between digits, part
    of an abbreviation, or a «..» that joins two halves of a headline. A
    sentence longer than ``max_chars`` is cut (:func:`bounded_spans`).
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = _strip(text, line.start(), line.end())
        if start >= end:
            continue
        if _HAS_TERMINATOR.search(text, start, end) is None:
            found = [(start, end)]
        else:
            found = _split_line(text, start, end)
        for span in found:
            if span[1] - span[0] > max_chars:
                spans.extend(bounded_spans(text, span[0], span[1], max_chars))
            else:
                spans.append(span)
    return spans


def bounded_spans(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut into stripped pieces of at most ``max_chars`` characters.

    Each cut goes after the last clause mark («،» , ؛ ; :) followed by a space
    in the second half of the window, else at its last space, else (one
    unbroken word) at the bound itself.
    """
    if max_chars < 2:
        raise ValueError(f"max_chars must be at least 2, not {max_chars}")
    pieces: list[tuple[int, int]] = []
    while end - start > max_chars:
        limit = start + max_chars
        half = start + max_chars // 2
        cut = _last_match_end(_CLAUSE_BREAK, text, half, limit)
        if cut is None:
            space = _last_match_end(_SPACE, text, half, limit)
            cut = limit if space is None else space - 1
        piece = _strip(text, start, cut)
        if piece[0] < piece[1]:
            pieces.append(piece)
        start, _ = _strip(text, cut, end)
    if start < end:
        pieces.append((start, end))
    return pieces


def _last_match_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    """The end of the last match of ``pattern`` inside ``text[start:end]``."""
    last = None
    for match in pattern.finditer(text, start, end):
        last = match.end()
    return last


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` to its first and last non-space characters.

    ``(end, end)`` when it is all space. It looks at the spaces only, never
    copies the span: it runs once per sentence on what can be a long line.
    """
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return end, end
    start = first.start()
    while text[end - 1].isspace():
        end -= 1
    return start, end


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one non-empty, stripped line."""
    quotes = _quote_depths(text, start, end)
    spans: list[tuple[int, int]] = []
    quote_index = 0
    depth = 0
    sentence_start = start
    for match in _END.finditer(text, start, end):
        while quote_index < len(quotes) and quotes[quote_index][0] < match.end():
            depth = quotes[quote_index][1]
            quote_index += 1
        if depth > 0 or not _is_sentence_end(text, match, start):
            continue
        spans.append((sentence_start, match.end()))
        sentence_start, _ = _strip(text, match.end(), end)
    if sentence_start < end:
        spans.append((sentence_start, end))
    return spans


def _is_sentence_end(text: str, match: re.Match[str], line_start: int) -> bool:
    mark = match.group("mark")
    if mark == "..":
        return False
    if mark == ".":
        position = match.start()
        before = text[position - 1] if position > line_start else " "
        before_before = text[position - 2] if position - 1 > line_start else " "
        if not before_before.isalpha() and ("A" <= before <= "Z" or "a" <= before <= "z"):
            return False
        if _is_arabic_abbreviation(text, position, line_start):
            return False
    return True


def _word_before(text: str, position: int, line_start: int) -> tuple[str, int]:
    """The letters of the word that ends at ``position`` and where it starts.

    Combining marks (tanween, shadda) are skipped, so «مخطئًا» reads as its
    letters and a final «ا» after «ً» is not taken for a one-letter word.
    """
    letters: list[str] = []
    start = position
    while start > line_start:
        char = text[start - 1]
        if unicodedata.category(char).startswith("M") or char == "\u0640":
            start -= 1
            continue
        if not char.isalpha():
            break
        letters.append(char)
        start -= 1
    return "".join(reversed(letters)), start


def _is_arabic_abbreviation(text: str, position: int, line_start: int) -> bool:
    """Whether the dot at ``position`` closes an abbreviation, not a sentence.

    A one-letter Arabic word before a dot is a title or an initial: «د.
    محمد», «م. عادل», «أ.د. خالد», «ع. الحربي», «ص.ب 42», also with the
    conjunction for titles, «ود. نزار». The era mark after a number, «عام
    2015م.» or «1436 هـ.», ends the sentence it closes, as it usually does at
    the end of a dated sentence, and stays a sentence end. Latin letters
    spelled in Arabic and run together with the next one, «دي.بي», are
    initials as well.
    """
    word, start = _word_before(text, position, line_start)
    if len(word) == 2 and word[0] in _CONJUNCTIONS and word[1] in _CONJOINED_TITLES:
        word = word[1]
    if len(word) != 1:
        return word in _SPELLED_LATIN_LETTERS and _letter_follows(text, position + 1)
    if word not in _ARABIC_INITIALS:
        return False
    previous = start - 1
    if previous >= line_start and text[previous] == " ":
        previous -= 1
    return previous < line_start or not text[previous].isdigit()


def _letter_follows(text: str, position: int) -> bool:
    return position < len(text) and text[position].isalpha()


def _quote_depths(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(position, depth after the quote mark)`` for every quote mark of a line.

    « “ open and » ” close; an ASCII ``"`` opens after a space or at the start
    and closes before a space, punctuation or the end, and otherwise toggles.
    A line whose quotes never close is treated as having no quotes, so one
    stray mark cannot glue a whole paragraph into one sentence.
    """
    depths: list[tuple[int, int]] = []
    depth = 0
    ascii_open = 0
    for match in _QUOTE.finditer(text, start, end):
        position = match.start()
        mark = match.group()
        if mark in _OPENING:
            depth += 1
        elif mark in _CLOSING:
            depth = max(depth - 1, 0)
        else:
            before = text[position - 1] if position > start else " "
            after = text[position + 1] if position + 1 < end else " "
            if before.isspace() or before in "«“([":
                opens = not (after.isspace() and ascii_open > 0)
            elif after.isspace() or not after.isalnum():
                opens = False
            else:
                opens = ascii_open == 0
            if opens:
                ascii_open += 1
                depth += 1
            elif ascii_open > 0:
                ascii_open -= 1
                depth = max(depth - 1, 0)
        depths.append((position, depth))
    if depth > 0:
        return []
    return depths
