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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from kg.gazetteer.resources import KIND_NOUNS
from kg.ids import relation_id, statement_id
from kg.model import Polarity, Relation, Sentence, Statement
from kg.ontology.namespace import RelationKind
from kg.relations.arguments import (
    coordinated_mentions,
    known_person,
    subject_after,
    typed_name,
)
from kg.relations.came_in import CAME_VERBS, CameIn, came_in
from kg.relations.colon_lines import line_after_colon
from kg.relations.context import Extraction
from kg.relations.findings import Discourse, DocState, Findings, Turn
from kg.relations.index import AGENT_LABELS, REPORTING_WORD, DocIndex, Word
from kg.relations.issued_by import issuer_start
from kg.relations.lexicon import (
    CLOSING_QUOTE,
    COMPLEMENTIZERS,
    FEELINGS,
    FUNCTION_WORDS,
    JUSSIVE_PARTICLES,
    NEEDS_PREPOSITION,
    NEGATORS,
    OPENING_QUOTES,
    ReportingVerb,
    find_reporting,
    find_reporting_jussive,
    find_stance,
)
from kg.relations.participle_breaks import participle_break
from kg.relations.quoted_labels import label_before_colon
from kg.relations.quoted_terms import closes_straight, quoted_term
from kg.relations.role_words import is_title_head
from kg.relations.rules import SpeakerHow, attribution_rule
from kg.relations.said_relatives import SaidIt, said_relatives
from kg.relations.shown import own_content, shown_positions, shown_verb
from kg.relations.speaker_readings import SpeakerReading
from kg.relations.speaker_styles import address_styles
from kg.relations.speakers import EXPLICIT, cites_anonymous_source, find_speaker
from kg.relations.stance_triggers import exiled
from kg.relations.unclosed_quotes import ended_before, lost_closer_stop
from kg.relations.women_named import named_as_woman
from kg.text.normalize import normalize_key

_WINDOW = 24
_MAX_QUOTE = 1500
_MAX_NAME_WORDS = 4
_KIND_NOUNS = frozenset({"راديو", "تلفزيون"} | {normalize_key(word) for word in KIND_NOUNS})
"""Media and other bodies whose quoted name follows the noun of their kind."""
_SUBJECT_LABELS = AGENT_LABELS | {"City"}

def _closing(text: str, opener_at: int) -> int:
    """Where the quotation opened at ``opener_at`` closes (index of the closing mark)."""
    opener = text[opener_at]
    closer = CLOSING_QUOTE[opener]
    limit = min(len(text), opener_at + _MAX_QUOTE)
    paragraph_end = text.find("\n", opener_at)
    if paragraph_end != -1:
        limit = min(limit, paragraph_end)
    marks = _QUOTE_MARKS[opener]
    index = opener_at + 1
    depth = 0
    while (mark := marks.search(text, index, limit)) is not None:
        index = mark.start()
        char = text[index]
        if opener != '"' and char == opener:
            depth += 1
        elif char == closer:
            if opener == '"':
                before = text[index - 1] if index > 0 else " "
                after = text[index + 1] if index + 1 < len(text) else " "
                partner = text.find('"', index + 1, min(limit, index + 45))
                stop = text.rfind(". ", opener_at, index)
                if before.isspace() and not after.isspace() and stop != -1 and \
                        _after_saying(text, stop, index):
                    return stop  # «"نحن ممتنون ... الأول. وأضاف "...»: the closer was lost
                if before.isspace() and not after.isspace() and partner != -1 and \
                        "." not in text[index:partner]:
                    index = partner + 1  # an inner quoted name: «خطر "الدولة الاسلامية" وعودتها»
                    continue
                return index
            if depth == 0:
                return index
            depth -= 1
        index += 1
    lost = lost_closer_stop(text, opener_at, limit)  # «"إن ... الموسم.   وأضاف X أن»
    return limit if lost is None else lost


def _after_saying(text: str, stop: int, mark: int) -> bool:
    """Whether the straight mark at ``mark`` opens the words of a verb of saying that opens
    the sentence after the full stop at ``stop`` («. وأضاف "...»)."""
    between = text[stop + 1:mark].split()
    return 0 < len(between) <= 4 and find_reporting(normalize_key(between[0])) is not None


_QUOTE_MARKS = {opener: re.compile("[" + re.escape(opener + closer) + "]")
                for opener, closer in CLOSING_QUOTE.items()}
"""The marks :func:`_closing` looks for after each opening mark: the opener (nested
quotations) and its closer."""


