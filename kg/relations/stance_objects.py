"""What a stance is toward: the objects of a stance trigger.

The object comes after the subject and its own title («دعت X رئيسة ...» has
none), never a name coordinated with the subject, the genitive of a person noun
(«بمبعوث دول المجلس»), a place after «في», a nisba that describes a thing or a
person («التحرك التركي»), or anything past the next stance word; for urges
it is the addressee right after the verb, never the demand («بضرورة», «إلى», «لتمكين»);
for warns who is warned, never a name after the danger («من أن», «بعدم»);
for criticizes the accused, never the charge («اتهمه بـ»); a descriptive
phrase («الاتهامات», «شركات الطيران») stops at a conjunction or a new
prepositional phrase, after adjectives of degree («أسفه الشديد»); «أي» opens one only
for a stand against it («رفضها لأي تدخل أجنبي», «أي خفض للإنتاج»).

This module chooses among the named objects after the trigger and keeps those in reach;
where the object starts (past the subject's title, a frame, a relative clause, a closing
comma) is found in ``kg.relations.stance_object_start``, and the objects read from a
phrase (a descriptive topic, an iḍāfa chain, a resumed antecedent, a deed's actor, a
bare title) in ``kg.relations.stance_phrase_objects``, and whether a candidate is in reach
(and no faced one, no thing's nisba) in ``kg.relations.stance_object_reach``.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Mention, Sentence
from kg.ontology.namespace import RelationKind
from kg.relations.arguments import (
    TYPE_NOUNS,
    Candidate,
    commit_holder,
    is_place,
    preposition,
    scan_after,
)
from kg.relations.context import Extraction
from kg.relations.deeds import deed_owner
from kg.relations.index import AGENT_LABELS, ORGANIZATION_KINDS, TERRITORY_LABELS, Arg, Word
from kg.relations.lexicon import (
    ADDRESSEE_FROM,
    PERSON_NOUNS,
    THANKED_FOR,
    StanceTrigger,
    find_stance,
)
from kg.relations.role_words import is_title_head
from kg.relations.rules import ArgsHow, ObjectSource
from kg.relations.stance_achieved import achieved_thing
from kg.relations.stance_addressees import (
    addressee_after_comma,
    past_relative_clause,
    quoted_appeal,
)
from kg.relations.stance_answered_threats import answered_threat
from kg.relations.stance_appositions import (
    appositive_object,
    past_apposition,
    past_aside,
    past_closing_comma,
)
from kg.relations.stance_co_holders import past_co_holders
from kg.relations.stance_continued_things import continued_against
from kg.relations.stance_cooperation import joint_subject, listed_partners
from kg.relations.stance_counterparts import counterpart
from kg.relations.stance_dated_addressees import dated_addressee
from kg.relations.stance_decoys import asked_for_information
from kg.relations.stance_deed_doers import deed_doer
from kg.relations.stance_demands import (
    about_topic,
    demand_in_phrase,
    thanked_deed_complement,
    within_demand,
)
from kg.relations.stance_dual_objects import dual_objects
from kg.relations.stance_faced_surnames import faced_surname
from kg.relations.stance_foremost import foremost_named
from kg.relations.stance_group_objects import GROUP_KINDS, group_object
from kg.relations.stance_joined_names import joined_to_name
from kg.relations.stance_led_by import (
    LEADERSHIP_PRAISED,
    leader_adjunct,
    past_chair,
    past_leader,
)
from kg.relations.stance_located_objects import located_place
from kg.relations.stance_object_reach import SCAN_WORDS, faced_by, nisba_of_thing, styles_in, within
from kg.relations.stance_object_start import (
    OBJECT_RELATIVES,
    each_of,
    object_opening,
)
from kg.relations.stance_offered_by import offer_from
from kg.relations.stance_partnerships import partner_past_administration
from kg.relations.stance_phrase_objects import (
    COLLECTIVE_HEADS,
    congratulated,
    construct_phrase,
    content_noun,
    first_deed,
    phrase_object,
    resumed,
    resumed_antecedent,
    topic_object,
    topical,
)
from kg.relations.stance_phrases import (
    ANY_QUANTIFIERS,
    COMMAS,
    boundary,
    conjunction,
    definite,
    possessive,
    prepositional,
    skip_intensifiers,
    titled_name_follows,
    topic_entity,
    topic_phrase,
)
from kg.relations.stance_praise_objects import (
    holder_lam_name,
    praised_conjuncts,
    staff_deed_owner,
)
from kg.relations.stance_received import received_topic
from kg.relations.stance_received_before import received_before
from kg.relations.stance_refused_appeals import refused_appeal
from kg.relations.stance_said_contents import said_content
from kg.relations.stance_spellings import alerted_to
from kg.relations.stance_staff_bodies import staff_object
from kg.relations.stance_styled_objects import styled_deed_owner, styled_owner
from kg.relations.stance_subject_complements import past_subject_complement
from kg.relations.stance_subject_participles import past_subject_participle
from kg.relations.stance_subject_titles import after_subject_title
from kg.relations.stance_text_parts import text_part
from kg.relations.stance_title_body_holders import body_holder
from kg.relations.stance_title_places import seat_of_office
from kg.relations.stance_trailing_titles import NO_OBJECT, object_past_title, past_name_again
from kg.relations.stance_triggers import object_pronoun
from kg.relations.stance_urged_doers import urged_doer
from kg.relations.stance_verdicts import statements_author
from kg.relations.titles import compound_head
from kg.text.normalize import normalize_key

_AGAINST_ANY = frozenset({"rejects", "opposes", "condemns", "criticizes", "denies"})
"""«رفضها لأي تدخل», «أدان أي اعتداء»: a stand against whatever comes is a stance toward
it; a welcome, an appeal or support of «any» one («دعا أي طرف») names no one."""


_BACKED_ANY = frozenset({"supports", "welcomes"})
"""Stances for which «أي» before a noun of a settlement or a step («تؤيد أي اتفاق», «ترحب
بأي مبادرة») names a kind of thing backed, not an unnamed actor («تدعم أي طرف»)."""

_SETTLEMENTS = frozenset({
    "اتفاق", "اتفاقيه", "حل", "تسويه", "مبادره", "جهد", "جهود", "خطوه", "خطوات", "قرار",
    "مقترح", "اقتراح", "مشروع", "حوار", "مسعي", "مساعي", "تحرك", "اجراء", "اجراءات",
})
"""Nouns of a settlement, a proposal or a step, in their bare spelling."""


def any_of(words: list[Word], candidate: Candidate, kind: RelationKind) -> bool:
    """A phrase opened by «أي» as the object of a stance other than a stand against it, or
    than the backing of a settlement or a step (:data:`_BACKED_ANY`)."""
    index = candidate.word_index
    if candidate.source != "topic" or kind in _AGAINST_ANY or index >= len(words) or \
            words[index].norm not in ANY_QUANTIFIERS:
        return False
    return not (kind in _BACKED_ANY and index + 1 < len(words) and
                words[index + 1].bare() in _SETTLEMENTS)


def displeased_at(words: list[Word], candidate: Candidate, trigger: StanceTrigger,
                  start: int) -> bool:
    """«عن استيائها من إسرائيل», «تذمرها من الحكومة»: a noun of displeasure takes what
    displeases with «من» right after it; that «من» opens the object, it tells no origin."""
    return "من" in trigger.requires and candidate.word_index - 2 == start and \
        words[candidate.word_index - 1].norm == "من"


def _fits(context: Extraction, words: list[Word], candidate: Candidate,
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


def _urged_antecedent(context: Extraction, words: list[Word], position: int,
                      trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«واعتبرت البحرين ما صدر عن خامنئي تدخلاً ... وطالبته بالكف»: an appeal whose addressee
    is the masculine pronoun on the verb is to the one person named before it in the
    sentence (not the subject); two persons before it, or none, name no one."""
    if trigger.kind != "urges" or not words[position].norm.endswith("ه") or \
            words[position].norm.endswith(("ها", "هم")):
        return None
    persons: dict[str, Mention] = {}
    for index in range(0, position):
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.entity_id and mention.label == "Person" and \
                mention.entity_id not in skip:
            persons[mention.entity_id] = mention
    if len(persons) != 1:
        return None
    (mention,) = persons.values()
    return Candidate(Arg(mention.entity_id or "", mention.start, mention.end), "", "Person",
                     position, "mention")


