"""Two constructions that name a strike's sides around a nominal trigger.

**Undergoing** («تعرّض X لـ<attack noun>»): «وتعرضت مدينة تعز لقصف عنيف من ميليشيا الحوثي»,
«تعرض مبنى المحافظة لهجوم». The subject of the verb of undergoing, between the verb and the
noun, is what the attack hit: its target, never its doer. Only a place (a tagged place, or a
noun of a place, building, post or convoy: «مدينة», «مبنى», «معسكر», «رتل») is read, since a
person or a body that «تعرض لهجوم» is as often attacked in words («تعرض الوزير لهجوم من
النواب»). The doer, if any, follows the noun behind «من» («لقصف من الطيران»); a named
organisation there is the agent. A negated, hoped or feared verb («لم تتعرض», «قد تتعرض»,
«خشية تعرض») names no attack. With the verb right before the noun, a name before the verb
(«إن الجيش العراقي تعرض لهجوم من تنظيم داعش», «كان يستقلها فوق العراق تعرضت لإطلاق قذيفة»)
is the undergoer or its place, never the doer either.

**Announced strike** («أعلن X استهداف/قصف Y»): «وأعلن الجيش الحر استهداف مواقع للنظام»,
«أعلنت وزارة الدفاع عن قصف مقرات التنظيم». An armed side that announces a strike announces its
own deed: the named organisation right after the verb of announcing is the strike's agent
when the strike noun, indefinite, follows it at once (or behind «عن»). A person who announces
(a spokesman) speaks for another, and a death announced («أعلنت الوزارة مقتل») is not the
announcer's deed: neither is read.
"""

from __future__ import annotations

from kg.model import Argument
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.event_owned_targets import OWNED_THINGS
from kg.relations.index import ORGANIZATION_LABELS, PLACE_LABELS, Arg, Mention, Word
from kg.relations.lexicon import RELATIVE_DAYS, WEEKDAYS

UNDERGOING_VERBS = frozenset({
    "تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون", "تعرضه",
})
"""«تعرّض», past and present (the masdar «تعرّض» is printed the same: «بعد تعرض المدينة»)."""

_NOT_SO = frozenset({
    "قد", "لن", "لم", "لا", "ما", "ربما", "خشيه", "خوفا", "خشيت", "عدم", "من", "احتمال",
    "امكانيه", "لئلا", "كي", "لكي", "حتي", "ان", "سوف",
})
"""Words before the verb that make the attack unreal: negation, modality, fear («حذر من
تعرض», «خشية تعرض», «عدم تعرض»), purpose («كي لا تتعرض»)."""

PROVINCE_HEADS = frozenset({"محافظه", "ريف", "قضاء", "ناحيه", "مديريه", "ولايه"})
"""Heads of a province, a countryside or a district («تعرضت محافظة حلب لقصف», «ريف
إدلب»): the tagged place after them is the one hit."""
_NAMED_HEADS = frozenset({"مدينه", "منطقه", "بلده", "قريه", "حي"}) | PROVINCE_HEADS
"""Heads whose tagged place after them is the place hit («مدينة تعز» → Taiz)."""

HIT_PLACES = OWNED_THINGS | frozenset({
    "مدينه", "منطقه", "مناطق", "حي", "احياء", "قريه", "قري", "بلده", "بلدات", "مبني", "مباني",
    "مدرسه", "مدارس", "مستشفي", "مستشفيات", "مسجد", "مساجد", "جامع", "كنيسه", "منزل", "منازل",
    "سوق", "اسواق", "مطار", "ميناء", "سجن", "فندق", "مخيم", "مخيمات", "محطه", "مجمع", "حافله",
    "ناقله", "مقار", "سفاره", "قنصليه", "منشاه", "منشات", "مصفاه",
} | frozenset(PROVINCE_HEADS))
"""Nouns of what an attack hits as a place or a thing: a town, a district, a province, a
building, a post, a convoy (with ``OWNED_THINGS``)."""

_REACH = 5
"""How many words the undergoing subject may run («مبنى مديرية الأمن في المدينة»)."""
_ADJECTIVES = 2
"""How many words («عنيف», «مدفعي») may stand between the attack noun and «من» + its doer."""
_FROM = frozenset({"من"})
_DOER_LABELS = ORGANIZATION_LABELS - {"MediaOrganization"}


