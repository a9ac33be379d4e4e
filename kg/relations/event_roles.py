"""The roles of the names after an event trigger: location, participant and target.

The names after the trigger (``arguments.scan_after``) take a role by their preposition
and the event's class: a place after في/ب/إلى/نحو/داخل (and «من» for a withdrawal) is
the location, also behind a place noun («في مدينة عدن») or a word of nearness («قرب
غاو»), but not as the landmark after a bare direction («جنوب كابول»); the parties after
مع/بين, or a meeting's direct object, are participants; the first name right after a
targeted trigger or after على/ضد is its target. A nisba adjective, a name inside a
participle's phrase or in brackets, and a place or body inside a guest's title («مبعوث
المجلس إلى اليمن») take no role. A meeting verb with its own subject, or an attended
meeting («حضر اللقاء»), is read to the end of the clause; «31 دولة» near a meeting is a
participant.
"""

from __future__ import annotations

import re

from kg.model import Sentence
from kg.relations.arguments import Candidate, commit_holder, is_place, scan_after
from kg.relations.capitals import government_of
from kg.relations.casualties import Count
from kg.relations.context import Extraction
from kg.relations.event_accusative_objects import beyond_verb_object
from kg.relations.event_apposed_places import apposed_to_where
from kg.relations.event_between import between_conjunct
from kg.relations.event_bystanders import (
    ATTENDANCE_WORDS,
    SPONSOR_WORDS,
    named_after_place,
    sponsor,
)
from kg.relations.event_cause_genitives import of_other_deed
from kg.relations.event_clash_sides import after_between
from kg.relations.event_compared import other_term
from kg.relations.event_draft import (
    GATHERING,
    GENERIC_HEADS,
    OBJECT_AFTER_ON,
    SEIZING_NOUNS,
    Draft,
    reciprocal,
    trigger_form,
)
from kg.relations.event_inside import behind_bounds
from kg.relations.event_reasons import behind_reason
from kg.relations.event_said_clauses import said_clause
from kg.relations.event_support import support_with_object
from kg.relations.event_wounded import among_wounded, wounded_clause
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    DIRECTIONS,
    EVENT_TRIGGERS,
    NEGATORS,
    PLACE_HEADS,
    RELATIVE_PRONOUNS,
    TITLE_HEADS,
    find_event,
    find_stance,
    reporting_verb,
)
from kg.relations.possessive import possessive_pronoun

_TARGETED = frozenset({"Killing", "Attack", "MilitaryOperation", "Sanction"})
"""The classes whose object is a target."""

_QUANTITY = re.compile(r"(\d+)\s*/?\s*(دوله|دول)")
"""«31 دولة», «31/دولة» in the normalised sentence: the countries at a meeting."""

MODIFIER_HEADS = frozenset({
    "موالي", "مواليه", "الموالي", "الموالين", "تابع", "تابعه", "التابعين", "مؤيد", "مؤيده",
    "المؤيدين", "مدعوم", "مدعومه", "مقرب", "مقربه", "المقربين", "مناصر", "مناصره", "حليف",
    "حليفه", "المناهضه", "مناهض", "مناهضه", "المعارضه", "معارض",
})
"""Participles that qualify the noun before them («الموالية ل»): no target inside their phrase."""


def _agreement_clause(context: Extraction, words: list[Word], start: int, candidate: Candidate,
                      draft: Draft) -> bool:
    """A name with no preposition after an agreement noun, behind a negator («أن الاتفاق
    لا يمنع البنتاجون من») or inside a relative clause on the deal other than as the
    subject right after its verb («الاتفاق النووي الذي يسعى إلى تقليص برنامج إيران»; but
    «الاتفاق الذي أسهمت روسيا في التوصل إليه» names a party; not after a verb whose subject
    is the deal, «اتفاقية مونترو التي تمنح تركيا حق»): it belongs to that clause (what the
    deal does or does not do), not to the parties of the deal."""
    if draft.label != "Agreement" or draft.verb:
        return False
    word = context.word_at(candidate.arg.start)
    if word is None:
        return False
    at = word.index - words[0].index
    for index in range(max(0, start), min(at, len(words))):
        norm = words[index].norm
        if norm in NEGATORS or (norm in RELATIVE_PRONOUNS and at != index + 2):
            return True
        if norm in RELATIVE_PRONOUNS and words[index + 1].norm in _DEAL_DOES:
            return True  # «اتفاقية مونترو التي تمنح تركيا حق»: the deal grants, Turkey gets
    return False