_BODY_PRONOUN_KINDS = frozenset({"urges", "threatens", "warns", "criticizes"})


def _urged_body(context: Extraction, words: list[Word], position: int, sentence: Sentence,
                trigger: StanceTrigger, subjects: list[Arg]) -> Candidate | None:
    """«انتقد X أداء وزارة النقل، وطالبها بالإسراع»: an appeal whose addressee is the feminine
    pronoun on the verb is to the one body or country named between the subject and the
    verb in the sentence (see :func:`_iyya_antecedent`); a person («ها» of a woman) is not
    read, nor two actors. A threat, a warning or a criticism on the pronoun reads it the same
    way («سخرت حركة الشباب من كينيا وهددتها بهجمات»: Kenya)."""
    if trigger.kind not in _BODY_PRONOUN_KINDS or not words[position].norm.endswith("ها"):
        return None
    found = _iyya_antecedent(context, words, position, sentence, subjects)
    return found if found is not None and found.label != "Person" else None


_RUMOURS = frozenset({"تردد", "يتردد", "اشيع", "يشاع", "قيل", "يقال", "اثير", "يثار", "راج",
                      "يروج", "تداول", "يتداول"})
"""«ما تردد», «ما أشيع», «ما قيل»: what is said about, whose names are no stance's object."""

_ABSENCE = frozenset({"عدم", "غياب", "انعدام"})


