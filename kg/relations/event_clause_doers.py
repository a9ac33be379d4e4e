"""Doers named in a clause next to the event verb, not in the verb's own subject slot.

A verb joined by «و» to the clause of an event noun («ردا على هجوم نفذه مقاتلو الحركة
بالمدينة واستهدف كمائن عسكرية») goes on with that noun's clause: its doer is the one named
after the support verb («نفذه»), not the subject of the sentence's first verb. A killing
whose when-clause tells the strike that killed («قُتل 43 شخصاً عندما قصفت جماعة الحوثي
المدينة») was done by the striker. A passive killing on a noun told before («وقُتل فيها 17
جندياً») has no doer in the clause before it (``resumed_passive``). A strike verb whose doer
stands before it and whose object right after it is a plain noun no rule reads («واستهدف
كمائن عسكرية») has an unread victim (``plain_object``: less sure, see ``event_confidence``).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.event_support import ACTOR_HEADS, support_with_object, verb_subject
from kg.relations.event_whereas import opens_when_clause
from kg.relations.index import AGENT_LABELS, PLACE_LABELS, Arg, Word
from kg.relations.lexicon import (
    DIRECTIONS,
    FUNCTION_WORDS,
    PLACE_HEADS,
    RELATIVE_DAYS,
    RESUMING_IN,
    WEEKDAYS,
    find_event,
)

_CLAUSE_REACH = 14
"""How far before the joined verb the support verb of the noun's clause may stand."""
_DOER_REACH = 6
"""How far after the support verb its named doer may stand («نفذه نحو 300 من مقاتلي الحركة»)."""
_STOPS = frozenset("،,.;؛:!?")


def _stop_between(context: Extraction, left: Word, right: Word) -> bool:
    """Punctuation that ends a clause between two words (quotes around a name do not)."""
    return any(mark in _STOPS for mark in context.doc.text[left.end:right.start])


