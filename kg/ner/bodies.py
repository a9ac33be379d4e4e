"""The ``ner.bodies`` stage: a state body named by a common noun and its country's adjective.

News names many actors by what they are and whose they are rather than by a
name: «الجيش الأمريكي», «الحكومة اليمنية», «الشرطة التركية», «المعارضة السورية»,
«وزارة الداخلية السعودية», «النيابة العامة المصرية». No NER tags them, yet they
say, condemn and strike. A head noun from a closed list (:data:`BODY_HEADS`)
right before a definite nationality adjective that agrees with it (derived
from the gazetteer's countries, :func:`nationality_adjectives`) is one mention
of that country's body. Precision comes first:

- the adjective follows the head directly, on the same line, spaces only;
- a title before the head makes the adjective the title's («وزيرة الخارجية
  السويدية», «رئيس الحكومة اليمنية»), a noun of kind makes the phrase a name
  («حزب القوات اللبنانية»): no body;
- a definite word right before a definite head makes the head its adjective
  («السياسة الخارجية السعودية», «الشؤون الداخلية اللبنانية»): no body;
- a distinguishing word after the adjective makes another body («الجيش السوري
  الحر», «الحكومة السورية المؤقتة»): no body;
- a mention that overlaps the phrase without lying inside it (a longer tagged
  name), or a gazetteer name of its own inside it, wins: no body.

«حكومة» right before a country's or a region's name is that place's government
(«حكومة إقليم كردستان», «حكومة اليمن», one body with «الحكومة اليمنية»).

The mentions inside the phrase (the adjective's country, a generic ministry)
give way to it, and so does the gazetteer's one mention of a generic body and
its adjective («النيابة العامة المصرية»). Bare heads («الحكومة») make nothing.
The linker gives the body
an identity made of its head and its country (:func:`body_reading`), so
«الجيش الأمريكي» and «للجيش الأميركي» are one entity, and a head that is a
gazetteer ``generic:*`` body (foreign, defence, interior ministries) is that
country's body as the gazetteer has it.
"""

from __future__ import annotations

from kg.gazetteer.bodies import (
    GOVERNED_LABELS,
    GOVERNMENT_OF,
    BodyReading,
    government_of,
    read_body,
)
from kg.gazetteer.extractors import ADJECTIVE_EXTRACTOR, BODIES_EXTRACTOR, EXTRACTOR
from kg.gazetteer.index import GazetteerIndex, default_gazetteer, name_key
from kg.gazetteer.matcher import first_word_forms
from kg.gazetteer.resources import KIND_NOUNS, TITLES
from kg.ids import mention_id
from kg.model import Document, Mention
from kg.pipeline import Stage, register_stage
from kg.text.words import WordView, document_words

CONFIDENCE_BODY = 0.8
_DISTINGUISHING = frozenset(name_key("الحر الحرة المؤقتة الانتقالية الموازية المنشقة السابق"
                                     " السابقة"))
"""Words after the adjective that make another body («الجيش السوري الحر»)."""
_TITLE_WORDS = frozenset(word for title in TITLES for word in name_key(title)) | frozenset(
    name_key("وزير وزيرة الوزير الوزيرة رئيس رئيسة وكيل وكيلة مدير مديرة قائد قائدة زعيم "
             "زعيمة متحدث متحدثة المتحدث المتحدثة ناطق ناطقة الناطق الناطقة")
)
"""Words before the head that make the adjective theirs («وزير الخارجية الأمريكي»)."""
_KIND_WORDS = frozenset(word for noun in KIND_NOUNS for word in name_key(noun))
"""Nouns of a body's kind before its own name («حزب القوات اللبنانية»)."""


def body_mentions(doc: Document, gazetteer: GazetteerIndex | None = None) -> Document:
    """``doc`` with a mention for every body phrase (see the module docstring); the
    mentions inside a phrase give way to it."""
    gazetteer = gazetteer or default_gazetteer()
    words = document_words(doc)
    texts = words.texts
    found: list[tuple[int, int, BodyReading]] = []
    index = 0
    while index < len(texts) - 1:
        reading = read_body(texts, index, gazetteer)
        if reading is None or not _stands(words, index, reading):
            index += 1
            continue
        start = words.view.origin[words.view_starts[index] + reading.skipped]
        found.append((start, words.ends[index + reading.length - 1], reading))
        index += reading.length
    found.extend(_governments(doc, words, gazetteer))
    if not found:
        return doc
    mentions = list(doc.mentions)
    added: list[Mention] = []
    for start, end, reading in found:
        if reading.head.generic is not None:
            # «النيابة العامة المصرية», a generic body and its adjective the gazetteer
            # read as one mention: the same body, read here; a curated name stays
            mentions = [m for m in mentions if not (
                (m.start, m.end) == (start, end) and m.extractor == EXTRACTOR
                and not gazetteer.lookup(m.text))]
        if reading.head is not GOVERNMENT_OF and not _free(mentions, start, end, gazetteer):
            continue
        sentence = next((s.index for s in doc.sentences if s.start <= start < s.end), None)
        if sentence is None or end > doc.sentences[sentence].end:
            continue
        mentions = [m for m in mentions if not (start <= m.start and m.end <= end)]
        added.append(Mention(
            id=mention_id(doc.id, start, end), start=start, end=end, text=doc.text[start:end],
            label=reading.head.label, extractor=BODIES_EXTRACTOR, confidence=CONFIDENCE_BODY,
            sentence_index=sentence,
        ))
    if not added:
        return doc
    merged = sorted(mentions + added, key=lambda m: (m.start, m.end))
    return doc.with_layers("mentions", mentions=tuple(merged))


