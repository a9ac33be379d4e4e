"""The kinds of a word the relation extractors look for, read from its spelling alone.

Each kind (:data:`WORD_KINDS`) is a bit: a reporting verb, an event trigger, a stance
word, a title head... :class:`kg.relations.index.DocIndex` flags every word of a
document with its kinds once (:func:`word_facts`, remembered for words seen before), so
an extractor visits only the words that may be its triggers.
"""

from __future__ import annotations

from collections import defaultdict
from operator import itemgetter
from typing import NamedTuple

from kg.relations.cue_words import CUE_SPELLINGS
from kg.relations.lexicon import (
    AFFILIATION_WORDS,
    CONDITIONALS,
    EMOTION_POSITIVE,
    EVENT_TRIGGERS,
    FIRST_SINGULAR,
    HEDGES,
    MAY_PARTICLES,
    MEMBERSHIP_WORDS,
    REPORTING,
    REPORTING_JUSSIVE,
    SPORTS_WORDS,
    STANCE,
    STANCE_JUSSIVE,
    TITLE_HEADS,
    VERBAL_ATTACK_NOUNS,
    VERDICT_WORDS,
    readings_of,
)
from kg.relations.lexicon_stance_words import FELT_FORMS
from kg.relations.scanned_words import (
    DENYING,
    EVERY,
    PARTICIPLES,
    PLOT_EVENTS,
    SCREEN_WORKS,
    TAKING_PLACE,
    WHENEVER,
)
from kg.relations.titles import COMPOUND_HEADS
from kg.text.memo import WordMemo

REPORTING_WORD = 1
"""A reading of the word is a reporting verb (``lexicon.REPORTING``)."""
EVENT_WORD = 2
"""A reading of the word is an event trigger (``lexicon.EVENT_TRIGGERS``)."""
STANCE_WORD = 4
"""A reading of the word is a stance trigger or an emotion word (``lexicon.STANCE``,
``lexicon.EMOTION_POSITIVE``)."""
GEOGRAPHY_WORD = 8
"""The bare word is a membership or affiliation word (``lexicon.MEMBERSHIP_WORDS``,
``lexicon.AFFILIATION_WORDS``)."""
TITLE_WORD = 16
"""A reading of the word is a title head or opens a compound title (``lexicon.TITLE_HEADS``,
``titles.COMPOUND_HEADS``): no title phrase is without one."""


SPORTS_WORD = 32
"""A reading of the word is a sports word (``lexicon.SPORTS_WORDS``): a sentence without
one tells no match (``event_sense``)."""
MODAL_WORD = 64
"""The word or its bare form is a conditional or a hedge (``lexicon.CONDITIONALS``,
``lexicon.HEDGES``), or the word is «قد» (``lexicon.MAY_PARTICLES``): a trigger without
one shortly before it is asserted (``polarity.modality``)."""
CUE_WORD = 128
"""The word is spelt as a cue of a statement without a reporting verb («بحسب», «ما قاله»,
«بيّن», «جاء»: ``cue_words.CUE_SPELLINGS``): a sentence without one is not read for them."""
HABIT_WORD = 256
"""A reading of the word is «كل» or «كلما» (``scanned_words``): no habit is told without one
(``event_habits``)."""
DENIAL_WORD = 512
"""A reading of the word is a verb of denial (``scanned_words.DENYING``): no report is denied
without one (``event_denied_reports``)."""
PLOT_WORD = 1024
"""A reading of the word tells a plot's events («تقع», «أحداث»: ``scanned_words``): no plot
is told without one (``event_plots``)."""
PARTICIPLE_WORD = 2048
"""A reading of the word is a participle of saying («مشيرا»: ``scanned_words.PARTICIPLES``):
a statement without one is not cut at one (``participle_breaks``)."""
WORD_KINDS = (REPORTING_WORD, EVENT_WORD, STANCE_WORD, GEOGRAPHY_WORD, TITLE_WORD, SPORTS_WORD,
              MODAL_WORD, CUE_WORD, HABIT_WORD, DENIAL_WORD, PLOT_WORD, PARTICIPLE_WORD)


def _kinds_by_reading() -> dict[str, int]:
    """The kinds (bits of :data:`WORD_KINDS`) a reading names, for every reading in a table
    of a kind read through the word's clitics (all but :data:`GEOGRAPHY_WORD`,
    :data:`MODAL_WORD` and :data:`CUE_WORD`): one look-up a reading, not one a table."""
    tables = (
        (REPORTING_WORD, (REPORTING, REPORTING_JUSSIVE)),
        (EVENT_WORD, (EVENT_TRIGGERS,)),
        (STANCE_WORD, (STANCE, EMOTION_POSITIVE, STANCE_JUSSIVE, VERDICT_WORDS,
                       VERBAL_ATTACK_NOUNS, FIRST_SINGULAR, FELT_FORMS,
                       {"وقف"})),  # «وقف X إلى جانب Y» (``stance_stood_beside``)
        (TITLE_WORD, (TITLE_HEADS, COMPOUND_HEADS)),
        (SPORTS_WORD, (SPORTS_WORDS,)),
        (HABIT_WORD, (EVERY, WHENEVER)),
        (DENIAL_WORD, (DENYING,)),
        (PLOT_WORD, (TAKING_PLACE, PLOT_EVENTS, SCREEN_WORKS)),
        (PARTICIPLE_WORD, (PARTICIPLES,)),
    )
    kinds: defaultdict[str, int] = defaultdict(int)
    for kind, kind_tables in tables:
        for table in kind_tables:
            for reading in table:
                kinds[reading] |= kind
    return dict(kinds)


_KINDS_BY_READING = _kinds_by_reading()


def word_kinds(norm: str) -> int:
    """Which extractors may take the normalised word ``norm`` for a trigger (or a title
    head, a sports word: :data:`WORD_KINDS`), as bits: ``lookup(norm, table)`` finds
    something for each table of the kind."""
    kinds = 0
    readings = readings_of(norm)  # (remembered: the words' :attr:`Word.forms` too)
    for _, rest in readings:
        kinds |= _KINDS_BY_READING.get(rest, 0)
    bare = readings[-1][1]
    if bare in MEMBERSHIP_WORDS or bare in AFFILIATION_WORDS:
        kinds |= GEOGRAPHY_WORD
    if norm in _MODAL or norm in MAY_PARTICLES or bare in _MODAL:
        kinds |= MODAL_WORD
    if norm in CUE_SPELLINGS:
        kinds |= CUE_WORD
    return kinds


_MODAL = CONDITIONALS | HEDGES


class WordFacts(NamedTuple):
    """What the relation stage reads from a word's spelling alone."""

    kinds: int
    """:func:`word_kinds`"""
    forms: tuple[tuple[str, str], ...]
    """``readings_of``: :attr:`kg.relations.index_words.Word.forms`."""


def word_facts(norm: str) -> WordFacts:
    return WordFacts(word_kinds(norm), readings_of(norm))


FACT_KINDS, FACT_FORMS = itemgetter(0), itemgetter(1)
""":attr:`WordFacts.kinds` and :attr:`WordFacts.forms`, for :func:`map`."""
WORD_FACTS = WordMemo(word_facts)
""":func:`word_facts` of the words seen so far: one look-up a word of a document."""
