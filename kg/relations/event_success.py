"""The subject of a verb of success as the agent of the event noun it governs.

«مقاتلي المقاومة نجحوا في السيطرة على معظم حي التواهي», «تمكنت القوات من استعادة
المدينة», «استطاعت القوات المحلية ... بالسيطرة على المطار»: who succeeded in an operation
did it, and the success tells it as done. The noun follows the verb behind «في», «من» or
«ب» in the same clause, maybe behind «استعادة/إعادة» («تمكنوا من استعادة السيطرة على
التلة»); the subject is the name after the verb, or the one right before it.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after, subject_before
from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.event_backers import backing_start
from kg.relations.event_bystanders import source_filtered
from kg.relations.event_success_asides import aside_success_subject
from kg.relations.index import Arg, Word
from kg.relations.lexicon import EVENT_TRIGGERS, JUSSIVE_PARTICLES, NEGATORS, find_event
from kg.relations.perpetrators import perpetrator_end, perpetrator_phrase

SUCCESS_VERBS = frozenset({
    "نجح", "نجحت", "نجحوا", "ينجح", "تنجح", "تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن",
    "استطاع", "استطاعت", "استطاعوا", "يستطيع", "تستطيع",
})
"""Verbs of having managed to do something («نجحوا في», «تمكنت من», «استطاعت»)."""
_GOVERNING = ("في", "من", "ب")
KILLING_NOUNS = frozenset({"قتل", "اغتيال", "تصفيه"})
"""Nouns of killing that a verb of success may govern, printed as the verb «قتل» may be."""
_RESTORING = frozenset({"استعاده", "اعاده"})
"""Nouns of winning back before the noun of control («من استعادة السيطرة على المدينة»): the
preposition that governs them governs the control noun too."""
_SUCCESS_REACH = 8
"""How far the verb may stand before its noun: its subject may come between («تمكنت القوات
العراقية من السيطرة»), and a time after the subject («تمكن التنظيم في اليوم ذاته من قتل»)."""
_TARGET_REACH = 4
"""How far after the noun the name of the place or side it was done to must begin:
«السيطرة على الأوضاع» names none, and is no operation."""


_NEGATORS_OR_JUSSIVE_PARTICLES = NEGATORS | JUSSIVE_PARTICLES


def succeeded_subject(context: Extraction, words: list[Word], position: int,
                      sentence: Sentence) -> list[Arg]:
    """The subject of the verb of success that governs the noun at ``words[position]``."""
    if not _governed(context, words, position):
        return aside_success_subject(context, words, position, sentence, SUCCESS_VERBS)
    for index in range(position - 1, max(-1, position - _SUCCESS_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break  # «تمكنت القوات، بدعم من ...، من استعادة»: maybe an aside (below)
        if not words[index].has(SUCCESS_VERBS):
            if index < position - 1 and find_event(words[index].norm) is not None:
                return []  # another event stands between
            continue
        if index > 0 and words[index - 1].norm in _NEGATORS_OR_JUSSIVE_PARTICLES:
            return []  # «لم يتمكن الليبيون من ...»: no success
        if not _named_after(context, words, position):
            return []
        subjects, _ = subject_after(context, words, index, sentence)
        if not subjects and index > 0 and words[index - 1].norm == "ان":
            return []  # «بعد أن تمكن من قتل خاله»: the clause's subject is dropped, and the
            # name before «أن» is in another clause («بالقرب من سجن الحائر، بعد أن تمكن»)
        if not subjects:
            unnamed = unnamed_success_subject(context, words, index, position)
            if unnamed is not None:  # «وتمكنت قوات الأمن من قتل 19 مسلحاً»
                return [unnamed]
        if not subjects:
            backed = backing_start(context, words, index)  # «X بدعم من Y تمكنت»: not Y
            subjects = subject_before(context, words, index if backed is None else backed,
                                      max_words=4)
        return source_filtered(context, subjects)
    return aside_success_subject(context, words, position, sentence, SUCCESS_VERBS)


_SUBJECT_REACH = 3
"""How many words an unnamed subject before the verb of success may have («إن قوة أمنية
تمكنت»)."""
_OPENERS = frozenset({"ان", "بان", "وان"})


def unnamed_success_subject(context: Extraction, words: list[Word], verb: int,
                            noun: int) -> Arg | None:
    """The unnamed doers (``perpetrators.perpetrator_phrase``: «قوات الأمن», «قوة أمنية»,
    «مسلحون») that are the subject of the verb of success at ``words[verb]``: right after it
    and ending before the noun it governs («وتمكنت قوات الأمن من قتل»), or right before it
    as the subject that opens a «أن/إن» clause or the sentence («إن قوة أمنية تمكنت من
    قتل»); None otherwise."""
    if verb + 1 < noun and not context.boundary_between(words[verb], words[verb + 1]):
        phrase = perpetrator_phrase(context, words, verb + 1)
        if phrase is not None and phrase[1] < noun:
            return phrase[0]
    for start in range(verb - 1, max(-1, verb - 1 - _SUBJECT_REACH), -1):
        if context.boundary_between(words[start], words[start + 1]):
            return None
        if perpetrator_end(context, words, start) != verb - 1:
            continue
        opened = start == 0 or (words[start - 1].norm in _OPENERS and
                                not context.boundary_between(words[start - 1], words[start]))
        phrase = perpetrator_phrase(context, words, start) if opened else None
        return phrase[0] if phrase is not None else None
    return None


def _governed(context: Extraction, words: list[Word], position: int) -> bool:
    """«في السيطرة», «من استعادة», «بالسيطرة»: the noun behind a preposition of the verb."""
    word = words[position]
    if any(prefix.lstrip("وف").startswith("ب") for prefix, rest in word.readings()
           if rest in EVENT_TRIGGERS):
        return True
    if position > 1 and words[position - 1].norm in _RESTORING and \
            not context.boundary_between(words[position - 1], word):
        position -= 1  # «من استعادة السيطرة على»: governed through «استعادة»
        word = words[position]
    return position > 0 and words[position - 1].norm in _GOVERNING[:2] and \
        not context.boundary_between(words[position - 1], word)


def _named_after(context: Extraction, words: list[Word], position: int) -> bool:
    """A name follows the noun in its clause («السيطرة على معظم حي التواهي»); after a noun
    of killing, counted victims do too («تمكنوا من قتل 36 متمرداً»)."""
    if position + 1 < len(words) and words[position].has(KILLING_NOUNS) and \
            number_value(words[position + 1]) is not None and \
            not context.boundary_between(words[position], words[position + 1]):
        return True
    for index in range(position + 1, min(len(words), position + 1 + _TARGET_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if context.covering_mention(words[index].start) is not None:
            return True
    return False


ENTRY_FORMS = frozenset({"دخول", "الدخول"})
"""Nouns of entering («دخول المدينة»): troops moving in, a ``Deployment`` by default."""


def entered_by_success(context: Extraction, words: list[Word], position: int) -> bool:
    """«نجح الجيش الروسي في دخول العاصمة», «تمكنت القوات من دخول المدينة»: an entry told as
    a success was won against a defence, so it is a military operation, not a deployment;
    the verb of success stands a few words before the noun, in its clause, not negated."""
    if not _governed(context, words, position):
        return False
    for index in range(position - 1, max(-1, position - _SUCCESS_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].has(SUCCESS_VERBS):
            return not (index > 0 and words[index - 1].norm in _NEGATORS_OR_JUSSIVE_PARTICLES)
    return False
