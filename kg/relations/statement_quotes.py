"""Quotations of a statement: where one opens and closes, and when it is not what was said.

A quotation opened by «, “ or " closes at its own closer in the same paragraph (nested
quotations counted; a straight mark whose closer was lost ends before the next «. وأضاف "»).
A short quotation the clause goes on after is a name («لـ«الشرق الأوسط» عن», «صحيفة "ذا
ناشيونال"», «وقال "الزوي": "..."»), a chant («هتافات المصلين «الموت لأميركا»») or the
verb's subject («وقالت «نيسان»، إن ...»), not the content. A verb inside a quotation
opened earlier in its paragraph («قال: «وأكدنا أن ...»») is part of the quote.
"""

from __future__ import annotations

import re

from kg.gazetteer.resources import KIND_NOUNS
from kg.model import Sentence
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import CLOSING_QUOTE, COMPLEMENTIZERS, find_reporting
from kg.relations.quoted_labels import label_before_colon
from kg.relations.unclosed_quotes import ended_before, lost_closer_stop
from kg.text.normalize import normalize_key

_MAX_QUOTE = 1500
_MAX_NAME_WORDS = 4
KIND_NOUN_KEYS = frozenset({"راديو", "تلفزيون"} | {normalize_key(word) for word in KIND_NOUNS})
"""Media and other bodies whose quoted name follows the noun of their kind."""
SUBJECT_LABELS = AGENT_LABELS | {"City"}


def quote_closing(text: str, opener_at: int) -> int:
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
"""The marks :func:`quote_closing` looks for after each opening mark: the opener (nested
quotations) and its closer."""


def quoted_name(text: str, start: int, end: int, closing: int, sentence: Sentence) -> bool:
    """A short quotation the clause goes on after («لـ«الشرق الأوسط» عن», «وقال "الزوي":
    "..."», «وكالة "ناسا"»): a name in quotation marks, not what was said."""
    if label_before_colon(text, start, end, closing, sentence):
        return True  # «يقول X «موظف في منتجع»: إن ...»: his role, the words after the colon
    if len(text[start:end].split()) > _MAX_NAME_WORDS:
        return False
    before = text[max(sentence.start, start - 12):start - 1].rstrip(" \t")
    previous = normalize_key(before.split()[-1]) if before.split() else ""
    if (previous.endswith("ل") and len(previous) <= 2) or previous.lstrip("ولب") in KIND_NOUN_KEYS:
        return True  # «لـ«الشرق الأوسط»»، «صحيفة "ذا ناشيونال"»، «شركة «أمازون»»
    wider = text[max(sentence.start, start - 30):start - 1].split()
    if len(wider) >= 2 and len(text[start:end].split()) <= 2 and \
            normalize_key(wider[-2]).lstrip("ولب") in KIND_NOUN_KEYS and \
            normalize_key(wider[-1]).startswith("ال"):
        return True  # «شركة التقنية «اكساكت»»: a kind noun and its adjective
    if len(wider) >= 3 and _kind_noun(wider[-3]) and \
            all(normalize_key(word).startswith("ال") for word in wider[-2:]):
        return True  # «للصحيفة الأسبوعية الفرنسية "جورنال دو ديمانش"»: two adjectives
    if _chanted(text, start - 1, sentence.start):
        return True
    rest = text[closing + 1:sentence.end].lstrip(" \t")
    return bool(rest) and rest[0] not in ".،,؛!؟\n)"


_CHANT_NOUNS = frozenset(normalize_key(word) for word in (
    "هتاف", "هتافات", "شعار", "شعارات", "لافتة", "لافتات", "عبارة", "عبارات", "وسم", "هاشتاغ",
    "هاشتاق"))
"""Nouns whose quoted complement was chanted, carried or written by others («تخللته هتافات
المصلين «الموت لأميركا»»): not the reported speaker's words."""


def _kind_noun(word: str) -> bool:
    """«صحيفة», «للصحيفة», «والشركة»: a kind noun of a body, with its clitics."""
    key = normalize_key(word).lstrip("ولب")
    return key in KIND_NOUN_KEYS or key.removeprefix("ال") in KIND_NOUN_KEYS


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


def quoted_subject(context: Extraction, start: int, end: int, closing: int,
                   sentence: Sentence) -> bool:
    """«وقالت «نيسان»، إن ...»: a quotation that is exactly one actor's name, followed by a
    comma and أن/إن, is the verb's subject written in quotation marks, not its content."""
    if not any(m.start == start and m.end == end and m.label in SUBJECT_LABELS
               for m in context.mentions_between(start, end)):
        return False
    rest = context.doc.text[closing + 1:sentence.end].lstrip(" \t،,").split()
    return bool(rest) and normalize_key(rest[0]) in COMPLEMENTIZERS


def inside_quotation(context: Extraction, word: Word) -> bool:
    """Whether ``word`` stands inside a quotation opened earlier in its paragraph: a verb
    there is part of the quote («قال: «وأكدنا أن ...»»), never a new reporting verb."""
    text = context.doc.text
    paragraph = text.rfind("\n", 0, word.start) + 1
    start = word.start  # (counted in place: no copy of the paragraph before the word)
    if text.count("«", paragraph, start) > text.count("»", paragraph, start) or \
            text.count("“", paragraph, start) > text.count("”", paragraph, start):
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
    if text.find('"', start, end) < 0:
        return False  # (most paragraphs: no straight mark, so none is open; no scan)
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


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
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
