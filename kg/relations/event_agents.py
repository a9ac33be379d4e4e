"""The agents of an event: its construction's agent (``event_subjects``), then what corrects it.

A passive verb of killing or kidnapping makes its subject the victim, with the agent
only after «على يد», «برصاص» («قُتل 6 مسلحين برصاص الجيش»); a relative pronoun gives its
named antecedent as the doer («هاموند الذي زار») or, for a passive, the victim; «سبق
لأوباما أن زار» gives the agent and makes the event background; a signing verb gives an
agreement its signers, «خلال زيارة» the visit its clause's subject; a clash noun has no
agent; an unnamed doer (``event_doers``) or, for a verb with no subject, the previous
agent of the sentence fills a gap, and a possessive noun resumes the agent of the last
event of its kind («واستكمال سيطرته»). The counted group before a passive killing
(«إن سبعة من مليشيا الحشد قتلوا») is its target; a speaker who reports the deed as their
own (``event_speakers``) is its agent. News sources, companions, places, dates and those
who suffered (``event_bystanders``) are never agents.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.actors import institution_between
from kg.relations.arguments import is_place, subject_after, subject_before
from kg.relations.casualties import Count, number_value
from kg.relations.context import Extraction
from kg.relations.event_accusers import accuser
from kg.relations.event_arrivals import arrival_visitor
from kg.relations.event_bombers import driving_bomber
from kg.relations.event_bystanders import source_filtered
from kg.relations.event_capital_signers import capital_side
from kg.relations.event_claims import (
    behind_doer,
    claimed_doer,
    denied_claim,
    suspected_doer,
    suspected_members,
)
from kg.relations.event_clause_doers import (
    attributed_doer,
    resumed_passive,
    run_doer,
    support_clause_doer,
    when_doer,
)
from kg.relations.event_device_subjects import bomb_subject
from kg.relations.event_doers import unnamed_agent
from kg.relations.event_draft import (
    OWN_AGENT,
    VIOLENT,
    Draft,
    SentenceState,
    reciprocal,
    trigger_form,
)
from kg.relations.event_genitive_actors import subject_strike_doer
from kg.relations.event_joined_clause_doers import joined_clause_doer
from kg.relations.event_joined_deeds import force_subject_after, joined_doer
from kg.relations.event_later_claims import later_claimer
from kg.relations.event_long_signers import joined_signer, long_signers, signing_partner
from kg.relations.event_new_subjects import new_subject_between
from kg.relations.event_occasions import occasion_attendees
from kg.relations.event_office_genitives import office_agents
from kg.relations.event_openings import headline_subject, object_of_opening_verb
from kg.relations.event_own_subjects import own_subject, subject_follows
from kg.relations.event_passive_attacks import passive_attack_doer
from kg.relations.event_people_victims import people_after
from kg.relations.event_pronoun_objects import object_pronoun
from kg.relations.event_reached import reaching_side
from kg.relations.event_received import host_after, receiving_verb
from kg.relations.event_repelled import repelled_attacker
from kg.relations.event_returns import returning_visitor
from kg.relations.event_shared_hosts import shares_gathering_subject
from kg.relations.event_signing import announced_signer, speaker_signer
from kg.relations.event_speakers import speaker_agent
from kg.relations.event_subjects import (
    after_contrast,
    by_hand_of,
    construction_agent,
    coordinated_verb,
)
from kg.relations.event_support import distant_light_subject
from kg.relations.event_unsaid_doers import unsaid_doers
from kg.relations.event_verb_gender import masculine_objects
from kg.relations.index import AGENT_LABELS, Arg, ArgsAfter, Word
from kg.relations.lexicon import (
    RELATIVE_PRONOUNS,
    RESUMING_IN,
    SIGNING_VERBS,
    TARGET_QUANTIFIERS,
    find_event,
    find_stance,
)
from kg.relations.possessive import possessive_pronoun
from kg.relations.victims import (
    DYING,
    no_object,
    nominative,
    passive_form,
    victim_after,
    victim_before,
)


def agents_of(context: Extraction, words: list[Word], position: int, draft: Draft,
              count: Count | None, here: SentenceState) -> ArgsAfter:
    """The agents of the draft and the index where its other roles start."""
    agents, after = construction_agent(context, words, position, draft, draft.sentence)
    counted_before = count is not None and count.end <= draft.word.start
    if counted_before and draft.agent_source == "before":
        agents = []  # «عشرة جنود ليبيين قُتلوا»: what comes before are the victims
    if draft.verb and draft.agent_source == "before" and words[position].norm.startswith("و") \
            and _counted_passive(words, position, count):
        agents = []  # «... نفذتها طائرات القوة الجوية، وقُتل 16 جندياً في كمين لداعش»
    passive = None if joined_doer(context, words, position, draft, agents, here) else \
        _passive_victim(context, words, position, draft, ArgsAfter(agents, after), count)
    # («وخطفت حركة طالبان تسعة جنود وقتلت أحدهم»: the same subject's deed, not a passive)
    if passive is not None:
        agents, after = passive
    if passive is None and agents and _counted_group(context, words, position, draft, agents):
        for group in agents:  # «إن سبعة من مليشيا الحشد الشعبي قتلوا»: the victims' group
            draft.add("target", group)
        draft.partitive = True
        agents, draft.agent_source = by_hand_of(context, words, position), "none"
        if agents:
            draft.agent_source = "subject"
    if position > 0 and words[position - 1].norm in RELATIVE_PRONOUNS:
        antecedent = _named_antecedent(context, words, position - 1) if draft.verb else None
        if antecedent is not None and passive_form(draft.word) and \
                context.label(antecedent.node_id) == "Person" and \
                no_object(context, words, position + 1):
            draft.add("target", antecedent)  # «النائب فلان الذي قُتل مع ...»: the victim
            agents = by_hand_of(context, words, position)
            draft.agent_source = "subject" if agents else "none"
        elif antecedent is not None and receiving_verb(draft.word):
            draft.add("participant", antecedent)  # «ساركوزي الذي استقبله الرئيس فلان»: the
            agents = host_after(context, words, position, draft.sentence)  # guest; the host
            draft.agent_source = "subject" if agents else "none"  # is named after the verb
        elif antecedent is not None and draft.word.has(DYING):
            agents, draft.agent_source = [], "none"  # «عمليات التحالف، الذي استشهد اليوم»
        elif antecedent is not None:  # «هاموند الذي زار إسرائيل»: the antecedent did it
            agents, after = [antecedent], position + 1
            draft.agent_source = "subject"
        else:
            described = _event_before(context, words, position - 1)
            draft.verb = False  # «الهجوم الذي استهدف ...»: the antecedent is the event
            if draft.agent_source == "before":
                agents = []
            elif not described:  # «الفرق الشعبية التي استقبلت الأمين»: the unnamed
                agents, draft.agent_source = [], "none"  # antecedent; the name is the object
    if draft.verb and draft.agent_source == "before" and receiving_verb(draft.word):
        agents = []  # «وصول النجم فلان ... حيث استقبله الجميع»: the name before is the guest
    if draft.verb and draft.agent_source == "before" and object_pronoun(draft.word):
        agents = []  # «الصحفي فلان ... فاختطفه مسلحون»: the name before is the pronoun's
    previously = _previously(context, words, position) if draft.verb else None
    if previously is not None:  # «سبق لأوباما أن زار»: the agent, and background
        draft.background = True
        if previously:
            agents, after = previously, position + 1
            draft.agent_source = "subject"
    if draft.label == "Agreement" and not draft.verb:
        signers = _signers(context, words, position, draft.sentence) or \
            reaching_side(context, words, position, draft.sentence)  # «توصلت X إلى اتفاق مع»
        speaker = None if signers else (speaker_signer(context, words, position) or
                                        announced_signer(context, words, position,
                                                         draft.sentence))
        if speaker is not None:  # «أعلنت الشركة أنها وقعت اتفاقية»: the speaker signed
            signers, draft.agent_source = [speaker], "pronoun"
        if signers:
            agents = signers
            draft.signer = len(signers) == 1 and not joined_signer(  # «وقعت إيران والقوى
                context, signers, position, words)  # الكبرى اتفاقا»: equal parties
            partner = signing_partner(context, words, position, draft.sentence) \
                if draft.signer else None
            if partner is not None:  # «وقع الوزير فلان أمس مع نظيره فلان اتفاقية»
                draft.add("participant", partner)
    if not draft.verb and draft.agent_source == "before" and draft.label in _DEEDS_JUDGED and \
            _judged(context, words, position, agents):
        agents = []  # «صادق مجلس الأمن على الاتفاق», «ندد أردوغان بالهجوم», «وثمن فلان
        # زيارة المحافظ»: who endorses or judges an event did not do it
    if draft.label == "Meeting" and not draft.verb and draft.agent_source == "before" and \
            _attended(context, words, position, agents):
        for guest in agents:  # «شارك الرئيس فلان في القمة»: a party, not the host
            draft.add("participant", guest)
        agents = []
    if draft.label == "Meeting" and not draft.verb and draft.agent_source == "before" and \
            occasion_attendees(words, position, agents):
        agents = []  # «قال فلان على هامش اجتماع الوزراء»: no host (nor surely a party)
    read = agents
    agents = source_filtered(context, agents)
    if draft.verb and draft.agent_source == "before" and len(read) == 1 and \
            len(agents) <= 1:  # a backer filtered out («بدعم من طيران التحالف») counts too
        antecedent = _relative_antecedent(context, words, position, read[0])
        if antecedent is not None:  # «وكان الحوثيون الذين يواجهون عملية ... بدعم من طيران
            agents = [antecedent]  # التحالف، قصفوا»: the name is the relative clause's
    if draft.label == "Visit" and draft.verb and draft.agent_source == "subject" and agents and \
            all(is_place(context.label(a.node_id)) for a in agents):
        agents, after = [], position + 1  # «زار تونس ... 300 ألف سائح»: the place visited
    if draft.label == "Visit" and not draft.verb and agents and \
            all(is_place(context.label(a.node_id)) and a.start > draft.word.start
                for a in agents):
        for place in agents:  # «قام الرئيس فلان بزيارة كينيا»: the genitive is where the
            draft.add("location", place)  # visit goes; the visitor is the light verb's subject
        agents = distant_light_subject(context, words, position, draft.sentence)
        draft.agent_source = "light" if agents else "none"
    if reciprocal(draft) and (draft.agent_source not in OWN_AGENT or _place_genitive(
            context, agents)):
        agents, draft.agent_source = [], "none"  # «قتل 13 من الميليشيا في مواجهات مع ...»,
        # «المعارك بريف اللاذقية»: a battle's genitive names where it is fought
    if draft.label == "Visit" and not draft.verb and draft.agent_source in {"before", "none"}:
        visitor = returning_visitor(context, words, position, here) or \
            _visitor_during(context, words, position) or \
            arrival_visitor(context, words, position, draft)  # «وصل فلان إلى جدة في زيارة»
        if visitor:
            agents, draft.agent_source = visitor, "subject"
    if draft.verb and draft.label == "Killing" and draft.agent_source == "before":
        by_hand = by_hand_of(context, words, position)
        if by_hand:  # «قُتل 6 مسلحين برصاص الجيش»: the passive's agent, not a name before
            agents, draft.agent_source = by_hand, "subject"
    if draft.verb and not agents and draft.label == "Attack" and draft.agent_source == "before":
        by_hand = passive_attack_doer(context, words, position)
        if by_hand:  # «واستهدف موكب الوزير من قبل عناصر داعش»: the passive's doer
            agents, draft.agent_source = by_hand, "subject"
    if not draft.verb and not agents and draft.label in VIOLENT:
        by_hand = by_hand_of(context, words, position)
        if by_hand:  # «تعرضت دورية لهجوم من قبل مسلحين مجهولين»
            agents, draft.agent_source = by_hand, "subject"
    unnamed = unnamed_agent(context, words, position, draft, agents)
    if unnamed is not None:  # «اختطف مسلحون أربعة مهندسين»: the doer, though unnamed
        agents, after = unnamed
    if draft.verb and agents and draft.agent_source == "before" and \
            (_object_before(context, agents, here) or repelled_attacker(context, words, agents)
             or object_of_opening_verb(context, words, position, agents)):
        agents = []  # «نفذت المقاومة هجوماً على مواقع الحوثيين، وسيطرت على ...»: the name
        # before is the object of the earlier deed, the subject is that deed's doer
    if draft.verb and agents and draft.agent_source == "subject" and after > position and \
            min(a.start for a in agents) > draft.word.start and \
            headline_subject(context, words, position):
        agents, after = [], position + 1  # «حاكم دبي يستقبل الرئيس»: the name after is the guest
    speaker = speaker_agent(context, words, position) if draft.verb and not agents and \
        draft.agent_source == "before" else None
    if speaker is not None:  # «قالت إسرائيل إنها قصفت»: the speaker's own deed
        agents, draft.agent_source = [speaker], "pronoun"
    if draft.verb and agents and draft.agent_source == "before" and \
            position + 1 < len(words) and words[position + 1].norm in RESUMING_IN:
        agents = []  # «كانت رواندا ضحية لأعمال إبادة قتل فيها 800 ألف شخص»: a passive in a
        # clause on the noun before it; the name before that noun is not its doer
    if draft.verb and agents and draft.agent_source == "before" and here.previous_agent and \
            coordinated_verb(words, position) and \
            not {a.node_id for a in agents} & {a.node_id for a in here.previous_agent}:
        agents = []  # «قصفت قوات التحالف ... مواقع الحوثيين ... وقتلت»: the subject of the verb
        # it is joined to, not the name that ends that verb's object
    if draft.verb and draft.agent_source == "before" and coordinated_verb(words, position) \
            and not resumed_passive(words, position):
        clause_doer = support_clause_doer(context, words, position)
        if clause_doer:  # «هجوم نفذه مقاتلو الحركة ... واستهدف كمائن»: the noun's doer
            agents, draft.agent_source = clause_doer, "subject"
    if draft.verb and agents and draft.agent_source == "before" and \
            force_subject_after(context, words, position):
        agents = []  # «وخطفت الحركة تسعة جنود، وقتل الجيش خمسة»: the army, not the name before
    opened = new_subject_between(context, words, position, agents or here.previous_agent) \
        if draft.verb and draft.agent_source == "before" else None  # «وسارعت طائرات ... فقصفت»
    if opened is not None:
        agents, draft.agent_source = opened, "subject" if opened else "before"
    if draft.verb and not agents and draft.agent_source == "before" and here.previous_agent \
            and opened is None \
            and not repelled_attacker(context, words, here.previous_agent) and \
            not after_contrast(words, position) and not _counted_passive(words, position, count) \
            and not resumed_passive(words, position) and \
            not force_subject_after(context, words, position) and \
            not bomb_subject(context, words, position):  # «وقُتل فيها 17 جندياً»: a
        agents = here.previous_agent  # passive; «ارتكبت الميليشيات مجزرة ... بعدما أمطرت»:
        # same subject (not «... وقتل الجيش خمسة»: the army is the verb's own subject)
    if draft.verb and not agents and draft.agent_source == "before" and \
            not here.previous_agent and draft.label in VIOLENT:
        agents = joined_clause_doer(context, words, position)  # «ودخل مسلحون المنزل فقتلوا
        # صاحبه»: the subject of the verb-first clause the verb is joined to
    if draft.verb and agents and draft.agent_source == "before" and \
            subject_follows(context, words, position):
        own = own_subject(context, words, position)  # «وانسحب عناصر التنظيم»: its own
        agents, draft.agent_source = ([own], "subject") if own else ([], "none")  # subject
    if shares_gathering_subject(context, words, position, draft, agents, here):
        draft.agent_source = "subject"  # «وزار فلان كينيا، والتقى خلال الزيارة ...»
    if draft.verb and not agents and draft.label == "Killing" and \
            draft.agent_source in {"before", "none", ""}:
        striker = when_doer(context, words, position, draft.sentence)
        if striker:  # «قُتل 43 شخصاً عندما قصفت جماعة الحوثي المدينة»: the striker
            agents, draft.agent_source = striker, "subject"
    if draft.verb and agents and draft.agent_source in {"before", "subject"} and \
            words[position].has(_BLOWN_UP):
        agents = []  # «سيارات تعود لناشطين في حركة الجهاد انفجرت»: what blew up, and its owner
    claimer = (claimed_doer(context, words, position) or
               suspected_doer(context, words, position) or
               behind_doer(context, words, position)) if draft.label in VIOLENT else []
    if claimer:  # «تبنى تنظيم داعش الهجوم», «في هجوم تبناه تنظيم داعش»: the group's own
        agents, draft.agent_source = claimer, "clause"  # claim, not the article's finding
    elif draft.label in VIOLENT and agents and denied_claim(context, words, position):
        agents, draft.agent_source = [], "none"  # «لم تتبن حركة الشباب الهجوم»
    if not agents and draft.label in VIOLENT:
        suspects = suspected_members(context, words, position)
        if suspects:  # «على أيدي مقاتلين يشتبه بأنهم من جماعة بوكو حرام»: a suspicion
            agents, draft.agent_source = suspects, "clause"
    if not agents and draft.label in VIOLENT:
        later = later_claimer(context, words, position)
        if later:  # «... أسفر عن مقتل جنديين، وقد تبناه تنظيم ...»: a claim a clause later
            agents, draft.agent_source = later, "clause"
    if not agents and not draft.verb and draft.label in VIOLENT:
        attributed = attributed_doer(context, words, position)
        if attributed:  # «هجوماً انتحارياً ... نسبته الحكومة إلى تنظيم داعش»: claimed,
            agents, draft.agent_source = attributed, "clause"  # so not the event's own agent
    if not agents and not draft.verb and draft.label in {"Attack", "MilitaryOperation"}:
        agents = run_doer(context, words, position)  # «كما شن أربع غارات»: the same doer
    if not agents and not draft.verb:
        agents = resumed_agent(draft.word, trigger_form(draft.word), here)
    if not agents and not draft.verb and draft.label == "Attack":
        bomber = driving_bomber(context, words, position, draft)
        if bomber is not None:  # «بانفجار سيارة مفخخة يقودها انتحاري»
            agents, draft.agent_source = [bomber], "subject"
    if not agents and draft.verb:
        struck = subject_strike_doer(context, words, position, draft)
        if struck is not None:  # «واستهدفت غارات التحالف مواقع»: the strikes' own doer
            agents, after = struck.args, struck.after
            draft.agent_source = "subject"
    agents = unsaid_doers(context, words, position, draft, agents)  # bylines, urgers, «لوزير فلان»
    if draft.label in _HOSTED:
        agents = office_agents(context, agents)  # «الملك فلان ملك البحرين عقد مباحثات»
    objects = masculine_objects(context, words, position, draft, agents)
    if objects:  # «استقبلت فيه الأمين العام فلان»: the man after a feminine verb is its object
        agents = [agent for agent in agents if agent not in objects]
        for guest in objects if draft.label == "Meeting" else ():
            draft.add("participant", guest)
    return ArgsAfter(agents, after)


_HOSTED = frozenset({"Meeting", "Agreement", "Visit"})
"""Classes whose agent is who held the meeting, made the visit or signed: not the country of
the holder's title (``event_office_genitives``)."""


