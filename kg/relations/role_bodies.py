"""The organisation a title names: «وزير الخارجية اليمني», «رئيس هيئة الإذاعة والتلفزيون».

The first organisation or country named inside the title phrase («الأمين العام لحلف
الناتو»), the city or region a governor or emir heads («حاكم دبي»), a body the title
names itself when the recogniser missed it («رئيس الديوان الملكي»), a body tagged
elsewhere in the article («مدير شرطة محافظة رابغ»), or the country of a nationality
adjective («اليمني»).
"""

from __future__ import annotations

from kg.gazetteer.extractors import is_adjective_mention
from kg.model import Mention
from kg.relations.ba_root_nouns import BA_ROOT_NOUNS
from kg.relations.bodies_elsewhere import body_named_elsewhere
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, TERRITORY_LABELS, Arg, Word
from kg.relations.lexicon import FORMER, NISBA, TITLE_HEADS
from kg.relations.role_words import (
    ACTING,
    BODY_NOUNS,
    FORMER_WORDS,
    TRAILING,
    is_name_honorific,
    is_title_head,
)
from kg.relations.title_ends import DEPUTY_WORDS, board_of_body, body_name_end, dangling_kind
from kg.text.normalize import normalize_key

_BEFORE_BODY = frozenset({"باسم", "التنفيذي", "العام"})
# «رئيس مجلس الوزراء», «رئيس مجلس الإدارة»: an office, not a body the title names.
_NOT_A_BODY = frozenset({"الوزراء", "وزراء", "اداره", "الاداره", "الامناء", "امناء", "المكلف",
                         "الدوري", "التنفيذي", "العام"}) | ACTING
_TERRITORIAL_HEADS = frozenset({"امير", "حاكم", "محافظ", "محافظا", "والي"})


def org_in(context: Extraction, words: list[Word], nationality: bool = False) -> Arg | None:
    """The first organisation or country named in the title; with ``nationality``, not a
    nationality adjective («المدرب السويسري»)."""
    if not words:
        return None
    for mention in context.mentions_between(words[0].start, words[-1].end):
        if mention.label in ORGANIZATION_LABELS and mention.entity_id and not (
                nationality and _adjective(context, mention)):
            return Arg(mention.entity_id, mention.start, mention.end)
    return None


def _adjective(context: Extraction, mention: Mention) -> bool:
    word = context.word_at(mention.start)
    key = word.norm if word is not None else normalize_key(mention.text)
    return is_adjective_mention(mention) or (
        mention.label == "Country" and key.startswith("ال") and key.endswith(("ي", "يه")))


def is_nisba_word(context: Extraction, word: Word) -> bool:
    """«التونسي» of «المدير الفني التونسي»: a country's adjective, no word of a title."""
    mention = context.mention_starting_in(word)
    return mention is not None and mention.label == "Country" and _adjective(context, mention)


def nisba_in(context: Extraction, words: list[Word]) -> Arg | None:
    """«وزير الخارجية اليمني»: the country of a nationality adjective in the title."""
    for word in words:
        country = context.country_for_nisba(word) if word.bare() in NISBA or any(
            rest in NISBA for _, rest in word.readings()) else None
        if country:
            return Arg(country, word.start, word.end)
    return None


def territory(context: Extraction, words: list[Word], head_word: Word, head: str) -> Arg | None:
    """The city or region a governor or emir heads: «حاكم دبي», «أمير منطقة القصيم»,
    «محافظ عدن» (the place at most two words after the head)."""
    if head not in _TERRITORIAL_HEADS:
        return None
    window = [w for w in words if w.start > head_word.start][:2]
    if not window:
        return None
    for mention in context.mentions_between(window[0].start, window[-1].end):
        if mention.label in TERRITORY_LABELS and mention.entity_id:
            return Arg(mention.entity_id, mention.start, mention.end)
    return None


