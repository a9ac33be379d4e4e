"""Whether a named candidate after a stance trigger may be its object.

:func:`fits` drops a candidate that is no object: one past a word that opens a clause of
its own («لكن»), a name coordinated with the subject, the genitive of a person noun, the
demand of an appeal or the charge of an accusation, a name deep in an iḍāfa chain
(«مبادرة أمانة منطقة الرياض»), in brackets of its own, joined by «و» to a place, or past
the start of a warning's content («حذر من أن ...»); a name after «ضد» is opposed, so it is
no object of a supportive stance. :func:`displeased_at` reads the «من» after a noun of
displeasure («استياءها من») as opening the object. Read for
:mod:`kg.relations.stance_objects`.
"""

from __future__ import annotations

from kg.relations.arguments import (
    TYPE_NOUNS,
    Candidate,
    preposition,
)
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_KINDS, TERRITORY_LABELS, Word
from kg.relations.lexicon import (
    PERSON_NOUNS,
    THANKED_FOR,
    StanceTrigger,
)
from kg.relations.role_words import is_title_head
from kg.relations.stance_demands import (
    about_topic,
    thanked_deed_complement,
    within_demand,
)
from kg.relations.stance_led_by import (
    leader_adjunct,
)
from kg.relations.stance_object_reach import nisba_of_thing
from kg.relations.stance_phrase_objects import (
    COLLECTIVE_HEADS,
    content_noun,
)
from kg.relations.stance_phrases import (
    conjunction,
    definite,
    possessive,
    prepositional,
)
from kg.relations.stance_title_places import seat_of_office


def displeased_at(words: list[Word], candidate: Candidate, trigger: StanceTrigger,
                  start: int) -> bool:
    """«عن استيائها من إسرائيل», «تذمرها من الحكومة»: a noun of displeasure takes what
    displeases with «من» right after it; that «من» opens the object, it tells no origin."""
    return "من" in trigger.requires and candidate.word_index - 2 == start and \
        words[candidate.word_index - 1].norm == "من"



def fits(context: Extraction, words: list[Word], candidate: Candidate,
          trigger: StanceTrigger, start: int, first_word: int) -> bool:
    """Whether a candidate after the trigger can be its object.


    Not a name coordinated with the subject («دعم الأمير X ورئيس الهيئة»); not the
    genitive of a person noun («رحب بمبعوث دول المجلس»: the envoy is welcomed); for
    urges the addressee, never the demand («إلى», «بضرورة», a name in its genitive: «بقتلة
    X»); for criticizes the accused, never the charge («اتهمه بـ»); never a name after
    «بشأن»/«حول» in the phrase (what the thing is about)."""
    word = words[candidate.word_index]
    if any(w.norm in _BUT for w in words[start + 1:candidate.word_index]):
        return False  # «لا ترحب بالحرب لكن إذا أرادت الولايات المتحدة ...»: another clause
    if candidate.word_index == start + 1 and conjunction(word) and candidate.arg.start > word.start:
        return False  # a name that opens with «و» of its own («وحدات حماية الشعب») is no «و» X
    previous = words[candidate.word_index - 1]
    if leader_adjunct(context, words, candidate, first_word, trigger.kind):
        return False  # «الحزب الديمقراطي الكردستاني بزعامة مسعود البرزاني»: who leads it
    if candidate.word_index - 1 > start and not candidate.preposition and \
            candidate.label != "Person" and (is_title_head(previous) or previous.has(PERSON_NOUNS)):
        return False
    if trigger.kind == "urges":
        allowed = {"", "ل"} if trigger.noun else {""}
        if candidate.preposition not in allowed or candidate.label in {"City", "Region", "Place"}:
            return False
        if not candidate.preposition and \
                within_demand(context, words, first_word, candidate.word_index):
            return False  # «مطالبا بقتلة عثمان»: a name in the demand
    if nisba_of_thing(context, words, candidate, start):
        return False
    if about_topic(words, first_word, candidate.word_index):
        return False  # «معارضتها لعقد محادثات بشأن طموحات بيونج يانج»: what the talks are about
    if trigger.requires == THANKED_FOR and \
            thanked_deed_complement(words, start, candidate.word_index):
        return False  # «شكر X على اهتمامه بلبنان»: what the deed concerns
    if candidate.label in TERRITORY_LABELS and (
            _deep_in_construct(context, words, first_word, candidate.word_index) or
            (candidate.preposition == "ب" and candidate.word_index > first_word)):
        return False  # «رحب بمبادرة أمانة منطقة الرياض», «شكرها للقنصلية الفرنسية بجدة»
    if seat_of_office(words, candidate):
        return False  # «بجهود أمير منطقة مكة المكرمة»: the office holder's, not the place's
    if _parenthesized(context, words, candidate):
        return False  # «منظمة الأمم المتحدة للأغذية والزراعة (الفاو)»: a gloss, not the object
    if candidate.preposition in {"في", "لدي"} or _joined_to_place(context, words, candidate):
        return False  # «وزارة الداخلية في غزة», «سفير مصر لدى الأمم المتحدة»: where, not what
    if trigger.kind == "warns" and (candidate.preposition == "من" or any(
            _warning_content(w) for w in words[start + 1:candidate.word_index])):
        return False  # «حذر من X», «من أن بريطانيا ...», «بعدم السفر إلى كينيا»: the danger
    if candidate.preposition == "من" and candidate.word_index - 1 > start and \
            not definite(previous) and context.covering_mention(previous.start) is None and \
            not displeased_at(words, candidate, trigger, start):
        return False  # «اتهم X مسلحين من غزة»: where the accused come from, not the accused
    if any(w.norm in _AGAINST for w in words[start + 1:candidate.word_index]):
        return trigger.kind not in _FAVOUR  # «بمساندة X ضد Y»: Y is opposed, not supported
    return not (trigger.kind == "criticizes" and candidate.preposition == "ب")



