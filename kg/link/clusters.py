"""From clusters of mentions to entities (for :mod:`kg.link.linker`).

The linker groups mentions under cluster keys (a gazetteer entry, a body of a country, a
person's canonical name, a class and a normalised name); here the clusters that name the
same entity are joined (a name read with a glued preposition, a government named by its
standing, the unlinked persons a longer name or a linked person covers), and each cluster
becomes an :class:`kg.model.Entity` with its deterministic id (:func:`build_entities`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from kg.gazetteer.extractors import BODIES_EXTRACTOR
from kg.gazetteer.index import GazetteerEntry, name_key
from kg.ids import entity_id
from kg.link.coref import attach_short_names, person_words
from kg.link.lam_nouns import article_key, opens_with_lam_noun
from kg.link.retype import followed_by_nasab
from kg.link.translit import transliterate
from kg.model import Document, Entity, Mention
from kg.ontology.schema import entity_label
from kg.text.normalize import normalize_key

_GLUED_PREPOSITIONS = frozenset("لب")
_MIN_BARE_LETTERS = 4
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


@dataclass(slots=True)
class ClusterInfo:
    """What a cluster of mentions names: its class, and its gazetteer entry or its
    canonical name and English name."""

    label: str
    entry: GazetteerEntry | None = None
    canonical: str | None = None
    name_en: str | None = None


def join_glued_prepositions(clusters: dict[tuple[str, ...], list[int]]) -> None:
    """A name no one lists, read with a preposition glued to it («لغرابوف», «بغرابوف»),
    is the same name read bare elsewhere in the document («غرابوف»), of the same class."""
    for key in [k for k in clusters if k[0] == "name" and k[2][:1] in _GLUED_PREPOSITIONS]:
        bare = (key[0], key[1], key[2][1:])
        if len(bare[2]) >= _MIN_BARE_LETTERS and not bare[2].startswith("ال") and \
                bare in clusters:
            clusters[bare].extend(clusters.pop(key))


def join_standing_governments(
    clusters: dict[tuple[str, ...], list[int]], info: dict[tuple[str, ...], ClusterInfo]
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
            info[government] = ClusterInfo(
                label="GovernmentBody", canonical=canonical,
                name_en=f"Government of {country.name_en}" if country.name_en else None)
            governments = [government]
    if len(governments) != 1:
        return
    for key in standing:
        clusters[governments[0]].extend(clusters.pop(key))


def cluster_persons(
    doc: Document,
    mentions: list[Mention],
    persons: list[int],
    info: dict[tuple[str, ...], ClusterInfo],
    add: Callable[[tuple[str, ...], int, ClusterInfo], None],
) -> None:
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
    names = _unglued(names + [words for _, words in linked_people], len(names))
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
        add(("person", canonical), index, ClusterInfo(label="Person", canonical=canonical))


def _unglued(names: list[tuple[str, ...]], count: int) -> list[tuple[str, ...]]:
    """The first ``count`` of ``names`` with a one-word name read with a preposition glued
    to it («بسواريز», «لسواريز») read bare when the bare word ends a longer name of the
    document («لويس سواريز»): the same person, named after the verb's «ب» or «ل»."""
    ends = {words[-1] for words in names if len(words) >= 2}
    return [
        (words[0][1:],) if len(words) == 1 and words[0][:1] in _GLUED_PREPOSITIONS and
        len(words[0]) > _MIN_BARE_LETTERS and words[0][1:] in ends else words
        for words in names[:count]
    ]


def build_entities(
    doc: Document,
    mentions: list[Mention],
    clusters: dict[tuple[str, ...], list[int]],
    info: dict[tuple[str, ...], ClusterInfo],
) -> Document:
    """``doc`` with one entity a cluster (``clusters``: the indexes of ``mentions`` by
    cluster key, ``info``: what each cluster names) and ``Mention.entity_id`` set; the
    clusters whose ids agree become one entity."""
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
            if elided(longest) or (key[0] == "body" and elided_text(name)):
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
        merged.values(), key=lambda e: min(first_offset(e, linked_mentions), 10**12)
    )
    return doc.with_layers(
        "entities", "mentions", mentions=linked_mentions, entities=tuple(ordered)
    )


def first_offset(entity: Entity, mentions: tuple[Mention, ...]) -> int:
    ids = set(entity.mention_ids)
    return min((m.start for m in mentions if m.id in ids), default=0)


def elided_text(text: str) -> bool:
    """Whether a body's text opens with the «ل» left of «لل» + article («لحكومة»)."""
    return text.startswith("ل") and not text.startswith("ال") and not opens_with_lam_noun(text)


def elided(mention: Mention) -> bool:
    """A body mention (``ner.bodies``) cut out of «لل»: «لحكومة المعترف بها» of
    «للحكومة المعترف بها»; its name and identity take the article back."""
    return mention.extractor == BODIES_EXTRACTOR and elided_text(mention.text.strip())


def with_article(mention: Mention) -> str:
    """The key of a mention named by its words, with an elided article restored: the
    «ل» left of «لل» («لحكومة»), or a span that opens with the preposition and the
    article's lam («للزمالك», «للمارك»: «ل» + «الزمالك»; no name opens with «لل»)."""
    key = normalize_key(mention.text)
    lam_noun = article_key(key)
    if lam_noun is not None:
        return lam_noun
    if key.startswith("لل") and len(key) > 4 and " " not in key[:4]:
        return "ال" + key[2:]
    return "ا" + key if elided(mention) else key
