"""Whether a candidate object is in a stance trigger's reach, and whose it is.

«واجه X انتقادات Y»: the one faced is the object of another's stance; «التحرك التركي»: a
nisba that describes a thing names no object of its own unless the country is named; a
candidate lies within reach of the trigger only before the next stance word and not deep
in a genitive chain or behind a new phrase; courtesy styles («صاحب السمو الملكي») are
passed over. Read for :mod:`kg.relations.stance_objects`.
"""

from __future__ import annotations

from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR
from kg.model import Mention
from kg.relations.arguments import (
    COURTESY_TITLES,
    Candidate,
)
from kg.relations.context import Extraction
from kg.relations.deeds import DEED_NOUNS
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    FACING_VERBS,
    HONORIFICS,
    PREPOSITIONS,
    RECEIVING_VERBS,
    StanceTrigger,
)
from kg.relations.rules import ArgsHow
from kg.relations.stance_object_start import (
    OBJECT_RELATIVES,
    adjective_form,
    reports,
)
from kg.relations.stance_paired_verbs import paired_noun
from kg.relations.stance_phrase_objects import (
    COLLECTIVE_HEADS,
    content_noun,
)
from kg.relations.stance_phrases import (
    conjunction,
    definite,
    prepositional,
    titled_name_follows,
)
from kg.relations.stance_title_conjuncts import in_title
from kg.relations.stance_triggers import live_stance
from kg.text.normalize import normalize_key

_FACING_VERBS_OR_RECEIVING_VERBS = FACING_VERBS | RECEIVING_VERBS


def faced_by(context: Extraction, words: list[Word], position: int,
              skip: set[str]) -> Candidate | None:
    """«واجه تسيبراس انتقادات كروغمان», «تعرضت قطر لانتقاد مصر»: the one who faces the
    stance is its object."""
    for index in range(position - 1, max(0, position - 3), -1):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        if words[index - 1].has(_FACING_VERBS_OR_RECEIVING_VERBS):
            mention = context.mention_starting_in(words[index])
            if mention is None or not mention.entity_id or mention.entity_id in skip or \
                    mention.label not in AGENT_LABELS:
                return None
            _, last = context.mention_words(mention)
            if last + 1 != words[position].index:
                return None
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                             mention.label, index, "faced")
    return _titled_faced_by(context, words, position, skip)


def _titled_faced_by(context: Extraction, words: list[Word], position: int,
                     skip: set[str]) -> Candidate | None:
    """«وتعرض رئيس الوزراء اليوناني ألكسيس تسيبراس لانتقادات», «واجه وزير الخارجية X
    انتقادات»: the person named after a title right after the facing verb, ending right
    before the noun, faces it."""
    if position == 0:
        return None
    mention = context.covering_mention(words[position - 1].start)
    if mention is None or mention.label != "Person" or not mention.entity_id or \
            mention.entity_id in skip or context.boundary_between(words[position - 1],
                                                                 words[position]):
        return None
    first, _ = context.mention_words(mention)
    start = first - words[0].index
    for verb in range(start - 2, max(-1, start - 6), -1):
        if any(context.boundary_between(words[i], words[i + 1]) for i in range(verb, start)):
            return None
        if words[verb].has(_FACING_VERBS_OR_RECEIVING_VERBS):
            if not titled_name_follows(context, words, verb + 1):
                return None
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                             mention.label, start, "faced")
    return None


def nisba_of_thing(context: Extraction, words: list[Word], candidate: Candidate,
                    start: int) -> bool:
    """«التحرك التركي», «وزير الخارجية الأميركي»: a nisba adjective describes the noun
    before it (a move, a minister), not the country, unless that noun is the country's
    people, government or army («الشعب اليمني», «العسكريين الأوكرانيين»)."""
    word = words[candidate.word_index]
    mention = context.mention_starting_in(word)
    nisba = candidate.source == "nisba" or (mention is not None and (
        context.is_nisba(mention) or adjective_form(context, mention, word)))
    if not nisba or candidate.word_index == 0:
        return False
    if mention is not None and _country_named(context, mention, word) and \
            _names_country(context, words, candidate.word_index, start):
        return False  # «انتقدت إيران السعودية», «بدور السعودية», «دعمها للسعودية»
    return not words[candidate.word_index - 1].has(COLLECTIVE_HEADS)


def _country_named(context: Extraction, mention: Mention, word: Word) -> bool:
    """«السعودية»: a country whose name is also the feminine of its nisba, named by it (not
    read as an adjective by the gazetteer)."""
    if mention.extractor == ADJECTIVE_EXTRACTOR or not mention.entity_id:
        return False
    entity = context.entity(mention.entity_id)
    if entity is None:
        return False
    name = normalize_key(entity.name).removeprefix("ال")
    return any(rest.removeprefix("ال") == name for _, rest in word.readings())