def _bracketed_alias(context: Extraction, draft: Draft, candidate: Candidate) -> bool:
    """A name in brackets right after a party already read («مع الجمعية الخيرية للطعام
    (إطعام)», «شركة الزيت العربية السعودية (أرامكو)»): its short name, the same party."""
    text = context.index.doc.text
    return any(text[a.end:candidate.arg.start].strip() in _OPENING_BRACKETS
               for a in draft.arguments if a.role in {"agent", "participant"} and
               a.end <= candidate.arg.start)


_OPENING_BRACKETS = frozenset({"(", "(«", "(\"", "[", "(“"})


_DEAL_DOES = frozenset({
    "تمنح", "يمنح", "تتيح", "يتيح", "تسمح", "يسمح", "تنص", "ينص", "تلزم", "يلزم", "تضمن",
    "يضمن", "تقضي", "يقضي", "تحد", "يحد", "تمنع", "يمنع", "تعطي", "يعطي", "تخول", "يخول",
    "تفرض", "يفرض", "تحظر", "يحظر",
})
"""Verbs whose subject, right after «التي»/«الذي», is the deal itself (what it grants, allows or
binds): the name after them is what the deal binds or favours, not a party to it."""


def roles_after(context: Extraction, words: list[Word], start: int, draft: Draft,
                sentence: Sentence) -> None:
    """Give the names after the trigger, from ``words[start]``, their roles in ``draft``."""
    skip = {a.entity_id for a in draft.arguments}
    attended = draft.label == "Meeting" and _attended(context, words, draft)
    window = _PROTOCOL_REACH if attended or _protocol_meeting(draft) else \
        12 if draft.label in GATHERING else 8
    candidates = scan_after(context, words, start - 1, sentence, window, {}, skip)
    cut = _next_clause(words, start, max((c.word_index for c in candidates), default=start))
    if draft.label in GATHERING:  # «عقب لقائه فلاناً إن إيران ...»: what is said
        cut = min(cut, said_clause(words, start, max((c.word_index for c in candidates),
                                                     default=start)))
    wounded = wounded_clause(words, start, max((c.word_index for c in candidates),
                                               default=start))
    located_after = -1  # the word right after the last place read as a location
    for candidate in candidates:
        if candidate.word_index >= cut:
            break  # «وقعت السعودية وفرنسا اتفاقية ... وأكد الوزير فلان أن»: the next clause's
        prep = candidate.preposition
        label = candidate.label
        if candidate.source == "nisba" or (attended and label != "Person") or \
                _named_after(words, candidate) or _sponsor(context, draft, candidate):
            continue
        if draft.label in GATHERING and other_term(
                words, draft.word.index - words[0].index, candidate.word_index):
            continue  # «ربط بين الاتفاق وتنظيم داعش»: the other term, no party
        if not prep and candidate.source == "mention" and is_place(label):
            prep = "في" if _place_conjunct(words, candidate, located_after) else \
                _place_preposition(context, words, candidate, draft.label in _TARGETED)
            if prep == "direction":
                continue
        located = prep in {"في", "ب", "الي", "نحو", "داخل"} or (
            prep == "من" and draft.label == "Withdrawal") or (
            not prep and reciprocal(draft) and not _nisba_mention(context, candidate))
        # «معارك عدن»: where they are fought; not «ووحدة إسرائيلية», a side's adjective
        if is_place(label) and located:
            last = context.word_at(max(candidate.arg.start, candidate.arg.end - 1))
            located_after = last.index - words[0].index + 1 if last is not None else -1
        hosted = label != "Country" and not prep and draft.label in GATHERING
        titled = draft.label in GATHERING and _in_title(context, words, candidate)
        if is_place(label) and located and _subject_place(context, words, draft, candidate):
            continue
        government = government_of(context, candidate.arg.node_id) if \
            draft.label in GATHERING and prep in {"مع", "بين"} else None
        if government is not None:  # «الاتفاق الذي توصلت إليه الدول الست مع طهران»
            draft.add("participant", Arg(government, candidate.arg.start, candidate.arg.end))
            continue
        if is_place(label) and (located or hosted) and not (titled and prep not in {"في", "ب"}):
            draft.add("location", candidate.arg)
        elif draft.label in GATHERING and (prep in {"مع", "بين", ""} or label == "Person"):
            if not prep and _agreement_clause(context, words, start, candidate, draft):
                continue
            if _bracketed_alias(context, draft, candidate):
                continue  # «مع الجمعية الخيرية للطعام (إطعام)»: the same party, abbreviated
            if label in AGENT_LABELS and not _title_genitive(words, candidate) and \
                    not _host_title(context, words, candidate, draft) and \
                    not _nisba_mention(context, candidate) and not (titled and is_place(label)):
                draft.add("participant", candidate.arg)
        elif reciprocal(draft) and label in AGENT_LABELS and (prep in {"مع", "بين"} or (
                not prep and after_between(words, draft.word.index - words[0].index,
                                           candidate.word_index))):
            draft.add("participant", candidate.arg)  # «مواجهات مع المقاومة», «اشتباكات بين
            # مقاتلي المقاومة وميليشيات الحوثي والمخلوع صالح»: a side, not the target
        elif draft.label == "Visit" and not prep:
            if is_place(label) and not _nisba_mention(context, candidate) and \
                    not between_conjunct(words, candidate.word_index):  # «بين العراق وقطر»
                draft.add("location", candidate.arg)  # not «زيارة الوزير القطري»
            elif label == "Person" and candidate.source == "mention" and \
                    _takes_genitive(draft) and \
                    not any(a.role == "agent" for a in draft.arguments):
                draft.add("agent", candidate.arg)  # «كما زار المهرجان الشيخ فلان»: the
                # object first; «زيارة وزير الخارجية القطري خالد العطية»: past the titles
            # a body or a second person after a visit is no party to it: one visits a place
        elif draft.label in _TARGETED and not any(a.role == "target" for a in draft.arguments) \
                and not (is_place(label) and prep in {"من", "عن"}) and \
                not among_wounded(words, wounded, candidate.word_index,
                                  draft.count is not None and
                                  draft.count.start < draft.word.start):
            # not «قتلوا وأصيب 27 بينهم 12 من داعش», nor a place whence («من مدينة عدن»)
            _target(context, words, candidate, draft, sentence)
    if draft.label == "Meeting":
        _gathering_clause(context, words, start, draft, sentence)


