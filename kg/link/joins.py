"""Joins of name clusters that are one organisation read two ways in one document.

The linker groups a name no one lists by class and normalised text
(``("name", label, text)``). Two readings of one organisation then fall apart:

- the same name with a general and a specific class: «سبق» read once as an
  Organization and twice as a MediaOrganization is one paper. A name read as a
  plain Organization joins the one cluster of the same text whose class is a
  kind of organisation (a newspaper, a government body, a party); with two such
  clusters it is left alone.
- a name with and without its kind noun: «نادي ليفربول» and «ليفربول», «شركة
  سابك» and «سابك», «صحيفة سبق» and «سبق», both read as organisations, are one
  club, company or paper. The bare cluster joins the one cluster that is the
  kind noun + the same text. A bare name read as a place or a person is left
  alone (the linker's gazetteer decides those).
- the same place name read as a general Place and as a City, a Region or a Country
  (:func:`join_place_variants`) is one place, of the specific class.
- a foreign organisation's name cut to one of its words: «نيوز» after «عرب نيوز»,
  «بايرن» after «بايرن ميونيخ». A one-word organisation name with no article (an
  Arabic common noun with the article, «الاتحاد» of «الاتحاد الأوروبي», is left
  alone) joins the one longer organisation name of the document that opens or ends
  with it; with two such names («يونايتد» of «مانشستر يونايتد» and «نيوكاسل
  يونايتد») it is left alone.
"""

from __future__ import annotations

from kg.ontology.schema import subclasses
from kg.text.normalize import normalize_key

ORGANIZATION_CLASSES = frozenset(subclasses("Organization"))
"""The classes that are kinds of organisation (Organization included)."""

KIND_NOUNS = frozenset(normalize_key(w) for w in (
    "نادي", "شركة", "صحيفة", "جريدة", "قناة", "فريق", "مؤسسة", "بنك", "مصرف", "مجموعة",
))
"""Nouns that name an organisation's kind before its proper name: «نادي ليفربول»."""

Clusters = dict[tuple[str, ...], list[int]]


def join_label_variants(clusters: Clusters) -> None:
    """Join a plain-Organization name cluster to the one more specific organisation
    cluster of the same text («سبق» Organization into «سبق» MediaOrganization)."""
    by_text: dict[str, list[tuple[str, ...]]] = {}
    for key in clusters:
        if key[0] == "name" and key[1] in ORGANIZATION_CLASSES:
            by_text.setdefault(key[2], []).append(key)
    for keys in by_text.values():
        plain = [k for k in keys if k[1] == "Organization"]
        specific = [k for k in keys if k[1] != "Organization"]
        if len(plain) == 1 and len(specific) == 1:
            clusters[specific[0]].extend(clusters.pop(plain[0]))


_SPECIFIC_PLACES = frozenset({"City", "Region", "Country"})


def join_place_variants(clusters: Clusters) -> None:
    """Join a plain-Place name cluster to the one more specific place cluster of the
    same text («كاليفورنيا» read once as a Place, once as a Region: one state). A name
    read as two specific places (a City and a Region) is left alone."""
    by_text: dict[str, list[tuple[str, ...]]] = {}
    for key in clusters:
        if key[0] == "name" and (key[1] == "Place" or key[1] in _SPECIFIC_PLACES):
            by_text.setdefault(key[2], []).append(key)
    for keys in by_text.values():
        plain = [k for k in keys if k[1] == "Place"]
        specific = [k for k in keys if k[1] != "Place"]
        if len(plain) == 1 and len(specific) == 1:
            clusters[specific[0]].extend(clusters.pop(plain[0]))


def join_kind_nouns(clusters: Clusters) -> None:
    """Join a bare organisation name cluster to the one cluster that is a kind noun
    + the same name («ليفربول» into «نادي ليفربول»)."""
    prefixed: dict[str, list[tuple[str, ...]]] = {}
    for key in clusters:
        if key[0] != "name" or key[1] not in ORGANIZATION_CLASSES:
            continue
        head, _, rest = key[2].partition(" ")
        if head in KIND_NOUNS and rest:
            prefixed.setdefault(rest, []).append(key)
    for key in [k for k in clusters if k[0] == "name" and k[1] in ORGANIZATION_CLASSES]:
        targets = prefixed.get(key[2], [])
        if len(targets) == 1 and key in clusters and targets[0] in clusters:
            clusters[targets[0]].extend(clusters.pop(key))


_MIN_SHORT_LETTERS = 4


def join_short_names(clusters: Clusters) -> None:
    """Join a one-word organisation name without the article to the one longer
    organisation name that opens or ends with it («نيوز» into «عرب نيوز»)."""
    longer: dict[str, set[tuple[str, ...]]] = {}
    for key in clusters:
        if key[0] != "name" or key[1] not in ORGANIZATION_CLASSES:
            continue
        words = key[2].split()
        if len(words) > 1:
            longer.setdefault(words[0], set()).add(key)
            longer.setdefault(words[-1], set()).add(key)
    for key in [k for k in clusters if k[0] == "name" and k[1] in ORGANIZATION_CLASSES]:
        word = key[2]
        if " " in word or word.startswith("ال") or len(word) < _MIN_SHORT_LETTERS or \
                word in KIND_NOUNS:
            continue
        targets = longer.get(word, set())
        if len(targets) == 1:
            target = next(iter(targets))
            if target in clusters and key in clusters:
                clusters[target].extend(clusters.pop(key))
