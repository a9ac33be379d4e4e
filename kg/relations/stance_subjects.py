"""Who holds a stance: the subject of a stance trigger.

The subject is the head of the phrase that holds the stance, never a nearby name:

- verbs (``kg.relations.stance_verb_subjects``): the subject after the verb («ورفض
  الوزير X»), a name that opens the clause before it («X يهاجم Y», in
  ``kg.relations.stance_preverbal_subjects``), the speaker for «إنه يرفض» in a report, the
  subject of the verb it is coordinated with, or the previous actor or continued speaker
  for a verb with no subject of its own («وأشاد بما ...»);
- verbal nouns: a first-person speaker, the genitive agent («رفض مصر», «دعم ووقوف
  دولة الإمارات», in ``kg.relations.stance_genitive_agents``), «على لسان X», the
  subject before a possessive noun («جدد X دعوته»), or of a light verb («وجه X دعوة»);
- adjectives («الموالية ل», «الداعمة ل») take the named head right before them
  (``kg.relations.stance_adjective_heads``);
  circumstantial participles («مشيدا», «داعيا», «مؤكدا دعمه») the subject of their
  clause, or the continued speaker when they open the sentence (as a light verb that opens
  it does: «وعبر عن رفضه ...»).
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Sentence
from kg.relations.arguments import (
    first_person_near,
    is_first_person,
    kingdom,
    preposition,
    subject_after,
    subject_before,
)
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, ArgsFound, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    EMOTION_POSITIVE,
    FIRST_PERSON_FORMS,
    FUNCTION_WORDS,
    ONE_OF_CRITICS,
    PERSON_NOUNS,
    PREPOSITIONS,
    RAISED_NOUNS,
    RAISING_VERBS,
    STANCE_ADJECTIVES,
    STANCE_LIGHT_VERBS,
    StanceTrigger,
    find_reporting,
)
from kg.relations.role_words import is_title_head
from kg.relations.stance_adjective_heads import adjective_head
from kg.relations.stance_apposed_critics import apposed_critic
from kg.relations.stance_attributive import describes_before
from kg.relations.stance_clause_skips import clause_opening
from kg.relations.stance_comma_titled import comma_titled_holder
from kg.relations.stance_construct_holders import genitive_of_other
from kg.relations.stance_cooperation import closes_adjunct, organised_by
from kg.relations.stance_critic_things import described_critic
from kg.relations.stance_decoys import holder_after
from kg.relations.stance_deed_holders import deed_holder
from kg.relations.stance_directed_holders import directed_holder, faced
from kg.relations.stance_done_acts import done_act
from kg.relations.stance_far_holders import adverbial_light_holder
from kg.relations.stance_feminine_participles import feminine_participle_holder
from kg.relations.stance_first_singular import first_singular, quoted_self
from kg.relations.stance_fronted_occasion import fronted_occasion
from kg.relations.stance_genitive_agents import (
    AGENT_OBJECT_OPENERS,
    genitive_agent,
    masdar_like,
    unnamed_agent,
)
from kg.relations.stance_governed_titles import governed_title_holder
from kg.relations.stance_headline_topics import headline_topic
from kg.relations.stance_hosted_subjects import own_subject_follows
from kg.relations.stance_light_openers import opening_light_verb
from kg.relations.stance_light_reach import LIGHT_REACH, owned_feeling, words_back
from kg.relations.stance_one_of import one_of_holder
from kg.relations.stance_opening_subjects import noun_too
from kg.relations.stance_own_country import own_country_holder
from kg.relations.stance_particle_verbs import fronted_verb
from kg.relations.stance_partnerships import adjunct_subject
from kg.relations.stance_phrases import (
    COMMAS,
    RELATIVES,
    boundary,
    conjunction,
    definite,
    glued_lam,
    possessive,
    prepositional,
)
from kg.relations.stance_preverbal_subjects import after_was_subject, preverbal_subject
from kg.relations.stance_purposes import purpose_noun, subordinate_subject
from kg.relations.stance_relative_nouns import relative_noun_holder
from kg.relations.stance_reported_adjuncts import reported_partner_holder
from kg.relations.stance_role_holders import role_holder
from kg.relations.stance_stand_holders import (
    stand_adjective,
    stand_genitive,
    stand_nisba,
)
from kg.relations.stance_stressing import stressing_participle
from kg.relations.stance_styled_participles import past_style_pronoun
from kg.relations.stance_title_bodies import title_complement
from kg.relations.stance_titled_reach import titled_light_verb
from kg.relations.stance_told import told_before, told_one
from kg.relations.stance_topic_openers import previous_opening_holder
from kg.relations.stance_triggers import live_stance
from kg.relations.stance_verb_gender import verb_gender
from kg.relations.stance_verb_subjects import (
    after_also,
    after_args,
    after_comma_also,
    appositive_person,
    continued_holder,
    verb_subject,
)


def find_subjects(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                  trigger: StanceTrigger) -> ArgsFound:
    """The stance holder, the index of the word after it, and how it was found."""
    word = words[position]
    if not trigger.noun and first_singular(word):  # «أدين بشدة هذا الهجوم»: the speaker
        speaker = quoted_self(context, words, position)
        return ArgsFound([speaker] if speaker is not None else [], position + 1, "pronoun")
    pronoun = first_person_near(context, words, position, lookback=3 if trigger.noun else 1)
    if pronoun is None and is_first_person(word):  # «حركة فتح: رفضنا للقرار»
        pronoun = headline_topic(context, words, position)
    if pronoun is not None and (is_first_person(word) or position == 0 or
                                _copula_first_person(words, position)):
        return ArgsFound([pronoun], position + 1, "pronoun")
    if pronoun is None and not trigger.noun and word.has(FIRST_PERSON_FORMS):
        return ArgsFound([], position + 1, "")  # «"السعودية ... ونرفض"» of no named speaker
    if masdar_like(word, trigger) and light_verb(context, words, position) is not None and \
            unnamed_agent(context, words, position):
        # «جدد الملك دعم المملكة لليمن»: the kingdom's support
        return _own_country(context, words, position, sentence)
    if word.has(EMOTION_POSITIVE):  # «لم تكن كينيا راضية», «مصر ... سعيدة»
        before = subject_before(context, words, position, max_words=8)
        if before:
            return ArgsFound(before, position + 1, "before")
        return _clause_actor(context, words, position, sentence)  # «وقال X إنه لم يكن راضيا»
    if word.has(STANCE_ADJECTIVES):
        head = adjective_head(context, words, position)
        return ArgsFound([head], position + 1, "head") if head is not None else \
            ArgsFound([], position + 1, "")
    if purpose_noun(words, position):  # «سحبت X سفيرها رفضا للتدخلات»: the opening verb's subject
        opener = _opening_verb_subject(context, words, position, sentence, _PURPOSE_GAPS)
        if opener is not None:
            return ArgsFound([Arg(opener, word.start, word.end)], position + 1, "clause")
        clause = subordinate_subject(context, words, position, sentence)  # «بعدما ألغت X ...»
        return ArgsFound([clause] if clause is not None else [], position + 1, "clause")
    if _is_hal(word, trigger) or _feminine_hal(context, words, position, trigger):
        return past_style_pronoun(context, words, position,  # «مشيداً سموه بـ»
                                  _clause_actor(context, words, position, sentence))
    if word.norm in ONE_OF_CRITICS:
        apposed = apposed_critic(context, words, position)  # «X، أحد أبرز منتقدي Y»
        return ArgsFound(_one_of_critics(context, words, position) or
                         ([apposed] if apposed is not None else []), position + 1, "before")
    if stand_adjective(words, position):
        holder = stand_genitive(context, words, position) or \
            stand_nisba(context, words, position)
        if holder is not None:  # «موقف المملكة الرافض للتدخل»: the stand's genitive
            return ArgsFound([holder], position + 1, "genitive")
    if trigger.noun:
        return _noun_subject(context, words, position, sentence, pronoun, trigger)
    return verb_subject(context, words, position, sentence, pronoun)


_PURPOSE_GAPS = COMMAS | frozenset({""})
"""A purpose noun follows its clause with or without a comma («قوات دعما لـ»)."""


def _own_country(context: Extraction, words: list[Word], position: int,
                 sentence: Sentence) -> ArgsFound:
    """For a verbal noun whose agent is its unnamed genitive: «أكد وزير الخارجية الأردني X دعم
    بلاده للحكومة العراقية» is Jordan's support (see :mod:`kg.relations.stance_own_country`);
    any other unnamed genitive holds it and no fact is written."""
    light = light_verb(context, words, position)
    found = verb_subject(context, words, light, sentence, None) if light is not None else None
    if light is not None and _is_hal(words[light], None):
        found = _named_clause_actor(context, words, light, sentence)  # «، مؤكدا رفض بلاده لـ»
    country = own_country_holder(context, words, position, found)
    if country is not None:
        return ArgsFound([country], position + 2, "clause")
    return ArgsFound([], position + 1, "")


def _named_clause_actor(context: Extraction, words: list[Word], light: int,
                        sentence: Sentence) -> ArgsFound | None:
    """The actor a light participle («مؤكدا», «معربا») shares with its clause («وقال وزير
    الخارجية البحريني X إن ...، مؤكداً رفض بلاده لـ»), when that actor is named earlier in
    the same sentence: found as a subject before the noun; else None."""
    shared = _clause_actor(context, words, light, sentence)
    if len(shared.args) != 1:
        return None
    actor = shared.args[0].node_id
    for index in range(light):
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.entity_id == actor:
            return ArgsFound([Arg(actor, mention.start, mention.end)], light + 1, "before")
    return None


def construct_noun(context: Extraction, words: list[Word], position: int,
                   trigger: StanceTrigger) -> StanceTrigger:
    """«أكد الجبير دعم المملكة للحكومة الشرعية», «رفض مصر للتدخل»: a form that may be a
    verb or its verbal noun, with a named actor in construct after it and then the «ل»
    (or «مع», «ضد» ...) phrase of what it is toward, is the noun: the actor is its agent,
    never the object of a verb whose subject is the speaker before it. Right after a name
    with no «و» («أكد الجبير دعم المملكة») it is the noun too: the verb would need one."""
    word = words[position]
    if trigger.noun or not noun_too(word) or position + 1 >= len(words) or \
            context.boundary_between(word, words[position + 1]):
        return trigger
    if _after_name(context, words, position):  # not «وكان X رفض Y»: the pluperfect's verb
        return trigger if after_was_subject(context, words, position) or \
            fronted_verb(context, words, position) else replace(trigger, noun=True)
    realm = kingdom(context, words, position + 1)
    mention = context.mention_starting_in(words[position + 1])
    if realm is not None:
        last = position + 1
    elif mention is not None and mention.entity_id and mention.label in AGENT_LABELS and \
            mention.start == words[position + 1].start:
        last = context.mention_words(mention)[1] - words[0].index
    else:
        return trigger
    if last + 1 >= len(words) or context.boundary_between(words[last], words[last + 1]):
        return trigger
    following = words[last + 1]
    if glued_lam(following) or following.norm in AGENT_OBJECT_OPENERS:
        return replace(trigger, noun=True)
    return trigger


def _after_name(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether the word before ``words[position]`` ends a named actor in the same clause."""
    if position == 0 or context.boundary_between(words[position - 1], words[position]):
        return False
    mention = context.covering_mention(words[position - 1].start)
    return mention is not None and mention.label in AGENT_LABELS and \
        mention.end <= words[position].start and mention.end >= words[position - 1].end