def _quoted_name(text: str, start: int, end: int, closing: int, sentence: Sentence) -> bool:
    """A short quotation the clause goes on after («لـ«الشرق الأوسط» عن», «وقال "الزوي":
    "..."», «وكالة "ناسا"»): a name in quotation marks, not what was said."""
    if label_before_colon(text, start, end, closing, sentence):
        return True  # «يقول X «موظف في منتجع»: إن ...»: his role, the words after the colon
    if len(text[start:end].split()) > _MAX_NAME_WORDS:
        return False
    before = text[max(sentence.start, start - 12):start - 1].rstrip(" \t")
    previous = normalize_key(before.split()[-1]) if before.split() else ""
    if (previous.endswith("ل") and len(previous) <= 2) or previous.lstrip("ولب") in _KIND_NOUNS:
        return True  # «لـ«الشرق الأوسط»»، «صحيفة "ذا ناشيونال"»، «شركة «أمازون»»
    wider = text[max(sentence.start, start - 30):start - 1].split()
    if len(wider) >= 2 and len(text[start:end].split()) <= 2 and \
            normalize_key(wider[-2]).lstrip("ولب") in _KIND_NOUNS and \
            normalize_key(wider[-1]).startswith("ال"):
        return True  # «شركة التقنية «اكساكت»»: a kind noun and its adjective
    if _chanted(text, start - 1, sentence.start):
        return True
    rest = text[closing + 1:sentence.end].lstrip(" \t")
    return bool(rest) and rest[0] not in ".،,؛!؟\n)"


_CHANT_NOUNS = frozenset(normalize_key(word) for word in (
    "هتاف", "هتافات", "شعار", "شعارات", "لافتة", "لافتات", "عبارة", "عبارات", "وسم", "هاشتاغ",
    "هاشتاق"))
"""Nouns whose quoted complement was chanted, carried or written by others («تخللته هتافات
المصلين «الموت لأميركا»»): not the reported speaker's words."""


def _chanted(text: str, opener: int, floor: int) -> bool:
    """Whether the quotation opened at ``opener`` follows a chant noun, at most one word
    (its owner: «هتافات المصلين») before, or «و» after such a quotation («و«الموت لإسرائيل»»)."""
    before = text[max(floor, opener - 40):opener].split()
    if not before:
        return False
    if before[-1] == "و" or (len(before) == 1 and before[0] == "و"):
        closer_at = text.rfind("و", floor, opener)
        previous = text[floor:closer_at].rstrip()
        if previous and previous[-1] in "»”\"":
            opener_char = {"»": "«", "”": "“", '"': '"'}[previous[-1]]
            earlier = text.rfind(opener_char, floor, floor + len(previous) - 1)
            return earlier != -1 and _chanted(text, earlier, floor)
        return False
    return any(normalize_key(word.lstrip("و")) in _CHANT_NOUNS for word in before[-2:])


def _quoted_subject(context: Extraction, start: int, end: int, closing: int,
                    sentence: Sentence) -> bool:
    """«وقالت «نيسان»، إن ...»: a quotation that is exactly one actor's name, followed by a
    comma and أن/إن, is the verb's subject written in quotation marks, not its content."""
    if not any(m.start == start and m.end == end and m.label in _SUBJECT_LABELS
               for m in context.mentions_between(start, end)):
        return False
    rest = context.doc.text[closing + 1:sentence.end].lstrip(" \t،,").split()
    return bool(rest) and normalize_key(rest[0]) in COMPLEMENTIZERS


def _inside_quotation(context: Extraction, word: Word) -> bool:
    """Whether ``word`` stands inside a quotation opened earlier in its paragraph: a verb
    there is part of the quote («قال: «وأكدنا أن ...»»), never a new reporting verb."""
    text = context.doc.text
    paragraph = text.rfind("\n", 0, word.start) + 1
    before = text[paragraph:word.start]
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        return not ended_before(text, paragraph, word.start)
    return _straight_quote_open(text, paragraph, word.start) and \
        not ended_before(text, paragraph, word.start)


_CLOSING_AFTER = frozenset(".،,؛!?؟")


def _straight_quote_open(text: str, start: int, end: int) -> bool:
    """Whether a straight quotation mark opened between ``start`` and ``end`` is still open;
    a mark right before a full stop or a comma with none open closes a quotation whose
    opening mark was lost («... شمال شرق بغداد". وأشار»), and opens nothing; a closing
    «»» or «”» with no opener of its own closes an open straight mark (web copy mixes the
    marks: «إن "المتهمين سيحالون ...». وأضافت»), so the rest of the paragraph is not
    read as quoted."""
    opened = False
    depth = {"«": 0, "“": 0}
    for mark in _ANY_MARK.finditer(text, start, end):
        char, at = mark.group(), mark.start()
        if char in depth:
            depth[char] += 1
        elif char in _OPENER_OF:
            opener = _OPENER_OF[char]
            if depth[opener]:
                depth[opener] -= 1
            else:
                opened = False  # «إن "المتهمين ... بحقهم».»: a straight mark closed by «»»
        elif opened:
            opened = False
        elif at + 1 >= len(text) or text[at + 1] not in _CLOSING_AFTER:
            opened = True
    return opened


