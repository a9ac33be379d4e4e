"""The agent of an event trigger read from its own construction.

A verb's agent is a first-person pronoun near it, its subject after it (a plural «وا»
or a passive carries its own: the name after it is its object), a quoted name right
after it, a subject before «كانت ... قد», else the nearest agent before it in its clause
(not the speaker before «إن»). A noun's agent is the owner of its possessive pronoun,
the subject of its support or light verb (``event_support``), its genitive or nisba
(«توغل تركيا», «الغارات الإسرائيلية»), an unnamed perpetrator, a first-person plural,
or the name right before it. After a noun whose genitive is the victim («مقتل»,
«اغتيال») the agent follows «على يد», as it follows «برصاص»/«بنيران» a passive killing.
``construction_agent`` records in the draft how the agent was found.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.actors import actor_phrase
from kg.relations.arguments import chain, first_person_near, subject_before, was_subject
from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.event_doers import light_perpetrator
from kg.relations.event_draft import GENERIC_HEADS, VIOLENT, Draft
from kg.relations.event_genitive_actors import genitive_actor
from kg.relations.event_joined_subjects import joined_subjects
from kg.relations.event_lam_groups import lam_standing_group
from kg.relations.event_lam_regime import REGIME_LABEL, lam_regime
from kg.relations.event_light_crowds import light_crowd
from kg.relations.event_light_people import light_people, people_before_light
from kg.relations.event_loyal_subjects import loyal_subject
from kg.relations.event_members import delegation_member
from kg.relations.event_opening_subjects import opening_subject
from kg.relations.event_protest_genitives import protest_genitive
from kg.relations.event_side_of import by_side_of
from kg.relations.event_success import KILLING_NOUNS, succeeded_subject
from kg.relations.event_support import (
    distant_light_subject,
    follower_end,
    support_verb_subject,
    verb_subject,
)
from kg.relations.event_that_subjects import named_that_subject
from kg.relations.event_visited import gone_to_visit, visited_body
from kg.relations.event_wars import FOUGHT_GENITIVE
from kg.relations.event_wounded_first import wounded_first
from kg.relations.index import AGENT_LABELS, Arg, ArgsAfter, ArgsFound, Word
from kg.relations.lexicon import (
    BY_HAND_OF,
    FIRED_IT,
    LIGHT_VERBS,
    TITLE_HEADS,
    WEAPON_WORDS,
    find_event,
)
from kg.relations.perpetrators import perpetrator_phrase
from kg.relations.possessive import possessive_agent, possessive_pronoun
from kg.relations.victims import STRIKES


def construction_agent(context: Extraction, words: list[Word], position: int, draft: Draft,
                       sentence: Sentence) -> ArgsAfter:
    """The agents of the trigger's own construction and the index where its other roles
    start; ``draft.agent_source`` says how they were found."""
    args, after, source = _agent_with_source(context, words, position, draft, sentence)
    draft.agent_source = source
    return ArgsAfter(args, after)


def _agent_with_source(context: Extraction, words: list[Word], position: int, draft: Draft,
                       sentence: Sentence) -> ArgsFound:
    word = words[position]
    if draft.verb and word.has(KILLING_NOUNS) and position > 0 and \
            words[position - 1].norm in {"من", "في"}:  # «تمكنت القوات من قتل 36»: the
        succeeded = succeeded_subject(context, words, position, sentence)  # noun, not a verb
        if succeeded:
            draft.construed = True  # read past the verb reading: a little less sure
            return ArgsFound(succeeded, position + 1, "light")
    if draft.verb:
        return _verb_agent(context, words, position, sentence)
    if possessive_pronoun(word) is not None:  # «بسطت جماعة مسلحة سيطرتها»
        return ArgsFound(possessive_agent(context, words, position, sentence), position + 1,
                         "subject")
    supported = support_verb_subject(context, words, position, sentence)
    if supported:
        return ArgsFound(supported, follower_end(context, words, position, sentence),
                         "subject")
    if draft.patient:
        return _agent_of_patient_noun(context, words, position, sentence)
    genitive = None if word.has(FOUGHT_GENITIVE) else \
        _genitive_agent(context, words, position, sentence) or \
        genitive_actor(context, words, position, draft)  # «غارات التحالف», «قصف لطيران التحالف»
    protesters = protest_genitive(context, words, position, draft) if genitive is None else None
    if protesters is not None:  # «احتجاجات المعارضة», «مظاهرات الطلاب»
        genitive = ArgsFound([protesters], position + 2, "genitive")
    gone = draft.label == "Visit" and gone_to_visit(context, words, position)
    if genitive is not None and not gone and not visited_body(context, draft, genitive):
        return genitive  # (not «بزيارة مستشفى الملك فهد»: the body visited; not «ذهب إلى
        # زيارة فيصل»: the one visited, the goer is the verb's subject)
    titled = _titled_visitor(context, words, position) \
        if draft.label == "Visit" and not gone else None
    if titled is not None:  # «زيارة النائب د. عبدالحميد دشتي إلى ...»: the visitor
        return titled
    owner = _lam_agent(context, words, position) if draft.label in VIOLENT else None
    if owner is not None:  # «هجوم لحركة الشباب على قاعدة»
        return ArgsFound([owner], position + 1, "subject")
    if position > 0 and not context.boundary_between(words[position - 1], word):
        light = words[position - 1]
        if light.bare() in LIGHT_VERBS or light.norm in LIGHT_VERBS:
            pronoun = first_person_near(context, words, position - 1, lookback=0)
            if pronoun is not None:
                return ArgsFound([pronoun], position + 1, "pronoun")
            before = [a for a in subject_before(context, words, position - 1, max_words=4)
                      if not delegation_member(context, words, a)]  # «وفد برئاسة فلان
            doer = None if before else people_before_light(context, words, position)
            if doer is not None:  # «إن قوة من الشرطة قامت بمداهمة المنزل»
                before = [doer]
            return ArgsFound(before, position + 1, "light")  # وعضوية ... ومحمد نزال، قام»
    doer = light_perpetrator(context, words, position) or \
        light_crowd(context, words, position) or \
        light_people(context, words, position)  # «قام متظاهرون بالاحتجاج», «قام الجنود بقتل»
    if doer is not None:
        return ArgsFound([doer], position + 1, "light")
    distant = distant_light_subject(context, words, position, sentence)
    if distant:
        return ArgsFound(distant, position + 1, "light")
    succeeded = succeeded_subject(context, words, position, sentence)
    if succeeded:  # «نجحوا في السيطرة على», «تمكنت القوات من استعادة»
        return ArgsFound(succeeded, position + 1, "light")
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
    if position + 1 < len(words) and words[position + 1].norm in _HONORIFIC_PRONOUNS:
        return ArgsFound([], position + 2, "none")  # «والتقى سموه طياري التحالف»: the
        # honorific is the subject (someone named earlier), the names after are objects
    plural = any(rest.endswith("وا") for _, rest in word.readings()) or \
        _passive(context, word)
    was = [] if plural else was_subject(context, words, position, sentence)
    if was:  # «وكان الرئيس فلان قد التقى الملك سلمان»: the name after the verb is its object
        return ArgsFound(was, position + 1, "subject")
    opening = None if plural else opening_subject(context, words, position)
    if opening is not None:  # «الأربعاء 4 مارس، الملك فلان استقبل فلاناً»: subject first
        return ArgsFound([opening], position + 1, "subject")
    hit = find_event(word.norm)
    fronted = named_that_subject(context, words, position) \
        if not plural and hit is not None and hit.value in VIOLENT else None
    if fronted is not None:  # «إن تنظيم داعش هاجم الجيش العراقي»: the name after is the object
        return ArgsFound([fronted], position + 1, "subject")
    subjects, after = ([], position + 1) if plural else verb_subject(
        context, words, position, sentence)
    if subjects:
        return ArgsFound(subjects, after, "subject")
    quoted = None if plural else _quoted_subject(context, words, position)
    if quoted is not None:
        return ArgsFound([quoted], position + 2, "subject")
    was = was_subject(context, words, position, sentence) if plural else []
    if was:  # «وكانت «كتائب القسام»، الجناح العسكري لحركة حماس قد أطلقت»
        return ArgsFound(was, position + 1, "subject")
    loyal = loyal_subject(context, words, position)
    if loyal is not None:  # «إن المقاومة الموالية لهادي انتزعت»: not Hadi
        return ArgsFound([loyal], position + 1, "before")
    before = subject_before(context, words, position, max_words=6)
    if not before and word.norm.startswith("و"):  # «استولى على البلدات، وقتل الأجانب»
        before = subject_before(context, words, position, max_words=15)
    before = joined_subjects(context, words, position, before)  # «إن الحوثيين وقوات صالح قصفوا»
    return ArgsFound(_within_clause(context, words, position, before), position + 1, "before")


_HONORIFIC_PRONOUNS = frozenset({"سموه", "سموها", "معاليه", "فخامته", "سماحته", "جلالته",
                                 "دولته", "سعادته"})


def _within_clause(context: Extraction, words: list[Word], position: int,
                   before: list[Arg]) -> list[Arg]:
    """«وقال فلان إن «سيارة مفخخة انفجرت»: a clause opened by «إن» with its own subject
    before the verb; the speaker named before «إن» did not do it."""
    if not before:
        return before
    first = context.word_at(before[0].start)
    if first is None:
        return before
    if any(words[index].norm in _CONTRASTS
           for index in range(first.index - words[0].index + 1, position)):
        return []  # «هدد التنظيم بقتل فلان فيما هاجمت الكتل البرلمانية ...»
    for index in range(position - 2, first.index - words[0].index, -1):
        if words[index].norm in _COMPLEMENTISERS:
            return []
    return before


_CONTRASTS = frozenset({"فيما", "وفيما", "بينما", "وبينما"})
"""«فيما», «بينما»: they set another happening beside the first, mostly with a subject of its
own; a name before them is not the subject of the verb after them."""


def after_contrast(words: list[Word], position: int) -> bool:
    """The verb at ``words[position]`` opens a clause set beside another by «فيما»/«بينما»."""
    return any(words[index].norm in _CONTRASTS for index in range(max(0, position - 2), position))


_CLAUSE_INSIDE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي",
                            "عندما", "حين", "حينما", "بعدما", "كما", "حيث", "اذ"})
"""Words that open a clause of its own: a verb after one shares that clause's subject."""
_CLAUSE_INSIDE_REACH = 4


