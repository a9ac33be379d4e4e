"""Events as nodes: «توغل تركيا في الشمال الشرقي لسوريا» is a MilitaryOperation.

A trigger word from the lexicon (meeting, military operation, attack,
killing, protest, agreement, visit, sanction, withdrawal, deployment) makes
an event when at least one argument is found:

- agent: for a verb its subject; for a noun the genitive right after it
  («توغل تركيا», «دخول النظام السوري وروسيا»), a nisba adjective
  («التحرك التركي»), the subject of a light verb («قمنا بإعادة نشر»), a
  first-person plural in a quote, or the agent just before it;
- target: what follows directly or after على/ضد (including unnamed leaders,
  «قتل زعيم تنظيم الدولة»);
- location: a place after في/ب/إلى/من; participant: what follows مع/بين or a
  meeting's direct object, and «31 دولة» near a meeting;
- time: the nearest weekday or «أمس» of the sentence, resolved against the
  article date.

A definite trigger («الاجتماع») with no agent of its own and an earlier event
of the same class is the same event: its arguments join the earlier one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ids import event_id
from kg.model import Argument, Event, Sentence
from kg.relations.arguments import (
    chain,
    commit_holder,
    first_person_near,
    is_place,
    scan_after,
    subject_after,
    subject_before,
)
from kg.relations.context import AGENT_LABELS, EVENT_WORD, Arg, DocContext, Word
from kg.relations.lexicon import EVENT_TRIGGER_CONFIDENCE, LIGHT_VERBS, find_event
from kg.relations.timex import article_date, resolve

EVENT_VERBS = frozenset({
    "التقي", "التقت", "التقوا", "يلتقي", "استقبل", "استقبلت", "يستقبل", "سيطرت", "سيطر", "انتزعت",
    "انتزع", "استعادت", "استعاد", "دخلت", "هاجم", "هاجمت", "قصفت", "تقصف", "يقصف", "استهدف",
    "استهدفت", "فجر", "امطرت", "اسقطت", "اسقط", "قتل", "قتلت", "اغتال", "اعدم", "اتفق", "اتفقت",
    "زار", "زارت", "يزور", "تزور", "انسحب", "انسحبت", "ينتشرون", "ينتشر", "انزلنا", "انزل",
    "انزلت", "تظاهر",
})
_TARGETED = frozenset({"Killing", "Attack", "MilitaryOperation", "Sanction"})
_GATHERING = frozenset({"Meeting", "Agreement"})
_QUANTITY = re.compile(r"(\d+)\s*/?\s*(دوله|دول)")
_GENERIC_HEADS = frozenset({"نظام", "قوات", "جيش", "حكومه", "ميليشيات", "ميليشيا", "عناصر",
                            "مقاتلي", "سلطات", "مدرعات", "قوه", "وحدات"})
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "لهذا", "لهذه", "بهذا", "بهذه"})


@dataclass
class _Draft:
    label: str
    word: Word
    sentence: Sentence
    verb: bool
    arguments: list[Argument] = field(default_factory=list)
    agent_source: str = ""

    def add(self, role: str, arg: Arg) -> None:
        if any(a.role == role and a.entity_id == arg.node_id for a in self.arguments):
            return
        if any(a.entity_id == arg.node_id for a in self.arguments):
            return
        self.arguments.append(Argument(role, arg.node_id, arg.start, arg.end))


@dataclass
class EventState:
    """Events found so far in a document, and which word triggers which event."""

    events: dict[str, Event] = field(default_factory=dict)
    at_word: dict[int, str] = field(default_factory=dict)


def _agent(context: DocContext, words: list[Word], position: int, draft: _Draft,
           sentence: Sentence) -> tuple[list[Arg], int]:
    args, after, source = _agent_with_source(context, words, position, draft, sentence)
    draft.agent_source = source
    return args, after


def _agent_with_source(context: DocContext, words: list[Word], position: int, draft: _Draft,
                       sentence: Sentence) -> tuple[list[Arg], int, str]:
    word = words[position]
    if draft.verb:
        pronoun = first_person_near(context, words, position, lookback=2)
        if pronoun is not None:
            return [pronoun], position + 1, "pronoun"
        subjects, after = subject_after(context, words, position, sentence)
        if subjects:
            return subjects, after, "subject"
        return subject_before(context, words, position, max_words=6), position + 1, "before"
    # A noun: the genitive agent right after it, maybe behind «النظام», «قوات» ...
    genitive = position + 1
    if genitive + 1 < len(words) and words[genitive].has(_GENERIC_HEADS) and \
            context.mention_starting_in(words[genitive]) is None and \
            not context.boundary_between(words[genitive], words[genitive + 1]):
        genitive += 1
    if genitive < len(words) and not context.boundary_between(words[genitive - 1], words[genitive]):
        following = context.mention_starting_in(words[genitive])
        if following is not None and following.entity_id and following.label in AGENT_LABELS \
                and not context.attached_prefix(following).lstrip("وف"):
            subjects = chain(context, following, sentence, AGENT_LABELS)
            last = context.word_at(max(subjects[-1].start, subjects[-1].end - 1))
            after = last.index - words[0].index + 1 if last is not None else genitive + 1
            return subjects, after, "subject"
        if following is None:
            country = context.country_for_nisba(words[genitive])
            if country:
                nisba = words[genitive]
                return [Arg(country, nisba.start, nisba.end)], genitive + 1, "subject"
    if position > 0 and not context.boundary_between(words[position - 1], word):
        light = words[position - 1]
        if light.bare() in LIGHT_VERBS or light.norm in LIGHT_VERBS:
            pronoun = first_person_near(context, words, position - 1, lookback=0)
            if pronoun is not None:
                return [pronoun], position + 1, "pronoun"
            return subject_before(context, words, position - 1, max_words=4), position + 1, "light"
    pronoun = first_person_near(context, words, position, lookback=4)
    if pronoun is not None:
        return [pronoun], position + 1, "pronoun"
    return subject_before(context, words, position, max_words=5), position + 1, "before"


def _roles_after(context: DocContext, words: list[Word], start: int, draft: _Draft,
                 sentence: Sentence, state: EventState) -> None:
    skip = {a.entity_id for a in draft.arguments}
    window = 12 if draft.label in _GATHERING else 8
    candidates = scan_after(context, words, start - 1, sentence, window, {}, skip)
    for candidate in candidates:
        prep = candidate.preposition
        label = candidate.label
        if candidate.source == "nisba":
            continue
        located = prep in {"في", "ب", "الي", "نحو", "داخل"} or (
            prep == "من" and draft.label == "Withdrawal")
        hosted = label != "Country" and not prep and draft.label in _GATHERING
        if is_place(label) and (located or hosted):
            draft.add("location", candidate.arg)
        elif draft.label in _GATHERING and (prep in {"مع", "بين", ""} or label == "Person"):
            draft.add("participant", candidate.arg)
        elif draft.label == "Visit" and not prep:
            draft.add("location" if is_place(label) else "participant", candidate.arg)
        elif draft.label in _TARGETED and prep in {"", "علي", "ضد"} and (
                label in AGENT_LABELS or is_place(label)) and \
                not any(a.role == "target" for a in draft.arguments):
            draft.add("target", candidate.arg)
            commit_holder(context, candidate, sentence)
    if draft.label == "Meeting":
        _gathering_clause(context, words, start, draft, sentence)


def _gathering_clause(context: DocContext, words: list[Word], start: int, draft: _Draft,
                      sentence: Sentence) -> None:
    """«اجتماع ...، جمع مجموعة العمل المصغرة للتحالف» and «ممثلي 31 دولة حضروا الاجتماع»."""
    for index in range(start, min(len(words), start + 14)):
        if words[index].bare() in {"جمع", "ضم"}:
            for candidate in scan_after(context, words, index, sentence, 8, {}, set()):
                if candidate.source == "mention" and candidate.label in AGENT_LABELS:
                    draft.add("participant", candidate.arg)
                    break
            break
    sentence_text = context.doc.text[sentence.start:sentence.end]
    for match in _QUANTITY.finditer(context.norm(sentence.start, sentence.end)):
        # The normalised sentence keeps its length for digits and plain letters.
        raw = re.search(re.escape(match.group(1)) + r"\s*/?\s*دول[ةه]?", sentence_text)
        if raw is None:
            continue
        name = re.sub(r"[/\s]+", " ", raw.group()).strip()
        node = context.add_entity("Miscellaneous", name)
        draft.add("participant", Arg(node, sentence.start + raw.start(),
                                     sentence.start + raw.end()))


def extract_sentence(context: DocContext, sentence: Sentence, words: list[Word],
                     state: EventState) -> None:
    anchor = article_date(context.doc.meta.date)
    for position in context.trigger_positions(words, EVENT_WORD):
        word = words[position]
        hit = find_event(word.norm)
        if hit is None or context.covering_mention(word.start) is not None:
            continue
        prefix, label = hit
        bare = word.readings()[-1][1]
        is_verb = any(rest in EVENT_VERBS for p, rest in word.readings() if "ال" not in p) and \
            "ال" not in prefix
        draft = _Draft(label, word, sentence, is_verb)
        agents, after = _agent(context, words, position, draft, sentence)
        definite = "ال" in prefix or (position > 0 and words[position - 1].norm in _DEMONSTRATIVES)
        earlier = next((e for e in reversed(state.events.values()) if e.label == label), None)
        if definite and earlier is not None and draft.agent_source == "before":
            agents = []  # «حضروا الاجتماع»: the meeting already introduced, not a new one
        for agent in agents:
            draft.add("participant" if label == "Agreement" else "agent", agent)
        _roles_after(context, words, max(after, position + 1), draft, sentence, state)
        has_agent = any(a.role == "agent" for a in draft.arguments)
        if definite and earlier is not None and not has_agent and bare:
            _merge(state, earlier, draft, word)
            continue
        if not draft.arguments:
            continue
        confidence = EVENT_TRIGGER_CONFIDENCE + 0.05 * min(3, len(draft.arguments))
        spans = [(a.start, a.end) for a in draft.arguments]
        evidence = context.evidence(sentence, spans, f"events.{label}", confidence,
                                    (word.start, word.end))
        node_id = event_id(context.doc.id, label, word.start, word.end)
        state.events[node_id] = Event(
            id=node_id, label=label, trigger_start=word.start, trigger_end=word.end,
            evidence=evidence, arguments=tuple(draft.arguments),
            time=resolve(anchor, words, position),
        )
        state.at_word[word.index] = node_id


def _merge(state: EventState, earlier: Event, draft: _Draft, word: Word) -> None:
    known = {(a.role, a.entity_id) for a in earlier.arguments}
    known_ids = {a.entity_id for a in earlier.arguments}
    added = tuple(a for a in draft.arguments
                  if (a.role, a.entity_id) not in known and a.entity_id not in known_ids)
    if added:
        from dataclasses import replace

        state.events[earlier.id] = replace(earlier, arguments=earlier.arguments + added)
    state.at_word[word.index] = earlier.id
