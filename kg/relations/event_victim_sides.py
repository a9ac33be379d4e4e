"""The side whose men fell in an attack is the attack's target.

War reports tell the toll of an attack before the attack itself, naming the side the dead
belong to: «وقتل 13 من الحوثيين في هجوم للمقاومة» (a counted killing, folded into the attack
as its toll: ``events._fold_killings``), «سقوط قتلى وجرحى في صفوف الحوثيين، في كمين
للمقاومة» (casualties «in the ranks of» a side). Who was attacked is that side. Only a side
the NER named is read (an armed group, a body, an organisation; never a person, a place or an
unnamed count: «خمسة جنود قتلوا في انفجار» gives no target, as the dev gold has it).
"""

from __future__ import annotations

from kg.model import Argument, Event
from kg.relations.actors import MEMBER_HEADS, actor_phrase
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, PLACE_LABELS, Arg, Word

_SIDES = ORGANIZATION_LABELS - PLACE_LABELS
"""Named sides whose men may fall: armed groups, bodies, organisations (not countries)."""
_RANKS = frozenset({"صفوف"})
_CASUALTIES = frozenset({"قتلي", "جرحي", "اصابات", "خسائر", "قتيل", "قتيلا", "مصابين"})
"""Casualty nouns told «في صفوف» a side («سقوط قتلى وجرحى في صفوف الحوثيين»)."""
_CASUALTY_REACH = 3
"""How far before «في صفوف» a casualty noun must stand («قتلى وجرحى في صفوف»)."""
_SIDE_WORDS = 5
"""How long the side's phrase after «صفوف» may be before the attack noun's «في»."""


def counted_side(context: Extraction, words: list[Word], killing: Event) -> Argument | None:
    """The named side inside the counted victims of ``killing`` («13 من الحوثيين» → the
    Houthis), as a target, or None when the victims name no side (or more than one)."""
    sides: list[Argument] = []
    for argument in killing.arguments:
        if argument.role != "target":
            continue
        for word in words:
            if not argument.start <= word.start < argument.end:
                continue
            mention = context.covering_mention(word.start)
            if mention is not None and mention.entity_id and mention.label in _SIDES and \
                    argument.start <= mention.start and mention.end <= argument.end and \
                    (mention.start, mention.end) != (argument.start, argument.end):
                sides.append(Argument("target", mention.entity_id, mention.start, mention.end))
    if len({side.entity_id for side in sides}) != 1:
        return None
    return sides[0]


def ranks_side(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«سقوط قتلى وجرحى في صفوف الحوثيين، في كمين للمقاومة»: the named side whose ranks the
    casualties fell in, right before «في» + the attack noun at ``words[position]``; or None."""
    if position < 4 or words[position - 1].norm != "في":
        return None
    for ranks in range(position - 2, max(1, position - 2 - _SIDE_WORDS), -1):
        if not words[ranks].has(_RANKS):
            continue
        if words[ranks - 1].norm != "في" or not any(
                words[i].has(_CASUALTIES) for i in range(max(0, ranks - 1 - _CASUALTY_REACH),
                                                          ranks - 1)):
            return None
        side = _named_side(context, words, ranks + 1, position - 1)
        return side
    return None


def _named_side(context: Extraction, words: list[Word], first: int, end: int) -> Arg | None:
    """The one named side among ``words[first:end]`` (the phrase after «صفوف»): a tagged
    name, or else an actor phrase the NER left untagged that fills the words («عناصر
    الميليشيا الحوثية», «قوات النظام»)."""
    for start in (first, first + 1):  # «عناصر الميليشيا الحوثية»: the members' group
        if start >= end or (start > first and words[first].norm not in MEMBER_HEADS):
            break
        phrase = actor_phrase(context, words, start)
        if phrase is not None and phrase[1] == end:
            return phrase[0]
    found: list[Arg] = []
    for word in words[first:end]:
        mention = context.covering_mention(word.start)
        if mention is not None and mention.entity_id and mention.label in _SIDES and \
                not any(arg.node_id == mention.entity_id for arg in found):
            found.append(Arg(mention.entity_id, mention.start, mention.end))
    return found[0] if len(found) == 1 else None
