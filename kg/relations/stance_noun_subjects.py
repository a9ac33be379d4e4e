"""The subject of a stance noun: its own holder, a light verb's subject, or the clause's.

:func:`noun_subject` reads who holds the stance a verbal noun names: the subject of a
light verb («وجه X دعوة», «أعرب X عن رفضه»: :func:`light_verb`, also past a comma after a
long subject, continued by «كما», or opening its sentence before a verdict noun: «ووجه
انتقادات»), a holder named after «من» or behind «بالتعاون مع», never a person or a
country before a plural owner («اعتراضهم»), else the actor of the noun's clause;
:func:`own_country` reads «دعم بلاده» as the support of the subject's country. Read for
:mod:`kg.relations.stance_subjects`.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import (
    subject_after,
)
from kg.relations.context import Extraction
from kg.relations.index import Arg, ArgsFound, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    RAISED_NOUNS,
    RAISING_VERBS,
    STANCE_LIGHT_VERBS,
    StanceTrigger,
    find_reporting,
)
from kg.relations.stance_adjunct_openers import participle_adjunct, particle_opening_subject
from kg.relations.stance_attributive import describes_before
from kg.relations.stance_clause_actors import (
    ON_ONES_SIDE,
    clause_actor,
    is_hal,
    opening_verb_subject,
)
from kg.relations.stance_clause_skips import clause_opening
from kg.relations.stance_comma_titled import comma_titled_holder
from kg.relations.stance_construct_holders import genitive_of_other
from kg.relations.stance_cooperation import closes_adjunct, organised_by
from kg.relations.stance_decoys import holder_after
from kg.relations.stance_deed_holders import deed_holder
from kg.relations.stance_directed_holders import directed_holder, faced
from kg.relations.stance_done_acts import done_act
from kg.relations.stance_far_holders import adverbial_light_holder
from kg.relations.stance_feminine_participles import feminine_participle_holder
from kg.relations.stance_fronted_partners import fronted_partner_subject
from kg.relations.stance_genitive_agents import (
    genitive_agent,
    unnamed_agent,
)
from kg.relations.stance_governed_titles import governed_title_holder
from kg.relations.stance_hosted_subjects import own_subject_follows
from kg.relations.stance_joined_adjuncts import earlier_adjunct
from kg.relations.stance_light_openers import opening_expressing_verb, opening_light_verb
from kg.relations.stance_light_reach import LIGHT_REACH, owned_feeling, words_back
from kg.relations.stance_one_of import one_of_holder
from kg.relations.stance_own_country import own_country_holder
from kg.relations.stance_partnerships import adjunct_subject
from kg.relations.stance_phrases import (
    COMMAS,
    RELATIVES,
    boundary,
    conjunction,
    definite,
    possessive,
)
from kg.relations.stance_preverbal_subjects import preverbal_subject
from kg.relations.stance_relative_nouns import relative_noun_holder
from kg.relations.stance_reported_adjuncts import (
    clause_subject_partner,
    reported_partner_holder,
)
from kg.relations.stance_role_holders import role_holder
from kg.relations.stance_stressing import stressing_participle
from kg.relations.stance_struck_feelings import struck_by_letdown
from kg.relations.stance_title_bodies import title_complement
from kg.relations.stance_titled_reach import titled_light_verb
from kg.relations.stance_told import told_before, told_one
from kg.relations.stance_triggers import live_stance
from kg.relations.stance_verb_gender import verb_gender
from kg.relations.stance_verb_subjects import (
    after_also,
    after_args,
    after_comma_also,
    continued_holder,
    previous_opening_subject,
    verb_subject,
)


def own_country(context: Extraction, words: list[Word], position: int,
                 sentence: Sentence) -> ArgsFound:
    """For a verbal noun whose agent is its unnamed genitive: «أكد وزير الخارجية الأردني X دعم
    بلاده للحكومة العراقية» is Jordan's support (see :mod:`kg.relations.stance_own_country`);
    any other unnamed genitive holds it and no fact is written."""
    light = light_verb(context, words, position)
    found = verb_subject(context, words, light, sentence, None) if light is not None else None
    if light is not None and is_hal(words[light], None):
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
    shared = clause_actor(context, words, light, sentence)
    if len(shared.args) != 1:
        return None
    actor = shared.args[0].node_id
    for index in range(light):
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.entity_id == actor:
            return ArgsFound([Arg(actor, mention.start, mention.end)], light + 1, "before")
    return None



def noun_subject(context: Extraction, words: list[Word], position: int, sentence: Sentence,
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
        return own_country(context, words, position, sentence)
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
    if light is not None and is_hal(words[light], trigger=None):
        subjects, _, how = clause_actor(context, words, light, sentence)
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
        held = previous_opening_subject(context, words, light, sentence) \
            if subjects and how == "previous" and \
            opening_expressing_verb(words, light, position) else None
        if held is not None:  # «وزار X المعرض. وأعرب عن شكره لـ Y»: X, no one named since
            return ArgsFound([held], position + 1, "previous")
        actor = _continued_light_verb(context, words, light, position, sentence)
        if actor is not None:
            return ArgsFound([actor], position + 1, "coordinated")
        opener = opening_verb_subject(context, words, light, sentence, _CLAUSE_SEPARATORS) \
            if not subjects and words[light].norm.startswith("و") and \
            not own_subject_follows(words, light) else None  # not «وأكد الضيف دعمه»
        if opener is None and not subjects and after_comma_also(context, words, light):
            # «وهنأ X المواطنين، كما قدم شكره لـ Y على ...»: «كما» stands for the «و»
            opener = opening_verb_subject(context, words, light - 1, sentence, COMMAS)
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
        organised_by(context, words, position) or \
        fronted_partner_subject(context, words, position)  # «أن X بالتعاون مع Y أصدرت»
    if direct is not None:  # «نظمت X بالتعاون مع Y», «الذي تنظمه X بالتعاون مع Y»
        return direct
    first = earlier_adjunct(context, words, position)
    if first is not None:  # «أقامه X بشراكة مع Y، وبالتعاون مع Z»: the first adjunct's doer
        shared = noun_subject(context, words, first, sentence, None, trigger).args
        return Arg(shared[0].node_id, word.start, word.end) if len(shared) == 1 else None
    reported = reported_partner_holder(context, words, position) or \
        clause_subject_partner(context, words, position)  # «أوضح X أن Z نفذت ... بالتعاون مع Y»
    if reported is not None:  # «وقالت X إنها تعمل بالتنسيق مع Y»: the speaker's own deed
        return reported
    if any(find_reporting(w.norm) is not None or find_reporting(w.norm.removeprefix("و"))
           is not None for w in words[:3]) or \
            any(w.norm in _TOPIC_PREPOSITIONS for w in words[1:position]):
        return None  # «وأشار X إلى تنفيذ الحملة بالتعاون مع Y»: X reports who coordinated
    if participle_adjunct(context, words, position):
        return None  # «كرم X الفائزين في المسابقة المقامة بالتعاون مع Y»: held by someone else
    opener = opening_verb_subject(context, words, position, sentence, _ADJUNCT_GAPS) or \
        particle_opening_subject(context, words, position, sentence, _ADJUNCT_GAPS)  # «وقد نظمت»
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
                _opens_quote(words, index, position) and
                _quoted_after_about(context, words, index)):
            return None
        if words[index].has(STANCE_LIGHT_VERBS) or (raised and words[index].has(RAISING_VERBS)) \
                or struck_by_letdown(words, index, position):  # «أصيب X بخيبة أمل من»
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
        words[index + 1].norm in ON_ONES_SIDE



_CAUSES = frozenset({"نظرا", "بسبب", "جراء", "اثر", "عقب", "لاجل"})
"""Words whose complement the stance noun is when it follows them: an adjunct of cause or
time, never the light verb's object."""



def _opens_quote(words: list[Word], index: int, position: int) -> bool:
    """Whether the noun at ``position`` opens the quotation after ``words[index]``, or
    follows its degree word there («عبرت مصر عن «خالص تقديرها لـ ...»»)."""
    return index + 1 == position or \
        (index + 2 == position and words[index + 1].norm in _DEGREE_BEFORE)


_DEGREE_BEFORE = frozenset({"خالص", "بالغ", "عميق", "شديد", "كامل"})
"""Degree words in construct before a feeling noun («بالغ أسفه», «خالص شكره»)."""


def _quoted_after_about(context: Extraction, words: list[Word], index: int) -> bool:
    """«أعلنت X عن «رفضها لحواجز Y»»: a stance noun that opens a quotation right after «عن»
    is still the light verb's object."""
    return words[index].norm == "عن" and \
        context.gap(words[index], words[index + 1]).strip() in {"«", "“", '"'}
