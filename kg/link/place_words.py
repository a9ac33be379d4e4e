"""A word the document uses as a place stays a place: no surname, no given name of it.

Two readings turn a place into a person in the linker (:mod:`kg.link.retype`): a
one-word place whose word is the family name of a person of the document
(«أوباما» after «باراك أوباما»), and a place after a given name («جورج واشنطن»).
Both fail on a place the document itself shows as a place:

- a word that stands as a place after a locative or a place noun somewhere in the
  document («في الاحساء», «بمحافظة الاحساء») is that place wherever it stands alone;
  one tagger slip («استرد الملك عبدالعزيز الاحساء» read as one person) gives no
  family name that makes every «الاحساء» a person;
- a title of a place's office («أمين» of a municipality, «أمير» of a region,
  «محافظ», «عمدة», «حاكم», «والي») before a place names the office of that place
  («أمين جدة»: the mayor of Jeddah), not a man called Amin: the place stays a
  place, and a person mention made of the title and the place is cut to the place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from kg.gazetteer.index import name_key
from kg.gazetteer.resources import LOCATIVES, PLACE_CUES
from kg.ids import mention_id
from kg.model import Document, Mention
from kg.ontology.schema import entity_label
from kg.text.normalize import normalize_key

PLACE_LABELS = frozenset({"City", "Region", "Place", "Country"})
OFFICE_TITLES = frozenset(name_key("أمين أمير محافظ عمدة حاكم والي"))
"""Titles of a place's office, which take the place as their genitive («أمين جدة»)."""
_CUES = frozenset(word for w in (*LOCATIVES, *PLACE_CUES) for word in name_key(w))
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def _before(doc: Document, start: int) -> str:
    found = _WORD_BEFORE.search(doc.text, max(0, start - 40), start)
    return normalize_key(found.group(1)) if found else ""


def _glued(doc: Document, start: int) -> str:
    first = start
    while first > 0 and doc.text[first - 1].isalpha():
        first -= 1
    return normalize_key(doc.text[first:start])


def located(doc: Document, mention: Mention) -> bool:
    """The mention stands where a place stands: after a locative or a place noun
    (with its own clitics: «بمحافظة»), or with a glued «ب/ل»."""
    before = _before(doc, mention.start)
    bare = before.lstrip("وف")
    if before in _CUES or bare in _CUES or (bare[:1] in "بل" and bare[1:] in _CUES):
        return True
    return _glued(doc, mention.start).lstrip("وف") in {"ب", "ل", "لل"}


def document_places(doc: Document, mentions: Iterable[Mention]) -> frozenset[str]:
    """The one-word places the document shows as places (:func:`located`)."""
    return frozenset(
        words[0]
        for mention in mentions
        if mention.label in PLACE_LABELS
        for words in (name_key(mention.text),)
        if len(words) == 1 and located(doc, mention)
    )


def after_office_title(doc: Document, mention: Mention) -> bool:
    """The place follows a title of its office («أمين جدة», «محافظ الخبر»)."""
    return _before(doc, mention.start).removeprefix("و") in OFFICE_TITLES and \
        not _glued(doc, mention.start)


def office_place(doc: Document, mention: Mention, places: frozenset[str],
                 labels: dict[str, str]) -> Mention:
    """A person mention «TITLE PLACE» («أمين الاحساء») whose second word the
    document shows as a place: the place, with that place's class."""
    words = name_key(mention.text)
    if mention.label != "Person" or len(words) != 2 or \
            words[0].removeprefix("و") not in OFFICE_TITLES or words[1] not in places:
        return mention
    found = re.search(r"\s+", mention.text)
    if found is None:
        return mention
    start = mention.start + found.end()
    return replace(mention, id=mention_id(doc.id, start, mention.end), start=start,
                   text=doc.text[start:mention.end],
                   label=entity_label(labels.get(words[1], "Place")))


def place_labels(mentions: Iterable[Mention]) -> dict[str, str]:
    """One-word place -> its class, as its mentions give it."""
    return {words[0]: mention.label for mention in mentions
            if mention.label in PLACE_LABELS
            for words in (name_key(mention.text),) if len(words) == 1}
