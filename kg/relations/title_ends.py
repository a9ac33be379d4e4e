"""Where a title phrase ends: words that follow a complete title but are no part of it.

A title after a name is a genitive chain (head + complements), closed by the body it
names. Three kinds of word after such a chain open the rest of the clause, not more of
the title:

- a verb of purpose, «ل» + an imperfect verb: «وترك X الأمين العام ليظهر في المؤتمر»
  (the secretary general is «الأمين العام», not «الأمين العام ليظهر»);
- a free preposition after the chain's «ل» complement or after a named body: «وغاب X
  الأمين العام للاتحاد عن الحضور» («عن الحضور» is what he missed, not his office; a title
  that takes «عن/على/من» itself — «النائب عن الدائرة», «المشرف العام على القناة» —
  takes it right after its head, before any «ل» complement), or after a head that takes
  none and its definite complement («شكر وزير الداخلية على الإنجازات»);
- «و» + a definite word that is no title head, right after a named body: «X رئيس
  الاتحاد الأوروبي والمرشح السابق الأمير علي» — «والمرشح السابق» describes the next
  man (or the same man anew), it does not extend the office.

A body a title names without the NER (:func:`kg.relations.role_bodies.named_body`) ends
likewise: a definite body noun followed by «و» («رئيس النادي والموجود حاليا في ...») is
the club referred back to, and «والموجود» starts a new predicate; and the «ل» phrase of a
deputy's office after the body is his portfolio, not the body's name («وكيل الوزارة لشؤون
المساجد», «وكيل أمانة الرياض للخدمات»: the body is the ministry / «أمانة الرياض»).
"""

from __future__ import annotations

from kg.gazetteer.extractors import is_adjective_mention
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, TERRITORY_LABELS, Word
from kg.relations.lexicon import TITLE_HEADS
from kg.text.normalize import normalize_key

_FREE_PREPOSITIONS = frozenset({"عن", "علي", "من"})
# «ليلة», «ليالي», «ليبي»: nouns and nisbas that open with «لي» like a verb of purpose.
_NOT_VERBS = frozenset({"ليله", "ليالي", "لياقه", "ليبي", "ليبيه", "ليبيا", "ليمون", "ليره",
                        "ليرات"})
DEPUTY_WORDS = frozenset({"نائب", "مساعد", "وكيل", "نائبه", "مساعده"})


def purpose_verb(context: Extraction, word: Word) -> bool:
    """«ليظهر», «ليكون», «ليتولى»: «ل» + an imperfect verb (prefix «ي»), no name."""
    norm = word.norm
    return len(norm) >= 5 and norm.startswith("لي") and norm not in _NOT_VERBS and \
        context.mention_starting_in(word) is None


def _ends_body(context: Extraction, word: Word) -> bool:
    """Whether ``word`` ends the mention of an organisation (not a place)."""
    mention = context.covering_mention(word.start)
    return mention is not None and mention.end <= word.end and \
        mention.label in ORGANIZATION_LABELS and mention.label not in TERRITORY_LABELS


def free_preposition(context: Extraction, words: list[Word], index: int) -> bool:
    """«عن/على/من» + a word that opens no name, after the title's «ل» complement
    («للاتحاد») or after a named body: the preposition is the clause's, not the title's."""
    if index < 1 or words[index].norm not in _FREE_PREPOSITIONS:
        return False
    if index + 1 < len(words) and context.mention_starting_in(words[index + 1]) is not None:
        return False
    previous = words[index - 1]
    lam = previous.norm.startswith("ل") and len(previous.norm) > 3 and \
        not previous.has(TITLE_HEADS)
    return lam or _ends_body(context, previous)


_GOVERNING_HEADS = frozenset({"مشرف", "مسؤول", "نائب", "ممثل", "مندوب", "وكيل", "قائم",
                              "وصي", "مراقب", "مفتش", "امين", "متحدث", "ناطق"})
"""Heads whose office may take «على/عن/من» after its complement («المشرف العام على»,
«المسؤول الأول عن», «الناطق الرسمي عن»)."""


