"""Whether a violent trigger tells again an event the article has told: a verb that
describes the event of the noun before it («تفجير انتحاري استهدف سوقاً», «الهجوم الذي
استهدف», «حيث استهدف دورية»), a verb whose subject is a definite violent noun of an event
told before («وكان الهجوم استهدف»), a killing noun joined by «و» to the killing noun
before it, and a verb whose subject is the victims counted before («وخُطف الثلاثة», «وقُتل
المدنيون»).
"""

from __future__ import annotations

from kg.model import Event
from kg.relations.context import Extraction
from kg.relations.event_descriptions import asyndetic_description, relative_description
from kg.relations.event_draft import trigger_form
from kg.relations.index import Word
from kg.relations.lexicon import RELATIVE_PRONOUNS, find_event

VIOLENT_CAUSES = frozenset({"Killing", "Attack", "MilitaryOperation"})
"""Event classes of violence: the events a repeat, a description or a toll belongs to."""


_SUBJECT_OPENERS = frozenset({"ان", "بان", "وان", "فان", "لان", "كان", "وكان", "كانت", "وكانت"})
"""Words before the subject of a clause: «إن الهجوم استهدف», «وكان الهجوم استهدف» (the
pluperfect that tells again how the attack of the news went)."""


def paired_killing(context: Extraction, words: list[Word], position: int) -> bool:
    """A killing noun behind «و» right after another killing noun that named an event."""
    if position == 0 or not words[position].norm.startswith("و"):
        return False
    node = context.found.event_at_word.get(words[position - 1].index)
    event = context.found.events.get(node) if node is not None else None
    return event is not None and event.label == "Killing"


def known_subject(context: Extraction, words: list[Word], position: int) -> bool:
    """A violent verb right after a definite violent noun that named no event of its own
    («الهجوم استهدف», «التفجيرات التي وقعت ... استهدفت» aside): the noun refers to an event
    told before (or in the background), and its verb describes that event, not a new one."""
    if position == 0 or context.boundary_between(words[position - 1], words[position]):
        return False
    before = words[position - 1]
    hit = find_event(before.norm)
    if hit is None or hit.value not in VIOLENT_CAUSES or hit.prefix not in {"ال", "وال"} or \
            before.index in context.found.event_at_word:
        return False
    opening = position < 2 or context.boundary_between(words[position - 2], before)
    return opening or words[position - 2].norm in _SUBJECT_OPENERS  # «بعد الانفجار هاجمت»:
    # the noun is governed, not the subject


_TOLD_COUNTS = frozenset({
    "الاثنان", "الثلاثه", "الاربعه", "الخمسه", "السته", "السبعه", "الثمانيه", "التسعه", "العشره",
})
"""A definite count, «الثلاثة»: the victims counted before («خطف ثلاثة مسيحيين ... وخُطف
الثلاثة»)."""


def victims_told(context: Extraction, words: list[Word], position: int, label: str) -> bool:
    """A violent verb whose subject right after it is a definite count («وخُطف الثلاثة», «وقُتل
    الخمسة») after a violent event of the article, or the definite victims of an earlier
    killing («قتل ثلاثة مدنيين وجندي» then «وقُتل المدنيون عندما ...»): it tells that event
    again. Only a verb of killing or kidnapping has its victims as a subject: after «قتل
    أربعة من المقاومة», «وسيطرت المقاومة على مواقع» names the doer of a new operation."""
    if position + 1 >= len(words) or \
            context.boundary_between(words[position], words[position + 1]):
        return False
    following = words[position + 1]
    if following.norm in _TOLD_COUNTS:
        return any(context.latest_event(label) is not None for label in VIOLENT_CAUSES)
    return following.norm.startswith("ال") and _suffered_as_subject(words[position], label) \
        and _earlier_victims(context, following)


_KIDNAP_STEMS = ("خطف", "اختطف")


def _suffered_as_subject(word: Word, label: str) -> bool:
    """A verb whose subject may be its victims: a killing («وقُتل المدنيون») or a kidnapping
    («وخُطف الرهائن»), not an operation or a strike done by that subject."""
    return label == "Killing" or trigger_form(word).startswith(_KIDNAP_STEMS)


def victims_known(context: Extraction, word: Word) -> bool:
    """:func:`_earlier_victims`, for a subject before its verb (``event_fronted_victims``)."""
    return _earlier_victims(context, word)


def _earlier_victims(context: Extraction, word: Word) -> bool:
    """The definite noun ``word`` («المدنيون») names the victims of an earlier killing of the
    article («ثلاثة مدنيين»): the same stem of four letters or more in its target."""
    stem = word.bare()[:4]
    if len(stem) < 4 or context.covering_mention(word.start) is not None:
        return False
    killing = context.latest_event("Killing")
    if killing is None:
        return False
    targets = [context.norm(a.start, a.end) for a in killing.arguments if a.role == "target"]
    return any(stem in target for target in targets)


def described_event(context: Extraction, words: list[Word], position: int) -> Event | None:
    """The violent event of the noun that the verb at ``position`` describes: «تفجير انتحاري
    استهدف سوقاً» (see ``event_descriptions.asyndetic_description``), «الهجوم الذي استهدف».
    The verb names the same event as the noun, not a second one."""
    at_word = context.found.event_at_word
    if position > 0 and words[position - 1].norm in _HOW_OPENERS and \
            words[position].norm in _AIMING_VERBS:
        return _told_how(context, words, position)
    for back in range(1, 6):
        index = position - back
        if index < 0:
            return None
        node = at_word.get(words[index].index)
        if node is None:
            continue
        event = context.found.events.get(node)
        if event is None or event.label not in VIOLENT_CAUSES:
            return None
        relative = words[position - 1].norm in RELATIVE_PRONOUNS and (
            back == 2 or relative_description(words[index + 1:position + 1]) == back - 1)
        if relative or asyndetic_description(context, words, index) == position:
            return event
        return None
    return None


_HOW_OPENERS = frozenset({"حيث", "اذ"})
_AIMING_VERBS = frozenset({"استهدف", "استهدفت", "طال", "طالت"})
_HOW_REACH = 20


def _told_how(context: Extraction, words: list[Word], position: int) -> Event | None:
    """«وقع انفجار في القرية مساء أمس، حيث استهدف دورية أمنية»: a verb of aiming behind
    «حيث»/«إذ» with no subject of its own tells how the violent event named before it in the
    sentence went; it names no second one."""
    if position + 1 < len(words):
        subject = context.mention_starting_in(words[position + 1])
        if subject is not None and subject.label not in _PLACE_LABELS:
            return None  # «حيث استهدف الحوثيون ...»: a deed of its own
    at_word = context.found.event_at_word
    sentence = words[position].sentence_index
    for index in range(position - 2, max(-1, position - 1 - _HOW_REACH), -1):
        if words[index].sentence_index != sentence:
            return None
        node = at_word.get(words[index].index)
        event = context.found.events.get(node) if node is not None else None
        if event is not None:
            return event if event.label in {"Attack", "MilitaryOperation"} else None
    return None


_PLACE_LABELS = frozenset({"City", "Country", "Region", "Place"})
