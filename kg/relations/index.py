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
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import compress

from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR
from kg.model import Document, Entity, Evidence, Mention, Sentence
from kg.relations.arg_types import Arg, ArgsAfter, ArgsFound, NisbaCountry, Span
from kg.relations.entity_classes import (
    AGENT_LABELS,
    FACILITY_KINDS,
    ORGANIZATION_KINDS,
    ORGANIZATION_LABELS,
    PLACE_LABELS,
    REFERENCE_KINDS,
    TERRITORY_LABELS,
)
from kg.relations.index_words import (
    SentenceWords,
    Word,
    assign_in_order,
    assign_words,
    content_words,
    in_order,
    make_words,
    relation_words,
)
from kg.relations.lexicon import NISBA, PREPOSITIONS, bare_forms, readings_of
from kg.relations.name_parts import family_names, first_words, group_stem
from kg.relations.rules import Rule
from kg.relations.word_kinds import (
    CUE_WORD,
    DENIAL_WORD,
    EVENT_WORD,
    FACT_FORMS,
    FACT_KINDS,
    GEOGRAPHY_WORD,
    HABIT_WORD,
    MODAL_WORD,
    PARTICIPLE_WORD,
    PLOT_WORD,
    REPORTING_WORD,
    SPORTS_WORD,
    STANCE_WORD,
    TITLE_WORD,
    WORD_FACTS,
    WORD_KINDS,
    WordFacts,
    word_facts,
    word_kinds,
)
from kg.text.normalize import normalize_key
from kg.text.words import document_words

__all__ = [
    "AGENT_LABELS", "CUE_WORD", "DENIAL_WORD", "EVENT_WORD", "FACILITY_KINDS", "GEOGRAPHY_WORD",
    "HABIT_WORD", "MODAL_WORD", "NISBA", "ORGANIZATION_KINDS", "ORGANIZATION_LABELS",
    "PARTICIPLE_WORD", "PLACE_LABELS", "PLOT_WORD", "REFERENCE_KINDS", "REPORTING_WORD",
    "SPORTS_WORD", "STANCE_WORD", "TERRITORY_LABELS", "TITLE_WORD", "WORD_KINDS", "_BOUNDARY",
    "_BOUNDARY_MARKS", "Arg", "ArgsAfter", "ArgsFound", "DocIndex", "Mention", "NisbaCountry",
    "Sentence", "Span", "Word", "WordFacts", "_family_names", "content_words", "group_stem",
    "word_facts", "word_kinds",
]
"""What the extractors import from here (defined here or in the modules imported above)."""

_family_names = family_names  # (the old name, still imported by tests)


_BOUNDARY = re.compile(r"[،,.:;؛!?؟«»“”\"()\[\]–—]|\s-\s")
_BOUNDARY_MARKS = frozenset("،,.:;؛!?؟«»“”\"()[]–—")
"""The characters :data:`_BOUNDARY` matches alone: what a one-character gap between two
words (most gaps: one space) is checked against, without a search."""


_KINDS_IN: dict[int, tuple[int, ...]] = {}
"""The :data:`WORD_KINDS` of each mask of kinds seen so far (a few dozen masks)."""


def _kinds_in(mask: int) -> tuple[int, ...]:
    """The :data:`WORD_KINDS` set in ``mask`` (a word's :func:`word_kinds`), in their order:
    one look-up a flagged word instead of a test of every kind."""
    kinds = _KINDS_IN.get(mask)
    if kinds is None:
        kinds = _KINDS_IN[mask] = tuple(kind for kind in WORD_KINDS if mask & kind)
    return kinds


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
        words = relation_words(document_words(doc))
        # Copies: the sentence assignment drops the words outside every sentence.
        starts, ends, norms = list(words.starts), list(words.ends), list(words.texts)
        assign = assign_in_order if in_order(doc.sentences) else assign_words
        sentence_indexes, sentence_words = assign(doc.sentences, starts, ends, norms)
        facts = WORD_FACTS.of(norms)
        kinds = list(map(FACT_KINDS, facts))
        flagged: dict[int, list[int]] = {kind: [] for kind in WORD_KINDS}
        for index in compress(range(len(kinds)), kinds):  # a few words in a hundred
            mask = kinds[index]
            for kind in _KINDS_IN.get(mask) or _kinds_in(mask):
                flagged[kind].append(index)
        mentions = sorted((m for m in doc.mentions if m.entity_id),
                          key=lambda m: (m.start, -m.end))
        return cls(
            doc=doc,
            words=make_words(range(len(norms)), starts, ends, norms, sentence_indexes,
                             map(FACT_FORMS, facts)),
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

    def lexicon_before(self, words: list[Word], position: int, lexicon: Collection[str],
                       reach: int) -> bool:
        """Whether a word of ``lexicon`` stands at most ``reach`` words before
        ``words[position]`` in its clause (no punctuation between, :meth:`boundary_between`):
        the verb that governs a noun («عقد ... مفاوضات»), a frame a few words back."""
        for index in range(position - 1, max(-1, position - 1 - reach), -1):
            if self.boundary_between(words[index], words[index + 1]):
                return False
            if words[index].has(lexicon):
                return True
        return False

    def clause_before(self, words: list[Word], position: int, reach: int) -> Iterator[int]:
        """The indexes of the words before ``words[position]``, nearest first and at most
        ``reach`` of them, while they stand in its sentence and clause (no punctuation
        between, :meth:`boundary_between`): a scan back to the verb or particle that opens a
        phrase."""
        sentence = words[position].sentence_index
        for index in range(position - 1, max(-1, position - 1 - reach), -1):
            if words[index].sentence_index != sentence or \
                    self.boundary_between(words[index], words[index + 1]):
                return
            yield index

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
                for family in family_names(name):
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
            names = self._first_words[entity_id] = first_words(self.entities.get(entity_id))
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