def _absent_act(words: list[Word], first_word: int) -> bool:
    """«استياءها من عدم نقد العرب لباكستان», «انتقد غياب إدانة X لـ Y»: the stance is toward
    another stance not taken; the names after that act are its own holder and object, not
    this stance's (a preposition of the frame may come first)."""
    index = first_word
    if index < len(words) and words[index].norm in {"من", "علي", "ازاء", "تجاه"}:
        index += 1
    if index + 1 >= len(words):
        return False
    absence = words[index]
    act = words[index + 1]
    return (absence.norm in _ABSENCE or absence.bare() in _ABSENCE) and \
        (find_stance(act.norm) is not None or act.norm == "نقد")  # «نقد» alone may be cash

_IYYA = frozenset({"اياه", "اياها", "اياهم", "اياهما"})


def _iyya_antecedent(context: Extraction, words: list[Word], position: int,
                     sentence: Sentence, subjects: list[Arg]) -> Candidate | None:
    """«انتقد X الحكومة العراقية ...، مطالبا إياها بالوفاء»: the appeal's separate pronoun
    stands for the one actor named between the subject and the appeal (none when two are)."""
    own = {s.node_id for s in subjects}
    named: dict[str, Mention] = {}
    for mention in context.mentions_between(sentence.start, words[position].start):
        if mention.entity_id in own:
            named.clear()  # only what is named after the subject
        elif mention.entity_id and mention.label in AGENT_LABELS and \
                not context.is_nisba(mention):
            named[mention.entity_id] = mention
    if len(named) != 1:
        return None
    (mention,) = named.values()
    return Candidate(Arg(mention.entity_id or "", mention.start, mention.end), "", mention.label,
                     position + 1, "mention")


_HOSTILE_ACTS = frozenset({"شن", "استهداف", "قصف", "ضرب", "مهاجمه", "اجتياح", "تدمير",
                           "اغتيال", "تصفيه", "ملاحقه"})
_THREAT_REACH = 6


def _threatened_target(context: Extraction, words: list[Word], first_word: int,
                       skip: set[str]) -> Candidate | None:
    """«هدد تنظيم داعش بشن هجمات على السعودية», «هددت إيران باستهداف القواعد الأمريكية»:
    a threat of a hostile act («بـ» + «شن», «استهداف», «قصف» ...) is toward the act's
    target, named (or by its country adjective) within a few words of it, never a place
    after «في»."""
    if first_word >= len(words) or not (words[first_word].norm[1:] in _HOSTILE_ACTS and
                                        words[first_word].norm.startswith("ب")):
        return None  # «بشن» is too short for the clitic readings
    for index in range(first_word + 1, min(len(words), first_word + 1 + _THREAT_REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word) or word.norm == "في" or \
                find_stance(word.norm) is not None:
            return None
        mention = context.mention_starting_in(word)
        if mention is None or not mention.entity_id or mention.entity_id in skip:
            continue
        if mention.label not in AGENT_LABELS or preposition(context, mention) in {"في", "ب"}:
            return None
        source: ObjectSource = "nisba" if context.is_nisba(mention) else "mention"
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         index, source)
    return None


_UPKEEP = frozenset({"الحفاظ", "حفاظ", "المحافظه", "محافظه", "الاستمرار", "استمرار", "مواصله",
                     "الابقاء", "ابقاء"})
"""«متمسكة بالحفاظ على التفوق», «دعم استمرار المفاوضات»: keeping something up names no
object by itself (what is kept follows it)."""

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


