"""Where a stance's object starts past what is set off by commas, dashes or brackets.

The subject's apposition or adjunct in commas («أثنى X، القيادي في Y، على ...», «أدانت X، في
بيان لها، ...», «رحبت المنظمة، التي مقرها جنيف، بالقرار»), its title between dashes or
brackets («أشاد X -رئيس اللجنة- بجهود Y»), a time word or the subject's name set off after its
title («رفضت محكمة X، أمس، طلب ...», «ودعا الناطق باسم X، العقيد Y، المسافرين»); and an
object that is a title closed by a comma before the person it names («انتقد X رئيس تكتل
الإصلاح والتغيير، العماد ميشال عون»). A short name in quotation marks inside the title
(«، المدير التنفيذي لمؤسسة «كابو» لتطوير العلاقات،») does not end it.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import Arg, Word
from kg.relations.lexicon import HONORIFICS, PERSON_NOUNS, PREPOSITIONS, StanceTrigger
from kg.relations.role_words import is_title_head
from kg.relations.stance_named_adjuncts import named_adjunct_end
from kg.relations.stance_object_start import BA_KINDS, OBJECT_RELATIVES, reports
from kg.relations.stance_phrase_objects import TIME_WORDS
from kg.relations.stance_phrases import COMMAS, LAM_NOUNS, prepositional
from kg.relations.stance_triggers import live_stance


def closing_comma(context: Extraction, words: list[Word], index: int) -> int | None:
    """The first word after an appositive title set off by commas («، الناطق باسم X،»),
    past an adjunct set off by commas after it («، في تصريح لـ«الشرق الأوسط»،»)."""
    quoted_until = 0
    for later in range(index + 1, min(len(words), index + 10)):
        gap = context.gap(words[later - 1], words[later])
        if later == quoted_until:
            gap = gap.strip().removeprefix("»")  # the mark closing the name parts nothing
        if gap.strip() == "«" and (closed := _quoted_name_end(context, words, later)):
            quoted_until = closed  # «المدير التنفيذي لمؤسسة «كابو»،»: a name in its title
        elif any(mark in gap for mark in ".؟!:«»\"()"):
            return None
        if any(mark in gap for mark in "،,"):
            return _past_adjunct(context, words, later)
    return None


_QUOTED_NAME_WORDS = 4
"""Words a name in quotation marks may take inside a title («لمؤسسة «كابو»», «لصحيفة «الحياة
اللندنية»»)."""


def _quoted_name_end(context: Extraction, words: list[Word], first: int) -> int | None:
    """The index of the word right after the «» that closes a short name opened before
    ``words[first]`` (no other mark inside), or None: a quoted name within the subject's
    title, not a quoted statement."""
    for later in range(first + 1, min(len(words), first + _QUOTED_NAME_WORDS + 1)):
        gap = context.gap(words[later - 1], words[later]).strip()
        if gap[:1] == "»":
            return later
        if gap:
            return None
    return None


_ADJUNCT_OPENERS = frozenset({"في", "خلال", "لدي", "امام", "عبر", "وفي", "وخلال"})


def _past_adjunct(context: Extraction, words: list[Word], index: int) -> int | None:
    """Past «في تصريح لـ«الشرق الأوسط»،», «خلال مؤتمر صحافي،»: an adjunct that opens with a
    preposition and closes with a comma within six words is not the object; without its
    closing comma, it leaves no object."""
    if index >= len(words) or (words[index].norm not in _ADJUNCT_OPENERS and \
            not words[index].norm.startswith("ل") and not on_adjunct(words, index)) or \
            words[index].norm in LAM_NOUNS:
        return index
    if words[index].norm.startswith("ل") and not prepositional(words[index]) and \
            words[index].norm not in _ADJUNCT_OPENERS:  # «لدى استقباله Y،» opens one
        return index
    reach = 10 if on_adjunct(words, index) else 7  # «على لسان» a title and a name
    for later in range(index + 1, min(len(words), index + reach)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:()؛;") or live_stance(words, later):
            return None
        if any(mark in gap for mark in "،,"):
            return later
    return named_adjunct_end(context, words, index, index + reach)  # «خلال لقائه الرئيس X،»


_ON_ADJUNCTS = frozenset({"لسان", "هامش"})


def on_adjunct(words: list[Word], index: int) -> bool:
    """«على لسان X», «على هامش القمة»: an adjunct opening with «على», never the object
    of a verb that takes «على» («أثنى X على جهود ...»)."""
    return words[index].norm == "علي" and index + 1 < len(words) and \
        words[index + 1].norm in _ON_ADJUNCTS


_APPOSITION_HEADS = frozenset({"قيادي", "قياديه", "احد", "احدي", "عضو", "عضوه", "مقرها", "ومقرها",
                               "مقره", "ومقره", "وهو", "وهي"})
"""Words besides titles and person nouns that open an apposition on the subject («، القيادي في
المقاومة،», «، أحد أبرز الدبلوماسيين،», «، ومقرها لندن،»)."""


_APPOSITION_REACH = 30


def past_apposition(context: Extraction, words: list[Word], index: int,
                    subjects: list[Arg], trigger: StanceTrigger) -> int | None:
    """Where the object may start past an apposition or adjunct set off by commas right after
    the subject's name («أثنى X، القيادي في المقاومة الشعبية، على دور ...», «وأدانت الوزارة، في
    بيان لها، الهجوم», «رحبت المنظمة، التي مقرها جنيف، بالقرار»): the word after the closing
    comma (and past an adjunct after it); right after the comma when the word there opens
    with the «ب» the verb takes («ونوه X، بالدور الذي ...»); None when neither follows the
    subject."""
    if not subjects or not 0 < index < len(words) or \
            context.gap(words[index - 1], words[index]).strip() not in COMMAS or \
            all(subject.end != words[index - 1].end for subject in subjects):
        return None
    word = words[index]
    if trigger.kind in BA_KINDS and not trigger.noun and \
            any(prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in word.readings()[1:]):
        return index
    if word.norm in _ADJUNCT_OPENERS or on_adjunct(words, index):
        past = _past_adjunct(context, words, index)
        return past if past is not None and past > index else None
    described = _described_by(context, words, index)
    if not (is_title_head(word) or word.has(PERSON_NOUNS) or word.has(_APPOSITION_HEADS)
            or word.norm in OBJECT_RELATIVES or described):
        return None
    relative = word.norm in OBJECT_RELATIVES  # «، الذي يعارض الاتفاق بشدة،»: its own verb
    for later in range(index + 1, min(len(words), index + _APPOSITION_REACH)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:«»\"()؛;") or \
                (live_stance(words, later) and not relative) or reports(words[later]):
            return len(words) if described else None  # where the aside ends is not known
        if any(mark in gap for mark in "،,"):
            return _past_adjunct(context, words, later)
    return len(words) if described else None


def _described_by(context: Extraction, words: list[Word], index: int) -> bool:
    """«X، المتواجد في بروكسل،», «X، المعروف بمواقفه،», «X، المقرب من Y،»: a definite singular
    participle in «الم» that takes its complement with a preposition right after it describes
    the subject; no name starts at it (nor is it a plural: «، المواطنين إلى ...» may be the
    one urged)."""
    word = words[index]
    norm = word.norm
    if not norm.startswith("الم") or len(norm) < 6 or norm.endswith(("ين", "ون", "ات", "ه")) or \
            context.covering_mention(word.start) is not None or index + 1 >= len(words) or \
            context.boundary_between(word, words[index + 1]):
        return False
    following = words[index + 1]
    return following.norm in PREPOSITIONS or \
        any(prefix.lstrip("وف") in {"ب", "بال"} for prefix, _ in following.readings()[1:])


_ASIDE_MARKS = {"-": "-", "–": "–", "—": "—", "(": ")"}
"""Marks that set off a title after the subject's name, and the mark that closes each
(«أشاد X -رئيس اللجنة- بجهود Y», «دعا X (رئيس الحزب) الحكومة إلى ...»)."""


def past_aside(context: Extraction, words: list[Word], index: int,
               subjects: list[Arg]) -> int | None:
    """The word after the mark that closes a title set off by dashes or brackets right after
    the subject's name (``words[index]`` opens the title); None when no such aside is
    there, the aside is no title, or it does not close within reach."""
    if not subjects or not 0 < index < len(words) or \
            all(subject.end != words[index - 1].end for subject in subjects):
        return None
    closing = _ASIDE_MARKS.get(context.gap(words[index - 1], words[index]).strip())
    if closing is None:
        return None
    word = words[index]
    if not (is_title_head(word) or word.has(PERSON_NOUNS) or word.has(_APPOSITION_HEADS)):
        return None
    for later in range(index + 1, min(len(words), index + _APPOSITION_REACH)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:«»\"؛;،,"):
            return None
        if closing in gap:
            return later
    return None


def _comma_before(context: Extraction, words: list[Word], index: int) -> bool:
    return 0 < index < len(words) and \
        context.gap(words[index - 1], words[index]).strip() in COMMAS


def past_closing_comma(context: Extraction, words: list[Word], position: int, after: int,
                       subjects: list[Arg]) -> int | None:
    """Where the object may start past a comma right after a named subject: past a time
    word in commas («رفضت محكمة X، أمس، طلب ...»), or past the comma that closes the
    subject's name set off after its title («ودعا الناطق باسم X، العقيد Y، المسافرين»);
    None when no such comma follows the subject."""
    if not subjects or not _comma_before(context, words, after) or after <= position + 1:
        return None
    index = after
    while index < len(words) and words[index].norm in TIME_WORDS:
        index += 1
    if index > after:
        return index if _comma_before(context, words, index) else None
    first = context.word_at(subjects[0].start)
    if first is None:
        return None
    opening = first.index - words[0].index
    while opening > position + 1 and not context.boundary_between(
            words[opening - 1], words[opening]) and (
            words[opening - 1].norm in _STYLES or is_title_head(words[opening - 1])):
        opening -= 1  # «، العقيد X،»: the name's own style is in the apposition
    if opening > position + 1 and _comma_before(context, words, opening):
        return after
    if _titled_subject_span(context, words, position, opening):
        return after  # «ودعا عضو لجنة الأمن X، الحكومة إلى ...»: a comma after a long subject
    return None


def _titled_subject_span(context: Extraction, words: list[Word], position: int,
                         opening: int) -> bool:
    """The words between the verb and the subject's name are its title, with no mark between
    them: «ودعا عضو لجنة الأمن والدفاع النيابية X».»"""
    first = position + 1
    if opening <= first or opening - first > 8 or not (
            is_title_head(words[first]) or words[first].norm in {"عضو", "عضوه"}):
        return False
    return not any(context.boundary_between(words[i], words[i + 1]) for i in range(first, opening))


def appositive_object(context: Extraction, words: list[Word], first_word: int,
                      skip: set[str]) -> Candidate | None:
    """«انتقد X رئيس تكتل الإصلاح والتغيير، العماد ميشال عون», «أشاد بمدير الجامعة، الدكتور
    Y»: the object is a title with no name in its clause, and the person named right after
    the comma that closes it (past an honorific or a rank)."""
    index = first_word + 1 if first_word < len(words) and words[first_word].norm == "الي" \
        else first_word
    if index >= len(words) or not is_title_head(words[index]) or \
            context.covering_mention(words[index].start) is not None:
        return None
    for later in range(index + 1, min(len(words), index + 7)):
        if context.mention_starting_in(words[later]) is not None and \
                context.mention_starting_in(words[later]).label == "Person":  # type: ignore[union-attr]
            return None  # a name in the title's own clause: the plain scan reads it
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:«»\"()؛;"):
            return None
        if any(mark in gap for mark in "،,"):
            return _name_after(context, words, later, skip)
    return None


_STYLES = HONORIFICS | frozenset({"العماد", "المشير", "المقدم", "الرائد", "النقيب", "الاستاذ",
                                  "الاستاذه", "الدكتوره", "القاضي", "المستشار"})


def _name_after(context: Extraction, words: list[Word], index: int,
                skip: set[str]) -> Candidate | None:
    """The person named at ``index``, past one honorific or rank («العماد», «الدكتور»)."""
    if index < len(words) and context.mention_starting_in(words[index]) is None and (
            words[index].norm in _STYLES or is_title_head(words[index])):
        index += 1
    return person_candidate_at(context, words, index, skip)


def person_candidate_at(context: Extraction, words: list[Word], index: int,
                        skip: set[str]) -> Candidate | None:
    """The linked person whose mention starts at word ``index`` (and is not in ``skip``) as an
    object candidate, or None."""
    if index >= len(words):
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None or mention.label != "Person" or not mention.entity_id or \
            mention.entity_id in skip:
        return None
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", "Person", index,
                     "mention")