_BLOWN_UP = frozenset({"انفجر", "انفجرت", "انفجرا", "انفجرتا", "ينفجر", "تنفجر", "انفجروا"})
"""«انفجرت السيارة»: the intransitive blast verb; its subject is the thing that blew up (a bomb,
a car), and a name before or after it is that thing's owner or place, never the doer («فجّر»
is the verb with a doer)."""


_MASCULINE_PASSIVES = frozenset({"قتل", "اغتيل", "خطف", "اختطف", "جرح"})
"""Killing verbs whose bare masculine form before a count reads as a passive: «وقُتل 16 جندياً
في كمين لداعش» (a feminine «وقتلت 10 مسلحين» has its subject, the troops told before)."""


def _counted_passive(words: list[Word], position: int, count: Count | None) -> bool:
    """«نفذ طيران الجيش 30 غارة ... وقُتل 16 جندياً عراقياً في كمين لداعش»: the masculine verb
    right before the casualty count is a passive, the count its subject; the doer of the
    deed told before in the sentence is not its agent."""
    return count is not None and position + 1 < len(words) and \
        words[position + 1].start == count.start and \
        words[position].has(_MASCULINE_PASSIVES)


_ANTECEDENT_REACH = 20


def _relative_antecedent(context: Extraction, words: list[Word], position: int,
                         agent: Arg) -> Arg | None:
    """The named antecedent of a relative clause that holds the name read before a verb
    («وكان الحوثيون الذين يواجهون عملية ... بدعم من طيران التحالف، قصفوا»): the verb's
    subject is the antecedent, the name belongs to the clause on it. None when the name
    is in no relative clause."""
    first = context.word_at(agent.start)
    if first is None:
        return None
    start = first.index - words[0].index
    if not 0 < start < position:
        return None
    for index in range(start - 1, max(0, start - _ANTECEDENT_REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return None
        if word.norm in RELATIVE_PRONOUNS and index > 0:
            before = words[index - 1]
            mention = context.covering_mention(max(before.start, before.end - 1))
            if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS:
                return None
            if accuser(context, words, mention.start):
                return None  # «اتهمت المؤسسة التي ... الحكومة بأنها قصفت»: the accused did it
            return Arg(mention.entity_id, mention.start, mention.end)
    return None


def _passive_victim(context: Extraction, words: list[Word], position: int, draft: Draft,
                    found: ArgsAfter, count: Count | None) -> ArgsAfter | None:
    """A verb of killing or kidnapping read as a passive (see ``kg.relations.victims``): its
    victim becomes the target, and its agent is only one named after «على يد», «برصاص»;
    the agents and where the other roles start, or None when the verb is read as active."""
    form = passive_form(draft.word) if draft.verb else ""
    if not form:
        return None
    agents, after = found
    if form in DYING and draft.agent_source == "before":
        victim = victim_before(context, words, position) or \
            victim_after(context, words, position) or \
            people_after(context, words, position)  # «واستشهد الفلسطينيون الثلاثة»
        if victim is not None:  # «إن شخصاً استشهد», «واستشهد جنديان»
            draft.add("target", victim)
        doers = by_hand_of(context, words, position)  # a name before dies, never kills
        draft.agent_source = "subject" if doers else "none"
        return ArgsAfter(doers, after)
    victims: list[Arg] = []
    if draft.agent_source == "subject" and agents and (form in DYING or (
            all(context.label(a.node_id) == "Person" for a in agents) and
            no_object(context, words, after))):
        victims = list(agents)  # «استشهد فلان», «قتل القيادي فلان في غارة»
    elif draft.agent_source == "before" and no_object(context, words, position + 1):
        counted_before = count is not None and count.end <= draft.word.start
        before = None if counted_before else victim_before(context, words, position)
        if before is not None:
            victims = [before]  # «إن شخصاً قتل وأصيب أربعة»
        elif not any(rest.endswith("وا") for _, rest in draft.word.readings()):
            return None
    elif draft.agent_source == "before" and \
            not any(rest.endswith("وا") for _, rest in draft.word.readings()):
        victim = victim_after(context, words, position)
        first = context.word_at(victim.start) if victim is not None else None
        if victim is None or first is None or (agents and not nominative(context, first)) or \
                (count is not None and count.start == victim.start):
            return None  # a count after the verb is read by the casualty rules
        victims = [victim]  # «وقتل جندي أميركي في هجوم», «خطف موظف بريطاني»
        last = context.word_at(max(victim.start, victim.end - 1))
        after = last.index - words[0].index + 1 if last is not None else after
    if not victims:
        return None
    for victim in victims:
        draft.add("target", victim)
    doers = by_hand_of(context, words, position)
    draft.agent_source = "subject" if doers else "none"
    return ArgsAfter(doers, after)


def _counted_group(context: Extraction, words: list[Word], position: int, draft: Draft,
                   agents: list[Arg]) -> bool:
    """«إن سبعة من مليشيا الحشد الشعبي قتلوا في ...», «عشرات من عناصر التنظيم قُتلوا»: the
    name before a verb of killing with no object, after a count or a quantifier and «من»
    (maybe behind one head noun), is the group its victims belong to, not the doer."""
    if not draft.verb or draft.agent_source != "before" or not passive_form(draft.word) or \
            not no_object(context, words, position + 1):
        return False
    for agent in agents:
        first = context.word_at(agent.start)
        if first is None:
            return False
        at = first.index - words[0].index
        of = next((i for i in (at - 1, at - 2) if i > 0 and words[i].norm == "من"), None)
        if of is None or any(context.boundary_between(words[i - 1], words[i])
                             for i in range(of, at + 1)):
            return False
        counter = words[of - 1]
        if number_value(counter) is None and counter.norm not in TARGET_QUANTIFIERS and \
                counter.bare() not in TARGET_QUANTIFIERS:
            return False
    return True


def resumed_agent(word: Word, form: str, here: SentenceState) -> list[Arg]:
    """«بعد سيطرة «جيش الفتح» على المدينة، واستكمال سيطرته على الجسر»: a possessive noun of
    the same event as the last one of the sentence refers to that event's own agent (one
    actor, so the pronoun has no other antecedent)."""
    if possessive_pronoun(word) is None or form != here.previous_form or \
            len(here.previous_agent) != 1:
        return []
    return list(here.previous_agent)


_DURING = frozenset({"خلال", "اثناء", "ابان"})


def _visitor_during(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«وقالت إيرينا بوكوفا لعمال البناء خلال زيارة للموقع», «أكد الوزير خلال زيارته»: a
    visit told as the time of the clause was made by the clause's subject, the person
    named before it (a visit with a genitive of its own is read from that genitive)."""
    if position == 0 or not words[position - 1].has(_DURING) or \
            context.boundary_between(words[position - 1], words[position]):
        return []
    found = subject_before(context, words, position - 1, max_words=10)
    labels = [context.label(arg.node_id) for arg in found]
    return found if found and labels == ["Person"] else []


def _signers(context: Extraction, words: list[Word], position: int,
             sentence: Sentence) -> list[Arg]:
    """The subjects of a signing verb that governs the agreement noun («ووقعت وزارة البترول
    اتفاقا», «وقعت صحيفة سبق ومركز صناعة خبر اتفاقية»)."""
    for index in range(position - 1, max(-1, position - 6), -1):
        if context.boundary_between(words[index], words[index + 1]) and index < position - 1:
            return []
        if words[index].has(SIGNING_VERBS):
            signers = subject_after(context, words, index, sentence)[0]
            institution = None if signers else institution_between(
                context, words, index + 1, position) or \
                capital_side(context, words, index, position)  # «ووقعت موسكو اتفاقية»
            return [institution] if institution is not None else signers
    return long_signers(context, words, position, sentence)  # a long subject, farther back


_ENDORSING = frozenset({
    "صادق", "صادقت", "يصادق", "تصادق", "صوت", "صوتت", "تبني", "تبنت", "اقر", "اقرت", "يقر",
    "تقر", "وافق", "وافقت", "يوافق", "توافق", "يتشككون", "شكك", "يشكك", "تعارضه", "يعارضه",
    "وصف", "وصفت", "يصف", "تصف", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "موقف", "مواقف", "رد",
    "ردود",
    # «إثر ما اعتبرته إسرائيل خرقاً ... في عملية خطف»: the judging verb with its pronoun
    "اعتبره", "اعتبرته", "اعتبرها", "اعتبروه", "يعتبره", "تعتبره", "وصفه", "وصفته", "وصفها",
    "وصفوه", "يصفه", "تصفه",
})
"""Verbs of endorsing or doubting a deal (besides the stance verbs): «صادق على الاتفاق»; of
describing a deed («وصف رئيس المجلس زيارة النائب بأنها استفزازية»); nouns of a stance
towards it («موقف إسرائيل من الاتفاق», «ردود فعل الدول على الهجوم»)."""


_JUDGE_REACH = 5
_DEEDS_JUDGED = frozenset({"Agreement", "Attack", "Killing", "MilitaryOperation", "Visit",
                           "Meeting"})
"""Events whose judge is never their doer; a deployment, a withdrawal or a sanction rejected
or urged («ورفضت روسيا نشر قوات») keep the name before as the stance's object reads it."""


def _judged(context: Extraction, words: list[Word], position: int, agents: list[Arg]) -> bool:
    """A verb of stance or of endorsing governs the names before an event noun (shortly
    before them, past their titles, or between them and the noun): they judge the event,
    they did not do it («وصادق مجلس الأمن على الاتفاق», «ندد الرئيس فلان بالهجوم»)."""
    return any(word.has(_ENDORSING) or find_stance(word.norm) is not None
               for word in _around(context, words, position, agents))


def _around(context: Extraction, words: list[Word], position: int,
            agents: list[Arg]) -> list[Word]:
    """The words shortly before the names before an event noun (past their titles) and
    between them and the noun: where a verb that governs the names stands."""
    first = context.word_at(min(a.start for a in agents)) if agents else None
    last = context.word_at(max(a.end for a in agents) - 1) if agents else None
    if first is None or last is None:
        return []
    begin, end = first.index - words[0].index, last.index - words[0].index
    if begin < 0 or end >= position:
        return []
    start = begin
    while start > 0 and begin - start < _JUDGE_REACH and \
            not context.boundary_between(words[start - 1], words[start]):
        start -= 1  # «ندد الرئيس التركي رجب طيب أردوغان بالهجوم»: past the titles
    return words[start:begin] + words[end + 1:position]


_ATTENDING = frozenset({
    "حضور", "حضوره", "حضورها", "حضر", "حضرت", "يحضر", "تحضر", "شارك", "شاركت", "يشارك",
    "تشارك", "مشاركه", "مشاركته", "مشاركتها", "ضيف", "ضيفا",
})
"""Words of attending a meeting: who attends («شارك الرئيس في القمة», «حضور الرئيس ضيف شرف
على القمة») is a party to it, not the one who holds it."""


def _attended(context: Extraction, words: list[Word], position: int,
              agents: list[Arg]) -> bool:
    """The names before a meeting noun are governed by a word of attending."""
    return any(word.has(_ATTENDING) for word in _around(context, words, position, agents))


def _object_before(context: Extraction, agents: list[Arg], here: SentenceState) -> bool:
    """Any of the agents is a target of an earlier event of the sentence."""
    ids = {a.node_id for a in agents}
    for node in here.recorded:
        event = context.found.events.get(node)
        if event is not None and any(a.role == "target" and a.entity_id in ids
                                     for a in event.arguments):
            return True
    return False


def _place_genitive(context: Extraction, agents: list[Arg]) -> bool:
    """Any of the agents is behind «ب» or «في» or is a place: a battle's place, not a side."""
    for agent in agents:
        word = context.word_at(agent.start)
        if is_place(context.label(agent.node_id)) or (word is not None and any(
                prefix.lstrip("وف")[:1] in {"ب", "ل"} for prefix, rest in word.readings()
                if rest != word.norm)):
            return True
    return False


def _event_before(context: Extraction, words: list[Word], relative: int) -> bool:
    """«الهجوم الذي استهدف», «تفجير انتحاري آخر الذي»: an event word (maybe behind an
    adjective or two) stands before the relative pronoun."""
    for index in range(relative - 1, max(-1, relative - 4), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if find_event(words[index].norm) is not None:
            return True
    return False


def _named_antecedent(context: Extraction, words: list[Word], relative: int) -> Arg | None:
    """The named actor a relative pronoun refers to: «هاموند الذي», «إسرائيل التي»."""
    if relative == 0:
        return None
    word = words[relative - 1]
    mention = context.covering_mention(word.start)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            mention.end < word.end - 1:
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _previously(context: Extraction, words: list[Word], position: int) -> list[Arg] | None:
    """«سبق لأوباما أن زار» (Obama had visited before): the ل-phrase is the agent and the
    event lies before the news; «سبق أن زار» with no agent; None for any other verb."""
    if position < 2 or words[position - 1].norm != "ان":
        return None
    if words[position - 2].bare() == "سبق":
        return []
    mention = context.covering_mention(words[position - 2].end - 1)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS:
        return None
    first = context.word_at(mention.start)
    if first is None or first.index - words[0].index < 1 or \
            words[first.index - words[0].index - 1].bare() != "سبق":
        return None
    return [Arg(mention.entity_id, mention.start, mention.end)]