def _parenthesized(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """A name in brackets of its own («(الفاو)»): the acronym or gloss of a name before it,
    unless a noun of its kind introduces it («لمنظمة (اس تو يو اس)»)."""
    index = candidate.word_index
    if index == 0 or words[index - 1].has(TYPE_NOUNS | ORGANIZATION_KINDS):
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


_PRAYED_TO = frozenset({"الله", "المولي", "الباري", "لله", "للمولي"})

_DEMANDING = frozenset({"طالب", "طالبت", "يطالب", "تطالب", "نطالب", "طالبوا", "يطالبون"})
"""«طالب» in the perfect and imperfect: «طالب X من Y أن ...» asks Y, as «طلب X من Y»."""
_NOT_ASKED = frozenset({"جديد", "خلال", "اجل", "جهته", "جهتها", "جهتهم", "جانبه", "جانبها",
                        "جانبهم", "ناحيه", "جهه", "قبل", "بين", "ضمن", "دون", "ابرز"})
"""«طالب X من جديد», «من خلال بيان», «من أجل», «من جهته»: no one asked after «من»."""


def find_objects(context: Extraction, words: list[Word], position: int, after: int,
                 sentence: Sentence, trigger: StanceTrigger, subjects: list[Arg],
                 how: ArgsHow = "") -> list[Candidate]:
    """What the stance at ``words[position]`` is toward (see the module docstring); a body
    named by its bare head («داعيا الوزارة») is the one body of that head named before."""
    found = [_named_body(context, c) for c in
             _objects(context, words, position, after, sentence, trigger, subjects, how)]
    if trigger.kind == "warns":  # «نبه إلى أن إيران ...»: what is pointed at, no one warned
        found = [c for c in found
                 if not alerted_to(words, position, c.word_index, c.preposition)]
    if trigger.kind == "urges" and trigger.noun and not found:
        addressed = _addressed_call(context, words, position, skip={s.node_id for s in subjects})
        if addressed is not None:  # «ووجه X دعوة إلى وزارة الصحة للتدخل»
            found.append(addressed)
    if trigger.kind == "praises":  # «... وفي مقدمتهم X»: X is praised too
        found = [c for c in found if not holder_lam_name(context, words, c, trigger, subjects)]
        known = {c.arg.node_id for c in found} | {s.node_id for s in subjects}
        deed = trigger.requires if trigger.requires == THANKED_FOR else frozenset()
        found += foremost_named(context, words, position, known, deed)  # not past «على»
        owned = styled_deed_owner(context, words, position, after, found, known)
        found = found if owned is None else owned  # «منوهاً بحرص سموه على ... الباحة»
        styled = styled_owner(context, words, position, after, known) if not found else None
        if styled is not None:  # «ثمّن X إشادة سموه ودعمه»
            found.append(styled)
        found += praised_conjuncts(context, words, found, known)  # «بجهود مصر والأردن»
    return found


def _addressed_call(context: Extraction, words: list[Word], position: int,
                    skip: set[str]) -> Candidate | None:
    """«ووجه X دعوة إلى وزارة الصحة للتدخل», «نداء إلى إيران بالانسحاب»: an appeal noun, then
    «إلى» and a named actor (no place), then the demand with «ل» or «ب» glued: the actor is
    the one called on, not what is called for («دعوة إلى الحوار»)."""
    index = position + 1
    if index + 2 >= len(words) or words[index].norm != "الي" or \
            context.boundary_between(words[position], words[index]):
        return None
    mention = context.mention_starting_in(words[index + 1])
    if mention is None or not mention.entity_id or mention.entity_id in skip or \
            mention.label not in AGENT_LABELS or is_place(mention.label) or \
            context.is_nisba(mention):
        return None
    last = context.mention_words(mention)[1] - words[0].index
    demand = last + 1
    if demand >= len(words) or context.boundary_between(words[last], words[demand]) or \
            not any(prefix.lstrip("وف") in {"ل", "لل", "ب", "بال"}
                    for prefix, _ in words[demand].readings()[1:]) or \
            context.covering_mention(words[demand].start) is not None or \
            any(word.bare().removeprefix("ال") in _INVITED_TO
                for word in words[demand:demand + 3]):
        return None  # «دعوة إلى X لحضور الحفل»: an invitation
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                     index + 1, "mention")


_INVITED_TO = frozenset({"حضور", "مشاركه", "زياره", "حفل", "احتفال", "مادبه", "افطار", "عشاء",
                         "غداء", "افتتاح", "مؤتمر", "منتدي", "ندوه", "مهرجان", "معرض"})
"""What an invitation is to: «دعوة إلى X لحضور الحفل», «للمشاركة في المؤتمر»."""


_BODY_HEADS = frozenset({
    "وزاره", "هيئه", "امانه", "جمعيه", "لجنه", "جامعه", "بلديه", "مديريه", "وكاله", "محكمه",
    "سفاره", "منظمه", "مؤسسه", "شركه", "نادي", "مجلس",
})
"""Heads of institutions' names that news uses alone, with «ال», for the body it named in
full before («وزارة الصحة» ... «داعيا الوزارة إلى»)."""


def _named_body(context: Extraction, candidate: Candidate) -> Candidate:
    """A topic phrase that is a bare definite body head («الوزارة», «الهيئة») is the one body
    with that head the document named before it (its first word the same head); with none or
    with two such bodies it stays as it was."""
    if candidate.source != "topic":
        return candidate
    word = context.word_at(candidate.arg.start)
    if word is None or word.end != candidate.arg.end:
        return candidate
    head = word.bare()
    if head not in _BODY_HEADS or not word.norm.lstrip("وفبل").startswith("ال"):
        return candidate
    bodies: dict[str, Mention] = {}
    for mention in context.mentions_between(0, word.start):
        first = context.word_at(mention.start)
        if mention.entity_id and mention.label in _BODY_LABELS and first is not None and \
                first.has(frozenset({head})):
            bodies[mention.entity_id] = mention
    if len(bodies) != 1:
        return candidate
    ((node, mention),) = bodies.items()
    return Candidate(Arg(node, candidate.arg.start, candidate.arg.end), candidate.preposition,
                     mention.label, candidate.word_index, "mention")


_BODY_LABELS = frozenset({"GovernmentBody", "Organization", "InternationalOrganization",
                          "MediaOrganization", "PoliticalParty"})


