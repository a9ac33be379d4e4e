"""The side whose posts or forces are struck is the target of the attack.

In war news the sides are often common nouns the name finder leaves untagged: «قصفت
الطائرات مقرات النظام», «أعلن الجيش الحر عن استهداف مواقع قوات النظام», «هاجم المسلحون
تجمعات الجيش اليمني». When the object of a strike is a thing an armed side holds or moves
(``POSTS``: posts, bases, positions, convoys) and its genitive is an actor phrase
(``actors.actor_phrase``: «النظام» as the regime of the article's country, «قوات النظام»,
«جيش النظام», «الجيش اليمني», «المقاومة»), that side is the target (GUIDELINES: «مواقع
الحوثيين»: target the Houthis). The object stands right after a strike noun («استهداف
مقرات النظام»), right after a verb's subject that kg read as its agent («قصف الجيش الحر
مواقع قوات النظام») or right after «على» («هجوماً على مواقع النظام»). A genitive that is no
actor phrase («مقرات النظام الأساسي», «مواقع التواصل») gives nothing, and the side is never
the event's own agent.
"""

from __future__ import annotations

from kg.relations.actors import actor_phrase
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import Arg, Word

POSTS = frozenset({
    "مركز", "مراكز", "مقر", "مقرات", "موقع", "مواقع", "قاعده", "قواعد", "معسكر", "معسكرات",
    "ثكنه", "ثكنات", "حاجز", "حواجز", "نقطه", "نقاط", "مخزن", "مخازن", "مستودع", "مستودعات",
    "تحصينات", "تجمع", "تجمعات", "تمركزات", "خطوط", "دفاعات",
})
"""What a side holds in place and a strike is aimed at: posts, bases, positions, gatherings.
Not its aircraft, tanks or vehicles, which are as often the doer («قصف طائرات النظام»)."""
_LABELS = frozenset({"Attack", "MilitaryOperation"})
_ON = frozenset({"علي", "ضد"})


def put_side_target(context: Extraction, words: list[Word], position: int,
                    draft: Draft) -> None:
    """Make the struck side the target of ``draft``: added when it has none, and in the
    place of a target read at or after the struck thing («مقرات», or a place further on
    that the named rules took for the object, or the verb's own untagged subject:
    «استهدفت الفصائل المقاتلة مواقع قوات النظام» is no strike on «الفصائل»)."""
    side = side_target(context, words, position, draft)
    if side is None:
        return
    trigger = words[position]
    kept = [a for a in draft.arguments if a.role != "target" or a.start < trigger.start]
    if any(a.role == "target" for a in kept):
        return  # a target before the trigger («الزبداني» told before the verb) stays
    draft.arguments[:] = kept  # «مقرات», a place further on, or the subject («الفصائل»)
    draft.add("target", side)


def side_target(context: Extraction, words: list[Word], position: int,
                draft: Draft) -> Arg | None:
    """The side named by the actor phrase after the struck thing that is the object of the
    attack at ``words[position]`` («استهداف مقرات النظام» → the regime), or None."""
    if draft.label not in _LABELS:
        return None
    thing = _object_index(context, words, position, draft)
    if thing is None or thing + 1 >= len(words) or not words[thing].has(POSTS) or \
            words[thing].norm.startswith(("ال", "ب", "ل", "و", "ف")) or \
            context.covering_mention(words[thing].start) is not None or \
            context.boundary_between(words[thing], words[thing + 1]):
        return None
    phrase = actor_phrase(context, words, thing + 1)
    if phrase is None:
        return None
    side = phrase[0]
    if any(a.entity_id == side.node_id for a in draft.arguments if a.role == "agent"):
        return None
    return side


def _object_index(context: Extraction, words: list[Word], position: int,
                  draft: Draft) -> int | None:
    """Where the object of the strike at ``position`` stands: right after a noun, after the
    verb's agent when that agent follows the verb at once, or after «على»/«ضد» next to the
    trigger; None when it cannot be told."""
    at = position + 1
    if at >= len(words) or context.boundary_between(words[position], words[at]):
        return None
    if words[at].norm in _ON:
        return at + 1
    if not draft.verb:
        return at
    for argument in draft.arguments:
        if argument.role == "agent" and argument.start <= words[at].start < argument.end:
            last = context.word_at(argument.end - 1)
            if last is None:
                return None
            after = last.index - words[0].index + 1
            if after < len(words) and context.boundary_between(words[after - 1], words[after]):
                return None
            return after
    if any(a.role == "agent" and a.start > words[position].start for a in draft.arguments):
        return None
    if words[at].has(POSTS):
        return at  # «قصفوا مقرات النظام»: the object right after the verb
    return _past_bare_subject(context, words, at)


_SUBJECT_WORDS = 2
"""A definite subject noun and one definite adjective («الفصائل المقاتلة»)."""


def _past_bare_subject(context: Extraction, words: list[Word], at: int) -> int | None:
    """«استهدفت الفصائل المقاتلة مواقع قوات النظام»: after a verb with no named doer, one
    or two untagged definite words (a noun and its adjective) are its subject when a struck
    thing in construct follows them; the index of that thing, or None."""
    end = at
    while end < len(words) and end < at + _SUBJECT_WORDS:
        word = words[end]
        if (end > at and context.boundary_between(words[end - 1], word)) or \
                not word.norm.startswith("ال") or word.has(POSTS) or \
                context.covering_mention(word.start) is not None:
            break
        end += 1
    if end == at or end >= len(words) or context.boundary_between(words[end - 1], words[end]):
        return None
    return end
