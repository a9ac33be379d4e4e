"""The owner of a struck post, base or convoy is the target of the attack.

«استهدفت سيارة مفخخة مركز تدريب لداعش», «قصف الطيران مواقع عدة لجماعة الحوثي», «عبوة
استهدفت رتلاً تابعاً للجيش العراقي»: an attack aimed at a thing of an armed side (a post, a
base, positions, a convoy, a patrol, a vehicle) that the sentence gives to a named actor hits
that actor. The owner is named by «ل» right after the thing, maybe past one adjective or
«عدة» («مواقع عدة للمتمردين», «آلية عسكرية للجيش»), or after a word of belonging («تابع
لـ», «تعود لـ», «مملوكة لـ»). The target is then the actor (GUIDELINES: «مواقع الحوثيين في
صعدة»: target the Houthis), not the bare noun that the phrase rules read («مركز تدريب»,
«رتلا»), which names no one. A named genitive («مواقع الحوثيين») is already read as the
target by the named rules; this module only reads the «ل» owner. A place after «ل» is no
owner («مركز تدريب لمدينة الموصل» is not read), nor the event's own agent.
"""

from __future__ import annotations

from kg.model import Argument, Mention
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.event_side_owners import untagged_side
from kg.relations.event_triggers import is_unnamed
from kg.relations.event_weapons import past_weapon
from kg.relations.index import AGENT_LABELS, Arg, Word

OWNED_THINGS = frozenset({
    "مركز", "مركزا", "مراكز", "مقر", "مقرا", "مقرات", "موقع", "موقعا", "مواقع", "قاعده",
    "قواعد", "معسكر", "معسكرا", "معسكرات", "ثكنه", "ثكنات", "حاجز", "حاجزا", "حواجز", "نقطه",
    "نقاط", "مخزن", "مخازن", "مستودع", "مستودعات", "تحصينات", "رتل", "رتلا", "ارتال", "قافله",
    "قوافل", "دوريه", "دوريات", "موكب", "موكبا", "تعزيزات", "سياره", "سيارات", "عربه", "عربات",
    "اليه", "اليات", "اليتين", "مدرعه", "مدرعات", "دبابه", "دبابات", "سفينه", "سفن", "زورق",
    "زوارق", "طائره", "طائرات", "مروحيه", "منصه", "منصات", "تجمع", "تجمعات", "تمركزات",
    "تجمعا",
})
"""What an armed side holds or moves and an attack is aimed at: posts, bases, positions,
convoys, patrols, vehicles, craft."""
_BELONGING = frozenset({
    "تابع", "تابعا", "تابعه", "تابعين", "تابعتين", "التابع", "التابعه", "تعود", "يعود",
    "مملوكه", "المملوكه", "مملوك",
})
"""«تابع لـ», «تعود لـ»: the word before the owner's «ل»."""
_SEVERAL = frozenset({"عده", "عديده", "اخري", "جديده"})
"""«مواقع عدة للمتمردين»: a word of number or kind between the thing and its owner."""
_NISBA_ENDINGS = ("ي", "يه", "يين", "يا", "ين")
_SKIP_REACH = 2
"""At most an adjective and a word of belonging between the thing and its owner."""


def owned_target(context: Extraction, words: list[Word], draft: Draft) -> None:
    """Put the named «ل» owner of an unnamed struck thing in the thing's place as the
    target of the attack or killing in ``draft`` («مركز تدريب لداعش» → «داعش»)."""
    if draft.label not in {"Attack", "Killing", "MilitaryOperation"}:
        return
    agents = {a.entity_id for a in draft.arguments if a.role == "agent"}
    for position, argument in enumerate(draft.arguments):
        if argument.role != "target" or not is_unnamed(context, argument.entity_id):
            continue
        owner = _owner_after(context, words, argument)
        if owner is None or owner.node_id in agents or \
                any(a.entity_id == owner.node_id for a in draft.arguments):
            continue
        draft.arguments[position] = Argument("target", owner.node_id, owner.start, owner.end)


def _owner_after(context: Extraction, words: list[Word], argument: Argument) -> Arg | None:
    """The actor named behind «ل» after the phrase of ``argument`` whose head is a struck
    thing («مركز تدريب لداعش», «رتلا تابعا للجيش»), or None."""
    if not words:
        return None
    first, last = context.word_at(argument.start), context.word_at(argument.end - 1)
    if first is None or last is None:
        return None
    base = words[0].index
    head, end = first.index - base, last.index - base
    if not 0 <= head < len(words) or not 0 <= end < len(words) or \
            not words[head].has(OWNED_THINGS):
        return None
    at = end + 1
    skipped = 0
    while at < len(words) and skipped <= _SKIP_REACH:
        word = words[at]
        if context.boundary_between(words[at - 1], word):
            return None
        owner = _lam_actor(context, word)
        if owner is not None and owner.entity_id is not None:
            return Arg(owner.entity_id, owner.start, owner.end)
        side = untagged_side(context, words, at)  # «مواقع عدة للمتمردين»
        if side is not None:
            return side
        if context.covering_mention(word.start) is not None or not _between_word(word):
            return None
        skipped += 1
        at += 1
    return None


