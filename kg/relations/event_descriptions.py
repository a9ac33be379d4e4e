"""Whether an event noun with no agent of its own is reported as having happened.

A violent or protest event with no agent of its own is kept when its trigger is a verb, or
a noun that the sentence reports as having happened: a verb of occurrence before it («وقع
انفجار», «تعرض لهجوم»), a casualty count («مقتل عشرة أشخاص»), a claim of responsibility
(«أعلنت جماعات متطرفة مسؤوليتها عن الهجوم»), a relative clause («الهجوم الذي استهدف ...»),
a describing clause without «الذي» («تفجير انتحاري استهدف سوقاً»), clashes where harm was
done («قتل 13 مسلحا في مواجهات»), or a weapon after it with harm in the sentence («هجوم
انتحاري ... أدى إلى مقتل»).
"""

from __future__ import annotations

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.event_claims import LIGHT_HEADS, claimed_doer, responsibility_claimed
from kg.relations.event_clauses import clause, has_any
from kg.relations.event_happened import fought_before
from kg.relations.event_undergone import undergone_verb
from kg.relations.event_witnessing_places import witnessed_far
from kg.relations.index import AGENT_LABELS, Word
from kg.relations.lexicon import (
    HARM_WORDS,
    OCCURRENCE_WORDS,
    PREPOSITIONS,
    RECIPROCAL_NOUNS,
    RELATIVE_PRONOUNS,
    TARGETING_VERBS,
    WEAPON_WORDS,
    find_event,
)

_DESCRIPTION_REACH = 3
"""How many words an indefinite event noun and the verb that describes it may span: the
noun, up to two adjectives («تفجير إرهابي آخر»), the verb; one more for a weapon behind
«ب» («هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش»)."""
_INSTRUMENTS = frozenset({
    "سياره", "سيارتين", "سيارات", "عبوه", "عبوتين", "عبوات", "قنبله", "قنبلتين", "قنابل",
    "حزام", "حزامين", "احزمه", "شاحنه", "دراجه", "صاروخ", "صواريخ", "قذيفه", "قذائف", "لغم",
})
"""What an attack is made with, behind «ب» («بسيارة مفخخة», «بحزامين ناسفين»)."""


def asyndetic_description(context: Extraction, words: list[Word], position: int) -> int | None:
    """«تفجير انتحاري استهدف سوقاً», «هجوم أودى بحياة عشرة»: after an indefinite noun, Arabic
    joins the clause that describes it without «الذي»; a targeting verb a word or two after
    the noun, with only adjectives between (no name, no other trigger), reports the noun's
    event. The index of that verb, or None."""
    reach = position + _DESCRIPTION_REACH
    index = position + 1
    while index < len(words):
        if index > reach or context.boundary_between(words[index - 1], words[index]):
            return None
        word = words[index]
        if any(rest in TARGETING_VERBS and "ال" not in prefix for prefix, rest in word.readings()):
            return index
        if word.norm in _RIDDEN and words[index - 1].has(_RIGGED_WEAPONS):
            return _after_rider(context, words, index)  # «سيارة مفخخة يقودها انتحاري، استهدف»
        if any(p.lstrip("وف")[:1] == "ب" and rest in _INSTRUMENTS
               for p, rest in word.readings()):
            reach += 1  # «هجوم انتحاري بسيارة مفخخة استهدف»: the weapon and its adjective
        elif index == position + 1 and word.norm in _INSTRUMENTS:
            reach += 1  # «انفجار سيارة مفخخة استهدف»: the weapon as the noun's genitive
        elif index == position + 1 and number_value(word) is not None and \
                index + 1 < len(words) and words[index + 1].norm in _INSTRUMENTS:
            reach += 2  # «تفجير ثلاث عبوات ناسفة استهدفت»: the weapons counted
        owner = _owner_span(context, word)
        if owner is not None:  # «كمين لتنظيم القاعدة استهدف»: the attack's owner
            reach += owner + 1
            index += owner + 1
            continue
        if context.covering_mention(word.start) is not None or word.bare() in PREPOSITIONS \
                or word.norm in RELATIVE_PRONOUNS or word.norm.startswith("و") \
                or find_event(word.norm) is not None:
            return None
        index += 1
    return None


_RIDDEN = frozenset({"يقودها", "يقوده", "تقودها", "يقودهما", "يستقلها", "يستقله", "يقلها"})
_RIGGED_WEAPONS = frozenset({"مفخخه", "ملغومه", "سياره", "شاحنه", "دراجه"})