_BUT = frozenset({"لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "بينما"})
"""Words that open a clause of its own after the stance's: no object past them («فيما» is
left out: it also reads «in what», «فيما يتعلق بـ»)."""



_RESIDENTS = frozenset({"اهالي", "سكان", "مواطني", "ابناء", "اهل"})



def _deep_in_construct(context: Extraction, words: list[Word], first: int, index: int) -> bool:
    """The name at ``words[index]`` closes a chain of two or more indefinite nouns in iḍāfa
    from the object's first word («مبادرة أمانة منطقة الرياض»): a complement inside the
    thing named, not the object."""
    if 0 <= first < index and conjunction(words[first]) and possessive(words[first]):
        first += 1  # «شكره وتقديره لمنسوبي جوازات منطقة الرياض»: a second noun of the stance
    if index - first < 2 or first < 0 or words[first].has(_RESIDENTS):
        return False  # «لأهالي منطقة المدينة المنورة»: the place stands for its people
    for position in range(first, index):
        word = words[position]
        if (position > first and (prepositional(word) or
                                  context.boundary_between(words[position - 1], word))) or \
                definite(word) or conjunction(word) or not content_noun(word) or \
                word.has(COLLECTIVE_HEADS) or context.covering_mention(word.start) is not None:
            return False
    return True



_TYPE_NOUNS_OR_ORGANIZATION_KINDS = TYPE_NOUNS | ORGANIZATION_KINDS


def _parenthesized(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """A name in brackets of its own («(الفاو)»): the acronym or gloss of a name before it,
    unless a noun of its kind introduces it («لمنظمة (اس تو يو اس)»)."""
    index = candidate.word_index
    if index == 0 or words[index - 1].has(_TYPE_NOUNS_OR_ORGANIZATION_KINDS):
        return False
    opening = context.doc.text[words[index - 1].end:candidate.arg.start]
    closing = context.doc.text[candidate.arg.end:candidate.arg.end + 2]
    return "(" in opening and closing.lstrip()[:1] == ")"



def _joined_to_place(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """«دعم حزب الليكود في الضفة الغربية وقطاع غزة»: a name joined by «و» to a name after
    «في» or «لدى» is where too, not what the stance is toward."""
    word = words[candidate.word_index]
    if candidate.preposition or candidate.word_index == 0 or candidate.arg.start <= word.start \
            or context.doc.text[word.start:candidate.arg.start] not in {"و", "و "}:
        return False
    before = context.covering_mention(words[candidate.word_index - 1].start)
    return before is not None and preposition(context, before) in {"في", "لدي"} and \
        not context.boundary_between(words[candidate.word_index - 1], word)



def _warning_content(word: Word) -> bool:
    """«من», «بأن», «بعدم»: the danger or the advice of a warning starts here; who is warned
    comes before it («حذرت واشنطن طهران من ...», «تحذيرا لشركات الطيران من ...»)."""
    return word.norm.lstrip("و") == "من" or any(
        prefix.lstrip("وف") == "ب" for prefix, _ in word.readings()[1:])



_AGAINST = frozenset({"ضد", "وضد"})



_FAVOUR = frozenset({"supports", "praises", "welcomes", "coordinatesWith", "sharesConcernWith"})
