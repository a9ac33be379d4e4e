"""The dead of a killing folded into the attack that killed them are not its doers.

«وقتل خمسة من عناصر الشرطة المصرية في هجوم مسلح استهدف كمينا أمنيا»: the killing is told as
the toll of the attack right after it and folds into it (``events._fold_killings``). The
attack noun has no doer of its own, and the name nearest before it, the group of the dead
(«الشرطة المصرية»), was read as its agent. An agent of the attack that lies inside the
killing's longer victim phrase («خمسة من عناصر الشرطة المصرية») is one of those who suffered:
it is dropped (a victim read as the very name of the doer is left to the other rules).

A named person the folded killing had as its victim («وقُتل القيادي فلان في غارة أمريكية») is
the one the attack hit: with no target of its own, the attack takes him (``named_victim``).

An attack that names its own doer after its noun («قُتل 14 جندياً في غارة أمريكية», «قُتل 7
أشخاص في قصف قام به الحوثيون», «في هجوم لحركة الشباب») tells who killed them: the killing is
then an event of its own, with the attack's doer as its agent (``striking_doers``), not a toll
folded into the attack. Only a named doer counts: unnamed fighters («لهجوم شنّه مقاتلون
إسلاميون») leave the dead the attack's toll, and so does an attack the dead «underwent»
(«قُتلوا عندما تعرضوا لهجوم»: the attack is the news). A doer named before the attack noun
(the nearest name, read by weaker rules) is not carried over, nor one that is also a victim of
the killing.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Argument, Event
from kg.relations.context import Extraction


def without_victim_doers(attack: Event, killing: Event) -> Event | None:
    """``attack`` less the agents that lie inside a longer target span of ``killing``; None
    when none does."""
    victims = [(a.start, a.end) for a in killing.arguments if a.role == "target"]
    kept = tuple(a for a in attack.arguments
                 if not (a.role == "agent" and
                         any(start <= a.start and a.end <= end and end - start > a.end - a.start
                             for start, end in victims)))
    if len(kept) == len(attack.arguments):
        return None
    return replace(attack, arguments=kept)


def named_victim(context: Extraction, attack: Event, killing: Event) -> Argument | None:
    """The named person the folded ``killing`` took as its victim, for an ``attack`` with no
    target and no other role of that person; None otherwise."""
    if any(a.role == "target" for a in attack.arguments):
        return None
    for argument in killing.arguments:
        if argument.role == "target" and context.label(argument.entity_id) == "Person" and \
                not any(a.entity_id == argument.entity_id for a in attack.arguments):
            return argument
    return None


def striking_doers(attack: Event, killing: Event) -> tuple[Argument, ...]:
    """The agents of ``attack`` named after its trigger («في غارة أمريكية», «في قصف قام به
    الحوثيون»), as agents of the ``killing`` it tells; () when there is none, or when one
    of them is also among the killing's victims (the caller drops unnamed ones)."""
    doers = tuple(Argument("agent", a.entity_id, a.start, a.end) for a in attack.arguments
                  if a.role == "agent" and a.start >= attack.trigger_end)
    victims = {a.entity_id for a in killing.arguments if a.role == "target"}
    if not doers or len(doers) != sum(a.role == "agent" for a in attack.arguments) or \
            any(d.entity_id in victims for d in doers):
        return ()
    return doers
