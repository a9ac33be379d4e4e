"""What a mention's text names in the gazetteer (for :mod:`kg.link.linker`).

:class:`NameResolver` reads a span as a whole gazetteer name (titles and adjectives
before it allowed), a generic body with a nationality adjective («وزارة الخارجية
الأمريكية»), a listed person's name with more of the lineage or a nisba written with or
without the article; and it applies the rules for conditional names, which a statistical
NER's mention holds only with the document's support.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.gazetteer.extractors import GAZETTEER_EXTRACTORS
from kg.gazetteer.index import (
    AliasKind,
    AliasRef,
    GazetteerEntry,
    GazetteerIndex,
    default_gazetteer,
    name_key,
)
from kg.gazetteer.matcher import Matcher
from kg.link.mention_context import TITLE_KEYS, titled
from kg.model import Document, Mention
from kg.text.normalize import normalize_key

_LINK_KEYS = frozenset(normalize_key(word) for word in ("بن", "ابن", "بنت", "آل"))
_MIN_NISBA_LETTERS = 4


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention's text names in the gazetteer."""

    entry: GazetteerEntry
    kind: AliasKind
    country: GazetteerEntry | None = None
    """For a generic body with a nationality adjective: the country."""


class NameResolver:
    """Resolves mention texts against one gazetteer, remembering the texts it has read."""

    def __init__(self, gazetteer: GazetteerIndex | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.matcher = Matcher(self.gazetteer)
        self._cache: dict[str, Resolution | None] = {}

    def resolve_text(self, text: str) -> Resolution | None:
        """The entry ``text`` names as a whole (titles and adjectives before it
        allowed), or a generic body + nationality adjective; None otherwise.

        A span that begins with the article's lam of «لل» («لولايات المتحدة»)
        is read with its alef restored."""
        if text in self._cache:
            return self._cache[text]
        resolution = self._resolve_text(text)
        if resolution is None and normalize_key(text).startswith("لل"):
            resolution = self._resolve_text("ا" + text.lstrip()[1:])  # «للحلف الأطلسي»
        if resolution is None and normalize_key(text).startswith("ل"):
            resolution = self._resolve_text("ا" + text.lstrip())
        if resolution is None:
            resolution = self._resolve_nisba_variant(text)
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[text] = resolution
        return resolution

    def _resolve_text(self, text: str) -> Resolution | None:
        result = self.matcher.find(text)
        matches = [m for m in result.matches if all(r.kind is not AliasKind.BLOCK for r in m.refs)]
        if not matches:
            return None
        words = result.word_texts
        last = matches[-1]
        if last.last_word != len(words):
            return None
        if len(matches) >= 2 and matches[-2].last_word == last.first_word:
            generic = self._single(matches[-2].refs)
            adjective = self._single(last.refs)
            if (
                generic is not None
                and generic[0].generic
                and adjective is not None
                and adjective[1] is AliasKind.ADJECTIVE
            ):
                return Resolution(generic[0], AliasKind.NAME, adjective[0])
        covered = {
            i
            for m in matches[:-1]
            for i in range(m.first_word, m.last_word)
            if all(r.kind is AliasKind.ADJECTIVE for r in m.refs)
        }
        for index in range(last.first_word):
            if index not in covered and words[index] not in TITLE_KEYS:
                return None
        single = self._single(last.refs)
        if single is None:
            return None
        return Resolution(single[0], single[1])

    def _resolve_nisba_variant(self, text: str) -> Resolution | None:
        """A listed person of two words or more whose surname, a nisba, is written with
        the article where the gazetteer has it bare or the other way round: «مسعود
        البارزاني» is «مسعود بارزاني». Only a person's full name is read so."""
        words = text.split()
        if len(words) < 2:
            return None
        last = words[-1]
        key = normalize_key(last)
        if not key.endswith("ي") or len(key) < _MIN_NISBA_LETTERS:
            return None
        if key.startswith("ال"):
            variant = last[2:]
        elif last[:1] not in "وفبلك":  # «وبارزاني» is no name of the gazetteer's
            variant = "ال" + last
        else:
            return None
        resolution = self._resolve_text(" ".join([*words[:-1], variant]))
        if resolution is None or resolution.entry.label != "Person" or \
                resolution.kind is not AliasKind.NAME or \
                len(name_key(resolution.entry.name_ar)) < 2:
            return None
        return resolution

    def _shared_refs(self, text: str) -> frozenset[str]:
        """The entry keys of a name that several entries share, if ``text`` is one."""
        refs = self.gazetteer.lookup(text)
        if not refs and normalize_key(text).startswith("ل"):  # «لحوثي» of «للحوثي»
            refs = self.gazetteer.lookup("ا" + text.lstrip())
        keys = frozenset(ref.key for ref in refs)
        return keys if len(keys) > 1 else frozenset()

    def _single(self, refs: tuple[AliasRef, ...]) -> tuple[GazetteerEntry, AliasKind] | None:
        keys = {ref.key for ref in refs}
        if len(keys) != 1:
            return None
        return self.gazetteer.entry(refs[0].key), refs[0].kind

    def resolve_mention(
        self, mention: Mention, named: set[str], doc: Document | None = None
    ) -> Resolution | None:
        """:meth:`resolve_text` plus the rules for conditional names and classes.

        A conditional name of a person (a surname, a given name: «~صالح» of Ali Abdullah
        Saleh) that a statistical NER found is that person's only as the gazetteer stage
        would read it: when the document names him in full, or a title stands before it in
        ``doc`` (:func:`kg.link.mention_context.titled`). «وأكد صالح» in a report that
        quotes «صالح بن أحمد» is not the Yemeni president."""
        shared = self._shared_refs(mention.text)
        if shared:
            # A conditional name several entries share: the one named in the document.
            candidates = sorted(shared & named)
            if not candidates and mention.extractor in GAZETTEER_EXTRACTORS:
                # else the one of the class the gazetteer stage read from the context
                # («مسلحي الحوثي»: the group, not the leader)
                candidates = sorted(key for key in shared
                                    if self.gazetteer.entry(key).label == mention.label)
            if len(candidates) == 1:
                return Resolution(self.gazetteer.entry(candidates[0]), AliasKind.CONDITIONAL)
            return None
        resolution = self.resolve_text(mention.text)
        if resolution is None and mention.label == "Person":
            resolution = self._resolve_lineage(mention.text)
        if resolution is None:
            return None
        gazetteer_made = mention.extractor in GAZETTEER_EXTRACTORS
        if (
            resolution.kind is AliasKind.CONDITIONAL
            and not gazetteer_made
            and resolution.entry.key not in named
            and (resolution.entry.label != mention.label
                 or (resolution.entry.label == "Person"
                     and (doc is None or not titled(doc, mention))))
        ):
            return None
        if (
            resolution.kind is AliasKind.ADJECTIVE
            and not gazetteer_made
            and mention.label == "Person"
        ):
            return None
        return resolution

    def _resolve_lineage(self, text: str) -> Resolution | None:
        """A listed person of two or more words followed by more of the lineage:
        «محمد بن سلمان بن عبدالعزيز» is «محمد بن سلمان»."""
        words = text.split()
        for cut in range(len(words) - 1, 1, -1):
            if normalize_key(words[cut]) not in _LINK_KEYS:
                continue
            resolution = self.resolve_text(" ".join(words[:cut]))
            if resolution is not None and resolution.entry.label == "Person" and \
                    resolution.kind is AliasKind.NAME:
                return resolution
        return None