def _governments(doc: Document, words: WordView,
                 gazetteer: GazetteerIndex) -> list[tuple[int, int, BodyReading]]:
    """«حكومة إقليم كردستان», «وحكومة اليمن»: «حكومة» right before a country's or a
    region's gazetteer name (no proclitic on it), on one line: that place's government,
    one body with «الحكومة اليمنية» (:func:`kg.gazetteer.bodies.government_of`)."""
    places = [m for m in doc.mentions
              if m.extractor == EXTRACTOR and m.label in GOVERNED_LABELS]
    if not places:
        return []
    index_at = {start: index for index, start in enumerate(words.starts)}
    texts = words.texts
    found: list[tuple[int, int, BodyReading]] = []
    for place in places:
        index = index_at.get(place.start)
        if not index:
            continue
        head = texts[index - 1]
        forms = [(form, skipped) for form, skipped in first_word_forms(head)
                 if form == GOVERNMENT_OF.words[0]]
        gap = words.view.text[words.view_ends[index - 1]:words.view_starts[index]]
        if not forms or not gap.isspace() or "\n" in gap or \
                (index > 1 and texts[index - 2] in _TITLE_WORDS and forms[0][1] == 0):
            continue
        span_words = name_key(doc.text[place.start:place.end])
        key = government_of((GOVERNMENT_OF.words[0], *span_words), gazetteer)
        if key is None:
            continue
        start = words.view.origin[words.view_starts[index - 1] + forms[0][1]]
        found.append((start, place.end, BodyReading(GOVERNMENT_OF, key, forms[0][1],
                                                    1 + len(span_words))))
    return found


def _stands(words: WordView, index: int, reading: BodyReading) -> bool:
    """The phrase is one line of words separated by spaces, no title before its head and
    no distinguishing word after its adjective."""
    last = index + reading.length - 1
    view = words.view.text
    for position in range(index, last):
        gap = view[words.view_ends[position]:words.view_starts[position + 1]]
        if not gap.isspace() or "\n" in gap:
            return False
    texts = words.texts
    if index > 0 and (texts[index - 1] in _TITLE_WORDS or texts[index - 1] in _KIND_WORDS):
        gap = view[words.view_ends[index - 1]:words.view_starts[index]]
        if gap.isspace() and reading.skipped == 0:
            return False
    if index > 0 and _definite(texts[index - 1]) and texts[index].startswith("ال"):
        gap = view[words.view_ends[index - 1]:words.view_starts[index]]
        if gap.isspace():
            return False  # «السياسة الخارجية السعودية», «القوة البحرية»: an adjective
    if last + 1 < len(texts) and texts[last + 1] in _DISTINGUISHING:
        gap = view[words.view_ends[last]:words.view_starts[last + 1]]
        if gap.isspace():
            return False
    return True


def _definite(word: str) -> bool:
    """«السياسة», «والشؤون»: a definite word with no preposition before it."""
    return word.removeprefix("و").removeprefix("ف").startswith("ال") and len(word) > 4


def _free(mentions: list[Mention], start: int, end: int, gazetteer: GazetteerIndex) -> bool:
    """No mention overlaps the phrase without lying inside it, and no gazetteer name
    inside it is more than a country or a generic body (a curated body is its own)."""
    for mention in mentions:
        if mention.end <= start or end <= mention.start:
            continue
        if not (start <= mention.start and mention.end <= end):
            return False
        if mention.extractor == EXTRACTOR and mention.label != "Country":
            refs = gazetteer.lookup(mention.text)
            if not refs or not all(gazetteer.entry(r.key).generic for r in refs
                                   if r.key in gazetteer.entries):
                return False
        if mention.extractor not in (EXTRACTOR, ADJECTIVE_EXTRACTOR) and \
                (mention.start, mention.end) != (start, end) and mention.label not in \
                ("Country", "GovernmentBody", "Organization", "Miscellaneous"):
            return False
    return True


@register_stage("ner.bodies")
class BodiesNERStage(Stage):
    """Adds the mentions of state bodies named by a head noun and a nationality
    adjective (see the module docstring); runs after the name taggers."""

    requires = frozenset({"sentences", "words", "mentions"})
    provides = frozenset({"mentions"})

    def __init__(self, gazetteer: GazetteerIndex | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()

    def __call__(self, doc: Document) -> Document:
        return body_mentions(doc, self.gazetteer)