def _place_conjunct(words: list[Word], candidate: Candidate, located_after: int) -> bool:
    """«هاجمت مجموعة مسلحة مواقع للجيش في كيروهورا وكاتو»: a place joined by «و» right
    after a place read as the location is a location too, not the object."""
    return candidate.word_index == located_after and \
        words[candidate.word_index].norm.startswith("و")


_CLAUSE_VERBS = frozenset({
    "بحث", "بحثا", "ناقش", "ناقشا", "استعرض", "استعرضا", "تناول", "تناولا", "تطرق", "وصل",
    "وصلت", "غادر", "غادرت", "اختتم", "اختتمت", "توجه", "توجهت", "عاد", "عادت", "قام", "قامت",
})
"""Verbs that open the next clause of a meeting or deal report («وبحث الجانبان ...», «ووصل
الرئيس فلان إلى الرياض»), besides the verbs of saying and of a stance."""


def _next_clause(words: list[Word], start: int, last: int) -> int:
    """Where a clause behind «و»/«ف» opens with a verb of saying or of a stance («وأكد»,
    «وأشار», «ودعا», «فيما رحب») or one of ``_CLAUSE_VERBS``: the names after it are that
    verb's subject and objects, no role of the trigger before it. ``len(words)`` when none
    opens (looked for up to ``last``, the farthest name read)."""
    for index in range(max(start, 0), min(last + 1, len(words))):
        word = words[index]
        if not word.norm.startswith(("و", "ف")):
            continue
        if word.norm[1:] in _CLAUSE_VERBS:
            return index
        hit = reporting_verb(word.norm) or find_stance(word.norm)
        if hit is not None and hit.prefix in {"و", "ف"}:
            return index
    return len(words)


def _takes_genitive(draft: Draft) -> bool:
    """A verb, or a noun in the construct state («زيارة وزير الخارجية فلان»): the person
    after it may be its doer. A definite or possessed noun («رافق الوزير خلال الزيارة مساعده
    فلان», «زيارته») has no genitive: the person after it belongs to another phrase."""
    if draft.verb:
        return True
    return possessive_pronoun(draft.word) is None and not any(
        "ال" in prefix for prefix, rest in draft.word.readings() if rest in EVENT_TRIGGERS)