def support_clause_doer(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«هجوم مسلح نفذه مقاتلو الحركة بمدينة العريش واستهدف كمائن»: the doer named after the
    support verb with the event as its object pronoun, when the verb at ``words[position]``
    is joined by «و» to that clause with no other event word between."""
    for index in range(position - 1, max(-1, position - _CLAUSE_REACH), -1):
        if _stop_between(context, words[index], words[index + 1]):
            return []
        word = words[index]
        if support_with_object(word) and word.has(_DEED_SUPPORTS):
            return _doer_after(context, words, index, position)
        if find_event(word.norm) is not None:
            return []  # another event word: the verb is joined to its clause
    return []


_DEED_SUPPORTS = frozenset({
    "نفذه", "نفذها", "نفذته", "نفذوه", "نفذوها", "شنه", "شنها", "شنته", "شنوه", "شنوها",
    "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبوه", "ارتكبوها", "نصبه", "نصبته", "نصبوه",
})
"""Support verbs of a deed with the event as object pronoun («هجوم نفذه ...»; not «تقودها»,
which leads a coalition)."""
_COUNT_WORDS = frozenset({"نحو", "حوالي", "قرابه", "اكثر", "من", "عشرات", "مئات", "الاف"})


def _doer_after(context: Extraction, words: list[Word], verb: int, end: int) -> list[Arg]:
    """The named actor right after the support verb, maybe behind a count and a head noun
    («نفذه نحو 300 من مقاتلي الحركة»), not behind a preposition or another word."""
    for index in range(verb + 1, min(end, verb + 1 + _DOER_REACH)):
        if _stop_between(context, words[index - 1], words[index]):
            return []
        mention = context.mention_starting_in(words[index])
        if mention is None or not mention.entity_id:
            word = words[index]
            if word.norm in _COUNT_WORDS or number_value(word) is not None or \
                    word.has(ACTOR_HEADS):
                continue
            return []
        if mention.label not in AGENT_LABELS or context.is_nisba(mention) or \
                context.attached_prefix(mention).lstrip("وف"):
            return []
        return [Arg(mention.entity_id, mention.start, mention.end)]
    return []


_STRIKES = frozenset({"Attack", "MilitaryOperation"})
_WHEN_REACH = 10


def when_doer(context: Extraction, words: list[Word], position: int,
              sentence: Sentence) -> list[Arg]:
    """«قتل 43 شخصاً ... عندما قصفت جماعة الحوثي مدينة عدن»: the named subject of a strike
    verb right after a when-word in the killing's clause did the killing."""
    for index in range(position + 1, min(len(words) - 1, position + _WHEN_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return []
        if not opens_when_clause(words, index):
            continue  # (not «في حين قصفت»: whereas, another deed)
        verb = words[index + 1]
        hit = find_event(verb.norm)
        if hit is None or hit.value not in _STRIKES or any(
                "ال" in prefix for prefix, _ in verb.readings()):
            return []  # a noun after the when-word: not a strike told by its verb
        found = verb_subject(context, words, index + 1, sentence)
        return list(found.args)
    return []


def resumed_passive(words: list[Word], position: int) -> bool:
    """«وقُتل فيها 17 جندياً»: a verb right before a pronoun back to a noun told before is a
    passive in that noun's clause."""
    return position + 1 < len(words) and words[position + 1].norm in RESUMING_IN


_NOT_NOUNS = frozenset({"امس", "اليوم", "ايضا", "مجددا", "صباح", "مساء", "ليل", "ليلا", "فجر",
                        "يوم", "الاسبوع", "الشهر", "العام", "حيث", "عندما", "حين", "بينما",
                        "فيما", "اثناء", "خلال", "قرب", "داخل", "امام", "خارج", "اثر", "جراء"})
"""Adverbs and clause words that may follow a verb: no object."""
_REFLEXIVES = frozenset({"نفسه", "نفسها", "نفسيهما", "انفسهم", "انفسهما", "انفسهن"})
"""«فجر انتحاري نفسه»: the doer himself, no victim left unread."""
_CLITICS = frozenset({"و", "ف", "ب", "ل"})
"""A word opening with these is read as a new clause or a prepositional phrase («وقتل»,
«بالمدينة», «لمدة»), not a direct object (a guess: «بلدة» is missed, which only spares
a lowering)."""


def plain_object(context: Extraction, words: list[Word], position: int) -> bool:
    """«واستهدف كمائن عسكرية»: the verb's object right after it is a plain noun (no name, no
    number, no preposition): the deed has a victim the rules did not read."""
    index = position + 1
    if index >= len(words) or _stop_between(context, words[position], words[index]):
        return False
    word = words[index]
    if context.covering_mention(word.start) is not None or number_value(word) is not None:
        return False
    if word.has(PLACE_HEADS) or (index + 1 < len(words) and
                                 context.covering_mention(words[index + 1].start) is not None):
        return False  # «أمطرت ضاحية دار سعد»: a place, its location (or a head before a name)
    norm = word.norm
    return norm[:1] not in _CLITICS and len(norm) > 2 and norm not in FUNCTION_WORDS and \
        norm not in DIRECTIONS and norm not in _NOT_NOUNS and norm not in RELATIVE_DAYS \
        and norm not in WEEKDAYS and norm not in _REFLEXIVES and find_event(norm) is None


def object_past_place(context: Extraction, words: list[Word], after: int) -> bool:
    """«وقصفت فصائل معارضة أخرى في حلب، مواقع للجيش»: after the doer named behind the verb
    (maybe one word of it left), a place adjunct closed by a comma, then a plain noun: the
    verb's object, left unread."""
    index = after + 1 if after < len(words) and words[after].norm != "في" else after
    if index >= len(words) or words[index].norm != "في" or index + 1 >= len(words):
        return False
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or mention.label not in PLACE_LABELS:
        return False
    last = context.word_at(max(mention.start, mention.end - 1))
    if last is None:
        return False
    end = last.index - words[0].index
    if end + 1 >= len(words) or not {"،", ","} & set(context.gap(words[end], words[end + 1])):
        return False
    word = words[end + 1]
    if context.covering_mention(word.start) is not None or number_value(word) is not None:
        return False
    norm = word.norm
    return norm[:1] not in _CLITICS and len(norm) > 2 and norm not in FUNCTION_WORDS and \
        norm not in _NOT_NOUNS and norm not in DIRECTIONS and norm not in RELATIVE_DAYS and \
        norm not in WEEKDAYS and find_event(norm) is None


_ATTRIBUTING = frozenset({"نسبته", "نسبها", "ونسبته", "ونسبها", "ونسبت", "نسبت"})
"""«هجوماً انتحارياً ... نسبته الحكومة إلى تنظيم داعش»: the deed is laid at a doer's door."""
_TO = frozenset({"الي"})
_TO_REACH = 8


_STRIKES_OR_KILLING = _STRIKES | {"Killing"}


def attributed_doer(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The doer an event noun is attributed to later in its sentence («نسبته الحكومة إلى
    تنظيم داعش»): the named actor after «إلى». An attribution is a claim, so the caller
    keeps the event below the bar («إن باكستان تقف وراء الهجوم», an accusation, is not read:
    it made a past attack look like news)."""
    for index in range(position + 1, len(words)):
        word = words[index]
        if word.norm in _ATTRIBUTING:
            return _named_after_to(context, words, index)
        hit = find_event(word.norm)
        if hit is not None and hit.value in _STRIKES_OR_KILLING:
            return []  # another deed: the attribution may be its own
    return []


def _named_after_to(context: Extraction, words: list[Word], verb: int) -> list[Arg]:
    for index in range(verb + 1, min(len(words), verb + 1 + _TO_REACH)):
        if words[index].norm not in _TO and words[index].bare() not in _TO:
            continue
        for step in range(index + 1, min(len(words), index + 3)):
            mention = context.mention_starting_in(words[step])
            if mention is not None and mention.entity_id:
                if mention.label not in AGENT_LABELS:
                    return []
                return [Arg(mention.entity_id, mention.start, mention.end)]
        return []
    return []


_RUN_SUPPORTS = frozenset({"شن", "شنت", "نفذ", "نفذت", "وجه", "وجهت"})
"""Perfect support verbs of strikes, told in a run («كما شن أربع غارات», «وشن ست غارات»)."""
_ALSO = frozenset({"كما", "و", "ثم"})
_RUN_COUNTS = frozenset({"عده", "عدد", "سلسله", "موجه", "جمله"})
_OFFENSIVES = frozenset({"Attack", "MilitaryOperation"})


def run_doer(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«شن طيران التحالف عدة غارات على مخازن ... كما شن أربع غارات على مواقع ... وشن ست
    غارات»: a strike noun behind a joined support verb with no subject of its own (only a
    count between) was done by the doer of the latest strike of its sentence or the one
    before, read from its own construction."""
    verb = _joined_support(context, words, position)
    if verb is None:
        return []
    trigger = words[position]
    best = None
    for event in (*context.found.events.values(), *context.state.events_latest_first()):
        if event.label not in _OFFENSIVES or event.trigger_start >= trigger.start or \
                (best is not None and event.trigger_start <= best.trigger_start):
            continue
        best = event
    if best is None:
        return []
    at = context.word_at(best.trigger_start)
    if at is None or trigger.sentence_index - at.sentence_index > 1:
        return []
    return [Arg(a.entity_id, a.start, a.end) for a in best.arguments if a.role == "agent"]


def _joined_support(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of a support verb of strikes joined by «و»/«كما» right before the noun,
    with only a count between (no subject)."""
    for index in range(position - 1, max(-1, position - 4), -1):
        word = words[index]
        if context.covering_mention(word.start) is not None or \
                context.boundary_between(word, words[index + 1]):
            return None
        if word.has(_RUN_SUPPORTS):
            joined = word.norm[:1] == "و" and word.norm[1:] in _RUN_SUPPORTS
            also = index > 0 and words[index - 1].norm in _ALSO
            return index if joined or also else None
        if number_value(word) is None and word.bare() not in _RUN_COUNTS:
            return None
    return None