def _participle_gender(word: Word) -> str | None:
    """«داعيا» «m», «داعية» «f», None for a plural or dual («داعين»)."""
    bare = word.bare()
    return "m" if bare.endswith("ا") else "f" if bare.endswith("ه") else None


_SUPERLATIVES = frozenset({"اشد", "ابرز", "اكبر", "اكثر", "اهم", "اوائل", "الد"})
_BEING = frozenset({"كان", "كانت", "يعد", "تعد", "يعتبر", "تعتبر", "بات", "باتت", "اصبح",
                    "اصبحت", "ظل", "ظلت"})


def _one_of_critics(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«وكان X من أشد منتقدي Y», «ويعد X من أبرز معارضي Y»: X, named right before «من»
    in the same clause, is one of Y's critics; «عدد من معارضي النظام» names no one."""
    start = position - 1
    if start > 0 and words[start].norm in _SUPERLATIVES:
        start -= 1
    if start < 1 or words[start].norm != "من" or \
            any(boundary(context, words[i], words[i + 1]) for i in range(start - 1, position)):
        return []
    if start > 1 and words[start - 1].norm in _BEING:  # «وX كان من أشد منتقدي Y»
        start -= 1
    described = described_critic(context, words, start - 1)
    if described is not None:  # «X الحائز جائزة نوبل والذي كان من أشد منتقدي Y»
        return [described]
    last = words[start - 1]
    mention = context.covering_mention(last.start)
    if mention is None or mention.end < last.end or not mention.entity_id or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention) or \
            preposition(context, mention):
        return []
    return [Arg(mention.entity_id, mention.start, mention.end)]


