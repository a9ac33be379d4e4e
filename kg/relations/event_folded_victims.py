"""The dead of a killing folded into the attack that killed them are not its doers.

«وقتل خمسة من عناصر الشرطة المصرية في هجوم مسلح استهدف كمينا أمنيا»: the killing is told as
the toll of the attack right after it and folds into it (``events._fold_killings``). The
attack noun has no doer of its own, and the name nearest before it, the group of the dead
(«الشرطة المصرية»), was read as its agent. An agent of the attack that lies inside the
killing's longer victim phrase («خمسة من عناصر الشرطة المصرية») is one of those who suffered:
it is dropped (a victim read as the very name of the doer is left to the other rules).

A named person the folded killing had as its victim («وقُتل القيادي فلان في غارة أمريكية») is
the one the attack hit: with no target of its own, the attack takes him (``named_victim``).
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