def _objects(context: Extraction, words: list[Word], position: int, after: int,
             sentence: Sentence, trigger: StanceTrigger, subjects: list[Arg],
             how: ArgsHow = "") -> list[Candidate]:
    skip = {s.node_id for s in subjects}
    after = past_name_again(context, words, after, subjects)  # «خادم الحرمين الملك سلمان»
    if trigger.kind not in LEADERSHIP_PRAISED:
        after = past_leader(context, words, after)  # «الحزب بزعامة X»: its leader, no object
    start, crossing = max(position, after - 1), False
    if after < len(words) and words[after].norm in OBJECT_RELATIVES and \
            trigger.kind in _FRAMED and not trigger.noun:
        framed = past_relative_clause(context, words, after, trigger, skip)
        if framed is not None or \
                context.gap(words[after - 1], words[after]).strip() not in COMMAS:
            return [framed] if framed is not None else []
        # «انتقد X، الذي يعارض الاتفاق، Y»: a clause closed by commas, read past below
    reopened = past_closing_comma(context, words, position, after, subjects)
    aside = past_aside(context, words, after, subjects) if reopened is None else None
    if reopened is not None:
        start, crossing = reopened - 1, True  # «ودعا ...، العقيد X، المسافرين»
    elif aside is not None:
        start, crossing = aside - 1, True  # «أشاد X -رئيس اللجنة- بجهود Y»
    elif (complement := past_subject_complement(context, words, position, after, subjects,
                                                trigger)) is not None:
        start, crossing = complement - 1, True  # «نوهت منظمة X «الفاو» العالمية، بجهود Y»
    elif (titled := object_past_title(context, words, position, after, subjects,
                                      trigger)) is not None:
        if titled == NO_OBJECT:
            return []  # «وأدان الأمير X ولي العهد ...»: the subject's own title
        start, crossing = titled - 1, True  # «وأدان الأمير X وزير الداخلية الحادث»
    elif after > position + 1 and after < len(words) and (
            is_title_head(words[after]) or compound_head(words, after) or  # «ولي العهد»
            words[after].has(PERSON_NOUNS)):
        settled, closing = after_subject_title(context, words, after, sentence, trigger, skip)
        if closing is None:
            return settled
        start, crossing = closing - 1, True  # «ولوح X، الناطق باسم المتمردين، بوقف ...»
    described = past_subject_participle(context, words, start + 1, subjects)  # «المدعومة من X»
    apposed = past_apposition(context, words, start + 1, subjects, trigger) or described
    closed_clause = apposed is not None and start + 1 < len(words) and \
        words[start + 1].norm in OBJECT_RELATIVES  # «X، الذي يعارض الاتفاق، Y»
    if apposed is not None:
        start, crossing = apposed - 1, True  # «أثنى X، القيادي في Y، على دور ...»
    elif reopened is None and not crossing and trigger.kind == "urges" and not trigger.noun:
        addressed = addressee_after_comma(context, words, after, subjects, skip) or \
            dated_addressee(context, words, after, subjects, skip)  # «دعا X أمس، Y إلى»
        if addressed:
            return addressed  # «ودعا العقيد X، المواطنين إلى ...»
    if trigger.kind == "urges" and position + 1 < len(words) and \
            words[position + 1].norm in _IYYA:
        addressee = _iyya_antecedent(context, words, position, sentence, subjects)
        return [addressee] if addressee is not None else []  # «مطالبا إياها بالوفاء»
    if resumed(words, position):
        antecedent = resumed_antecedent(context, words, position - 2, skip)
        return [antecedent] if antecedent is not None else []
    if (dual := dual_objects(context, words, position, after, trigger, skip)):
        return dual  # «التقى X بـ Y و Z، وأشاد بهما»: the pair named before
    if not trigger.noun and object_pronoun(words[position], trigger):
        addressee = _urged_antecedent(context, words, position, trigger, skip) or \
            _urged_body(context, words, position, sentence, trigger, subjects)
        # «انقلاب دعمته اليونان»: the pronoun's antecedent, not a name after it
        return [addressee] if addressee is not None else []
    asked = _demanded_from(context, words, position, after, trigger, how, skip)
    if asked is not None:
        return [asked]  # «وطالب X من الحكومة أن ...»: not X's affiliation, the one asked
    opening = object_opening(context, words, start, subjects, trigger)
    if opening is None:
        return []
    first_word, start = opening, opening - 1
    chaired = past_chair(context, words, first_word, trigger.kind)
    if chaired > first_word:  # «رحب المجلس خلال جلسته برئاسة X بالقرار»: X chairs
        first_word, start = chaired, chaired - 1
    if first_word + 1 < len(words) and words[first_word].norm.lstrip("وب") == "ما" and \
            words[first_word + 1].norm in _RUMOURS:
        return []  # «رفض يونكر ما تردد عن أن تسيبراس ...»: a rumour, not the one named in it
    if (doer := deed_doer(context, words, first_word, trigger, skip)) is not None:
        return [doer]  # «أدان X ما قامت به Y», «عن رفضها لما قامت به Y»: Y's deed
    if _absent_act(words, first_word):
        return []  # «استياءها من عدم نقد العرب لباكستان»: the act not done, not its object
    if trigger.kind == "condemns" and _detached_ba(context, words, first_word):
        # «ندد X بـ«الهجوم»»: past «بـ» and the quotation mark that parts it from its object
        first_word, start, crossing = first_word + 1, first_word, True
    if trigger.kind == "urges" and first_word < len(words) and \
            words[first_word].norm in _PRAYED_TO:
        return []  # «داعيا الله أن ...»: a prayer, not an appeal to anyone
    if (appeal := refused_appeal(context, words, first_word, trigger, skip)):
        return [appeal]  # «رفضت X دعوة Y إلى ...»: the appeal refused
    if (named_counterpart := counterpart(context, words, first_word, trigger, skip)):
        return [named_counterpart]  # «دعا X نظيره الروسي Y»: Y, past his nationality
    if trigger.kind == "urges" and (doer := urged_doer(context, words, first_word, skip)):
        return [doer]  # «طالب X بضرورة قيام Y بـ»: the one to act is the one urged
    if trigger.kind == "threatens" and \
            (answered := answered_threat(context, words, first_word, skip)) is not None:
        return answered  # «هدد X بالرد على الغارة الإسرائيلية»: Israel, never the raid
    if trigger.kind == "threatens" and not trigger.noun:
        threatened = _threatened_target(context, words, first_word, skip)
        if threatened is not None:  # «هدد X بشن هجمات على Y», «هددت X باستهداف قواعد Y»
            return [threatened]
    if trigger.requires == ADDRESSEE_FROM:
        addressee = _addressee_from(context, words, first_word, trigger, how, skip)
        return [addressee] if addressee is not None else []
    candidates = scan_after(context, words, start, sentence, SCAN_WORDS + styles_in(words, start),
                            context.state.event_at_word, skip, crossing)
    if each_of(words, first_word):  # «كلا من X و Y»: the «من» of the list governs no one
        candidates = [replace(c, preposition="") if c.preposition == "من" else c
                      for c in candidates]
    if trigger.kind == "coordinatesWith":
        partners = listed_partners(context, words, first_word, _partners(
            context, words, position, sentence, candidates, subjects))  # «مع X و Y»
        if partners:
            return [Candidate(arg, "", None, position, "partner") for arg in partners]
        administered = partner_past_administration(context, words, first_word)
        if administered is not None:  # «بالتعاون مع إدارة سجون الطائف»
            return [Candidate(administered, "", None, first_word + 2, "partner")]
        partner = _described_partner(context, words, first_word)
        joint = joint_subject(context, words, position, subjects, how) \
            if partner is None and not trigger.noun else None  # «تتعاون X و Y في»
        if joint is not None:
            return [Candidate(joint, "", None, position, "partner")]
        return [partner] if partner is not None else []
    if trigger.noun and first_word + 1 < len(words) and conjunction(words[first_word]) and \
            find_stance(words[first_word].norm) is not None:
        first_word = skip_intensifiers(words, first_word + 1)  # «إدانتها واستنكارها الشديدين»
    first_word = past_co_holders(context, words, first_word, trigger)  # «فخره وجميع المواطنين بـ»
    if trigger.deed_object:  # «هنأ X بالانتصارات التي حققتها Y»: only the deed's actor
        addressee = congratulated(context, words, first_word, skip)
        return [addressee] if addressee is not None else \
            first_deed(context, words, first_word, skip)
    if trigger.kind == "praises":
        owner = deed_owner(context, words, first_word, position, skip) or \
            staff_deed_owner(context, words, first_word, position, skip)  # «على جهودهم»
        if owner is not None and owner.entity_id:  # «مثنيا على تفانيه»: whose dedication
            return [Candidate(Arg(owner.entity_id, owner.start, owner.end), "", owner.label,
                              first_word, "mention")]
    if how == "genitive":
        faced = faced_by(context, words, position, skip) or \
            faced_surname(context, words, position, skip) or \
            received_topic(context, words, position, skip) or \
            received_before(context, words, position, skip, trigger.kind)  # «خطة واجهت معارضة»
        if faced is not None:
            return [faced]
    staff = staff_object(context, words, first_word) if trigger.kind in _STAFF_KINDS else None
    if staff is not None and staff.arg.node_id not in skip:
        return [staff]  # «شكره للمسؤولين في الاتحاد السعودي»: the body, through its people
    offered = offer_from(context, words, first_word, trigger, skip)
    if offered is not None:
        return [offered]  # «رفضت X عرضاً من Y»: the offer and its author
    part = text_part(context, words, first_word, skip, trigger.kind) or \
        said_content(context, words, first_word, skip, trigger.kind) or \
        achieved_thing(context, words, first_word, skip, trigger.kind)  # «بما تحقق من إنجاز»
    if part is not None:
        return [part]  # «رفض البرلمان نصاً في الدستور»
    appositive = appositive_object(context, words, first_word, skip)
    if appositive is not None:
        return [appositive]
    phrase = phrase_object(context, words, first_word, sentence, trigger, skip)
    if phrase is not None:
        return [phrase]
    # past the comma closing the subject's apposition or adjunct; for an appeal only past a
    # name set off after its title: «دعا X، مفوض الأمم المتحدة، ...» may name whom it urges
    reread = crossing if trigger.kind != "urges" else reopened is not None
    author = statements_author(context, words, first_word, skip)
    if author is not None:
        return [author]  # «احتجاج على التصريحات التي صدرت عن X»: toward X
    topic = None if first_word < len(words) and words[first_word].has(_UPKEEP) and \
        not continued_against(context, words, first_word, trigger) else \
        topic_object(context, words, first_word, trigger, candidates, how, reread)
    if topic is not None:
        return [topic]
    group = _group(context, words, first_word, trigger, candidates, reread)
    if group is not None:
        return [group]  # «وحمّل الأطراف الدولية المسؤولية», «أشاد بالمواطنين»
    if located_place(candidates, trigger, first_word):
        return []  # «لدعم قوات الاتحاد الافريقي بدارفور»: where they stand, no object
    reach_from = described - 1 if described is not None else \
        apposed - 1 if closed_clause and apposed is not None else position
    scanned = candidates
    in_subject = frozenset(index for index in range(position + 1, min(first_word, len(words)))
                           if any(s.start <= words[index].start < s.end for s in subjects))
    candidates = [c for c in candidates if _fits(context, words, c, trigger, start, first_word)
                  and within(words, c, first_word, reach_from, how, trigger, in_subject)]
    named = _first_named(context, candidates, sentence)
    holder = body_holder(context, words, named[0], skip) if named else None
    if holder is not None:  # «بتصريحات الأمين العام لجامعة الدول العربية عمرو موسى»
        named = [holder]
    if named:
        named += _coordinated_object(context, words, named[0], joined_to_name(  # «حزب الله وإيران»
            context, words, named[0], candidates, scanned,
            lambda c: _fits(context, words, c, trigger, start, first_word)))
    if named or not topical(context, words, first_word, trigger, how, reread):
        return named
    construct = construct_phrase(context, words, first_word)
    if construct is None:
        return []
    node = context.add_entity("Miscellaneous", construct.name, normalize_key(construct.name))
    return [Candidate(Arg(node, construct.start, construct.end), "", None, first_word, "topic")]