def preposition_after_office(words: list[Word], index: int) -> bool:
    """«وزير الداخلية على الإنجازات»: «على/عن/من» right after a head and its definite
    complement, when the head takes no such preposition, is the clause's (what is
    thanked or praised), not more of the office."""
    if index < 2 or words[index].norm not in _FREE_PREPOSITIONS or \
            not words[index - 1].norm.startswith("ال"):
        return False
    head = words[index - 2]
    readings = [rest.removeprefix("ال") for _, rest in head.readings()]
    return any(rest in TITLE_HEADS for rest in readings) and \
        not any(rest in _GOVERNING_HEADS for rest in readings)


def conjunct_after_body(context: Extraction, words: list[Word], index: int,
                        body_nouns: frozenset[str]) -> bool:
    """«والمرشح» right after a named body («رئيس الاتحاد الأوروبي والمرشح السابق ...») or
    a definite body noun (one of ``body_nouns``: «رئيس النادي والموجود حاليا»): a definite
    conjunct that is no title head and names nothing ends the title."""
    if index < 1:
        return False
    word = words[index]
    if not word.norm.startswith("وال") or word.has(TITLE_HEADS) or \
            context.mention_starting_in(word) is not None:
        return False
    previous = words[index - 1]
    return _ends_body(context, previous) or (
        previous.norm.startswith("ال") and previous.norm[2:] in body_nouns)


def _second_title(rest: list[Word]) -> int:
    """Where a second office opens in the words after a body noun, or 0: an indefinite
    title head after a definite word («اللجنة الوطنية للاستقدام رئيس الشركة السعودية»: two
    titles held at once, stacked with no «و»). «مكتب رئيس الوزراء» keeps its head: it
    follows an indefinite word (a construct)."""
    for index in range(1, len(rest)):
        word, previous = rest[index], rest[index - 1]
        if word.norm in TITLE_HEADS and previous.norm.startswith(("ال", "لل")):
            return index
    return 0



def body_name_end(rest: list[Word], deputy: bool, places: set[int]) -> int:
    """How many words of ``rest`` (a body noun and what follows it in a title) name the
    body: not past a «و» right after a definite body noun («النادي والموجود»), nor past a
    second title stacked after it («... للاستقدام رئيس الشركة»), and for a
    deputy («وكيل», «مساعد»), not past a «ل» word right after a definite body noun
    («الوزارة لشؤون») or right after a place (``places``: indices of words that end a
    place mention; «أمانة الرياض للخدمات»)."""
    if len(rest) > 1 and rest[0].norm.startswith("ال") and rest[1].norm.startswith("و"):
        return 1
    second = _second_title(rest)
    if second:
        rest = rest[:second]
    if not deputy:
        return len(rest)
    for index in range(1, len(rest)):
        if not rest[index].norm.startswith("ل"):
            continue
        if (index == 1 and rest[0].norm.startswith("ال")) or index - 1 in places:
            return index
    return len(rest)


_DASHES = frozenset({"-", "–", "—"})
_DASH_REACH = 10


def dashed_title(context: Extraction, words: list[Word], index: int, gap: str) -> int:
    """A title set off by dashes after a name, «بهاء الأعرجي -نائب رئيس الوزراء العراقي-
    إن ...»: the index of the word after the closing dash (the same mark, within
    ``_DASH_REACH`` words, no other punctuation before it), or 0 (no dashed title at
    ``words[index]``; ``gap`` is the mark between the name and it)."""
    if gap not in _DASHES:
        return 0
    for end in range(index + 1, min(len(words), index + _DASH_REACH + 1)):
        between = context.gap(words[end - 1], words[end]).strip()
        if between == gap:
            return end
        if between:
            return 0
    return 0


def dangling_kind(word: Word, body_nouns: frozenset[str]) -> bool:
    """«بجمعية», «لشركة» at the end of a body the title names: a kind noun glued to «ب/ل»
    whose own name was cut off (it stands in quotation marks: «رئيسة اللجنة التنفيذية
    بجمعية "الوفاء"»); the words before it name no body of their own."""
    return any(prefix in {"ب", "ل"} and rest in body_nouns for prefix, rest in word.readings())