def coordinated_verb(words: list[Word], position: int) -> bool:
    """The verb at ``words[position]`` is joined by «و»/«ف» to the clause before it, with no
    relative or subordinate clause opened just before it: «قصفت قوات التحالف التي تقودها
    السعودية مواقع الحوثيين في صنعاء وقتلت عشرين مسلحاً». In a verb-first clause such a
    verb shares the subject of the verb before it; the name right before it ends that verb's
    object or place («الحوثيين», «صنعاء»), it is not its subject."""
    word = words[position]
    if not any(prefix[:1] in {"و", "ف"} and prefix.lstrip("وف") == "" and rest != word.norm
               for prefix, rest in word.readings()):
        return False
    return not any(w.norm in _CLAUSE_INSIDE or w.bare() in _CLAUSE_INSIDE
                   for w in words[max(0, position - _CLAUSE_INSIDE_REACH):position])


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


_TITLE_REACH = 4
"""How many title words may stand between a visit noun and its visitor's name («زيارة
الرئيس الفرنسي السابق فلان»)."""
_HONORIFICS = frozenset({"د", "الدكتور", "دكتور", "الشيخ", "السيد", "المهندس", "اللواء"})


def _titled_visitor(context: Extraction, words: list[Word], position: int) -> ArgsFound | None:
    """«زيارة النائب د. عبدالحميد دشتي», «زيارة الرئيس الفرنسي فرانسوا هولاند»: a person
    named behind the titles that follow a visit noun is the visitor, as a name right after
    it is; the titles open with a title head, then adjectives and honorifics."""
    index = position + 1
    if index >= len(words) or not words[index].has(TITLE_HEADS) or \
            context.mention_starting_in(words[index]) is not None:
        return None
    while index < len(words) and index - position <= _TITLE_REACH:
        if context.boundary_between(words[index - 1], words[index]) and \
                words[index - 1].norm not in _HONORIFICS:
            return None
        person = context.mention_starting_in(words[index])
        if person is not None:
            if person.label != "Person" or not person.entity_id or \
                    context.attached_prefix(person).lstrip("وف"):
                return None
            last = context.word_at(max(person.start, person.end - 1))
            after = last.index - words[0].index + 1 if last is not None else index + 1
            return ArgsFound([Arg(person.entity_id, person.start, person.end)], after, "subject")
        word = words[index]
        if not (word.has(TITLE_HEADS) or word.norm in _HONORIFICS or
                word.bare().endswith(("ي", "يه"))):
            return None
        index += 1
    return None


