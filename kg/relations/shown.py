"""«وبيّن X أن ...», «وأبان X أن ...»: two verbs of explaining that report speech.

Without their diacritics both are spelt like a particle: «بيّن» (to make clear) like the
preposition «بين» (between), «أبان» (to show) like «إبّان» (during). The reporting lexicon
lists only their unambiguous forms («مبينا»), so they are read here where the particle
cannot stand:

1. As the first word of a sentence («وبيّن مدير الإدارة أن ...», «وأبان الجعيد أن»), or
   right after a sentence-initial «كما» («كما بيّن الوزير أن ...») or «بدوره» / «من جهته»
   («بدوره، بيّن المشرف X أن»). The feminine forms
   «بيّنت», «أبانت» have no twin and are read anywhere («هذا وبيّنت الشركة أن ...»).
2. Only with their own content: the content clause («أن», a colon, a quotation) must come
   before any other reporting verb and within a subject's reach of the verb. «وبين الحين
   والآخر أكد الوزير أن» and «وبين X وY، قال Z إن» are the preposition, and the content
   there belongs to the other verb.

The rest of the reading (a named speaker, no statement for an unnamed one) is the one
every reporting verb gets.
"""

from __future__ import annotations

from kg.relations.cue_words import SHOWN_FORMS
from kg.relations.far_titled import FAR_REACH
from kg.relations.index import Word
from kg.relations.lexicon import REPORTING, Hit, ReportingVerb, find_reporting
from kg.text.normalize import normalize_key

_SHOWN: ReportingVerb = REPORTING["مبينا"]
_MANIFESTED = ReportingVerb(lemma="ابان")
_CLAUSE_INITIAL: dict[str, ReportingVerb] = {"بين": _SHOWN, "ابان": _MANIFESTED}
"""Verbs spelt like a particle: read as verbs only at the head of their sentence."""
_ANYWHERE: dict[str, ReportingVerb] = {"بينت": _SHOWN, "ابانت": _MANIFESTED}
"""Their feminine forms: verbs wherever they stand."""
_CONJUNCTIONS = ("", "و", "ف")
_OPENERS = frozenset({"كما", "وكما"})
_SUBJECT_REACH = 12
"""Most words between such a verb and its content (the subject and a channel)."""


def _split(norm: str, table: dict[str, ReportingVerb]) -> Hit[ReportingVerb] | None:
    for prefix in _CONJUNCTIONS:
        verb = table.get(norm[len(prefix):]) if norm.startswith(prefix) else None
        if verb is not None:
            return Hit(prefix, verb)
    return None


def shown_verb(words: list[Word], position: int) -> Hit[ReportingVerb] | None:
    """The verb «بيّن» or «أبان» at ``words[position]``, read as reporting, or None."""
    norm = words[position].norm
    if norm not in SHOWN_FORMS:
        return None
    hit = _split(norm, _ANYWHERE)
    if hit is not None:
        return hit
    if position == 0 or (position == 1 and words[0].norm in _OPENERS) or \
            _after_own_part(words, position):
        return _split(norm, _CLAUSE_INITIAL)
    return None


_ONES_PART_ONE = frozenset(normalize_key(word) for word in (
    "بدوره", "وبدوره", "بدورها", "وبدورها"))
_ONES_PART_TWO = frozenset(normalize_key(word) for word in (
    "جهته", "جهتها", "جانبه", "جانبها"))
_FROM = frozenset({"من", "ومن"})


def _after_own_part(words: list[Word], position: int) -> bool:
    """«بدوره، بيّن X أن», «من جهته، أبان X أن»: «for his part» opens the sentence and the
    verb follows it at once, so the verb still heads its clause (rule 1)."""
    if position == 1:
        return words[0].norm in _ONES_PART_ONE
    return position == 2 and words[0].norm in _FROM and words[1].norm in _ONES_PART_TWO


def shown_positions(words: list[Word]) -> list[int]:
    """Positions of the words of ``words`` (one sentence) read as «بيّن» or «أبان»."""
    # Most sentences have none of the forms: a word is asked without a call.
    return [position for position, word in enumerate(words)
            if word.norm in SHOWN_FORMS and shown_verb(words, position)]


def own_content(words: list[Word], position: int, first_content: int,
                after_name: bool = False) -> bool:
    """Whether the content starting at ``words[first_content]`` is the verb's own: near
    it, with no other reporting verb in between (rule 2). When a person's name closes the
    subject right before the content (``after_name``), the subject may be a stacked title
    chain («وبيّن مدير عام فرع الهيئة ... أمين عام المجلس صالح العمري أن»), so it may
    reach further."""
    if first_content - position > (FAR_REACH if after_name else _SUBJECT_REACH):
        return False
    return not any(find_reporting(word.norm) is not None
                   for word in words[position + 1:first_content])