_BOARDS = frozenset({"اداره", "امناء"})


def board_of_body(rest: list[Word], body_nouns: frozenset[str]) -> bool:
    """«مجلس إدارة شركة المراعي», «مجلس أمناء جامعة الفيصل»: a board (indefinite, in
    construct) followed by a body noun and its name; the body the title names is the
    company, not «مجلس إدارة شركة ...» («رئيس مجلس الإدارة» alone names none)."""
    return len(rest) > 3 and rest[0].norm == "مجلس" and rest[1].norm in _BOARDS and \
        rest[2].norm in body_nouns


def pronoun_title(text: str) -> bool:
    """A lone title head with a pronoun of possession, written with «ه» and not «ة»:
    «ويرافقه نائبه X» ("his deputy"), «وحضر مديره X». The office is the other man's,
    named elsewhere, and «نائبه» is no position's name: no fact is better than a position
    with a pronoun glued on. A feminine title is written with «ة» («نائبة», «رئيسة»).
    Also such a head before its masculine definite adjective: «لإقناع مديره الفني X», or
    before «و» + another noun with the same pronoun: «بعث وزيره وكاتبه X»."""
    words = text.split()
    if not words or not words[0].endswith("ه"):
        return False
    key = normalize_key(words[0])
    # «وزيره»: the «و» is the head's own letter, not a conjunction to drop
    stem = key[:-1] if key[:-1] in TITLE_HEADS else key.removeprefix("و")[:-1]
    if len(words) == 1:
        return stem in TITLE_HEADS
    # «لإقناع مديره الفني X», «رئيسه التنفيذي»: his director; a feminine title takes a
    # feminine adjective («مديرة الفنية» is no phrase, «مديره الفنيه» is left alone)
    second = words[1]
    if stem in TITLE_HEADS and second.startswith("و") and not second.startswith("وال") and \
            second.endswith("ه") and len(second) > 3:
        return True  # «وزيره وكاتبه X»: his minister and his scribe, both his
    return stem in TITLE_HEADS and second.startswith("ال") and len(second) > 3 and \
        not second.endswith(("ة", "ه"))


def dangling_on(text: str, word: Word) -> bool:
    """«على» left at the end of a title whose object was not read («وكان المشرف العام على
    الفريق الاتحادي منصور البلوي» cut as «المشرف العام على»): the particle is no part of
    the office. Only «على» spelt with «ى»: the name «علي» is written with «ي»."""
    return text[word.start:word.end] == "على"


_TRADE_HEADS = frozenset({"مدرب", "لاعب", "حارس", "مهاجم", "مدافع"})
"""Trades whose nationality adjective says where the man is from, not whom he serves."""
_ONE_OF = frozenset({"احد", "احدي"})


def title_stops_at(context: Extraction, kept: list[Word], word: Word) -> bool:
    """Words a title's own name stops before: «أحد» («مدير أحد المنتجعات»: the director of
    an unnamed resort, the office is «مدير») and, after a trade's head, a nationality
    adjective («كريستيان غروس المدرب السويسري»: a Swiss coach, the office is «المدرب»)."""
    if not kept:
        return False
    if word.norm in _ONE_OF:
        return True
    if kept[0].bare() not in _TRADE_HEADS and kept[0].norm not in _TRADE_HEADS:
        return False
    mention = next((m for m in context.mentions_between(word.start, word.end)
                    if m.start == word.start), None)
    return mention is not None and is_adjective_mention(mention)


_REGION_NOUNS = frozenset({"منطقه", "محافظه", "ولايه", "اقليم", "مقاطعه"})


def region_before_body(text: str, word: Word, body_start: int) -> bool:
    """«أمير منطقة الرياض» with «الرياض» read as the body: the indefinite region noun
    right before the body is the body's own word, not the office's («أمير» of الرياض, as
    «أمير» of «منطقة القصيم»)."""
    return word.norm in _REGION_NOUNS and text[word.end:body_start].strip() == ""
