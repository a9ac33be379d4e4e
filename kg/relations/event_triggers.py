"""Whether an event trigger names an event, and the draft it makes.

A trigger form that is also a verbal noun is a verb at the start of a clause or after
its subject, a noun after a preposition or a governing noun («على قتل», «عمليات خطف»);
it names an event in its eventive sense and as having happened (``event_sense``), and a
possessive noun only when whose it is is clear. A blockade imposed («الحصار الذي يفرضه
التحالف») is a Sanction, an offensive with a bomb («هجوماً انتحارياً») an Attack. Once its
arguments are read, a violent or protest trigger is kept when it is reported: a verb, or
a noun with an agent of its own or a frame that reports it.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.ontology.namespace import EventLabel
from kg.relations.casualties import Count, number_value
from kg.relations.context import Extraction
from kg.relations.event_agents import resumed_agent
from kg.relations.event_allies import fighting_alongside
from kg.relations.event_announced_deaths import announced_death
from kg.relations.event_attack_words import ATTACK_VERBS, attempted_killing
from kg.relations.event_background import anniversary_of
from kg.relations.event_broadcast_talks import broadcast_talk
from kg.relations.event_caused import caused_event
from kg.relations.event_chronicle import chronicle_entry
from kg.relations.event_claims import LIGHT_HEADS, claimed_doer
from kg.relations.event_clash_tolls import clash_lasted, clash_toll, exchanged
from kg.relations.event_complements import complement_ok
from kg.relations.event_conjoined_verbs import continues_verb
from kg.relations.event_demanded_items import demanded_item
from kg.relations.event_denied_reports import in_denied_report
from kg.relations.event_descriptions import reported_without_arguments
from kg.relations.event_direction_places import ends_direction_place
from kg.relations.event_discourse import after_discourse_opener
from kg.relations.event_disjoined import disjoined_fate
from kg.relations.event_draft import (
    OWN_AGENT,
    VIOLENT,
    Draft,
    SentenceState,
    particular_attack,
    trigger_form,
)
from kg.relations.event_fears import feared
from kg.relations.event_figures import figurative
from kg.relations.event_found_killed import found_killed
from kg.relations.event_framed_conjuncts import CONFLICT, framed_conjunct
from kg.relations.event_happened import happened
from kg.relations.event_if_clauses import in_if_clause
from kg.relations.event_imposed import imposed_on_named
from kg.relations.event_lifted_sanctions import lifted_from_named
from kg.relations.event_light_deeds import light_deed
from kg.relations.event_met import MET_FORMS
from kg.relations.event_natural_disasters import natural_disaster
from kg.relations.event_new_triggers import NEW_VERBS, named_operation
from kg.relations.event_occurred_after import occurred_after
from kg.relations.event_operations import military_operations
from kg.relations.event_outcomes import TOLD_BY_OUTCOME, met_death, told_after
from kg.relations.event_plots import in_plot, in_title
from kg.relations.event_pronoun_objects import possessive_named
from kg.relations.event_prospects import prospect
from kg.relations.event_purpose_conjuncts import joined_to_purpose
from kg.relations.event_repulsed import repelled_attack
from kg.relations.event_security_words import announced_status_death
from kg.relations.event_sense import eventive_sense, is_consequence
from kg.relations.event_siege import laid_siege
from kg.relations.event_success import ENTRY_FORMS, entered_by_success
from kg.relations.event_talks_to_come import talks_to_come
from kg.relations.event_tanween import printed_with_tanween
from kg.relations.event_that_subjects import opens_that_clause
from kg.relations.event_tidings import received_tidings
from kg.relations.event_tomorrow import TOMORROW_CLASSES, set_for_tomorrow
from kg.relations.event_unasserted import unasserted
from kg.relations.event_violent_frames import FRAMED_VERBS
from kg.relations.event_wars import fought_named_foe, war_on_named_foe
from kg.relations.index import Word
from kg.relations.lexicon import (
    ADVANCE_FORMS,
    AGENT_REQUIRED_NOUNS,
    AGENT_REQUIRED_VERBS,
    BEATING_FORMS,
    BLOCKADE_FORMS,
    CLAUSE_OPENERS,
    DEATH_MET,
    EVENT_TRIGGERS,
    FIRING_PRESENT,
    GREETING_FORMS,
    IMPOSING,
    INFLECTED_BASE,
    INSPECTING_FORMS,
    NOUN_GOVERNORS,
    PATIENT_NOUNS,
    PREPOSITIONS,
    RECEIVING_FORMS,
    RESUMING_IN,
    TROOP_MOVES,
    VERB_OR_NOUN,
    WEEKDAYS,
    find_event,
)
from kg.relations.perpetrators import PERPETRATOR_HEADS, perpetrator_end
from kg.relations.possessive import possessive_agent, possessive_pronoun
from kg.relations.victims import no_object, victim_before

EVENT_VERBS = frozenset({
    "التقي", "التقت", "التقوا", "يلتقي", "اجتمع", "اجتمعت", "اجتمعوا", "اجتمعا", "استقبل",
    "استقبلت", "يستقبل", "سيطرت", "سيطر", "سيطروا", "انتزعت", "انتزع", "استعادت", "استعاد",
    "استولي", "استولت", "استولوا", "دخلت", "هاجم", "هاجمت", "قصفت", "تقصف", "يقصف", "استهدف",
    "استهدفت", "فجر", "امطرت", "اسقطت", "اسقط", "اسقطوا", "قتل", "قتلت", "اغتال", "اعدم",
    "اتفق", "اتفقت",
    "زار", "زارت", "يزور", "تزور", "انسحب", "انسحبت", "ينتشرون", "ينتشر", "انزلنا", "انزل",
    "انزلت", "تظاهر", "هاجموا", "قصفوا", "استهدفا", "استهدفوا", "اعتدي", "اعتدت", "اعتدوا",
    "فجرا", "فجروا", "فجرت", "انفجرت", "انفجر", "خطف", "خطفت", "خطفوا", "خطفا", "اختطف",
    "اختطفت", "اختطفوا", "اختطفا", "يختطف", "عذب", "عذبت", "عذبوا", "اطلق", "اطلقت", "اطلقوا",
    "فتح", "فتحت", "فتحوا", "قتلوا", "قتلا", "يقتل", "تقتل", "قصف", "اغتالوا", "اغتالت", "اغتيل",
    "اعدموا", "استشهد", "تظاهروا", "تظاهرت", "يتظاهرون", "يتظاهر", "احتج", "احتجوا", "احتجت",
    "يحتجون", "اعتصم", "اعتصموا", "يعتصم", "يعتصمون", "احتشد", "احتشدوا", "احتشدت", "اضرب",
    "اضربوا", "تجمع", "تجمعوا", "تجمعت", "نزل", "نزلوا", "خرج", "خرجوا", "خرجت", "تراجع",
    "تراجعت", "تراجعوا", "حشد", "حشدت", "حشدوا", "بحث", "بحثت", *AGENT_REQUIRED_VERBS,
    *BEATING_FORMS, *TROOP_MOVES, *FIRING_PRESENT, *ADVANCE_FORMS,
    *RECEIVING_FORMS, *GREETING_FORMS, *INSPECTING_FORMS, *NEW_VERBS, *MET_FORMS, *ATTACK_VERBS,
    *FRAMED_VERBS,
})
"""Trigger forms that are verbs, unless used as a noun (``_noun_use``)."""

_NOUNS_AFTER_MIN = frozenset({"قصف", "تفجير", "هجوم"})
"""Forms that after «من» are verbal nouns («علقت العمليات من قصف جوي ومدفعي»), not «who»."""

STANDALONE = frozenset({"Killing", "Attack", "MilitaryOperation", "Protest"})
"""Classes whose events are kept without a named argument when the sentence reports them."""


def _noun_use(context: Extraction, words: list[Word], position: int, form: str,
              prefix: str) -> bool:
    """«على قتل», «بقتل», «عمليات خطف», «خطف وقتل»: a form that is also a verbal noun, used
    as a noun. It is a verb at the start of a clause, after a subject name, or after a
    word that opens a clause («فيما قتل», «لقد قتل»)."""
    if form not in VERB_OR_NOUN:
        return False
    if printed_with_tanween(context, words[position]):
        return True  # «من أحداث عنفٍ، وقتلٍ، واعتقالاتٍ»: a verb takes no tanween
    if prefix.lstrip("وف")[:1] in {"ب", "ل", "ك"}:
        return True
    if position == 0 or context.boundary_between(words[position - 1], words[position]):
        return False
    if prefix in {"و", "ف"} and form in _PERFECT_HOMOGRAPHS and \
            continues_verb(context, words, position):
        return False  # «اعتقل عشرة مسلحين وقتل خمسة آخرين»: a second verb of the clause
    before = words[position - 1]
    if (before.bare() in PREPOSITIONS and (before.bare() != "من" or form in _NOUNS_AFTER_MIN)) \
            or before.has(NOUN_GOVERNORS):
        return True  # «من قتل» is «who killed», «من قصف جوي» «of air shelling»
    if context.covering_mention(before.start) is not None:
        return False  # «صفر قتل ابنه»: the subject before the verb
    if no_object(context, words, position + 1) and \
            victim_before(context, words, position) is not None:
        return False  # «إن شخصاً قُتل وأُصيب أربعة»: a passive after its subject
    if after_discourse_opener(words, position):
        return False  # «من جهة ثانية قصف طيران التحالف», «إلى ذلك قتل»
    if form in _PERFECT_HOMOGRAPHS and not prefix and \
            opens_that_clause(context, words, position):
        return False  # «وقال الحاكم إن الجيش قتل عشرة مسلحين»: the clause's verb
    if form in _PERFECT_HOMOGRAPHS and not prefix and ends_direction_place(words, position):
        return False  # «وفي المحمودية جنوب العاصمة قتل مسلحون مترجماً»: the place, then the verb
    if form in _PERFECT_HOMOGRAPHS and not prefix and (
            (_definite_noun(before) and perpetrator_end(context, words, position - 1) ==
             position - 1) or (
                (before.has(WEEKDAYS) or before.norm in _PAST_TIME or _year(before)) and
                _counted_victims(words, position + 1))):
        return False  # «أن الانتحاري قتل», «وفي الأسبوع الماضي قتل 12 شخصاً»: an indefinite
        # verbal noun is neither the first term of a definite noun's iḍāfa nor its adjective;
        # a doer, or a time before the counted victims of a passive, opens the verb's clause
    if resumed_passive(words, position) and \
            not any(find_event(w.norm) is not None for w in words[max(0, position - 3):position]):
        return False  # «تمرد مستمر منذ ست سنوات قتل فيه مليون شخص»: a passive in a clause
        # on an indefinite noun, its pronoun resuming it (after an event noun, «هجوم انتحاري
        # قتل فيه 58 شخصاً», the killing is that event's toll: left to the noun)
    return before.norm not in CLAUSE_OPENERS and before.bare() not in CLAUSE_OPENERS


_PERFECT_HOMOGRAPHS = frozenset({"قتل", "خطف", "قصف", "فتح"})
"""Forms of ``VERB_OR_NOUN`` that are also perfect verbs («قتل», «قصف»)."""


_PAST_TIME = frozenset({"الماضي", "الماضيه", "المنصرم", "الاسبوع", "الفجر", "الصباح"})
"""Times that end a phrase before a verb: «الأسبوع الماضي قتل», «فجر الجمعة قصف»."""


def resumed_passive(words: list[Word], position: int) -> bool:
    """«قتل فيه»: a bare perfect homograph with the pronoun that resumes a noun before it,
    the verb of a clause describing that noun («تمرد ... قتل فيه مليون شخص»). Such a clause
    mostly tells the background of the news; kept only when its time says it is."""
    word = words[position]
    return word.norm in _PERFECT_HOMOGRAPHS and position + 1 < len(words) and \
        words[position + 1].norm in RESUMING_IN


def _counted_victims(words: list[Word], index: int) -> bool:
    """A count at ``words[index]`` whose noun is no doer: «12 شخصاً», not «أربعة مسلحين»
    (who may be the doers of an active verb, «قتل أربعة مسلحين ... 67 شخصاً»)."""
    return index + 1 < len(words) and number_value(words[index]) is not None and \
        not words[index + 1].has(PERPETRATOR_HEADS)


def _year(word: Word) -> bool:
    """«2013», «1990م»: a year that ends a phrase of time («وفي عام 2013 قتل»)."""
    digits = word.norm.rstrip("مه")
    return len(digits) == 4 and digits.isdigit()


def _definite_noun(word: Word) -> bool:
    """A word with the article and no preposition before it: «الجيش», «والطيران» (not
    «بالقتل», «للجيش», whose phrase governs what follows)."""
    return any(prefix in {"ال", "وال", "فال"} for prefix, _ in word.readings())


def _names_event(context: Extraction, words: list[Word], position: int, label: str,
                 form: str, verb: bool) -> bool:
    """Whether the trigger names an event that happened, in its eventive sense."""
    imposed = label == "Sanction" and not verb and (
        imposed_on_named(context, words, position) or lifted_from_named(context, words, position))
    return complement_ok(context, words, position, form) and \
        (happened(context, words, position, verb, label in VIOLENT) or imposed or
         (not verb and anniversary_of(context, words, position))) and \
        not prospect(context, words, position, label) and \
        not feared(context, words, position) and \
        not (label in TOMORROW_CLASSES and set_for_tomorrow(context, words, position)) and \
        not in_denied_report(context, words, position) and \
        not in_if_clause(context, words, position, verb) and \
        not (label == "Meeting" and broadcast_talk(context, words, position)) and \
        not figurative(context, words, position, label, form) and \
        not natural_disaster(context, words, position, label) and \
        not received_tidings(context, words, position, form) and \
        not in_plot(context, words, position) and not in_title(context, words, position) and \
        not (label == "Meeting" and talks_to_come(context, words, position, verb)) and \
        not fighting_alongside(words, position, form) and \
        not joined_to_purpose(context, words, position, verb) and \
        not demanded_item(words, position, verb) and \
        not unasserted(context, words, position, label, verb) and \
        not (label in CONFLICT and framed_conjunct(context, words, position)) and \
        not (label == "Killing" and disjoined_fate(context, words, position)) and \
        eventive_sense(context, words, position, label, form)


def is_reported(context: Extraction, words: list[Word], position: int, draft: Draft,
                count: Count | None) -> bool:
    """A violent or protest trigger names a reported event: a verb, or a noun with an
    agent of its own or a frame that reports it (see ``event_sense``)."""
    if words[position].bare() in DEATH_MET:  # «لقي ثمانية أشخاص مصرعهم»
        return met_death(context, words, position) is not None and (
            not words[position].bare().startswith("حتف") or _violent_cause(words, position))
    required = not draft.verb and trigger_form(words[position]) in AGENT_REQUIRED_NOUNS
    named_only = required and draft.agent_source != "light"  # «قام مسلحون بخطف»: a deed
    if draft.agent_source in OWN_AGENT and any(
            a.role == "agent" and not (named_only and is_unnamed(context, a.entity_id))
            for a in draft.arguments):
        return True
    if not draft.verb and anniversary_of(context, words, position):
        return any(a.role in {"agent", "target"} for a in draft.arguments)  # «ذكرى اجتياح
        # إسرائيل بيروت»: it happened, as background; with nobody named, of no use
    if repelled_attack(context, words, position, draft.label) and \
            any(a.role == "agent" for a in draft.arguments):
        return True  # «تصدت المقاومة لهجمات أخرى للحوثيين»: repelled, so it was made
    if not draft.verb and draft.agent_source == "clause" and \
            not words[position].has(LIGHT_HEADS) and claimed_doer(context, words, position):
        return True  # «تبنى تنظيم القاعدة قتل 14 جندياً»: a named group claims it as done
        # (not the light noun of «تبنى داعش عملية تفجير»: the deed is the noun after it)
    if required:
        return False
    if not draft.verb and (clash_toll(words, position) or clash_lasted(context, words, position)
                           or exchanged(words, position, draft.label)):
        return True  # «لقي العشرات مصرعهم في المواجهات», «اشتباكات لأكثر من ثماني ساعات»,
        # «وتبادل الجانبان الهجمات»
    if named_operation(words, position):
        return True  # «التفاعل مع عاصفة الحزم التي أمر بها الملك»: an operation by its name
    if war_on_named_foe(context, words, position) or fought_named_foe(context, words, position):
        return True  # «مشاركتها في الحرب ضد تنظيم داعش», «بمحاربة داعش»: on a named foe
    if announced_death(context, words, position, draft) or \
            announced_status_death(context, words, position, draft):
        return True  # «أعلنت القيادة العامة عن استشهاد ضابط الصف سيف الفلاسي», «مقتل رجل دين»
    if found_killed(words, position):
        return True  # «عثر على جثة شاب مقتولاً»: a killing found
    if not draft.verb and chronicle_entry(context, words, position):
        return True  # «* 12 ديسمبر 2005: اغتيال الصحافي فلان»: a dated chronicle's entry
    if not draft.verb and light_deed(context, words, position):
        return True  # «قام متظاهرون في ضواحي المدينة بالاحتجاج على»: done, as a verb tells
    definite = not draft.verb and any("ال" in prefix for prefix, rest in words[position].readings()
                                      if rest in EVENT_TRIGGERS)
    if draft.label in TOLD_BY_OUTCOME and told_after(context, words, position, draft.label,
                                                         definite):
        return True  # «اشتباكات تجري في», «المعارك أسفرت عن سقوط 28 قتيلاً»
    if draft.label in TOLD_BY_OUTCOME and not definite and occurred_after(context, words, position):
        return True  # «قالت الشرطة إن انفجاراً وقع في سوق شعبي»
    if draft.label == "Protest" and not definite and caused_event(context, words, position):
        return True  # «وتسبب هذا الإجراء في احتجاجات قرب مبان حكومية»
    return reported_without_arguments(context, words, position, draft.verb, count is not None,
                                      definite)


_CAUSE_REACH = 6
_GUNFIRE = frozenset({"رصاص", "برصاص", "نيران", "بنيران", "بالرصاص"})
_CAUSES = frozenset({"Killing", "Attack", "MilitaryOperation"})
_HANDS = frozenset({"يد", "ايدي"})
"""«على يد», «على أيدي»: by the hands of a doer."""


def _violent_cause(words: list[Word], position: int) -> bool:
    """«لقي 20 شخصاً حتفهم في انفجار سيارة مفخخة»: «حتف» is as often an accident's toll («لقي
    36 شخصاً حتفهم» when a ferry capsized), so it names a killing only with a violent event,
    gunfire or the hands of a doer («حتفهم على يد عناصر التنظيم») told right after it."""
    for index in range(position + 1, min(len(words), position + 1 + _CAUSE_REACH)):
        word = words[index]
        if word.norm in _GUNFIRE or word.bare() in _GUNFIRE:
            return True
        if word.bare() in _HANDS and words[index - 1].norm == "علي":
            return True
        hit = find_event(word.norm)
        if hit is not None and hit.value in _CAUSES:
            return True
    return False


def is_unnamed(context: Extraction, node_id: str) -> bool:
    """An agent kg named from a phrase, not a mention («مسلحون»): a practice noun
    («تعرضها للخطف على يد مسلحين») needs a named doer to be told as an event."""
    if node_id in context.entities:
        return False
    entity = context.found.new_entities.get(node_id) or context.state.new_entities.get(node_id)
    return entity is not None and entity.label == "Miscellaneous"


def trigger_draft(context: Extraction, words: list[Word], position: int,
                  hit: tuple[str, EventLabel], sentence: Sentence,
                  here: SentenceState) -> Draft | None:
    """A draft event for the trigger at ``words[position]``, or None when it names none."""
    prefix, label = hit
    word = words[position]
    form = trigger_form(word)
    # (the clitics first: a trigger with the article, most nouns, reads no verb)
    is_verb = "ال" not in prefix and any(INFLECTED_BASE.get(rest, rest) in EVENT_VERBS
                                         for p, rest in word.readings() if "ال" not in p) and \
        not _noun_use(context, words, position, form, prefix)
    names = _names_event(context, words, position, label, form, is_verb)
    if names and possessive_pronoun(word) is not None:  # whose the pronoun is must be clear
        names = bool(possessive_agent(context, words, position, sentence) or
                     resumed_agent(word, form, here))
    names = names and possessive_named(context, words, position, is_verb)  # «وقتله», «مقتله»
    if label in STANDALONE and here.cause_reported is False and \
            is_consequence(context, words, position):
        names = False  # «بعد الاعتداء الذي وقع ... وأسفر عن مقتل»: background too
    if label in STANDALONE and (names or label != "Protest"):
        here.cause_reported = names  # (a gathering that is none, «مقراً لتجمع العناصر», is no
        # deed whose outcome a killing after it may be: the deed before it still is)
    if not names:
        return None
    if form in BLOCKADE_FORMS and _imposed(context, words, position) and \
            not laid_siege(context, words, position):
        label = "Sanction"  # «الحصار الذي يفرضه التحالف»; a siege on a town stays an operation
    if label == "MilitaryOperation" and particular_attack(context, words, position):
        label = "Attack"  # «شن مسلحون هجوماً انتحارياً»
    if label == "Killing" and attempted_killing(words, position):
        label = "Attack"  # «تعرض لمحاولة اغتيال»: an attack on him, nobody killed
    if label == "Attack" and military_operations(words, position):
        label = "MilitaryOperation"  # «نفذ حزب الله عمليات عسكرية»: operations of war
    if label == "Deployment" and form in ENTRY_FORMS and \
            entered_by_success(context, words, position):
        label = "MilitaryOperation"  # «نجح الجيش في دخول العاصمة»: an entry won by force
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
