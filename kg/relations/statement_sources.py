"""Statements on a source's word: «وبحسب «رويترز»، ...», «حسبما صرح السفير X», «وجاء في بيان».

After «بحسب», «حسب», «وفقا لـ» a named source (or the author of «بيان لـ X») speaks the
rest of the sentence when the cue opens it, or the clause before when the cue ends it
(«... ، بحسب بيان لرئاسة الإقليم.»); an unnamed one («بحسب مصادر») says nothing. After
«حسبما», «بحسب ما», «وفقا لما» a person named after the verb said the clause before it.
«وجاء في بيان لوزارة الداخلية أن ...» (:mod:`kg.relations.came_in`) and «وفق ما قاله
الوزير X», «ومما قاله X: "..."» (:mod:`kg.relations.said_relatives`) are read as «قال».
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import typed_name
from kg.relations.came_in import CameIn
from kg.relations.context import Extraction
from kg.relations.cue_words import SOURCE_CUES
from kg.relations.index import REPORTING_WORD, Word
from kg.relations.issued_by import issuer_start
from kg.relations.lexicon import ReportingVerb, find_reporting
from kg.relations.said_relatives import SaidIt
from kg.relations.speaker_readings import SpeakerReading
from kg.relations.speakers import find_speaker
from kg.relations.statement_content import verb_content
from kg.relations.statement_gender import gender_clash
from kg.relations.statement_quotes import SUBJECT_LABELS, inside_quotation, trim_span
from kg.relations.statement_records import record_statement
from kg.relations.statement_titled_sources import titled_source
from kg.text.normalize import normalize_key

_CUE_LINKS = frozenset({"ل", "لـ"})
_DOCUMENTS = frozenset({"بيان", "تقرير", "تصريحات", "تصريح"})
_MIN_CONTENT_WORDS = 3


def according_cue(words: list[Word]) -> int | None:
    """The index of the first «بحسب»-like cue of the sentence (not «بحسب ما»), or None."""
    for position, word in enumerate(words):
        if word.norm in SOURCE_CUES and not (
                position + 1 < len(words) and words[position + 1].norm in {"ما", "لما"}):
            return position
    return None


def on_the_word_of(context: Extraction, sentence: Sentence, words: list[Word],
                   position: int) -> None:
    """«وبحسب «رويترز»، من المتوقع ...», «... ، بحسب بيان لرئاسة الإقليم.»: a named source
    after «بحسب», «حسب», «وفقا لـ» is the speaker of the rest of the sentence when the cue
    opens it, of the clause before when the cue's phrase ends it (the annotation guidelines
    take the source as the author). An unnamed source («بحسب مصادر») says nothing here."""
    source = _cued_source(context, words, position + 1)
    if source is None or context.label(source[0]) not in SUBJECT_LABELS - {"City"}:
        return
    speaker, after = source
    text = context.doc.text
    reporting = context.trigger_positions(words, REPORTING_WORD)
    if position == 0:
        first = _content_after_source(context, words, after)
        if first is None or first + _MIN_CONTENT_WORDS > len(words) or \
                any(first <= verb <= first + 4 for verb in reporting):
            return  # «وبحسب «رويترز»، فقد ذكرت الوزارة ...»: the verb's own speaker
        start, end = trim_span(text, words[first].start, sentence.end)
    elif after == len(words) and _closing_comma(context.gap(words[position - 1], words[position])) \
            and position >= _MIN_CONTENT_WORDS and \
            not any(verb < position for verb in reporting):
        start, end = trim_span(text, sentence.start, words[position - 1].end)
        if start < end and text[start] in "«\"“" and \
                text[start] not in text[start + 1:end]:  # «"..."، بحسب X»: inside the marks
            start += 1
    else:
        return
    if start >= end or inside_quotation(context, words[position]):
        return
    record_statement(context, sentence, words[position], SpeakerReading(speaker, "according"),
                     start, end, False, None)


def _closing_comma(gap: str) -> bool:
    """A comma before the cue, after the closing mark of a quotation or not
    («"..."، بحسب X», «... ، بحسب X»)."""
    return gap.strip().lstrip("»\"”").strip() in {"،", ","}


_THEN = frozenset({"فان", "فانه", "فانها", "فانهم", "فقد"})
_SOURCE_TAIL = 10
"""How far after the source its own description («التي تصدر في هونغ كونغ», «على موقعها
الإلكتروني») may run before «فإن» or a comma opens what it says."""


def _content_after_source(context: Extraction, words: list[Word], after: int) -> int | None:
    """Where what the source says begins: after «فإن» or the first comma that closes the
    source's own description, else past its adjectives («وزارة الداخلية السعودية»)."""
    for index in range(after, min(len(words), after + _SOURCE_TAIL)):
        if context.gap(words[index - 1], words[index]).strip().strip("»\"”") in {"،", ","}:
            return index + (words[index].norm in _THEN)
        if words[index].norm in _THEN:
            return index + 1
    index = after
    while index < len(words) and (context.country_for_nisba(words[index]) is not None or (
            words[index].norm.startswith("ال") and words[index].norm.endswith(("يه", "ي")))):
        index += 1
    return index if index < len(words) else None