def _noun_subject(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                  pronoun: Arg | None, trigger: StanceTrigger) -> ArgsFound:
    """The agent of a verbal noun: the speaker's side («نعمل من أجل دعم X»), its genitive
    («رفض مصر», «دعم ووقوف دولة الإمارات»), «على لسان X», a light verb's subject
    («وجه X دعوة»), or, for a noun with a possessive suffix («جدد بومبيو دعوته»), the
    subject just before it."""
    if pronoun is not None:  # «نعمل من أجل دعم X»: the speaker's side
        return ArgsFound([pronoun], position + 1, "pronoun")
    deed = deed_holder(context, words, position)
    if deed is not None:  # «عن شكره للمملكة على وقوفها إلى جانب اليمن»: the one thanked
        return ArgsFound([deed], position + 1, "clause")
    role = role_holder(context, words, position) if trigger.kind == "supports" else None
    if role is not None:  # «بدور المملكة في مساندة الحكومة الشرعية»: the role's actor
        return ArgsFound([role], position + 1, "clause")
    done = done_act(context, words, position)
    if done is not None:  # «قامت إسرائيل بتهديد لبنان»: the genitive is what is done to
        subjects, _, how = verb_subject(context, words, done, sentence, pronoun)
        if subjects and how != "previous" and all(s.end <= words[position].start for s in subjects):
            return ArgsFound(subjects, position + 1, "light")
        return ArgsFound([], position + 1, "")
    genitive = genitive_agent(context, words, position, sentence,
                         faced(context, words, position, trigger.kind))
    if genitive:
        return ArgsFound(genitive, after_args(context, words, genitive), "genitive")
    directed = directed_holder(context, words, position, sentence, trigger.kind)
    if directed is not None:  # «الانتقادات التي وجهها X», «لانتقادات حادة وجهها X»
        return ArgsFound(directed[0], directed[1], "genitive")
    held = _held_after(context, words, position, trigger)
    if held is not None:  # «وسط تنديد من الأمم المتحدة بالهجوم», «بعد إشادة من الرئيس X»
        return ArgsFound([held], after_args(context, words, [held]), "genitive")
    if unnamed_agent(context, words, position):
        return _own_country(context, words, position, sentence)
    for index in range(position + 1, min(len(words), position + 6)):
        if words[index].has(frozenset({"لسان"})) and index + 1 < len(words):
            subjects, _ = subject_after(context, words, index, sentence)
            if subjects:
                return ArgsFound(subjects, position + 1, "lisan")
    feminine = feminine_participle_holder(context, words, position, sentence)
    if feminine is not None:  # «وأكدت X أن ...، مجددةً رفضها لـ»
        return ArgsFound([feminine], position + 1, "clause")
    far = adverbial_light_holder(context, words, position, sentence, trigger)
    if far:  # «أعلن X في مؤتمر عقده مع نظيره Y رفضه»: X's, not Y's named right before it
        return ArgsFound(far, position + 1, "light")
    if possessive(words[position]) and not conjunction(words[position]):
        before = preverbal_subject(context, words, position, reach=3)
        if before is not None and not _plural_owner(context, words[position], before) and \
                not title_complement(words, before) and \
                not governed_title_holder(context, words, before) and \
                not genitive_of_other(context, words, before) and \
                not told_before(context, words, before, position):  # not «نواب حزب X»
            # not «أعرب رئيس حزب X عن شكره» (X's), nor «في رسالة إلى الأمين العام X رفضه»
            return ArgsFound([before], position + 1, "before")
    light = light_verb(context, words, position)
    if light is None:  # «، مشدداً على رفضه لـ»
        light = stressing_participle(context, words, position)
    described = relative_noun_holder(context, words, position, light) or \
        one_of_holder(context, words, position, noun=True)  # «من الذين أعلنوا تأييدهم»
    if described is not None:  # «X، الذي أعرب عن رفضه لـ»
        return ArgsFound([described], position + 1, "before")
    if light is not None and _is_hal(words[light], trigger=None):
        subjects, _, how = _clause_actor(context, words, light, sentence)
        if subjects:
            return ArgsFound(subjects, position + 1, "clause")
    elif light is not None:
        subjects, _, how = verb_subject(context, words, light, sentence, pronoun)
        if subjects and how != "previous" and all(s.end <= words[position].start for s in subjects):
            if told_one(context, words, light, position, subjects):  # «أبلغ X احتجاجه»
                return ArgsFound([], position + 1, "")
            return ArgsFound(subjects, position + 1, "light")
        if subjects and how == "previous" and opening_light_verb(words, light, position):
            return ArgsFound(subjects, position + 1, "previous")  # «. وقدم شكره لـ Y على»
        actor = _continued_light_verb(context, words, light, position, sentence)
        if actor is not None:
            return ArgsFound([actor], position + 1, "coordinated")
        opener = _opening_verb_subject(context, words, light, sentence, _CLAUSE_SEPARATORS) \
            if not subjects and words[light].norm.startswith("و") and \
            not own_subject_follows(words, light) else None  # not «وأكد الضيف دعمه»
        if opener is None and not subjects and after_comma_also(context, words, light):
            # «وهنأ X المواطنين، كما قدم شكره لـ Y على ...»: «كما» stands for the «و»
            opener = _opening_verb_subject(context, words, light - 1, sentence, COMMAS)
        if opener is not None:  # «استدعت X السفير ...؛ وسلمته مذكرة احتجاج على ...»
            return ArgsFound([Arg(opener, words[light].start, words[light].end)], position + 1,
                             "coordinated")
        holder = continued_holder(context, words, light, sentence, verb_gender(words[light])) \
            if (not subjects or how == "previous") and (
                possessive(words[position]) or _opening_verdict(words, light, position, trigger)
            ) else None
        if holder is not None:  # «وقال X إن ... . وعبر عن رفضه ...»
            return ArgsFound([holder], position + 1, "previous")
    else:
        subjects = _light_verb_past_comma(context, words, position, sentence)
        if subjects:
            return ArgsFound(subjects, position + 1, "light")
        titled = comma_titled_holder(context, words, position)
        if titled is not None:  # «أعرب الأمين العام لـ X، الدكتور Y، عن استغرابه»
            return ArgsFound([titled], position + 1, "light")
    adjunct = _with_adjunct_holder(context, words, position, sentence, trigger)
    if adjunct is not None:  # «ونفذت X الحملة بالتعاون مع Y»
        return ArgsFound([adjunct], position + 1, "clause")
    return ArgsFound([], position + 1, "")