_GENITIVE_HEADS = DEED_NOUNS | frozenset({"دعم", "سياسه", "سياسات", "تدخل", "قرار", "قرارات",
                                          "موقف", "تصريحات", "حكومه", "قياده", "شعب"})
"""Nouns whose genitive a country may be («دور السعودية», «دعم السعودية»)."""


def _names_country(context: Extraction, words: list[Word], index: int, start: int) -> bool:
    """Whether the nisba-shaped name at ``words[index]`` names the country rather than
    qualifying the word before it: right where the object begins, after the subject
    («انتقدت إيران السعودية»), with a preposition glued («دعمها للسعودية») or right after
    a separate one («مع السعودية»), or as the
    genitive of a noun of deed or policy («بدور السعودية»); not after a definite noun
    («الخطوط السعودية») or another name («زين السعودية»)."""
    word, previous = words[index], words[index - 1]
    if prepositional(word) or index == start + 1:
        return True
    if previous.norm in PREPOSITIONS and not context.boundary_between(previous, word):
        return True  # «تضامنت مصر مع السعودية»: no noun for an adjective to follow
    return not definite(previous) and not context.boundary_between(previous, word) and \
        previous.has(_GENITIVE_HEADS)


def within(words: list[Word], candidate: Candidate, first_word: int, position: int,
            how: ArgsHow, trigger: StanceTrigger, named: frozenset[int] = frozenset()) -> bool:
    """The candidate is in reach: before the next stance word (its objects are its own);
    for an addressee of urges, or after a subject read from the previous sentence, the
    phrase right after the trigger («دعا X الدول», «وأشاد بمواقف X»); after a verbal
    noun and its genitive agent, a prepositional phrase («رفض مصر للتدخل»). A stance word
    inside the subject's name (``named``: «منظمة التعاون الإسلامي») is no next stance."""
    between = words[position + 1:candidate.word_index]
    if any(live_stance(words, index) and not paired_noun(words, position, index, trigger)
           and index not in named  # «أدانت منظمة التعاون الإسلامي الهجوم»: a word of a name
           and not in_title(words, index)  # «لوزير الشؤون الإسلامية والأوقاف والدعوة»
           for index in range(position + 1, candidate.word_index)):
        return False  # «شكره وثناءه لـ Y»: the second noun is the same stance (paired_noun)
    if any(w.norm in OBJECT_RELATIVES or reports(w) for w in between[1:]):
        return False  # «رفضت موسكو الخطوات التي أقدم عليها X», «رفض X ... قائلا إن Y»
    if how == "previous" or trigger.kind == "urges":
        return candidate.word_index <= first_word + 1
    if _deep_genitive(words, first_word, candidate.word_index):
        return False
    return how != "genitive" or (first_word < len(words) and _opens_phrase(words[first_word]))


def _deep_genitive(words: list[Word], first_word: int, index: int) -> bool:
    """«ترفض نشر مراقبين لرصد تحركات مقاتلي داعش»: the object is an action noun, and a name
    two or more words into its phrase (past other nouns, not only a head like «حكومة») is
    a complement inside it, not what the stance is toward («انتقد سياسات روسيا» keeps the
    name right after the noun, and so do coordinated heads and a person noun before a name:
    «انتقد تصرفات وتغريدات الفنان X»)."""
    if index - first_word < 2 or first_word >= len(words):
        return False
    head = words[first_word]
    if definite(head) or _glued_preposition(head) or conjunction(head) or \
            not content_noun(head):
        return False  # «شكره وتقديره للدكتور X»: a second stance noun, then the object
    return any(content_noun(w) and not w.has(COLLECTIVE_HEADS) and not conjunction(w)
               and not prepositional(w) for w in words[first_word + 1:index])


def _glued_preposition(word: Word) -> bool:
    """«للدكتور», «بجهود»: a head with «ل» or «ب» glued to it; not «ك», whose reading
    misparses an accusative head («كتلا نيابية داخل X»: blocs, not «ك» + «تلا»)."""
    return any(prefix.lstrip("وف")[:1] in {"ب", "ل"} for prefix, _ in word.readings()[1:])


def _opens_phrase(word: Word) -> bool:
    """«للتدخل», «إلى جانب», «ضد»: a prepositional phrase starts here."""
    return word.norm in PREPOSITIONS or prepositional(word)


_STYLE_WORDS = COURTESY_TITLES | HONORIFICS | frozenset({"السمو", "الملكي", "فضيله", "سعاده"})
"""Styles of address («صاحب السمو الملكي الأمير», «معالي», «الدكتور»): a name past them is as
near as one past no style («عن شكره لرئيس مجلس الأمناء صاحب السمو الملكي الأمير X»)."""
SCAN_WORDS = 7


def styles_in(words: list[Word], start: int) -> int:
    """How many styles of address stand in the words the object scan reads after ``start``."""
    return sum(1 for word in words[start + 1:start + 1 + SCAN_WORDS] if word.norm in _STYLE_WORDS)
