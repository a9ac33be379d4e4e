"""Stances told as a feeling or as an attack in words, with no stance verb.

Rules:

- «أعرب X عن خيبة أمله من قرار Y», «عن خيبة أملها جراء ...», «أبدوا خيبتهم من ...»:
  disappointment at a thing or a person criticizes it, as «استيائه من» does. The trigger
  is «أمله» (hope with its holder's pronoun) right after «خيبة», or «خيبته» with its own
  pronoun; what disappoints follows a preposition of displeasure
  (:data:`kg.relations.lexicon.DISPLEASED_AT`). «أمله» elsewhere is hope («أعرب عن أمله في»)
  and no trigger.
- «شنّ X هجوماً على Y», «جدد X هجومه على Y», «واصلت X هجومها على Y»: an attack noun after a
  verb of launching or renewing, with «على» a word or two after it, is an attack in words
  (criticizes) only when a PERSON is named between the verb and the noun and what follows
  «على» is a named person, party or body, or a word of speech or decision («قرار»,
  «تصريحات»). Forces, armed groups and countries launch assaults, and places are assaulted
  («شن الجيش هجوما على المدينة», «شن القائد X هجوما على مواقع Y»): those stay events. A
  country's adjective in the holder's title is no assaulting country («شن المندوب الإسرائيلي
  X هجوما على Y»), and after a title «على» names the one attacked only when a person
  follows (the body in «على أمين الأمم المتحدة» is the unnamed title's, not the target).
  «هجوماً لاذعاً» and the other adjectives of words are read by
  :func:`kg.relations.stance_purposes.verbal_attack`. The attack is held by that person,
  however long the adjunct between the verb and the noun (:func:`attacker`).
- What displeases must be someone's: a death or a loss after the noun of displeasure
  («خيبة أمله من وفاة X», «غضبه من مقتل Y») is grief, and a phrase of a state of things that names
  no one («استياءه من سوء الأحوال الجوية», «من ارتفاع الأسعار») is a complaint; neither is a
  stance toward an actor (see :func:`lost_or_unowned`).
"""

from __future__ import annotations

from kg.relations.argument_words import preposition
from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, ArgsFound, Word
from kg.relations.lexicon import DISPLEASED_AT, LOSSES, StanceTrigger
from kg.relations.lexicon_stance_words import HOPES, LETDOWNS, OWN_ATTACKS
from kg.relations.role_words import is_title_head

DISAPPOINTMENT = StanceTrigger("criticizes", True, 0.6, requires=DISPLEASED_AT)
"""A noun of displeasure, as sure as «استيائه من» (see lexicon_stance)."""
_LETDOWN = frozenset({"خيبه", "بخيبه"})


def disappointment(words: list[Word], position: int) -> StanceTrigger | None:
    """«خيبة أمله», «خيبتهم» at ``position`` (the frame's «من» is checked by the caller)."""
    norm = words[position].norm.removeprefix("و")
    if norm in LETDOWNS:
        return DISAPPOINTMENT
    if norm in HOPES and position > 0 and words[position - 1].norm.removeprefix("و") in _LETDOWN:
        return DISAPPOINTMENT
    return None


LAUNCHED_ATTACK = StanceTrigger("criticizes", True, 0.6, topic_object=False)
"""An attack noun after a verb of launching, checked by :func:`attack_in_words`."""
_LAUNCHING = frozenset({"شن", "شنت", "يشن", "تشن", "شنوا", "يشنون", "شانا"})
_RENEWING = frozenset({"جدد", "جددت", "يجدد", "تجدد", "واصل", "واصلت", "يواصل", "تواصل"})
_ATTACKS = frozenset({"هجوما", "هجوم"})
_VERB_REACH = 12
_ON_REACH = 3
_ATTACKED_LABELS = frozenset({"Person", "PoliticalParty", "GovernmentBody", "Organization",
                              "MediaOrganization", "InternationalOrganization"})
_SPEECH_WORDS = frozenset({"قرار", "قرارات", "تصريحات", "تصريح", "سياسه", "سياسات", "موقف",
                           "مواقف", "اداره", "حكومه", "خطاب", "كلام", "دعوات", "دعوه"})
"""Words of speech, decision or government an attack in words aims at («على قرار الرئيس X»)."""
_COMMANDERS = frozenset({"قائد", "القائد", "الجنرال", "اللواء", "العميد", "العقيد", "المشير",
                         "القوات", "قوات", "الجيش", "جيش"})
"""Words of command between the verb and the noun: a commander's or a force's attack is an
assault («شن القائد X هجوما على ...»)."""


def launched_attack(words: list[Word], position: int) -> StanceTrigger | None:
    """«شن ... هجوماً على», «جدد ... هجومه على»: the attack noun at ``position``, with «على»
    after it and a verb of launching (or, for «هجومه», renewing) before it in its sentence."""
    norm = words[position].norm.removeprefix("و")
    if norm not in _ATTACKS and norm not in OWN_ATTACKS:
        return None
    if _on_index(words, position) is None or _launching_verb(words, position) is None:
        return None
    return LAUNCHED_ATTACK