_VERDICTS = frozenset({"criticizes", "condemns", "praises", "rejects", "opposes"})
"""Stances a bare noun after a subjectless light verb carries as its holder's own
(«ووجه انتقادات لـ X»); «ووجه دعوة لـ X» may be an invitation, and is left out."""


def _opening_verdict(words: list[Word], light: int, position: int,
                     trigger: StanceTrigger) -> bool:
    """«وقال X إن ... . ووجه انتقادات لحزب Y»: a light verb opening its sentence with an
    indefinite noun of verdict right after it (no subject stands between them)."""
    return light == 0 and light + 1 == position and trigger.kind in _VERDICTS and \
        not definite(words[position]) and words[light].norm.startswith("و")


_ADJUNCT_GAPS = COMMAS | frozenset({""})


def _with_adjunct_holder(context: Extraction, words: list[Word], position: int,
                         sentence: Sentence, trigger: StanceTrigger) -> Arg | None:
    """«ونفذت وزارة الداخلية الحملة بالتعاون مع وزارة العمل», «ونظمت الجامعة المؤتمر
    بالتنسيق مع X»: «بالتعاون مع» («بالتنسيق», «بتنسيق») is an adjunct of the clause's
    action; the one who coordinates is the named subject of the verb that opens the
    sentence, when nothing between them opens a clause of its own."""
    word = words[position]
    if trigger.kind != "coordinatesWith" or position + 1 >= len(words) or \
            not closes_adjunct(words, position) or \
            not any(prefix.lstrip("وف").startswith("ب") for prefix, _ in word.readings()[1:]):
        return None
    direct = adjunct_subject(context, words, position) or \
        organised_by(context, words, position)  # «بتنظيم من X وبالتعاون مع Y»
    if direct is not None:  # «نظمت X بالتعاون مع Y», «الذي تنظمه X بالتعاون مع Y»
        return direct
    reported = reported_partner_holder(context, words, position)
    if reported is not None:  # «وقالت X إنها تعمل بالتنسيق مع Y»: the speaker's own deed
        return reported
    if any(find_reporting(w.norm) is not None or find_reporting(w.norm.removeprefix("و"))
           is not None for w in words[:3]) or \
            any(w.norm in _TOPIC_PREPOSITIONS for w in words[1:position]):
        return None  # «وأشار X إلى تنفيذ الحملة بالتعاون مع Y»: X reports who coordinated
    opener = _opening_verb_subject(context, words, position, sentence, _ADJUNCT_GAPS)
    return Arg(opener, word.start, word.end) if opener is not None else None


