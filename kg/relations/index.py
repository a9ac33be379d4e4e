"""The read-only index of a document that every extractor of the relation stage reads.

One :class:`DocIndex` is built per document, once, before any extractor runs. It holds
the words of each sentence with their original spans, read from the document's word
view (the ``words`` layer the ``tokens`` stage made: the text normalised once), the
mentions that carry an entity id, the document's entities, and lookups over them by
offset (bisection, never a scan of the whole document). Nothing in it changes once it
is built: what the extractors find goes into their own findings
(:mod:`kg.relations.findings`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict, deque
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from itertools import chain, compress, pairwise, repeat
from operator import itemgetter
from typing import NamedTuple, TypeVar

from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR
from kg.model import Document, Entity, Evidence, Mention, Sentence
from kg.ontology.schema import subclasses
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
    NISBA,
    PREPOSITIONS,
    REPORTING,
    REPORTING_JUSSIVE,
    SPORTS_WORDS,
    STANCE,
    STANCE_JUSSIVE,
    TITLE_HEADS,
    VERBAL_ATTACK_NOUNS,
    VERDICT_WORDS,
    bare_forms,
    readings_of,
)
from kg.relations.rules import ArgsHow, Rule
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
from kg.text.normalize import normalize_key
from kg.text.words import WordView, document_words, split_view

AGENT_LABELS = frozenset(subclasses("Agent"))
"""Who can speak, take a stance or act: the classes below kg:Agent (a country too)."""
ORGANIZATION_LABELS = AGENT_LABELS - {"Person"}
PLACE_LABELS = frozenset(subclasses("Place"))
"""The classes below kg:Place (a country too)."""
TERRITORY_LABELS = PLACE_LABELS - {"Country"}
"""Places inside a country."""

_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\w]+")
"""A word here: letters, digits and underscores (which separate the words of the view)."""
T = TypeVar("T")


def _in_order(sentences: Sequence[Sentence]) -> bool:
    """Whether sentences follow each other without overlapping, with distinct indexes."""
    return len({s.index for s in sentences}) == len(sentences) and all(
        s.start <= s.end for s in sentences
    ) and all(a.end <= b.start for a, b in pairwise(sentences))


def _keep_ranges(values: list[T], ranges: list[tuple[int, int]]) -> None:
    values[:] = chain.from_iterable(values[low:high] for low, high in ranges)


SentenceWords = dict[int, tuple[int, int]]
"""The first and past-the-last word of each sentence, by sentence index."""


def _assign_in_order(sentences: Sequence[Sentence], starts: list[int], ends: list[int],
                     norms: list[str]) -> tuple[list[int], SentenceWords]:
    """Keep the words that start inside a sentence and return their sentence indexes
    and each sentence's words, for sentences in text order that do not overlap."""
    sentence_indexes: list[int] = []
    sentence_words: SentenceWords = {}
    ranges: list[tuple[int, int]] = []
    low = 0
    for sentence in sentences:
        low = bisect.bisect_left(starts, sentence.start, low)
        high = bisect.bisect_left(starts, sentence.end, low)
        if low < high:
            first = len(sentence_indexes)
            sentence_words[sentence.index] = (first, first + high - low)
            sentence_indexes += repeat(sentence.index, high - low)
            ranges.append((low, high))
        low = high
    if len(sentence_indexes) < len(starts):
        _keep_ranges(starts, ranges)
        _keep_ranges(ends, ranges)
        _keep_ranges(norms, ranges)
    return sentence_indexes, sentence_words