def _sponsor(context: Extraction, draft: Draft, candidate: Candidate) -> bool:
    """«وقّعت الجماعات على اتفاق برعاية الأمم المتحدة», «زيارة ... بحضور المدير فلان»: who
    sponsors or mediates an event, or attends a visit or a signing, takes no role in it (the
    attendees of a meeting are its participants)."""
    if candidate.label not in AGENT_LABELS or candidate.preposition in {"في", "ب", "الي"}:
        return False
    words = SPONSOR_WORDS if draft.label == "Meeting" else ATTENDANCE_WORDS
    return sponsor(context, candidate.arg, words)


def _named_after(words: list[Word], candidate: Candidate) -> bool:
    """«في قاعدة الملك خالد الجوية», «مركز الملك سلمان»: a person in the name of a place or
    an institution is neither party to the event nor its target."""
    return candidate.label == "Person" and named_after_place(words, candidate.word_index)


_PROTOCOL_REACH = 40
"""How far a protocol meeting's roles may lie: the host's titles, then the place and the day,
then the guest with his own titles, then the attendees, each behind «و»."""

_ATTENDING = frozenset({"حضر", "حضرت", "حضروا", "حضره", "حضرها", "يحضر", "تحضر"})


def _subject_place(context: Extraction, words: list[Word], draft: Draft,
                   candidate: Candidate) -> bool:
    """«سيطرة تجمع «جيش الفتح» في إدلب على المدينة»: a place after the doer of a seizing and
    before the «على» of its object is the doer's own place, not where the seizure was."""
    form = trigger_form(draft.word)
    if form not in (OBJECT_AFTER_ON if draft.verb else SEIZING_NOUNS) or \
            not any(a.role == "agent" for a in draft.arguments):
        return False
    last = context.word_at(max(candidate.arg.start, candidate.arg.end - 1))
    if last is None:
        return False
    after = last.index - words[0].index + 1
    return after < len(words) and words[after].norm == "علي" and \
        not context.boundary_between(words[after - 1], words[after])


def _protocol_meeting(draft: Draft) -> bool:
    """«التقى صاحب السمو الملكي الأمير فلان ولي العهد ... وزير الدفاع في جدة أمس الرئيس فلان»:
    a meeting verb with its own subject names the place and the guest after the host's
    whole string of titles, however long, so its roles are read to the end of the clause."""
    return draft.verb and draft.agent_source == "subject"


def _attended(context: Extraction, words: list[Word], draft: Draft) -> bool:
    """«حضر اللقاء وزير الدولة الدكتور فلان ووزير الخارجية فلان ...»: a meeting noun that is
    the object of a verb of attending; the persons listed after it (each behind his titles)
    are its participants, the bodies and countries in those titles are not."""
    index = draft.word.index - words[0].index
    return index > 0 and words[index - 1].has(_ATTENDING) and \
        not context.boundary_between(words[index - 1], draft.word)