_TOPIC_PREPOSITIONS = frozenset({"الي", "عن", "علي", "حول", "بشان"})
"""Prepositions that make the coordinated action a topic of the opening verb («تحدثت X عن
الحملة المنفذة بالتنسيق مع Y»), not its own deed."""


_CLAUSE_SEPARATORS = COMMAS | frozenset({"؛", ";"})
"""What may stand before a coordinated light verb that shares the opening verb's subject."""


def _held_after(context: Extraction, words: list[Word], position: int,
                trigger: StanceTrigger) -> Arg | None:
    """The holder of a stance noun named right after «من» (see
    :func:`kg.relations.stance_decoys.holder_after`), not for a noun with «ب» glued to it
    («بدعم من X», «بدعوة من X»: an adjunct of the clause, whose object is not named after
    it), and, past a title, only a person («بدعم من رئيس الهيئة ... الأمير X»: not the body
    of the title)."""
    word = words[position]
    if any(prefix.lstrip("وف").startswith("ب") for prefix, _ in word.readings()[1:]):
        return None
    held = holder_after(context, words, position, trigger)
    if held is None or position + 2 >= len(words):
        return None
    if context.covering_mention(words[position + 2].start) is None and \
            context.label(held.node_id) != "Person":
        return None
    return held


def _plural_owner(context: Extraction, noun: Word, named: Arg) -> bool:
    """«أبدى 52 في المائة من المشاركين في استطلاع لمؤسسة X اعتراضهم»: «ـهم» is a plural
    owner, never a person or a country named before it."""
    return noun.bare().endswith(("هم", "هما")) and \
        context.label(named.node_id) in {"Person", "Country"}


