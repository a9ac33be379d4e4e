"""Stance between actors or toward events: opposes, supports, criticizes, rejects, denies, urges ...

A stance trigger (verb or verbal noun, see ``lexicon.STANCE``) or an emotion
word («سعداء ب») gives ``kind(subject, object)``:

- subject: the verb's subject (see ``kg.relations.arguments``); «على لسان X»
  for a noun; a first-person plural in a quote is the speaker's country or
  organisation; with none, the previous actor («وأشاد بما تقدمه ...»);
- object: the first event, entity, unnamed leader or nisba country after the
  trigger (and its subject); for rejects/urges/denies/... a descriptive noun
  phrase right after it («الاتهامات», «الدول المجتمعة») becomes a
  ``Miscellaneous`` topic entity;
- «لم نكن سعداء ب X» is ``opposes`` X, «سعداء ب X» is ``supports`` X; any other
  negation makes the polarity negative; hedges, conditionals, quotes and
  denials set the modality.
- coordinatesWith also reads «بين X و Y» and «بيننا» (the speaker's side and
  the other actor of the sentence).
"""

from __future__ import annotations

from kg.ids import relation_id
from kg.model import Relation, Sentence
from kg.relations.arguments import (
    Candidate,
    commit_holder,
    first_person_near,
    is_first_person,
    scan_after,
    speaker_affiliation,
    subject_after,
    subject_before,
)
from kg.relations.context import AGENT_LABELS, STANCE_WORD, Arg, DocContext, Word
from kg.relations.events import EventState
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    EMOTION_POSITIVE,
    FUNCTION_WORDS,
    JUSSIVE_PARTICLES,
    StanceTrigger,
    find_stance,
    find_stance_jussive,
)
from kg.relations.polarity import emotion_negated, is_negated, modality, polarity
from kg.relations.timex import article_date, resolve
from kg.text.normalize import normalize_key

_URGE_CONTENT = frozenset({"علي", "الي", "بضروره"})


def _trigger(words: list[Word], position: int) -> StanceTrigger | None:
    word = words[position]
    hit = find_stance(word.norm)
    if hit is not None and (hit[1].noun or "ال" not in hit[0]):  # no article on a verb
        return hit[1]
    if position > 0 and words[position - 1].norm in JUSSIVE_PARTICLES:
        jussive = find_stance_jussive(word.norm)
        if jussive is not None:
            return jussive[1]
    if word.has(EMOTION_POSITIVE):
        return StanceTrigger("supports", True, 0.8, topic_object=False)
    return None


def _urged_content(words: list[Word], position: int) -> bool:
    """«حث الدول على التنسيق مع ...»: the urged action is not asserted."""
    if position == 0:
        return False
    before = words[position - 1].norm
    earlier_urge = any(
        (hit := find_stance(w.norm)) is not None and hit[1].kind == "urges"
        for w in words[max(0, position - 8):position]
    )
    return earlier_urge and (before in _URGE_CONTENT or words[position].norm.startswith(("ب", "ل")))


def _subject(context: DocContext, words: list[Word], position: int, sentence: Sentence,
             trigger: StanceTrigger) -> tuple[list[Arg], int, str]:
    word = words[position]
    pronoun = first_person_near(context, words, position, lookback=2 if trigger.noun else 1)
    if pronoun is not None and (is_first_person(word) or position == 0 or
                                _copula_first_person(words, position)):
        return [pronoun], position + 1, "pronoun"
    if trigger.noun:
        for index in range(position + 1, min(len(words), position + 6)):
            if words[index].has(frozenset({"لسان"})) and index + 1 < len(words):
                subjects, after = subject_after(context, words, index, sentence)
                if subjects:
                    return subjects, position + 1, "lisan"
        before = subject_before(context, words, position, max_words=8)
        if before:
            return before, position + 1, "before"
    else:
        fronted = _fronted_subject(context, words, position)
        if fronted is not None:
            return [fronted], position + 1, "before"
        subjects, after = subject_after(context, words, position, sentence)
        if subjects:
            return subjects, after, "after"
        if pronoun is not None:
            return [pronoun], position + 1, "pronoun"
        before = subject_before(context, words, position, max_words=8)
        if before:
            return before, position + 1, "before"
    if pronoun is not None:
        return [pronoun], position + 1, "pronoun"
    if context.last_actor is not None and sentence.index - context.last_actor[1] <= 2:
        actor = context.last_actor[0]
        return [Arg(actor, word.start, word.end)], position + 1, "previous"
    return [], position + 1, ""


_BEFORE_VERB = frozenset({"لا", "قد", "لن", "لم"})
"""Particles that may stand between a fronted subject and its verb («إن كينيا لم تنتقد»)."""


def _fronted_subject(context: DocContext, words: list[Word], position: int) -> Arg | None:
    """After «أن»/«إن» the subject comes before the verb: «إن كينيا تعارض X», «بأن
    الصومال لم ينتقد X»; the name after the verb is then its object, not its subject."""
    index = position - 1
    while index >= 0 and words[index].norm in _BEFORE_VERB:
        index -= 1
    if index < 1:
        return None
    mention = context.covering_mention(words[index].start)
    if mention is None or mention.label not in AGENT_LABELS or not mention.entity_id:
        return None
    first = index
    while first > 0 and words[first - 1].end > mention.start:
        first -= 1
    if first == 0 or words[first - 1].norm not in COMPLEMENTIZERS:
        return None
    if context.boundary_between(words[first - 1], words[position]):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _copula_first_person(words: list[Word], position: int) -> bool:
    return any(w.bare() in {"نكن", "لسنا", "نحن", "نكون"} or w.norm == "لسنا"
               for w in words[max(0, position - 2):position])


