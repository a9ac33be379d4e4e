"""Content that is the verb's object: «نفى الأردن أي علاقة له بالهجوم», «أعلنت الحكومة خلوّ البلاد».

What «نفى» denies may be its object, after the subject and its title («نفى وزير الخارجية
الأمريكي جون كيري الاتهامات», «نفى X - رئيس كتلة بدر - توقف الحملة») and a cognate
(«نفيا قاطعا»); an untagged title or body noun right after the verb is its subject
(«ونفى المتحدث باسم الشركة أي تقصير»), and so is a dual of two sides («كما نفى الجانبان
التونسي والبريطاني ما روج»): a nominative dual is never the thing denied. «أعلن» and
«أكد» may report a verbal noun in construct with a definite genitive («أكد الوزير دعم
بلاده للاتفاق»), not after a negator («ولم يعلن موعد الافتتاح»).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import coordinated_mentions, subject_after
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    NEGATORS,
    PERSON_NOUNS,
    find_reporting,
    find_stance,
)
from kg.relations.role_words import is_title_head
from kg.relations.speaker_styles import address_styles
from kg.relations.statement_content import Content, content_end
from kg.relations.statement_denied_adjuncts import past_denial_adjunct
from kg.relations.statement_quotes import KIND_NOUN_KEYS, SUBJECT_LABELS, trim_span

_COGNATE = frozenset({"نفيا", "قاطعا", "تاما", "شديدا", "مطلقا"})

_SIDE_DUALS = frozenset({"الجانبان", "الطرفان", "البلدان", "الدولتان", "الحكومتان",
                         "الوزيران", "الرئيسان", "الزعيمان", "الحزبان", "الوزارتان"})
"""Nominative duals of two sides («نفى الجانبان», «نفى البلدان»): the verb's subject."""
_PARTY_NOUNS = PERSON_NOUNS | frozenset({
    "متهم", "متهمه", "متهمان", "متهمون", "متهمين", "مشتبه", "مشتبهه", "مشتبهون", "دفاع",
    "مدعي", "مدعيه", "شاهد", "شاهده", "ضحيه", "موقوف", "موقوفون", "معتقل", "مواطن", "مواطنه",
})
"""Nouns of a person by role or by part in a case («ونفى المتهم كل التهم», «فقد نفى المشتبه
به خالد ...», «ونفى الدفاع وجود أي علاقة»): with the article, right after a denial, the
denier, never what is denied."""


