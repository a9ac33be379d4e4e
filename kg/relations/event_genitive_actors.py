"""The doer named by an actor phrase in the genitive of a strike or attack noun.

In conflict news the doer of a strike is very often no name the NER tags but an actor
phrase (``kg.relations.actors``): «غارات التحالف», «قصف طيران التحالف», «هجوم قوات الأسد
على البلدة». A violent noun whose genitive is not its victim (not «مقتل», «اعتقال»: see
``Draft.patient``) takes the actor phrase right after it, maybe behind the kind of strike
(«غارة جوية»), as its doer, as it takes a tagged name there («هجمات تنظيم داعش»).

Behind «ل» the phrase may be the noun's object instead («قصف لمواقع الحوثيين», «قصف لقوات
الحوثي»), so only a doer that can only strike is read there: the coalition itself
(«غارة جوية للتحالف») or aircraft («قصف لطيران التحالف», «غارات لطائرات التحالف»),
after a noun of air strikes or shelling.
"""

from __future__ import annotations

from kg.relations.actors import COALITION, COALITION_ADJECTIVES, actor_phrase
from kg.relations.context import Extraction
from kg.relations.event_draft import VIOLENT, Draft
from kg.relations.index import AGENT_LABELS, Arg, ArgsFound, Word
from kg.text.normalize import normalize_key

_STRIKE_KINDS = frozenset({"جويه", "جويا", "صاروخيه", "مدفعيه", "جويتين"})
"""The kind of strike between the noun and its owner: «غارة جوية للتحالف»."""
_AIR_STRIKES = frozenset({"غاره", "غارات", "غارتين", "قصف", "ضربه", "ضربات", "قصفا"})
"""Nouns of air strikes and shelling, whose «ل» phrase may name the aircraft that struck."""
_AIRCRAFT = frozenset({"طيران", "طائرات", "مقاتلات", "طائره"})
"""Heads of aircraft that name their owner after them («طيران التحالف»)."""


def genitive_actor(context: Extraction, words: list[Word], position: int,
                   draft: Draft) -> ArgsFound | None:
    """The doer of the violent noun at ``words[position]`` named by an actor phrase in its
    genitive («غارات التحالف», «هجوم قوات الأسد»), or behind «ل» for the coalition or its
    aircraft after a noun of air strikes («غارة جوية للتحالف»); None when there is none."""
    if draft.verb or draft.patient or draft.label not in VIOLENT:
        return None
    return _owner_after(context, words, position)


_STRIKE_NOUNS = frozenset({"غاره", "غارات", "قصف", "ضربه", "ضربات", "هجوم", "هجمات"})
"""Nouns of strikes and attacks that may be the subject of a verb of aiming or killing."""


def subject_strike_doer(context: Extraction, words: list[Word], position: int,
                        draft: Draft) -> ArgsFound | None:
    """«واستهدفت غارات التحالف مواقع الحوثيين», «وقتلت غارة جوية للتحالف عشرة مدنيين»: a
    violent verb whose subject right after it is a noun of strikes names the strike itself;
    the doer is the strike's own (its genitive actor phrase), and its roles follow it."""
    if not draft.verb or draft.label not in VIOLENT or position + 1 >= len(words):
        return None
    noun = words[position + 1]
    if context.boundary_between(words[position], noun) or \
            noun.readings()[-1][0].lstrip("وف")[:1] in {"ب", "ل", "ك"} or \
            not noun.has(_STRIKE_NOUNS):
        return None
    if position + 2 < len(words) and not context.boundary_between(noun, words[position + 2]):
        named = context.mention_starting_in(words[position + 2])
        if named is not None and named.entity_id and named.label in AGENT_LABELS and \
                named.start == words[position + 2].start and not context.attached_prefix(named):
            last = context.word_at(max(named.start, named.end - 1))  # «هجوم تنظيم داعش»
            after = last.index - words[0].index + 1 if last is not None else position + 3
            return ArgsFound([Arg(named.entity_id, named.start, named.end)], after, "subject")
    return _owner_after(context, words, position + 1)


def _owner_after(context: Extraction, words: list[Word], position: int) -> ArgsFound | None:
    """The actor phrase in the genitive of the noun at ``words[position]`` (see the module)."""
    start = position + 1
    if start < len(words) and words[start].norm in _STRIKE_KINDS and \
            not context.boundary_between(words[start - 1], words[start]):
        start += 1
    if start >= len(words) or context.boundary_between(words[start - 1], words[start]):
        return None
    word = words[start]
    if context.mention_starting_in(word) is not None:
        return None  # a tagged name: the genitive rules of ``event_subjects`` read it
    prefix = word.readings()[-1][0] if word.readings() else ""
    if prefix.lstrip("وف")[:1] == "ل":
        if not words[position].has(_AIR_STRIKES):
            return None
        return _striker_behind_lam(context, words, start)
    if prefix.lstrip("وف")[:1] in {"ب", "ك"}:
        return None
    phrase = actor_phrase(context, words, start)
    if phrase is None:
        return None
    return ArgsFound([phrase[0]], phrase[1], "subject")


def _striker_behind_lam(context: Extraction, words: list[Word], index: int) -> ArgsFound | None:
    """«للتحالف (الدولي)», «لطيران التحالف», «لطائرات التحالف العربي»: the coalition or the
    aircraft of the coalition or of a tagged actor, behind «ل» (the span keeps the «ل», fused
    with the article in «للتحالف»)."""
    word = words[index]
    begin = word.start + (1 if word.norm[:1] in {"و", "ف"} else 0)
    if word.has({COALITION}) and word.norm.endswith("ل" + COALITION):
        end = index + 1
        if end < len(words) and words[end].norm in COALITION_ADJECTIVES and \
                not context.boundary_between(word, words[end]):
            end += 1
        return ArgsFound([_coalition(context, begin, words[end - 1].end)], end, "subject")
    if not word.has(_AIRCRAFT) or index + 1 >= len(words) or \
            context.boundary_between(word, words[index + 1]):
        return None
    owner_word = words[index + 1]
    if owner_word.norm == "ال" + COALITION:
        end = index + 2
        if end < len(words) and words[end].norm in COALITION_ADJECTIVES and \
                not context.boundary_between(owner_word, words[end]):
            end += 1
        return ArgsFound([_coalition(context, begin, words[end - 1].end)], end, "subject")
    owner = context.mention_starting_in(owner_word)
    if owner is None or not owner.entity_id or owner.label not in AGENT_LABELS or \
            owner.start != owner_word.start or context.attached_prefix(owner):
        return None
    last = context.word_at(max(owner.start, owner.end - 1))
    after = last.index - words[0].index + 1 if last is not None else index + 2
    return ArgsFound([Arg(owner.entity_id, begin, owner.end)], after, "subject")


def _coalition(context: Extraction, start: int, end: int) -> Arg:
    """«التحالف» (one actor per document, as ``kg.relations.actors`` names it)."""
    return Arg(context.add_entity("Organization", "التحالف", normalize_key("التحالف")), start,
               end)