_OPENING_QUOTES = frozenset({"«", '"', "“"})
"""The quote that opens a name printed apart from its «لـ» («لـ«بوكو حرام»»)."""
_LAM_REACH = 4
"""How far after the «ل» name the «على» of the object may stand («قصف لميليشيا الحوثي على»)."""


def _lam_agent(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«هجوم لحركة الشباب على قاعدة», «بقصف لـميليشيا الحوثي على دار سعد», «هجوم انتحاري
    لتنظيم داعش ضد»: a name behind «ل» right after a violent noun (maybe behind one nisba
    adjective) whose object follows with «على»/«ضد» is the noun's owner, its doer. Without
    that object «ل» may mark the object itself («قصف لمواقع الحوثيين»), so none is read; a verb
telling what the attack did, right after the name, shows the owner too. «لـ» may stand apart
before a quoted name («في كمين لـ«بوكو حرام»»)."""
    index = position + 1
    if index < len(words) and context.mention_starting_in(words[index]) is None and \
            words[index].bare().endswith(("ي", "يه")) and \
            not context.boundary_between(words[position], words[index]):
        index += 1  # «هجوم انتحاري لـ»
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
        return None
    quoted = index + 1 < len(words) and words[index].norm == "ل" and \
        context.gap(words[index], words[index + 1]).strip() in _OPENING_QUOTES
    if quoted:
        index += 1  # «في كمين لـ«بوكو حرام»»: «لـ» stands alone before the quoted name
    owner = context.mention_starting_in(words[index])
    if owner is None and quoted:
        return None
    if owner is None:  # «في كمين للمقاومة الشعبية»: the resistance or coalition, untagged
        found = lam_standing_group(context, words, index)
        if found is None and (side := lam_regime(context, words, index)) is not None:
            found = side, REGIME_LABEL  # «قصف لقوات النظام على المدينة»
        return _lam_owner(context, words, position, *found) if found is not None else None
    if not owner.entity_id or owner.label not in AGENT_LABELS or \
            not (quoted or context.attached_prefix(owner).lstrip("وف").startswith("ل")):
        return None
    return _lam_owner(context, words, position, Arg(owner.entity_id, owner.start, owner.end),
                      owner.label)


def _lam_owner(context: Extraction, words: list[Word], position: int, owner: Arg,
               label: str) -> Arg | None:
    """``owner`` (named behind «ل» after the violent noun at ``words[position]``) when it
    owns the noun: an armed group behind a toll's cause, or a name with an object after it."""
    last = context.word_at(max(owner.start, owner.end - 1))
    if last is None:
        return None
    if label in _ARMED_GROUPS and _cause_of_toll(words, position):
        return owner  # «قُتل سبعة جنود في كمين لداعش»
    end = last.index - words[0].index
    for after in range(end + 1, min(len(words), end + 1 + _LAM_REACH)):
        if context.boundary_between(words[after - 1], words[after]):
            return None
        if words[after].norm in {"علي", "ضد"} or (after == end + 1 and _describing(words[after])):
            return owner
    return None


_ARMED_GROUPS = frozenset({"ArmedGroup"})
"""Owners an attack told as a cause names by «ل» («في كمين لداعش»): an armed group lays
ambushes and attacks; a state's troops after «ل» are as often the ones ambushed («كمين
لدورية الجيش»)."""


def _cause_of_toll(words: list[Word], position: int) -> bool:
    """«في كمين لداعش», «بهجوم لحركة الشباب»: the attack noun behind «في» or «ب», the cause of
    the toll told before it; or the subject right after a verb of causing that tells the
    toll after it («وتسبب قصف مدفعي للحوثيين في مقتل 43 شخصاً», «أدى هجوم لداعش إلى», and
    «أدت» with its «ى» dropped: «وأدت الهجمات لـ«بوكو حرام» إلى مقتل»)."""
    if position > 0 and words[position - 1].norm == "في":
        return True
    if position > 0 and any(rest.removesuffix("ت") in _CAUSING or rest == "ادت" for prefix, rest
                            in words[position - 1].readings() if prefix in {"", "و", "ف"}):
        return True
    return any(prefix.lstrip("وف").startswith("ب") for prefix, _ in words[position].readings()
               if prefix)


_CAUSING = frozenset({"تسبب", "ادي", "اسفر", "خلف", "اوقع"})
"""Verbs of causing whose subject is an attack and whose complement is its toll."""
_DESCRIBING_VERBS = frozenset({"استهدف", "اسفر", "ادي", "اوقع", "خلف"})
"""A verb right after the «ل» name that tells what the attack did («كمين للمقاومة استهدف
تعزيزات», «هجوم لداعش أسفر عن مقتل»): the name owns the attack, its object is the verb's."""


def _describing(word: Word) -> bool:
    """«استهدف», «أسفر», «أدى»: a perfect verb of the attack's own, masculine or feminine."""
    return any(rest in _DESCRIBING_VERBS or rest.removesuffix("ت") in _DESCRIBING_VERBS
               for prefix, rest in word.readings() if prefix in {"", "و", "ف"})


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


_DONE_LIGHT = frozenset({"قام", "قامت", "قاموا", "قاما", "قمنا"})
"""A light verb in the perfect: the deed was done."""


def _agent_of_patient_noun(context: Extraction, words: list[Word], position: int,
                           sentence: Sentence) -> ArgsFound:
    """«مقتل الصحفي»: the genitive is the victim. The agent is the subject of a light verb
    («قام مسلحون باغتيال», «قام الحوثيون ... باستهداف») or follows «على يد» / «من قبل»;
    never a noun before the trigger («أعلن الجيش مقتل جندي» names who announced it)."""
    if position > 0 and not context.boundary_between(words[position - 1], words[position]):
        light = words[position - 1]
        if light.bare() in LIGHT_VERBS or light.norm in LIGHT_VERBS:
            before = subject_before(context, words, position - 1, max_words=4)
            doer = None if before else people_before_light(context, words, position)
            return ArgsFound([doer] if doer is not None else before, position + 1, "light")
    doer = light_perpetrator(context, words, position) or light_people(context, words, position)
    if doer is not None:
        return ArgsFound([doer], position + 1, "light")
    distant = distant_light_subject(context, words, position, sentence) if any(
        w.bare() in _DONE_LIGHT for w in words[max(0, position - 8):position]) else []
    if distant:  # «قام الحوثيون باستهداف مصنع»; not «يقوم الجيش باغتصاب» (a habit, a plot)
        return ArgsFound(distant, position + 1, "light")
    by_hand = by_hand_of(context, words, position)
    return ArgsFound(by_hand, position + 1, "subject") if by_hand else \
        ArgsFound([], position + 1, "none")


_BY_FIRE_OF = frozenset({"رصاص", "نيران", "غارات", "غاره", "ضربات", "ضربه", "قصف"})
"""«برصاص الجيش», «بنيران القوات», and the strikes of the one who struck («قُتل عشرات من داعش
بغارات طائرات التحالف»: the coalition, not a victim)."""
_WEAPONS_FIRED = frozenset({"صاروخ", "قذيفه", "قذائف", "صواريخ", "عبوه", "عبوات", "قنبله",
                            "قنابل", "لغم", "الغام", "غاره", "غارات"})
_ARTILLERY = frozenset({"مدفعيه", "هاون", "الهاون", "صاروخيه", "دبابه", "دبابات"})
"""Words after a shell that say what fired it («قذائف مدفعية», «قذائف الهاون», «قذائف
دبابة»), between it and the verb of firing it."""


_BY_HAND_REACH = 10
"""How far after the trigger the doer's «على يد», «برصاص» or «بصاروخ أطلقته» may stand: past
the victims and a second count («قتل خمسة جنود وأصيب ثمانية آخرون بصاروخ أطلقته ...»)."""


def _fired_at(context: Extraction, words: list[Word], index: int) -> int | None:
    """«بصاروخ أطلقته», «بعبوة ناسفة زرعها»: a weapon behind «ب» (maybe with its adjective)
    and a verb of firing it; the index of that verb, whose subject follows, or None."""
    if not any(prefix.lstrip("وف") == "ب" and rest in _WEAPONS_FIRED
               for prefix, rest in words[index].readings()):
        return None
    verb = index + 1
    if verb < len(words) and (words[verb].norm in WEAPON_WORDS or
                              words[verb].norm in _ARTILLERY):
        verb += 1  # «بعبوة ناسفة زرعها», «بقذائف مدفعية أطلقها»
    if verb + 1 >= len(words) or words[verb].norm not in FIRED_IT or \
            any(context.boundary_between(words[i], words[i + 1]) for i in range(index, verb + 1)):
        return None
    return verb


def by_hand_of(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«مقتل الصحفي على يد مسلحين», «قُتلوا برصاص الجيش», «بنيران القوات»: the agent of a
    passive or nominal killing, named after it, also past the victim's own wound («استشهد
    فلان إثر إصابته بنيران القوات»: ``event_wounded_first``)."""
    aside = -1
    for index in range(position + 1, min(len(words) - 1, position + _BY_HAND_REACH)):
        if words[index].norm in _OTHER_DEED_OPENERS and \
                not wounded_first(words, index):
            break  # «قُتل بعد مداهمته من قبل قوات الأمن»: the raid's doer, not the killing's
        if index < aside:
            continue
        if context.boundary_between(words[index], words[index + 1]):
            aside = _aside_end(context, words, index)
            if aside < 0:
                break
            continue  # «وقتل فلان (24 عاماً) برصاص الشرطة»: past the age in brackets
        by_hand = (words[index].bare() in BY_HAND_OF and words[index - 1].bare() in {"علي", "من"}) \
            or by_side_of(words, index)  # «لهجوم من جانب مسيحيين»
        by_fire = any(prefix.lstrip("وف") == "ب" and rest in _BY_FIRE_OF
                      for prefix, rest in words[index].readings())
        fired = _fired_at(context, words, index) if not (by_hand or by_fire) else None
        if fired is not None:
            index, by_fire = fired, True  # «بصاروخ أطلقته قوة إيساف»: the subject of the verb
        if by_hand or by_fire:
            found = context.mention_starting_in(words[index + 1])
            if found is None and words[index + 1].has(GENERIC_HEADS) and index + 2 < len(words):
                found = context.mention_starting_in(words[index + 2])  # «قوة إيساف»
                if found is not None and context.is_nisba(found):
                    found = None  # «برصاص الجيش اليمني»: the actor phrase reads it whole
            if found is not None and found.entity_id and found.label in AGENT_LABELS:
                return [Arg(found.entity_id, found.start, found.end)]
            phrase = actor_phrase(context, words, index + 1)  # «برصاص المقاومة الشعبية»
            if phrase is None:  # «على يد مسلحين», «برصاص رجال الأمن»
                phrase = perpetrator_phrase(context, words, index + 1)
            if phrase is None:
                group = _group_of_members(context, words, index + 1)
                if group is not None:  # «على أيدي عناصر من تنظيم داعش»
                    return [group]
            if phrase is None and by_fire:  # «بنيران هندية»: the country's fire
                return _fire_of_country(context, words[index + 1])
            return [phrase[0]] if phrase is not None else []
    return []


_ASIDE_WORDS = 3
"""How many words a bracketed aside after the victim may hold («(24 عاماً)»)."""


def _aside_end(context: Extraction, words: list[Word], index: int) -> int:
    """The index of the word after a short aside in brackets that opens right after
    ``words[index]``, with a figure in it and no other mark: the victim's age («فلان (24
    عاماً) برصاص الشرطة»), not a clause in brackets; -1 if there is none."""
    if context.gap(words[index], words[index + 1]).strip() != "(":
        return -1
    for end in range(index + 1, min(index + 1 + _ASIDE_WORDS, len(words) - 1)):
        closing = context.gap(words[end], words[end + 1]).strip()
        if closing == ")":
            inside = words[index + 1:end + 1]
            return end + 1 if any(number_value(w) is not None for w in inside) else -1
        if closing:
            return -1
    return -1


_OTHER_DEED_OPENERS = frozenset({"بعد", "عقب", "اثر", "قبيل", "بعيد", "وبعد"})
"""Words of time that open another deed after a killing («قُتل بعد مداهمة منزله من قبل
الأمن», «عقب اعتقاله على يد الشرطة»): a «على يد»/«من قبل» phrase past them is that deed's."""
_BELONGING = frozenset({"ينتمون", "ينتمي", "تنتمي", "ينتميان"})
"""«مقاتلين ينتمون إلى جماعة بوكو حرام»: the members of the group named after «إلى»."""
_GROUP_KINDS = frozenset({"جماعه", "حركه", "تنظيم", "ميليشيا", "مليشيا"})