def _assign(sentences: Sequence[Sentence], starts: list[int], ends: list[int],
            norms: list[str]) -> tuple[list[int], SentenceWords]:
    """:func:`_assign_in_order` for sentences in any order: a word belongs to
    the last sentence that starts at or before it, if it ends after the word's start."""
    sentence_starts = [s.start for s in sentences]
    sentence_indexes: list[int] = []
    sentence_words: SentenceWords = {}
    kept: list[int] = []
    for number, start in enumerate(starts):
        position = bisect.bisect_right(sentence_starts, start) - 1
        if position < 0 or start >= sentences[position].end:
            continue
        index = len(kept)
        kept.append(number)
        sentence_index = sentences[position].index
        sentence_indexes.append(sentence_index)
        first, _ = sentence_words.get(sentence_index, (index, index))
        sentence_words[sentence_index] = (first, index + 1)
    if len(kept) < len(starts):
        starts[:] = [starts[number] for number in kept]
        ends[:] = [ends[number] for number in kept]
        norms[:] = [norms[number] for number in kept]
    return sentence_indexes, sentence_words


def _relation_words(words: WordView) -> WordView:
    """The words the extractors read: the document's word view, except that an underscore
    does not separate words here (a hashtag «#سوريا_الحرة» is one word, two for the
    gazetteer), so a view with one is split again."""
    if "_" in words.view.text:
        return split_view(words.view, _WORD)
    return words


ORGANIZATION_KINDS = frozenset({
    "صحيفه", "جريده", "مجله", "موقع", "وكاله", "قناه", "شبكه", "اذاعه", "شركه", "وزاره",
    "بنك", "مصرف", "مرصد", "هيئه", "منظمه", "مؤسسه", "جمعيه", "حركه", "جماعه", "حزب",
    "مركز", "صندوق", "نيابه", "محكمه", "رئاسه",
})
"""Nouns that name the kind of an organisation («صحيفة», «مرصد», «وزارة»), as bare forms."""
FACILITY_KINDS = frozenset({"مستشفي", "جامعه", "بلديه", "امانه", "لجنه", "كليه", "معهد"})
"""Facilities and committees that speak through their administration («وقال المستشفى»),
as bare forms: kinds a bare definite noun refers back by (:mod:`kg.relations.body_references`)."""
REFERENCE_KINDS = ORGANIZATION_KINDS | FACILITY_KINDS

_BOUNDARY = re.compile(r"[،,.:;؛!?؟«»“”\"()\[\]–—]|\s-\s")
_BOUNDARY_MARKS = frozenset("،,.:;؛!?؟«»“”\"()[]–—")
"""The characters :data:`_BOUNDARY` matches alone: what a one-character gap between two
words (most gaps: one space) is checked against, without a search."""


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
                       VERBAL_ATTACK_NOUNS, FIRST_SINGULAR,
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
    """``readings_of``: :attr:`Word.forms`."""


def word_facts(norm: str) -> WordFacts:
    return WordFacts(word_kinds(norm), readings_of(norm))


_KINDS, _FORMS = itemgetter(0), itemgetter(1)
""":attr:`WordFacts.kinds` and :attr:`WordFacts.forms`, for :func:`map`."""
_FACTS = WordMemo(word_facts)
""":func:`word_facts` of the words seen so far: one look-up a word of a document."""


def content_words(text: str) -> list[str]:
    """The normalised words of ``text`` without the article («دول المجلس» → دول، مجلس)."""
    return [w.removeprefix("ال") for w in normalize_key(text).split()]


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the normalised text, with its span in the original text
    (a document has thousands: :func:`_make_words` makes them in bulk)."""

    index: int
    start: int
    end: int
    norm: str
    sentence_index: int
    forms: tuple[tuple[str, str], ...] = field(init=False, repr=False, compare=False)
    """``readings_of(norm)``, kept with the word: the extractors ask for them again and again
    (:meth:`has`, :meth:`bare`, hundreds of times an article)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "forms", readings_of(self.norm))

    def readings(self) -> tuple[tuple[str, str], ...]:
        return self.forms

    def bare(self) -> str:
        """The word without و/ف, ب/ل/ك and ال (a guess: «لسان» reads as ل + سان)."""
        return self.forms[-1][1]

    def has(self, table: Collection[str]) -> bool:
        """Whether any reading of the word (with or without its clitics) is in ``table``."""
        # A loop, not any(): a generator costs more than the lookups (hundreds of calls an
        # article).
        for _, rest in self.forms:  # noqa: SIM110
            if rest in table:
                return True
        return False


