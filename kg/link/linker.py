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
document's support (:func:`_titled`), «الاتحاد الأوروبي» in a football report is UEFA, a
quoted place name a listed paper bears is the paper, and a government named by its
standing joins its country's (:func:`_join_standing_governments`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.gazetteer.bodies import body_reading
from kg.gazetteer.extractors import BODIES_EXTRACTOR, CLUB_EXTRACTOR, GAZETTEER_EXTRACTORS
from kg.gazetteer.index import (
    AliasKind,
    AliasRef,
    GazetteerEntry,
    GazetteerIndex,
    default_gazetteer,
    name_key,
)
from kg.gazetteer.matcher import Matcher
from kg.gazetteer.resources import LOCATIVES, MEMBER_CUES, PLACE_CUES, STANCE_VERBS, TITLES
from kg.ids import entity_id
from kg.link.body_joins import join_body_variants
from kg.link.company_names import company_names
from kg.link.coref import attach_short_names, person_words, surname
from kg.link.joins import (
    join_kind_nouns,
    join_label_variants,
    join_place_variants,
    join_short_names,
)
from kg.link.lam_nouns import article_key, opens_with_lam_noun
from kg.link.nonactors import without_currencies
from kg.link.overlaps import resolve_overlaps
from kg.link.products import product_names
from kg.link.quoted import without_quoted_kinds
from kg.link.quoted_names import quoted_names
from kg.link.retype import followed_by_nasab, retype_mentions
from kg.link.translit import transliterate
from kg.model import Document, Entity, Mention
from kg.ontology.schema import entity_label
from kg.text.normalize import normalize_key

_TITLE_KEYS = frozenset(word for title in TITLES for word in name_key(title))
_LOCATIVE_KEYS = frozenset(word for w in LOCATIVES for word in name_key(w))
_PLACE_CUE_KEYS = frozenset(word for w in PLACE_CUES for word in name_key(w))
_STANCE_KEYS = frozenset(word for w in STANCE_VERBS for word in name_key(w))
_CONTEXT_CHARS = 40
_ADVERB_KEYS = frozenset(name_key("أمس اليوم بشدة بدورها أيضا مجددا"))
"""Words that may stand between a stance verb and the capital that is its subject."""
_RULE_KEYS = frozenset(name_key("حكومة سلطات نظام"))
"""Nouns of rule before a capital: «حكومة كييف» is Ukraine's government, not the city."""
_LINK_KEYS = frozenset(normalize_key(word) for word in ("بن", "ابن", "بنت", "آل"))
_MIN_NISBA_LETTERS = 4
_GLUED_PREPOSITIONS = frozenset("لب")
_MIN_BARE_LETTERS = 4
_QUOTABLE_PLACES = frozenset({"Region", "City", "Place", "Country"})
_MEDIA_KINDS = ("صحيفة", "جريدة", "قناة")
"""A place's name in quotation marks that a listed paper or channel bears is that
medium: the press quotes the names of papers («علمت «الشرق الأوسط»»), not of regions."""
_OPENING_QUOTES = frozenset('«"“')
_CLOSING_QUOTES = frozenset('»"”')
_STANDING_GOVERNMENTS = tuple(
    normalize_key(w) for w in ("الحكومة الشرعية", "حكومة الشرعية", "الحكومة المعترف بها")
)
"""A government named by its standing, not its country (:mod:`kg.ner.bodies` finds them)."""
_GOVERNMENT_CONSTRUCT = normalize_key("حكومة") + " "
CONTESTED_GOVERNMENTS = frozenset({"YEM", "LBY"})
"""Countries whose government the news names by its standing: «الحكومة الشرعية» (Yemen's,
against the Houthis), «الحكومة المعترف بها دوليا» (Libya's, against Tripoli's; also
Yemen's). A standing government in a document that names one of them, and no government
by its country, is that country's."""
FOOTBALL_BODIES = {"org:eu": "org:uefa"}
"""Political bodies whose short name a football body shares: in a report on football,
«الاتحاد الأوروبي» («رئيس الاتحاد الأوروبي ميشال بلاتيني») is UEFA, not the EU."""
_FOOTBALL_CUES = tuple(
    normalize_key(w) for w in ("كرة القدم", "فيفا", "يويفا", "دوري أبطال أوروبا")
)
_POLITICAL_CUES = tuple(
    normalize_key(w) for w in ("المفوضية الأوروبية", "بروكسل", "البرلمان الأوروبي", "الدول الأعضاء")
)
_TITLE_REACH = 3
_TITLE_STOPS = frozenset('.!?؟:«»"“”')
_FOLLOWER_KEYS = frozenset(word for w in MEMBER_CUES for word in name_key(w)) | frozenset(
    name_key("جيش نظام حكومة أنصار مؤيدي أتباع الموالين")
)
"""Nouns of the forces, followers or rule of a leader named after them («قوات صالح»)."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a mention's text names in the gazetteer."""

    entry: GazetteerEntry
    kind: AliasKind
    country: GazetteerEntry | None = None
    """For a generic body with a nationality adjective: the country."""


