"""The names of the relation stage's rules, as written into each fact's evidence.

``Evidence.extractor`` is ``relations.<rule>`` (:meth:`DocIndex.evidence`): what a
reader of the graph (or ``scripts/eval_relations.py --details``) sees to know which
rule found a fact. The fixed names are a :class:`Rule`; the names made of parts (the
kind of stance, how its subject and object were found) are built by the functions
below, so that no extractor spells a name by hand, and the parts are ``Literal`` types
(:data:`SpeakerHow`, :data:`ArgsHow`, :data:`ObjectSource`), so that mypy (with
``strict_equality``) rejects a part misspelt where it is made or compared.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

SpeakerHow = Literal["", "according", "anonymous", "after", "author", "before", "capital", "colon",
                     "continued", "described", "kind_ref", "participle", "pronoun", "styled",
                     "title", "title_ref"]
"""How the speaker of a statement was found (``attribution.<direct|indirect>.<how>``):
named right after the verb, read from a title, carried over from an earlier sentence...;
``anonymous`` for a subject that is no entity («قالت مصادر»), ``""`` for none."""

ArgsHow = Literal["", "after", "before", "clause", "coordinated", "genitive", "head",
                  "institution", "light", "lisan", "none", "previous", "pronoun", "speaker",
                  "subject"]
"""How a stance's subjects (``stance.<kind>.<how>.<source>``) or an event's agents were
found: after or before the trigger, a pronoun, the clause's or the previous sentence's
actor...; ``""`` (stance) or ``none`` (events) for none."""

ObjectSource = Literal["event", "faced", "group", "holder", "mention", "nisba", "partner",
                       "topic"]
"""What a stance's object (or an event's role) was read from: a mention, an event, a nisba
adjective, an unnamed role holder, a partner, a descriptive phrase..."""


class Rule(StrEnum):
    """A rule with a fixed name."""

    ROLE_TITLE = "roles.title"
    """A title next to a person («وزير الخارجية السعودي عادل الجبير»)."""
    ROLE_TITLE_GUESSED = "roles.title.guessed"
    """The organisation of a title that names none, guessed from the document."""
    ROLE_UNNAMED = "roles.unnamed"
    """A person known only by a leading role («زعيم تنظيم الدولة»)."""
    CAPITAL = "geography.capital"
    """A capital after its country's adjective («العاصمة الإسبانية مدريد»)."""
    LOCATED_IN = "geography.locatedIn"
    """A place name right before a larger place that may contain it."""
    PLAYER = "membership.player"
    """A player and his club («لاعب الأهلي X»)."""
    UNIT = "membership.unit"
    """A unit and the larger body after it («كلية الآداب بجامعة القاهرة»)."""
    MEMBERSHIP_LIST = "membership.list"
    """The members listed before a membership word followed by «في» and an organisation."""
    MEMBERSHIP_AFFILIATION = "membership.affiliation"
    """An affiliation word between two organisations."""
    MEMBERSHIP_TITLE = "membership.title"
    """«عضو» in construct with a body, by a person's name («عضو مجلس الشورى X»)."""
    STANCE_BACKED = "stance.supports.backed.mention"
    """A passive stance word: «المدعوم من إيران»."""


def attribution_rule(direct: bool, how: SpeakerHow) -> str:
    """A statement's rule: direct or indirect speech, and how its speaker was found."""
    return f"attribution.{'direct' if direct else 'indirect'}.{how}"


def event_rule(label: str) -> str:
    """An event's rule: its class."""
    return f"events.{label}"


def stance_rule(kind: str, how: ArgsHow, source: ObjectSource) -> str:
    """A stance's rule: its kind, how its subject and how its object were found."""
    return f"stance.{kind}.{how}.{source}"
