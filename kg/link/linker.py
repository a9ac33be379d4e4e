"""Entity linking: from mentions to entities with deterministic ids.

For every mention (from the gazetteer or a statistical NER) the linker finds
the gazetteer entry it names, reads capitals as their country's government
when the context says so (metonymy), resolves generic bodies («وزارة
الخارجية») to one country's when the document allows, joins short person
names to full ones (:mod:`kg.link.coref`), and groups the rest by class and
normalised name. Entity ids follow design decision 3: the QID when linked,
otherwise class and canonical name (:func:`kg.ids.entity_id`), so the same
entity in two articles has the same id. A generic body whose country cannot
be told gets an id scoped to its document rather than one shared by every
unrelated «وزارة الخارجية».

Context also decides between listed readings: a conditional person name needs the
document's support (:func:`kg.link.mention_context.titled`), «الاتحاد الأوروبي» in a
football report is UEFA, a quoted place name a listed paper bears is the paper, and a
government named by its standing joins its country's
(:func:`kg.link.clusters.join_standing_governments`).

The parts: :mod:`kg.link.resolution` (what a mention's text names in the gazetteer),
:mod:`kg.link.mention_context` (what the words around it say) and :mod:`kg.link.clusters`
(clusters of mentions joined and built into entities); this module runs them over a
document.
"""

from __future__ import annotations

from kg.gazetteer.bodies import body_reading
from kg.gazetteer.extractors import BODIES_EXTRACTOR, CLUB_EXTRACTOR
from kg.gazetteer.index import AliasKind, GazetteerEntry, GazetteerIndex, name_key
from kg.link.body_joins import join_body_variants
from kg.link.clusters import (
    CONTESTED_GOVERNMENTS,
    ClusterInfo,
    build_entities,
    cluster_persons,
    join_glued_prepositions,
    join_standing_governments,
    with_article,
)
from kg.link.clusters import elided_text as _elided_text
from kg.link.company_names import company_names
from kg.link.coref import person_words, surname
from kg.link.joins import (
    join_kind_nouns,
    join_label_variants,
    join_place_variants,
    join_short_names,
)
from kg.link.mention_context import FOOTBALL_BODIES, about_football, government_reading, quoted
from kg.link.nonactors import without_currencies
from kg.link.overlaps import resolve_overlaps
from kg.link.products import product_names
from kg.link.quoted import without_quoted_kinds
from kg.link.quoted_names import quoted_names
from kg.link.resolution import NameResolver, Resolution
from kg.link.retype import followed_by_nasab, retype_mentions
from kg.model import Document, Mention
from kg.text.normalize import normalize_key

__all__ = ["CONTESTED_GOVERNMENTS", "FOOTBALL_BODIES", "Linker", "Resolution", "_elided_text"]

_QUOTABLE_PLACES = frozenset({"Region", "City", "Place", "Country"})
_MEDIA_KINDS = ("صحيفة", "جريدة", "قناة")
"""A place's name in quotation marks that a listed paper or channel bears is that
medium: the press quotes the names of papers («علمت «الشرق الأوسط»»), not of regions."""


