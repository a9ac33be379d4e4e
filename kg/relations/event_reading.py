"""One event trigger of a sentence read into an event, or joined to one already told.

:func:`extract` takes a trigger's draft: a verb that describes an earlier noun joins it
(``event_joins``), a trigger that names no event here (a sense, a prospect, a deployment
of no troops: :func:`ambiguous_deployment`) is dropped, its agents and roles are read, a
nisba on a meeting noun makes a party (:func:`nisba_party`), its time and background are set
(a sentence that points back to an earlier one's time: :func:`recalled_scene`), and a
repeat folds into the first mention; else the event is recorded. Read for
:mod:`kg.relations.events`.
"""

from __future__ import annotations

from kg.relations.casualties import count_near
from kg.relations.context import Extraction
from kg.relations.event_accusative_objects import drop_targets_past_object
from kg.relations.event_advances import drop_advance_targets
from kg.relations.event_agents import agents_of
from kg.relations.event_agreement_parties import (
    aimed_reaching,
    cut_off_party,
    joined_or_left,
    manner_accord,
    represented_signing,
)
from kg.relations.event_aimed_participles import aimed_target
from kg.relations.event_ambush import ambush_target
from kg.relations.event_attendees import attendee_after
from kg.relations.event_background import anniversary_of, span_start, standing, told_before
from kg.relations.event_bare_clauses import drop_other_clause_roles
from kg.relations.event_blast_adjectives import drop_blast_adjectives
from kg.relations.event_cause_doers import cause_doer
from kg.relations.event_chained_hosts import chained_host
from kg.relations.event_claims import claimed_doer, claimed_into
from kg.relations.event_clash_tolls import exchanged
from kg.relations.event_compared import other_term
from kg.relations.event_conjoined_verbs import own_count
from kg.relations.event_credits import drop_bracketed_credits
from kg.relations.event_detonations import drop_disguise_targets
from kg.relations.event_draft import OWN_AGENT, Draft, SentenceState, trigger_form
from kg.relations.event_draft_checks import ambiguous_deployment, nisba_party, recalled_scene
from kg.relations.event_endorsed import endorsed_deal
from kg.relations.event_eras import past_era_after
from kg.relations.event_failed import failed_deed
from kg.relations.event_famed import famed_or_era
from kg.relations.event_fenced_times import fenced_count
from kg.relations.event_fire_sources import drop_fire_sources
from kg.relations.event_force_subject import after_force_subject
from kg.relations.event_found_killed import found_victim
from kg.relations.event_fronted_victims import fronted_victims_told
from kg.relations.event_fronts import drop_front_targets
from kg.relations.event_genitive_actors import subject_strike_doer
from kg.relations.event_guests import (
    denied_gathering,
    drop_guest_agents,
    drop_principals,
    guest_after_verb,
    organised_meeting,
    subject_after_that,
    that_clause_subject,
    visitor_for_visited_place,
)
from kg.relations.event_inspections import continued_visit
from kg.relations.event_intended_holdings import intended_holding
from kg.relations.event_joined_deeds import drop_targets_past_next_deed
from kg.relations.event_joined_meetings import joined_after_unnamed, joined_guest
from kg.relations.event_joins import add_casualties, describe, merge
from kg.relations.event_leader_targets import leader_targets
from kg.relations.event_lifted_sanctions import lifted_from_named
from kg.relations.event_made_deals import made_deal
from kg.relations.event_named_deals import named_deal
from kg.relations.event_named_places import drop_place_name_persons
from kg.relations.event_new_triggers import ordering_doer
from kg.relations.event_news_of import news_told
from kg.relations.event_non_events import (
    drop_byline_arguments,
    non_event_trigger,
    sporting,
)
from kg.relations.event_objections import lodged_objection
from kg.relations.event_objects import (
    add_victim,
    casualty_target,
    protest_target,
)
from kg.relations.event_operations import unowned_operations
from kg.relations.event_outcome_damage import outcome_damage
from kg.relations.event_outcome_doers import outcome_doers
from kg.relations.event_outcomes import met_death, met_death_count
from kg.relations.event_owned_targets import owned_object
from kg.relations.event_parties import drop_hosts_of_equals, equal_parties, sides_between
from kg.relations.event_passive_doers import drop_passive_doers
from kg.relations.event_place_roles import blast_places, drop_misplaced_places
from kg.relations.event_places import place_named_doer
from kg.relations.event_prevented import prevented
from kg.relations.event_pronoun_objects import pronoun_target, unresolved_pronoun
from kg.relations.event_questions import inside_question
from kg.relations.event_record import OFFENSIVES, record
from kg.relations.event_relative_victims import drop_relative_victim_sides
from kg.relations.event_repeats import (
    DEMONSTRATIVES,
    another_of_kind,
    fold,
    protest_purpose,
    repeat_of,
    same_kind,
    told_during,
)
from kg.relations.event_repulsed import repelled_attack, repelled_doers
from kg.relations.event_roles import roles_after
from kg.relations.event_sanction_pronouns import pronoun_side
from kg.relations.event_sanctions import faced_before, imposed_after
from kg.relations.event_scenes import carried_scene
from kg.relations.event_schedules import scheduled
from kg.relations.event_seizures import drop_far_plural_doers
from kg.relations.event_sense import is_consequence
from kg.relations.event_side_targets import put_side_target
from kg.relations.event_signing import paired_signers
from kg.relations.event_so_called import so_called
from kg.relations.event_survivors import survivor_target
from kg.relations.event_taken_genitives import drop_taken_genitive_agents
from kg.relations.event_told_again import (
    VIOLENT_CAUSES,
    described_event,
    known_subject,
    paired_killing,
    victims_told,
)
from kg.relations.event_told_ahead import told_ahead
from kg.relations.event_told_hosts import pronoun_host
from kg.relations.event_told_victims import toll_told_earlier, victims_told_again
from kg.relations.event_trends import trend_told
from kg.relations.event_triggers import (
    STANDALONE,
    is_reported,
    is_unnamed,
    resumed_passive,
)
from kg.relations.event_undergone import drop_undergoers
from kg.relations.event_understandings import UNDERSTANDING_FORMS
from kg.relations.event_underwent import announced_striker, underwent_target
from kg.relations.event_unreported import unreported
from kg.relations.event_verbal_duels import verbal_duel
from kg.relations.event_victim_sides import ranks_side
from kg.relations.event_wars import war_on_named_foe
from kg.relations.event_where_meetings import met_by_visitor, where_guest
from kg.relations.event_with_pronouns import held_with_pronoun, told_in_sentence
from kg.relations.index import Word
from kg.relations.lexicon import (
    AGENT_REQUIRED_VERBS,
    TROOP_WORDS,
)
from kg.relations.protest_authorities import join_purpose, protest_told_in
from kg.relations.timex import (
    event_time,
)
from kg.relations.victims import met_death_victim, strike_owner