_ANY_MARK = re.compile('["«»“”]')
_OPENER_OF = {"»": "«", "”": "“"}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ":،,"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛"):
        end -= 1
    for opener, closer in (("«", "»"), ("“", "”")):
        # «إن «الحكومة أعلنت ...»»: the closing mark of a quotation opened before the span
        if end > start and text[end - 1] == closer and \
                text.count(closer, start, end) > text.count(opener, start, end):
            end -= 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛"):
                end -= 1
    return start, end


def _content_end(context: Extraction, words: list[Word], first: int, sentence: Sentence) -> int:
    """The end of an indirect statement: the sentence end, or before «، مضيفا ...», «..» or
    a verb of saying joined by «و» with a person right after it («وقال خلفان»), which
    opens a new sentence whose full stop was lost."""
    if first + 1 >= len(words):
        return sentence.end
    end = participle_break(context, words, first, _comma_break(context, words, first, sentence))
    for index in range(first + 1, len(words) - 1):
        word = words[index]
        if word.start >= end:
            break
        hit = find_reporting(word.norm) if word.norm.startswith("و") else None
        if hit is not None and hit.prefix.startswith("و"):
            named = context.covering_mention(words[index + 1].start)
            if (named is not None and named.label == "Person" and named.entity_id) or \
                    (named is None and known_person(context, words[index + 1]) is not None):
                return words[index].start  # «... “داعش” وقال خلفان في تغريدة»: a new sentence
    return end


def _comma_break(context: Extraction, words: list[Word], first: int, sentence: Sentence) -> int:
    """The end of an indirect statement at a comma or «..» before a verb of saying."""
    index = first + 1
    for mark in _CONTENT_BREAK.finditer(context.doc.text, words[first].end, words[-1].start):
        index = bisect.bisect_right(words, mark.start(), index, key=_start)  # the word after
        if mark.group() == ".." or find_reporting(words[index].norm) is not None:
            return words[index - 1].end
        after = _past_joiner(words, index)
        if after != index and after < len(words) and find_reporting(words[after].norm) is not None:
            return words[index - 1].end  # «...، في حين أكد Y أن»: Y's statement, not X's
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
_CONTENT_BREAK = re.compile(r"[،,؛;]|\.\.")
"""A comma (which ends the statement before a reporting verb) or «..» between two words."""
_start = attrgetter("start")


class _Content(NamedTuple):
    """What a reporting verb reports: the position of its first word in the sentence,
    its span, and whether it is quoted (direct speech)."""

    first_word: int
    start: int
    end: int
    direct: bool


def _content(context: Extraction, words: list[Word], position: int, sentence: Sentence,
             verb: ReportingVerb) -> _Content | None:
    """What the verb at ``words[position]`` reports."""
    text = context.doc.text
    limit = min(len(words), position + _WINDOW)
    name_end = -1  # the closing mark of the last quoted name passed over
    for index in range(position + 1, limit + 1):
        gap_start = words[index - 1].end
        gap_end = words[index].start if index < len(words) else sentence.end
        gap = text[gap_start:gap_end]
        for offset, char in enumerate(gap):
            if char in OPENING_QUOTES and gap_start + offset > name_end and (
                index - position <= 2 or ":" in gap
                or context.mentions_between(words[position].end, gap_start)
            ) and not closes_straight(text, gap_start + offset):
                opener = gap_start + offset
                closing = _closing(text, opener)
                start, end = _trim(text, opener + 1, closing)
                if start < end and not _quoted_name(text, start, end, closing, sentence) \
                        and not _quoted_subject(context, start, end, closing, sentence) \
                        and not quoted_term(context, words, position, index, (start, end), gap):
                    return _Content(index, start, end, True)
                name_end = closing
        if index >= len(words):
            # «وقال الوزير:» at the end of its line: the next line is what was said.
            span = line_after_colon(context.doc, sentence, words[-1].end)
            return _Content(len(words), span[0], span[1], True) if span is not None else None
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
        if word.norm in COMPLEMENTIZERS or (
            word.norm in verb.content_prepositions
            and not (index + 1 < len(words) and words[index + 1].norm in COMPLEMENTIZERS)
            and not (index + 1 < len(words) and words[index + 1].norm in _ONES_PART)
            and not (index + 1 < len(words) and words[index + 1].norm in _COMPOUND_PREPOSITION)
            and not _opens_name(context, word)
        ):
            if index + 1 >= len(words) or _person_referred(context, words, index, verb):
                return None
            nested = _content(context, words, index, sentence, verb) \
                if word.norm in verb.content_prepositions else None
            if nested is not None and nested.first_word == index + 1 and nested.direct:
                return nested
            start = words[index + 1].start
            end = _content_end(context, words, index + 1, sentence)
            start, end = _trim(text, start, end)
            # «إن تلك القوات «تتقدم ...»»: the quotation inside stays in the indirect span.
            return _Content(index + 1, start, end, False) if start < end else None
        if ":" in gap:
            start, end = _trim(text, word.start, _content_end(context, words, index, sentence))
            return _Content(index, start, end, True) if start < end else None
        if ("،" in gap or "," in gap) and index > position + 1 and _first_person(word):
            start, end = _trim(text, word.start, _content_end(context, words, index, sentence))
            return _Content(index, start, end, True) if start < end else None
    return None