def _light_verb_past_comma(context: Extraction, words: list[Word], position: int,
                           sentence: Sentence, outer: bool = True) -> list[Arg]:
    """«جدد عضو اللقاء الديمقراطي الوزير X، التمسك باتفاق الطائف», «أبدى رئيس الوزراء X،
    تأييده للخطة»: a comma after a long subject and before the stance noun; the light verb's
    subject is the holder only when that subject ends right at the comma. «عن» may stand
    between the comma and the noun («وأعرب X، في كلمته أمام الجمعية، عن إدانته لـ»)."""
    if outer and position > 2 and words[position - 1].norm == "عن" and \
            not context.boundary_between(words[position - 1], words[position]):
        position -= 1  # the comma before the light verb's «عن»
    if position < 2 or conjunction(words[position]) or \
            context.gap(words[position - 1], words[position]).strip() not in COMMAS:
        return []
    if outer:  # «وأكدت السعودية، التي تقود التحالف، دعمها»: past the clause on the subject
        opening = clause_opening(context, words, position)
        if opening is not None:
            return _light_verb_past_comma(context, words, opening, sentence, outer=False)
    for index in range(position - 2, max(-1, position - 13), -1):
        if boundary(context, words[index], words[index + 1]):
            return []
        if words[index].has(STANCE_LIGHT_VERBS):
            subjects, _, how = verb_subject(context, words, index, sentence, None)
            ends = {s.end for s in subjects}
            return subjects if how == "after" and ends == {words[position - 1].end} else []
        if live_stance(words, index) or words[index].norm in RELATIVES:
            return []
    return []


def _continued_light_verb(context: Extraction, words: list[Word], light: int, position: int,
                          sentence: Sentence) -> Arg | None:
    """«ودعا X المنظمات إلى ...، كما وجه دعوة لكل الصحافيين»: a light verb that continues the
    sentence («كما», «و» after a comma) with the stance noun right after it has the subject
    of the stance before it in the same sentence."""
    actor = context.discourse.last_actor
    if actor is None or actor.sentence != sentence.index or light + 1 != position or light == 0:
        return None
    verb = words[light]
    continued = after_also(context, words, light) or (
        verb.norm.startswith("و") and context.boundary_between(words[light - 1], verb))
    return Arg(actor.node_id, verb.start, verb.end) if continued else None


def light_verb(context: Extraction, words: list[Word], position: int) -> int | None:
    """«وجه دعوة», «أطلقت بوينغ أمس تحذيرا», «جدد رفضه»: the verb whose object the
    stance noun is, a few words before it in its clause (a long subject may stand between:
    «أعلن مجلس إدارة النادي الأهلي المصري برئاسة X رفضه»)."""
    if position > 0 and words[position - 1].norm in _CAUSES:
        return None  # «قام X باستهداف المصنع نظراً لرفضه ...»: the factory's refusal, not X's
    raised = words[position].has(RAISED_NOUNS)
    joined = words[position].norm.startswith("و") and owned_feeling(words[position])
    for index in words_back(context, words, position, LIGHT_REACH):
        if boundary(context, words[index], words[index + 1]) and not (
                index + 1 == position and _quoted_after_about(context, words, index)):
            return None
        if words[index].has(STANCE_LIGHT_VERBS) or (raised and words[index].has(RAISING_VERBS)):
            return index
        named = context.covering_mention(words[index].end - 1) is not None  # «لمجلس التعاون»
        if joined and owned_feeling(words[index]):
            continue  # «معربا عن ارتياحه لنتائج الزيارة وتقديره لدور X»: one light verb's
        if (live_stance(words, index) and not describes_before(context, words, index) and
                not named) or \
                (words[index].norm in RELATIVES and not _for_ones_part(words, index)) or \
                (words[index].norm in COMPLEMENTIZERS and  # not «بان كي مون», a name
                 context.covering_mention(words[index].start) is None):
            return None  # «أكد X أنه سعيد بإشادة Y»: the noun is inside what X said
    return titled_light_verb(context, words, position)  # «أعرب صاحب السمو ... عن شكره»


def _for_ones_part(words: list[Word], index: int) -> bool:
    """«وأعرب الأردن من جانبه عن ترحيبه»: «من جانبه», «من جهتها» (for its part) is an
    aside between a light verb's subject and its noun, not the relative «من»."""
    return words[index].norm == "من" and index + 1 < len(words) and \
        words[index + 1].norm in _ON_ONES_SIDE


_CAUSES = frozenset({"نظرا", "بسبب", "جراء", "اثر", "عقب", "لاجل"})
"""Words whose complement the stance noun is when it follows them: an adjunct of cause or
time, never the light verb's object."""


def _quoted_after_about(context: Extraction, words: list[Word], index: int) -> bool:
    """«أعلنت X عن «رفضها لحواجز Y»»: a stance noun that opens a quotation right after «عن»
    is still the light verb's object."""
    return words[index].norm == "عن" and \
        context.gap(words[index], words[index + 1]).strip() in {"«", "“", '"'}