_FRAMED = frozenset({"urges", "criticizes"})
_STAFF_KINDS = frozenset({"praises", "criticizes", "urges", "condemns"})
"""Kinds whose object may be a body's staff (see :mod:`.stance_staff_bodies`)."""


def _group(context: Extraction, words: list[Word], first_word: int, trigger: StanceTrigger,
           candidates: list[Candidate], crossing: bool) -> Candidate | None:
    """A definite group of people at the object's first word, before any name (see
    :mod:`kg.relations.stance_group_objects`); after punctuation only when ``crossing`` a
    comma that closes the subject's apposition."""
    if trigger.kind not in GROUP_KINDS or first_word >= len(words) or \
            (candidates and candidates[0].word_index <= first_word) or \
            (first_word > 0 and not crossing and
             boundary(context, words[first_word - 1], words[first_word]) and
             not quoted_appeal(context, words, first_word, trigger)):
        return None  # past a comma, but not past the quote that opens an appeal's words
    return group_object(context, words, first_word, trigger)


def _first_named(context: Extraction, candidates: list[Candidate],
                 sentence: Sentence) -> list[Candidate]:
    """The first event or named agent or place among the candidates, else a nisba."""
    events = [c for c in candidates if c.source == "event"]
    entities = [c for c in candidates if c.source in {"mention", "holder"}
                and (c.label in AGENT_LABELS or c.label in {"Place", "City", "Region"})]
    nisba = [c for c in candidates if c.source == "nisba"]
    ordered = sorted(events + entities, key=lambda c: c.word_index)
    if ordered:
        commit_holder(context, ordered[0], sentence)
        return [ordered[0]]
    return nisba[:1]


