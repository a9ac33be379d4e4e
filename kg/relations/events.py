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
  as it follows «برصاص»/«بنيران» a passive killing («قُتلوا برصاص الجيش»).
  A light verb far before its «ب» noun («قام الأمير ... اليوم بزيارة») or
  after it («قصف قام به المتمردون») gives its subject, also behind a courtesy
  style («صاحب السمو الملكي الأمير») or a head noun («مقاتلو جماعة»); a visit
  told as the time of a clause («قالت فلانة خلال زيارة») is the subject's.
  A news source («وفق», «حسب», «نقلاً عن», a news agency) or a companion
  («برفقة», «يرافقه») is never an agent;
- target: what follows directly or after على/ضد (including unnamed leaders,
  «قتل زعيم تنظيم الدولة»), the counted victims («مقتل عشرة أشخاص») or their
  group («قُتل 13 مسلحاً من ميليشيا الحوثي»); never a name joined by «و» to a
  phrase that is not the object («قصف الحوثيون وقوات صالح»), an aside in
  brackets, or a place after a direction or nearness word («قرب غاو»);
- location: a place after في/ب/إلى/من, also behind a place noun («في مدينة
  عدن»); participant: what follows مع/بين or a meeting's direct object, and
  «31 دولة» near a meeting;
- time, casualties, historical: the nearest date or relative day of the
  sentence (``kg.relations.timex``), the casualty count
  (``kg.relations.casualties``), and whether the event lies well before the
  article.

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
(«الحصار الذي يفرضه التحالف») is a Sanction.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ids import event_id
from kg.model import Event, Sentence
from kg.ontology.namespace import EventLabel
from kg.relations.actors import actor_phrase, institution_between
from kg.relations.arguments import (
    chain,
    first_person_near,
    subject_after,
    subject_before,
    was_subject,
)
from kg.relations.casualties import Count, count_near
from kg.relations.context import Extraction
from kg.relations.event_bystanders import source_filtered
from kg.relations.event_confidence import FAR_TARGET_WORDS, EventCues, event_confidence
from kg.relations.event_doers import light_perpetrator, perpetrator, unnamed_agent, unnamed_subject
from kg.relations.event_draft import (
    GATHERING,
    GENERIC_HEADS,
    OWN_AGENT,
    VIOLENT,
    Draft,
    SentenceState,
    particular_attack,
    reciprocal,
    trigger_form,
)
from kg.relations.event_objects import (
    add_victim,
    casualty_target,
    protest_target,
    victim_phrase_allowed,
)
from kg.relations.event_roles import roles_after
from kg.relations.event_sense import (
    asyndetic_description,
    complement_ok,
    eventive_sense,
    happened,
    is_consequence,
    reported_without_arguments,
)
from kg.relations.findings import DocState, Findings
from kg.relations.index import AGENT_LABELS, EVENT_WORD, Arg, ArgsAfter, ArgsFound, DocIndex, Word
from kg.relations.lexicon import (
    AGENT_REQUIRED_NOUNS,
    BLOCKADE_FORMS,
    BY_HAND_OF,
    CLAUSE_OPENERS,
    EVENT_TRIGGERS,
    IMPOSING,
    LIGHT_VERBS,
    NOUN_GOVERNORS,
    PATIENT_NOUNS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SIGNING_VERBS,
    SUPPORT_VERBS,
    TROOP_WORDS,
    VERB_OR_NOUN,
    find_event,
)
from kg.relations.perpetrators import past_time, perpetrator_end, perpetrator_phrase
from kg.relations.possessive import possessive_agent, possessive_pronoun
from kg.relations.rules import event_rule
from kg.relations.targets import crowd_end, crowd_phrase, unnamed_target
from kg.relations.timex import article_date, event_time
from kg.relations.victims import (
    DYING,
    STRIKES,
    no_object,
    nominative,
    passive_form,
    strike_owner,
    victim_after,
    victim_before,
)

EVENT_VERBS = frozenset({
    "التقي", "التقت", "التقوا", "يلتقي", "اجتمع", "اجتمعت", "اجتمعوا", "اجتمعا", "استقبل",
    "استقبلت", "يستقبل", "سيطرت", "سيطر", "انتزعت", "انتزع", "استعادت", "استعاد", "استولي",
    "استولت", "استولوا", "دخلت", "هاجم", "هاجمت", "قصفت", "تقصف", "يقصف", "استهدف",
    "استهدفت", "فجر", "امطرت", "اسقطت", "اسقط", "قتل", "قتلت", "اغتال", "اعدم", "اتفق", "اتفقت",
    "زار", "زارت", "يزور", "تزور", "انسحب", "انسحبت", "ينتشرون", "ينتشر", "انزلنا", "انزل",
    "انزلت", "تظاهر", "هاجموا", "قصفوا", "استهدفا", "استهدفوا", "اعتدي", "اعتدت", "اعتدوا",
    "فجرا", "فجروا", "فجرت", "انفجرت", "انفجر", "خطف", "خطفت", "خطفوا", "خطفا", "اختطف",
    "اختطفت", "اختطفوا", "اختطفا", "يختطف", "عذب", "عذبت", "عذبوا", "اطلق", "اطلقت", "اطلقوا",
    "فتح", "فتحت", "فتحوا", "قتلوا", "قتلا", "يقتل", "تقتل", "اغتالوا", "اغتالت", "اغتيل",
    "اعدموا", "استشهد", "تظاهروا", "تظاهرت", "يتظاهرون", "يتظاهر", "احتج", "احتجوا", "احتجت",
    "يحتجون", "اعتصم", "اعتصموا", "يعتصم", "يعتصمون", "احتشد", "احتشدوا", "احتشدت", "اضرب",
    "اضربوا", "تجمع", "تجمعوا", "تجمعت", "نزل", "نزلوا", "خرج", "خرجوا", "خرجت", "تراجع",
    "تراجعت", "تراجعوا", "حشد", "حشدت", "حشدوا",
})
_VIOLENT_CAUSES = frozenset({"Killing", "Attack", "MilitaryOperation"})
_STANDALONE = frozenset({"Killing", "Attack", "MilitaryOperation", "Protest"})
"""Classes whose events are kept without a named argument when the sentence reports them."""
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "لهذا", "لهذه", "بهذا", "بهذه"})