def attack_in_words(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the attack at ``position`` is one of words: a person named between its verb
    and the noun, and a person, party, body or word of speech right after «على»."""
    verb, on = _launching_verb(words, position), _on_index(words, position)
    if verb is None or on is None or on + 1 >= len(words):
        return False
    named = [m for m in context.mentions_between(words[verb].end, words[position].start)
             if not preposition(context, m)]  # not «في مقابلة مع قناة X»
    if not any(m.label == "Person" for m in named) or \
            any(m.label == "ArmedGroup" or (m.label == "Country" and not context.is_nisba(m))
                for m in named) or \
            any(w.bare() in _COMMANDERS for w in words[verb + 1:position]):
        return False  # «شن الجيش ...», «شنت إسرائيل ...», «شن القائد X»: an assault
    return bool(attacked(context, words, position))


def attacked(context: Extraction, words: list[Word], position: int) -> list[Candidate]:
    """Who the attack in words at ``position`` aims at: the person, party or body named
    right after «على», or named after a word of speech or a title there («على قرار الرئيس
    X», «على الرئيس X»); nothing for anything else («على مواقع X»: an assault)."""
    on = _on_index(words, position)
    if on is None or on + 1 >= len(words):
        return []
    index = on + 1
    if _spoken_or_title(words[index]) and index + 1 < len(words) and \
            context.mention_starting_in(words[index]) is None:
        index += 1  # «على قرار X», «على الرئيس X»
        if _spoken_or_title(words[index]) and index + 1 < len(words):
            index += 1  # «على قرار الرئيس X»
    mention = context.mention_starting_in(words[index])
    if mention is None or not mention.entity_id or mention.label not in _ATTACKED_LABELS or \
            (index > on + 1 and not _spoken_or_title(words[on + 1])):
        return []
    if is_title_head(words[index - 1]) and index > on + 1 and mention.label != "Person":
        return []  # «على أمين الأمم المتحدة»: the body of an unnamed title, not the one attacked
    return [Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                      index, "mention")]


def _spoken_or_title(word: Word) -> bool:
    return word.bare() in _SPEECH_WORDS or word.norm in _SPEECH_WORDS or is_title_head(word)


def attacker(context: Extraction, words: list[Word], position: int) -> ArgsFound:
    """The holder of the attack at ``position``: the first person named between its verb
    and the noun that no preposition governs, past any adjunct («شن X (جمهوري)، في مقابلة
    مع قناة Y، هجوما على ...»)."""
    verb = _launching_verb(words, position)
    if verb is None:
        return ArgsFound([], position + 1, "")
    for mention in context.mentions_between(words[verb].end, words[position].start):
        if mention.label == "Person" and mention.entity_id and \
                not preposition(context, mention):
            return ArgsFound([Arg(mention.entity_id, mention.start, mention.end)], position + 1,
                             "before")
    return ArgsFound([], position + 1, "")


_LAUNCHING_OR_RENEWING = _LAUNCHING | _RENEWING


def _launching_verb(words: list[Word], position: int) -> int | None:
    """Where the verb that launches the attack noun at ``position`` stands: «شن» for any
    attack noun, «جدد/واصل» too for one with its doer's pronoun («هجومه»)."""
    own = words[position].norm.removeprefix("و") in OWN_ATTACKS
    return _verb_index(words, position, _LAUNCHING_OR_RENEWING if own else _LAUNCHING)


def _on_index(words: list[Word], position: int) -> int | None:
    for index in range(position + 1, min(len(words), position + 1 + _ON_REACH)):
        if words[index].norm == "علي":
            return index
    return None


def _verb_index(words: list[Word], position: int, verbs: frozenset[str]) -> int | None:
    for index in range(position - 1, max(-1, position - 1 - _VERB_REACH), -1):
        if words[index].sentence_index != words[position].sentence_index:
            return None
        if words[index].norm.removeprefix("و") in verbs:
            return index
    return None


_LOSS_REACH = 4


def lost_or_unowned(context: Extraction, words: list[Word], position: int,
                    trigger: StanceTrigger, candidate: Candidate) -> bool:
    """Whether a noun of displeasure at ``position`` is about a loss, or its phrase object
    ``candidate`` names no actor (no name, no nisba of a country in the phrase)."""
    if trigger.requires != DISPLEASED_AT:
        return False
    if any(w.norm in LOSSES or w.bare() in LOSSES
           for w in words[position + 1:position + 1 + _LOSS_REACH]):
        return True
    if candidate.source != "topic" or candidate.word_index >= len(words):
        return False
    span = [w for w in words[candidate.word_index:] if w.start < candidate.arg.end]
    head = words[candidate.word_index].bare().removeprefix("ال")
    return head in _STATES and \
        not context.mentions_between(candidate.arg.start, candidate.arg.end) and \
        not any(context.index.nisba_country(w) is not None for w in span)


_STATES = frozenset({
    "سوء", "ارتفاع", "انخفاض", "تردي", "تدهور", "غلاء", "نقص", "انقطاع", "انقطاعات", "تاخر",
    "ازدحام", "زحام", "احوال", "طقس", "اجواء", "حر", "حراره", "امطار", "ظروف", "اوضاع", "وضع",
    "مستوي", "اسعار", "تراجع", "قله", "كثره", "ضعف", "بطء",
})
"""Heads of a phrase of a state of things, not anyone's deed («سوء الأحوال الجوية», «ارتفاع
الأسعار», «انقطاع الكهرباء»): displeasure at them is a complaint, no stance toward an actor
(«غضبه من مراقب المباراة», «استياءه من قيام البعض بـ» name a person or a deed and stay)."""