def _coordinated_object(context: Extraction, words: list[Word], first: Candidate,
                        candidates: list[Candidate]) -> list[Candidate]:
    """«انتقد X الولايات المتحدة وبريطانيا», «دعا X الحكومة والحوثيين إلى الحوار»: a second
    named agent joined by «و» right after the first named object, with no mark between them,
    is an object too."""
    if first.source != "mention" or first.label not in AGENT_LABELS:
        return []
    for candidate in candidates:
        if candidate.word_index <= first.word_index:
            continue
        joined = context.doc.text[first.arg.end:candidate.arg.start]
        mention = context.mention_starting_in(words[candidate.word_index])
        if candidate.source != "mention" or candidate.label not in AGENT_LABELS or \
                joined.strip() != "و" or candidate.preposition not in {"", first.preposition} \
                or mention is None or context.is_nisba(mention):
            return []
        return [candidate]
    return []


def _detached_ba(context: Extraction, words: list[Word], index: int) -> bool:
    """«بـ"الهجوم الإرهابي"», «بـ«هجوم إرهابي»»: «ب» drawn out with a tatweel before a
    quotation, the verb's preposition kept apart from its object by the quotation mark (only
    for condemning: after an appeal's or a threat's «بـ» comes the demand, not an object)."""
    if index + 1 >= len(words) or words[index].norm.lstrip("و") != "ب":
        return False
    text = context.doc.text
    between = text[words[index].end:words[index + 1].start]
    drawn = text[words[index].end - 1] == "ـ" or between.startswith("ـ")
    return drawn and between.lstrip("ـ").strip() in _OPENING_QUOTES