def _agent(context: Extraction, words: list[Word], position: int, draft: Draft,
           sentence: Sentence) -> ArgsAfter:
    args, after, source = _agent_with_source(context, words, position, draft, sentence)
    draft.agent_source = source
    return ArgsAfter(args, after)


def _agent_with_source(context: Extraction, words: list[Word], position: int, draft: Draft,
                       sentence: Sentence) -> ArgsFound:
    word = words[position]
    if draft.verb:
        return _verb_agent(context, words, position, sentence)
    if possessive_pronoun(word) is not None:  # «بسطت جماعة مسلحة سيطرتها»
        return ArgsFound(possessive_agent(context, words, position, sentence), position + 1,
                         "subject")
    supported = _support_verb_subject(context, words, position, sentence)
    if supported:
        return ArgsFound(supported, _follower_end(context, words, position, sentence),
                         "subject")
    if draft.patient:
        return _agent_of_patient_noun(context, words, position, sentence)
    genitive = _genitive_agent(context, words, position, sentence)
    if genitive is not None:
        return genitive
    if position > 0 and not context.boundary_between(words[position - 1], word):
        light = words[position - 1]
        if light.bare() in LIGHT_VERBS or light.norm in LIGHT_VERBS:
            pronoun = first_person_near(context, words, position - 1, lookback=0)
            if pronoun is not None:
                return ArgsFound([pronoun], position + 1, "pronoun")
            before = subject_before(context, words, position - 1, max_words=4)
            return ArgsFound(before, position + 1, "light")
    doer = light_perpetrator(context, words, position)
    if doer is not None:
        return ArgsFound([doer], position + 1, "light")
    distant = _distant_light_subject(context, words, position, sentence)
    if distant:
        return ArgsFound(distant, position + 1, "light")
    pronoun = first_person_near(context, words, position, lookback=4)
    if pronoun is not None:
        return ArgsFound([pronoun], position + 1, "pronoun")
    if position > 0 and words[position - 1].norm in _COMPLEMENTISERS:
        return ArgsFound([], position + 1, "before")  # «قال متحدث باسم التحالف إن عملية»
    return ArgsFound(subject_before(context, words, position, max_words=5), position + 1, "before")


_COMPLEMENTISERS = frozenset({"ان", "بان", "وان", "فان"})
"""«قال متحدث باسم التحالف إن عملية انتحارية استهدفت»: a noun right after «إن» opens the
reported clause as its subject; the names before «إن» (the speaker) did not do it."""


def _verb_agent(context: Extraction, words: list[Word], position: int,
                sentence: Sentence) -> ArgsFound:
    """The agent of a verb trigger: a first-person pronoun near it, its subject after it
    (none after a plural «وا», which is the subject: «اغتالوا رفيق الحريري»), a quoted
    subject, else the nearest agent before it."""
    word = words[position]
    pronoun = first_person_near(context, words, position, lookback=2)
    if pronoun is not None:
        return ArgsFound([pronoun], position + 1, "pronoun")
    plural = any(rest.endswith("وا") for _, rest in word.readings()) or \
        _passive(context, word)
    subjects, after = ([], position + 1) if plural else _verb_subject(
        context, words, position, sentence)
    if subjects:
        return ArgsFound(subjects, after, "subject")
    quoted = None if plural else _quoted_subject(context, words, position)
    if quoted is not None:
        return ArgsFound([quoted], position + 2, "subject")
    was = was_subject(context, words, position, sentence)
    if was:  # «وكانت «كتائب القسام»، الجناح العسكري لحركة حماس قد أطلقت»
        return ArgsFound(was, position + 1, "subject")
    before = subject_before(context, words, position, max_words=6)
    if not before and word.norm.startswith("و"):  # «استولى على البلدات، وقتل الأجانب»
        before = subject_before(context, words, position, max_words=15)
    return ArgsFound(_within_clause(context, words, position, before), position + 1, "before")


def _within_clause(context: Extraction, words: list[Word], position: int,
                   before: list[Arg]) -> list[Arg]:
    """«وقال فلان إن «سيارة مفخخة انفجرت»: a clause opened by «إن» with its own subject
    before the verb; the speaker named before «إن» did not do it."""
    if not before:
        return before
    first = context.word_at(before[0].start)
    if first is None:
        return before
    for index in range(position - 2, first.index - words[0].index, -1):
        if words[index].norm in _COMPLEMENTISERS:
            return []
    return before


_DAMMA = "\u064f"
_PASSIVE_FORMS = frozenset({"اغتيل"})


