"""What a reporting verb reports: «وقال X "..."», «وأكد X أن ...», «أكد على ...», «وقال X: ...».

After the verb and its subject, the first of: a quotation (direct), the clause after
أن/إن/بأن (indirect), the phrase after the verb's preposition («كشف عن», «أكد على») unless
a person follows it («وأشار إلى الوزير X») or it opens a compound preposition («إلى جانب»,
«من جهته»), a colon, or a clause in the first person after a comma. An indirect
statement ends at the sentence end, before «، مضيفا ...», «..», a comma before another
verb of saying («...، في حين أكد Y أن»), a comma before the narrator's words («، مطالبا
بـ», «، حسب «رويترز»», «، من جهة أخرى»: :mod:`kg.relations.statement_tails`), or «وقال»
with a person after it. «إذ إن» (since) opens no content.
"""

from __future__ import annotations

import bisect
import re
from operator import attrgetter
from typing import NamedTuple

from kg.model import Sentence
from kg.relations.age_phrases import age_phrase, object_before_age
from kg.relations.arguments import known_person
from kg.relations.colon_lines import line_after_colon
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    OPENING_QUOTES,
    RELATIVE_PRONOUNS,
    ReportingVerb,
    find_reporting,
)
from kg.relations.open_relatives import inside_relative
from kg.relations.participle_breaks import participle_break
from kg.relations.quoted_terms import closes_straight, quoted_term
from kg.relations.speaker_fronted_sources import contrasted_source
from kg.relations.statement_captions import credit_start
from kg.relations.statement_claims import claimed_deed
from kg.relations.statement_quotes import quote_closing, quoted_name, quoted_subject, trim_span
from kg.relations.statement_tails import footer_start, narrator_after_comma
from kg.relations.statement_time_clauses import quote_open, time_clause
from kg.relations.statement_titled_restarts import titled_restart
from kg.relations.statement_unsaid import unsaid_remark
from kg.text.normalize import normalize_key

_WINDOW = 24


def content_end(context: Extraction, words: list[Word], first: int, sentence: Sentence) -> int:
    """The end of an indirect statement (:func:`_content_end`), never past the page's footer
    glued to the last sentence (:func:`kg.relations.statement_tails.footer_start`)."""
    end = _content_end(context, words, first, sentence)
    if first >= len(words):
        return end
    end = footer_start(context.doc.text, words[first].start, end)
    return credit_start(context.doc.text, words[first].end, end)  # «... (الفرنسية) كما دعا»


def _content_end(context: Extraction, words: list[Word], first: int, sentence: Sentence) -> int:
    """The end of an indirect statement: the sentence end, or before «، مضيفا ...», «..»,
    «لكنه» with a verb of denial («لكنها نفت»), or a verb of saying joined by «و» with a
    person right after it («وقال خلفان»), which opens a new sentence whose full stop was
    lost."""
    if first + 1 >= len(words):
        return sentence.end
    end = participle_break(context, words, first, _comma_break(context, words, first, sentence))
    for index in range(first + 1, len(words) - 1):
        word = words[index]
        if word.start >= end:
            break
        if word.norm in _CONTRASTS and (_denial_after_contrast(words, index) or
                                        unsaid_remark(words, index)):
            return words[index].start  # «بأنها نشرت الصورة لكنها نفت نشرها النص»
        hit = find_reporting(word.norm) if word.norm.startswith("و") else None
        if hit is not None and hit.prefix.startswith("و"):
            named = context.covering_mention(words[index + 1].start)
            if (named is not None and named.label == "Person" and named.entity_id) or \
                    (named is None and known_person(context, words[index + 1]) is not None):
                return words[index].start  # «... “داعش” وقال خلفان في تغريدة»: a new sentence
            if titled_restart(context.doc.text, words, index):
                return words[index].start  # «... وأضاف الوزير أنه»: the narrator's next sentence
            opening = context.doc.text[word.end:words[index + 1].start]
            if ":" in opening or any(mark in OPENING_QUOTES for mark in opening):
                return words[index].start  # «أكد على أهمية الأتمتة وقال: "..."»: his own words
    return end