_CAUSAL_OPENERS = frozenset(normalize_key(word) for word in ("إذ", "حيث", "حتى", "وإذ"))
"""Words that make a following «إن» part of a fixed conjunction («إذ إن», «حيث إن», «حتى
إن»: since, so that), never the complementizer of a verb of saying before them."""
_ONES_PART = frozenset(normalize_key(word) for word in (
    "جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها"))
"""«وحذر X من جهته بأن ...»: «من جهته» is «for his part», not what is warned of."""


_COMPOUND_PREPOSITION = frozenset(normalize_key(word) for word in ("جانب", "حد", "حين"))
"""«منوهاً بالإقبال ... إلى جانب التفاعل», «إلى حد كبير», «إلى حين»: «إلى» of a compound
preposition («besides», «to an extent», «until»), never what was pointed out."""


def _opens_name(context: Extraction, word: Word) -> bool:
    """«وأكد الشيخ علي الحرقان أن»: «علي» spelt like the «على» of «أكد على» is the given
    name that opens a tagged person, not the preposition of content."""
    mention = context.covering_mention(word.start)
    return mention is not None and mention.label == "Person" and mention.end > word.end


def _person_referred(context: Extraction, words: list[Word], index: int,
                     verb: ReportingVerb) -> bool:
    """«مشيرا إلى كيري “...”», «وأشار إلى الوزير X»: a person right after the preposition of
    content is the one referred to, never what is reported."""
    if words[index].norm not in verb.content_prepositions:
        return False
    mention = context.mention_starting_in(words[index + 1])
    return mention is not None and mention.label == "Person"


_COGNATE = frozenset({"نفيا", "قاطعا", "تاما", "شديدا", "مطلقا"})


def _denied_object(context: Extraction, words: list[Word], position: int,
                   sentence: Sentence) -> _Content | None:
    """«نفى الأردن أي علاقة له بالهجوم»: what is denied is the object of the verb, after the
    subject and its title («نفى وزير الخارجية الأمريكي جون كيري الاتهامات»)."""
    index = position + 1
    titled, past = subject_after(context, words, position, sentence)
    if titled and past < len(words) and is_title_head(words[position + 1]):
        index = past
    after = [] if index > position + 1 else [
        m for m in context.mentions_between(words[position].end,
                                            words[min(len(words) - 1, position + 4)].end)
        if m.label in _SUBJECT_LABELS and m.entity_id and not context.is_prepositional(m)]
    if after and context.word_at(after[0].start) is words[position + 1]:
        for mention in coordinated_mentions(context, after[0], sentence, _SUBJECT_LABELS):
            last = context.word_at(max(mention.start, mention.end - 1))
            if last is not None:
                index = last.index - words[0].index + 1
    index = _past_dashes(context, words, index)
    while index < len(words) and words[index].norm in _COGNATE:
        index += 1
    if index >= len(words):
        return None
    end = index
    while end + 1 < len(words) and not context.boundary_between(words[end], words[end + 1]) and \
            not (words[end + 1].norm.startswith("و") and (
                find_reporting(words[end + 1].norm) is not None
                or find_stance(words[end + 1].norm) is not None)):
        end += 1
    return _Content(index, words[index].start, words[end].end, False)


def _untagged_subject(words: list[Word], position: int, content: _Content) -> bool:
    """Whether the denied «object» right after the verb opens with a title or the noun of a
    body («ونفى المتحدث باسم الشركة أي تقصير», «فنفت شركة المياه مسؤوليتها»): the verb's
    subject, named by no entity, and not the earlier speaker continued."""
    if content.first_word != position + 1:
        return False
    word = words[content.first_word]
    return is_title_head(word) or word.norm.lstrip("و") in _KIND_NOUNS or \
        word.norm.removeprefix("ال") in _KIND_NOUNS


