"""The holder of a stance verb inside a report: the speaker, or the speaker's country.

«وقال X إنه يرفض ...»: the pronoun after «إن/أن» is the speaker's; «أكد X أن بلاده ترفض»:
his country; «أكد X أن الحوثيين يرفضون الحوار ودعا ...»: a verb after the reported clause
resumes the speaker. Read for :func:`kg.relations.stance_verb_subjects.verb_subject`.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import PLACE_LABELS, Arg, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
)
from kg.relations.stance_phrases import COMMAS, RELATIVES, definite
from kg.relations.stance_preverbal_subjects import (
    BEFORE_VERB,
)
from kg.relations.stance_shared_pairs import verb_number
from kg.relations.stance_verb_gender import verb_gender

_PRONOUN_COMPLEMENTIZERS = frozenset({"انه", "انها", "بانه", "بانها", "وانه", "وانها"})

_GROUNDS = frozenset({"خاصه", "خصوصا", "سيما", "لاسيما", "رغم", "برغم", "بالرغم", "حيث", "كون",
                      "بحكم", "اذ"})
"""«خاصة أنه ...», «لا سيما أنه ...», «رغم أنه ...»: a ground given inside the report, whose
pronoun takes up the one the report is about as well as the speaker: not read as his."""


def reported_pronoun(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«وقال X إنه «يرفض ...»»: the pronoun after «أن» is the speaker, the verb's subject."""
    speaker = context.speaker_at(words[position].start)
    if speaker is None or position == 0:
        return None
    for index in (position - 1, position - 2):
        if index >= 0 and words[index].norm in _PRONOUN_COMPLEMENTIZERS:
            if index > 0 and words[index - 1].norm.lstrip("و") in _GROUNDS:
                return None  # «أكد X أن تصرف Y خاطئ خاصة أنه رفض ...»: Y refused
            word = words[position]
            return Arg(speaker, word.start, word.end)
        if index >= 0 and words[index].norm not in BEFORE_VERB:
            return None
    return None


_AGREEING_PRONOUNS = {"انه": "ي", "بانه": "ي", "انها": "ت", "بانها": "ت"}

_HIS_COUNTRY = frozenset({"بلاده", "بلادها"})

_THAT_ONLY = frozenset({"ان", "بان"})


def reported_holder(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """In a reported clause, before a name after the verb is read as its subject: «وقال X
    إنه يدعم Y» (the pronoun agrees with the verb: the speaker supports Y, Y is the
    object), «وقال X إن بلاده ترفض Y» (the speaker's country, from the title that names
    it)."""
    speaker = context.speaker_at(words[position].start)
    if speaker is None or position < 2:
        return None
    word, before = words[position], words[position - 1]
    prefix = _AGREEING_PRONOUNS.get(before.norm)
    if prefix is not None and word.norm.startswith(prefix):
        return Arg(speaker, word.start, word.end)
    if _plural_pronoun_before(words, position) is not None and verb_number(word) == 3 and \
            plural_speaker(context, words, position, speaker):
        return Arg(speaker, word.start, word.end)  # «وقال الحوثيون إنهم يرفضون Y»
    if before.norm in _HIS_COUNTRY and words[position - 2].norm in _THAT_ONLY and \
            word.norm.startswith("ت"):
        country = _country_of(context, speaker)
        return Arg(country, before.start, before.end) if country is not None else None
    return None


_PLURAL_PRONOUNS = frozenset({"انهم", "بانهم", "وانهم"})


def _plural_pronoun_before(words: list[Word], position: int) -> int | None:
    """The index of «أنهم»/«إنهم» right before the verb, past particles («إنهم لن
    يقبلوا»)."""
    for index in (position - 1, position - 2):
        if index >= 0 and words[index].norm in _PLURAL_PRONOUNS:
            return index
        if index >= 0 and words[index].norm not in BEFORE_VERB:
            return None
    return None


_PLACE_LABELS_OR_PERSON = PLACE_LABELS | {"Person"}


def plural_speaker(context: Extraction, words: list[Word], position: int, speaker: str) -> bool:
    """Whether the speaker is named, earlier in the sentence, by a definite masculine plural
    in «ـون» («وقال الحوثيون إنهم ...», «وأكد الجمهوريون أنهم ...»), so that «ـهم» may
    resume it; a person, a place, or a body named in the singular («وقالت الوزارة إنهم
    ...»: others, the suspects or the police) is not resumed by «ـهم»."""
    if context.label(speaker) in _PLACE_LABELS_OR_PERSON:
        return False
    for index in range(position - 1, -1, -1):
        mention = context.mention_starting_in(words[index])
        if mention is None or mention.entity_id != speaker:
            continue
        head = context.word_at(mention.start)
        norm = head.norm.lstrip("وف") if head is not None else ""
        return norm.startswith("ال") and norm.endswith("ون") and len(norm) > _MIN_PLURAL
    return False


_MIN_PLURAL = 5
_IMPERFECT_PREFIXES = ("ي", "ت", "سي", "ست")
_MIN_IMPERFECT = 4


def after_reported_clause(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«أكد X أن الحوثيين يرفضون الحوار ودعا المجتمع الدولي ...»: a past verb with «و» and
    no subject of its own, after a reported clause whose own verb is imperfect, returns to
    the narrative: it continues the speaker, never the subject inside the «أن» clause (who
    would take an imperfect, «ويدعون»)."""
    word = words[position]
    if not word.norm.startswith("و") or verb_gender(word) != "m" or \
            word.norm[1:2] in {"ي", "ت", "س"}:
        return None
    clause_verb = False
    for index in range(position - 1, max(-1, position - 12), -1):
        earlier = words[index]
        gap = context.doc.text[earlier.end:words[index + 1].start].strip()
        if gap and gap not in COMMAS:
            return None  # past a quotation mark or a full stop: another clause
        if earlier.norm in COMPLEMENTIZERS:
            speaker = context.speaker_at(words[index + 1].start)
            if not clause_verb or speaker is None or index + 1 >= position - 1:
                return None
            return Arg(speaker, word.start, word.end)
        if earlier.norm in RELATIVES:
            return None
        clause_verb = clause_verb or _imperfect(context, earlier)
    return None


def _imperfect(context: Extraction, word: Word) -> bool:
    """A form that reads as an imperfect verb («يرفضون», «ستواصل»), outside any name."""
    return word.norm.startswith(_IMPERFECT_PREFIXES) and len(word.norm) >= _MIN_IMPERFECT and \
        context.covering_mention(word.start) is None and not definite(word)


def _country_of(context: Extraction, person_id: str) -> str | None:
    """The country of a person's latest title («وزير الخارجية المصري»: Egypt)."""
    for role in reversed(context.roles):
        if role.person_id == person_id and role.org_id and \
                context.label(role.org_id) == "Country":
            return role.org_id
    return None
