"""Stance between actors or toward events: opposes, supports, criticizes, rejects, denies, urges ...

A stance trigger (verb or verbal noun, see ``lexicon.STANCE``) or an emotion
word («سعداء ب») gives ``kind(subject, object)``. The subject is the head of the
phrase that holds the stance, never a nearby name. Small local phrase rules do
the work of a noun-phrase chunker (none was built: these cover the attachment
errors read on dev at a few milliseconds per article).

The work is split by step: :mod:`kg.relations.stance_triggers` finds the trigger,
:mod:`kg.relations.stance_subjects` its holder (a verb's subject in
:mod:`kg.relations.stance_verb_subjects`, one named before the verb in
:mod:`kg.relations.stance_preverbal_subjects`), :mod:`kg.relations.stance_objects` what it
is toward (where it starts in :mod:`kg.relations.stance_object_start`, a phrase read as one
in :mod:`kg.relations.stance_phrase_objects`), all over :mod:`kg.relations.stance_phrases`;
this module assembles them into relations:

- not stances: «رفض التعليق» and other replies withheld, see
  :mod:`kg.relations.stance_decoys`; material support («دعم مالي», «بالسلاح»),
  thanks without a deed, regret for a death, «مما دعا X», prayers («داعيا الله»);
- «لم نكن سعداء ب X» is ``opposes`` X, «سعداء ب X» is ``supports`` X; any other
  negation, and refraining («امتنعت عن إدانة»), makes the polarity negative;
  a stance under a condition, a hedge, a denial, an expectation or a goal is not
  asserted and not written (see :mod:`kg.relations.stance_scope`); quotes set the
  modality; coordinatesWith also reads «بين X و Y» and «بيننا».

Confidence is the trigger's, less for arguments read from further away (a
previous sentence, a participle's clause, a nisba), see :func:`confidence_of`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from kg.ids import relation_id
from kg.model import Relation, Sentence
from kg.ontology.namespace import RelationKind
from kg.relations.arguments import Candidate, is_place, speaker_affiliation
from kg.relations.context import Extraction
from kg.relations.findings import DocState, Findings, Turn
from kg.relations.index import AGENT_LABELS, STANCE_WORD, Arg, ArgsFound, DocIndex, Word
from kg.relations.lexicon import (
    AGREEMENT_NOUNS,
    BETWEEN,
    DISPLEASED_AT,
    EMOTION_POSITIVE,
    MEMORANDUM,
    REFRAINING,
    THANKED_FOR,
    VERBAL_ONLY,
    StanceTrigger,
    find_stance,
)
from kg.relations.polarity import (
    emotion_negated,
    is_negated,
    modality,
    negated_across_subject,
    not_only,
    polarity,
    questioned,
)
from kg.relations.rules import ArgsHow, ObjectSource, Rule, stance_rule
from kg.relations.stance_act_owners import act_owner
from kg.relations.stance_acted_upon import acted_upon
from kg.relations.stance_adjective_heads import adjective_head
from kg.relations.stance_allegations import alleged
from kg.relations.stance_answered_calls import answered_call
from kg.relations.stance_apposed_self import apposed_self
from kg.relations.stance_apposed_titles import apposed_person
from kg.relations.stance_backing import backing_adjunct, participle_agent
from kg.relations.stance_bare_surnames import past_bare_surname
from kg.relations.stance_beneficiaries import needy
from kg.relations.stance_capital_agents import capital_agent
from kg.relations.stance_ceasing import cut_off
from kg.relations.stance_datelines import dateline
from kg.relations.stance_decoys import declined, holder_after
from kg.relations.stance_domains import supported_domain
from kg.relations.stance_dual_kinds import dual_kind_subjects, past_dual_phrase
from kg.relations.stance_feelings import LAUNCHED_ATTACK, attacked, lost_or_unowned
from kg.relations.stance_holder_adjectives import holder_adjective
from kg.relations.stance_kind_subjects import kind_subject
from kg.relations.stance_market_support import market_object
from kg.relations.stance_modifier_names import (
    modifier_subject,
    past_charge,
    quoted_other_actor,
)
from kg.relations.stance_name_tails import name_tail
from kg.relations.stance_nisba_actors import nisba_actors
from kg.relations.stance_nisba_backers import adverb_backers, second_agent
from kg.relations.stance_object_start import voiced_in_statement
from kg.relations.stance_objects import any_of, find_objects
from kg.relations.stance_opinions import opined
from kg.relations.stance_pairs import agreed_pair, between_pair, noun_before_between, wanted
from kg.relations.stance_partnerships import signed_partners
from kg.relations.stance_phrases import glued_lam, prepositional, skip_intensifiers
from kg.relations.stance_place_objects import patient_place
from kg.relations.stance_possessors import possessor
from kg.relations.stance_predictions import UNSURE_CEILING, prediction
from kg.relations.stance_proposal_owners import OWNER_CEILING, proposal_owner
from kg.relations.stance_proposal_phrases import proposal_phrase
from kg.relations.stance_purposes import (
    aid_not_backing,
    backed_side,
    pledged_sides,
    pledged_support,
)
from kg.relations.stance_refused_acts import construct_objects, others_act
from kg.relations.stance_scope import stance_scope
from kg.relations.stance_second_titles import second_office_holder
from kg.relations.stance_spellings import MANNER
from kg.relations.stance_split_names import split_name
from kg.relations.stance_subjects import construct_noun, find_subjects, light_verb
from kg.relations.stance_swallowed_heads import swallowed_head
from kg.relations.stance_terror_backing import terror_backed
from kg.relations.stance_thing_objects import criticized_thing
from kg.relations.stance_titled_conjuncts import titled_conjunct
from kg.relations.stance_triggers import as_noun, trigger_at, usable
from kg.relations.stance_unnamed_partners import unnamed_partner
from kg.relations.stance_vague_objects import vague_object
from kg.relations.stance_verb_gender import verb_gender
from kg.relations.stance_verdicts import verdict_at
from kg.relations.stance_welcomed_names import listed_guests
from kg.relations.timex import article_date, resolve

_INVITING = frozenset({"دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "دعوه", "دعوته", "دعاه",
                       "دعته", "دعوتها", "داعيا", "داعيه", "دعاها", "دعتها", "يدع", "تدع"})
_OCCASIONS = frozenset({
    "حفل", "حفله", "احتفال", "احتفاليه", "مادبه", "عشاء", "غداء", "افطار", "سحور", "مناظره",
    "ندوه", "مهرجان", "حضور", "امسيه", "عرس", "زفاف", "معرض", "مباراه", "مسابقه",
})
"""What one is invited to, not urged to; a visit stays an appeal («دعوة لزيارة طرابلس»)."""
_MEETINGS = frozenset({"مؤتمر", "اجتماع", "قمه", "منتدي", "ملتقي"})
"""A meeting right after «إلى» is what one is invited to as well: «دعت واشنطن الأردن إلى مؤتمر
روما», «ولم تدع سوريا إلى المؤتمر» (was not invited); to hold one is an appeal («دعا X إلى عقد
مؤتمر»), and a meeting named before «إلى» is the addressee's («دعا المشاركين في المؤتمر
إلى»)."""


def _invitation(context: Extraction, words: list[Word], position: int,
                trigger: StanceTrigger) -> bool:
    """«دعت القناة المرشحين إلى مناظرة», «دعاه لحضور حفل», «دعت واشنطن الأردن إلى مؤتمر
    روما»: «دعا» that invites to an occasion (a ceremony, a banquet, a debate, a meeting
    right after «إلى») is no appeal."""
    word = words[position]
    if trigger.kind != "urges" or (word.bare() not in _INVITING and word.norm not in _INVITING):
        return False
    for later in range(position + 1, min(len(words), position + 16)):
        if context.boundary_between(words[later - 1], words[later]):
            return False
        if words[later].has(_OCCASIONS):
            return True
        if words[later - 1].norm == "الي" and words[later].has(_MEETINGS):
            return True  # «إلى مؤتمر روما»
        if words[later - 1].norm in {"الي", "ل"} or glued_lam(words[later - 1]):
            return False  # past the demand's first word: what follows is not the occasion
    return False


_SIGNED = 0.6
"""A signed agreement of cooperation: as sure as a noun of coordination with its partner."""


_OWING = frozenset({"يدين", "تدين", "يدينون", "تدينان", "يدينان", "ندين"})
"""«تدين بنما بالفضل لحارسها», «يدين سكانها بالإسلام»: «دان بـ» owes or professes; it
condemns only a direct object («يدين الهجوم»)."""


def _owing(context: Extraction, words: list[Word], position: int, after: int) -> bool:
    """«يدين X بـ ...»: the imperfect of «دان» with «ب» after its subject is no condemnation."""
    if words[position].norm.lstrip("وف") not in _OWING:
        return False
    index = skip_intensifiers(words, after)
    return index < len(words) and words[index].norm.startswith("ب") and \
        words[index].norm not in MANNER and \
        not context.boundary_between(words[index - 1], words[index])  # not «تدين بشدة»


_HOW_PENALTY: dict[ArgsHow, float] = {
    "after": 0.0, "pronoun": 0.0, "genitive": 0.0, "lisan": 0.05, "head": 0.05,
    "speaker": 0.05, "before": 0.1, "clause": 0.1, "light": 0.1, "coordinated": 0.1,
    "previous": 0.15, "institution": 0.1,
}
_OBJECT_PENALTY: dict[ObjectSource, float] = {
    "mention": 0.0, "event": 0.0, "partner": 0.0, "holder": 0.05, "topic": 0.05,
    "faced": 0.05, "nisba": 0.15, "group": 0.1,
}


def confidence_of(trigger: StanceTrigger, how: ArgsHow, obj: Candidate) -> float:
    """How sure the rule is: the trigger's own confidence, less for a subject or an
    object read from further away (a previous sentence, a nisba adjective)."""
    penalty = _HOW_PENALTY.get(how, 0.15) + _OBJECT_PENALTY.get(obj.source, 0.1)
    if obj.preposition in {"في", "من", "عن", "الي"} and not (
            obj.preposition in trigger.requires and trigger.requires == DISPLEASED_AT) and \
            not (obj.preposition == "الي" and trigger.requires == THANKED_FOR):
        penalty += 0.1  # not the «من» of «استيائه من X», nor «تقدم بالشكر إلى X على»
    return round(max(0.3, trigger.confidence - penalty), 2)


def _backed_by(context: Extraction, sentence: Sentence, words: list[Word], position: int,
               trigger: StanceTrigger) -> None:
    """«الميليشيات الحوثية المدعومة من إيران», «القوات المدعومة من التحالف»: the agent after
    «من» supports the named head before the participle."""
    mention = participle_agent(context, words, position)
    if mention is None:  # «المدعومة إيرانياً وروسياً»: backers named by nisba adverbs
        _backed_by_adverbs(context, sentence, words, position, trigger)
        return
    head = adjective_head(context, words, position)
    if not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or head is None or head.node_id == mention.entity_id:
        return
    _write_backing(context, sentence, words, position, trigger,
                   Arg(mention.entity_id, mention.start, mention.end), head)
    other = second_agent(context, words, mention)  # «المدعومة من إيران وروسيا»
    if other is not None and other.entity_id and other.entity_id != head.node_id:
        _write_backing(context, sentence, words, position,
                       replace(trigger, confidence=trigger.confidence - 0.05),
                       Arg(other.entity_id, other.start, other.end), head)


def _backed_by_adverbs(context: Extraction, sentence: Sentence, words: list[Word],
                       position: int, trigger: StanceTrigger) -> None:
    """«قوات النظام المدعومة إيرانياً وروسياً»: each country named by a nisba adverb right
    after the participle supports the named head (a little less sure than «من X»)."""
    backers = adverb_backers(context, words, position)
    head = adjective_head(context, words, position) if backers else None
    if head is None:
        return
    for backer in backers:
        if backer.node_id != head.node_id:
            _write_backing(context, sentence, words, position,
                           replace(trigger, confidence=trigger.confidence - 0.05), backer, head)


def _write_backing(context: Extraction, sentence: Sentence, words: list[Word], position: int,
                   trigger: StanceTrigger, supporter: Arg, head: Arg) -> None:
    """``supporter`` supports ``head``: the one backed named beside the backing word."""
    word = words[position]
    confidence = round(trigger.confidence - _HOW_PENALTY["head"], 2)
    spans = [(supporter.start, supporter.end), (head.start, head.end)]
    evidence = context.evidence(sentence, spans, Rule.STANCE_BACKED, confidence,
                                (word.start, word.end))
    pol = polarity(is_negated(context, words, position))
    context.add_relation(Relation(
        id=relation_id("supports", supporter.node_id, head.node_id, pol), kind="supports",
        subject_id=supporter.node_id, object_id=head.node_id, evidence=(evidence,),
        polarity=pol, modality=modality(context, words, position, strict=True),
        time=resolve(article_date(context.doc.meta.date), words, position),
    ))


def _own_office(context: Extraction, subject: Arg, obj: Arg) -> bool:
    """«رحب أمير منطقة عسير بزوار منطقة عسير», «أشاد رئيس النادي بجماهير النادي»: the body
    or region of the subject's own title, named again after the trigger, is the genitive of
    the real object (its visitors, its fans), not what the subject stands for or against. A
    country only guessed for a title that names none is no such body."""
    return any(role.person_id == subject.node_id and role.org_id == obj.node_id and
               not role.guessed for role in context.roles)  # «وحذر وزير الخارجية X إيران»


def extract_sentence(index: DocIndex, state: DocState, sentence: Sentence,
                     words: list[Word]) -> Findings | None:
    """The stances of one sentence, and who acted last after it; None when no word of
    the sentence may be a stance trigger."""
    positions = index.trigger_positions(words, STANCE_WORD)
    if not positions:
        return None
    context = Extraction(index, state)
    anchor = article_date(context.doc.meta.date)
    for position in positions:
        _stance_at(context, sentence, words, position, anchor)
        verdict_at(context, sentence, words, position)
    return context.found


@dataclass(frozen=True, slots=True)
class _Stance:
    """A stance read at a trigger, before its relations are written."""

    kind: RelationKind
    negated: bool
    how: ArgsHow
    """How the subjects were found (see :func:`confidence_of`)."""
    trigger: StanceTrigger
    subjects: list[Arg]
    objects: list[Candidate]
    ceiling: float = 1.0
    """The highest raw confidence of an unsure reading (see :mod:`.stance_predictions`)."""


def _stance_at(context: Extraction, sentence: Sentence, words: list[Word], position: int,
               anchor: date | None) -> None:
    """The stance the trigger at ``words[position]`` expresses, if it expresses one."""
    word = words[position]
    trigger = trigger_at(words, position, context.doc.text,
                         lambda w: context.covering_mention(w.start) is not None)
    if trigger is None or not usable(context, words, position, trigger) or \
            questioned(context, words, position) or aid_not_backing(words, position):
        return
    if pledged_support(context, words, position):  # «تعهدت X بدعم Y»: X backs Y
        sides = pledged_sides(context, words, position, sentence)
        if sides is not None and stance_scope(context, words, position, trigger) == "asserted" \
                and not alleged(context, words, position, True) and \
                not opined(context, words, position):
            _write_backing(context, sentence, words, position,  # a promise: less sure
                           replace(trigger, confidence=trigger.confidence - 0.1), *sides)
        return
    if trigger.passive:
        _backed_by(context, sentence, words, position, trigger)
        return
    backing = backing_adjunct(context, words, position) if trigger.kind == "supports" else None
    if backing is not None:  # «وسيطر الحوثيون بدعم من إيران على صنعاء»
        _write_backing(context, sentence, words, position, trigger, backing[0], backing[1])
        return
    trigger = construct_noun(context, words, position, as_noun(words, position, trigger))
    scope = stance_scope(context, words, position, trigger)
    if scope == "unasserted" or alleged(context, words, position, trigger.noun) or \
            opined(context, words, position):
        return  # «زعم X أن Y يدعم Z», «يرى مراقبون أن ...»: a claim or a view, not asserted
    framed, signed = signed_partners(context, words, position) \
        if trigger.kind == "coordinatesWith" else (False, None)
    if not framed and trigger.requires == MEMORANDUM:
        return  # «ناقش الطرفان مشروع مذكرة تفاهم بين X و Y»: a memorandum counts once signed
    if not framed and trigger.requires == AGREEMENT_NOUNS and \
            not between_pair(context, words, position)[0]:
        return  # «مذكرة تفاهم للتعاون» with no signer named: only «للتعاون بين X و Y» left
    if framed:  # «أبرمت X اتفاقية تعاون مع Y»: the two signers
        if signed is not None and scope != "negated":
            _add_stance(context, sentence, words, position, anchor, _Stance(
                trigger.kind, False, "genitive", replace(trigger, confidence=_SIGNED), [signed[0]],
                [Candidate(signed[1], "", None, position, "partner")]))
        return
    if trigger.kind == "coordinatesWith" and not trigger.noun and \
            noun_before_between(context, words, position):  # «اتفاقية تعاون بين X و Y»
        trigger = replace(trigger, noun=True, requires=BETWEEN,
                          confidence=round(trigger.confidence - 0.1, 2))
    if trigger.kind == "coordinatesWith" and trigger.noun:
        paired, pair = between_pair(context, words, position)
        agreed = None if paired else agreed_pair(context, words, position)
        if agreed is not None:  # «اتفقت السعودية ومصر على تنسيق المواقف»
            paired, pair = True, agreed
        if paired:  # «التنسيق بين X و Y»: the pair, whoever the sentence's subject is
            if pair is not None and scope != "negated":
                _add_stance(context, sentence, words, position, anchor, _Stance(
                    trigger.kind, False, "genitive", trigger, [pair[0]],
                    [Candidate(pair[1], "", None, position, "partner")]))
            return
        if trigger.requires == BETWEEN:
            return  # «تنسيقا» with no pair after «بين»: no holder read for it
        if wanted(context, words, position, existence=False):
            return  # «أكد أهمية التنسيق مع X», «دعا إلى التعاون مع X»: a wish, not a deed
    subjects, after, how = _stance_subjects(context, words, position, sentence, trigger)
    # «أعلنت الحكومة برئاسة X ... ودعت»: the leader is not the holder
    subjects = [s for s in subjects if not modifier_subject(context, words, position, s) and
                not (how == "clause" and quoted_other_actor(context, words, position, s))]
    if not subjects or _invitation(context, words, position, trigger) or \
            _owing(context, words, position, after) or \
            acted_upon(context, words, position, trigger.noun) or \
            (trigger.noun and answered_call(context, words, position, subjects)):
        return  # «رفض X الدعوة», «لبّى X الدعوة»: the call is a thing, or another's
    predicted = prediction(context, words, position, subjects)
    if predicted == "predicted":  # «قال أوباما إن الكونغرس سيرفض الاتفاق»: a forecast
        return
    kind = trigger.kind
    refused = _refused(context, words, position, trigger)
    foreign = others_act(refused, how)  # «رفض الوزير تهديد إيران للسعودية»: Iran's threat
    negated = scope == "negated" or ((is_negated(context, words, position) or
                                      negated_across_subject(context, words, position)) and
                                     not not_only(context, words, position)) or \
        _light_verb_negated(context, words, position, trigger) or \
        (refused and not foreign) or \
        (trigger.noun and cut_off(context, words, position))  # «قطعت إيران دعمها عن»
    if word.bare() in EMOTION_POSITIVE and emotion_negated(context, words, position):
        kind, negated = "opposes", False
    objects = [] if _no_stance(context, words, position, after, trigger, subjects) else \
        [c for c in find_objects(context, words, position, after, sentence, trigger, subjects,
                                 how) if not any_of(words, c, kind) and not patient_place(words, c)
         and not capital_agent(context, words, position, trigger, c)  # «رفض دمشق القرار»
         and not dateline(context, c)  # «... بيروت ـ من فتحي محمود»: the place of filing
         and not name_tail(context, words, subjects, c)  # «وحثت سارة ليا ويتسن مديرة ...»
         and not past_charge(context, words, position, after, c)]  # «واتُّهم X بالفساد»
    objects = [swallowed_head(context, words, subjects, c) or c for c in objects]  # «مغردي»
    objects = [apposed_person(context, words, c) or c for c in objects]  # «الوزير، X،»
    objects += nisba_actors(context, words, objects, kind)  # «الاعتداءات الإسرائيلية»
    if kind == "welcomes" and not objects and not trigger.noun:  # «باللاعبين الجدد: X و Y»
        objects = listed_guests(context, words, after)
    if kind == "supports":  # «دعم الملك الأسر المحتاجة»: aid to people in need, not backing
        objects = [c for c in objects if not needy(context, words, c) and
                   not supported_domain(words, c) and  # «دعمه للقطاع الصحي»: a sector
                   backed_side(words, position, c.label)  # «دعما للحكومة»: a side
                   and not terror_backed(context, words, c)]  # «تدعم الإرهاب»: a charge
    objects = [c for c in objects if not unnamed_partner(context, kind, c)]  # «الأصدقاء»
    if foreign:
        objects = construct_objects(objects)
    if trigger is LAUNCHED_ATTACK:  # «شن X هجوما على قرار Y»: Y, read by its own frame
        objects = attacked(context, words, position)
    thing = criticized_thing(context, words, after) if word.has(VERBAL_ONLY) else None
    if thing is not None:  # «هاجم X الاتفاق النووي»: a thing said or decided, in words
        objects = [thing]
    elif word.has(VERBAL_ONLY):  # «هاجم» in words: one person of another
        if any(context.label(s.node_id) != "Person" for s in subjects):
            return
        spoken = voiced_in_statement(words, position)  # «هاجم X السعودية في كلمة»: in words
        objects = [c for c in objects if c.source != "event" and (
            not is_place(c.label) or (spoken and c.label == "Country"))]
    _add_stance(context, sentence, words, position, anchor,
                _Stance(kind, negated, how, trigger, subjects, objects,
                        UNSURE_CEILING if predicted == "unsure" else 1.0))
    if (how in {"after", "before", "lisan", "genitive", "light"} or
            _kind_noun_subject(words, position, trigger, how, subjects)) and \
            context.speaker_at(word.start) is None:
        context.discourse = replace(context.discourse,
                                    last_actor=Turn(subjects[0].node_id, sentence.index))


def _kind_noun_subject(words: list[Word], position: int, trigger: StanceTrigger, how: ArgsHow,
                       subjects: list[Arg]) -> bool:
    """«وشكرت الحركة X ...، وثمنت دعم المملكة»: a body named by the bare noun of its kind
    right after the verb is that verb's subject, the actor a verb coordinated after it goes
    on with (not an adjective's head, also read as ``head``)."""
    return how == "head" and not trigger.noun and position + 1 < len(words) and \
        words[position + 1].start <= subjects[0].start < words[position + 1].end


def _no_stance(context: Extraction, words: list[Word], position: int, after: int,
               trigger: StanceTrigger, subjects: list[Arg]) -> bool:
    """A reply withheld, or a stance held by the one after «من» (see
    :mod:`kg.relations.stance_decoys`): the subject still acted (a participle after it
    is theirs), but no stance is written."""
    index = past_bare_surname(context, words, skip_intensifiers(words, after), subjects)
    holder = holder_after(context, words, position, trigger)
    return declined(context, words, index, trigger) or \
        (holder is not None and all(s.node_id != holder.node_id for s in subjects))


def _light_verb_negated(context: Extraction, words: list[Word], position: int,
                        trigger: StanceTrigger) -> bool:
    """«ولم تعلن مصر إدانتها لـ ...»: a verbal noun is negated with its light verb (not with
    a verb of refraining: «لم تتجنب انتقاد» asserts, see :mod:`kg.relations.stance_scope`)."""
    if not trigger.noun:
        return False
    light = light_verb(context, words, position)
    return light is not None and not words[light].has(REFRAINING) and \
        is_negated(context, words, light)


_REFUSING = frozenset({"رفض", "رفضت", "رفضوا", "يرفض", "ترفض", "يرفضون", "نرفض", "رفضه", "رفضها",
                       "رفضهم", "رافضا", "رافضه"})


def _refused(context: Extraction, words: list[Word], position: int,
             trigger: StanceTrigger) -> bool:
    """«رفضت مصر إدانة الهجوم»: an indefinite verbal noun (the act, with its own object) after
    a verb of refusing in its clause is a stance not taken; a definite one is the thing
    refused («رفضت مصر الدعوة»), read by the verb itself."""
    word = words[position]
    if not trigger.noun or word.norm.startswith(("ال", "بال", "لل")) or prepositional(word):
        return False
    if word.norm.startswith("و") and position > 0 and \
            find_stance(words[position - 1].norm) is not None:
        return False  # «عن رفضها واستنكارها للتصريحات»: coordinated with the refusal noun
    for index in range(position - 1, max(-1, position - 5), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if words[index].norm.lstrip("وف") in _REFUSING:
            return True
    return False


def _stance_subjects(context: Extraction, words: list[Word], position: int,
                     sentence: Sentence, trigger: StanceTrigger) -> ArgsFound:
    """The stance's subjects, the position after them and how they were found: for
    «تنسيق بيننا», the speaker's side; else see :func:`find_subjects`."""
    if trigger.kind == "coordinatesWith":
        subjects: list[Arg] = []
        for follow in words[position + 1:position + 6]:
            pronoun = speaker_affiliation(context, follow) if follow.norm == "بيننا" else None
            if pronoun is not None:
                subjects = [pronoun]
        if subjects:
            return ArgsFound(subjects, position + 1, "pronoun")
    held = possessor(context, words, position) if trigger.noun else []
    if held:  # «مواقف دول المجلس ووقوفها إلى جانب اليمن»
        return ArgsFound(held, position + 1, "coordinated")
    found = find_subjects(context, words, position, sentence, trigger)
    joined = titled_conjunct(context, words, found.after) \
        if not trigger.noun and found.how == "after" and found.args else None
    if joined is not None and all(s.node_id != joined[0].node_id for s in found.args):
        found = ArgsFound([*found.args, joined[0]], joined[1], found.how)  # «X والعاهل الأردني Y»
    if not trigger.noun and found.how == "after" and \
            second_office_holder(context, words, position, found.args):
        return ArgsFound([], found.after, "")  # «وانتقد رئيس الوزراء X الرئيس الأمريكي Y»
    if not found.args and not trigger.noun:
        body = kind_subject(context, words, position)
        if body is not None:  # «ودعت الكلية المقبولين إلى ...»: the one college named before
            return ArgsFound([body], position + 2, "head")
        pair = dual_kind_subjects(context, words, position)
        opening = past_dual_phrase(context, words, position + 2) if pair else None
        if opening is not None:  # «وتدين الحركتان ...»: the two movements named before
            return ArgsFound(pair, opening, "head")
    if not trigger.noun and verb_gender(words[position]) == "f" and found.how != "after":
        speaker = context.speaker_at(words[position].start)
        if speaker is not None and context.label(speaker) == "Person" and \
                speaker not in context.discourse.female_speakers and \
                any(s.node_id == speaker for s in found.args):
            # «قال X: المملكة ...، وقفت بجانب اليمن»: a feminine verb in a man's words
            return ArgsFound([], found.after, "")
    return found


def _add_stance(context: Extraction, sentence: Sentence, words: list[Word], position: int,
                anchor: date | None, stance: _Stance) -> None:
    """A relation from each subject to each object of ``stance``, but not to itself nor to
    the body of its own title."""
    word = words[position]
    mood = modality(context, words, position, strict=True)
    time = resolve(anchor, words, position)
    pol = polarity(stance.negated)
    for subject in stance.subjects:
        for candidate in stance.objects:
            obj = candidate.arg
            if obj.node_id == subject.node_id or _own_office(context, subject, obj) or \
                    holder_adjective(context, subject, obj) or \
                    vague_object(context, obj) or \
                    split_name(context, subject, candidate) or \
                    apposed_self(context, subject, candidate) or \
                    market_object(context, stance.kind, obj) or \
                    lost_or_unowned(context, words, position, stance.trigger, candidate):
                continue  # «الآخرين», «دعماً من أوبك», «استياءه من سوء الأحوال الجوية»
            candidate = proposal_phrase(context, words, position, stance.subjects, candidate,
                                        stance.kind) or candidate  # «رفض بري اقتراح رايس»
            obj = candidate.arg
            confidence = confidence_of(stance.trigger, stance.how, candidate)
            confidence = min(confidence, stance.ceiling)
            if proposal_owner(context, words, candidate, stance.kind) or \
                    act_owner(context, words, candidate, stance.kind):  # «أيد قرار مجلس الأمن»
                confidence = min(confidence, OWNER_CEILING)  # «يرفض الأكراد تقسيم العراق»
            evidence = context.evidence(
                sentence, [(subject.start, subject.end), (obj.start, obj.end)],
                stance_rule(stance.kind, stance.how, candidate.source), confidence,
                (word.start, word.end),
            )
            context.add_relation(Relation(
                id=relation_id(stance.kind, subject.node_id, obj.node_id, pol), kind=stance.kind,
                subject_id=subject.node_id, object_id=obj.node_id, evidence=(evidence,),
                polarity=pol, modality=mood, time=time,
            ))
