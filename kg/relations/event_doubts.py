"""Doubts about a violent event's agent or target, read from how they were found.

A whole event is right only when its class, agent and target all are, so its raw
confidence must fall where one of them is likely wrong even though a rule read it
(``kg.relations.event_confidence``). Three constructions of Arabic war news give an
argument that the gold often names otherwise (and a fourth leaves the doer a guess):

- **An unowned force or machine as the doer** («قصفت طائرات حربية سوقاً», «وقتلت قوات
  الأمن خمسة مسلحين»): the phrase names a kind of force and no owner; the reader's doer is
  the state or side it belongs to, told elsewhere or not at all, so the phrase matches the
  gold's agent only now and then. A force whose side is named in the phrase («قوات
  الاحتلال», «دبابة إسرائيلية») is no doubt, nor are unnamed perpetrators («مسلحون
  مجهولون», «انتحاري»), whose phrase is all the text says of the doer.
- **A bare post as the target** («قصف طيران التحالف مواقع عدة», «هاجمت القوات مواقع»): the
  struck posts, camps or gatherings with no owner in the phrase; the gold's target is the
  side that holds them («مواقع الحوثيين»: the Houthis), named after the post or not at all.
- **A killing whose doer is told in an earlier clause** («قال إن القوات شنت هجوماً على
  معاقل التنظيم، وأضاف أن 30 مسلحاً قتلوا»): a killing with no doer read, in a sentence
  where a violent deed was already told, was most often done by that deed's doer; kg
  leaves the agent empty, which the gold does not.
- **A killing verb right after «أنه/إنها» with no doer read** («أعلن الجيش أنه قتل 40
  إرهابياً»): «that it killed» and «that 40 were killed» are printed alike.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, SentenceState
from kg.relations.event_triggers import is_unnamed
from kg.relations.index import Word
from kg.relations.perpetrators import FORCE_HEADS

_DOUBTED_CLASSES = frozenset({"Attack", "Killing", "MilitaryOperation"})
HELD_POSTS = frozenset({
    "موقع", "مواقع", "تجمع", "تجمعات", "تمركزات", "مقرات", "معسكرات", "ثكنات", "تحصينات",
    "دفاعات", "خطوط", "مخازن", "مستودعات", "مراكز", "نقاط", "حواجز", "قواعد", "معاقل",
})
"""Posts a side holds in numbers («مواقع», «تجمعات»), whose holder is the gold's target. A
single building hit («نقطة تفتيش», «مقر», «معسكر») is the target itself («هجوم على نقطة
تفتيش»)."""


def unowned_force_agent(context: Extraction, draft: Draft) -> bool:
    """The event's agent is an unnamed phrase headed by a force or machine noun
    («طائرات حربية عربية», «قوات الأمن», «دبابة إسرائيلية»), not a named side."""
    if draft.label not in _DOUBTED_CLASSES:
        return False
    for argument in draft.arguments:
        if argument.role != "agent" or not is_unnamed(context, argument.entity_id):
            continue
        head = context.word_at(argument.start)
        last = context.word_at(argument.end - 1)
        if head is None or last is None or not head.has(FORCE_HEADS):
            continue
        owners = context.index.words[head.index + 1:last.index + 1]
        if not any(word.has(_SIDE_OWNERS) or context.index.nisba_country(word) is not None
                   for word in owners):
            return True  # not «قوات الاحتلال», «دبابة إسرائيلية»: the side is named
    return False


_PRONOUN_COMPLEMENTISERS = frozenset({
    "انه", "بانه", "وانه", "فانه", "انها", "بانها", "وانها", "فانها",
})
"""«أنه», «إنها»: a complementiser carrying a pronoun that may be the verb's subject."""


def doer_in_pronoun(words: list[Word], position: int, draft: Draft) -> bool:
    """A killing verb with no agent read right after «أنه/إنها» («أعلن الجيش أنه قتل 40
    إرهابياً»): unvocalised, it reads «that it killed» (the speaker as the doer, which the
    speaker rules leave when the grammar cannot tell) as well as «that 40 were killed», so
    whether the event lacks its doer is a guess."""
    return draft.label == "Killing" and draft.verb and position > 0 and \
        words[position - 1].norm in _PRONOUN_COMPLEMENTISERS and \
        not any(a.role == "agent" for a in draft.arguments)


MACHINES = frozenset({
    "طائره", "طائرات", "مروحيه", "مروحيات", "مقاتلات", "مقاتله", "دبابه", "دبابات", "طيران",
    "زوارق", "زورق", "بوارج", "مدفعيه", "راجمات", "صاروخ", "صواريخ", "قذيفه", "قذائف",
})
"""Machines and munitions: the doer's means in a killing («قتلت طائرة بدون طيار قيادياً»),
never its victims."""


def drop_machine_victims(context: Extraction, draft: Draft) -> None:
    """A killing's unnamed «victim» headed by a machine or a munition is the verb's subject,
    the means of the killing («وقتلت طائرة بدون طيار قيادياً في التنظيم»): it is no target."""
    if draft.label != "Killing":
        return
    kept = []
    for argument in draft.arguments:
        head = context.word_at(argument.start) if argument.role == "target" else None
        if head is not None and head.has(MACHINES) and is_unnamed(context, argument.entity_id):
            continue
        kept.append(argument)
    draft.arguments[:] = kept


_SIDE_OWNERS = frozenset({"الاحتلال", "احتلال", "العدو", "النظام"})
"""Genitives that name the side a force belongs to («قوات الاحتلال», «طائرات النظام»)."""


def bare_post_target(context: Extraction, draft: Draft) -> bool:
    """Every target of the event is an unnamed phrase of a post noun and at most indefinite
    words after it («مواقع», «مواقع عدة», «تجمعات عسكرية»): the side holding it is unread."""
    if draft.label not in _DOUBTED_CLASSES:
        return False
    targets = [a for a in draft.arguments if a.role == "target"]
    if not targets:
        return False
    for argument in targets:
        if not is_unnamed(context, argument.entity_id):
            return False
        head = context.word_at(argument.start)
        last = context.word_at(argument.end - 1)
        if head is None or last is None or not head.has(HELD_POSTS):
            return False
        words = context.index.words[head.index + 1:last.index + 1]
        if any(word.norm.startswith("ال") for word in words):
            return False  # «مواقع المسلحين»: the owner is in the phrase
    return True


def doer_told_before(draft: Draft, here: SentenceState) -> bool:
    """A killing with no agent read, in a sentence where a violent deed was recorded before
    it: its doer is most often that deed's, in another clause. (A violent noun no rule took
    is not enough: «تفجير لجامع ... نتج عنه استشهاد 28 مصلياً» has no doer anywhere, and on
    dev such killings were right.)"""
    return draft.label == "Killing" and here.cause is not None and \
        not any(a.role == "agent" for a in draft.arguments)
