"""Attribution: who said what. «وقال جيفري "..."», «وأكد الوزير أن ...», «وأضاف: «...»».

A reporting verb (قال، أكد، أضاف، أوضح، أشار، نفى، حذر ...) opens a
statement. Its content is the first of, after the verb and its subject: a
quotation in « », “ ” or "..." (direct; the span inside the marks), the
clause after أن/إن/بأن (indirect, up to the end of the sentence or the next
reporting participle), or, for verbs such as أكد على / كشف عن, the phrase
after the preposition. A short quotation followed by more of the clause is a
name («لـ«الشرق الأوسط»», «وقال "الزوي":»), not the content. The speaker is
read by :mod:`kg.relations.speakers`; a verb inside a quotation is part of
the quote, never a reporting verb. A denial (نفى) becomes a ``denies``
relation and its content is marked as not asserted. Each statement has one
speaker, and a confidence that says how the speaker was found. Reported opinions
(رأى، توقع، رجّح، نبّه، «مبيّناً»، «واصفاً») report like speech; أعلن/أكد may report
a verbal noun in construct («أعلنت الحكومة خلوّ البلاد من المرض»); a feeling
expressed («أعرب عن استغرابه») is no statement (the stance rules read it). After
«حسبما», «بحسب ما», «وفقا لما» the content is the clause before the verb, when a person
named after the verb said it («..., حسبما صرح السفير فلان»).

This module reads the verbs of a sentence and the headline colon («ترامب لـجمهوره :
باقون»); the parts are in their own modules: :mod:`kg.relations.statement_quotes`
(where a quotation opens and closes, quoted names), :mod:`kg.relations.statement_content`
(what a verb reports), :mod:`kg.relations.statement_objects` (the object of «نفى», the
verbal noun after «أعلن»), :mod:`kg.relations.statement_sources` («بحسب X», «حسبما صرح
X», «جاء في بيان», «ما قاله X»), :mod:`kg.relations.statement_gender` (a feminine verb and
a far speaker) and :mod:`kg.relations.statement_records` (the statement and its relation).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from operator import attrgetter

from kg.model import Sentence
from kg.relations.came_in import CAME_VERBS, came_in
from kg.relations.context import Extraction
from kg.relations.findings import Discourse, DocState, Findings
from kg.relations.index import CUE_WORD, REPORTING_WORD, DocIndex, Word
from kg.relations.lexicon import (
    FEELINGS,
    JUSSIVE_PARTICLES,
    NEEDS_PREPOSITION,
    ReportingVerb,
    find_reporting,
    find_reporting_jussive,
)
from kg.relations.said_relatives import SAID_IT, said_relatives
from kg.relations.shown import SHOWN_FORMS, own_content, shown_positions, shown_verb
from kg.relations.shown_named import name_opens
from kg.relations.speaker_readings import SpeakerReading
from kg.relations.speakers import cites_anonymous_source, find_speaker
from kg.relations.stance_triggers import exiled
from kg.relations.statement_acknowledged import unacknowledged
from kg.relations.statement_content import Content, content_end, verb_content
from kg.relations.statement_fronted_quotes import fronted_statement
from kg.relations.statement_gender import gender_clash
from kg.relations.statement_objects import (
    NOUN_CONTENT_VERBS,
    denied_object,
    noun_content,
    untagged_subject,
)
from kg.relations.statement_quotes import inside_quotation, trim_span
from kg.relations.statement_records import record_statement
from kg.relations.statement_sources import (
    SOURCE_CUES,
    according_cue,
    according_to,
    came_in_statement,
    on_the_word_of,
    said_it_statement,
)
from kg.relations.statement_talked import talked_without_colon
from kg.text.normalize import normalize_key

_start = attrgetter("start")


def extract_sentence(index: DocIndex, state: DocState, sentence: Sentence,
                     words: list[Word]) -> Findings | None:
    """The statements of one sentence, and who speaks last after it; None when the
    sentence has no reporting verb nor colon and leaves the discourse as it was."""
    # Each cue has its words; a sentence (most) with none of them is not read word by word
    # (the words spelt as any cue are flagged in the index: ``CUE_WORD``).
    norms = {words[position].norm for position in index.trigger_positions(words, CUE_WORD)}
    according = None if SOURCE_CUES.isdisjoint(norms) else according_cue(words)
    relatives = [] if SAID_IT.isdisjoint(norms) else said_relatives(words)
    shown = [] if SHOWN_FORMS.isdisjoint(norms) else shown_positions(words)
    came = not CAME_VERBS.isdisjoint(norms)
    if not index.trigger_positions(words, REPORTING_WORD) and according is None and \
            not relatives and not shown and not came and \
            index.doc.text.find(":", sentence.start, sentence.end) < 0:  # (no copy)
        discourse = _after_anonymous_source(state.discourse, sentence, words)
        return None if discourse is state.discourse else Findings(discourse)
    context = Extraction(index, state)
    _statements(context, sentence, words, shown)
    if according is not None:
        on_the_word_of(context, sentence, words, according)
    for relative in relatives:
        said_it_statement(context, sentence, words, relative)
    if came:
        for cue in came_in(context, words):
            came_in_statement(context, sentence, words, cue)
    context.discourse = _after_anonymous_source(context.discourse, sentence, words)
    _headline_colon(context, sentence, words)
    return context.found


def _after_anonymous_source(discourse: Discourse, sentence: Sentence,
                            words: list[Word]) -> Discourse:
    """«وبحسب شهود عيان ...» «وأضاف»: a sentence on the word of an unnamed source ends the
    earlier speaker's turn (not one who spoke in this sentence)."""
    last = discourse.last_speaker
    if last is not None and last.sentence != sentence.index and cites_anonymous_source(words):
        return replace(discourse, last_speaker=None)
    return discourse


