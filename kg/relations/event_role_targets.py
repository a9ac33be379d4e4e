"""The target of an event: the first name after a targeted trigger or after «على»/«ضد».

:func:`target_role` takes the object of a targeted trigger, also behind a place noun or a
portion after «على» («على معظم حي التواهي»), or the group its counted victims belong to
(«قُتل 13 مسلحاً من جماعة النصرة»: the phrase from the count to the group's name). No
target is a name in another clause (after a subordinator, a resumptive pronoun or a
nearer event noun), the doer after a support verb whose pronoun is the event («نفذه
تنظيم داعش»), the subject after «عليه», a name joined by «و» to a phrase that is not the
object, an aside in brackets, a name in a qualifying participle's phrase
(``MODIFIER_HEADS``), or a country's nisba (:func:`nisba_mention`). Read for
:mod:`kg.relations.event_roles`.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import Candidate, commit_holder, is_place
from kg.relations.casualties import Count
from kg.relations.context import Extraction
from kg.relations.event_accusative_objects import beyond_verb_object
from kg.relations.event_cause_genitives import of_other_deed
from kg.relations.event_draft import (
    GENERIC_HEADS,
    OBJECT_AFTER_ON,
    SEIZING_NOUNS,
    Draft,
    trigger_form,
)
from kg.relations.event_from_doers import armed_doer, from_doer
from kg.relations.event_inside import behind_bounds, behind_direction
from kg.relations.event_lifted_sanctions import lifted_from_named
from kg.relations.event_near_places import behind_heading, behind_nearness
from kg.relations.event_reasons import behind_reason
from kg.relations.event_support import support_with_object
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    PLACE_HEADS,
    RELATIVE_PRONOUNS,
    find_event,
)

MODIFIER_HEADS = frozenset({
    "موالي", "مواليه", "الموالي", "الموالين", "تابع", "تابعه", "التابعين", "مؤيد", "مؤيده",
    "المؤيدين", "مدعوم", "مدعومه", "مقرب", "مقربه", "المقربين", "مناصر", "مناصره", "حليف",
    "حليفه", "المناهضه", "مناهض", "مناهضه", "المعارضه", "معارض",
})
"""Participles that qualify the noun before them («الموالية ل»): no target inside their phrase."""



_ON_AGAINST = frozenset({"", "علي", "ضد"})
"""The prepositions a target may follow (and «عن» after sanctions lifted from a named side,
«رفع العقوبات عن إيران»: ``event_lifted_sanctions``)."""


def target_role(context: Extraction, words: list[Word], candidate: Candidate, draft: Draft,
            sentence: Sentence) -> None:
    """The object of a targeted trigger, or the group its counted victims belong to."""
    label = candidate.label
    if not (label in AGENT_LABELS or is_place(label)) or nisba_mention(context, candidate) or \
            _in_modifier(words, candidate) or _aside(context, candidate, sentence):
        return
    if behind_reason(words, candidate.word_index):
        return  # «فرضت عقوبات بسبب أوكرانيا على شركات روسية»: why, not on whom
    if from_doer(words, candidate, draft):
        if label in AGENT_LABELS and armed_doer(context, words, candidate, draft):
            if draft.agent_source == "before":  # «مواقع الحوثيين ... غارات من طائرات»: the
                draft.arguments = [a for a in draft.arguments  # name before was hit
                                   if not (a.role == "agent" and a.end <= draft.word.start)]
            if not any(a.role == "agent" for a in draft.arguments):
                draft.add("agent", candidate.arg)  # «لقصف عنيف من طائرات التحالف»: its doer
        return  # «هجوم من سوريا»: where it came from, no target
    if draft.label == "Killing" and is_place(label):
        return  # «قُتلوا ... شمالي مدينة عدن»: the victims are people, a place is no target
    if draft.label == "Killing" and not candidate.preposition and of_other_deed(
            words, draft.word.index - words[0].index, candidate.word_index):
        return  # «قتلوا خلال المعارك وقصف مليشيا الحوثي للمدينة»: the shelling's, not a victim
    if behind_bounds(words, candidate.word_index):
        return  # «استهدفوا منشآت حيوية داخل جميع دول مجلس التعاون»: where, not what
    if behind_nearness(words, candidate.word_index):
        return  # «تفجير انتحاري قرب جامعة الفلاح»: where it happened, not what it hit
    if behind_heading(words, candidate.word_index):
        return  # «دورية كانت تقل موقوفين إلى محكمة بعقوبة»: where it went, not what was hit
    if label in AGENT_LABELS and behind_direction(words, candidate.word_index):
        return  # «على مواقع للمتمردين بشمال مدينة الضالع»: a town, where (whatever its tag)
    if candidate.preposition == "من" and _after_count(words, candidate, draft.count):
        draft.add("target", _counted_members(context, words, candidate, draft))
        draft.partitive = True  # «قُتل 13 مسلحاً من جماعة النصرة»
        return
    members = _members_start(words, candidate, draft) if draft.label == "Killing" else None
    if members is not None:  # «بمقتل خمسة من عناصر داعش»: the members, not the group
        draft.add("target", _member_phrase(context, members, candidate.arg.end))
        draft.partitive = True
        return
    trigger = draft.word.index - words[0].index
    if _doer_of_it(context, words, candidate):
        if not any(a.role == "agent" for a in draft.arguments) and \
                not _nearer_trigger(words, trigger, candidate.word_index):
            draft.add("agent", candidate.arg)  # «الهجوم الانتحاري في سروج نفذه تنظيم داعش»
        return  # «قتلوا عندما تعرضوا لهجوم شنته جماعة النصرة»: the attack's doer
    if not _behind_on(words, candidate) and trigger_form(draft.word) in (
            OBJECT_AFTER_ON if draft.verb else SEIZING_NOUNS):
        if _after_on_pronoun(words, trigger, candidate) and \
                not any(a.role == "agent" for a in draft.arguments):
            draft.add("agent", candidate.arg)  # «أول موقع سيطرت عليه ميليشيات الحوثي»
        return  # «وسيطر تحالف يعرف باسم "فجر ليبيا" على طرابلس»: what is seized follows «على»
    lifted = candidate.preposition == "عن" and draft.label == "Sanction" and \
        lifted_from_named(context, words, trigger)
    if (candidate.preposition not in _ON_AGAINST and not lifted) or \
            _conjunct(context, words, candidate) or \
            _other_clause(words, trigger, candidate.word_index) or (
                candidate.preposition and _nearer_trigger(words, trigger, candidate.word_index)):
        return
    if not draft.verb and beyond_verb_object(context, words, trigger, candidate.word_index):
        return  # «هجوم بسيارة مفخخة استهدفت مقصفا يقصده طلاب جامعة بغداد»: the café is hit
    draft.add("target", candidate.arg)
    commit_holder(context, candidate, sentence)



_PORTIONS = frozenset({"معظم", "كامل", "كل", "جميع", "بعض", "اجزاء", "جزء", "مجمل", "غالبيه",
                       "اغلب", "باقي", "بقيه", "عده", "احياء"})
"""Words between «على» and the place seized: «السيطرة على معظم حي التواهي»."""



def _behind_on(words: list[Word], candidate: Candidate) -> bool:
    """The name follows «على», maybe behind a place noun or a portion («على العاصمة
    طرابلس», «على معظم حي التواهي»)."""
    if candidate.preposition == "علي":
        return True
    for index in range(candidate.word_index - 1, max(-1, candidate.word_index - 4), -1):
        word = words[index]
        if word.bare() == "علي":
            return True
        if not (word.has(PLACE_HEADS) or word.has(_PORTIONS)):
            return False
    return False



def _doer_of_it(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """«الهجوم الانتحاري في سروج نفذه تنظيم داعش»: a name right after a support verb whose
    object pronoun is the event (maybe behind a head noun: «شنّه مسلحو الحركة») is its doer,
    never its target; so is the group of a member named there («نفذه عنصر من داعش»)."""
    index = candidate.word_index
    verb = index - 1
    if verb > 1 and words[verb].norm == "من" and words[verb - 1].bare() in _MEMBERS:
        verb -= 2  # «هجوم انتحاري نفذه عنصر من داعش»: the member's group
    elif verb > 0 and words[verb].has(GENERIC_HEADS):
        verb -= 1
    if verb > 0 and words[verb].norm in _IT and words[verb - 1].has(_DID):
        return not context.boundary_between(words[verb - 1], words[index])  # «قام به داعش»
    return verb >= 0 and support_with_object(words[verb]) and \
        not context.boundary_between(words[verb], words[verb + 1])



_IT = frozenset({"به", "بها", "بهما"})
_MEMBERS = frozenset({"عنصر", "عناصر", "مسلح", "مسلحون", "مسلحين", "مقاتل", "مقاتلون",
                      "مقاتلين", "انتحاري", "انتحاريون", "عضو", "اعضاء"})
"""«عنصر من داعش»: a member of the group named after «من»."""



_DID = frozenset({"قام", "قامت", "قاموا", "يقوم", "تقوم"})
"""«اعتداء انتحاري قام به داعش»: a light verb with the event as its «ب» pronoun; the name
after it did the deed."""



_ON_PRONOUNS = frozenset({"عليه", "عليها", "عليهم", "عليهما"})



def _after_on_pronoun(words: list[Word], trigger: int, candidate: Candidate) -> bool:
    """«سيطرت عليه ميليشيات الحوثي»: the seized place is the pronoun right after the verb,
    so the name after it (maybe behind a head noun) is the verb's subject."""
    between = words[trigger + 1:candidate.word_index]
    return bool(between) and between[0].norm in _ON_PRONOUNS and \
        all(word.has(GENERIC_HEADS) for word in between[1:])