def _undergoing_verb(context: Extraction, words: list[Word], position: int,
                     adjacent: bool = False) -> int | None:
    """The index of «تعرض» whose «لـ» object is the attack noun at ``position``, the subject
    standing between them (or, ``adjacent``, right before the noun: «تعرض لهجوم»); None when
    there is none, or it is negated or modal."""
    trigger = words[position]
    prefix = trigger.readings()[-1][0] if trigger.readings() else ""
    if (prefix.removesuffix("ال") not in {"ل", "ول", "فل"} and prefix not in {"لل"}) or \
            position < 1:
        return None
    indexes = [position - 1] if adjacent else \
        range(position - 2, max(-1, position - 2 - _REACH), -1)
    for index in indexes:
        word, following = words[index], words[index + 1]
        if context.boundary_between(word, following):
            return None
        if word.has(UNDERGOING_VERBS):
            before = words[index - 1] if index > 0 and \
                not context.boundary_between(words[index - 1], word) else None
            if before is not None and (before.norm in _NOT_SO or before.bare() in _NOT_SO):
                return None
            return index
    return None


def _hit_subject(context: Extraction, words: list[Word], first: int, last: int) -> Arg | None:
    """The place or thing hit, ``words[first..last]``: a tagged place that covers it (or
    follows a noun of a place: «مدينة تعز»), or the phrase opened by a noun of a place or
    building («مبنى وزارة الداخلية»)."""
    head = words[first]
    start, end = head.start, words[last].end
    mention = context.mention_starting_in(head)
    if mention is not None and mention.entity_id is not None and \
            _named_building(words, first, mention, last):
        return Arg(mention.entity_id, mention.start, mention.end)  # «السفارة الأمريكية»
    if mention is not None and mention.end >= end and mention.entity_id is not None:
        return Arg(mention.entity_id, mention.start, mention.end) \
            if mention.label in PLACE_LABELS else None
    if not head.has(HIT_PLACES) or context.covering_mention(head.start) is not None:
        return None
    if first < last:
        inner = context.mention_starting_in(words[first + 1])
        if inner is not None and inner.entity_id is not None and inner.label in PLACE_LABELS \
                and inner.end >= end and head.bare() in _NAMED_HEADS:
            return Arg(inner.entity_id, inner.start, inner.end)  # «مدينة تعز»: the city
    prefix = head.readings()[-1][0] if head.readings() else ""
    if prefix.lstrip("وف").removesuffix("ال"):
        return None  # «بمدينة», «للمبنى»: governed, not the subject («المبنى» is)
    last = next((i - 1 for i in range(first + 1, last + 1) if words[i].norm in _IN), last)
    end = words[last].end  # «السفارة الأمريكية في صنعاء»: the place of the building is no part
    name = context.doc.text[start:end]
    return Arg(context.add_entity("Miscellaneous", name), start, end)


_BUILDINGS = frozenset({
    "سفاره", "قنصليه", "مستشفي", "مبني", "مسجد", "جامع", "كنيسه", "مدرسه", "فندق", "مطار",
    "ميناء", "سجن", "مقر", "مجمع", "مصفاه", "منشاه", "محطه",
})
"""Nouns of a building that open a tagged name («السفارة الأمريكية», «مستشفى الثورة»): what
undergoes an attack there is the building, whatever class the NER gave the name."""
_IN = frozenset({"في", "ب"})


def _named_building(words: list[Word], first: int, mention: Mention, last: int) -> bool:
    """A tagged name opened by a building noun, which ends the subject or is followed by
    its place behind «في» («تعرضت السفارة الأمريكية في صنعاء لهجوم»)."""
    head = words[first]
    if mention.label == "Person" or not head.has(_BUILDINGS):
        return False
    prefix = head.readings()[-1][0] if head.readings() else ""
    if prefix.lstrip("وف") not in {"", "ال"}:
        return False  # «بالسفارة»: governed, not the subject
    if mention.end >= words[last].end:
        return True
    following = next((w for w in words[first + 1:last + 1] if w.start >= mention.end), None)
    return following is not None and following.norm in _IN


