"""Events as nodes: «توغل تركيا في الشمال الشرقي لسوريا» is a MilitaryOperation.

A trigger word from the lexicon (meeting, military operation, attack,
killing, protest, agreement, visit, sanction, withdrawal, deployment) makes
an event when it names one in its eventive sense and as having happened
(see ``kg.relations.event_sense``: not negated, planned, hypothetical,
figurative or the background of the news). Meetings, agreements, visits,
sanctions, withdrawals and deployments also need an argument; attacks,
killings, military operations and protests need none when the sentence
reports them («قتل أربعون شخصاً في العراق»). Roles:

- agent: for a verb its subject (a plural verb «اغتالوا» carries its own,
  and the name after it is its object); for a noun the genitive right after
  it («توغل تركيا», «دخول النظام السوري وروسيا»), a nisba adjective
  («التحرك التركي»), the subject of a light or support verb («قمنا بإعادة
  نشر», «ارتكبت الميليشيات مجزرة», «لهجوم شنّه مقاتلون»), a first-person
  plural in a quote, or the agent just before it. After a nominal killing
  («مقتل», «اغتيال») the genitive is the victim; the agent follows «على يد»,
  as it follows «برصاص»/«بنيران» a passive killing («قُتلوا برصاص الجيش») or «من
  قبل» an attack noun, also as the group of the hands («على أيدي عناصر من تنظيم
  داعش»); a name behind «ل» after a violent noun whose object follows with «على» is
  its doer («هجوم لحركة الشباب على قاعدة»).
  A light verb far before its «ب» noun («قام الأمير ... اليوم بزيارة») or
  after it («قصف قام به المتمردون») gives its subject, also behind a courtesy
  style («صاحب السمو الملكي الأمير») or a head noun («مقاتلو جماعة»); a visit
  told as the time of a clause («قالت فلانة خلال زيارة») is the subject's.
  A speaker who reports the deed as their own («قالت إسرائيل إنها قصفت», «أعلن
  الجيش أن قواته قتلت») is its agent. A news source («وفق», «حسب», «نقلاً عن», a news
  agency), a companion («برفقة», «يرافقه») or one who suffered («أُصيب الوزير فلان في
  تفجير», «مقتل سبعة من قادة التنظيم بقصف») is never an agent;
- target: what follows directly or after على/ضد (including unnamed leaders,
  «قتل زعيم تنظيم الدولة»), the counted victims («مقتل عشرة أشخاص») or their
  group («قُتل 13 مسلحاً من ميليشيا الحوثي», «إن سبعة من مليشيا الحشد قتلوا»); never
  a name behind a word that opens another clause («عندما», «فيما») or inside a relative
  clause on the object («قصفت المدرسة التي يتخذها الحوثيون»), a name joined by «و» to a
  phrase that is not the object («قصف الحوثيون وقوات صالح»), an aside in
  brackets, or a place after a direction or nearness word («قرب غاو»);
- location: a place after في/ب/إلى/من, also behind a place noun («في مدينة
  عدن»); participant: what follows مع/بين or a meeting's direct object, and
  «31 دولة» near a meeting;
- time, casualties, historical: the nearest date or relative day of the
  sentence (``kg.relations.timex``), the casualty count
  (``kg.relations.casualties``), and whether the event lies well before the
  article: a past year or span («منذ ست سنوات», «قبل خمسة أشهر», «عدة مرات»), a deed
  told as done before («سبق أن»), the start of a span («منذ أن بسطت»), an anniversary
  («ذكرى اجتياح بيروت»), or a sentence with no time of its own that points back to the time of
  the sentences before it («آنذاك», «وقتل فيه»; ``event_background``).

A definite trigger («الاجتماع») with no agent of its own and an earlier event
of the same class is the same event: its arguments join the earlier one (for
the violent classes only when it is the same word: «الاشتباكات» after «هجوماً»
is a new event). A verb that describes an indefinite violent noun without
«الذي» («تفجير انتحاري استهدف سوقاً») names the noun's event: its object and
places join it. Clash nouns («اشتباكات», «مواجهات») have no agent; the sides
after «مع»/«بين» are participants. A meeting verb with its own subject reads
its place and guest to the end of the clause, past the host's titles, and
«حضر اللقاء» lists participants (persons); a place inside a guest's title
(«مبعوث المجلس إلى اليمن») is neither place nor party. A blockade imposed
(«الحصار الذي يفرضه التحالف») is a Sanction. «قمة» right after a meeting noun is its
genitive («مباحثات قمة»: ``event_summit_talks``), the same meeting.

A finished noun trigger that is definite («الهجوم», «للاتفاقية») or behind a demonstrative
(«هذا اللقاء») and repeats an earlier event of the article, in any sentence, with no
argument, date or ordinal that sets it apart, and a killing told again with the same toll,
fold into the first mention (``event_repeats``). Scheduled, proposed, unmade or coming
events («من المقرر عقد اجتماع», «اقترحت روسيا اتفاقا», «دون التوصل لاتفاق», «وستبحث
القمة») are no events (``event_prospects``), nor is what a news-link footer repeats of the
headline («رابط الخبر بصحيفة ...: ...»).

This module reads a sentence's triggers in order and records, merges or folds their
events; the parts live in ``event_triggers`` (whether a trigger names an event),
``event_agents`` (its agents, from ``event_subjects``, ``event_support``,
``event_doers``, ``event_speakers`` and ``event_bystanders``), ``event_roles`` (the names after it),
``event_objects`` (unnamed victims and targets), ``event_outcomes`` (a noun told by its course
or toll, «لقي ... مصرعهم»), ``event_draft`` (the draft they fill) and ``event_record`` (the
event node and its raw confidence).
One trigger is read in ``event_reading`` (with ``event_draft_checks``), and what a later word
tells of an event already recorded (a describing verb, a toll, a repeat's new arguments) joins
it in ``event_joins``.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Event, Sentence
from kg.relations.casualties import Count
from kg.relations.context import Extraction
from kg.relations.event_bulk_receptions import received_in_bulk
from kg.relations.event_draft import GATHERING, SentenceState, trigger_form
from kg.relations.event_folded_victims import (
    named_victim,
    striking_doers,
    without_victim_doers,
)
from kg.relations.event_greetings import greeting_visit
from kg.relations.event_inspections import inspection_visit
from kg.relations.event_joins import add_casualties
from kg.relations.event_met import MET_FORMS, met_persons
from kg.relations.event_named_triggers import inside_name
from kg.relations.event_negotiations import NEGOTIATION_FORMS, held_with
from kg.relations.event_reading import extract
from kg.relations.event_repeats import (
    link_line,
)
from kg.relations.event_signing import SIGNED_DOCUMENTS, signed_document
from kg.relations.event_summit_talks import summit_of_meeting
from kg.relations.event_talks import TALKS_FORMS, talks_with
from kg.relations.event_triggers import (
    is_unnamed,
    trigger_draft,
)
from kg.relations.event_trips_today import TODAY_TRIP_FORMS, trip_today
from kg.relations.event_understandings import UNDERSTANDING_FORMS, reached_understanding
from kg.relations.event_victim_sides import counted_side
from kg.relations.findings import DocState, Findings
from kg.relations.index import EVENT_WORD, DocIndex, Word
from kg.relations.lexicon import (
    GREETING_FORMS,
    INSPECTING_FORMS,
    find_event,
)
from kg.relations.timex import (
    article_date,
)


def extract_sentence(index: DocIndex, state: DocState, sentence: Sentence,
                     words: list[Word]) -> Findings | None:
    """The events of one sentence, and the earlier events it adds arguments to; None
    when no word of the sentence may be an event trigger."""
    positions = index.trigger_positions(words, EVENT_WORD)
    if not positions or link_line(words):
        return None
    context = Extraction(index, state)
    here = SentenceState(article_date(context.doc.meta.date))
    for position in positions:
        word = words[position]
        hit = find_event(word.norm)
        if hit is None or inside_name(context, word):
            continue  # «اللقاء الديمقراطي», «ولقاء سويدان»: part of a name
        form = trigger_form(word)
        if form in SIGNED_DOCUMENTS and not signed_document(context, words, position, sentence):
            continue  # «عقد الوزير اجتماعاً», «منذ عقود»: a contract only where signed
        if form in GREETING_FORMS and not greeting_visit(context, words, position):
            continue  # «عايد النزلاء بعضهم البعض»: a greeting, a visit only to the sick
        if form in INSPECTING_FORMS and \
                not inspection_visit(context, words, position, hit.prefix, sentence):
            continue  # «تفقد الأسهم زخمها»: loses; an inspection only by a named person
        if form in TALKS_FORMS and not talks_with(context, words, position, hit.prefix):
            continue  # «بحث عن», «البحث»: «بحث» is a meeting only as «بحث X مع Y»
        if form in MET_FORMS and not met_persons(context, words, position, hit.prefix):
            continue  # «قابل للتطبيق», «قابلت المطالب بالرفض»: only with both persons named
        if form in UNDERSTANDING_FORMS and not reached_understanding(context, words, position):
            continue  # «روح التفاهم», «مذكرة تفاهم»: an accord only as told reached
        if form in TODAY_TRIP_FORMS and not trip_today(context, words, position):
            continue  # «يتوجه الناخبون إلى», «يصل عدد القتلى إلى»: a trip only «اليوم»
        if hit.value == "Meeting" and summit_of_meeting(context, words, position):
            continue  # «عقدا مباحثات قمة»: the level of the talks, one meeting
        if hit.value == "Meeting" and received_in_bulk(context, words, position):
            continue  # «استقبل مستشفى الملك فهد 300 مريض»: an intake, no guest met
        if form in NEGOTIATION_FORMS and not held_with(context, words, position):
            continue  # «مفاوضات النووي»: a process, a meeting only as «أجرى مفاوضات مع»
        draft = trigger_draft(context, words, position, hit, sentence, here)
        if draft is None and hit.value in GATHERING:
            context.found.rejected_events.add(hit.value)
        if draft is not None:
            extract(context, words, position, draft, hit.prefix, here)
    _fold_killings(context, words, here)
    return context.found


_KILLED_IN = frozenset({"في", "جراء", "اثر", "بسبب"})
"""«قتلوا في انفجار», «قتل جراء غارة»: the words that tie a killing to the attack after it."""


def _fold_killings(context: Extraction, words: list[Word], here: SentenceState) -> None:
    """«خمسة جنود قتلوا في انفجار قنبلة», «قتلوا عندما تعرضوا لهجوم»: a killing with no agent
    of its own told as the outcome of the attack right after it is that attack's casualty
    count, not another event (as «انفجار ... أدى إلى مقتل عشرة»). When the attack names its doer
    after its noun («قُتل 14 جندياً في غارة أمريكية») the killing stays, with that doer as its
    agent (``event_folded_victims.striking_doers``)."""
    for killing_id in list(here.recorded):
        killing = context.found.events.get(killing_id)
        if killing is None or killing.label != "Killing" or \
                any(a.role == "agent" for a in killing.arguments):
            continue
        attack_id = _attack_after(context, words, here, killing)
        if attack_id is None:
            continue
        cleared = without_victim_doers(context.event(attack_id), killing)
        doers = () if _underwent(context, words, attack_id) else \
            striking_doers(cleared or context.event(attack_id), killing)
        if doers and not any(is_unnamed(context, d.entity_id) for d in doers):
            # «قُتل 14 جندياً في غارة أمريكية»: the attack's doer killed them
            context.found.events[killing_id] = replace(
                killing, arguments=(*killing.arguments, *doers))
        else:
            _fold_into(context, here, killing, attack_id)
        side = counted_side(context, words, killing)
        attack = context.event(attack_id)
        if cleared is not None:  # «وقتل خمسة من عناصر الشرطة في هجوم»: not the police's
            attack = context.found.events[attack_id] = cleared
        if side is not None and not any(a.role == "target" for a in attack.arguments) and \
                not any(a.entity_id == side.entity_id for a in attack.arguments):
            context.found.events[attack_id] = replace(  # «قتل 13 من الحوثيين في هجوم
                attack, arguments=(*attack.arguments, side))  # للمقاومة»: they were hit
        victim = named_victim(context, context.event(attack_id), killing)
        if victim is not None:  # «وقُتل القيادي فلان في غارة أمريكية»: he was hit
            attack = context.event(attack_id)
            context.found.events[attack_id] = replace(
                attack, arguments=(*attack.arguments, victim))


def _fold_into(context: Extraction, here: SentenceState, killing: Event, attack_id: str) -> None:
    """Drop ``killing`` as an event of its own: its words and its toll go to the attack."""
    del context.found.events[killing.id]
    here.recorded.remove(killing.id)
    at_word = context.found.event_at_word
    for index, node in list(at_word.items()):
        if node == killing.id:
            at_word[index] = attack_id
    if killing.casualties is not None:
        add_casualties(context, attack_id, Count(killing.casualties, 0, 0))


def _attack_after(context: Extraction, words: list[Word], here: SentenceState,
                  killing: Event) -> str | None:
    start = next((i for i, w in enumerate(words) if w.start == killing.trigger_start), None)
    if start is None:
        return None
    for event_id_ in here.recorded:
        attack = context.found.events[event_id_]
        if attack.label != "Attack" or attack.trigger_start <= killing.trigger_start:
            continue
        at = next((i for i, w in enumerate(words) if w.start == attack.trigger_start), None)
        if at is None or at - start > 10 or at == 0:
            return None
        before, trigger_word = words[at - 1], words[at]
        attached = trigger_word.readings()[-1][0] if trigger_word.readings() else ""
        if before.bare() in _KILLED_IN or \
                attached.lstrip("وف")[:1] == "ب" or before.has(_UNDERWENT):
            return event_id_
        return None
    return None


_UNDERWENT = frozenset({"تعرض", "تعرضت", "تعرضوا", "تعرضا"})


def _underwent(context: Extraction, words: list[Word], attack_id: str) -> bool:
    """«قُتلوا عندما تعرضوا لهجوم»: the attack is told as what the dead underwent."""
    start = context.event(attack_id).trigger_start
    at = next((i for i, w in enumerate(words) if w.start == start), None)
    return at is not None and at > 0 and words[at - 1].has(_UNDERWENT)