def _comma_break(context: Extraction, words: list[Word], first: int, sentence: Sentence) -> int:
    """The end of an indirect statement at a comma or «..» before a verb of saying."""
    index = first + 1
    for mark in _CONTENT_BREAK.finditer(context.doc.text, words[first].end, words[-1].start):
        index = bisect.bisect_right(words, mark.start(), index, key=_start)  # the word after
        if mark.group() == ".." or find_reporting(words[index].norm) is not None or \
                narrator_after_comma(words, index):
            return words[index - 1].end  # «...، مطالبا بـ», «...، حسب «رويترز»»
        after = _past_joiner(words, index)
        if after != index and after < len(words) and find_reporting(words[after].norm) is not None:
            return words[index - 1].end  # «...، في حين أكد Y أن»: Y's statement, not X's
        if _denial_after_contrast(words, index):
            return words[index - 1].end  # «...، لكنها نفت ...»: her denial, not more said
        if contrasted_source(context, words, index):
            return words[index - 1].end  # «...، لكن مصدرا قال إن»: the source's words
    return sentence.end


def _past_joiner(words: list[Word], index: int) -> int:
    """The word after a contrastive joiner at ``words[index]`` («فيما», «بينما», «في حين»,
    «كما»), or ``index`` when there is none."""
    if index < len(words) and words[index].norm in _JOINERS:
        return index + 1
    if index + 1 < len(words) and (words[index].norm, words[index + 1].norm) in _JOINER_PAIRS:
        return index + 2
    return index


_JOINERS = frozenset({"فيما", "بينما", "كما", "وفيما", "وبينما", "وكما"})
_JOINER_PAIRS = frozenset({("في", "حين"), ("وفي", "حين")})
_CONTRASTS = frozenset({"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"})
_CONTRAST_PAIRS = frozenset({("غير", "انه"), ("غير", "انها"), ("الا", "انه"), ("الا", "انها")})


def _denial_after_contrast(words: list[Word], index: int) -> bool:
    """«أقرت X بأنها نشرت الصورة، لكنها نفت نشرها النص», «... غير أنه نفى أي تقصير»: «but
    she denied», with the subject's pronoun, opens the subject's denial, not more of the
    first statement (other verbs after «لكنه» go on with it: «لكنه أشار إلى أن ...»)."""
    if index < len(words) and words[index].norm in _CONTRASTS:
        verb = index + 1
    elif index + 1 < len(words) and (words[index].norm, words[index + 1].norm) in _CONTRAST_PAIRS:
        verb = index + 2
    else:
        return False
    hit = find_reporting(words[verb].norm) if verb < len(words) else None
    return hit is not None and hit.value.denial
_CONTENT_BREAK = re.compile(r"[،,؛;]|\.\.")
"""A comma (which ends the statement before a reporting verb) or «..» between two words."""
_start = attrgetter("start")


class Content(NamedTuple):
    """What a reporting verb reports: the position of its first word in the sentence,
    its span, and whether it is quoted (direct speech)."""

    first_word: int
    start: int
    end: int
    direct: bool


_OPENERS = frozenset(OPENING_QUOTES)
"""The characters of :data:`OPENING_QUOTES`, as a set (one test of a gap's characters)."""