def underwent_target(context: Extraction, words: list[Word], position: int,
                     draft: Draft) -> Arg | None:
    """The place hit by the attack noun at ``position`` told with «تعرض X لـ»; None when the
    construction is not there. Names before the noun, read as its doer, are dropped from
    ``draft`` (the subject of «تعرض» undergoes the attack), and a named organisation behind
    «من» right after the noun is added as its agent."""
    if draft.verb or draft.label != "Attack":
        return None
    verb = _undergoing_verb(context, words, position)
    if verb is None and _undergoing_verb(context, words, position, adjacent=True) is not None:
        before = [a for a in draft.arguments  # «إن الجيش العراقي تعرض لهجوم من تنظيم داعش»,
                  if a.role == "agent" and a.end <= words[position - 1].start]  # «فوق العراق
        if draft.agent_source == "before" and before:  # تعرضت لإطلاق قذيفة»: who underwent
            draft.arguments = [a for a in draft.arguments if a not in before]  # it, or where
            return _armed_attack_on_body(context, words, position, draft, before[-1:])
        return None
    if verb is None or verb + 1 >= position:
        return None
    last = next((i - 1 for i in range(verb + 2, position) if _time_word(words[i])),
                position - 1)
    target = _hit_subject(context, words, verb + 1, last)
    trigger_start, verb_end = words[position].start, words[verb].end
    undergoer = [a for a in draft.arguments if a.role in {"agent", "target"} and
                 verb_end <= a.start and a.end <= trigger_start]
    draft.arguments = [a for a in draft.arguments if a not in undergoer]  # whoever underwent
    if target is None:  # the attack is no doer of it: «تعرضت الوزارة لهجوم من النواب»
        return _armed_attack_on_body(context, words, position, draft, undergoer)
    draft.arguments = [a for a in draft.arguments
                       if not (a.role in {"agent", "target"} and a.end <= trigger_start)]
    doer = _doer_from(context, words, position)
    if doer is not None and not any(a.role == "agent" for a in draft.arguments):
        draft.add("agent", doer)
        draft.agent_source = "subject"
    return target


def _armed_attack_on_body(context: Extraction, words: list[Word], position: int, draft: Draft,
                         undergoer: list[Argument]) -> Arg | None:
    """«تعرض الجيش العراقي لهجوم من تنظيم داعش»: a body is as often attacked in words, but
    not by an armed group; with one named body as the subject and an armed group behind «من»,
    the body is the target and the group the agent (a construed reading)."""
    if len(undergoer) != 1 or context.label(undergoer[0].entity_id) in {None, "Person"}:
        return None
    doer = _doer_from(context, words, position)
    if doer is None or context.label(doer.node_id) != "ArmedGroup" or \
            any(a.role == "agent" for a in draft.arguments):
        return None
    draft.add("agent", doer)
    draft.agent_source = "subject"
    draft.construed = True
    hit = undergoer[0]
    return Arg(hit.entity_id, hit.start, hit.end)


_TIMES = frozenset({"صباح", "مساء", "فجر", "ليل", "ليلا", "ليله", "ظهر", "نهار", "يوم", "امس",
                    "اليوم", "ايضا", "مجددا", "مره", "مرة", "خلال", "منذ", "قبل", "بعد"})


def _time_word(word: Word) -> bool:
    """A time or an adverb after the subject of «تعرض» («أمس», «مساء الخميس», «مجدداً»): the
    subject ends before it."""
    return word.norm in _TIMES or word.bare() in _TIMES or word.norm in RELATIVE_DAYS or \
        word.norm in WEEKDAYS