class Linker(NameResolver):
    """Links the mentions of documents; one instance serves many documents."""

    def __init__(self, gazetteer: GazetteerIndex | None = None) -> None:
        super().__init__(gazetteer)
        self._football: tuple[str | None, bool] = (None, False)

    # -- context ------------------------------------------------------------------

    def government_reading(self, doc: Document, mention: Mention) -> bool:
        """:func:`kg.link.mention_context.government_reading`, with this gazetteer's seats."""
        return government_reading(doc, mention, self._is_seat)

    def _medium(self, text: str) -> GazetteerEntry | None:
        """The paper or channel a place's name is the name of («الشرق الأوسط»: the paper
        «صحيفة الشرق الأوسط»), if the gazetteer lists one."""
        name = "ا" + text.strip() if _elided_text(text.strip()) else text.strip()
        for kind in _MEDIA_KINDS:
            resolution = self.resolve_text(f"{kind} {name}")
            if resolution is not None and resolution.entry.label == "MediaOrganization":
                return resolution.entry
        return None

    def _quoted_medium(self, text: str) -> bool:
        """Whether a quoted name of one or two words is a listed paper or channel."""
        return len(text.split()) <= 2 and self._medium(text) is not None

    def _about_football(self, doc: Document) -> bool:
        """Whether the document is a football report: it speaks of football or FIFA/UEFA
        and of none of the EU's own institutions (read once a document)."""
        if self._football[0] is not doc.text:
            self._football = (doc.text, about_football(doc.text))
        return self._football[1]

    def _is_seat(self, word: str) -> bool:
        """Whether the normalised ``word`` names a capital that is its country's seat."""
        return any(
            (entry := self.gazetteer.entry(ref.key)).label == "City" and bool(entry.seat_of)
            for ref in self.gazetteer.lookup(word)
        )

    # -- the document -------------------------------------------------------------

    def link(self, doc: Document) -> Document:
        """``doc`` with entities built from its mentions and ``Mention.entity_id`` set."""
        mentions, retyped = retype_mentions(
            doc,
            without_currencies(product_names(
                doc, without_quoted_kinds(doc.text, company_names(doc, quoted_names(
                    doc, resolve_overlaps(doc.mentions, doc.id), self._quoted_medium))))
            ),
        )
        named = self._named_keys(mentions)
        owners = self._surname_owners(mentions)
        clusters: dict[tuple[str, ...], list[int]] = {}
        info: dict[tuple[str, ...], ClusterInfo] = {}
        pending_generic: list[tuple[int, GazetteerEntry]] = []
        persons: list[int] = []

        def add(key: tuple[str, ...], index: int, cluster: ClusterInfo) -> None:
            clusters.setdefault(key, []).append(index)
            info.setdefault(key, cluster)

        key: tuple[str, ...]
        for index, mention in enumerate(mentions):
            body = self._body(mention)
            if body is not None:
                add(body[0], index, body[1])
                continue
            resolution = self.resolve_mention(mention, named, doc)
            if resolution is not None and mention.extractor == CLUB_EXTRACTOR and \
                    resolution.entry.label != "Organization":
                resolution = None  # «فريق روما»: the club, not the city (kg.ner.club_places)
            if resolution is not None and not self._keeps(
                doc, mention, resolution, retyped, owners
            ):
                resolution = None
            if resolution is None:
                if mention.label == "Person":
                    persons.append(index)
                else:
                    key = ("name", mention.label, with_article(mention))
                    add(key, index, ClusterInfo(label=mention.label))
                continue
            entry = resolution.entry
            if entry.key in FOOTBALL_BODIES and self._about_football(doc):
                entry = self.gazetteer.entries.get(FOOTBALL_BODIES[entry.key], entry)
            if entry.label in _QUOTABLE_PLACES and quoted(doc, mention):
                entry = self._medium(mention.text) or entry
            if resolution.country is not None:
                key, cluster = self._country_body(entry, resolution.country)
                add(key, index, cluster)
            elif entry.generic:
                pending_generic.append((index, entry))
            else:
                if (
                    entry.seat_of
                    and entry.label == "City"
                    and self.government_reading(doc, mention)
                ):
                    entry = self.gazetteer.entry(entry.seat_of)
                add(("entry", entry.key), index, ClusterInfo(label=entry.label, entry=entry))

        for index, generic in pending_generic:
            key, cluster = self._bare_generic(doc, generic, info)
            add(key, index, cluster)

        cluster_persons(doc, mentions, persons, info, add)
        join_standing_governments(clusters, info)
        join_glued_prepositions(clusters)
        join_label_variants(clusters)
        join_place_variants(clusters)
        join_kind_nouns(clusters)
        join_short_names(clusters)
        join_body_variants(clusters)
        return build_entities(doc, mentions, clusters, info)

    def _keeps(
        self,
        doc: Document,
        mention: Mention,
        resolution: Resolution,
        retyped: set[str],
        owners: dict[str, set[str | None]],
    ) -> bool:
        """Whether a resolution survives the person rules: a mention made a person
        here is not the gazetteer's place («هاموند» after «فيليب هاموند»); a one-word
        name followed by «بن» is a given name («صالح بن عبدالرحمن»); a surname that a
        differently-named person of the document bears is that person's («المالكي»
        after «فايز المالكي», not Nouri al-Maliki)."""
        entry = resolution.entry
        if mention.id in retyped:
            return entry.label == "Person"
        if entry.label != "Person" or len(name_key(mention.text)) != 1:
            return True
        if followed_by_nasab(doc, mention):
            return False
        bearers = owners.get(person_words(mention.text)[-1], set())
        return not bearers - {entry.key}

    def _surname_owners(self, mentions: list[Mention]) -> dict[str, set[str | None]]:
        """For the last word of every person name of two words or more in the
        document, the gazetteer keys those names resolve to (None: unlisted)."""
        owners: dict[str, set[str | None]] = {}
        for mention in mentions:
            if mention.label != "Person":
                continue
            words = person_words(mention.text)
            if len(words) < 2:
                continue
            resolution = self.resolve_text(mention.text)
            key = resolution.entry.key if resolution is not None else None
            owners.setdefault(surname(words), set()).add(key)
        return owners

    def _named_keys(self, mentions: list[Mention]) -> set[str]:
        """Entries some mention names in full (not by a conditional short form)."""
        named: set[str] = set()
        for mention in mentions:
            resolution = self.resolve_text(mention.text)
            if resolution is not None and resolution.kind is AliasKind.NAME:
                named.add(resolution.entry.key)
        return named

    def _country_body(
        self, generic: GazetteerEntry, country: GazetteerEntry
    ) -> tuple[tuple[str, ...], ClusterInfo]:
        for entry in self.gazetteer.entries.values():
            if entry.instance_of == generic.key and entry.part_of == country.key:
                return ("entry", entry.key), ClusterInfo(label=entry.label, entry=entry)
        name_en = (
            f"{generic.name_en} of {country.name_en}"
            if generic.name_en and country.name_en
            else None
        )
        return ("generic", generic.key, country.key), ClusterInfo(
            label=generic.label, canonical=f"{generic.key}@{country.key}", name_en=name_en
        )

    def _body(self, mention: Mention) -> tuple[tuple[str, ...], ClusterInfo] | None:
        """A state body named by its head and its country's adjective (:mod:`kg.ner.bodies`):
        the gazetteer's body when the head is a generic one, else head and country."""
        if mention.extractor != BODIES_EXTRACTOR:
            return None
        reading = body_reading(mention.text, self.gazetteer)
        if reading is None:
            return None
        country = self.gazetteer.entry(reading.country)
        head = reading.head
        if head.generic is not None and head.generic in self.gazetteer.entries:
            return self._country_body(self.gazetteer.entry(head.generic), country)
        canonical = normalize_key(f"{head.construct} {country.name_ar}")
        name_en = f"{head.name_en} of {country.name_en}" if country.name_en else None
        return ("body", canonical), ClusterInfo(
            label=head.label, canonical=canonical, name_en=name_en
        )

    def _bare_generic(
        self, doc: Document, generic: GazetteerEntry, info: dict[tuple[str, ...], ClusterInfo]
    ) -> tuple[tuple[str, ...], ClusterInfo]:
        """«وزارة الخارجية» alone: the document's one explicit foreign ministry,
        else the ministry of its one country, else a document-scoped body."""
        explicit = {
            key
            for key, cluster in info.items()
            if (key[0] == "generic" and key[1] == generic.key)
            or (cluster.entry is not None and cluster.entry.instance_of == generic.key)
        }
        if len(explicit) == 1:
            key = next(iter(explicit))
            return key, info[key]
        countries = {
            cluster.entry.key
            for cluster in info.values()
            if cluster.entry is not None and cluster.entry.label == "Country"
        }
        if len(countries) == 1:
            return self._country_body(generic, self.gazetteer.entry(next(iter(countries))))
        return ("docgeneric", generic.key), ClusterInfo(
            label=generic.label, canonical=f"{doc.id}#{generic.key}"
        )