_RENEWING = frozenset({"مجددا", "مؤكدا", "مشددا", "معربا", "مبديا"})
"""Participles after a denial and a comma that carry their own content («نفى X ...، مجددا
التأكيد على أن "..."»): a quotation after them is not what was denied."""
_DASHES = frozenset("-–—")
_DASHED_REACH = 10


def _past_dashes(context: Extraction, words: list[Word], index: int) -> int:
    """«نفى X - رئيس كتلة بدر - توقف الحملة»: past the subject's title set off by dashes
    (up to the closing dash), to the thing denied; ``index`` when no dash opens there."""
    if index == 0 or index >= len(words) or \
            not _DASHES.intersection(context.gap(words[index - 1], words[index])):
        return index
    for later in range(index + 1, min(len(words), index + _DASHED_REACH)):
        gap = context.gap(words[later - 1], words[later])
        if _DASHES.intersection(gap):
            return later
        if gap.strip():
            return index  # another mark first: no title in dashes
    return index


_NOUN_CONTENT_VERBS = frozenset({"اعلن", "اكد"})
_TIME_ADVERBS = frozenset({"امس", "اليوم", "ايضا", "مجددا", "مساء", "صباح", "رسميا"})


def _noun_content(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> _Content | None:
    """«أعلنت الحكومة خلوّ البلاد من المرض», «أكد الوزير دعم بلاده للاتفاق», «وأكد سعي
    الشركة إلى ...»: what is announced or affirmed is a verbal noun in construct with a
    definite genitive, right after the named subject (or right after a verb that has
    none); it runs to the end of the sentence as an indirect statement does."""
    if position > 0 and words[position - 1].norm in NEGATORS:
        return None  # «ولم يعلن موعد الافتتاح»: nothing was announced
    subjects, index = subject_after(context, words, position, sentence)
    if not subjects:
        index = position + 1
    while index < len(words) and (words[index].has(_TIME_ADVERBS) or
                                  address_styles(words[index].norm)):
        index += 1  # «مؤكداً سموه الفخر بـ ...»: the honorific pronoun is the subject
    if index + 1 >= len(words) or context.boundary_between(words[index - 1], words[index]) or \
            context.boundary_between(words[index], words[index + 1]):
        return None
    word, genitive = words[index], words[index + 1]
    if context.covering_mention(word.start) is not None or word.norm in FUNCTION_WORDS or \
            word.bare() in FUNCTION_WORDS or word.norm.isdigit() or \
            any(prefix.lstrip("وف") for prefix, _ in word.readings()) or \
            find_reporting(word.norm) is not None:
        return None  # «أعلنت الشركة عن», «أكد الوزير للصحفيين», «أكد الأمير ...»
    if not (genitive.norm.startswith("ال") or context.mention_starting_in(genitive) is not None):
        return None
    end = _content_end(context, words, index, sentence)
    start, end = _trim(context.doc.text, word.start, end)
    return _Content(index, start, end, False) if start < end else None


def _first_person(word: Word) -> bool:
    bare = word.bare()
    return len(bare) > 3 and bare.endswith("نا") and bare not in {"هنا", "لدينا"}


def extract_sentence(index: DocIndex, state: DocState, sentence: Sentence,
                     words: list[Word]) -> Findings | None:
    """The statements of one sentence, and who speaks last after it; None when the
    sentence has no reporting verb nor colon and leaves the discourse as it was."""
    according = _according_cue(words)
    relatives = said_relatives(words)
    came = any(word.norm in CAME_VERBS for word in words)
    if not index.trigger_positions(words, REPORTING_WORD) and according is None and \
            not relatives and not shown_positions(words) and not came and \
            ":" not in index.doc.text[sentence.start:sentence.end]:
        discourse = _after_anonymous_source(state.discourse, sentence, words)
        return None if discourse is state.discourse else Findings(discourse)
    context = Extraction(index, state)
    _statements(context, sentence, words)
    if according is not None:
        _on_the_word_of(context, sentence, words, according)
    for relative in relatives:
        _said_it(context, sentence, words, relative)
    if came:
        for cue in came_in(context, words):
            _came_in(context, sentence, words, cue)
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


def _statements(context: Extraction, sentence: Sentence, words: list[Word]) -> None:
    shown = shown_positions(words)
    positions = sorted(set(context.trigger_positions(words, REPORTING_WORD)) | set(shown)) \
        if shown else context.trigger_positions(words, REPORTING_WORD)
    for position in positions:
        word = words[position]
        hit = find_reporting(word.norm) or shown_verb(words, position)
        negated = False
        if hit is None and position > 0 and words[position - 1].norm in JUSSIVE_PARTICLES:
            hit = find_reporting_jussive(word.norm)
            negated = hit is not None
        if hit is None or hit.prefix.endswith("ال") or context.speaker_at(word.start) is not None:
            continue  # «الجدير بالذكر», «والتابع»: a noun, not a verb
        if hit.prefix.endswith("س"):
            continue  # «وسيكشف الاتحاد عن لائحة في أغسطس»: a future report, nothing said yet
        if context.covering_mention(word.start) is not None or _inside_quotation(context, word):
            continue
        verb = hit.value
        if verb.denial and exiled(words, position,
                                        lambda w: context.covering_mention(w.start) is not None):
            continue  # «نُفي إلى سالونيك»: exiled, not denied
        if negated and not verb.denial:
            continue  # «لم يقل»: nothing was said
        content = _content(context, words, position, sentence, verb)
        if content is None and verb.denial:
            content = _denied_object(context, words, position, sentence)
            if content is not None and _untagged_subject(words, position, content):
                continue  # «ونفى مدير الشركة وجود تقصير»: someone unnamed denies
        if content is None and verb.lemma in _NOUN_CONTENT_VERBS and not negated:
            content = _noun_content(context, words, position, sentence)
        if content is None and not negated and verb.lemma not in NEEDS_PREPOSITION:
            _according_to(context, sentence, words, position, verb)
        if content is None or (verb.lemma in NEEDS_PREPOSITION and (
                content.first_word < 1 or words[content.first_word - 1].norm != "عن")):
            continue  # «عبر» reports only with «عن» («عبر حسابه» is «via»)
        if _feeling(words, content, verb):
            continue
        if position in shown and not own_content(words, position, content.first_word,
                                                  _name_closes(context, words, content.first_word)):
            continue  # «وبين الحين والآخر أكد الوزير أن»: the preposition
        first_content, start, end, direct = content
        reading = find_speaker(context, words, position, first_content, sentence)
        if reading.entity_id is None:
            if reading.how == "anonymous":
                # «وقالت مصادر ...» «وأضافت»: not the earlier speaker
                context.discourse = replace(context.discourse, last_speaker=None)
            continue
        if _gender_clash(context, word.norm[len(hit.prefix):], verb, reading):
            continue
        _add(context, sentence, word, reading, start, end, direct, verb, negated)


_SOURCE_CUES = frozenset({"بحسب", "وبحسب", "حسب", "وحسب", "وفق", "ووفق", "وفقا", "ووفقا",
                          "طبقا", "وطبقا"})
"""«وبحسب X», «وفقا لـ X»: what follows (or the clause before) is on X's word."""
_CUE_LINKS = frozenset({"ل", "لـ"})
_DOCUMENTS = frozenset({"بيان", "تقرير", "تصريحات", "تصريح"})
_MIN_CONTENT_WORDS = 3


def _according_cue(words: list[Word]) -> int | None:
    """The index of the first «بحسب»-like cue of the sentence (not «بحسب ما»), or None."""
    for position, word in enumerate(words):
        if word.norm in _SOURCE_CUES and not (
                position + 1 < len(words) and words[position + 1].norm in {"ما", "لما"}):
            return position
    return None


def _on_the_word_of(context: Extraction, sentence: Sentence, words: list[Word],
                    position: int) -> None:
    """«وبحسب «رويترز»، من المتوقع ...», «... ، بحسب بيان لرئاسة الإقليم.»: a named source
    after «بحسب», «حسب», «وفقا لـ» is the speaker of the rest of the sentence when the cue
    opens it, of the clause before when the cue's phrase ends it (the annotation guidelines
    take the source as the author). An unnamed source («بحسب مصادر») says nothing here."""
    source = _cued_source(context, words, position + 1)
    if source is None or context.label(source[0]) not in _SUBJECT_LABELS - {"City"}:
        return
    speaker, after = source
    text = context.doc.text
    reporting = context.trigger_positions(words, REPORTING_WORD)
    if position == 0:
        first = _content_after_source(context, words, after)
        if first is None or first + _MIN_CONTENT_WORDS > len(words) or \
                any(first <= verb <= first + 4 for verb in reporting):
            return  # «وبحسب «رويترز»، فقد ذكرت الوزارة ...»: the verb's own speaker
        start, end = _trim(text, words[first].start, sentence.end)
    elif after == len(words) and _closing_comma(context.gap(words[position - 1], words[position])) \
            and position >= _MIN_CONTENT_WORDS and \
            not any(verb < position for verb in reporting):
        start, end = _trim(text, sentence.start, words[position - 1].end)
        if start < end and text[start] in "«\"“" and \
                text[start] not in text[start + 1:end]:  # «"..."، بحسب X»: inside the marks
            start += 1
    else:
        return
    if start >= end or _inside_quotation(context, words[position]):
        return
    _add(context, sentence, words[position], SpeakerReading(speaker, "according"),
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
    mention = context.mention_starting_in(words[index]) or typed_name(context, words, index)
    if mention is None or not mention.entity_id or mention.label not in _SUBJECT_LABELS or \
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


def _according_to(context: Extraction, sentence: Sentence, words: list[Word], position: int,
                  verb: ReportingVerb) -> None:
    """«وسيبقى أوباما في نيروبي حسبما صرح السفير فلان»: after «حسبما», «بحسب ما», «وفقا
    لما» the verb's content is the clause before, from the sentence start. Only a person
    named after the verb speaks so: a newspaper or an agency («حسبما ذكرت وكالة ...») is a
    source cited, not a speaker, and with no name the subject of the clause before is
    what was reported, not who said it."""
    marker = _according_start(words, position)
    if marker is None or marker < 2:
        return
    start, end = _trim(context.doc.text, sentence.start, words[marker - 1].end)
    if start >= end:
        return
    reading = find_speaker(context, words, position, len(words), sentence)
    if reading.entity_id is None or reading.how not in _ACCORDING_SPEAKERS or \
            context.label(reading.entity_id) != "Person":
        return
    _add(context, sentence, words[position], reading, start, end, False, verb)


_SAY = find_reporting(normalize_key("قال"))


def _came_in(context: Extraction, sentence: Sentence, words: list[Word], cue: CameIn) -> None:
    """«وجاء في بيان لوزارة الداخلية أن ...» (see :mod:`kg.relations.came_in`): the author
    says what follows the author's name («أن», a colon, a quotation)."""
    if _SAY is None or _inside_quotation(context, words[cue.cue]):
        return
    content = _content(context, words, cue.last, sentence, _SAY.value)
    if content is None:
        return
    _, start, end, direct = content
    if start >= end:
        return
    _add(context, sentence, words[cue.cue], SpeakerReading(cue.author, "author"), start, end,
         direct, _SAY.value)


def _said_it(context: Extraction, sentence: Sentence, words: list[Word], cue: SaidIt) -> None:
    """«وفق ما قاله الوزير X», «ومما قاله X: "..."» (see :mod:`kg.relations.said_relatives`):
    a person named right after the verb says what follows him (a colon, a quotation,
    «أن») or, after a «حسب»-like cue, the clause before it."""
    if _SAY is None or _inside_quotation(context, words[cue.verb]) or \
            context.covering_mention(words[cue.verb].start) is not None:
        return
    verb = _SAY.value
    position = cue.after - 1
    content = _content(context, words, position, sentence, verb)
    if content is not None and not cue.according and not content.direct:
        content = None  # «رفض ما قاله X إن ...»: only a colon or a quotation here
    if content is None:
        if not cue.according or cue.opening < 2:
            return
        start, end = _trim(context.doc.text, sentence.start, words[cue.opening - 1].end)
        first, direct = len(words), False
    else:
        first, start, end, direct = content
    if start >= end:
        return
    reading = find_speaker(context, words, position, first, sentence)
    if reading.entity_id is None or reading.how not in _ACCORDING_SPEAKERS or \
            context.label(reading.entity_id) != "Person" or \
            _gender_clash(context, words[cue.verb].norm.removesuffix("ه"), verb, reading):
        return
    _add(context, sentence, words[cue.verb], reading, start, end, direct, verb)


def _feeling(words: list[Word], content: _Content, verb: ReportingVerb) -> bool:
    """«أعرب عن استغرابه من تصريحات ...», «عبّر عن ارتياحه لـ ...»: the verb expresses a
    feeling (read by the stance rules), not what the speaker said."""
    return not content.direct and "عن" in verb.content_prepositions and \
        content.first_word < len(words) and words[content.first_word].has(FEELINGS)


_FAR_READINGS = frozenset({"before", "participle", "continued", "title_ref", "described",
                           "styled"})


def _gender_clash(context: Extraction, form: str, verb: ReportingVerb,
                  reading: SpeakerReading) -> bool:
    """«فنفت الشركة مسؤوليتها ... مضيفةً أن», «وأعلنت ...»: a feminine verb agrees with an
    organisation, a country or a woman. When the speaker was not named next to the verb but
    read from further away (a subject before it, a participle, the previous speaker) and that
    person is not one the verb can agree with (the text never calls her by a feminine
    form), the reading is a guess against the grammar: no statement rather than a wrong one."""
    if reading.entity_id is None or not _feminine(form, verb.lemma):
        return False
    entity = context.entities.get(reading.entity_id)
    if entity is None or entity.label != "Person":
        return False
    if reading.how not in _FAR_READINGS:
        female = context.discourse.female_speakers | {reading.entity_id}  # «قالت جانيت يلين»
        context.discourse = replace(context.discourse, female_speakers=female)
        return False
    return reading.entity_id not in context.discourse.female_speakers and \
        not _feminine_title(context, reading.entity_id) and \
        not named_as_woman(context.doc, reading.entity_id)


def _feminine_title(context: Extraction, person_id: str) -> bool:
    """«زعيمة المعارضة مريم رجوي», «المتحدثة باسم الشركة»: a title in the feminine says
    the person is a woman (read only for the rare feminine verb with a far speaker)."""
    return any(role.person_id == person_id and
               role.position_name.split(" ")[0].endswith(("ة", "ه"))
               for role in context.roles)


def _feminine(form: str, lemma: str) -> bool:
    """«قالت», «نفت», «تقول», «مضيفه»: the feminine singular of a reporting verb."""
    return form == lemma + "ت" or (lemma.endswith("ي") and form == lemma[:-1] + "ت") or (
        form.startswith("ت") and not lemma.startswith("ت")) or (
        form.startswith("م") and form.endswith("ه"))


_CONFIDENCE: dict[SpeakerHow, float] = {
    "after": 0.9, "title": 0.85, "author": 0.8, "before": 0.8, "capital": 0.75, "according": 0.75,
    "participle": 0.75, "title_ref": 0.7, "kind_ref": 0.7, "continued": 0.7, "described": 0.65,
    "styled": 0.7,
    "colon": 0.55,
}
"""How sure each way of finding the speaker is (an indirect statement is a little less):
a speaker named right after the verb first; one read from a title introduced earlier,
carried over from an earlier sentence, or from a headline colon last."""


def _add(context: Extraction, sentence: Sentence, verb_word: Word, reading: SpeakerReading,
         start: int, end: int, direct: bool, verb: ReportingVerb | None,
         negated: bool = False) -> None:
    """A statement and its speaker's ``stated`` (or ``denies``) relation. A negated
    denial («لم تنف») is a ``denies`` of negative polarity, and its content is not denied."""
    doc = context.doc
    speaker, how = reading.entity_id, reading.how
    assert speaker is not None
    about = tuple(dict.fromkeys(
        m.entity_id for m in context.mentions_between(start, end)
        if m.entity_id and m.entity_id != speaker
    ))
    confidence = _CONFIDENCE.get(how, 0.5) - (0.0 if direct else 0.05)
    evidence = context.evidence(sentence, [(start, end)], attribution_rule(direct, how), confidence,
                                (verb_word.start, verb_word.end))
    statement = Statement(
        id=statement_id(doc.id, start, end), speaker_id=speaker,
        verb=doc.text[verb_word.start:verb_word.end] if verb is not None or how == "according"
        else ":",
        quote_start=start, quote_end=end,
        direct=direct, evidence=evidence, about_ids=about,
    )
    if context.has_statement(statement.id):
        return
    denial = verb is not None and verb.denial
    context.add_statement(statement, denied=denial and not negated)
    kind: RelationKind = "denies" if denial else "stated"
    polarity: Polarity = "negative" if negated else "positive"
    context.add_relation(Relation(
        id=relation_id(kind, speaker, statement.id, polarity), kind=kind,
        subject_id=speaker, object_id=statement.id, evidence=(evidence,),
        polarity=polarity,
    ))
    turn = Turn(speaker, sentence.index)
    last = context.discourse.last_speaker
    context.discourse = replace(
        context.discourse, last_actor=turn,
        last_speaker=turn if how in EXPLICIT or (last and last.node_id == speaker) else last,
    )


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
        cut = _content_end(context, words, first, sentence) if first < len(words) \
            else sentence.end
        if text[cut:sentence.end].lstrip()[:1] in {"،", ","}:
            continue  # «بارزاني: الاستقلال سياسيا، قال ... إن»: a run-in heading, not words
        start, end = _trim(text, colon + 1, end if end != -1 else sentence.end)
        if start >= end:
            continue
        if context.quote_overlaps(start, end):
            continue  # «وقال X: «...»»: the quotation is already a statement
        anchor = context.word_at(mention.start)
        if anchor is None:
            continue
        _add(context, sentence, anchor, SpeakerReading(mention.entity_id, "colon"), start, end,
             True, None)
