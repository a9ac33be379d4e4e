"""A side backed in a fight, named right before «بدعم من X» or «بمساندة X».

«وتقدمت قوات الجيش اليمني بدعم من التحالف العربي», «وسيطر الحوثيون بدعم من إيران على
صنعاء», «وتمكن الجيش العراقي بمساندة الحشد الشعبي من ...»: the adjunct names who backs the
actor just before it. Only between sides (states, governments, armed groups, alliances):
«أقيم المهرجان بدعم من شركة أرامكو» is a sponsor's money, not a side taken, and «بدعم
مالي» is left out before this is read (see :mod:`kg.relations.stance_triggers`).
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.stance_done_acts import light_verb_before

_SIDES = frozenset({"Country", "ArmedGroup", "GovernmentBody", "InternationalOrganization"})
_BACKING = frozenset({"دعم", "مسانده"})
_ACCUSING = frozenset({"اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "تتهمان", "متهما",
                       "متهمه", "اتهام", "اتهامات", "اتهامها", "اتهامه", "اتهامهم", "تتهمها",
                       "يتهمها", "اتهمها", "اتهمه"})
_CHARGE_REACH = 8


def backing_adjunct(context: Extraction, words: list[Word],
                    position: int) -> tuple[Arg, Arg] | None:
    """The side that backs and the side backed, when the support noun at ``position`` is
    the adjunct «بدعم من X» / «بمساندة X» right after a named side; None otherwise."""
    word = words[position]
    if not any(prefix.lstrip("وف") == "ب" and rest in _BACKING for prefix, rest in word.readings()):
        return None
    index = position + 1
    if index < len(words) and words[index].norm == "من":
        index += 1
    if index >= len(words) or any(context.boundary_between(words[i], words[i + 1])
                                  for i in range(position, index)):
        return None
    if _charged(context, words, position):
        return None  # «وتتهم X إيران بدعم الحوثيين»: the charge, Iran backs the Houthis
    if index == position + 1 and light_verb_before(context, words, position) is not None:
        return None  # «وقامت X بدعم Y»: the act X did, not an adjunct of Y's
    supporter = context.mention_starting_in(words[index])
    head = _side_before(context, words, position)
    if supporter is None or head is None or not supporter.entity_id or \
            supporter.label not in _SIDES or context.is_nisba(supporter) or \
            supporter.entity_id == head.node_id:
        return None
    return Arg(supporter.entity_id, supporter.start, supporter.end), head


def _side_before(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The named side that ends right before the adjunct, with nothing but a space between
    (not the object of a preposition: «انسحب من عدن بدعم من ...»)."""
    if position == 0 or context.boundary_between(words[position - 1], words[position]):
        return None
    mention = context.covering_mention(words[position - 1].start)
    if mention is None or not mention.entity_id or mention.label not in _SIDES or \
            context.is_nisba(mention) or context.is_prepositional(mention) or \
            context.doc.text[mention.end:words[position].start].strip():
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _charged(context: Extraction, words: list[Word], position: int) -> bool:
    """«اتهم X إيران بدعم الحوثيين»: «بـ» after a verb or noun of accusing in the clause
    names the charge (the side after «بدعم» is the one backed, not the backer)."""
    for index in range(position - 1, max(-1, position - _CHARGE_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].norm.lstrip("وف") in _ACCUSING:
            return True
    return False


def participle_agent(context: Extraction, words: list[Word], position: int) -> Mention | None:
    """The agent of the passive participle at ``position`` («المدعومة»): the mention right
    after «من» («الميليشيات المدعومة من إيران»), or a side glued to «بـ» in the next word
    («الحوثيون المدعومون بإيران», «المقاتلون المدعومون بالتحالف»). With «بـ» only a side
    (a state, an armed group, a government body, an alliance) backs: «مدعوما بالأدلة»,
    «المدعوم بشهادات» name no backer, and a name that only begins with «ب» («بريطانيا»)
    carries no preposition."""
    index = position + 1
    if index >= len(words) or context.boundary_between(words[position], words[index]):
        return None
    if words[index].norm == "من":
        if index + 1 >= len(words) or context.boundary_between(words[index], words[index + 1]):
            return None
        return context.mention_starting_in(words[index + 1])
    word = words[index]
    if not word.norm.startswith("ب"):
        return None
    mention = context.mention_starting_in(word)
    if mention is None or mention.start <= word.start or mention.label not in _SIDES:
        return None
    return mention