_SUBORDINATORS = frozenset({"عندما", "حين", "حينما", "بعدما", "بينما", "فيما", "حيث", "اذ",
                            "لدي", "كلما", "كما", "وكما"})
"""Words that open another clause («قُتلوا ... عندما قصفت جماعة الحوثي الحي», «قصفت المقاومة
تجمعات للحوثيين كما شوهدت قوات في منطقة البريقة»)."""



_RESUMPTIVES = frozenset({"فيها", "فيه", "فيهم", "بها", "منها", "منه"})
"""The pronoun back to a noun that opens a relative clause without «الذي» («منطقة ينشط فيها
تنظيم داعش»): a name after it is that clause's."""



def _other_clause(words: list[Word], trigger: int, candidate: int) -> bool:
    """«قُتل 43 شخصاً عندما قصفت جماعة الحوثي ...», «قصفت الطائرات مدرسة الحسين التي يتخذها
    الحوثيون قاعدة»: a name behind a word that opens another clause, or inside a relative
    clause on the object, is that clause's, not the trigger's target. A relative right
    after the trigger and its adjectives («الهجوم الإرهابي الذي استهدف ...») describes the
    trigger itself."""
    for index in range(trigger + 1, min(candidate, len(words))):
        word = words[index]
        if word.norm in _SUBORDINATORS:
            return True
        if word.norm in _RESUMPTIVES and index > trigger + 2:
            return True  # «قرب البويرة في منطقة ينشط فيها تنظيم داعش»: a relative clause
        if word.norm in RELATIVE_PRONOUNS and \
                not all(_adjective(words[j]) for j in range(trigger + 1, index)):
            return True
    return False