def _doer_from(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«لقصف عنيف من ميليشيا الحوثي»: the named organisation behind «من» a word or two after
    the attack noun."""
    for index in range(position + 1, min(len(words) - 1, position + 2 + _ADJECTIVES)):
        word = words[index]
        if context.boundary_between(words[index - 1], word):
            return None
        if word.norm in _FROM:
            mention = context.mention_starting_in(words[index + 1])
            if mention is None or mention.entity_id is None or \
                    mention.label not in _DOER_LABELS or \
                    context.boundary_between(word, words[index + 1]):
                return None
            return Arg(mention.entity_id, mention.start, mention.end)
        if word.norm.startswith(("ب", "ل", "في", "علي")) or word.norm in {"علي", "في"}:
            return None  # «لقصف بالمدفعية», «لهجوم على»: another role first
    return None


ANNOUNCING_VERBS = frozenset({"اعلن", "اعلنت", "يعلن", "تعلن", "اعلنوا"})
"""Verbs of announcing whose object may be the announcer's own deed."""
ANNOUNCED_STRIKES = frozenset({"استهداف", "قصف"})
"""Strike nouns that, as the object of «أعلن», tell the announcer's own strike."""
_ABOUT = frozenset({"عن"})
_BARE_STRIKE = "قصف"
"""The strike noun printed as its verb would be: a noun only behind the announcing clause."""


def announced_striker(context: Extraction, words: list[Word], position: int,
                      draft: Draft) -> Arg | None:
    """«أعلن الجيش الحر استهداف مواقع ...»: the named organisation between the verb of
    announcing and the strike noun at ``position`` (indefinite, right after it or behind
    «عن») is the strike's doer; None otherwise."""
    trigger = words[position]
    if (draft.verb and trigger.norm != _BARE_STRIKE) or draft.label != "Attack" or position < 2:
        return None  # «قصف» right after the subject reads as a verb; behind «أعلن» + a
        # subject it is the announced noun («أعلنت فصائل تابعة للجيش الحر قصف مواقع»)
    if trigger_form(trigger) not in ANNOUNCED_STRIKES or trigger.norm != trigger.bare():
        return None  # «القصف», «بقصف», «وقصف»: not the bare object of the verb
    if _own_doer_after(context, words, position):
        return None
    end = position - 1
    if words[end].norm in _ABOUT:
        end -= 1
    if end < 1 or any(context.boundary_between(words[i], words[i + 1])
                      for i in range(end, position)):
        return None
    mention = context.covering_mention(words[end].start)
    if mention is None or mention.entity_id is None or mention.label not in _DOER_LABELS or \
            mention.end > words[end].end:
        return None
    first = end
    while first > 0 and words[first].start > mention.start:
        first -= 1
    at = first - 1
    if words[first].start != mention.start:
        at = _belonging_subject(context, words, first)  # «تشكيلات تابعة للجيش الحر»
    if at < 0:
        return None
    announcing = words[at]
    if not announcing.has(ANNOUNCING_VERBS) or \
            context.boundary_between(announcing, words[at + 1]):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


_BELONGING = frozenset({"تابعه", "التابعه", "تابعين", "التابعين", "تابع", "التابع"})
_UNITS = frozenset({"تشكيلات", "فصائل", "كتائب", "وحدات", "قوات", "مجموعات", "الويه", "عناصر",
                    "مقاتلين"})
"""Heads of the units of a side: «فصائل تابعة للجيش الحر», «وحدات تابعة للجيش»."""


def _unit(word: Word) -> bool:
    """A noun of units, printed plain («فصائل» is not «ف» + «صائل»)."""
    return word.norm in _UNITS or word.bare() in _UNITS


def _belonging_subject(context: Extraction, words: list[Word], owner: int) -> int:
    """«أعلنت فصائل تابعة للجيش الحر»: the owner's word ``words[owner]`` carries «لـ» after
    «تابعة» and a phrase of units; the index of the word before that phrase (the verb of
    announcing), or -1 when the subject is not such a phrase. Units of a side act as the side.
    The phrase opens with a noun of units and may go on with more of them behind «و» and with
    the definite words that name the unit («كتائب وتشكيلات الجيش الأول التابع للجيش الحر»),
    up to ``_UNIT_PHRASE`` words."""
    word = words[owner]
    prefix = word.readings()[-1][0] if word.readings() else ""
    if owner < 3 or not prefix.startswith("ل") or \
            words[owner - 1].norm not in _BELONGING or \
            context.boundary_between(words[owner - 2], words[owner - 1]) or \
            context.boundary_between(words[owner - 1], word):
        return -1
    for first in range(owner - 2, max(0, owner - 2 - _UNIT_PHRASE), -1):
        if first < owner - 2 and context.boundary_between(words[first], words[first + 1]):
            return -1
        if words[first].norm in _UNITS:  # the head, printed plain («كتائب»)
            return first - 1 if first > 0 and \
                not context.boundary_between(words[first - 1], words[first]) else -1
        if not _unit_word(words[first]):
            return -1
    return -1


_UNIT_PHRASE = 4
"""How many words the units' phrase before «التابع» may hold («كتائب وتشكيلات الجيش الأول»)."""


def _unit_word(word: Word) -> bool:
    """A word inside the units' phrase after its head: another noun of units behind «و»
    («وتشكيلات»), or a definite word that names the unit («الجيش», «الأول»)."""
    return any(prefix == "و" and rest in _UNITS for prefix, rest in word.readings()) or \
        (word.norm.startswith("ال") and word.norm not in _BELONGING)


def _own_doer_after(context: Extraction, words: list[Word], position: int) -> bool:
    """«أعلنت الوزارة عن قصف حوثي على جازان», «... قصف لميليشيا الحوثي», «... استهداف
    الحوثيين مسجداً»: the strike noun names its own doer right after it (a nisba adjective, a
    «لـ» organisation, or an organisation followed by an accusative object), so it is not the
    announcer's deed."""
    if position + 1 >= len(words) or \
            context.boundary_between(words[position], words[position + 1]):
        return False
    following = words[position + 1]
    if context.country_for_nisba(following) is not None or \
            (not following.norm.startswith("ال") and following.norm.endswith(("ي", "يه"))):
        return True
    mention = context.mention_starting_in(following)
    if mention is None or mention.label not in _DOER_LABELS:
        return False
    prefix = following.readings()[-1][0] if following.readings() else ""
    if prefix.lstrip("وف").startswith("ل"):
        return True
    after = context.word_at(mention.end)
    return after is not None and after.start >= mention.end and \
        after.sentence_index == following.sentence_index and \
        not context.boundary_between(following, after) and \
        after.norm.endswith("ا") and not after.norm.startswith("ال") and len(after.norm) > 3
    # an indefinite accusative after the name: the noun's object, so the name is its subject