def denied_object(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> Content | None:
    """«نفى الأردن أي علاقة له بالهجوم»: what is denied is the object of the verb, after the
    subject and its title («نفى وزير الخارجية الأمريكي جون كيري الاتهامات»)."""
    index = position + 1
    titled, past = subject_after(context, words, position, sentence)
    if titled and past < len(words) and is_title_head(words[position + 1]):
        index = past
    after = [] if index > position + 1 else [
        m for m in context.mentions_between(words[position].end,
                                            words[min(len(words) - 1, position + 4)].end)
        if m.label in SUBJECT_LABELS and m.entity_id and not context.is_prepositional(m)]
    if after and context.word_at(after[0].start) is words[position + 1]:
        for mention in coordinated_mentions(context, after[0], sentence, SUBJECT_LABELS):
            last = context.word_at(max(mention.start, mention.end - 1))
            if last is not None:
                index = last.index - words[0].index + 1
    index = _past_dashes(context, words, index)
    denied_start = past_denial_adjunct(context, words, index)  # «، في بيان لها أمس،»
    if denied_start is None:
        return None
    index = denied_start
    while index < len(words) and words[index].norm in _COGNATE:
        index += 1
    if index >= len(words):
        return None
    end = index
    while end + 1 < len(words) and (not context.boundary_between(words[end], words[end + 1])
                                    or _scare_quote(context, words, end)) and \
            not (words[end + 1].norm.startswith("و") and (
                find_reporting(words[end + 1].norm) is not None
                or find_stance(words[end + 1].norm) is not None)):
        end += 1
    text = context.doc.text
    closing = words[end].end
    if closing < len(text) and text[closing] in _SCARE_CLOSERS and \
            _SCARE_CLOSERS[text[closing]] in text[words[index].start:closing]:
        closing += 1  # «نفت هذا “الادعاء”»: the closing mark of the quoted word
    return Content(index, words[index].start, closing, False)


_SCARE_CLOSERS = {"”": "“", "»": "«"}


def _scare_quote(context: Extraction, words: list[Word], end: int) -> bool:
    """«هذا “الادعاء”»: an opening mark right before one word that the matching mark closes
    right after it (a word the reporter distances himself from) goes on the phrase."""
    gap = context.gap(words[end], words[end + 1]).strip()
    if gap not in {"“", "«"} or end + 2 > len(words):
        return False
    closer = {"“": "”", "«": "»"}[gap]
    text = context.doc.text
    after = words[end + 1].end
    return after < len(text) and text[after] == closer


def untagged_subject(words: list[Word], position: int, content: Content) -> bool:
    """Whether the denied «object» right after the verb opens with a title, a person's role
    («ونفى المتهم كل التهم»: ``_PARTY_NOUNS``) or the noun of a
    body («ونفى المتحدث باسم الشركة أي تقصير», «فنفت شركة المياه مسؤوليتها») or a dual of
    two sides («كما نفى الجانبان ...»): the verb's subject, named by no entity, and not the
    earlier speaker continued."""
    if content.first_word != position + 1:
        return False
    word = words[content.first_word]
    return is_title_head(word) or word.norm.lstrip("و") in KIND_NOUN_KEYS or \
        word.norm.removeprefix("ال") in KIND_NOUN_KEYS or word.norm in _SIDE_DUALS or \
        (word.norm.startswith("ال") and word.norm[2:] in _PARTY_NOUNS)


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


_NEGATING_NOUNS = frozenset({"عدم"})
"""«عدم» is always in construct with the verbal noun it negates («عدم وجود», «عدم قبول»)."""
_APPOSED_REACH = 14


def _past_apposed_title(context: Extraction, words: list[Word], index: int) -> int | None:
    """«أكد إبراهيم الدعيلج مدير العلاقات العامة في الأمانة، عدم قبول الأمانة ...»: the
    title in apposition after the named subject runs to the first comma; what was affirmed
    is the word after it. None when no comma closes the title soon, or a verb comes first."""
    for later in range(index + 1, min(len(words), index + _APPOSED_REACH)):
        if find_reporting(words[later].norm) is not None:
            return None
        gap = context.gap(words[later - 1], words[later])
        if "،" in gap or "," in gap:
            return later
        if gap.strip():
            return None
    return None


NOUN_CONTENT_VERBS = frozenset({"اعلن", "اكد"})
_TIME_ADVERBS = frozenset({"امس", "اليوم", "ايضا", "مجددا", "مساء", "صباح", "رسميا"})


def noun_content(context: Extraction, words: list[Word], position: int,
                 sentence: Sentence) -> Content | None:
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
    apposed = subjects and index < len(words) and is_title_head(words[index])
    if apposed:
        past = _past_apposed_title(context, words, index)
        if past is None:
            return None  # «أكد X مدير العلاقات العامة في الأمانة ...»: his title, not what he said
        index = past
    if index + 1 >= len(words) or \
            (not apposed and context.boundary_between(words[index - 1], words[index])) or \
            context.boundary_between(words[index], words[index + 1]):
        return None
    word, genitive = words[index], words[index + 1]
    if context.covering_mention(word.start) is not None or word.norm in FUNCTION_WORDS or \
            word.bare() in FUNCTION_WORDS or word.norm.isdigit() or \
            any(prefix.lstrip("وف") for prefix, _ in word.readings()) or \
            find_reporting(word.norm) is not None:
        return None  # «أعلنت الشركة عن», «أكد الوزير للصحفيين», «أكد الأمير ...»
    if is_title_head(word):
        return None  # «أعلن رئيس ...»: a title, never a verbal noun of what was announced
    if not (genitive.norm.startswith("ال") or context.mention_starting_in(genitive) is not None
            or word.norm in _NEGATING_NOUNS):  # «أكد الوزير عدم وجود إصابات»
        return None
    end = content_end(context, words, index, sentence)
    start, end = trim_span(context.doc.text, word.start, end)
    return Content(index, start, end, False) if start < end else None