def _nearer_trigger(words: list[Word], trigger: int, candidate: int) -> bool:
    """«قُتلوا في غارة جوية على خور المكسر»: «على» after another event noun closer to the
    name opens that noun's object, not the trigger's."""
    return any(find_event(words[index].norm) is not None
               for index in range(trigger + 1, min(candidate, len(words))))



def _adjective(word: Word) -> bool:
    """«الإرهابي», «الجوية», «انتحاري»: a nisba adjective."""
    return word.bare().endswith(("ي", "يه", "يين", "يون"))



def _after_count(words: list[Word], candidate: Candidate, count: Count | None) -> bool:
    """«قُتل 13 مسلحاً من ...», «قُتل 13 وأُصيب 85 من ...»: «من» right after the count or a
    number names the victims' group."""
    if candidate.word_index < 2:
        return False
    before = words[candidate.word_index - 2]
    return before.norm[:1].isdigit() or (
        count is not None and count.start <= before.start < count.end)



_MEMBER_HEADS = frozenset({"عناصر", "اعضاء", "مقاتلي", "مسلحي", "افراد", "جنود", "ضباط",
                           "منتسبي", "انصار", "قاده", "قيادات", "اتباع"})



_MEMBER_COUNTS = frozenset({"جميع", "كل", "بعض", "عشرات", "العشرات", "مئات", "المئات", "عدد",
                            "عددا"})



