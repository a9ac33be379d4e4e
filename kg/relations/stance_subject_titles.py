"""A title or person noun right after a stance's subject: the subject's own, or the object's.

A titled person named after the subject («انتقد أردوغان رئيس الوزراء الإسرائيلي بنيامين
نتنياهو»), a person named after a title with the verb's preposition («رحب X بوزير الخارجية
Y»), or the subject's own title, membership or second title, past which the object starts
(«أشاد X رئيس البرلمان العربي بأداء ...», «أشاد X عضو مجلس الشورى بدور ...», «وانتقد X رئيس
الوزراء التركي السابق سياسات الحكومة»). A person named right after a membership («انتقد X
القيادي في حماس Y») is the object, whoever the membership belongs to.
"""

from __future__ import annotations

from typing import NamedTuple

from kg.model import Sentence
from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import ORGANIZATION_LABELS, Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS, HONORIFICS, StanceTrigger
from kg.relations.role_apposed import closes_quoted_body, quoted_body, title_after
from kg.relations.role_words import is_title_head
from kg.relations.stance_addressees import addressee_past_apposition
from kg.relations.stance_appositions import (
    appositive_object,
    closing_comma,
    person_candidate_at,
)
from kg.relations.stance_object_start import BA_KINDS, reports
from kg.relations.stance_phrase_objects import content_noun, titled_object
from kg.relations.stance_phrases import (
    COMMAS,
    boundary,
    conjunction,
    definite,
    prepositional,
    titled_name_follows,
)
from kg.relations.stance_styled_names import past_style
from kg.relations.stance_triggers import live_stance
from kg.relations.titles import compound_head


def _definite_titled_person(context: Extraction, words: list[Word], index: int,
                            skip: set[str]) -> Candidate | None:
    """«انتقد الوزير X الرئيس السوري بشار الأسد»: a definite title right after the subject's
    name, with a person named in its phrase, introduces the object; an appositive title of
    the subject's own is a construct («X رئيسة اتحاد المصارف») and names nobody after it."""
    if not words[index].norm.startswith("ال") or not titled_name_follows(context, words, index):
        return None
    for later in range(index + 1, min(len(words), index + 6)):
        candidate = person_candidate_at(context, words, later, skip)
        if candidate is not None:
            return candidate
    return None


def _titled_person_after(context: Extraction, words: list[Word], index: int,
                         skip: set[str]) -> Candidate | None:
    """«انتقد أردوغان رئيس الوزراء الإسرائيلي بنيامين نتنياهو», «وطالب X رئيس لجنة الحكام
    Y بإيقاف ...»: a person named right after a title that follows the subject's name is
    the object, whether the title is the subject's apposition or the person's own; a
    compound head («هنأ X ولي العهد ... الأمير Y») and the name's honorific are read past."""
    if not (is_title_head(words[index]) or compound_head(words, index)):
        return None
    run = title_after(context, words, index - 1)
    later = index + len(run) if run and run[0].index == words[index].index else index + 1
    end = min(len(words), max(index + 8, later + 3))  # a long title, the name's honorific
    while later < end:
        if context.boundary_between(words[later - 1], words[later]) or \
                live_stance(words, later) or reports(words[later]) or \
                words[later].norm in FUNCTION_WORDS:
            return None
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person":
            if not mention.entity_id or mention.entity_id in skip or \
                    _genitive_of_title(words, index, later, run):
                return None
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", "Person",
                             later, "mention")
        styled = past_style(words, later)
        if styled > later:  # «ولي ولي العهد وزير الدفاع صاحب السمو الملكي الأمير Y»
            end, later = min(len(words), end + styled - later), styled
            continue
        if words[later].norm in HONORIFICS:
            later += 1  # «وزير الداخلية السعودي الأمير Y»: the name's own honorific
            continue
        if run:
            return None  # the subject's title ends before a word that names no one
        later += 1  # the title's own words: «الإسرائيلي», «لجنة الحكام»
    return None


def _member_named_after(context: Extraction, words: list[Word], index: int,
                        skip: set[str]) -> Candidate | None:
    """«حمّل X القيادي في حماس Y المسؤولية», «انتقد X العضو في الحزب Y»: a person named right
    after a membership (a definite member or leader noun, «في» and the body) that follows the
    subject is the object, whether the membership is the subject's apposition or the
    person's own."""
    if index + 2 >= len(words) or words[index].bare() not in _MEMBER_OR_LEADING or \
            not words[index].norm.startswith("ال") or words[index + 1].norm != "في":
        return None
    end = _past_membership(context, words, index) or _past_untagged_body(context, words, index)
    if end is None or end >= len(words) or context.boundary_between(words[end - 1], words[end]):
        return None
    return person_candidate_at(context, words, end, skip)


_BODY_WORDS = 2
"""Words an untagged body may take after «القيادي في» («حماس», «الحركة», «حزب النور»)."""


