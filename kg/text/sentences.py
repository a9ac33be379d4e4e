"""Sentence spans over the untouched article text.

Arabic news mixes « », “ ” and ASCII quotes, numbers such as ``3.5`` and
``/31/``, abbreviations such as «د.» and headline or dateline lines without
final punctuation. The splitter never changes the text: it returns
``(start, end)`` spans, trimmed of whitespace, so ``text[start:end]`` is the
sentence as printed (design decision 1). It works line by line with compiled
regexes, so the Python loop runs per candidate end, not per character.
"""

from __future__ import annotations

import re

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
# A single letter before a dot that is an abbreviation, not a sentence end:
# Latin initials (U.S., J. Smith) and Arabic «د.» (doctor), «أ.» (professor).
_ARABIC_ABBREVIATIONS = frozenset("دأ")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``, in order, without surrounding whitespace.

    A line break always ends a sentence, so headlines and datelines are
    sentences of their own; within a line a sentence ends at ``. ! ? ؟ …``
    unless the mark is inside a quotation that goes on, between digits, part
    of an abbreviation, or a «..» that joins two halves of a headline.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = _strip(text, line.start(), line.end())
        if start >= end:
            continue
        if _HAS_TERMINATOR.search(text, start, end) is None:
            spans.append((start, end))
        else:
            spans.extend(_split_line(text, start, end))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` to its first and last non-space characters."""
    segment = text[start:end]
    stripped = segment.lstrip()
    start += len(segment) - len(stripped)
    end = start + len(stripped.rstrip())
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
        if not before_before.isalpha() and (
            ("A" <= before <= "Z" or "a" <= before <= "z") or before in _ARABIC_ABBREVIATIONS
        ):
            return False
    return True


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
