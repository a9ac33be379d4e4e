"""An event being read: the draft a trigger makes and what the sentence keeps for the next one.

:class:`Draft` collects the arguments of one trigger as its roles are read
(``kg.relations.event_agents``, ``event_roles``, ``event_objects``) before ``events``
records or merges it; :class:`SentenceState` carries what an earlier trigger of the
sentence tells a later one (its agent, whether the cause was reported). Also the
event classes the readers share and the trigger's lexicon form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kg.model import Argument, Sentence
from kg.ontology.namespace import EventLabel, EventRole
from kg.relations.casualties import Count
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    ACCUSATIVE_BASE,
    EVENT_TRIGGERS,
    INFLECTED_BASE,
    POSSESSIVE_BASE,
    RECIPROCAL_NOUNS,
    WEAPON_WORDS,
)
from kg.relations.rules import ArgsHow

VIOLENT = frozenset({"Killing", "Attack"})
"""The classes of a violent deed, with a doer and a victim."""

OWN_AGENT: frozenset[ArgsHow] = frozenset({"subject", "light", "pronoun"})
"""Agents read from the trigger's own construction, not the nearest name before it."""

OBJECT_AFTER_ON = frozenset({"استولي", "استولت", "استولوا", "سيطر", "سيطرت", "سيطروا"})
"""Verbs whose object follows «على»: «استولى على عدد من البلدات», «سيطرت على مدينة»."""

SEIZING_NOUNS = frozenset({"سيطره", "استيلاء"})
"""Nouns of seizing whose object follows «على» («بعد سيطرة التنظيم على المدينة»)."""

ATTACK_OFFENSIVES = frozenset({"هجوما"})
"""The offensive that is a military operation unless a weapon word makes it an attack."""

GATHERING = frozenset({"Meeting", "Agreement"})
"""The classes whose parties are participants, not agent and target."""

GENERIC_HEADS = frozenset({"نظام", "قوات", "جيش", "حكومه", "ميليشيات", "ميليشيا", "عناصر",
                           "مقاتلي", "سلطات", "مدرعات", "قوه", "وحدات"})
"""Head nouns that stand before an actor's name: «قوات التحالف», «النظام السوري»."""


@dataclass
class Draft:
    """The event a trigger makes, while its roles are read."""

    label: EventLabel
    word: Word
    sentence: Sentence
    verb: bool
    patient: bool = False
    """A nominal trigger whose genitive is the victim («مقتل», «اغتيال», see ``PATIENT_NOUNS``)."""
    arguments: list[Argument] = field(default_factory=list)
    agent_source: ArgsHow = ""
    background: bool = False
    """«سبق لأوباما أن زار»: told as something done before, background of the news."""
    signer: bool = False
    """An agreement with one signer, its agent («ووقعت وزارة البترول اتفاقا»)."""
    count: Count | None = None
    """The casualty count near a violent trigger («قتل 13 مسلحاً»)."""
    partitive: bool = False
    """The target is the group the counted victims belong to («13 مسلحاً من جماعة ...»)."""
    construed: bool = False
    """A side read by a construction around a strike noun (``event_underwent``): less sure."""
    equals: bool = False
    """A meeting of equals told by its noun («محادثات سولانا ولاريجاني», «اللقاء بين أولمرت
    والمسؤول السعودي»): its participants are its sides, no host is missing
    (``event_parties``)."""

    def add(self, role: EventRole, arg: Arg) -> None:
        if any(a.role == role and a.entity_id == arg.node_id for a in self.arguments):
            return
        if any(a.entity_id == arg.node_id for a in self.arguments):
            return
        self.arguments.append(Argument(role, arg.node_id, arg.start, arg.end))


def trigger_form(word: Word) -> str:
    """The reading of ``word`` that is in the trigger lexicon («وبالهجوم» → «هجوم»)."""
    form = _TRIGGER_FORMS.get(word.norm)
    if form is None:
        if len(_TRIGGER_FORMS) > _TRIGGER_FORMS_LIMIT:
            _TRIGGER_FORMS.clear()
        form = _TRIGGER_FORMS[word.norm] = _trigger_form(word)
    return form


_TRIGGER_FORMS: dict[str, str] = {}
""":func:`trigger_form` of the spellings seen so far (tens of calls a trigger)."""
_TRIGGER_FORMS_LIMIT = 1 << 16


def _trigger_form(word: Word) -> str:
    form = word.bare()
    for _, rest in word.forms:  # (a loop: a generator costs more, tens of calls a trigger)
        if rest in EVENT_TRIGGERS:
            form = rest
            break
    return POSSESSIVE_BASE.get(form) or INFLECTED_BASE.get(form) or ACCUSATIVE_BASE.get(form, form)


@dataclass
class SentenceState:
    """What the earlier triggers of a sentence tell the later ones."""

    anchor: date | None
    cause_reported: bool | None = None
    """Whether the last violent or protest trigger of the sentence named an event."""
    previous_agent: list[Arg] = field(default_factory=list)
    """The agent of the last event with an agent of its own, for a verb with no subject."""
    previous_form: str = ""
    """The trigger form of that event («سيطره»), for a possessive noun that resumes it."""
    cause: str | None = None
    """The id of the last violent event of the sentence, whose outcome a killing may be."""
    recorded: list[str] = field(default_factory=list)
    """The events recorded in the sentence, in order."""


def particular_attack(context: Extraction, words: list[Word], position: int) -> bool:
    """«شنّ هجوماً انتحارياً», «هجوماً بسيارة مفخخة»: an offensive («هجوماً») told with a
    suicide bomber or a bomb right after it is an attack, not a military operation."""
    following = position + 1
    return trigger_form(words[position]) in ATTACK_OFFENSIVES and following < len(words) and \
        not context.boundary_between(words[position], words[following]) and \
        (words[following].has(WEAPON_WORDS) or words[following].norm in WEAPON_WORDS)


def reciprocal(draft: Draft) -> bool:
    """A clash noun («اشتباكات», «مواجهات»): a fight between sides, see ``RECIPROCAL_NOUNS``."""
    return not draft.verb and trigger_form(draft.word) in RECIPROCAL_NOUNS