def _name_closes(context: Extraction, words: list[Word], first_content: int) -> bool:
    """Whether a person's name ends right before the content (before its «أن» / colon)."""
    for back in (first_content - 1, first_content - 2):
        if 0 <= back < len(words):
            mention = context.covering_mention(words[back].end - 1)
            if mention is not None and mention.label == "Person":
                return context.mention_words(mention)[1] - words[0].index == back
    return False


def _statements(context: Extraction, sentence: Sentence, words: list[Word],
                shown: list[int]) -> None:
    """The statements of the sentence's reporting verbs and of its verbs «بيّن»/«أبان» at
    ``shown`` (:func:`shown_positions`)."""
    positions = sorted(set(context.trigger_positions(words, REPORTING_WORD)) | set(shown)) \
        if shown else context.trigger_positions(words, REPORTING_WORD)
    for position in positions:
        word = words[position]
        hit = find_reporting(word.norm) or shown_verb(words, position)
        negated = False
        if hit is None and position > 0 and words[position - 1].norm in JUSSIVE_PARTICLES:
            hit = find_reporting_jussive(word.norm)
            negated = hit is not None
        elif hit is not None and position > 0 and \
                _imperfect(word.norm[len(hit.prefix):], hit.value):
            if words[position - 1].norm in JUSSIVE_PARTICLES:
                negated = True  # «ولم تعلن الشركة عن نيتها»: the imperfect after «لم»
            elif words[position - 1].norm in _SUBJUNCTIVE_PARTICLES:
                continue  # «توقع محللون أن تعلن الصين عن إجراءات»: not said (yet)
        if hit is None or hit.prefix.endswith("ال") or context.speaker_at(word.start) is not None:
            continue  # «الجدير بالذكر», «والتابع»: a noun, not a verb
        if _impersonal_saying(words, position):
            continue  # «خلاصة القول أن ...», «يمكن القول إن»: the writer's aside, no speaker
        if hit.prefix.endswith("س"):
            continue  # «وسيكشف الاتحاد عن لائحة في أغسطس»: a future report, nothing said yet
        if context.covering_mention(word.start) is not None or inside_quotation(context, word):
            continue
        verb = hit.value
        if verb.denial and exiled(words, position,
                                        lambda w: context.covering_mention(w.start) is not None):
            continue  # «نُفي إلى سالونيك»: exiled, not denied
        if negated and not verb.denial:
            continue  # «لم يقل»: nothing was said
        content = verb_content(context, words, position, sentence, verb)
        if content is None and verb.denial:
            content = denied_object(context, words, position, sentence)
            if content is not None and untagged_subject(words, position, content):
                continue  # «ونفى مدير الشركة وجود تقصير»: someone unnamed denies
        if content is None and verb.lemma in NOUN_CONTENT_VERBS and not negated:
            content = noun_content(context, words, position, sentence)
        if content is None and not negated and not verb.denial and \
                fronted_statement(context, sentence, words, position, verb):
            continue  # «"..."، قال X»: the quotation before the verb
        if content is None and not negated and verb.lemma not in NEEDS_PREPOSITION:
            according_to(context, sentence, words, position, verb)
        if content is None or (verb.lemma in NEEDS_PREPOSITION and (
                content.first_word < 1 or words[content.first_word - 1].norm != "عن")):
            continue  # «عبر» reports only with «عن» («عبر حسابه» is «via»)
        if _feeling(words, content, verb) or unacknowledged(words, position, content, verb):
            continue  # «أعرب عن استغرابه», «أقر البرلمان ... كما أن»
        if position in shown and not own_content(words, position, content.first_word,
                                                  _name_closes(context, words, content.first_word)
                                                  or name_opens(context, words, position)):
            continue  # «وبين الحين والآخر أكد الوزير أن»: the preposition
        first_content, start, end, direct = content
        if talked_without_colon(context.doc.text, words, first_content, verb):
            continue  # «تحدث المرصد عن "..."»: spoken of, no words reported
        reading = find_speaker(context, words, position, first_content, sentence)
        if reading.entity_id is None:
            if reading.how == "anonymous":
                # «وقالت مصادر ...» «وأضافت»: not the earlier speaker
                context.discourse = replace(context.discourse, last_speaker=None)
            continue
        if gender_clash(context, word.norm[len(hit.prefix):], verb, reading):
            continue
        record_statement(context, sentence, word, reading, start, end, direct, verb, negated)