def _past_untagged_body(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the first word of a person named within :data:`_BODY_WORDS` untagged
    nouns after the «في» of a membership («القيادي في حماس Y», the body missed by the
    tagger), or None."""
    for end in range(index + 3, min(len(words), index + 3 + _BODY_WORDS)):
        body = words[end - 1]
        if context.boundary_between(body, words[end]) or \
                context.boundary_between(words[end - 2], body) or \
                context.covering_mention(body.start) is not None or \
                not content_noun(body) or prepositional(body) or conjunction(body):
            return None
        mention = context.mention_starting_in(words[end])
        if mention is not None:
            return end if mention.label == "Person" else None
    return None


def _genitive_of_title(words: list[Word], index: int, later: int, run: list[Word]) -> bool:
    """«أشاد الأمير X مستشار خادم الحرمين الشريفين ...»: a person named right after a bare
    indefinite title head that is the whole title after the subject is that title's genitive
    (whose adviser, envoy or deputy the subject is), not the object."""
    return later == index + 1 and len(run) == 1 and not definite(words[index]) and \
        not prepositional(words[index])


class _PastTitle(NamedTuple):
    """What :func:`after_subject_title` read: the objects when they are settled, else
    none and the position of the closing comma's word to look after."""

    objects: list[Candidate]
    closing: int | None


def after_subject_title(context: Extraction, words: list[Word], after: int,
                        sentence: Sentence, trigger: StanceTrigger,
                        skip: set[str]) -> _PastTitle:
    """A title or person noun right after the subject: the object it names («ورحب الرئيس
    بمبعوث ...»), the titled person («دعت X رئيسة اتحاد المصارف ...» is the subject's own
    title, so only a named holder of a definite title counts), or, past the subject's own
    title in commas, where the object is looked for («ولوح X، الناطق باسم المتمردين، بوقف»)."""
    if prepositional(words[after]):
        titled = titled_object(context, words, after, sentence, trigger, skip) or \
            appositive_object(context, words, after, skip) or \
            _named_after_title(context, words, after, trigger, skip)
        return _PastTitle([titled] if titled is not None else [], None)
    # «وناشد "العنزي" الأمير X»: the mark that closes a quoted subject parts nothing
    if not boundary(context, words[after - 1], words[after]):
        named = _definite_titled_person(context, words, after, skip) or \
            _titled_person_after(context, words, after, skip) or \
            _member_named_after(context, words, after, skip)
        if named is None and trigger.kind == "urges" and not trigger.noun:
            return _PastTitle(addressee_past_apposition(context, words, after, skip), None)
        if named is None:
            past = _past_own_title(context, words, after, trigger)
            if past is not None:  # «أشاد X رئيس البرلمان العربي بأداء ...»
                return _PastTitle([], past)
        return _PastTitle([named] if named is not None else [], None)
    if trigger.kind == "urges" and not trigger.noun:
        addressee = addressee_past_apposition(context, words, after, skip, ba_demand=True)
        if addressee:  # «وطالب X، مدير شركة ...، الخطوط السعودية بافتتاح خط»
            return _PastTitle(addressee, None)
    return _PastTitle([], closing_comma(context, words, after))


_TITLED_NAME_REACH = 6


def _named_after_title(context: Extraction, words: list[Word], index: int,
                       trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«أشاد X بالرئيس الإيراني حسن روحاني», «رحب X بوزير الخارجية Y»: the person named
    right after a title that opens with the verb's preposition is the object (past the
    title's words and its country adjective, within the clause); never for a warning («حذر
    من الرئيس X»: the danger)."""
    if trigger.kind == "warns" or not is_title_head(words[index]):
        return None
    for later in range(index + 1, min(len(words), index + 1 + _TITLED_NAME_REACH)):
        if context.boundary_between(words[later - 1], words[later]):
            return None
        mention = context.mention_starting_in(words[later])
        if mention is None or context.is_nisba(mention):
            continue
        return person_candidate_at(context, words, later, skip)
    return None


def _past_own_title(context: Extraction, words: list[Word], after: int,
                    trigger: StanceTrigger) -> int | None:
    """The index of the word after the subject's own title, when that word opens with the
    preposition the verb takes («أشاد X رئيس البرلمان العربي بأداء ...», «رحب X وزير
    الخارجية بالقرار»): the object is read from there."""
    run = title_after(context, words, after - 1)
    if not run or run[0].index != words[after].index:
        end = _past_membership(context, words, after)
        if end is None:
            return None
        end = _past_second_title(context, words, end)
    else:
        end = after + len(run)
    if end >= len(words):
        return None
    closed = context.gap(words[end - 1], words[end]).strip() in COMMAS
    if (context.boundary_between(words[end - 1], words[end]) and not closed and
            not closes_quoted_body(context, words, end)) or trigger.noun:
        return None
    if trigger.kind in _DIRECT_KINDS and (_construct_opens(context, words, end) or (
            closed and _definite_object(context, words, end))):
        return end  # «وانتقد X رئيس الوزراء التركي السابق سياسات الحكومة»
    if trigger.kind not in BA_KINDS:
        return None
    return end if any(prefix in {"ب", "بال"} for prefix, _ in words[end].readings()) else None


_MEMBER = frozenset({"عضو", "عضوه"})


def _past_membership(context: Extraction, words: list[Word], after: int) -> int | None:
    """«أشاد X عضو مجلس الشورى بدور ...»: the index of the word after a membership named
    right after the subject (the member noun and the body's name), or None."""
    if after + 2 < len(words) and words[after].bare() in _MEMBER_OR_LEADING and \
            words[after + 1].norm == "في" and \
            not context.boundary_between(words[after], words[after + 1]):
        return _past_body(context, words, after + 2)  # «القيادي في «حماس»», «عضو في الحزب»
    if after + 1 >= len(words) or words[after].norm not in _MEMBER or \
            context.boundary_between(words[after], words[after + 1]):
        return None
    body = context.mention_starting_in(words[after + 1])
    if body is not None:
        if body.label not in ORGANIZATION_LABELS:
            return None
        end = after + 1
        while end < len(words) and words[end].start < body.end:
            end += 1
        return end
    if definite(words[after + 1]) and not prepositional(words[after + 1]):
        return after + 2  # «عضو البرلمان»
    if after + 2 < len(words) and words[after + 1].bare() in _BODIES and \
            definite(words[after + 2]) and \
            not context.boundary_between(words[after + 1], words[after + 2]):
        return after + 3  # «عضو مجلس الشورى», «عضو هيئة كبار العلماء» (the first word of it)
    return None


_LEADING = frozenset({"قيادي", "قياديه"})
_MEMBER_OR_LEADING = _MEMBER | _LEADING


def _past_body(context: Extraction, words: list[Word], index: int) -> int | None:
    """The index of the word after the organisation named at ``words[index]`` (quoted or
    not, see :func:`kg.relations.role_apposed.quoted_body`), or None when none is named there."""
    if context.boundary_between(words[index - 1], words[index]) and \
            quoted_body(context, words, index) is None:
        return None
    body = context.mention_starting_in(words[index])
    if body is None or body.label not in ORGANIZATION_LABELS:
        return None
    end = index
    while end < len(words) and words[end].start < body.end:
        end += 1
    return end


_SECOND_TITLE_REACH = 8


def _past_second_title(context: Extraction, words: list[Word], end: int) -> int:
    """«عضو مجلس الشورى والبروفيسور في مكافحة الجريمة، بدور ...»: past a second title
    coordinated after a membership, up to the comma that closes it (or ``end`` as it was)."""
    if end >= len(words) or not words[end].norm.startswith("و") or \
            context.boundary_between(words[end - 1], words[end]):
        return end
    for index in range(end + 1, min(len(words), end + _SECOND_TITLE_REACH)):
        gap = context.gap(words[index - 1], words[index]).strip()
        if gap in COMMAS:
            return index
        mention = context.covering_mention(words[index].start)
        if gap or (mention is not None and mention.label == "Person"):
            return end  # another punctuation, or the next person named: no title of his
    return end


_BODIES = frozenset({"مجلس", "هيئه", "لجنه", "مجلسي", "برلمان", "اتحاد", "جمعيه", "حزب",
                     "نقابه", "غرفه", "مكتب"})
"""Nouns of a body in construct after «عضو» («عضو مجلس الشورى»)."""


def _definite_object(context: Extraction, words: list[Word], index: int) -> bool:
    """«أدان X رئيس المجلس، الهجوم», «انتقد X وزير الخارجية، إسرائيل»: after the comma that
    closes the subject's title, a definite noun or a name with no preposition begins a direct
    object."""
    word = words[index]
    mention = context.mention_starting_in(word)
    return not prepositional(word) and not conjunction(word) and content_noun(word) and (
        definite(word) or (mention is not None and mention.start == word.start))


_DIRECT_KINDS = frozenset({"criticizes", "rejects", "opposes", "supports", "condemns"})
"""Verbs whose object follows them with no preposition («انتقد X», «رفض X», «أدان X»)."""
_NOT_OBJECTS = frozenset({"يوم", "صباح", "مساء", "ليله", "عام", "نحو", "اكثر", "اقل", "بعض"})


def _construct_opens(context: Extraction, words: list[Word], index: int) -> bool:
    """An indefinite noun in construct with a definite noun or a name right after it
    («سياسات الحكومة», «قرار مجلس الأمن»): after a title, where a direct object begins (a
    title's own genitive chain ends at its definite word, see ``roles``)."""
    if index + 1 >= len(words) or context.boundary_between(words[index], words[index + 1]):
        return False
    word, genitive = words[index], words[index + 1]
    if definite(word) or prepositional(word) or conjunction(word) or not content_noun(word) \
            or word.norm in _NOT_OBJECTS or context.covering_mention(word.start) is not None:
        return False
    return (definite(genitive) and not prepositional(genitive)) or \
        context.mention_starting_in(genitive) is not None