def _topic(context: DocContext, words: list[Word], index: int) -> Arg | None:
    """A short descriptive noun phrase («الاتهامات», «الدول المجتمعة») as a topic entity."""
    kept: list[Word] = []
    for word in words[index:index + 4]:
        if kept and context.boundary_between(kept[-1], word):
            break
        if word.norm in FUNCTION_WORDS or word.bare() in FUNCTION_WORDS or \
                context.mention_starting_in(word) is not None or word.norm.isdigit():
            break
        if find_stance(word.norm) is not None:
            break
        kept.append(word)
        if len(kept) == 3:
            break
    if not kept or (not any(p.endswith("ال") or p == "لل" for p, _ in kept[0].readings()[1:]) \
            and not kept[0].norm.startswith("ال")):
        return None
    start = kept[0].start
    prefix = ""
    for candidate, rest in kept[0].readings():
        if rest.startswith("ال") and candidate:
            prefix = candidate
            break
    name = context.doc.text[start:kept[-1].end]
    if prefix.endswith("لل"):
        name = "ال" + name[len(prefix):]
    elif prefix:
        name = name[len(prefix):]
    node = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Arg(node, start, kept[-1].end)


def _objects(context: DocContext, words: list[Word], position: int, after: int,
             sentence: Sentence, trigger: StanceTrigger, subjects: list[Arg],
             state: EventState) -> list[Arg]:
    skip = {s.node_id for s in subjects}
    start = max(position, after - 1)
    candidates = scan_after(context, words, start, sentence, 7, state.at_word, skip)
    if trigger.kind == "coordinatesWith":
        return _partners(context, words, position, sentence, candidates, subjects)
    first_word = start + 1
    if trigger.topic_object and first_word < len(words) and not context.boundary_between(
            words[first_word - 1], words[first_word]) and (
            not candidates or candidates[0].word_index > first_word):
        topic = _topic(context, words, first_word)
        if topic is not None:
            return [topic]
    events = [c for c in candidates if c.source == "event"]
    entities = [c for c in candidates if c.source in {"mention", "holder"}
                and (c.label in AGENT_LABELS or c.label in {"Place", "City", "Region"})]
    nisba = [c for c in candidates if c.source == "nisba"]
    ordered = sorted(events + entities, key=lambda c: c.word_index)
    if ordered:
        commit_holder(context, ordered[0], sentence)
        return [ordered[0].arg]
    return [nisba[0].arg] if nisba else []


def _partners(context: DocContext, words: list[Word], position: int, sentence: Sentence,
              candidates: list[Candidate], subjects: list[Arg]) -> list[Arg]:
    """«التنسيق مع X», «تنسيق ... بيننا» (with the other actor of the sentence)."""
    with_ = [c.arg for c in candidates if c.preposition in {"مع", "بين"} and c.source != "event"]
    if with_:
        return with_[:1]
    for word in words[position + 1:position + 6]:
        if word.norm == "بيننا":
            own = {s.node_id for s in subjects}
            for other in context.mentions_between(sentence.start, sentence.end):
                if other.entity_id and other.entity_id not in own and \
                        other.label in AGENT_LABELS - {"Person"}:
                    return [Arg(other.entity_id, other.start, other.end)]
            for other_word in words:
                country = context.country_for_nisba(other_word) if other_word is not word else None
                if country and country not in own:
                    return [Arg(country, other_word.start, other_word.end)]
    return []


def extract_sentence(context: DocContext, sentence: Sentence, words: list[Word],
                     state: EventState) -> None:
    anchor = article_date(context.doc.meta.date)
    for position in context.trigger_positions(words, STANCE_WORD):
        word = words[position]
        trigger = _trigger(words, position)
        if trigger is None or context.covering_mention(word.start) is not None:
            continue
        if trigger.kind == "urges" or not _urged_content(words, position):
            pass
        else:
            continue
        subjects, after, how = [], position + 1, ""
        if trigger.kind == "coordinatesWith":
            for follow in words[position + 1:position + 6]:
                pronoun = speaker_affiliation(context, follow) if follow.norm == "بيننا" else None
                if pronoun is not None:
                    subjects, how = [pronoun], "pronoun"
        if not subjects:
            subjects, after, how = _subject(context, words, position, sentence, trigger)
        if not subjects:
            continue
        kind = trigger.kind
        negated = is_negated(context, words, position)
        if word.bare() in EMOTION_POSITIVE and emotion_negated(context, words, position):
            kind, negated = "opposes", False
        objects = _objects(context, words, position, after, sentence, trigger, subjects, state)
        if not objects:
            continue
        mood = modality(context, words, position)
        confidence = trigger.confidence - (0.1 if how in {"previous", "before"} else 0.0)
        time = resolve(anchor, words, position)
        for subject in subjects:
            for obj in objects:
                if obj.node_id == subject.node_id:
                    continue
                evidence = context.evidence(
                    sentence, [(subject.start, subject.end), (obj.start, obj.end)],
                    f"stance.{kind}.{how}", confidence, (word.start, word.end),
                )
                pol = polarity(negated)
                context.add_relation(Relation(
                    id=relation_id(kind, subject.node_id, obj.node_id, pol), kind=kind,
                    subject_id=subject.node_id, object_id=obj.node_id, evidence=(evidence,),
                    polarity=pol, modality=mood, time=time,
                ))
        if how in {"after", "before", "lisan"} and context.speaker_at(word.start) is None:
            context.last_actor = (subjects[0].node_id, sentence.index)