def _target(context: Extraction, words: list[Word], candidate: Candidate, draft: Draft,
            sentence: Sentence) -> None:
    """The object of a targeted trigger, or the group its counted victims belong to."""
    label = candidate.label
    if not (label in AGENT_LABELS or is_place(label)) or _nisba_mention(context, candidate) or \
            _in_modifier(words, candidate) or _aside(context, candidate, sentence):
        return
    if behind_reason(words, candidate.word_index):
        return  # «فرضت عقوبات بسبب أوكرانيا على شركات روسية»: why, not on whom
    if draft.label == "Killing" and is_place(label):
        return  # «قُتلوا ... شمالي مدينة عدن»: the victims are people, a place is no target
    if draft.label == "Killing" and not candidate.preposition and of_other_deed(
            words, draft.word.index - words[0].index, candidate.word_index):
        return  # «قتلوا خلال المعارك وقصف مليشيا الحوثي للمدينة»: the shelling's, not a victim
    if behind_bounds(words, candidate.word_index):
        return  # «استهدفوا منشآت حيوية داخل جميع دول مجلس التعاون»: where, not what
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
    if candidate.preposition not in {"", "علي", "ضد"} or _conjunct(context, words, candidate) or \
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
    never its target."""
    index = candidate.word_index
    verb = index - 1
    if verb > 0 and words[verb].has(GENERIC_HEADS):
        verb -= 1
    if verb > 0 and words[verb].norm in _IT and words[verb - 1].has(_DID):
        return not context.boundary_between(words[verb - 1], words[index])  # «قام به داعش»
    return verb >= 0 and support_with_object(words[verb]) and \
        not context.boundary_between(words[verb], words[verb + 1])


_IT = frozenset({"به", "بها", "بهما"})
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


_NEAR_PLACE = frozenset({"قرب", "جوار", "محيط", "ضواحي", "اطراف", "مشارف", "فوق"})


_STATE_HEADS = frozenset({"مملكه", "جمهوريه", "دوله", "اماره", "سلطنه"})
"""«بمملكة البحرين», «في جمهورية مصر»: the state noun before a country named as the place of
a targeted event (not in a guest's title: «وزير الخارجية بجمهورية ليتوانيا»)."""


def _place_preposition(context: Extraction, words: list[Word], candidate: Candidate,
                       targeted: bool = False) -> str:
    """«في مدينة عدن», «لمحافظة تعز»: the preposition of the place noun before the name (for
    a ``targeted`` event a state noun too: «بمملكة البحرين»); after a direction or a word of
    nearness («في شمال مالي», «قرب غاو») the name is a place too."""
    index = candidate.word_index
    if index == 0 or context.boundary_between(words[index - 1], words[index]):
        return ""
    head = words[index - 1]
    bound = behind_bounds(words, index)
    if bound:  # «هاجموا مواقع داخل العراق»: where; «خارج سوريا»: neither where nor what
        return "داخل" if bound == "داخل" else "direction"
    if head.has(DIRECTIONS) and _reference_point(words, index - 1):
        return "direction"  # «في ولاية لوغار جنوب كابول»: neither the place nor the object
    if head.has(DIRECTIONS) or head.has(_NEAR_PLACE):
        return "في"  # «في شمال مالي», «قرب غاو»: a place, never the object
    if apposed_to_where(context, words, index):
        return "في"  # «فوق تسخينفالي عاصمة أوسيتيا»: the capital's land is where, too
    heads = PLACE_HEADS | _STATE_HEADS if targeted else PLACE_HEADS
    if not head.has(heads) and _nisba_of_head(context, words, index, heads):
        index -= 1  # «في العاصمة الصومالية مقديشو»: the place noun is behind its nisba
        head = words[index - 1]
    if not head.has(heads):
        return "في" if _near_before(context, words, index) or \
            _inside_place_phrase(context, words, index) else ""
    attached = next((p.lstrip("وف") for p, rest in head.readings() if rest in heads), "")
    if attached[:1] in {"ب", "ل"}:
        return "في"
    if index > 1 and words[index - 2].bare() in {"في", "داخل", "الي", "نحو", "من", "عن"}:
        return words[index - 2].bare()  # «من منطقة البريقة»: whence, not the object
    if index > 1 and (words[index - 2].has(_NEAR_PLACE) or words[index - 2].has(DIRECTIONS)):
        return "في"  # «قرب مدينة بنغازي», «بوسط العاصمة دمشق»: near or in the place, not
        # the object
    return ""


def _inside_place_phrase(context: Extraction, words: list[Word], index: int) -> bool:
    """«على قرى أمامية في قطاع بونتش», «في معسكر الحفاء»: a place named as the genitive of a
    noun behind «في» (or «داخل») is inside the phrase of where something happened, not the
    object of the deed, even when that noun is no listed place noun. Not behind an event
    noun («في قصف حلب»: what the shelling hit)."""
    if index < 2 or context.boundary_between(words[index - 2], words[index - 1]):
        return False
    head = words[index - 1]
    if find_event(head.norm) is not None or head.readings()[-1][0] or \
            context.covering_mention(head.start) is not None:
        return False
    return words[index - 2].norm in {"في", "داخل"}


def _nisba_of_head(context: Extraction, words: list[Word], index: int,
                  heads: frozenset[str]) -> bool:
    """«في العاصمة الصومالية مقديشو», «بمدينة حلب السورية» aside: a definite nisba adjective
    between a place noun and the name; the name is still governed by the place noun."""
    if index < 2 or context.boundary_between(words[index - 2], words[index - 1]):
        return False
    nisba = words[index - 1].norm
    return nisba.startswith("ال") and nisba.endswith(("يه", "ي")) and \
        words[index - 2].has(heads)


_NEAR_REACH = 6
_AMONG = frozenset({"منها", "ومنها", "بينها", "ابرزها", "اهمها"})


def _near_before(context: Extraction, words: list[Word], index: int) -> bool:
    """«بالقرب من 8 مدن عراقية منها الموصل», «قرب مدن عدة أبرزها الموصل»: a place named
    among the places a word of nearness governs is where, not what, something hit (only
    through «منها»-like words of example, in the clause)."""
    if words[index - 1].norm not in _AMONG:
        return False
    for back in range(index - 2, max(-1, index - 1 - _NEAR_REACH), -1):
        if context.boundary_between(words[back], words[back + 1]):
            return False
        if words[back].has(_NEAR_PLACE):
            return True
    return False


_TITLE_REACH = 8


def _in_title(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """«التقى الرئيس في الرياض مبعوث مجلس التعاون لدول الخليج العربي إلى اليمن فلان»: a
    place or body named after a title word and before the person who holds it is part of
    his title («envoy of ... to Yemen»), neither where the meeting was nor a party to it."""
    if candidate.label == "Person":
        return False
    for index in range(candidate.word_index - 1, max(-1, candidate.word_index - _TITLE_REACH),
                       -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]) or \
                find_event(word.norm) is not None:
            return False
        mention = context.covering_mention(word.start)
        if mention is not None and mention.label == "Person":
            return False
        if word.has(TITLE_HEADS):
            return True
    return False


def _host_title(context: Extraction, words: list[Word], candidate: Candidate,
                draft: Draft) -> bool:
    """«يستقبل الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة»: a name in
    the genitive of a title right after the host's name (or after another of his titles)
    says whose adviser or deputy the host is; it is no guest."""
    index = candidate.word_index
    if index < 2 or not words[index - 1].has(TITLE_HEADS):
        return False
    hosts = [(a.start, a.end) for a in draft.arguments if a.role == "agent"]
    before = words[index - 2]
    return any(start <= before.start < end for start, end in hosts)


def _title_genitive(words: list[Word], candidate: Candidate) -> bool:
    """«يلتقي رئيس جمهورية الشيشان», «التقى وزير خارجية فرنسا»: a place or body named in
    the genitive of a title is whose office it is; the one met is the unnamed office holder,
    not the country."""
    if candidate.label == "Person":
        return False
    index = candidate.word_index
    return any(w.has(TITLE_HEADS) for w in words[max(0, index - 2):index])


def _reference_point(words: list[Word], head: int) -> bool:
    """«غارة على حاجز في ولاية لوغار جنوب كابول», «قصف على دار سعد شمال عدن»: a bare
    direction word right after another word (no «في»/«ب» of its own) is an adverb, «south
    of»: the name after it is the landmark the place is measured from, not where the event
    happened, nor its object. «في شمال مالي», «بجنوب اليمن», a direction opening the
    phrase, still place the event in the name."""
    word = words[head]
    if any(prefix.lstrip("وف")[:1] in {"ب", "ل"} for prefix, rest in word.readings()
           if rest in DIRECTIONS):
        return False
    if head == 0 or word.norm.startswith(("و", "ف")):
        return False
    return words[head - 1].bare() not in {"في", "داخل", "الي", "نحو", "من", "علي", "ضد"}


def _in_modifier(words: list[Word], candidate: Candidate) -> bool:
    """«المقاومة الموالية للرئيس هادي»: a name inside the phrase of a participle that
    qualifies the noun before it is no object of the verb."""
    return any(w.has(MODIFIER_HEADS) for w in words[max(0, candidate.word_index - 3):
                                                      candidate.word_index])


def _nisba_mention(context: Extraction, candidate: Candidate) -> bool:
    """«للرئيس اليمني»: an adjective naming a country inside a phrase is no target."""
    mention = context.covering_mention(candidate.arg.start)
    return mention is not None and context.is_nisba(mention)


def _gathering_clause(context: Extraction, words: list[Word], start: int, draft: Draft,
                      sentence: Sentence) -> None:
    """«اجتماع ...، جمع مجموعة العمل المصغرة للتحالف» and «ممثلي 31 دولة حضروا الاجتماع»."""
    for index in range(start, min(len(words), start + 14)):
        if words[index].bare() in {"جمع", "ضم"}:
            for candidate in scan_after(context, words, index, sentence, 8, {}, set()):
                if candidate.source == "mention" and candidate.label in AGENT_LABELS:
                    draft.add("participant", candidate.arg)
                    break
            break
    sentence_text = context.doc.text[sentence.start:sentence.end]
    for match in _QUANTITY.finditer(context.norm(sentence.start, sentence.end)):
        # The normalised sentence keeps its length for digits and plain letters.
        raw = re.search(re.escape(match.group(1)) + r"\s*/?\s*دول[ةه]?", sentence_text)
        if raw is None:
            continue
        name = re.sub(r"[/\s]+", " ", raw.group()).strip()
        node = context.add_entity("Miscellaneous", name)
        draft.add("participant", Arg(node, sentence.start + raw.start(),
                                     sentence.start + raw.end()))
