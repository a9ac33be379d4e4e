"""The statement on the line after «وقال الوزير:».

Arabic news often ends the line of the reporting verb with a colon and prints what was
said on the next line, with no quotation marks:

    وقالت الوزيرة ريم الهاشمي:
    - إن الإمارات تدعم الحل السياسي.

The sentence splitter cuts at the line break, so the verb's own sentence holds nothing
after the colon. The rule: when the verb's sentence ends with a colon and the next
sentence follows with only white space in between, that next sentence is what was said
(direct speech, as after «قال:» on one line). A list dash or bullet opening it is not
part of the statement, and a quotation opening it is read inside its marks. The next
sentence is not taken when it opens with a verb of saying of its own («وقال النائب ...»),
which reports someone else's words.
"""

from __future__ import annotations

from kg.model import Document, Sentence
from kg.relations.lexicon import CLOSING_QUOTE, find_reporting
from kg.text.normalize import normalize_key

_BULLETS = "-–—•*·"
_MAX_GAP_LINES = 2
"""At most one blank line between the colon and the statement."""


def _following(doc: Document, sentence: Sentence) -> Sentence | None:
    """The sentence right after ``sentence`` in the text."""
    sentences = doc.sentences
    at = sentence.index + 1
    if 0 <= at < len(sentences) and sentences[at].index == at:
        return sentences[at]
    return next((s for s in sentences if s.start >= sentence.end), None)


def line_after_colon(doc: Document, sentence: Sentence,
                     last_word_end: int) -> tuple[int, int] | None:
    """The span of the statement printed after the colon that ends ``sentence`` (whose
    last word ends at ``last_word_end``), or None when the sentence does not end with a
    colon or no sentence follows it right away."""
    text = doc.text
    if text.find(":", last_word_end, sentence.end) < 0:
        return None
    following = _following(doc, sentence)
    if following is None:
        return None
    between = text[sentence.end:following.start]
    if between.strip() or between.count("\n") > _MAX_GAP_LINES:
        return None
    start, end = following.start, following.end
    while start < end and (text[start].isspace() or text[start] in _BULLETS):
        start += 1
    if start >= end:
        return None
    closer = CLOSING_QUOTE.get(text[start])
    if closer is not None:
        closing = text.find(closer, start + 1, end)
        if closing > start + 1:
            start, end = start + 1, closing
    first = text[start:end].split(maxsplit=1)
    if not first:
        return None
    hit = find_reporting(normalize_key(first[0]))
    if hit is not None and hit.prefix in {"و", "ف"}:
        return None  # «وقال النائب ...»: a new speaker's sentence
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛"):
        end -= 1
    return (start, end) if start < end else None