_OPENING_QUOTES = frozenset({'"', "«", "»", "“", "”", "'"})


_DEMAND_OPENERS = frozenset({"ان", "بان", "عدم"})
"""What opens the demand right after the one asked by «طالب X من Y» («بعدم» is «طالب بـ»:
«طالب النائب X من حزب Y بعدم ...» names his party)."""


def _demanded_from(context: Extraction, words: list[Word], position: int, after: int,
                   trigger: StanceTrigger, how: ArgsHow, skip: set[str]) -> Candidate | None:
    """«وطالب X من الحكومة أن تكف ...», «وطالبت ألمانيا من روسيا عدم تحريك القوات»: «طالب»
    with the one asked after «من», as «طلب X من Y»; only with «أن» or «عدم» (the demand)
    right after Y, since «طالب النائب X من حزب Y بـ ...» names X's party."""
    if trigger.noun or not words[position].has(_DEMANDING) or after + 1 >= len(words) or \
            words[after].norm != "من" or words[after + 1].norm in _NOT_ASKED:
        return None
    asked = _addressee_from(context, words, after, trigger, how, skip)
    if asked is None:
        return None
    following = [w for w in words if w.start >= asked.arg.end][:1]
    return asked if following and following[0].norm in _DEMAND_OPENERS and \
        not context.boundary_between(words[after], following[0]) else None


def _addressee_from(context: Extraction, words: list[Word], first_word: int,
                    trigger: StanceTrigger, how: ArgsHow, skip: set[str]) -> Candidate | None:
    """«وطلب كاميرون من أعضاء البرلمان دراسة ...»: the one asked, after «من» right after
    a named subject; never for the noun («بناء على طلب من الوزارة»: the ministry asks) or
    a passive with no subject of its own («وطُلب من المواطنين»)."""
    if first_word + 2 < len(words) and words[first_word].norm == "حتي" and \
            words[first_word + 1].norm == "من":
        first_word += 1  # «طلب تسيبراس حتى من وزير المالية ...»: even of
    if trigger.noun or how in {"previous", "coordinated", ""} or first_word + 1 >= len(words) \
            or words[first_word].norm != "من" or \
            context.boundary_between(words[first_word], words[first_word + 1]):
        return None
    index = first_word + 1
    if titled_name_follows(context, words, index):
        index = next(later for later in range(index + 1, len(words))
                     if (named := context.mention_starting_in(words[later])) is not None
                     and not context.is_nisba(named))  # «من وزير المالية يانيس ...»
    mention = context.mention_starting_in(words[index])
    if mention is not None:
        if not mention.entity_id or mention.entity_id in skip or \
                mention.label not in AGENT_LABELS or context.is_nisba(mention):
            return None
        if asked_for_information(words, mention.end):
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         index, "mention")
    phrase = topic_phrase(context, words, index)
    if phrase is not None and demand_in_phrase(words, index, phrase.end):
        return None  # «طلب الزمالك من المنطقة الاعتراف بـ»: the demand, not the one asked
    topic = topic_entity(context, words, index)
    if topic is None or asked_for_information(words, topic.end):
        return None
    return Candidate(topic, "", None, index, "topic")


def _described_partner(context: Extraction, words: list[Word], first_word: int) -> Candidate | None:
    """«تعاونت مع سلطات الأمن», «التنسيق مع الجهات المعنية»: a described partner right after
    «مع»."""
    index = first_word + 1
    if index >= len(words) or words[first_word].norm != "مع" or \
            context.boundary_between(words[first_word], words[index]):
        return None
    topic = topic_entity(context, words, index)
    return Candidate(topic, "مع", None, index, "topic") if topic is not None else None


def _partners(context: Extraction, words: list[Word], position: int, sentence: Sentence,
              candidates: list[Candidate], subjects: list[Arg]) -> list[Arg]:
    """«التنسيق مع X», «تنسيق ... بيننا» (with the other actor of the sentence)."""
    with_ = [c.arg for c in candidates if c.preposition in {"مع", "بين"} and c.source != "event"]
    if with_:
        return with_[:1]
    for word in words[position + 1:position + 6]:
        if word.norm == "بيننا":
            own = {s.node_id for s in subjects}
            for other in context.mentions_between(sentence.start, sentence.end):
                if other.entity_id and other.entity_id not in own and \
                        other.label in AGENT_LABELS - {"Person"}:
                    return [Arg(other.entity_id, other.start, other.end)]
            for other_word in words:
                country = context.country_for_nisba(other_word) if other_word is not word else None
                if country and country not in own:
                    return [Arg(country, other_word.start, other_word.end)]
    return []
