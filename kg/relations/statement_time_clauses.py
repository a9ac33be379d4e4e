"""«وقال X قبل أن يعود إلى لندن "..."»: «أن» after «قبل», «بعد», «دون» opens no statement.

A preposition of time or manner before «أن» («قبل أن», «بعد أن», «دون أن», «بمجرد أن») makes
a clause of time or manner of the verb («before he went back»), not what the verb reports;
the words said come after it (fresh news, session 44: «وقال بلير ... قبل ان يعود الى لندن
"نحن ..."» gave «يعود الى لندن» as his words). The scan of
:func:`kg.relations.statement_content.verb_content` passes over such an «أن», unless a
quotation has opened since the verb and is still open («وقال في كلمة أمام ... "لن يهدأ لنا بال
قبل أن نعيد ..."»): the «أن» is then inside the words said, read as before. The head and
«أن» stand side by side with only a space between: «وقال لـ"سبق": إنه ...» names the
newspaper «سبق» (a quote mark and a colon between), and its «إنه» opens the words said.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.text.normalize import normalize_key

_HEADS = frozenset(normalize_key(word) for word in (
    "قبل", "بعد", "دون", "بدون", "عقب", "لحين", "بمجرد", "ريثما", "منذ",
    # «had already» in a relative clause: «... لـ"عزام" الذي سبق أن وجه تهديدات "..."»
    "سبق", "وسبق"))
"""Words that with «أن» make a clause of time or manner («قبل أن», «دون أن», «سبق أن»)."""


def quote_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` (the words from the verb to «أن») is still open:
    a quoted name closed before it («قبل أن يترك الكلمة لـ"عزام" الذي سبق أن») is not."""
    return text.count('"') % 2 == 1 or text.count("«") > text.count("»") or \
        text.count("“") > text.count("”")


def time_clause(text: str, words: list[Word], index: int) -> bool:
    """Whether the complementizer at ``words[index]`` follows a head of time or manner, with
    nothing but a space between them and no quote mark before the head («لـ"سبق": إنه»)."""
    if index < 1 or words[index - 1].norm not in _HEADS:
        return False
    head = words[index - 1]
    return not text[head.end:words[index].start].strip() and \
        text[max(0, head.start - 1):head.start] not in _QUOTES


_QUOTES = frozenset('"«“\'')