def _make_words(indexes: range, *columns: Iterable[object]) -> list[Word]:
    """``Word(*row)`` for every row of ``indexes`` and ``columns`` (one sequence per field
    after :attr:`Word.index`, the :attr:`Word.forms` too).

    The ``__init__`` of a frozen dataclass sets the fields one by one through
    ``object.__setattr__``; here each field is set in one pass over all words
    through its slot: the same objects, in a fraction of the time.
    """
    words = list(map(object.__new__, repeat(Word, len(indexes))))
    for slot, values in zip(_WORD_SLOTS, (indexes, *columns), strict=True):
        deque(map(slot.__set__, words, values), maxlen=0)
    return words


_WORD_SLOTS = tuple(Word.__dict__[f.name] for f in fields(Word))


@dataclass(frozen=True, slots=True)
class Arg:
    """A resolved argument: an entity (or event, statement) id and the span that names it."""

    node_id: str
    start: int
    end: int


class ArgsAfter(NamedTuple):
    """Arguments read after or around a word, and the position (in the sentence) of the
    word after them: where the next role may start."""

    args: list[Arg]
    after: int


class ArgsFound(NamedTuple):
    """Arguments read around a trigger (an event's agents, a stance's subjects), the
    position of the word after them in the sentence, and how they were found (one of the
    names the extractor writes into its evidence: «after», «before», «genitive»...)."""

    args: list[Arg]
    after: int
    how: ArgsHow




class NisbaCountry(NamedTuple):
    """The country a nisba adjective names (see :meth:`DocIndex.nisba_country`)."""

    entity_id: str | None
    """The document's entity for the country, if it has one."""
    name: str
    qid: str


Span = tuple[int, int]
"""A ``(start, end)`` character span of the original text."""


def _first_words(entity: Entity | None) -> list[str]:
    if entity is None:
        return []
    names = [normalize_key(entity.name), *(normalize_key(a) for a in entity.aliases)]
    first = [n.split(" ")[0] for n in names if n]
    return first + [n.removeprefix("ال") for n in first]


def group_stem(word: str, endings: tuple[str, ...]) -> str | None:
    """«الحوثيين» → «حوث», «الحوثيه» → «حوث»: a definite nisba word without «ال» and its
    ending; None when the word is no such form or the stem is under three letters."""
    if not word.startswith("ال"):
        return None
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) - 2 >= 3:
            return word[2:-len(ending)]
    return None


