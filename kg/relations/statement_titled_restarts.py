"""«وأوضح أن ... وأضاف الوزير أن ...»: a joined verb of saying with a title after it opens
the narrator's next statement.

The narrator names the speaker again by a title («وأضاف الوزير», «وقال ممثل قطر X»,
«وأضاف الإمام بحزن») only in their own sentence, whose full stop the wire text often lost:
when that verb reports words of its own (an «أن» or a quotation follows), the indirect
statement before it ends at the «و». A joined verb with no subject («... وقال
إن ...») is left to the statement (it may belong to the reported clause's own subject: «قال
إن الوزير زار المدينة وقال إن ...»), as is one with a name after it, which
:mod:`kg.relations.statement_content` already reads (fresh news, session 44: «وأوضح أنه
... وأضاف الوزير أنه رغم ...» ran as one statement).
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    HONORIFICS,
    OPENING_QUOTES,
    TITLE_HEADS,
    find_reporting,
)
from kg.text.normalize import normalize_key

_INTRANSITIVE = frozenset(normalize_key(lemma) for lemma in (
    "قال", "أضاف", "أوضح", "أكد", "أشار", "تابع", "ذكر", "صرح", "أعلن", "شدد", "لفت", "اعتبر",
    "رأى", "استطرد", "كشف", "بين", "نفى", "أفاد"))
"""Verbs of saying whose next noun is their subject; «وأبلغ الأمين العام ...» (informed the
secretary-general) has the title as its object and goes on with the statement."""
_DEFINITE_TITLES = frozenset({"الامام", "الخطيب", "الناطق", "المتحدث"})
"""Titles read only with the article («الإمام», not «أمام» before a place)."""


def titled_restart(text: str, words: list[Word], index: int) -> bool:
    """Whether the word after the joined verb of saying at ``words[index]`` is a title and
    the verb reports words of its own (an «أن» or a quotation later in the sentence): «وقال
    المدرب كلاما كثيرا» reports nothing and stays in the statement."""
    if index + 1 >= len(words):
        return False
    hit = find_reporting(words[index].norm)
    if hit is None or hit.value.lemma not in _INTRANSITIVE:
        return False
    after = words[index + 1].norm
    if not (after in HONORIFICS or after in _DEFINITE_TITLES or
            after.removeprefix("ال") in TITLE_HEADS):
        return False
    rest = words[index + 2:]
    return any(word.norm in COMPLEMENTIZERS for word in rest) or any(
        mark in text[words[index].end:words[-1].end] for mark in OPENING_QUOTES + ":")