def _passive(context: Extraction, word: Word) -> bool:
    """«اُغتيل فلان», «وقُتل سالم», «أُعدم»: a perfect verb printed with a damma on its first
    letter (or a form that is only passive, «اغتيل») is a passive; the name after it is
    its victim, not its subject («يُهاجم», an imperfect, may be active)."""
    if word.has(_PASSIVE_FORMS):
        return True
    printed = context.doc.text[word.start:word.end]
    stem = printed[1:] if printed[:1] in {"و", "ف"} and len(printed) > 3 else printed
    return len(stem) > 2 and stem[1] == _DAMMA and stem[0] not in {"ي", "ت", "ن"}


def _genitive_agent(context: Extraction, words: list[Word], position: int,
                    sentence: Sentence) -> ArgsFound | None:
    """A noun trigger's genitive agent right after it, maybe behind «النظام», «قوات» ...,
    or the country its nisba names («الغارات الإسرائيلية»)."""
    genitive = _genitive_start(context, words, position)
    if genitive is None:
        return None
    following = context.mention_starting_in(words[genitive])
    if following is not None and following.entity_id and following.label in AGENT_LABELS \
            and not context.attached_prefix(following).lstrip("وف"):
        subjects = chain(context, following, sentence, AGENT_LABELS)
        last = context.word_at(max(subjects[-1].start, subjects[-1].end - 1))
        after = last.index - words[0].index + 1 if last is not None else genitive + 1
        return ArgsFound(subjects, after, "subject")
    if following is None:
        country = context.country_for_nisba(words[genitive])
        if country:
            nisba = words[genitive]
            return ArgsFound([Arg(country, nisba.start, nisba.end)], genitive + 1, "subject")
    return None


def _genitive_start(context: Extraction, words: list[Word], position: int) -> int | None:
    """Where the genitive of a noun trigger starts: right after it, or behind a head noun
    («النظام», «قوات»; a group's head also before a quoted name: «سيطرة تجمع «جيش الفتح»»);
    None at punctuation."""
    genitive = position + 1
    if genitive + 1 < len(words) and context.mention_starting_in(words[genitive]) is None:
        gap = context.gap(words[genitive], words[genitive + 1]).strip()
        if words[genitive].has(GENERIC_HEADS) and \
                not context.boundary_between(words[genitive], words[genitive + 1]):
            return genitive + 1
        if words[genitive].has(_GROUP_HEADS) and gap in {"", "«", "\""}:
            return genitive + 1
        if words[position].bare() in STRIKES and words[genitive].norm in _STRIKE_KINDS and \
                not context.boundary_between(words[genitive], words[genitive + 1]):
            return genitive + 1  # «ضربة جوية أميركية»: the owner after the kind of strike
    if genitive >= len(words) or context.boundary_between(words[genitive - 1], words[genitive]):
        return None
    return genitive


_STRIKE_KINDS = frozenset({"جويه", "جويا", "صاروخيه"})
_GROUP_HEADS = frozenset({"تجمع", "تحالف", "ائتلاف", "فصائل", "كتائب"})
"""Words that head a group's name and stand before it in a genitive: «سيطرة تجمع «جيش
الفتح» على المدينة», «هجمات فصائل المعارضة»."""
_LIGHT_REACH = 20
"""How many words a light verb may stand before its «ب» noun: a long title may come between."""


