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

The target is read in ``event_role_targets`` and the location after a preposition (and
the places inside a title) in ``event_role_places``.
"""

from __future__ import annotations

import re

from kg.model import Sentence
from kg.relations.arguments import Candidate, is_place, scan_after
from kg.relations.capitals import government_of
from kg.relations.context import Extraction
from kg.relations.event_between import between_conjunct
from kg.relations.event_bystanders import (
    ATTENDANCE_WORDS,
    SPONSOR_WORDS,
    named_after_place,
    sponsor,
)
from kg.relations.event_clash_sides import after_between
from kg.relations.event_compared import other_term
from kg.relations.event_deal_predicates import deal_predicate
from kg.relations.event_draft import (
    GATHERING,
    OBJECT_AFTER_ON,
    SEIZING_NOUNS,
    Draft,
    reciprocal,
    trigger_form,
)
from kg.relations.event_lifted_sanctions import lifted_from_named
from kg.relations.event_office_genitives import in_place_phrase
from kg.relations.event_reasons import topic_place
from kg.relations.event_role_places import host_title, in_title, place_preposition, title_genitive
from kg.relations.event_role_targets import MODIFIER_HEADS, nisba_mention, target_role
from kg.relations.event_said_clauses import said_clause
from kg.relations.event_visited import gone_to_visit
from kg.relations.event_wounded import among_wounded, wounded_clause
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    EVENT_TRIGGERS,
    NEGATORS,
    RELATIVE_PRONOUNS,
    find_stance,
    reporting_verb,
)
from kg.relations.possessive import possessive_pronoun

__all__ = ["MODIFIER_HEADS", "roles_after"]

_TARGETED = frozenset({"Killing", "Attack", "MilitaryOperation", "Sanction"})
"""The classes whose object is a target."""

_QUANTITY = re.compile(r"(\d+)\s*/?\s*(دوله|دول)")
"""«31 دولة», «31/دولة» in the normalised sentence: the countries at a meeting."""


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
    predicate = deal_predicate(words, draft, start)
    if predicate is not None:  # «الاتفاق سيقود إلى علاقات أوثق مع الجيران»: not a party
        cut = min(cut, predicate)
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
                place_preposition(context, words, candidate, draft.label in _TARGETED)
            if prep == "direction":
                continue
        located = prep in {"في", "ب", "الي", "نحو", "داخل"} or (
            prep == "من" and draft.label == "Withdrawal") or (
            not prep and reciprocal(draft) and not nisba_mention(context, candidate))
        # «معارك عدن»: where they are fought; not «ووحدة إسرائيلية», a side's adjective
        if is_place(label) and located:
            last = context.word_at(max(candidate.arg.start, candidate.arg.end - 1))
            located_after = last.index - words[0].index + 1 if last is not None else -1
        hosted = label != "Country" and not prep and draft.label in GATHERING
        titled = draft.label in GATHERING and in_title(context, words, candidate)
        if is_place(label) and located and _subject_place(context, words, draft, candidate):
            continue
        government = government_of(context, candidate.arg.node_id) if \
            draft.label in GATHERING and prep in {"مع", "بين"} else None
        if government is not None:  # «الاتفاق الذي توصلت إليه الدول الست مع طهران»
            draft.add("participant", Arg(government, candidate.arg.start, candidate.arg.end))
            continue
        if is_place(label) and draft.label in GATHERING and \
                topic_place(words, candidate.word_index):
            continue  # «اتفاق حول مستقبل مستعمرة X»: what the deal is about, not where
        if is_place(label) and (located or hosted) and not (titled and prep not in {"في", "ب"}):
            draft.add("location", candidate.arg)
        elif draft.label in GATHERING and (prep in {"مع", "بين", ""} or label == "Person"):
            if not prep and _agreement_clause(context, words, start, candidate, draft):
                continue
            if _bracketed_alias(context, draft, candidate):
                continue  # «مع الجمعية الخيرية للطعام (إطعام)»: the same party, abbreviated
            if not prep and label != "Person" and in_place_phrase(words, candidate.word_index):
                continue  # «التقى فلاناً في جامعة أكسفورد»: where they met, no party
            if label in AGENT_LABELS and not title_genitive(words, candidate) and \
                    not host_title(context, words, candidate, draft) and \
                    not nisba_mention(context, candidate) and not (titled and is_place(label)):
                draft.add("participant", candidate.arg)
        elif reciprocal(draft) and label in AGENT_LABELS and (prep in {"مع", "بين"} or (
                not prep and after_between(words, draft.word.index - words[0].index,
                                           candidate.word_index))):
            draft.add("participant", candidate.arg)  # «مواجهات مع المقاومة», «اشتباكات بين
            # مقاتلي المقاومة وميليشيات الحوثي والمخلوع صالح»: a side, not the target
        elif draft.label == "Visit" and not prep:
            if is_place(label) and not nisba_mention(context, candidate) and \
                    not between_conjunct(words, candidate.word_index):  # «بين العراق وقطر»
                draft.add("location", candidate.arg)  # not «زيارة الوزير القطري»
            elif label == "Person" and candidate.source == "mention" and \
                    _takes_genitive(draft) and \
                    not any(a.role == "agent" for a in draft.arguments) and \
                    not gone_to_visit(context, words, draft.word.index - words[0].index):
                draft.add("agent", candidate.arg)  # «كما زار المهرجان الشيخ فلان»: the
                # object first; «زيارة وزير الخارجية القطري خالد العطية»: past the titles
            # a body or a second person after a visit is no party to it: one visits a place
        elif draft.label in _TARGETED and not any(a.role == "target" for a in draft.arguments) \
                and not (is_place(label) and (prep == "من" or (
                    prep == "عن" and not _lifted_from(context, words, draft)))) and \
                not among_wounded(words, wounded, candidate.word_index,
                                  draft.count is not None and
                                  draft.count.start < draft.word.start):
            # not «قتلوا وأصيب 27 بينهم 12 من داعش», nor a place whence («من مدينة عدن»;
            # but sanctions lifted «عن إيران» are Iran's)
            target_role(context, words, candidate, draft, sentence)
    if draft.label == "Meeting":
        _gathering_clause(context, words, start, draft, sentence)


def _lifted_from(context: Extraction, words: list[Word], draft: Draft) -> bool:
    """«رفع العقوبات الدولية عن إيران»: sanctions lifted from a named side, who bears them."""
    return draft.label == "Sanction" and \
        lifted_from_named(context, words, draft.word.index - words[0].index)


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