def verb_content(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                 verb: ReportingVerb) -> Content | None:
    """What the verb at ``words[position]`` reports."""
    text = context.doc.text
    limit = min(len(words), position + _WINDOW)
    name_end = -1  # the closing mark of the last quoted name passed over
    for index in range(position + 1, limit + 1):
        gap_start = words[index - 1].end
        gap_end = words[index].start if index < len(words) else sentence.end
        gap = text[gap_start:gap_end]
        # (most gaps are one space: the loop below reads only a gap with an opening mark)
        for offset, char in enumerate(gap) if not _OPENERS.isdisjoint(gap) else ():
            if char in OPENING_QUOTES and gap_start + offset > name_end and (
                index - position <= 2 or ":" in gap
                or context.mentions_between(words[position].end, gap_start)
            ) and not closes_straight(text, gap_start + offset):
                opener = gap_start + offset
                closing = quote_closing(text, opener)
                start, end = trim_span(text, opener + 1, closing)
                if start < end and not quoted_name(text, start, end, closing, sentence) \
                        and not quoted_subject(context, start, end, closing, sentence) \
                        and not quoted_term(context, words, position, index, (start, end), gap):
                    return Content(index, start, end, True)
                name_end = closing
        if index >= len(words):
            # «وقال الوزير:» at the end of its line: the next line is what was said.
            span = line_after_colon(context.doc, sentence, words[-1].end)
            return Content(len(words), span[0], span[1], True) if span is not None else None
        word = words[index]
        coordinated = find_reporting(word.norm)
        if coordinated is not None and coordinated.prefix.startswith("و"):
            return None  # «وقال الحمود مغردا ... وقال: ...»: the next verb has the content
        if verb.denial and index > position + 1 and ("،" in gap or "," in gap) and (
                coordinated is not None or word.norm in _RENEWING):
            return None  # «نفى X توقف الحملة، مجددا التأكيد على أن "..."»: the participle's
        if word.norm in COMPLEMENTIZERS and words[index - 1].norm in _CAUSAL_OPENERS and \
                index - 1 > position:
            return None  # «وقال X من الصعب …، إذ إن …»: «إذ إن» (since) opens no content
        if word.norm in COMPLEMENTIZERS and time_clause(text, words, index) and \
                not quote_open(text[words[position].end:word.start]):
            continue  # «وقال X قبل أن يعود "..."»: a clause of time, the words come after
        if word.norm in verb.content_prepositions and claimed_deed(words, index):
            return None  # «وأعلنت X مسؤوليتها عن الهجوم»: a claim, no words reported
        if word.norm in verb.content_prepositions and age_phrase(words, index + 1):
            # «وأعلن X وفاة Y عن عمر يناهز 68»: the object before the age was announced
            first = object_before_age(context, words, position, index)
            if first is None:
                return None
            start, end = trim_span(text, words[first].start, words[index - 1].end)
            return Content(first, start, end, False) if start < end else None
        if (word.norm in COMPLEMENTIZERS and not _opens_initials(context, word)) or (
            word.norm in verb.content_prepositions
            and not (index + 1 < len(words) and words[index + 1].norm in COMPLEMENTIZERS)
            and not (index + 1 < len(words) and words[index + 1].norm in _ONES_PART)
            and not (index + 1 < len(words) and words[index + 1].norm in _COMPOUND_PREPOSITION)
            and not inside_relative(context, words, position, index)
            and not (index - 1 > position and words[index - 1].norm in _GOVERNING_NOUNS)
            and not (index - 2 > position and words[index - 2].norm in RELATIVE_PRONOUNS)
            and not _opens_name(context, word)
        ):
            if index + 1 >= len(words) or _person_referred(context, words, index, verb):
                return None
            nested = verb_content(context, words, index, sentence, verb) \
                if word.norm in verb.content_prepositions else None
            if nested is not None and nested.first_word == index + 1 and nested.direct:
                return nested
            start = words[index + 1].start
            end = content_end(context, words, index + 1, sentence)
            start, end = trim_span(text, start, end)
            # «إن تلك القوات «تتقدم ...»»: the quotation inside stays in the indirect span.
            return Content(index + 1, start, end, False) if start < end else None
        if ":" in gap and not _clock_time(text, gap_start, gap_end):
            start, end = trim_span(text, word.start, content_end(context, words, index, sentence))
            return Content(index, start, end, True) if start < end else None
        if ("،" in gap or "," in gap) and index > position + 1 and _first_person(word):
            start, end = trim_span(text, word.start, content_end(context, words, index, sentence))
            return Content(index, start, end, True) if start < end else None
    return None


_CAUSAL_OPENERS = frozenset(normalize_key(word) for word in ("إذ", "حيث", "حتى", "وإذ"))
"""Words that make a following «إن» part of a fixed conjunction («إذ إن», «حيث إن», «حتى
إن»: since, so that), never the complementizer of a verb of saying before them."""
_ONES_PART = frozenset(normalize_key(word) for word in (
    "جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها"))
"""«وحذر X من جهته بأن ...»: «من جهته» is «for his part», not what is warned of."""