def _distant_light_subject(context: Extraction, words: list[Word], position: int,
                           sentence: Sentence) -> list[Arg]:
    """«قام محافظ ثادق عبد الله السلامة يرافقه مدير الشرطة بزيارة», «قام الأمير محمد بن سلمان
    ولي ولي العهد اليوم بزيارة», «إن الحكومة قامت بجولات»: a noun with «ب» that a light verb
    earlier in the clause governs; its agent is the light verb's subject (after it, or the
    name right before it), not the nearest name before the noun."""
    if not any(prefix.lstrip("وف")[:1] == "ب" for prefix, rest in words[position].readings()
               if rest in EVENT_TRIGGERS):
        return []
    for index in range(position - 1, max(-1, position - _LIGHT_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return []
        if words[index].bare() not in LIGHT_VERBS and words[index].norm not in LIGHT_VERBS:
            if find_event(words[index].norm) is not None:
                return []  # another event noun or verb stands between
            continue
        if index == position - 1:
            return []  # read by the adjacent light verb rule
        subjects, _ = subject_after(context, words, index, sentence)
        if subjects:
            return source_filtered(context, subjects)
        return source_filtered(context, subject_before(context, words, index, max_words=3))
    return []


_ACTOR_HEADS = GENERIC_HEADS | frozenset({
    "متمردون", "متمردين", "مسلحون", "مسلحين", "مسلحو", "مقاتلو", "مقاتلون", "مقاتلين",
})
"""Heads of a subject phrase before the named group: «المتمردون الحوثيون», «قوات التحالف»."""


def _verb_subject(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> ArgsAfter:
    """The subject right after a verb (``subject_after``), also behind a head noun that
    names the kind of actor: «قصف المتمردون الحوثيون», «شنت قوات التحالف غارات»."""
    subjects, after = subject_after(context, words, position, sentence)
    if subjects:
        return ArgsAfter(subjects, after)
    head = position + 1
    if head + 1 >= len(words) or not words[head].has(_ACTOR_HEADS) or \
            context.mention_starting_in(words[head]) is not None or \
            context.boundary_between(words[position], words[head]) or \
            context.boundary_between(words[head], words[head + 1]):
        return ArgsAfter([], position + 1)
    mention = context.mention_starting_in(words[head + 1])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            context.is_nisba(mention) or context.attached_prefix(mention):
        return ArgsAfter([], position + 1)
    found = chain(context, mention, sentence, AGENT_LABELS)
    last = context.word_at(max(found[-1].start, found[-1].end - 1))
    return ArgsAfter(found, (last.index - words[0].index + 1) if last is not None else head + 2)


def _quoted_subject(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«ودخلت «المقاومة الشعبية» إلى ...»: a name in quotation marks right after the verb."""
    if position + 1 >= len(words):
        return None
    following = words[position + 1]
    if context.gap(words[position], following).strip() not in {"«", "\""}:
        return None
    mention = context.mention_starting_in(following)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS:
        return None
    closing = context.doc.text[mention.end:mention.end + 1]
    return Arg(mention.entity_id, mention.start, mention.end) if closing in {"»", "\""} else None


def _support_verb_subject(context: Extraction, words: list[Word], position: int,
                          sentence: Sentence) -> list[Arg]:
    """«ارتكبت الميليشيات الحوثية مجزرة», «التحالف الذي شن نحو 15 غارة»: the subject of the
    support verb that governs the event noun, after it or before «الذي»; «لهجوم شنّه مقاتلون»:
    the support verb right after the noun, with the noun as its object pronoun."""
    hit = find_event(words[position].norm)
    violent = hit is not None and (hit.value in VIOLENT or
                                   particular_attack(context, words, position))
    follower = _supporting_follower(context, words, position)
    if follower is not None:
        subjects, _ = _verb_subject(context, words, follower, sentence)
        if subjects:
            return subjects
        if violent and perpetrator_end(context, words, follower + 1) is not None:
            return perpetrator(context, words, follower + 1).args  # «هجوم نفذه مسلحون»
    for index in range(position - 1, max(-1, position - _SUPPORT_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return []
        if not words[index].has(SUPPORT_VERBS):
            if find_event(words[index].norm) is not None:
                return []  # another event word stands between
            continue
        subjects, after = _verb_subject(context, words, index, sentence)
        institution = None if subjects else institution_between(
            context, words, index + 1, position)
        if institution is not None:  # «نظمت اللجنة المنظمة مهرجانا»
            subjects, after = [institution], position
        elif not subjects and violent:  # «شنّ مسلحون هجوماً», «المتمردين شنوا الهجوم»
            subjects, after = unnamed_subject(context, words, index) or ([], after)
        elif not subjects and hit is not None and hit.value == "Protest" and \
                index + 1 < position and crowd_end(context, words, index + 1) == position - 1:
            crowd = crowd_phrase(context, words, index + 1)  # «نفذ المتظاهرون اعتصاماً»
            subjects, after = ([crowd[0]], crowd[1]) if crowd is not None else ([], after)
        if index < position - 3:  # further back, only the subject may stand between
            return subjects if after == position else []
        if subjects:
            return subjects
        if index > 0 and words[index - 1].norm in RELATIVE_PRONOUNS:
            return source_filtered(context, subject_before(context, words, index - 1, 4))
        if words[index].norm.startswith("و"):  # «واستولى على ... وشنّ هجمات»: same subject
            return source_filtered(context, subject_before(context, words, index, 15))
        return []
    return []


_SUPPORT_REACH = 6
"""How far before its noun a support verb may stand when its subject, maybe behind a head
noun, fills the words between («واصل عناصر المقاومة الشعبية زحفهم»); nearer, as before,
a short phrase may come between («شن نحو 15 غارة»)."""
_BY_IT = frozenset({"به", "بها", "بهم", "بهما"})


def _supporting_follower(context: Extraction, words: list[Word], position: int) -> int | None:
    """The verb after an event noun that takes it as object, whose subject is the agent:
    «لهجوم شنّه مقاتلون», «قصف عشوائي قام به المتمردون» (an adjective may come between)."""
    reach = position + 2
    for index in range(position + 1, position + 4):
        if index > reach or index >= len(words) or \
                context.boundary_between(words[index - 1], words[index]):
            return None
        word = words[index]
        if _support_with_object(word):
            return index
        if (word.bare() in LIGHT_VERBS or word.norm in LIGHT_VERBS) and \
                index + 1 < len(words) and words[index + 1].norm in _BY_IT:
            return index + 1
        if word.norm in RELATIVE_PRONOUNS:
            reach = index + 1  # «الحصار الذي يفرضه التحالف»: the relative clause's verb
            continue
        if find_event(word.norm) is not None:
            return None
    return None


def _follower_end(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> int:
    """Where the other roles of a noun start: after the subject of the support verb that
    follows it («قصف عشوائي قام به المتمردون على الأحياء», «هجوم شنّه مسلحون على نقطة»: the
    target follows the doer), else right after the noun."""
    follower = _supporting_follower(context, words, position)
    if follower is None:
        return position + 1
    subjects, after = _verb_subject(context, words, follower, sentence)
    if subjects:
        return _past_conjuncts(context, words, after)
    phrase = perpetrator_end(context, words, follower + 1)
    return phrase + 1 if phrase is not None else position + 1


def _past_conjuncts(context: Extraction, words: list[Word], after: int) -> int:
    """The index after the names joined to a subject by «و» («قام به المتمردون الحوثيون
    وقوات صالح على ...»), maybe behind an actor head; ``after`` when none follows."""
    for _ in range(3):
        if after >= len(words) or not words[after].norm.startswith("و") or \
                context.boundary_between(words[after - 1], words[after]):
            return after
        head = after + 1 if words[after].has(_ACTOR_HEADS) and after + 1 < len(words) else after
        mention = context.mention_starting_in(words[head])
        if mention is None or mention.label not in AGENT_LABELS:
            return after
        last = context.word_at(max(mention.start, mention.end - 1))
        if last is None:
            return after
        after = last.index - words[0].index + 1
    return after


def _support_with_object(word: Word) -> bool:
    """«شنّه», «نفذها»: a support verb with an object pronoun."""
    return any(rest.endswith(suffix) and rest[:-len(suffix)] in SUPPORT_VERBS
               for _, rest in word.readings() for suffix in ("ه", "ها", "هم"))


def _agent_of_patient_noun(context: Extraction, words: list[Word], position: int,
                           sentence: Sentence) -> ArgsFound:
    """«مقتل الصحفي»: the genitive is the victim. The agent is the subject of a light verb
    («قام مسلحون باغتيال») or follows «على يد» / «من قبل»; never a noun before the trigger
    («أعلن الجيش مقتل جندي» names who announced it)."""
    if position > 0 and not context.boundary_between(words[position - 1], words[position]):
        light = words[position - 1]
        if light.bare() in LIGHT_VERBS or light.norm in LIGHT_VERBS:
            before = subject_before(context, words, position - 1, max_words=4)
            return ArgsFound(before, position + 1, "light")
    doer = light_perpetrator(context, words, position)
    if doer is not None:
        return ArgsFound([doer], position + 1, "light")
    by_hand = _by_hand_of(context, words, position)
    return ArgsFound(by_hand, position + 1, "subject") if by_hand else \
        ArgsFound([], position + 1, "none")


_BY_FIRE_OF = frozenset({"رصاص", "نيران"})


def _by_hand_of(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«مقتل الصحفي على يد مسلحين», «قُتلوا برصاص الجيش», «بنيران القوات»: the agent of a
    passive or nominal killing, named after it."""
    for index in range(position + 1, min(len(words) - 1, position + 8)):
        if context.boundary_between(words[index], words[index + 1]):
            break
        by_hand = words[index].bare() in BY_HAND_OF and words[index - 1].bare() in {"علي", "من"}
        by_fire = any(prefix.lstrip("وف") == "ب" and rest in _BY_FIRE_OF
                      for prefix, rest in words[index].readings())
        if by_hand or by_fire:
            found = context.mention_starting_in(words[index + 1])
            if found is not None and found.entity_id and found.label in AGENT_LABELS:
                return [Arg(found.entity_id, found.start, found.end)]
            phrase = actor_phrase(context, words, index + 1)  # «برصاص المقاومة الشعبية»
            if phrase is None:  # «على يد مسلحين», «برصاص رجال الأمن»
                phrase = perpetrator_phrase(context, words, index + 1)
            if phrase is None and by_fire:  # «بنيران هندية»: the country's fire
                return _fire_of_country(context, words[index + 1])
            return [phrase[0]] if phrase is not None else []
    return []


def _fire_of_country(context: Extraction, word: Word) -> list[Arg]:
    """«قُتلوا بنيران هندية», «برصاص إسرائيلي»: the country a nisba after the fire names."""
    country = context.country_for_nisba(word) if context.covering_mention(word.start) is None \
        else None
    return [Arg(country, word.start, word.end)] if country else []


def _noun_use(context: Extraction, words: list[Word], position: int, form: str,
              prefix: str) -> bool:
    """«على قتل», «بقتل», «عمليات خطف», «خطف وقتل»: a form that is also a verbal noun, used
    as a noun. It is a verb at the start of a clause, after a subject name, or after a
    word that opens a clause («فيما قتل», «لقد قتل»)."""
    if form not in VERB_OR_NOUN:
        return False
    if prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"}:
        return True
    if position == 0 or context.boundary_between(words[position - 1], words[position]):
        return False
    before = words[position - 1]
    if (before.bare() in PREPOSITIONS and before.bare() != "من") or before.has(NOUN_GOVERNORS):
        return True  # «من قتل» is «who killed»
    if context.covering_mention(before.start) is not None:
        return False  # «صفر قتل ابنه»: the subject before the verb
    if no_object(context, words, position + 1) and \
            victim_before(context, words, position) is not None:
        return False  # «إن شخصاً قُتل وأُصيب أربعة»: a passive after its subject
    return before.norm not in CLAUSE_OPENERS and before.bare() not in CLAUSE_OPENERS


def _names_event(context: Extraction, words: list[Word], position: int, label: str,
                 form: str, verb: bool) -> bool:
    return complement_ok(context, words, position, form) and \
        happened(context, words, position, verb, label in VIOLENT) and \
        eventive_sense(context, words, position, label, form)


def _reported(context: Extraction, words: list[Word], position: int, draft: Draft,
              count: Count | None) -> bool:
    """A violent or protest trigger names a reported event: a verb, or a noun with an
    agent of its own or a frame that reports it (see ``event_sense``)."""
    required = not draft.verb and trigger_form(words[position]) in AGENT_REQUIRED_NOUNS
    named_only = required and draft.agent_source != "light"  # «قام مسلحون بخطف»: a deed
    if draft.agent_source in OWN_AGENT and any(
            a.role == "agent" and not (named_only and _unnamed(context, a.entity_id))
            for a in draft.arguments):
        return True
    if required:
        return False
    definite = not draft.verb and any("ال" in prefix for prefix, rest in words[position].readings()
                                      if rest in EVENT_TRIGGERS)
    return reported_without_arguments(context, words, position, draft.verb, count is not None,
                                      definite)


def _unnamed(context: Extraction, node_id: str) -> bool:
    """An agent kg named from a phrase, not a mention («مسلحون»): a practice noun
    («تعرضها للخطف على يد مسلحين») needs a named doer to be told as an event."""
    if node_id in context.entities:
        return False
    entity = context.found.new_entities.get(node_id) or context.state.new_entities.get(node_id)
    return entity is not None and entity.label == "Miscellaneous"


def extract_sentence(index: DocIndex, state: DocState, sentence: Sentence,
                     words: list[Word]) -> Findings | None:
    """The events of one sentence, and the earlier events it adds arguments to; None
    when no word of the sentence may be an event trigger."""
    if not index.trigger_positions(words, EVENT_WORD):
        return None
    context = Extraction(index, state)
    here = SentenceState(article_date(context.doc.meta.date))
    for position in context.trigger_positions(words, EVENT_WORD):
        word = words[position]
        hit = find_event(word.norm)
        if hit is None or context.covering_mention(word.start) is not None:
            continue
        draft = _draft(context, words, position, hit, sentence, here)
        if draft is None and hit.value in GATHERING:
            context.found.rejected_events.add(hit.value)
        if draft is not None:
            _extract(context, words, position, draft, hit.prefix, here)
    _fold_killings(context, words, here)
    return context.found


_KILLED_IN = frozenset({"في", "جراء", "اثر", "بسبب"})
"""«قتلوا في انفجار», «قتل جراء غارة»: the words that tie a killing to the attack after it."""


def _fold_killings(context: Extraction, words: list[Word], here: SentenceState) -> None:
    """«خمسة جنود قتلوا في انفجار قنبلة», «قتلوا عندما تعرضوا لهجوم»: a killing with no agent
    of its own told as the outcome of the attack right after it is that attack's casualty
    count, not another event (as «انفجار ... أدى إلى مقتل عشرة»)."""
    for killing_id in list(here.recorded):
        killing = context.found.events.get(killing_id)
        if killing is None or killing.label != "Killing" or \
                any(a.role == "agent" for a in killing.arguments):
            continue
        attack_id = _attack_after(context, words, here, killing)
        if attack_id is None:
            continue
        del context.found.events[killing_id]
        here.recorded.remove(killing_id)
        at_word = context.found.event_at_word
        for index, node in list(at_word.items()):
            if node == killing_id:
                at_word[index] = attack_id
        if killing.casualties is not None:
            _add_casualties(context, attack_id, Count(killing.casualties, 0, 0))


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


def _draft(context: Extraction, words: list[Word], position: int, hit: tuple[str, EventLabel],
           sentence: Sentence, here: SentenceState) -> Draft | None:
    """A draft event for the trigger at ``words[position]``, or None when it names none."""
    prefix, label = hit
    word = words[position]
    form = trigger_form(word)
    is_verb = any(rest in EVENT_VERBS for p, rest in word.readings() if "ال" not in p) and \
        "ال" not in prefix and not _noun_use(context, words, position, form, prefix)
    names = _names_event(context, words, position, label, form, is_verb)
    if names and possessive_pronoun(word) is not None:  # whose the pronoun is must be clear
        names = bool(possessive_agent(context, words, position, sentence) or
                     _resumed_agent(word, form, here))
    if label in _STANDALONE and here.cause_reported is False and \
            is_consequence(context, words, position):
        names = False  # «بعد الاعتداء الذي وقع ... وأسفر عن مقتل»: background too
    if label in _STANDALONE:
        here.cause_reported = names
    if not names:
        return None
    if form in BLOCKADE_FORMS and _imposed(context, words, position):
        label = "Sanction"  # «الحصار الذي يفرضه التحالف»
    if label == "MilitaryOperation" and particular_attack(context, words, position):
        label = "Attack"  # «شن مسلحون هجوماً انتحارياً»
    return Draft(label, word, sentence, is_verb, patient=not is_verb and form in PATIENT_NOUNS)


def _imposed(context: Extraction, words: list[Word], position: int) -> bool:
    """A verb or participle of imposing governs the noun: «فرضت حصاراً», «الحصار المفروض»,
    «الحصار الذي يفرضه التحالف» (with its object pronoun)."""
    for index in range(max(0, position - 3), min(len(words), position + 4)):
        if index == position:
            continue
        low, high = sorted((index, position))
        if any(context.boundary_between(words[i], words[i + 1]) for i in range(low, high)):
            continue
        if any(rest in IMPOSING or rest[:-1] in IMPOSING or rest[:-2] in IMPOSING
               for _, rest in words[index].readings()):
            return True
    return False


def _extract(context: Extraction, words: list[Word], position: int, draft: Draft,
             prefix: str, here: SentenceState) -> None:
    word, label = draft.word, draft.label
    described = _described_event(context, words, position) if draft.verb else None
    if described is not None:
        _describe(context, words, position, draft, described)
        return
    count = count_near(context, words, position) if label in _STANDALONE else None
    draft.count = count
    agents, after = _agents(context, words, position, draft, count, here)
    definite = "ال" in prefix or (position > 0 and words[position - 1].norm in _DEMONSTRATIVES)
    earlier = context.latest_event(label)
    if definite and earlier is not None and draft.agent_source == "before":
        agents = []  # «حضروا الاجتماع»: the meeting already introduced, not a new one
    if definite and earlier is None and context.rejected_event(label) and \
            draft.agent_source not in OWN_AGENT:
        return  # «أن اللقاء يرفض» after «عضو اللقاء الديموقراطي»: the same non-event
    for agent in agents:
        draft.add("participant" if label == "Agreement" and not draft.signer else "agent", agent)
    unnamed_doer = draft.verb and any(a.role == "agent" and _unnamed(context, a.entity_id)
                                      for a in draft.arguments)
    if unnamed_doer:  # «أطلق بعض الفدائيين النار على المقر ...»: the object first
        add_victim(context, words, max(after, position + 1), draft, count)
    roles_after(context, words, max(after, position + 1), draft, draft.sentence)
    if not unnamed_doer:
        add_victim(context, words, max(after, position + 1), draft, count)
    if label == "Killing" and not any(a.role == "agent" for a in draft.arguments):
        owner = strike_owner(context, words, position)
        if owner is not None:  # «قتلوا جراء ضربة جوية أميركية»
            draft.add("agent", owner)
    if label == "Protest":
        protested = protest_target(context, words, position)
        if protested is not None:  # «تظاهروا احتجاجاً على زيارة بوش»
            draft.add("target", protested)
    has_agent = any(a.role == "agent" for a in draft.arguments)
    if definite and earlier is not None and not has_agent and word.readings()[-1][1] and \
            _same_kind(context, earlier, word):
        _merge(context, earlier, draft, word)
        return
    if label in _STANDALONE and not _reported(context, words, position, draft, count):
        return
    if not draft.arguments and label not in _STANDALONE:
        return
    if label == "Deployment" and not draft.verb and draft.agent_source not in OWN_AGENT and \
            not any(w.has(TROOP_WORDS) for w in words[position + 1:position + 4]):
        return  # «الخوف من الدخول لمحافظة عدن»: whose entry it is must be said («نشر قوات»
        # names the troops, and the subject before it sends them)
    if label == "Killing" and here.cause is not None and count is not None and \
            is_consequence(context, words, position) and \
            not any(a.role == "agent" for a in draft.arguments):
        _add_casualties(context, here.cause, count)  # «انفجرت سيارة ... مما أدى إلى مقتل عشرة»
        return
    casualty_target(context, draft, count)
    _record(context, words, position, draft, count, here)


def _same_kind(context: Extraction, earlier: Event, word: Word) -> bool:
    """Whether a definite trigger may repeat the earlier event of its class. A meeting, a
    visit or an agreement is one act however it is named («التقى ...» then «حضر اللقاء»);
    the violent classes group different acts, so «الاشتباكات» after «بدأت القوات هجوماً» is
    a new event, while «الهجوم» after «هجوماً» repeats it (the same word, any inflection)."""
    if earlier.label not in _VIOLENT_CAUSES:
        return True
    before = context.word_at(earlier.trigger_start)
    if before is None:
        return True
    return trigger_form(before)[:3] == trigger_form(word)[:3]


def _described_event(context: Extraction, words: list[Word], position: int) -> Event | None:
    """The violent event of the noun that the verb at ``position`` describes: «تفجير انتحاري
    استهدف سوقاً» (see ``event_sense.asyndetic_description``), «الهجوم الذي استهدف».
    The verb names the same event as the noun, not a second one."""
    at_word = context.found.event_at_word
    for back in range(1, 6):
        index = position - back
        if index < 0:
            return None
        node = at_word.get(words[index].index)
        if node is None:
            continue
        event = context.found.events.get(node)
        if event is None or event.label not in _VIOLENT_CAUSES:
            return None
        relative = back == 2 and words[position - 1].norm in RELATIVE_PRONOUNS
        if relative or asyndetic_description(context, words, index) == position:
            return event
        return None
    return None


def _describe(context: Extraction, words: list[Word], position: int, draft: Draft,
              event: Event) -> None:
    """The object and places of a describing verb join the event of its noun: in «تفجير
    استهدف مسجداً في الكويت» the mosque is the blast's target, Kuwait its place; the verb's
    subject is the noun itself, so no agent is read."""
    draft.verb = False
    roles_after(context, words, position + 1, draft, draft.sentence)
    if victim_phrase_allowed(draft) and not any(a.role == "target" for a in event.arguments):
        victim = unnamed_target(context, words, past_time(context, words, position + 1), True)
        if victim is not None:
            draft.add("target", victim)
    if any(a.role == "target" for a in event.arguments):
        draft.arguments = [a for a in draft.arguments if a.role != "target"]
    _merge(context, event, draft, draft.word)


def _agents(context: Extraction, words: list[Word], position: int, draft: Draft,
            count: Count | None, here: SentenceState) -> ArgsAfter:
    """The agents of the draft and the index where its other roles start."""
    agents, after = _agent(context, words, position, draft, draft.sentence)
    counted_before = count is not None and count.end <= draft.word.start
    if counted_before and draft.agent_source == "before":
        agents = []  # «عشرة جنود ليبيين قُتلوا»: what comes before are the victims
    passive = _passive_victim(context, words, position, draft, ArgsAfter(agents, after),
                              count)
    if passive is not None:
        agents, after = passive
    if position > 0 and words[position - 1].norm in RELATIVE_PRONOUNS:
        antecedent = _named_antecedent(context, words, position - 1) if draft.verb else None
        if antecedent is not None and passive_form(draft.word) and \
                context.label(antecedent.node_id) == "Person" and \
                no_object(context, words, position + 1):
            draft.add("target", antecedent)  # «النائب فلان الذي قُتل مع ...»: the victim
            agents = _by_hand_of(context, words, position)
            draft.agent_source = "subject" if agents else "none"
        elif antecedent is not None:  # «هاموند الذي زار إسرائيل»: the antecedent did it
            agents, after = [antecedent], position + 1
            draft.agent_source = "subject"
        else:
            draft.verb = False  # «الهجوم الذي استهدف ...»: the antecedent is the event
            if draft.agent_source == "before":
                agents = []
    previously = _previously(context, words, position) if draft.verb else None
    if previously is not None:  # «سبق لأوباما أن زار»: the agent, and background
        draft.background = True
        if previously:
            agents, after = previously, position + 1
            draft.agent_source = "subject"
    if draft.label == "Agreement" and not draft.verb:
        signers = _signers(context, words, position, draft.sentence)
        if signers:
            agents = signers
            draft.signer = len(signers) == 1
    agents = source_filtered(context, agents)
    if reciprocal(draft) and draft.agent_source not in OWN_AGENT:
        agents, draft.agent_source = [], "none"  # «قتل 13 من الميليشيا في مواجهات مع ...»
    if draft.label == "Visit" and not draft.verb and draft.agent_source in {"before", "none"}:
        visitor = _visitor_during(context, words, position)
        if visitor:
            agents, draft.agent_source = visitor, "subject"
    if draft.verb and draft.label == "Killing" and draft.agent_source == "before":
        by_hand = _by_hand_of(context, words, position)
        if by_hand:  # «قُتل 6 مسلحين برصاص الجيش»: the passive's agent, not a name before
            agents, draft.agent_source = by_hand, "subject"
    unnamed = unnamed_agent(context, words, position, draft, agents)
    if unnamed is not None:  # «اختطف مسلحون أربعة مهندسين»: the doer, though unnamed
        agents, after = unnamed
    if draft.verb and not agents and draft.agent_source == "before" and here.previous_agent:
        agents = here.previous_agent  # «ارتكبت الميليشيات مجزرة ... بعدما أمطرت»: same subject
    if not agents and not draft.verb:
        agents = _resumed_agent(draft.word, trigger_form(draft.word), here)
    return ArgsAfter(agents, after)


def _passive_victim(context: Extraction, words: list[Word], position: int, draft: Draft,
                    found: ArgsAfter, count: Count | None) -> ArgsAfter | None:
    """A verb of killing or kidnapping read as a passive (see ``kg.relations.victims``): its
    victim becomes the target, and its agent is only one named after «على يد», «برصاص»;
    the agents and where the other roles start, or None when the verb is read as active."""
    form = passive_form(draft.word) if draft.verb else ""
    if not form:
        return None
    agents, after = found
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
    doers = _by_hand_of(context, words, position)
    draft.agent_source = "subject" if doers else "none"
    return ArgsAfter(doers, after)


def _resumed_agent(word: Word, form: str, here: SentenceState) -> list[Arg]:
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
                context, words, index + 1, position)
            return [institution] if institution is not None else signers
    return []


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


def _record(context: Extraction, words: list[Word], position: int, draft: Draft,
            count: Count | None, here: SentenceState) -> None:
    word, label = draft.word, draft.label
    when = event_time(here.anchor, words, position)
    confidence = event_confidence(_cues(context, draft, count, when.historical))
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
    if label in _VIOLENT_CAUSES:
        here.cause = node_id
    own = [a for a in draft.arguments if a.role == "agent"]
    if own and draft.agent_source in OWN_AGENT:
        here.previous_agent = [Arg(a.entity_id, a.start, a.end) for a in own]
        here.previous_form = trigger_form(word)


def _cues(context: Extraction, draft: Draft, count: Count | None,
          historical: bool) -> EventCues:
    """How the draft's trigger and arguments were found (see ``event_confidence``)."""
    roles = {a.role for a in draft.arguments}
    agent = "none" if "agent" not in roles else \
        "own" if draft.agent_source in OWN_AGENT else "far"
    targets = [a for a in draft.arguments if a.role == "target"]
    target = "none"
    if draft.partitive or (count is not None and any(a.start == count.start for a in targets)):
        target = "counted"
    elif targets:
        gaps = [abs(found.index - draft.word.index) for a in targets
                if (found := context.word_at(a.start)) is not None]
        target = "far" if gaps and min(gaps) >= FAR_TARGET_WORDS else "near"
    definite = not draft.verb and any("ال" in prefix for prefix, rest in draft.word.readings()
                                      if rest in EVENT_TRIGGERS)
    return EventCues(verb=draft.verb, agent=agent, target=target,
                     participant="participant" in roles, other_roles=bool(roles - {"agent"}),
                     definite_noun=definite, background=historical or draft.background)


def _add_casualties(context: Extraction, event_id_: str, count: Count) -> None:
    """The outcome of an attack is its casualty count, not another event."""
    cause = context.event(event_id_)
    if cause.casualties is None:
        context.found.events[event_id_] = replace(cause, casualties=count.value)


def _merge(context: Extraction, earlier: Event, draft: Draft, word: Word) -> None:
    known = {(a.role, a.entity_id) for a in earlier.arguments}
    known_ids = {a.entity_id for a in earlier.arguments}
    added = tuple(a for a in draft.arguments
                  if (a.role, a.entity_id) not in known and a.entity_id not in known_ids)
    if added:
        context.found.events[earlier.id] = replace(earlier, arguments=earlier.arguments + added)
    context.found.event_at_word[word.index] = earlier.id