@dataclass(frozen=True)
class DocIndex:
    """The words, mentions and entities of one document, with lookups by offset.

    Built once by :meth:`build`; no method changes it (the ``cached_property``
    indexes are built on first use and never change after).
    """

    doc: Document
    words: list[Word]
    """The words inside sentences, in text order; ``words[i].index == i``."""
    mentions: list[Mention]
    """The mentions that carry an entity id, by start (the longest first)."""
    entities: dict[str, Entity]
    """The document's entities (from the linker), by id."""
    _word_starts: list[int]
    _mention_starts: list[int]
    _sentence_words: SentenceWords
    _flagged: dict[int, list[int]]
    """The indexes of the words of each kind (:data:`WORD_KINDS`), in text order."""

    @classmethod
    def build(cls, doc: Document) -> DocIndex:
        words = _relation_words(document_words(doc))
        # Copies: the sentence assignment drops the words outside every sentence.
        starts, ends, norms = list(words.starts), list(words.ends), list(words.texts)
        assign = _assign_in_order if _in_order(doc.sentences) else _assign
        sentence_indexes, sentence_words = assign(doc.sentences, starts, ends, norms)
        facts = _FACTS.of(norms)
        kinds = list(map(_KINDS, facts))
        flagged: dict[int, list[int]] = {kind: [] for kind in WORD_KINDS}
        for index in compress(range(len(kinds)), kinds):  # a few words in a hundred
            for kind in WORD_KINDS:
                if kinds[index] & kind:
                    flagged[kind].append(index)
        mentions = sorted((m for m in doc.mentions if m.entity_id),
                          key=lambda m: (m.start, -m.end))
        return cls(
            doc=doc,
            words=_make_words(range(len(norms)), starts, ends, norms, sentence_indexes,
                              map(_FORMS, facts)),
            mentions=mentions,
            entities={e.id: e for e in doc.entities},
            _word_starts=starts,
            _mention_starts=[m.start for m in mentions],
            _sentence_words=sentence_words,
            _flagged=flagged,
        )

    # --- words -------------------------------------------------------------

    def sentence_words(self, sentence: Sentence) -> list[Word]:
        first, last = self._sentence_words.get(sentence.index, (0, 0))
        return self.words[first:last]

    def trigger_positions(self, words: list[Word], kind: int) -> list[int]:
        """Positions in ``words`` (consecutive words, as :meth:`sentence_words` gives) of
        the words whose :func:`word_kinds` include ``kind`` (one of :data:`WORD_KINDS`);
        every other word can be skipped by the extractor of that kind."""
        if not words:
            return []
        indexes = self._flagged[kind]
        first = words[0].index
        low = bisect.bisect_left(indexes, first)
        high = bisect.bisect_left(indexes, words[-1].index + 1, low)
        if low == high:  # (most sentences have no word of most kinds)
            return []
        return [index - first for index in indexes[low:high]]

    def kind_between(self, first: Word, last: Word, kind: int) -> bool:
        """Whether a word of ``kind`` (one of :data:`WORD_KINDS`) lies from ``first`` up
        to, not including, ``last``."""
        indexes = self._flagged[kind]
        position = bisect.bisect_left(indexes, first.index)
        return position < len(indexes) and indexes[position] < last.index

    def words_between(self, start: int, end: int) -> list[Word]:
        """The words that lie inside ``[start, end)``."""
        low = bisect.bisect_left(self._word_starts, start)
        high = bisect.bisect_left(self._word_starts, end, low)
        return [w for w in self.words[low:high] if w.end <= end]

    def word_at(self, offset: int) -> Word | None:
        """The word that contains (or starts right after) ``offset``."""
        position = bisect.bisect_right(self._word_starts, offset) - 1
        if position >= 0 and self.words[position].end > offset:
            return self.words[position]
        if position + 1 < len(self.words):
            return self.words[position + 1]
        return None

    def gap(self, left: Word, right: Word) -> str:
        """The characters between two words (punctuation, spaces)."""
        return self.doc.text[left.end:right.start]

    def boundary_between(self, left: Word, right: Word) -> bool:
        """Whether punctuation (a comma, a quote, a full stop) separates two words."""
        if left.sentence_index != right.sentence_index:
            return True
        if right.start - left.end == 1:  # (most calls: the words are neighbours)
            return self.doc.text[left.end] in _BOUNDARY_MARKS
        return _BOUNDARY.search(self.doc.text, left.end, right.start) is not None

    def first_boundary(self, left: Word, right: Word) -> int | None:
        """Where the first punctuation that separates words (:meth:`boundary_between`)
        falls between two words of one sentence, if any: one search for a run of words
        (a word holds no punctuation)."""
        match = _BOUNDARY.search(self.doc.text, left.end, right.start)
        return None if match is None else match.start()

    def last_boundary(self, left: Word, right: Word) -> int | None:
        """Where the last punctuation that separates words falls between two words of one
        sentence, if any (the one nearest ``right``)."""
        end = None
        for match in _BOUNDARY.finditer(self.doc.text, left.end, right.start):
            end = match.end()
        return end

    def norm(self, start: int, end: int) -> str:
        return normalize_key(self.doc.text[start:end])

    # --- mentions ----------------------------------------------------------

    def mention_starting_in(self, word: Word) -> Mention | None:
        """The longest mention that starts inside ``word``."""
        position = bisect.bisect_left(self._mention_starts, word.start)
        if position < len(self.mentions) and self.mentions[position].start < word.end:
            return self.mentions[position]
        return None

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start at or after ``start`` and lie before ``end``."""
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_left(self._mention_starts, end, first)
        if first == last:
            return []
        return [m for m in self.mentions[first:last] if m.end <= end]

    def persons_between(self, start: int, end: int) -> list[Mention]:
        """:meth:`mentions_between` for the person mentions only (most sentences have none)."""
        persons, starts = self._persons
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end, first)
        if first == last:  # (most sentences name no person)
            return []
        return [m for m in persons[first:last] if m.end <= end]

    @cached_property
    def _persons(self) -> tuple[list[Mention], list[int]]:
        """The person mentions, in the order of :attr:`mentions`, and their starts."""
        persons = [m for m in self.mentions if m.label == "Person"]
        return persons, [m.start for m in persons]

    @cached_property
    def main_country(self) -> str | None:
        """The country the document names most often (strictly more than any other): whose
        regime a bare «النظام» («وحشد النظام», «قوات النظام») is. Built once."""
        counts = Counter(m.entity_id for m in self.mentions
                         if m.label == "Country" and m.entity_id)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    @cached_property
    def groups_by_stem(self) -> dict[str, str]:
        """The document's one-word group names in the plural of a nisba («الحوثيين»,
        «الحوثيون» → حوث), by that stem: what a group adjective («الميليشيات الحوثية»)
        names. Built once; a stem two groups share names neither."""
        found: defaultdict[str, set[str]] = defaultdict(set)
        for entity in self.entities.values():
            if entity.label in ORGANIZATION_LABELS and len(entity.name.split()) == 1:
                stem = group_stem(normalize_key(entity.name), ("يين", "يون"))
                if stem:
                    found[stem].add(entity.id)
        return {stem: next(iter(ids)) for stem, ids in found.items() if len(ids) == 1}

    @cached_property
    def persons_by_surname(self) -> dict[str, frozenset[str]]:
        """The ids of the document's persons named in two or more words, by the last
        word of the name («باسلمه»): built once, so a lookup does not scan every entity."""
        found: defaultdict[str, set[str]] = defaultdict(set)
        for entity in self.entities.values():
            if entity.label == "Person" and len(entity.name.split()) > 1:
                name = normalize_key(entity.name).split()
                found[name[-1]].add(entity.id)
                for family in _family_names(name):
                    found[family].add(entity.id)
        return {surname: frozenset(ids) for surname, ids in found.items()}

    @cached_property
    def agent_mentions_by_opening(self) -> dict[tuple[str, str], list[Mention]]:
        """The agent mentions whose names have more than two :func:`content_words`, in text
        order, by their first two (what a shortened description repeats: «دول المجلس»)."""
        found: defaultdict[tuple[str, str], list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            if mention.entity_id and mention.label in AGENT_LABELS:
                name = content_words(self.doc.text[mention.start:mention.end])
                if len(name) > 2:
                    found[name[0], name[1]].append(mention)
        return dict(found)

    @cached_property
    def organizations_by_kind(self) -> dict[str, list[Mention]]:
        """The organisation mentions, in text order, by the noun of their kind: the first
        word of the name («وزارة البترول» → وزاره, «البنك الأهلي» → بنك) or the noun right
        before it («صحيفة "ذا ناشيونال"», «مجلة «X»» → صحيفه, مجله). What a bare definite
        noun («وقالت الصحيفة», «وأضاف الموقع») may stand for later in the text."""
        found: defaultdict[str, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            if mention.label not in ORGANIZATION_LABELS or mention.label == "Country":
                continue
            name = normalize_key(self.doc.text[mention.start:mention.end]).split()
            kinds = {rest for _, rest in bare_forms(name[0])} if name else set()
            position = bisect.bisect_left(self._word_starts, mention.start) - 1
            before = self.words[position] if position >= 0 else None
            if before is not None and before.end <= mention.start and \
                    not self.doc.text[before.end:mention.start].strip(" \t«\"“"):
                kinds.update(rest for _, rest in before.readings())
            for kind in kinds & REFERENCE_KINDS:
                found[kind].append(mention)
        return dict(found)

    def covering_mention(self, offset: int) -> Mention | None:
        position = bisect.bisect_right(self._mention_starts, offset) - 1
        while position >= 0:
            mention = self.mentions[position]
            if mention.start <= offset < mention.end:
                return mention
            if offset - mention.start > 80:
                break
            position -= 1
        return None

    def attached_prefix(self, mention: Mention) -> str:
        """Clitics glued before the mention in its word: «بتوغل تركيا» no, «لسوريا» → «ل»
        (asked again and again of the same mention: computed once per mention)."""
        key = (mention.start, mention.end, mention.entity_id)
        prefix = self._prefixes.get(key)
        if prefix is None:
            prefix = self._prefixes[key] = self._attached_prefix(mention)
        return prefix

    @cached_property
    def _prefixes(self) -> dict[tuple[int, int, str | None], str]:
        return {}

    def _attached_prefix(self, mention: Mention) -> str:
        word = self.word_at(mention.start)
        if word is None:
            return ""
        if mention.start > word.start:
            return self.norm(word.start, mention.start)
        mention_norm = self.norm(mention.start, min(mention.end, word.end))
        names = self._names(mention.entity_id or "")
        for prefix, rest in readings_of(mention_norm):
            if prefix and prefix not in ("ال",) and any(
                name.startswith(rest) or rest.startswith(name) for name in names if len(name) > 2
            ):
                return prefix.removesuffix("ال")
        return ""

    def _names(self, entity_id: str) -> list[str]:
        """The first words of the entity's name and aliases, with and without «ال» (a
        country has dozens of aliases: computed once per entity)."""
        names = self._first_words.get(entity_id)
        if names is None:
            names = self._first_words[entity_id] = _first_words(self.entities.get(entity_id))
        return names

    @cached_property
    def _first_words(self) -> dict[str, list[str]]:
        return {}

    def is_nisba(self, mention: Mention) -> bool:
        """A country named by its adjective («اليمني», «الأوكرانية»): never a subject by itself.

        The adjective is known from the lexicon, or from the gazetteer that found
        the mention («الاميركي», a spelling the lexicon lacks).
        """
        if mention.extractor == ADJECTIVE_EXTRACTOR:
            return True
        word = self.word_at(mention.start)
        return word is not None and mention.end - mention.start <= word.end - word.start + 1 \
            and word.has(NISBA) and not self._named_by_adjective(word)

    def _named_by_adjective(self, word: Word) -> bool:
        """«أدانت السعودية», «في السعودية», «مصر والسعودية»: a country whose short name is
        its definite feminine adjective («السعودية») is named, not described, unless the word
        comes right after a definite noun it qualifies («الحكومة السعودية», «وزارة الخارجية
        السعودية») with no clitic of its own («و», «ب», «ل» make it a name)."""
        for prefix, rest in word.readings():
            if not rest.startswith("ال") or normalize_key(NISBA.get(rest[2:], ("", ""))[0]) != rest:
                continue
            if prefix:
                return True
            if word.index == 0:
                return True
            before = self.words[word.index - 1]
            return before.sentence_index != word.sentence_index or \
                self.boundary_between(before, word) or \
                not before.norm.lstrip("وف").startswith(("ال", "لل"))
        return False

    def is_prepositional(self, mention: Mention) -> bool:
        """Whether the mention is governed by a preposition (attached or a word before it)."""
        prefix = self.attached_prefix(mention).lstrip("وف")
        if prefix.startswith(("ب", "ل", "ك")):
            return True
        word = self.word_at(mention.start)
        if word is None or word.index == 0:
            return False
        before = self.words[word.index - 1]
        return before.sentence_index == word.sentence_index and \
            before.bare() in _GOVERNING_WORDS and not self.boundary_between(before, word)

    def mention_words(self, mention: Mention) -> tuple[int, int]:
        """Indices of the first and last word of a mention."""
        first = self.word_at(mention.start)
        last = self.word_at(max(mention.start, mention.end - 1))
        assert first is not None and last is not None
        return first.index, last.index

    def nisba_country(self, word: Word) -> NisbaCountry | None:
        """What the nisba adjective ``word`` names («اليمني» → اليمن): the document's country
        entity's id when the document has it, else None as the id; with the country's name
        and Wikidata id. None when the word is no nisba."""
        for _, rest in word.readings():
            if rest in NISBA:
                name, qid = NISBA[rest]
                key = normalize_key(name)
                for entity in self.entities.values():
                    if entity.label == "Country" and (
                        entity.qid == qid or normalize_key(entity.name) == key
                        or key in (normalize_key(a) for a in entity.aliases)
                    ):
                        return NisbaCountry(entity.id, name, qid)
                return NisbaCountry(None, name, qid)
        return None

    # --- evidence ----------------------------------------------------------

    def evidence(self, sentence: Sentence, spans: list[Span], rule: Rule | str,
                 confidence: float, trigger: Span | None = None) -> Evidence:
        """The evidence of a fact found by ``rule`` (a :class:`Rule`, or a name made by a
        function of :mod:`kg.relations.rules`) in ``sentence``: the smallest span of
        the sentence that holds ``spans`` and the trigger."""
        starts = [s for s, _ in spans] + ([trigger[0]] if trigger else [])
        ends = [e for _, e in spans] + ([trigger[1]] if trigger else [])
        start = max(sentence.start, min(starts)) if starts else sentence.start
        end = min(sentence.end, max(ends)) if ends else sentence.end
        if start >= end:
            start, end = sentence.start, sentence.end
        return Evidence(
            document_id=self.doc.id, sentence_id=sentence.id, start=start, end=end,
            extractor=f"relations.{rule}", confidence=round(confidence, 3),
            trigger_start=trigger[0] if trigger else None,
            trigger_end=trigger[1] if trigger else None,
        )


_GOVERNING_WORDS = PREPOSITIONS | {"لسان", "قبل", "جانب"}
"""What governs a mention right before it (:meth:`DocIndex.is_prepositional`): a preposition,
«على لسان», «من قبل», «إلى جانب»."""
_COMPOUND_OPENERS = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ال", "ام"})
_COMPOUND_ENDS = frozenset({"الدين", "الاسلام", "الله", "الرحمن"})


def _family_names(name: list[str]) -> list[str]:
    """«محمود الصرخي الحسني» → [«الصرخي»]: a definite word inside a name of three words or
    more, after a given name and before a last definite word (a lineage or tribe after the
    family name), is a name the person is called by alone («دعا الصرخي»); not the second
    half of a compound given name («عبد العزيز», «نور الدين»), nor a name opening with a
    title."""
    if len(name) < 3 or not name[-1].startswith("ال") or name[0] in TITLE_HEADS:
        return []  # «وكيل الرقيب حسين الوعيد»: a title the tagger took in, not a name
    return [word for index, word in enumerate(name[1:-1], 1)
            if word.startswith("ال") and len(word) >= 5 and word not in _COMPOUND_ENDS
            and name[index - 1] not in _COMPOUND_OPENERS
            and not name[index - 1].startswith("ال")]