def _imperfect(form: str, verb: ReportingVerb) -> bool:
    """Whether a listed form of a verb of saying is imperfect («يعلن», «تقول»), not past:
    «ت» opens the past of verbs whose lemma has it («تحدث», «تابع»)."""
    return form[:1] == "ي" or (form[:1] == "ت" and not verb.lemma.startswith("ت"))


_SUBJUNCTIVE_PARTICLES = frozenset({"ان", "بان", "وان", "كي", "لكي", "حتى"})
"""Particles that put the imperfect after them in the subjunctive: what someone is expected,
asked or about to say («من المتوقع أن يعلن الوزير»), nothing said yet."""


def _impersonal_saying(words: list[Word], position: int) -> bool:
    """«خلاصة القول أن الفريق خسر», «صفوة القول», «غني عن القول», «يمكن القول إن»: the noun
    «القول» governed by a word of summing up or of possibility is the writer's own aside;
    the person named before it said nothing."""
    return words[position].norm in _SAYING_NOUN and position > 0 and \
        words[position - 1].norm.removeprefix("و") in _IMPERSONAL_HEADS


_SAYING_NOUN = frozenset({"القول"})
_IMPERSONAL_HEADS = frozenset(normalize_key(word) for word in (
    "خلاصة", "صفوة", "نافلة", "زبدة", "مجمل", "قصارى", "غني", "غنيّ", "يمكن", "يمكننا",
    "نستطيع", "يستطيع", "يجدر", "يصح", "يجوز", "يبقى", "بقي", "لعل"))


def _feeling(words: list[Word], content: Content, verb: ReportingVerb) -> bool:
    """«أعرب عن استغرابه من تصريحات ...», «عبّر عن ارتياحه لـ ...»: the verb expresses a
    feeling (read by the stance rules), not what the speaker said."""
    return not content.direct and "عن" in verb.content_prepositions and \
        content.first_word < len(words) and words[content.first_word].has(FEELINGS)


def _headline_colon(context: Extraction, sentence: Sentence, words: list[Word]) -> None:
    """«ترامب لـجمهوره : باقون لاجل النفط»: a person, at most two words, a colon, the quote."""
    text = context.doc.text
    for mention in context.mentions_between(sentence.start, sentence.end):
        if mention.label != "Person" or not mention.entity_id:
            continue
        colon = text.find(":", mention.end, min(sentence.end, mention.end + 20))
        if colon == -1 or len(text[mention.end:colon].split()) > 2 or \
                text[sentence.start:mention.start].strip(" \t\n«\"“") or \
                any(mark in text[mention.end:colon] for mark in "-–—،,/"):
            continue  # a byline «وليد الشهري- سبق:» or a list «الشعراء: ...، محمد،»
        if context.speaker_at(colon) is not None:
            continue
        end = text.find("..", colon, sentence.end)
        first = bisect.bisect_left(words, colon, key=_start)
        cut = content_end(context, words, first, sentence) if first < len(words) \
            else sentence.end
        if text[cut:sentence.end].lstrip()[:1] in {"،", ","}:
            continue  # «بارزاني: الاستقلال سياسيا، قال ... إن»: a run-in heading, not words
        start, end = trim_span(text, colon + 1, end if end != -1 else sentence.end)
        if start >= end:
            continue
        if context.quote_overlaps(start, end):
            continue  # «وقال X: «...»»: the quotation is already a statement
        anchor = context.word_at(mention.start)
        if anchor is None:
            continue
        record_statement(context, sentence, anchor, SpeakerReading(mention.entity_id, "colon"),
                         start, end, True, None)