def _members_start(words: list[Word], candidate: Candidate, draft: Draft) -> int | None:
    """Where the counted members of the name at ``candidate`` start: «خمسة من عناصر داعش»,
    «العشرات من عناصر التنظيم», «جميع عناصر داعش» (a count or a quantifier, maybe «من», a
    noun of members right before the name), or None."""
    count, index = draft.count, candidate.word_index
    if index < 2 or candidate.preposition or words[index - 1].norm not in _MEMBER_HEADS:
        return None
    at = index - 2
    if words[at].norm == "من" and at > 0:
        at -= 1
    first = words[at]
    if count is not None and count.start <= first.start < count.end:
        return count.start
    if first.norm in _MEMBER_COUNTS and first.start > draft.word.start:
        return first.start
    return None



def _counted_members(context: Extraction, words: list[Word], candidate: Candidate,
                     draft: Draft) -> Arg:
    """«قُتل 13 مسلحاً من جماعة النصرة»: the victims are the fighters, not the group, so the
    target is the phrase from the count to the group's name (the name stays inside it). When
    the count is not right before «من», or a verb of wounding stands between the trigger and
    the count («قُتل 13 وأُصيب 85 من ميليشيا الحوثي»), the group alone is named."""
    count = draft.count
    before = words[candidate.word_index - 2]
    if count is None or not count.start <= before.start < count.end or any(
            word.has(_WOUNDED) for word in words[:candidate.word_index]
            if draft.word.start < word.start < count.start):
        return candidate.arg
    return _member_phrase(context, count.start, candidate.arg.end)



def _member_phrase(context: Extraction, start: int, end: int) -> Arg:
    """The phrase of counted members up to their group's name, with the closing quote of a
    quoted name («خمسة من أعضاء «بوكو حرام»»)."""
    text = context.doc.text
    if text[start:end].count("«") > text[start:end].count("»") and text[end:end + 1] == "»":
        end += 1
    return Arg(context.add_entity("Miscellaneous", text[start:end]), start, end)



_WOUNDED = frozenset({"اصيب", "اصيبت", "اصيبوا", "جرح", "جرحت", "جرحوا"})



def _conjunct(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """«قصف الحوثيون وقوات صالح ...», «من ميليشيا الحوثي وصالح»: a name joined by «و» to
    a phrase that was not the object (the subject, a victim group) is not the object."""
    word = words[candidate.word_index]
    mention = context.covering_mention(candidate.arg.start)
    if mention is not None and context.attached_prefix(mention).startswith("و"):
        return True
    if candidate.word_index == 0 or mention is None or word.start < mention.start:
        return False  # «الحوثيون وقوات صالح»: the name after a generic head
        return False
    at = candidate.word_index - 1
    while at > 0 and candidate.word_index - at <= _EPITHETS and words[at].norm.startswith("ال") \
            and context.covering_mention(words[at].start) is None:
        at -= 1  # «وقوات المخلوع صالح», «وقوات الرئيس المخلوع صالح»: past the epithets
    head = words[at]
    return head.norm.startswith("و") and head.has(GENERIC_HEADS)



_EPITHETS = 2
"""How many definite words (a title, an epithet) may stand between «وقوات» and the name."""



def _aside(context: Extraction, candidate: Candidate, sentence: Sentence) -> bool:
    """«القيادي في حزب المؤتمر (حزب صالح) عبد الرحمن القوسي»: a name inside brackets is an
    aside, not an argument."""
    before = context.doc.text[sentence.start:candidate.arg.start]
    return before.rfind("(") > before.rfind(")")



def _in_modifier(words: list[Word], candidate: Candidate) -> bool:
    """«المقاومة الموالية للرئيس هادي»: a name inside the phrase of a participle that
    qualifies the noun before it is no object of the verb."""
    return any(w.has(MODIFIER_HEADS) for w in words[max(0, candidate.word_index - 3):
                                                      candidate.word_index])



def nisba_mention(context: Extraction, candidate: Candidate) -> bool:
    """«للرئيس اليمني»: an adjective naming a country inside a phrase is no target."""
    mention = context.covering_mention(candidate.arg.start)
    return mention is not None and context.is_nisba(mention)
