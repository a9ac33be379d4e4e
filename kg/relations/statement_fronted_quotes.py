"""A quotation that opens the sentence, and its speaker named after the verb.

«"لن نقبل بأي حل لا يحترم سيادة اليمن"، قال الرئيس اليمني عبدربه منصور هادي», ««...»، يقول
X», ««...»، هكذا قال X»: wire copy often puts the words first and the reporting verb after
them, behind the closing mark and a comma. The quotation is the verb's content (direct
speech) when it opens the sentence and closes right before the comma before the verb (or
before «هكذا» and the verb); the speaker is the name right after the verb, and only a name
(an unnamed «مصدر» or a pronoun says nothing here).
"""

from __future__ import annotations

import re

from kg.model import Sentence
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import ReportingVerb
from kg.relations.speaker_after import subject_after_verb
from kg.relations.statement_content import Content
from kg.relations.statement_quotes import quote_closing, trim_span
from kg.relations.statement_records import record_statement

_OPENERS = frozenset('"«“')
_CLOSED_COMMA = re.compile(r'^\s*["»”]\s*[،,]\s*$')
"""The gap between the quote's last word and the verb: a closing mark and a comma."""
_THUS = "هكذا"
_NAMED = frozenset({"after", "title", "capital"})
"""Speakers named right after the verb: by name, through a title, a capital's government."""


def fronted_quote(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> Content | None:
    """The quotation that opens ``sentence`` and closes, with a comma, right before the
    reporting verb at ``words[position]`` (or before «هكذا» and the verb), or None."""
    verb = position - 1 if position > 1 and words[position - 1].norm == _THUS else position
    if verb < 1 or not _CLOSED_COMMA.match(context.gap(words[verb - 1], words[verb])):
        return None
    text = context.doc.text
    opener = sentence.start
    while opener < words[0].start and text[opener].isspace():
        opener += 1
    if opener >= words[0].start or text[opener] not in _OPENERS:
        return None
    closing = quote_closing(text, opener)
    if not words[verb - 1].end <= closing < words[verb].start:
        return None  # the mark before the verb closes another quotation
    start, end = trim_span(text, opener + 1, closing)
    return Content(0, start, end, True) if start < end else None


def fronted_statement(context: Extraction, sentence: Sentence, words: list[Word],
                      position: int, verb: ReportingVerb) -> bool:
    """Record the fronted quotation of the verb at ``words[position]`` as said by the name
    right after the verb; whether there was such a quotation (said by a name or not)."""
    content = fronted_quote(context, words, position, sentence)
    if content is None:
        return False
    reading = subject_after_verb(context, words, position, len(words))
    if reading.entity_id is not None and reading.how in _NAMED:
        record_statement(context, sentence, words[position], reading, content.start,
                         content.end, True, verb)
    return True