_GATHERINGS = frozenset({"Meeting", "Visit"})



_PARTIES = frozenset({"Meeting", "Visit", "Agreement"})



def extract(context: Extraction, words: list[Word], position: int, draft: Draft,
             prefix: str, here: SentenceState) -> None:
    word, label = draft.word, draft.label
    described = described_event(context, words, position) if draft.verb else None
    if described is not None:
        describe(context, words, position, draft, described)
        return
    if draft.verb and label in OFFENSIVES and \
            subject_strike_doer(context, words, position, draft) is not None:
        return  # «واستهدفت غارات التحالف مواقع الحوثيين»: the strikes' own event (their noun)
    if failed_deed(context, words, position):
        return  # «لم تتمكن القوات من قتل قائد التنظيم»: it did not happen
    if outcome_damage(context, words, position, draft):
        return  # «أسفر الهجوم عن تدمير عشر عربات»: what the attack did, not another one
    if prevented(context, words, position):
        return  # «لمنع الجماعات التي وصفها بالتكفيرية من دخول لبنان»: kept from happening
    if unreported(context, words, position):
        return  # «لم يصدر ما يفيد بإجراء الوزير مباحثات»: nothing told it
    if label == "Killing" and not draft.verb and paired_killing(context, words, position):
        return  # «استشهاد ومصرع 2076 مقاتلا»: one killing named twice
    if draft.verb and known_subject(context, words, position):
        return  # «إن الهجوم استهدف أيضاً سفينة ثانية»: the attack told already
    if draft.verb and victims_told(context, words, position, label):
        return  # «وخُطف الثلاثة في النوفلية» after «خطف ثلاثة مسيحيين»: told already
    if victims_told_again(context, words, position, label, draft.verb):
        return  # «أعلن الجيش مقتل الجندي» after «قتل ثلاثة مدنيين وجندي»: told already
    if fronted_victims_told(context, words, position, label, draft.verb):
        return  # «إن العشرات من عناصر التنظيم قتلوا» after «لقي العشرات من عناصر داعش مصرعهم»
    if non_event_trigger(context, words, position, draft):
        return  # «استقبلت البلدية العيد», «أوقات الزيارة», «في لقاء مع بعض الشباب»
    if label == "Agreement" and not draft.verb and endorsed_deal(context, words, position):
        return  # «وافق مجلس الأمن أمس على اتفاق», «أحالت الإدارة اتفاق إيران إلى الكونغرس»
    faced = faced_before(words, position) if label == "Sanction" and not draft.verb else None
    if faced == "future":
        return  # «سيواجه النادي عقوبات تصل إلى ...»: a threat, not sanctions imposed
    if label == "Agreement" and not draft.verb and aimed_reaching(context, words, position):
        return  # «الأولى، التوصل إلى اتفاق مع طهران»: an aim, not a deal reached
    if label == "Agreement" and not draft.verb and manner_accord(words, position):
        return  # «حددته الإدارة بالاتفاق مع المدير», «* بالاتفاق مع «بلومبيرغ»»: in accord
    if label == "Agreement" and not draft.verb and joined_or_left(words, position):
        return  # «تفكر كوريا في الانضمام إلى اتفاقية», «انسحابهما من اتفاق»: a treaty
    if so_called(words, position):
        return  # «يجمعهم ما يسمى «ذبح التراث»»: a label, not a deed
    if inside_question(context, words, position):
        return  # «.. هل تتوقعون أن إيران تعلن التوبة وتوقع على الاتفاق النووي؟»: asked
    if label == "Meeting" and not draft.verb and intended_holding(context, words, position):
        context.found.rejected_events.add(label)  # «تعتزم الدول الثلاث عقد جولة جديدة من
        return  # المباحثات»: to be held; a later «المباحثات» is the same one
    if not draft.verb and label in _PARTIES and scheduled(context, words, position, label):
        context.found.rejected_events.add(label)  # «اجتماعات وزراء الخارجية المقررة غداً»,
        return  # «الاجتماع الذي سينعقد غداً»: to come; a later «الاجتماع» is the same one
    count = (met_death_count(context, words, position) or count_near(context, words, position)) \
        if label in STANDALONE else None
    if draft.verb and word.norm[:1] in {"و", "ف"}:
        count = own_count(context, words, position, count)  # «اعتقل عشرة مسلحين وقتل آخرين»
    draft.count = count
    agents, after = agents_of(context, words, position, draft, count, here)
    if label == "Meeting" and not draft.verb and held_with_pronoun(words, position, agents) \
            and (draft.agent_source == "before" or
                 told_in_sentence(context, here.recorded, label)):
        return  # «استقبل الوزير السفير وعقد معه جلسة مباحثات»: the reception told already;
        # «كرّم الوزير فلاناً، وأجرى معه مباحثات»: the host is no name read here, the one
        # before is the guest
    if not draft.verb and repelled_attack(context, words, position, label):
        agents = repelled_doers(context, words, position) or [  # «تصدت المقاومة لهجمات
            a for a in agents if a.start >= word.end]  # للحوثيين», «لهجوم شنه مسلحو الحركة»
    if draft.agent_source == "before" and not draft.verb and trend_told(words, position):
        agents = []  # «اعترف الجيش بتصاعد الهجمات»: who tells the trend did not attack
    if draft.agent_source == "before" and not draft.verb and label in _GATHERINGS and \
            news_told(words, position):
        agents = []  # «لم تعلن الحكومة نبأ الزيارة»: who tells the news did not visit
    fenced = fenced_count(context, words, position, draft, agents) if count is None else None
    if fenced is not None:  # «اغتال الطيران الإسرائيلي، بعد ظهر أمس، خمسة فلسطينيين»
        count = draft.count = fenced
    announcer = announced_striker(context, words, position, draft)
    if announcer is not None:  # «أعلن الجيش الحر استهداف مواقع»: the announcer's own strike
        agents, draft.agent_source, draft.construed = [announcer], "subject", True
    orderer = ordering_doer(context, words, position)
    if orderer is not None:  # «عاصفة الحزم التي أمر بها الملك سلمان»: who launched it
        agents, draft.agent_source, draft.construed = [orderer], "subject", True
    pointed = "ال" in prefix or (position > 0 and words[position - 1].bare() in DEMONSTRATIVES)
    # (not «لل»: «للسيطرة على» is often an aim, which the checks below drop; a reported
    # «للاتفاقية» that repeats an event is folded once those checks pass, see ``repeat_of``)
    earlier = context.latest_event(label)
    if attendee_after(context, words, position, draft, prefix, agents):
        agents, draft.agent_source = [], "none"  # «حضر اللقاء فلان», «رافق الأمير خلال
        # الزيارة فلان»: the meeting told before; the name is the other verb's subject
    if earlier is None and told_during(context, words, position, label, prefix):
        return  # «وأكد خلال الاجتماع أن»: a meeting told before that was not read, or a
        # programme (one that was read takes what the repeat adds, see ``repeat_of``)
    if pointed and earlier is not None and draft.agent_source == "before":
        agents = []  # «حضروا الاجتماع»: the meeting already introduced, not a new one
    if pointed and earlier is None and context.rejected_event(label) and \
            draft.agent_source not in OWN_AGENT and \
            not (label == "Agreement" and made_deal(context, words, position)):
        return  # «أن اللقاء يرفض» after «عضو اللقاء الديموقراطي»: the same non-event (not
        # «الاتفاق الذي أبرم في فيينا بين إيران والقوى الست»: told as made, ``event_made_deals``)
    if draft.verb and label in _GATHERINGS and denied_gathering(context, words, position):
        return  # «نفت الوزارة أن يكون الوزير فلان التقى نظيره»: denied, no event
    if label in _GATHERINGS and told_ahead(context, words, position, draft, agents):
        return  # «ويلتقي الوزير فلان نظيره», «ثم يلتقي صديقه»: to come, a habit or a story
    fronted = subject_after_that(context, words, position) \
        if draft.verb and label in _GATHERINGS else None
    host = chained_host(context, words, position, agents) \
        if draft.verb and label in _GATHERINGS and not here.previous_agent else None
    opener = that_clause_subject(context, words, position) \
        if draft.verb and label in _GATHERINGS and fronted is None else None
    told = pronoun_host(context, words, position) \
        if draft.verb and label in _GATHERINGS and fronted is None else None
    if fronted is not None:  # «ذكرت الوكالة أن الملك سلمان استقبل الرئيس هادي»
        agents, after, draft.agent_source = [fronted], position + 1, "subject"
    elif told is not None:  # «قالت ميركل إنها التقت فلاناً»: the speaker met the name after
        agents, after = told, position + 1
        draft.agent_source = "pronoun" if told else "none"
    elif opener is not None and agents and min(a.start for a in agents) > word.start:
        agents, after, draft.agent_source = [opener], position + 1, "before"  # «أن أوباما
        # خلال زيارته للرياض التقى الملك عبدالله»: the king is met
    elif draft.verb and label in _GATHERINGS and agents and \
            guest_after_verb(context, words, position, agents):
        agents, after = [], position + 1  # «والتقى بالملك عبدالله»: the guest, not the host
    elif draft.verb and joined_guest(context, words, position, agents, here.previous_agent):
        for guest in agents:  # «وزار الرئيس فلان الرياض والتقى الملك سلمان»: the one met
            draft.add("participant", guest)
        agents, draft.agent_source = list(here.previous_agent), "subject"
    elif draft.verb and not here.previous_agent and \
            joined_after_unnamed(context, words, position, agents, here.recorded):
        for guest in agents:  # «وكان الرئيس قد زار الرياض والتقى الملك عبدالله»: the one met
            draft.add("participant", guest)
        agents, draft.agent_source = [], "none"
    elif host is not None:
        for guest in agents if agents and agents[0].start > word.start else []:
            draft.add("participant", guest)  # «هنأ الملك فلاناً، واستقبل فلاناً»: the one met
        agents, draft.agent_source = host, "subject"
    elif draft.verb and where_guest(context, words, position, agents):
        agents = met_by_visitor(context, draft, agents, here)  # «زار فلان القاهرة حيث التقى»
    visitor = visitor_for_visited_place(context, agents, here.recorded) \
        if label == "Meeting" and not draft.verb and draft.agent_source == "before" else None
    if visitor is not None:  # «زار الأمير فلان روسيا وأجرى محادثات مع بوتين»: not Russia
        agents = visitor
    organised = label == "Meeting" and not draft.verb and \
        organised_meeting(context, words, position)
    if organised:  # «نظمت جمعية البر لقاء المعايدة»: the organiser is no party
        agents = [a for a in agents if a.start >= word.end]
    sides = equal_parties(context, words, position, agents, not draft.verb) \
        if label == "Meeting" else []
    for side in sides:  # «تعقد مصر والسعودية اجتماعاً»: a meeting of equals, no host
        draft.add("participant", side)
    draft.equals = label == "Meeting" and (len(sides) > 1 or (
        not draft.verb and sides_between(words, position)))  # «محادثات سولانا ولاريجاني»
    for agent in agents if not sides else []:
        if place_named_doer(context, words, position, draft, agent):
            continue  # «مجزرة دار سعد»: the place of the massacre, read as a person
        if label == "Agreement" and not draft.verb and not draft.signer and \
                draft.agent_source == "before" and \
                cut_off_party(context, words, position, agent):
            continue  # «سيلتقي الرئيس فلان، وذلك بعد توقيع اتفاق»: whom he meets, no party
        first = context.word_at(agent.start)
        if label in _PARTIES and first is not None and \
                other_term(words, position, first.index - words[0].index):
            continue  # «ربط الكاتب بين الاتفاق وتنظيم داعش»: the other term, no party
        party = (label == "Agreement" and not draft.signer) or (
            label == "Meeting" and not draft.verb and nisba_party(context, agent)) or (
            draft.agent_source == "before" and war_on_named_foe(context, words, position))
        # «شاركت إيران في الحرب ضد داعش»: a side of the war, not the one that wages it
        imposed = imposed_after(words, position) if label == "Sanction" and not draft.verb \
            and draft.agent_source == "before" and agent.end <= word.start else None
        if imposed == "named":
            continue  # «وانتقدت روسيا العقوبات المفروضة على إيران»: not who imposed them
        if label == "Sanction" and not draft.verb and agent.end <= word.start and \
                lifted_from_named(context, words, position):
            continue  # «اتفاق يحد من برنامج إيران مقابل تخفيف العقوبات على طهران»: nor who lifts
        if faced == "faced" and agent.end <= word.start:
            imposed = "faced"  # «تواجه روسيا عقوبات أوروبية»: who bears them
        draft.add("participant" if party else "target" if imposed else "agent", agent)
    unnamed_doer = draft.verb and any(a.role == "agent" and is_unnamed(context, a.entity_id)
                                      for a in draft.arguments)
    if unnamed_doer:  # «أطلق بعض الفدائيين النار على المقر ...»: the object first
        add_victim(context, words, max(after, position + 1), draft, count)
    roles_after(context, words, max(after, position + 1), draft, draft.sentence)
    if label == "Agreement" and not draft.verb and represented_signing(
            words, position, context.latest_event(label) is not None):
        draft.arguments = [a for a in draft.arguments  # «مثّل النادي في توقيع الاتفاقية
                           if a.role == "location" or a.start < word.start]  # فلان»: for it
    if draft.verb and label in VIOLENT_CAUSES:  # «وقصفت الطائرات مقصفا يقصده طلاب جامعة
        drop_targets_past_object(  # بغداد»: the café is hit, not Baghdad
            context, words, after_force_subject(context, words, max(after, position + 1)),
            draft)
    if label in _GATHERINGS:
        drop_guest_agents(context, words, position, draft)  # «زار ... والتقى بالملك فلان»
    if label in _PARTIES:
        drop_principals(context, words, position, draft)  # «نيابة عن الملك», «في وفاة فلان»
    if label == "Meeting":
        drop_hosts_of_equals(draft)  # «التي قادت المحادثات بين أميركا وكوبا»: no host
        drop_bracketed_credits(context, draft)  # «... مبادرة أردنية مصرية (رويترز)»
    if not unnamed_doer:
        add_victim(context, words, max(after, position + 1), draft, count)
    found_victim(context, words, position, draft)  # «عُثر على الصحفي فلان مقتولاً»
    if label == "Killing" and not any(a.role == "agent" for a in draft.arguments):
        owner = strike_owner(context, words, position)
        if owner is not None:  # «قتلوا جراء ضربة جوية أميركية»
            draft.add("agent", owner)
        for doer in cause_doer(context, words, position, draft) if owner is None else []:
            draft.add("agent", doer)  # «قُتل جراء قصف القوات الأوكرانية»: read through the
            draft.construed = True  # strike, a little less sure
    outcome = outcome_doers(context, words, position, draft, here)
    for doer in outcome:  # «استهدف الجيش مقراً ... مما أسفر عن مقتل 20»: the deed's doer
        draft.add("agent", doer)
    borne = pronoun_side(context, words, position) if label == "Sanction" and not draft.verb \
        and not any(a.role == "target" for a in draft.arguments) and \
        lifted_from_named(context, words, position) else None
    if borne is not None:  # «وتبدو طهران منفتحة ... فور رفع العقوبات الدولية عنها»
        draft.add("target", borne)
    protested = protest_target(context, words, position) if label == "Protest" else None
    if protested is not None:  # «تظاهروا احتجاجاً على زيارة بوش»
        draft.add("target", protested)
    resumed = pronoun_target(context, words, position, draft)
    if resumed is not None:  # «الإطاحة بمعمر القذافي وقتله»: the name the pronoun resumes
        draft.add("target", resumed)
    owned = owned_object(context, words, position, draft)
    if owned is not None:  # «استهدفت غارة تجمعاً للحوثيين»: the owner is hit
        draft.add("target", owned)
    put_side_target(context, words, position, draft)  # «استهداف مقرات النظام»: the regime
    aimed = aimed_target(context, words, position, draft)
    if aimed is not None:  # «فجر انتحاري نفسه أمس مستهدفاً السوق المركزية»
        draft.add("target", aimed)
    ambushed = ambush_target(context, words, position, draft)
    if ambushed is not None:  # «نصبوا كميناً لدورية عسكرية»: laid for the patrol
        draft.add("target", ambushed)
    hit = underwent_target(context, words, position, draft)
    if hit is not None:  # «تعرضت مدينة تعز لقصف»: the subject of «تعرض» is hit
        draft.add("target", hit)
        draft.construed = True
    drop_undergoers(context, words, position, draft)  # «تعرضت فلانة، أمس، لمحاولة اغتيال»
    spared = survivor_target(context, words, position, draft) \
        if not any(a.role == "target" for a in draft.arguments) else None
    if spared is not None:  # «نجا الوزير فلان من محاولة اغتيال»: the one it was aimed at
        draft.add("target", spared)
    ranks = ranks_side(context, words, position) if label in VIOLENT_CAUSES and \
        not draft.verb and not any(a.role == "target" for a in draft.arguments) else None
    if ranks is not None:  # «سقوط قتلى في صفوف الحوثيين في كمين للمقاومة»: they were hit
        draft.add("target", ranks)
    drop_targets_past_next_deed(context, words, position, draft)  # «هاجمت القوات القرية
    # وقتلت المدرس فلاناً»: the teacher is the second verb's, not the attack's target
    drop_front_targets(context, draft)  # «الاشتباكات على مختلف المحاور»: where, not whom
    drop_advance_targets(draft)  # «تتقدم القوات باتجاه جزيرة الأنبار»: where it heads
    has_agent = any(a.role == "agent" for a in draft.arguments)
    if not has_agent and toll_told_earlier(context, words, position, label, count):
        return  # «وقال فلان في وقت سابق إن أكثر من عشرة أشخاص قتلوا»: the toll told before
    claimed = has_agent and not draft.verb and draft.agent_source == "clause" and \
        pointed and earlier is not None and bool(claimed_doer(context, words, position))
    if pointed and earlier is not None and (not has_agent or claimed) and \
            word.readings()[-1][1] and \
            same_kind(context.word_at(earlier.trigger_start), earlier.label, word) and \
            not another_of_kind(words, position):
        if claimed:  # «وأعلنت حركة الشباب مسؤوليتها عن الهجوم»: the claimer is the doer of
            draft.arguments = claimed_into(earlier, draft.arguments)  # the attack told before
        merge(context, earlier, draft, word)
        if label in VIOLENT_CAUSES:
            here.cause = earlier.id  # «وأدى التفجير إلى مقتل عشرة»: the blast's toll
        return
    drop_byline_arguments(context, draft)  # «بدر الروقي- سبق- عنيزة: اتفقت شركة ...»
    drop_blast_adjectives(words, draft)  # «تفجيرين انتحاريين استهدفا»: the attack's adjective
    drop_disguise_targets(context, words, position, draft)  # «فجر انتحاري متنكر ... نفسه»
    drop_far_plural_doers(context, words, position, draft)  # «منزل فلان، وسيطروا على»
    drop_place_name_persons(context, draft)  # «ومسجد أنس بن مالك»: the mosque's name
    drop_fire_sources(words, draft)  # «إصابته بنيران قوات الاحتلال»: who fired, not who was hit
    drop_relative_victim_sides(context, words, position, draft)  # «الجنود الذين قتلوا في»
    drop_taken_genitive_agents(words, position, draft)  # «وتحرير المغرب»: the land freed
    drop_passive_doers(context, words, position, draft)  # «وقُتل»: its doer comes after it
    drop_misplaced_places(context, words, draft)  # «الغارة على قانا قتلت», «موكب محافظ نينوى»
    drop_other_clause_roles(words, position, draft)  # «على الهجوم دانت الصين»: not China
    blast_places(context, words, position, draft)  # «انفجار بغداد»: where it went off
    leader_targets(context, words, draft)  # «مقتل زعيم تنظيم القاعدة فلان»: the leader
    if not draft.verb and exchanged(words, position, label):  # «وتبادل الجيش والمسلحون القصف»:
        draft.arguments = [a for a in draft.arguments  # blows traded, by and on both sides
                           if a.role not in {"agent", "target"}]
    if verbal_duel(context, draft):
        return  # «شن المندوب هجوماً عنيفاً على أمين الأمم المتحدة»: an attack in words
    if sporting(context, draft):
        return  # «توصل نادي ليفربول إلى اتفاق مع أستون فيلا»: sports business
    if label in STANDALONE and hit is None and not outcome and \
            not is_reported(context, words, position, draft, count):
        retold = protest_told_in(context, words, position, here.recorded) \
            if protested is not None else None
        if retold is not None and protested is not None:  # «خرجوا إلى الشوارع في مظاهرات
            join_purpose(context, retold, protested)  # تطالب السلطة بـ»: the same protest's aim
        return
    if unowned_operations(words, position, draft):
        return  # «وقف العمليات العسكرية»: operations of war only with a side of their own
    if label == "Protest" and lodged_objection(context, words, position, draft):
        return  # «احتجت مصر رسمياً لدى إيران»: an objection lodged, no gathering
    if unresolved_pronoun(context, words, position, draft):
        return  # «فقتلهم الله»: whom the pronoun names is not read
    if draft.verb and trigger_form(word) in AGENT_REQUIRED_VERBS and \
            not any(a.role == "agent" for a in draft.arguments):
        return  # «اجتاحت السيول المدينة»: no doer, no invasion
    paired = label == "Agreement" and paired_signers(context, words, position)
    if label == "Agreement" and not draft.verb and not paired and \
            all(a.role == "location" for a in draft.arguments):
        paired = named_deal(context, words, position) or (  # «الاتفاق النووي لن يغير»
            trigger_form(word) in UNDERSTANDING_FORMS)  # «للتفاهم الذي تم التوصل إليه»: made
    if not draft.arguments and label not in STANDALONE and not paired:
        return  # (but «وقّع البلدان اتفاقية»: two sides named as a pair, ``event_signing``)
    if organised and all(a.role == "location" for a in draft.arguments):
        return  # «نظمت الوزارة اجتماعاً تشاورياً في جدة»: no party of the meeting is named
    if (label == "Agreement" or (label == "Visit" and not draft.verb)) and not paired and \
            all(a.role == "location" for a in draft.arguments):
        context.found.rejected_events.add(label)  # «الاتفاق» later is the same non-event
        return  # «واتفق كثير من الأهالي في المدينة المنورة على ...», «في إطار جولة الدوحة»:
        # no party is named, nor who visits
    if label == "MilitaryOperation" and draft.verb and \
            not any(a.role in {"agent", "target"} for a in draft.arguments):
        return  # «ودخلت الرسوم حيز التنفيذ», «واستعاد الجنيه جزءاً من قيمته»: no side, no
        # ground taken: not troops entering or seizing
    if label == "Deployment" and not draft.verb and (
            draft.agent_source not in OWN_AGENT or ambiguous_deployment(word, draft)) and \
            not any(w.has(TROOP_WORDS) for w in words[position + 1:position + 4]):
        return  # «الخوف من الدخول لمحافظة عدن»: whose entry it is must be said («نشر قوات»
        # names the troops, and the subject before it sends them); «قام بنشر التسريبات»
        # publishes
    if label == "Killing" and here.cause is not None and count is not None and \
            is_consequence(context, words, position) and \
            not any(a.role == "agent" for a in draft.arguments):
        add_casualties(context, here.cause, count)  # «انفجرت سيارة ... مما أدى إلى مقتل عشرة»
        return
    casualty_target(context, draft, count)
    met = met_death(context, words, position) if label == "Killing" else None
    if met is not None and not any(a.role == "target" for a in draft.arguments):
        victim = met_death_victim(context, words, met, position)
        if victim is not None:
            draft.add("target", victim)  # «لقي العشرات من عناصر داعش مصرعهم»
    when = event_time(here.anchor, words, position, draft.verb)
    if not draft.verb and standing(words, position, label):
        draft.background = True  # «مع بقاء العقوبات الأميركية على إيران»: imposed before
    if not draft.verb and anniversary_of(context, words, position):
        draft.background = True  # «مرور عام على الهجوم»: recalled on its anniversary
        draft.arguments = [a for a in draft.arguments
                           if not (a.role == "agent" and a.end <= words[position].start)]
        if not any(a.role in {"agent", "target"} for a in draft.arguments):
            return  # «بريطانيا تحيي ذكرى تفجيرات لندن»: who recalls it did not do it
    if not draft.verb and not when.historical and when.time is None and \
            famed_or_era(context, words, position):
        draft.background = True  # «في اجتماع جامعة الدول العربية الشهير»: a known past one
    if not when.historical and when.time is None and past_era_after(context, words, position):
        draft.background = True  # «وزار القاهرة إبّان الحرب», «في عهد الرئيس السابق»
    if not when.historical and (told_before(context, words, position) or (
            when.time is None and span_start(context, words, position))):
        draft.background = True  # «سبق أن زار», «منذ أن بسطت جماعة سيطرتها»: told before
        # (a day named elsewhere in the sentence, «ووقع الهجوم الاثنين في منطقة سبق أن
        # شهدت اعتداءات», dates the news, not the deed after «سبق أن»)
    if not when.historical and when.time is None and not draft.background and \
            recalled_scene(context, draft, words, position, here):
        draft.background = True  # «في عام 2011 اجتاح ... المدينة. وقتل فيه ...»
    if not when.historical and when.time is None and not draft.background and \
            carried_scene(context, draft, words, position, here):
        draft.background = True  # «معركة زوندورف في 1758م. عندما فرض عليه ... انسحبت روسيا»
    historical = when.historical or draft.background
    if draft.verb and not historical and resumed_passive(words, position):
        return  # «كانت رواندا ضحية لأعمال إبادة قتل فيها 800 ألف شخص»: a description whose
        # time is not told; «منذ ست سنوات ... قتل فيه» is kept, as background
    casualties = count.value if count is not None and label == "Killing" else None
    repeated = repeat_of(context, words, position, draft, prefix, when.time, historical,
                         casualties) or protest_purpose(context, words, position, draft,
                                                        here.recorded) or \
        continued_visit(context, draft)  # «وزار الأمير فلان عقب ذلك وحدات المدفعية»
    if repeated is not None:  # «ونفذ الهجوم انتحاري» after «هجوم انتحاري»: told already
        fold(context, repeated, draft, when.time, casualties)
        if label in VIOLENT_CAUSES:
            here.cause = repeated.id
        if protested is not None:  # «خرجوا إلى الشوارع ... في مظاهرات تطالب السلطة بـ»
            join_purpose(context, repeated.id, protested)
        return
    record(context, words, position, draft, count, here, when)