class Linker:
    """Links the mentions of documents; one instance serves many documents."""

    def __init__(self, gazetteer: GazetteerIndex | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.matcher = Matcher(self.gazetteer)
        self._cache: dict[str, Resolution | None] = {}
        self._football: tuple[str | None, bool] = (None, False)

    # -- one mention --------------------------------------------------------------

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
            if index not in covered and words[index] not in _TITLE_KEYS:
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
        ``doc`` (:func:`_titled`). «وأكد صالح» in a report that quotes «صالح بن أحمد» is not the
        Yemeni president."""
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
                     and (doc is None or not _titled(doc, mention))))
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

    # -- context ------------------------------------------------------------------

    def government_reading(self, doc: Document, mention: Mention) -> bool:
        """Whether a capital stands for its country's government here:
        «قالت واشنطن», «واشنطن ترفض», «ورفضت أمس موسكو» yes; «في واشنطن», «بواشنطن», «العاصمة
        الأمريكية واشنطن» no."""
        text = doc.text
        word_start = mention.start
        while (
            word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1].isalpha()
        ):
            word_start -= 1
        attached = normalize_key(text[word_start : mention.start])
        if "ب" in attached or "ل" in attached[-1:]:
            return False
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line_end = len(text) if line_end < 0 else line_end
        before = name_key(text[max(line_start, word_start - _CONTEXT_CHARS) : word_start])
        after = name_key(text[mention.end : min(line_end, mention.end + _CONTEXT_CHARS)])
        previous = [_strip_conjunction(word) for word in before[-2:]]
        if previous and (previous[-1] in _LOCATIVE_KEYS or previous[-1] in _PLACE_CUE_KEYS):
            return False
        if any(word in _PLACE_CUE_KEYS for word in previous):
            return False
        if previous and (previous[-1] in _STANCE_KEYS or previous[-1] in _RULE_KEYS):
            return True  # «قالت واشنطن», «حكومة كييف»
        if len(previous) == 2 and previous[0] in _STANCE_KEYS and self._is_seat(before[-1]):
            return True  # «وحذرت واشنطن طهران»: the capital after a capital that holds a stance
        if len(previous) == 2 and previous[0] in _STANCE_KEYS and previous[1] in _ADVERB_KEYS:
            return True  # «ورفضت أمس موسكو»: a time or manner word after the verb
        return bool(after) and _strip_conjunction(after[0]) in _STANCE_KEYS

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
            key = normalize_key(doc.text)
            self._football = (doc.text, any(cue in key for cue in _FOOTBALL_CUES) and
                              not any(cue in key for cue in _POLITICAL_CUES))
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
        info: dict[tuple[str, ...], _ClusterInfo] = {}
        pending_generic: list[tuple[int, GazetteerEntry]] = []
        persons: list[int] = []

        def add(key: tuple[str, ...], index: int, cluster: _ClusterInfo) -> None:
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
                    key = ("name", mention.label, _with_article(mention))
                    add(key, index, _ClusterInfo(label=mention.label))
                continue
            entry = resolution.entry
            if entry.key in FOOTBALL_BODIES and self._about_football(doc):
                entry = self.gazetteer.entries.get(FOOTBALL_BODIES[entry.key], entry)
            if entry.label in _QUOTABLE_PLACES and _quoted(doc, mention):
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
                add(("entry", entry.key), index, _ClusterInfo(label=entry.label, entry=entry))

        for index, generic in pending_generic:
            key, cluster = self._bare_generic(doc, generic, info)
            add(key, index, cluster)

        self._cluster_persons(doc, mentions, persons, clusters, info, add)
        _join_standing_governments(clusters, info)
        _join_glued_prepositions(clusters)
        join_label_variants(clusters)
        join_place_variants(clusters)
        join_kind_nouns(clusters)
        join_short_names(clusters)
        join_body_variants(clusters)
        return self._build(doc, mentions, clusters, info)

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
    ) -> tuple[tuple[str, ...], _ClusterInfo]:
        for entry in self.gazetteer.entries.values():
            if entry.instance_of == generic.key and entry.part_of == country.key:
                return ("entry", entry.key), _ClusterInfo(label=entry.label, entry=entry)
        name_en = (
            f"{generic.name_en} of {country.name_en}"
            if generic.name_en and country.name_en
            else None
        )
        return ("generic", generic.key, country.key), _ClusterInfo(
            label=generic.label, canonical=f"{generic.key}@{country.key}", name_en=name_en
        )

    def _body(self, mention: Mention) -> tuple[tuple[str, ...], _ClusterInfo] | None:
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
        return ("body", canonical), _ClusterInfo(
            label=head.label, canonical=canonical, name_en=name_en
        )

    def _bare_generic(
        self, doc: Document, generic: GazetteerEntry, info: dict[tuple[str, ...], _ClusterInfo]
    ) -> tuple[tuple[str, ...], _ClusterInfo]:
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
        return ("docgeneric", generic.key), _ClusterInfo(
            label=generic.label, canonical=f"{doc.id}#{generic.key}"
        )

    def _cluster_persons(self, doc, mentions, persons, clusters, info, add) -> None:  # type: ignore[no-untyped-def]
        """Unlinked person mentions: join linked people or longer names they shorten."""
        linked_people = [
            (key, person_words(cluster.entry.name_ar))
            for key, cluster in info.items()
            if cluster.entry is not None and cluster.entry.label == "Person"
        ]
        # «صالح بن عبدالرحمن»: a given name before «بن» shortens no other name.
        names = [
            () if followed_by_nasab(doc, mentions[index]) else person_words(mentions[index].text)
            for index in persons
        ]
        all_names = names + [words for _, words in linked_people]
        links = attach_short_names(all_names)
        groups: dict[int, int] = {}
        for position in range(len(persons)):
            root = position
            seen = set()
            while root in links and root not in seen:
                seen.add(root)
                root = links[root]
            groups[position] = root
        for position, index in enumerate(persons):
            root = groups[position]
            if root >= len(persons):
                key = linked_people[root - len(persons)][0]
                add(key, index, info[key])
                continue
            canonical = " ".join(names[root]) or normalize_key(mentions[index].text)
            add(("person", canonical), index, _ClusterInfo(label="Person", canonical=canonical))

    def _build(
        self,
        doc: Document,
        mentions: list[Mention],
        clusters: dict[tuple[str, ...], list[int]],
        info: dict[tuple[str, ...], _ClusterInfo],
    ) -> Document:
        entities: list[Entity] = []
        entity_of: dict[int, Entity] = {}
        for key, indexes in clusters.items():
            cluster = info[key]
            members = [mentions[i] for i in indexes]
            entry = cluster.entry
            if entry is not None:
                label, name, name_en, qid = entry.label, entry.name_ar, entry.name_en, entry.qid
                canonical = normalize_key(entry.name_ar)
            else:
                label = cluster.label
                if key[0] == "name":  # the cluster's own class, also after a join
                    label = key[1]
                longest = max(members, key=lambda m: (
                    len(name_key(m.text)),
                    key[0] == "name" and normalize_key(m.text) == key[2],  # «تويتر», not «بتويتر»
                    -m.start))
                name = longest.text.strip()
                if _elided(longest) or (key[0] == "body" and _elided_text(name)):
                    name = "ا" + name  # «للحكومة اليمنية»: the article's alef, elided after «ل»
                elif key[0] == "name" and key[2].startswith("ال") and \
                        normalize_key(name).startswith("لل"):
                    name = "ال" + name[2:]  # «للزمالك» alone: the club «الزمالك»
                name_en, qid = cluster.name_en, None
                canonical = cluster.canonical or normalize_key(name)
            ident = entity_id(label, canonical, qid)
            aliases = tuple(sorted({m.text for m in members} - {name}))
            entity = Entity(
                id=ident,
                label=entity_label(label),
                name=name,
                name_en=name_en,
                qid=qid,
                transliteration=transliterate(name),
                aliases=aliases,
                mention_ids=tuple(m.id for m in members),
            )
            entities.append(entity)
            for i in indexes:
                entity_of[i] = entity
        merged: dict[str, Entity] = {}
        for entity in entities:
            if entity.id in merged:
                prior = merged[entity.id]
                entity = replace(
                    prior,
                    aliases=tuple(
                        sorted(
                            (set(prior.aliases) | set(entity.aliases) | {entity.name})
                            - {prior.name}
                        )
                    ),
                    mention_ids=prior.mention_ids + entity.mention_ids,
                )
            merged[entity.id] = entity
        linked_mentions = tuple(
            replace(m, entity_id=entity_of[i].id, label=entity_of[i].label) if i in entity_of else m
            for i, m in enumerate(mentions)
        )
        ordered = sorted(
            merged.values(), key=lambda e: min(_first_offset(e, linked_mentions), 10**12)
        )
        return doc.with_layers(
            "entities", "mentions", mentions=linked_mentions, entities=tuple(ordered)
        )


@dataclass(slots=True)
class _ClusterInfo:
    label: str
    entry: GazetteerEntry | None = None
    canonical: str | None = None
    name_en: str | None = None


def _join_glued_prepositions(clusters: dict[tuple[str, ...], list[int]]) -> None:
    """A name no one lists, read with a preposition glued to it («لغرابوف», «بغرابوف»),
    is the same name read bare elsewhere in the document («غرابوف»), of the same class."""
    for key in [k for k in clusters if k[0] == "name" and k[2][:1] in _GLUED_PREPOSITIONS]:
        bare = (key[0], key[1], key[2][1:])
        if len(bare[2]) >= _MIN_BARE_LETTERS and not bare[2].startswith("ال") and \
                bare in clusters:
            clusters[bare].extend(clusters.pop(key))


def _join_standing_governments(
    clusters: dict[tuple[str, ...], list[int]], info: dict[tuple[str, ...], _ClusterInfo]
) -> None:
    """A government named by its standing («الحكومة الشرعية», «الحكومة المعترف بها دوليا»)
    is the document's one government named by its country («الحكومة اليمنية», «الحكومة
    الليبية»), or with none, the government of the one contested country the document
    names (:data:`CONTESTED_GOVERNMENTS`); else it stays a body of its own."""
    standing = [key for key in clusters
                if key[0] == "name" and key[2].startswith(_STANDING_GOVERNMENTS)]
    if not standing:
        return
    governments = [key for key in clusters if key[0] == "body" and
                   (info[key].canonical or "").startswith(_GOVERNMENT_CONSTRUCT)]
    if not governments:
        contested = {cluster.entry for key, cluster in info.items() if key in clusters and
                     cluster.entry is not None and cluster.entry.key in CONTESTED_GOVERNMENTS}
        if len(contested) == 1:
            country = next(iter(contested))
            canonical = _GOVERNMENT_CONSTRUCT + normalize_key(country.name_ar)
            government = ("body", canonical)
            clusters[government] = []
            info[government] = _ClusterInfo(
                label="GovernmentBody", canonical=canonical,
                name_en=f"Government of {country.name_en}" if country.name_en else None)
            governments = [government]
    if len(governments) != 1:
        return
    for key in standing:
        clusters[governments[0]].extend(clusters.pop(key))


def _quoted(doc: Document, mention: Mention) -> bool:
    """Whether the mention is a whole quoted name: «لـ«الشرق الأوسط»», «قناة "الجزيرة"»."""
    return doc.text[mention.start - 1 : mention.start] in _OPENING_QUOTES and \
        doc.text[mention.end : mention.end + 1] in _CLOSING_QUOTES and mention.start > 0 and \
        mention.end < len(doc.text)


def _titled(doc: Document, mention: Mention) -> bool:
    """Whether a title is among the three words before the mention, on its line and
    with no stop or quotation mark between (as :mod:`kg.ner.gazetteer` reads it), or a
    noun of the forces or the rule a leader has stands right before it («قوات صالح»,
    «جيش الأسد», «نظام الأسد»)."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    before = doc.text[max(line_start, mention.start - _CONTEXT_CHARS) : mention.start]
    cut = max((before.rfind(char) for char in _TITLE_STOPS), default=-1)
    words = name_key(before[cut + 1 :])[-_TITLE_REACH:]
    if words and before[cut + 1 :].rstrip() != before[cut + 1 :] and \
            _strip_conjunction(words[-1]) in _FOLLOWER_KEYS:
        return True
    return any(_strip_conjunction(word) in _TITLE_KEYS or word in _TITLE_KEYS for word in words)