def _after_rider(context: Extraction, words: list[Word], verb: int) -> int | None:
    """«انفجار سيارة مفخخة يقودها انتحاري، استهدف مركز تدريب»: a relative clause of who
    drove the weapon (the verb and a one-word unnamed subject, maybe a comma after it) sits
    between the weapon and the verb of aiming that describes the event."""
    subject, aiming = verb + 1, verb + 2
    if aiming >= len(words) or context.boundary_between(words[verb], words[subject]) or \
            context.covering_mention(words[subject].start) is not None or \
            find_event(words[subject].norm) is not None:
        return None
    if any(rest in TARGETING_VERBS and "ال" not in prefix
           for prefix, rest in words[aiming].readings()):
        return aiming
    return None


def _owner_span(context: Extraction, word: Word) -> int | None:
    """How many words follow ``word`` in the name of an actor named behind «ل» at it
    («لتنظيم القاعدة»: one), or None when no such name starts there."""
    owner = context.mention_starting_in(word)
    if owner is None or owner.label not in AGENT_LABELS or \
            not context.attached_prefix(owner).lstrip("وف").startswith("ل"):
        return None
    last = context.word_at(max(owner.start, owner.end - 1))
    return None if last is None else last.index - word.index


_DESCRIBED_ADJECTIVES = 2


def relative_description(after: list[Word]) -> int | None:
    """«الهجوم الذي استهدف», «الاعتداء الانتحاري الذي استهدف»: a relative clause whose verb
    is one of aiming, right after the event noun or past one or two of its nisba adjectives;
    the place of the verb in ``after`` (the words after the noun), or None."""
    for index, word in enumerate(after[:_DESCRIBED_ADJECTIVES + 1]):
        if word.norm in RELATIVE_PRONOUNS:
            following = index + 1
            return following if following < len(after) and \
                after[following].has(TARGETING_VERBS) else None
        if not word.norm.startswith("ال") or not word.bare().endswith(_NISBA_ENDINGS):
            return None
    return None


_NISBA_ENDINGS = ("ي", "يه", "يين", "يون")


def reported_without_arguments(context: Extraction, words: list[Word], position: int,
                               verb: bool, counted: bool, definite: bool = False) -> bool:
    """A trigger with no agent of its own still names a reported event (see the module doc).

    A definite noun («الهجمات») refers to events known already: only a verb of
    occurrence before it, a count or a relative clause that reports it make it one."""
    if verb or counted:
        return True
    if claimed_doer(context, words, position) and not (
            words[position].has(LIGHT_HEADS) and position + 1 < len(words)
            and find_event(words[position + 1].norm) is not None):
        return True  # «وتبنى تنظيم «داعش» الإرهابي مساء الاثنين الهجوم»: the claimed deed
    if responsibility_claimed(context, words, position):
        return True  # «أعلنت جماعات متطرفة مسؤوليتها عن الهجوم»: claimed, so it took place
    before = clause(context, words, position, -1, 3)
    after = clause(context, words, position, 1, 4)
    if has_any(before, OCCURRENCE_WORDS):
        return True  # «وقع انفجار», «تعرض لهجوم»
    if not definite and witnessed_far(context, words, position):
        return True  # «وشهدت مدينة تعز اليوم اشتباكات عنيفة»
    if undergone_verb(context, words, position) is not None:
        return True  # «تعرضت الوزيرة فلانة، أمس، لمحاولة اغتيال», «نجا فلان، أمس، من انفجار»
    if relative_description(after):
        return True  # «الهجوم الذي استهدف الصومال», «الاعتداء الانتحاري الذي استهدف»
    if not definite and asyndetic_description(context, words, position) is not None:
        return True  # «تفجير انتحاري استهدف سوقا»
    if not definite and (_fought_in(words, position, before) or (
            before and fought_before(words, position, before))):
        return True  # «قتل 13 مسلحا في مواجهات مع المقاومة»
    return not definite and has_any(after, WEAPON_WORDS) and has_any(words, HARM_WORDS)


def _fought_in(words: list[Word], position: int, before: list[Word]) -> bool:
    """«قُتل 13 مسلحاً في مواجهات مع المقاومة», «أصيب جنود خلال اشتباكات», «مقتل 22 منهم
    باشتباكات»: clashes named as where or how the harm told before them in the sentence
    happened took place."""
    word = words[position]
    attached = any(prefix.lstrip("وف").startswith("ب") for prefix, rest in word.readings()
                   if rest in RECIPROCAL_NOUNS)
    return (attached or (bool(before) and before[0].bare() in {"في", "خلال", "اثناء"})) and \
        word.has(RECIPROCAL_NOUNS) and has_any(words[:position], HARM_WORDS)
