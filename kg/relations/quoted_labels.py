"""A quoted label between a speaker's name and the colon that opens his words.

«ويقول فهد الغانمي «موظف في منتجع سياحي بأبحر»: إن السبب الرئيسي ...», «وقال سالم
العلي «متقاعد»: الأسعار مرتفعة»: a short quotation right before a colon, with the
words after the colon going on in the sentence, is the speaker's job or role written in
quotation marks; what he said is after the colon, not inside the marks.
"""

from __future__ import annotations

from kg.model import Sentence

MAX_LABEL_WORDS = 8
"""The longest quotation read as a label («موظف في منتجع سياحي بأبحر» has five words)."""


def label_before_colon(text: str, start: int, end: int, closing: int,
                       sentence: Sentence) -> bool:
    """Whether the quotation ``text[start:end]`` closed at ``closing`` is a label: at most
    :data:`MAX_LABEL_WORDS` words, followed by a colon and at least two more words."""
    if len(text[start:end].split()) > MAX_LABEL_WORDS:
        return False
    rest = text[closing + 1:sentence.end].lstrip(" \t")
    return rest.startswith(":") and len(rest[1:].split()) >= 2