# «أكد X امتلاكه صورا للجوانب التي طرأت على المنطقة», «أشار الوزير الذي وصل إلى الرياض إلى
# أن»: the preposition right after the verb of a relative clause («التي طرأت على») is that
# verb's, never the one that opens what the reporting verb reports; the scan goes on.
_COMPOUND_PREPOSITION = frozenset(normalize_key(word) for word in (
    "جانب", "حد", "حين",
    # «أكد X سعي النادي ...، على هامش زيارته», «على الرغم من», «على خلفية», «على صعيد»,
    # «على لسان», «على سبيل المثال», «على إثر»: adverbials, never what was affirmed
    "هامش", "الرغم", "رغم", "خلفية", "صعيد", "لسان", "سبيل", "إثر"))
"""«منوهاً بالإقبال ... إلى جانب التفاعل», «إلى حد كبير», «إلى حين»: «إلى» of a compound
preposition («besides», «to an extent», «until»), never what was pointed out."""

_GOVERNING_NOUNS = frozenset(normalize_key(word) for word in (
    "رد", "ردا", "ردّه", "ردها", "جوابا", "تعليقا", "تعقيبا", "بناء", "اطلاعه", "حرصا",
    "حفاظا",
    # «كشفت صحيفة X نقلا عن مصادر مقربة ...، عن ...»: «نقلا عن» names the source
    "نقلا"))
"""«أكد X في رد على سؤال حول ...», «تعليقا على», «بناء على طلب», «نقلا عن»: the preposition
after these nouns is theirs (in reply to, commenting on, upon, quoting), never the one that
opens what the verb before them reports."""


def _opens_name(context: Extraction, word: Word) -> bool:
    """«وأكد الشيخ علي الحرقان أن», «أكد أحمد بن علي رئيس النادي أن»: «علي» spelt like the
    «على» of «أكد على» is a word of a tagged person's name (its first or its last), not
    the preposition of content."""
    mention = context.covering_mention(word.start)
    return mention is not None and mention.label == "Person" and (
        mention.end > word.end or mention.start < word.start)


def _opens_initials(context: Extraction, word: Word) -> bool:
    """«وقالت شبكة إن.بي.سي إن»: the first «إن» is the letter N that opens a name of dotted
    initials (:mod:`kg.ner.dotted_acronyms`), not the particle that opens the content; so
    is an «ان» inside a name («في مقابلة مع قناة "سي ان ان" الأمريكية، أنه»)."""
    mention = context.covering_mention(word.start)
    if mention is not None and mention.start < word.start:
        return True  # «قناة "سي ان ان"»: a letter inside a name, not the particle
    return mention is not None and mention.end > word.end and \
        context.doc.text[word.end:word.end + 1] == "."


def _person_referred(context: Extraction, words: list[Word], index: int,
                     verb: ReportingVerb) -> bool:
    """«مشيرا إلى كيري “...”», «وأشار إلى الوزير X»: a person right after the preposition of
    content is the one referred to, never what is reported."""
    if words[index].norm not in verb.content_prepositions:
        return False
    mention = context.mention_starting_in(words[index + 1])
    return mention is not None and mention.label == "Person"


_RENEWING = frozenset({"مجددا", "مؤكدا", "مشددا", "معربا", "مبديا",
                      # «تنفي موسكو إرسال جنود، مدعية أن ...»: a claim of its own
                      "مدعيا", "مدعيه", "زاعما", "زاعمه"})
"""Participles after a denial and a comma that carry their own content («نفى X ...، مجددا
التأكيد على أن "..."»): a quotation after them is not what was denied."""


def _clock_time(text: str, gap_start: int, gap_end: int) -> bool:
    """«عند الساعة 1:06 صباح اليوم»: a colon between digits is a clock time, not the colon
    that opens what was said."""
    return text[gap_start - 1:gap_start].isdigit() and text[gap_end:gap_end + 1].isdigit()


def _first_person(word: Word) -> bool:
    bare = word.bare()
    return len(bare) > 3 and bare.endswith("نا") and bare not in {"هنا", "لدينا"} and \
        find_reporting(word.norm) is None  # «، مبيناً أن»: a participle's accusative «ـاً»