def _group_of_members(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«عناصر من تنظيم داعش», «مسلحين من حركة الشباب», «مقاتلين ينتمون إلى جماعة بوكو حرام»:
    the named group after one noun and «من» (or «ينتمون إلى»), whose members did it."""
    at = index + 2
    if at + 1 < len(words) and words[index + 1].norm in _BELONGING and \
            words[index + 2].bare() == "الي":
        at += 1  # «على أيدي مقاتلين ينتمون إلى جماعة بوكو حرام»
        if at + 1 < len(words) and words[at].norm in _GROUP_KINDS and \
                context.mention_starting_in(words[at]) is None:
            at += 1
    elif index + 2 >= len(words) or words[index + 1].norm != "من":
        return None
    if context.mention_starting_in(words[index]) is not None or \
            any(context.boundary_between(words[i - 1], words[i]) for i in range(index + 1, at + 1)):
        return None
    group = context.mention_starting_in(words[at])
    if group is None or not group.entity_id or group.label not in AGENT_LABELS:
        return None
    return Arg(group.entity_id, group.start, group.end)


def _fire_of_country(context: Extraction, word: Word) -> list[Arg]:
    """«قُتلوا بنيران هندية», «برصاص إسرائيلي»: the country a nisba after the fire names."""
    country = context.country_for_nisba(word) if context.covering_mention(word.start) is None \
        else None
    return [Arg(country, word.start, word.end)] if country else []