def _between_word(word: Word) -> bool:
    """A word that may stand between the thing and its owner: a word of belonging, of
    number, or an indefinite nisba adjective («عسكرية», «تابعة»)."""
    if word.norm in _BELONGING or word.norm in _SEVERAL:
        return True
    return not word.norm.startswith(("ال", "و", "ف", "ب", "ل")) and len(word.norm) >= 5 and \
        word.norm.endswith(_NISBA_ENDINGS)


def _lam_actor(context: Extraction, word: Word) -> Mention | None:
    """The actor whose mention starts at ``word`` behind a glued «ل» («لداعش», «للجيش
    العراقي»), or None."""
    mention = context.mention_starting_in(word)
    if mention is None or mention.start >= word.end or mention.label not in AGENT_LABELS or \
            not context.attached_prefix(mention).lstrip("وف").startswith("ل"):
        return None
    return mention


_ON = frozenset({"علي", "ضد"})
_OBJECT_REACH = 6


def owned_object(context: Extraction, words: list[Word], position: int,
                 draft: Draft) -> Arg | None:
    """The named «ل» owner of a struck thing that no rule read as the object of the attack at
    ``words[position]``: an accusative thing after the verb («استهدفت غارة تجمعاً للحوثيين»,
    «قصفت الطائرات حاجزاً للجيش»), one right after the weapon it was struck with («قصفت
    المقاومة بالمدفعية تجمعات للحوثيين»: no subject stands there) or a thing behind
    «على»/«ضد» («هجوم على حاجز للجيش», «أطلقوا النار على دورية للشرطة»); None when there
    is none or it has no named owner."""
    if draft.label != "Attack" or any(a.role == "target" for a in draft.arguments):
        return None
    agents = [a for a in draft.arguments if a.role == "agent"]
    for index in range(position + 1, min(len(words), position + 1 + _OBJECT_REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return None
        if any(a.start <= word.start < a.end for a in agents):
            continue
        thing = draft.verb and (_accusative_thing(word) or (
            word.has(OWNED_THINGS) and (past_weapon(words, index)  # «بالمدفعية تجمعات»
                                        or _past_plain_subject(context, words, position,
                                                               index))))
        if not thing and index > position + 1 and words[index - 1].norm in _ON and \
                word.has(OWNED_THINGS):
            thing = True
        if not thing and not draft.verb and word.has(OWNED_THINGS) and \
                _object_of_subject_noun(context, words, position, index, agents):
            thing = True  # «استهدفت غارة لطيران التحالف مواقع للحوثيين»
        if not thing:
            continue
        last = index + 1 if index + 1 < len(words) and \
            words[index + 1].norm in _KIND_GENITIVES else index
        owner = _owner_after(context, words, Argument("target", "", word.start,
                                                      words[last].end))
        if owner is None or any(a.entity_id == owner.node_id for a in agents):
            return None
        return owner
    return None


_STRIKING_VERBS = frozenset({"استهدف", "استهدفت", "قصفت", "طالت", "دمرت"})
"""Verbs whose subject may be a strike noun and whose object is the thing struck."""


def _object_of_subject_noun(context: Extraction, words: list[Word], position: int, index: int,
                            agents: list[Argument]) -> bool:
    """«استهدفت غارة لطيران التحالف مواقع للحوثيين»: the strike noun at ``words[position]`` is
    the subject of the verb of striking right before it, and ``words[index]`` stands right
    after the noun's own doer phrase (the strike's owner): it is the verb's object."""
    if position < 1 or not words[position - 1].has(_STRIKING_VERBS) or \
            context.boundary_between(words[position - 1], words[position]) or not agents:
        return False
    last = context.word_at(max(a.end for a in agents) - 1)
    return last is not None and last.index - words[0].index + 1 == index and \
        all(a.start > words[position].start for a in agents)


_KIND_GENITIVES = frozenset({"تدريب", "تفتيش", "قياده", "عمليات", "امداد"})
"""«مركز تدريب», «نقطة تفتيش»: the indefinite noun that names the kind of a post."""


def _past_plain_subject(context: Extraction, words: list[Word], position: int,
                        index: int) -> bool:
    """«قصفت المقاتلات مواقع للحوثيين»: a struck thing right after the verb's one-word
    definite subject that names no one («الطائرات», «المقاتلات»), printed bare as a broken
    plural shows no case; the subject, not a thing, stands between (not «قصفت المواقع»)."""
    if index != position + 2:
        return False
    subject = words[position + 1]
    return subject.norm.startswith("ال") and not subject.has(OWNED_THINGS) and \
        context.covering_mention(subject.start) is None


def _accusative_thing(word: Word) -> bool:
    """An indefinite struck thing marked as an object by its «ا» («حاجزاً», «تجمعاً»,
    «موقعاً»), not the nominative subject («طائرات للتحالف»)."""
    norm = word.norm
    return norm.endswith("ا") and not norm.startswith(("ال", "و", "ف", "ب", "ل")) and \
        norm[:-1] in OWNED_THINGS