def named_body(context: Extraction, words: list[Word], group: list[Word],
               head_word: Word) -> Arg | None:
    """An organisation the NER missed, named by the title itself: «رئيس هيئة الإذاعة
    والتلفزيون», «رئيس الديوان الملكي», «الناطق باسم حركة ...»: a body noun right after
    the head (or after «باسم», «التنفيذي», «العام») and at least one more word, to the
    end of the title."""
    rest = [w for w in group if w.start > head_word.start]
    if rest and rest[0].norm in _BEFORE_BODY:
        rest = rest[1:]
    if board_of_body(rest, BODY_NOUNS):
        rest = rest[2:]  # «رئيس مجلس إدارة شركة المراعي»: the board's body is the company
    if len(rest) < 2 or not (rest[0].has(BODY_NOUNS) or _lam_body(rest[0])) or \
            rest[1].bare() in _NOT_A_BODY:
        return None
    places = {i for i, w in enumerate(rest) if _ends_place(context, w)}
    rest = rest[:body_name_end(rest, head_word.has(DEPUTY_WORDS), places)]
    offset = words[0].index
    while rest and (rest[-1].norm in TRAILING or rest[-1].bare() in FORMER or
                    rest[-1].norm in FORMER_WORDS or rest[-1].norm in _NOT_A_BODY or
                    is_name_honorific(words, rest[-1].index - offset)):
        rest.pop()
    if len(rest) < 2 or dangling_kind(rest[-1], BODY_NOUNS):
        return None
    prefix = _body_prefix(rest[0])
    start = rest[0].start + len(prefix)
    name = context.doc.text[start:rest[-1].end]
    if prefix.endswith("لل"):
        name = "ال" + name  # «للهيئة الملكية»: the article's alef is elided after ل
    return Arg(context.add_entity("Organization", name), start, rest[-1].end)


def _ends_place(context: Extraction, word: Word) -> bool:
    mention = context.covering_mention(word.start)
    return mention is not None and mention.end <= word.end and \
        mention.label in TERRITORY_LABELS


def _body_prefix(word: Word) -> str:
    """«ل» of «لهيئة», «لل» of «للهيئة»: the glued preposition before a body noun; «ل» of
    «للجنة» (the noun «لجنة» itself opens with «ل»)."""
    for prefix, rest in word.readings():
        if rest in BODY_NOUNS:
            return prefix.removesuffix("ال")
    return "ل" if _lam_body(word) else ""


def _lam_body(word: Word) -> bool:
    """«للجنة»: «ل» glued to a body noun that opens with «ل» («لجنة»), which the clitic
    readings split as «لل» + «جنة»."""
    return word.norm.startswith("لل") and word.norm[1:] in BODY_NOUNS


def has_place(context: Extraction, words: list[Word]) -> bool:
    return bool(words) and any(
        m.label in {"City", "Region", "Place"}
        for m in context.mentions_between(words[0].start, words[-1].end)
    )


def body_elsewhere(context: Extraction, core: list[Word], head_word: Word) -> Arg | None:
    """«مدير شرطة محافظة رابغ» where «شرطة محافظة رابغ» is tagged elsewhere in the article
    (:mod:`kg.relations.bodies_elsewhere`)."""
    rest = [w for w in core if w.start > head_word.start]
    if len(rest) < 2 or rest[1].bare() in _NOT_A_BODY or rest[1].norm in _NOT_A_BODY or \
            any(is_title_head(w) for w in rest):
        return None  # «رئيس مجلس الوزراء»: an office; «نائب رئيس ...»: another title
    found = body_named_elsewhere(context, rest)
    return Arg(*found) if found is not None else None


def by_nisba(context: Extraction, org: Arg) -> bool:
    """Whether ``org`` was read from a nationality adjective («الأردني»), not a name."""
    mention = next((m for m in context.mentions_between(org.start, org.end)
                    if m.start == org.start), None)
    return mention is None or _adjective(context, mention)


def nisba_of_body(context: Extraction, org: Arg) -> bool:
    """Whether ``org`` is a nationality adjective right after a body noun's name
    («حزب القوات اللبنانية»), not a country named alone («وزير خارجية لبنان»)."""
    mention = next((m for m in context.mentions_between(org.start, org.end)
                    if m.start == org.start), None)
    return mention is not None and _adjective(context, mention)


def preposition_link(text: str, word: Word, org: Arg) -> bool:
    """«بقيادة» in «الناطق الإعلامي بقيادة حرس الحدود»: an indefinite noun glued to «ب» right
    before the organisation opens the phrase that leads to it, no word of the title."""
    return word.norm.startswith("ب") and not word.norm.startswith("بال") and \
        word.norm not in BA_ROOT_NOUNS and word.end <= org.start and \
        not text[word.end:org.start].strip() and not word.has(TITLE_HEADS)


def genitive_link(word: Word, org: Arg) -> bool:
    """«لشركة» in «الرئيس التنفيذي لشركة أرامكو»: the word that leads to the organisation."""
    return word.norm.startswith("ل") and word.end <= org.start and \
        not word.has(TITLE_HEADS)