def _clause_actor(context: Extraction, words: list[Word], position: int,
                  sentence: Sentence) -> ArgsFound:
    """A circumstantial participle («مشيدا», «داعيا», «مطالبا») shares the subject of
    the clause it follows: the actor of this sentence, or of the one before when the
    participle opens the sentence."""
    actor = context.discourse.last_actor
    word = words[position]
    if actor is not None and not _agrees(context, actor.node_id, _participle_gender(word)):
        actor = None  # «..., مطالبة»: a feminine participle is no man's
    if actor is not None and actor.sentence == sentence.index and \
            not _named_only_after(context, actor.node_id, word, sentence):
        return ArgsFound([Arg(actor.node_id, word.start, word.end)], position + 1, "clause")
    reporter = _reporting_subject(context, words, position, sentence)
    if reporter is not None and _agrees(context, reporter, _participle_gender(word)):
        return ArgsFound([Arg(reporter, word.start, word.end)], position + 1, "clause")
    if actor is not None and position == 0 and sentence.index - actor.sentence <= 1:
        return ArgsFound([Arg(actor.node_id, word.start, word.end)], position + 1, "clause")
    opener = _opening_verb_subject(context, words, position, sentence)
    if opener is not None and _agrees(context, opener, _participle_gender(word)):
        return ArgsFound([Arg(opener, word.start, word.end)], position + 1, "clause")
    holder = continued_holder(context, words, position, sentence, _participle_gender(word))
    if holder is None and _participle_chain(context, words, position):
        opening = continued_holder(context, words, 0, sentence, _participle_gender(word))
        holder = Arg(opening.node_id, word.start, word.end) if opening is not None else None
    if holder is not None:
        return ArgsFound([holder], position + 1, "clause")
    previous = previous_opening_holder(context, sentence, word, _participle_gender(word),
                                       verb_gender) if position == 0 else None
    if previous is not None:  # «وافتتح الأمير X المعرض. مشيداً بجهود Y»
        return ArgsFound([previous], position + 1, "previous")
    return ArgsFound([], position + 1, "")


_OPENER_REACH = 14
_ON_ONES_SIDE = frozenset({"جانبه", "جانبها", "جهته", "جهتها", "ناحيته", "ناحيتها"})


def _opening_verb_subject(context: Extraction, words: list[Word], position: int,
                          sentence: Sentence, separators: frozenset[str] = COMMAS) -> str | None:
    """«واستقبل الأمير X الوزير Y، مشيدا بجهوده», «والتقى X بالسفير Y، مؤكدا ...»: a
    participle after a comma (or a verb after one of ``separators``) shares the named subject
    of the verb that opens the sentence, when nothing between them opens a clause of its own
    (a complementizer, a relative, a stance or reporting verb, punctuation other than a
    comma)."""
    if position < 3 or \
            context.gap(words[position - 1], words[position]).strip() not in separators:
        return None
    first = 2 if words[0].norm.lstrip("و") == "من" and words[1].norm in _ON_ONES_SIDE and \
        context.gap(words[1], words[2]).strip() in COMMAS else \
        fronted_occasion(words)  # «من جانبه، استقبل X ...», «وبهذه المناسبة هنأ X ...»
    opening = words[first]
    if context.covering_mention(opening.start) is not None or is_title_head(opening) or \
            opening.has(PERSON_NOUNS) or opening.norm in FUNCTION_WORDS or \
            opening.bare() in FUNCTION_WORDS or _is_hal(opening, None) or \
            first + 1 >= position or context.boundary_between(opening, words[first + 1]):
        return None
    subjects, after = subject_after(context, words, first, sentence)
    if not subjects:  # «وفاز اللاعب X بالميدالية، مشيداً بـ ...»: a person noun before the name
        subjects = appositive_person(context, words, first) or []
        after = after_args(context, words, subjects) if subjects else after
    if len(subjects) != 1 or after >= position or position - after > _OPENER_REACH or \
            context.label(subjects[0].node_id) not in AGENT_LABELS:
        return None
    for index in range(after, position):
        word = words[index]
        if word.norm in COMPLEMENTIZERS or (word.norm in RELATIVES and word.norm != "من") or \
                find_reporting(word.norm) is not None or live_stance(words, index) or \
                (context.boundary_between(words[index - 1], word) and
                 context.gap(words[index - 1], word).strip() not in COMMAS):
            return None
    return subjects[0].node_id


def _participle_chain(context: Extraction, words: list[Word], position: int) -> bool:
    """«وقال X: ... . منوها أن ...، متهما Y بأنه ...»: a participle after a comma in a
    sentence whose every clause so far opens with a circumstantial participle continues the
    same speaker as the one that opens the sentence (the persons named in the clauses
    before it are what those participles are about, not new actors)."""
    if position == 0 or context.gap(words[position - 1], words[position]).strip() not in COMMAS:
        return False
    for index in range(1, position + 1):
        if not context.boundary_between(words[index - 1], words[index]):
            continue
        if context.gap(words[index - 1], words[index]).strip() not in COMMAS:
            return False
        if not _is_hal(words[index], None):
            return False
    return _is_hal(words[0], None)


def _agrees(context: Extraction, node_id: str, gender: str | None) -> bool:
    """Whether a participle of ``gender`` may have the actor as its subject: a feminine one
    a state, a body or a woman who spoke («قالت X»), never another person."""
    return gender != "f" or context.label(node_id) != "Person" or \
        node_id in context.discourse.female_speakers


_FEMININE_HAL = frozenset({"داعيه", "رافضه"})