def _strip_conjunction(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def _first_offset(entity: Entity, mentions: tuple[Mention, ...]) -> int:
    ids = set(entity.mention_ids)
    return min((m.start for m in mentions if m.id in ids), default=0)


def _elided_text(text: str) -> bool:
    """Whether a body's text opens with the «ل» left of «لل» + article («لحكومة»)."""
    return text.startswith("ل") and not text.startswith("ال") and not opens_with_lam_noun(text)


def _elided(mention: Mention) -> bool:
    """A body mention (``ner.bodies``) cut out of «لل»: «لحكومة المعترف بها» of
    «للحكومة المعترف بها»; its name and identity take the article back."""
    return mention.extractor == BODIES_EXTRACTOR and _elided_text(mention.text.strip())


def _with_article(mention: Mention) -> str:
    """The key of a mention named by its words, with an elided article restored: the
    «ل» left of «لل» («لحكومة»), or a span that opens with the preposition and the
    article's lam («للزمالك», «للمارك»: «ل» + «الزمالك»; no name opens with «لل»)."""
    key = normalize_key(mention.text)
    lam_noun = article_key(key)
    if lam_noun is not None:
        return lam_noun
    if key.startswith("لل") and len(key) > 4 and " " not in key[:4]:
        return "ال" + key[2:]
    return "ا" + key if _elided(mention) else key