def _cued_source(context: Extraction, words: list[Word], index: int) -> tuple[str, int] | None:
    """The named source after a cue (through «لـ», a kind noun before a quoted name, or a
    statement «بيان لـ X») and the index of the word after it; None for an unnamed one."""
    if index < len(words) and words[index].norm in _CUE_LINKS:
        index += 1
    if index < len(words) and (words[index].norm in _DOCUMENTS or (
            words[index].norm.startswith("ل") and words[index].norm[1:] in _DOCUMENTS)):
        index += 1  # «بحسب بيان لرئاسة الإقليم», «وفقا لبيان لـ X»: the statement's author
        issuer = issuer_start(words, index)
        if issuer is not None:  # «بحسب بيان صادر عن وزارة الداخلية»
            index = issuer
    if index >= len(words):
        return None
    if (titled := titled_source(context, words, index)) is not None:
        return titled  # «وبحسب المتحدث الرسمي للهيئة X فقد»
    mention = context.mention_starting_in(words[index]) or typed_name(context, words, index)
    if mention is None or not mention.entity_id or mention.label not in SUBJECT_LABELS or \
            context.is_nisba(mention):
        return None  # «بحسب مصادر ليبية»: an unnamed source of a country
    last = context.word_at(max(mention.start, mention.end - 1))
    if last is None:
        return None
    return mention.entity_id, last.index - words[0].index + 1


_ACCORDING_ONE = frozenset({"حسبما", "وحسبما", "بحسبما"})
_ACCORDING_TWO = frozenset({("حسب", "ما"), ("بحسب", "ما"), ("وفق", "ما"), ("وفقا", "لما"),
                            ("طبقا", "لما"), ("تبعا", "لما")})
_ACCORDING_SPEAKERS = frozenset({"after", "title"})


def _according_start(words: list[Word], position: int) -> int | None:
    """The index of «حسبما» / «بحسب ما» / «وفقا لما» right before the verb, or None."""
    if position >= 1 and words[position - 1].norm in _ACCORDING_ONE:
        return position - 1
    if position >= 2 and (words[position - 2].norm, words[position - 1].norm) in _ACCORDING_TWO:
        return position - 2
    return None


def according_to(context: Extraction, sentence: Sentence, words: list[Word], position: int,
                 verb: ReportingVerb) -> None:
    """«وسيبقى أوباما في نيروبي حسبما صرح السفير فلان»: after «حسبما», «بحسب ما», «وفقا
    لما» the verb's content is the clause before, from the sentence start. Only a person
    named after the verb speaks so: a newspaper or an agency («حسبما ذكرت وكالة ...») is a
    source cited, not a speaker, and with no name the subject of the clause before is
    what was reported, not who said it."""
    marker = _according_start(words, position)
    if marker is None or marker < 2:
        return
    start, end = trim_span(context.doc.text, sentence.start, words[marker - 1].end)
    if start >= end:
        return
    reading = find_speaker(context, words, position, len(words), sentence)
    if reading.entity_id is None or reading.how not in _ACCORDING_SPEAKERS or \
            context.label(reading.entity_id) != "Person":
        return
    record_statement(context, sentence, words[position], reading, start, end, False, verb)


_SAY = find_reporting(normalize_key("قال"))


def came_in_statement(context: Extraction, sentence: Sentence, words: list[Word],
                      cue: CameIn) -> None:
    """«وجاء في بيان لوزارة الداخلية أن ...» (see :mod:`kg.relations.came_in`): the author
    says what follows the author's name («أن», a colon, a quotation)."""
    if _SAY is None or inside_quotation(context, words[cue.cue]):
        return
    content = verb_content(context, words, cue.last, sentence, _SAY.value)
    if content is None:
        return
    _, start, end, direct = content
    if start >= end:
        return
    record_statement(context, sentence, words[cue.cue], SpeakerReading(cue.author, "author"),
                     start, end, direct, _SAY.value)


def said_it_statement(context: Extraction, sentence: Sentence, words: list[Word],
                      cue: SaidIt) -> None:
    """«وفق ما قاله الوزير X», «ومما قاله X: "..."» (see :mod:`kg.relations.said_relatives`):
    a person named right after the verb says what follows him (a colon, a quotation,
    «أن») or, after a «حسب»-like cue, the clause before it."""
    if _SAY is None or inside_quotation(context, words[cue.verb]) or \
            context.covering_mention(words[cue.verb].start) is not None:
        return
    verb = _SAY.value
    position = cue.after - 1
    content = verb_content(context, words, position, sentence, verb)
    if content is not None and not cue.according and not content.direct:
        content = None  # «رفض ما قاله X إن ...»: only a colon or a quotation here
    if content is None:
        if not cue.according or cue.opening < 2:
            return
        start, end = trim_span(context.doc.text, sentence.start, words[cue.opening - 1].end)
        first, direct = len(words), False
    else:
        first, start, end, direct = content
    if start >= end:
        return
    reading = find_speaker(context, words, position, first, sentence)
    if reading.entity_id is None or reading.how not in _ACCORDING_SPEAKERS or \
            context.label(reading.entity_id) != "Person" or \
            gender_clash(context, words[cue.verb].norm.removesuffix("ه"), verb, reading):
        return
    record_statement(context, sentence, words[cue.verb], reading, start, end, direct, verb)