def _feminine_hal(context: Extraction, words: list[Word], position: int,
                  trigger: StanceTrigger) -> bool:
    """«وأدانت الخارجية الهجوم، مطالبة المجتمع الدولي بـ ...», «، محذرة من ...»: a bare
    feminine active participle right after a comma is circumstantial (the same form
    with no comma before it may be a verbal noun: «مطالبة الحكومة بـ ...»)."""
    word = words[position]
    bare = word.bare()
    if not trigger.noun or word.norm != bare or position == 0 or \
            position + 1 >= len(words):
        return False
    participle = bare in _FEMININE_HAL or (bare.startswith("م") and bare.endswith("ه") and
                                           len(bare) >= 5 and not bare.endswith(("ته", "يه")))
    if context.gap(words[position - 1], word).strip() in COMMAS:
        return participle
    return participle and bare[2] != "ا" and _after_definite(context, words, position)


def _after_definite(context: Extraction, words: list[Word], position: int) -> bool:
    """«وأشارت X إلى مخاطر العودة في البلاد منتقدة الحماسة ...»: an indefinite participle
    cannot qualify the definite noun or the name of a prepositional phrase before it, so it
    is circumstantial even with no comma. After an indefinite noun it may be that noun's
    adjective («دول منتقدة للاتفاق»), after a bare definite noun the predicate of a
    nominal clause («إن مصر متمسكة بروسيا»). The «مُفاعَلة» shape («مطالبة», «مساندة») is
    left out: it is also a verbal noun."""
    before, word = words[position - 1], words[position]
    governed = prepositional(before) or (position > 1 and words[position - 2].norm in PREPOSITIONS
                                         and not context.boundary_between(words[position - 2],
                                                                          before))
    return governed and not context.boundary_between(before, word) and (
        definite(before) or context.covering_mention(before.start) is not None)


def _named_only_after(context: Extraction, node_id: str, word: Word, sentence: Sentence) -> bool:
    """«... رافضا الاعتراف بالمحامي ...، ردد خلالها أنصار حبري هتافات»: the sentence's
    actor is named only after the participle, in a later clause; it is not the participle's
    subject."""
    entity = context.entity(node_id)
    if entity is None:
        return False
    text = context.doc.text
    return entity.name not in text[sentence.start:word.start] and \
        entity.name in text[word.end:sentence.end]


def _reporting_subject(context: Extraction, words: list[Word], position: int,
                       sentence: Sentence) -> str | None:
    """«وقال الحمود مغردا عبر حسابه مادحا ...», «وقال X ... داعيا»: a participle after a
    verb of saying shares that verb's named subject (not one inside a quotation); right after
    a closed quotation («قالت X إن الاتفاق «...»، داعية طهران إلى ...»), the quotation's
    speaker."""
    if position > 0 and context.speaker_at(words[position].start) is None and \
            any(mark in context.gap(words[position - 1], words[position]) for mark in "»”"):
        quoted = context.speaker_at(words[position - 1].start)
        if quoted is not None:
            return quoted
    for index in range(position - 1, max(-1, position - 10), -1):
        word = words[index]
        if word.norm in RELATIVES or word.norm in COMPLEMENTIZERS or \
                context.speaker_at(word.start) is not None:
            return None  # «قال X إن Y ...»: the participle may belong to the reported clause
        if find_reporting(word.norm) is not None:
            subjects, after = subject_after(context, words, index, sentence)
            if len(subjects) == 1 and after <= position:
                return subjects[0].node_id
            return None
    return None


def _is_hal(word: Word, trigger: StanceTrigger | None) -> bool:
    """«مشيدا», «داعيا», «مطالبا», «موجها»: an active participle in the accusative."""
    bare = word.bare()
    if bare in _ROOT_HA_HAL or bare in _ROOT_NUN_HAL:
        return trigger is None or trigger.noun
    return (trigger is None or trigger.noun) and bare.endswith("ا") and \
        not bare.endswith(("ها", "نا")) and (bare.startswith("م") or bare in _BARE_HAL)


_BARE_HAL = frozenset({"داعيا", "رافضا", "حاثا", "شاكرا"})
"""Participles of the first form that do not open with «م» («داعيا», «رافضا»)."""
_ROOT_HA_HAL = frozenset({"منوها", "موجها", "منبها", "متوجها"})
"""Participles of roots ending in «ه» («نوّه», «وجّه», «نبّه»), whose «ـها» is no pronoun."""
_ROOT_NUN_HAL = frozenset({"مثمنا", "معلنا", "مبينا", "مدينا", "مستحسنا", "مستهجنا"})
"""Participles of roots ending in «ن» («ثمّن», «أعلن», «بيّن», «أدان»), whose «ـنا» is no
pronoun."""


def _copula_first_person(words: list[Word], position: int) -> bool:
    return any(w.bare() in {"نكن", "لسنا", "نحن", "نكون"} or w.norm == "لسنا"
               for w in words[max(0, position - 2):position])
