"""Recording an event found in a sentence: its node, evidence and raw confidence.

The confidence is read from cues of how the trigger and its arguments were found
(``kg.relations.event_confidence``): a verb or a noun, an agent of its own or one from far
(«قتلوا سبعة أشخاص»: the doer is the verb's suffix), a counted or a named target, a toll that
reads as a war's tally, a meeting with no host, a time still to come (or a trip announced
ahead, ``kg.relations.event_announced_trips``), and the doubts of
``kg.relations.event_doubts``, ``kg.relations.event_cautions``,
``kg.relations.event_recaps`` and ``kg.relations.event_fronted_subjects``.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ids import event_id
from kg.model import Event
from kg.relations.casualties import Count, number_value
from kg.relations.context import Extraction
from kg.relations.event_announced_trips import announced_trip
from kg.relations.event_cautions import cautions
from kg.relations.event_ceremonies import ceremonial
from kg.relations.event_clause_doers import object_past_place, plain_object
from kg.relations.event_confidence import FAR_TARGET_WORDS, EventCues, event_confidence
from kg.relations.event_doubts import (
    bare_post_target,
    doer_in_pronoun,
    doer_told_before,
    drop_machine_victims,
    unowned_force_agent,
)
from kg.relations.event_draft import (
    OWN_AGENT,
    SEIZING_NOUNS,
    Draft,
    SentenceState,
    trigger_form,
)
from kg.relations.event_emphatics import drop_emphatic_sides
from kg.relations.event_fronted_subjects import fronted_doer_unread, object_as_doer
from kg.relations.event_future_predicates import future_predicate
from kg.relations.event_generic_deeds import genitive_campaign, unsealed_agreement
from kg.relations.event_instruments import object_past_weapon
from kg.relations.event_led_by import led_by_target
from kg.relations.event_non_events import adjective_doer
from kg.relations.event_objects import unread_object
from kg.relations.event_owned_targets import owned_target
from kg.relations.event_recaps import retold_cautions
from kg.relations.event_self_killed import self_killed
from kg.relations.event_talks import TALKS_FORMS
from kg.relations.event_tallies import summed_toll, witnessed_span
from kg.relations.event_title_agents import title_head_agent
from kg.relations.event_told_again import VIOLENT_CAUSES
from kg.relations.event_troop_verbs import TROOP_VERBS
from kg.relations.index import Arg, Word
from kg.relations.lexicon import EVENT_TRIGGERS, SEIZING_VERBS, STRIKING_VERBS
from kg.relations.rules import event_rule
from kg.relations.timex import EventTime

_GATHERING_VERBS = frozenset({"Meeting", "Visit"})
"""Classes whose verb («التقى», «زار») always has its own subject (see ``event_confidence``)."""
OFFENSIVES = frozenset({"Attack", "MilitaryOperation"})
"""Classes of offensives: a verb of them whose object is left unread is less sure."""
_SUFFIX_DOER_FORMS = frozenset({"قتلوا", "قتلت", "اغتالوا", "اغتالت", "اعدموا"})
"""Verbs of killing whose suffix is their subject («قتلوا»: they killed); before counted victims
they are active, as a passive agrees in the singular («قُتل سبعة أشخاص»)."""


def record(context: Extraction, words: list[Word], position: int, draft: Draft,
            count: Count | None, here: SentenceState, when: EventTime) -> None:
    word, label = draft.word, draft.label
    owned_target(context, words, draft)  # «قصف مواقع عدة للحوثيين»: the owner is hit
    drop_machine_victims(context, draft)  # «قتلت طائرة بدون طيار قيادياً»: the means
    self_killed(context, draft)  # «كما قتل المهاجم نفسه»: the attacker died, no doer
    emphatic_target = drop_emphatic_sides(context, draft)  # «أطلق المسلح ذاته النار»
    cues = replace(_cues(context, draft, count, when.historical),
                   to_come=_to_come(here, when) or announced_trip(context, draft)
                   or future_predicate(context, words, position, draft),
                   ceremony=label == "Meeting" and ceremonial(words, position),
                   gathering_verb=draft.verb and label in _GATHERING_VERBS and not draft.equals,
                   object_unread=(label in OFFENSIVES and (unread_object(context, words, position)
                                  or emphatic_target
                                  or _object_after_verb(context, words, position, draft)))
                   or (label == "Killing" and draft.verb)
                   or (label == "Sanction" and unread_object(context, words, position)),
                   tally=label == "Killing" and (_tally_like(words, position, count)
                                                 or summed_toll(words, position, count)
                                                 or witnessed_span(words, position, count)),
                   unread_doer=label == "Killing" and draft.verb
                   and _doer_elsewhere(context, words, position, count),
                   meeting_noun=label == "Meeting",
                   hostless_meeting=label == "Meeting" and _hostless(draft),
                   killing_verb=label == "Killing" and draft.verb,
                   killing_noun=label == "Killing" and not draft.verb
                   and not word.has(_MASSACRES),
                   seizing_verb=(draft.verb and trigger_form(word) in SEIZING_VERBS)
                   or _seizing_on(words, position, draft),
                   striking_verb=draft.verb and trigger_form(word) in STRIKING_VERBS,
                   construed=draft.construed or trigger_form(word) in TROOP_VERBS or (
                       draft.verb and trigger_form(word) in TALKS_FORMS),
                   adjective_doer=adjective_doer(context, words, position, draft),
                   unowned_force_agent=unowned_force_agent(context, draft),
                   bare_post_target=bare_post_target(context, draft),
                   doer_told_before=doer_told_before(draft, here),
                   doer_in_pronoun=doer_in_pronoun(words, position, draft),
                   genitive_campaign=genitive_campaign(context, draft),
                   unsealed_agreement=unsealed_agreement(words, position, draft),
                   fronted_doer_unread=fronted_doer_unread(context, words, position, draft),
                   led_by_target=led_by_target(context, draft),
                   object_as_doer=object_as_doer(context, words, position, draft),
                   title_head_agent=title_head_agent(context, draft),
                   cautions=cautions(context, words, position, draft)
                   + retold_cautions(context, words, position, draft, when.historical))
    confidence = event_confidence(cues)
    spans = [(a.start, a.end) for a in draft.arguments]
    evidence = context.evidence(draft.sentence, spans, event_rule(label), confidence,
                                (word.start, word.end))
    node_id = event_id(context.doc.id, label, word.start, word.end)
    context.found.events[node_id] = Event(
        id=node_id, label=label, trigger_start=word.start, trigger_end=word.end,
        evidence=evidence, arguments=tuple(draft.arguments), time=when.time,
        casualties=count.value if count is not None and label == "Killing" else None,
        historical=when.historical or draft.background,
    )
    context.found.event_at_word[word.index] = node_id
    here.recorded.append(node_id)
    if label in VIOLENT_CAUSES:
        here.cause = node_id
    own = [a for a in draft.arguments if a.role == "agent"]
    if own and draft.agent_source in OWN_AGENT:
        here.previous_agent = [Arg(a.entity_id, a.start, a.end) for a in own]
        here.previous_form = trigger_form(word)


def _doer_elsewhere(context: Extraction, words: list[Word], position: int,
                    count: Count | None) -> bool:
    """«قتلوا سبعة أشخاص»: a verb whose suffix is its subject, before its counted victims; «من
    قتل 14 عسكرياً»: a verb after «من», whose doer is «من» or the subject governing it."""
    word = words[position]
    if count is not None and count.start >= word.end and word.has(_SUFFIX_DOER_FORMS):
        return True
    return position > 0 and words[position - 1].norm == "من" and \
        not context.boundary_between(words[position - 1], word)


def _object_after_verb(context: Extraction, words: list[Word], position: int,
                       draft: Draft) -> bool:
    """«هجوم نفذه مقاتلو الحركة ... واستهدف كمائن عسكرية»: a verb whose doer stands before it
    and whose own object after it is a plain noun left unread."""
    agents = [a for a in draft.arguments if a.role == "agent"]
    if draft.verb and agents and all(a.start > draft.word.end for a in agents):
        last = context.word_at(max(a.end for a in agents) - 1)  # «وقصفت فصائل معارضة أخرى
        if last is None:  # في حلب، مواقع للجيش»
            return False
        end = last.index - words[0].index  # «وقصفت طائرات حربية مواقع»: right after the doer
        return plain_object(context, words, end) or object_past_place(context, words, end + 1) \
            or object_past_weapon(context, words, end)  # «قصفت المقاومة بالمدفعية تجمعات»
    return draft.verb and bool(agents) and all(a.end <= draft.word.start for a in agents) \
        and (plain_object(context, words, position) or object_past_weapon(context, words, position))


_MASSACRES = frozenset({"مجزره", "مذبحه", "مجازر", "مذابح"})
"""Killings whose victims a massacre noun may leave untold («ارتكبت الميليشيات مجزرة»)."""
_TALLY_SIZE = 500
"""A toll this high is a war's or a period's tally, never one event of the news (the largest
toll of the dev gold is 120)."""
_OVER = frozenset({"منذ", "خلال"})
_SPANS_SUMMED = frozenset({
    "نحو", "قرابه", "حوالي", "اكثر", "بدايه", "مطلع", "بدء", "اندلاع", "نصف", "اشهر", "شهور",
    "اسابيع", "سنوات", "اعوام", "عام", "سنه", "ربع", "فتره",
})


def _tally_like(words: list[Word], position: int, count: Count | None) -> bool:
    """«وقتل أكثر من 3500 شخص، في القتال الذي تشهده اليمن منذ نحو 4 أشهر», «102 من المسلحين
    قتلوا ... خلال النصف الأول من العام»: a toll this high, or a span summed up later in the
    sentence («منذ»/«خلال» before a period, also past its number: «خلال الأربعة الأشهر
    الماضية», «منذ ثلاثة أشهر»), or casualties in thousands beside it («حيث قتل أكثر من 350
    يمنياً وآلاف الجرحى»), reads as a tally (past commas that the sense rules stop
    at)."""
    if count is not None and count.value >= _TALLY_SIZE:
        return True
    return any((word.bare() in _OVER and _period_at(words, index + 1)) or
               (word.has(_THOUSANDS) and index + 1 < len(words) and
                words[index + 1].has(_CASUALTY_NOUNS))
               for index, word in enumerate(words[position + 1:], position + 1))

_THOUSANDS = frozenset({"الاف", "الوف"})
_CASUALTY_NOUNS = frozenset({
    "الجرحي", "جريح", "المصابين", "مصاب", "القتلي", "قتيل", "الضحايا", "ضحيه", "الشهداء", "شهيد",
})
"""«آلاف الجرحى», «آلاف القتلى»: a toll in thousands, a war's, never one deed's."""


def _period_at(words: list[Word], at: int) -> bool:
    """A period summed up at ``words[at]``, maybe behind its number («الأربعة الأشهر»)."""
    if at < len(words) and number_value(words[at]) is not None:
        at += 1
    return at < len(words) and words[at].has(_SPANS_SUMMED)


def _seizing_on(words: list[Word], position: int, draft: Draft) -> bool:
    """«استطاعت قوات التحالف السيطرة على أكثر من 90% من عدن»: a noun of seizing with «على»
    right after it names what was taken, as its verb does."""
    return not draft.verb and trigger_form(draft.word) in SEIZING_NOUNS and \
        position + 1 < len(words) and words[position + 1].norm == "علي"


def _hostless(draft: Draft) -> bool:
    """A meeting noun with no agent and only participants named after it («ولقاء المدير العام
    فلان»): the one met is read, its host is not (see ``event_confidence``)."""
    parties = [a for a in draft.arguments if a.role == "participant"]
    return not draft.verb and not draft.equals and bool(parties) and \
        not any(a.role == "agent" for a in draft.arguments) and \
        all(a.start >= draft.word.end for a in parties)


def _to_come(here: SentenceState, when: EventTime) -> bool:
    """The time the sentence gives the event is after the article's date («يستقبل الأمير ...
    غداً المعزين», «في فبراير 2016»): told as still to come (ISO strings compare in time
    order; a month or year of the article's own is no later)."""
    return here.anchor is not None and when.time is not None and \
        when.time > here.anchor.isoformat()


def _cues(context: Extraction, draft: Draft, count: Count | None,
          historical: bool) -> EventCues:
    """How the draft's trigger and arguments were found (see ``event_confidence``)."""
    roles = {a.role for a in draft.arguments}
    agent = "none" if "agent" not in roles else \
        "own" if draft.agent_source in OWN_AGENT or draft.signer else "far"
    targets = [a for a in draft.arguments if a.role == "target"]
    target = "none"
    if draft.partitive or (count is not None and any(a.start == count.start for a in targets)):
        target = "counted"
    elif targets:
        gaps = [abs(found.index - draft.word.index) for a in targets
                if (found := context.word_at(a.start)) is not None]
        target = "far" if gaps and min(gaps) >= FAR_TARGET_WORDS else "near"
    definite_noun = not draft.verb and any(
        "ال" in prefix for prefix, rest in draft.word.readings() if rest in EVENT_TRIGGERS)
    return EventCues(verb=draft.verb, agent=agent, target=target,
                     participant="participant" in roles, other_roles=bool(roles - {"agent"}),
                     definite_noun=definite_noun, background=historical or draft.background)
