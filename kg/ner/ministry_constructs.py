"""«وزارة خارجية مملكة البحرين»: a sovereign ministry in construct with its country's name.

«وزارة» (proclitics allowed: «ووزارة», «لوزارة»), a field in the construct state
(«خارجية», «داخلية», «دفاع»), the word of the state at most («مملكة», «دولة») and a
country the gazetteer tagged, one run on one line: one mention of that country's ministry,
the body «وزارة الخارجية البحرينية» names too (:mod:`kg.gazetteer.ministries_of`). A title
right before («وكيل وزارة خارجية البحرين») keeps the phrase whole for the title.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.gazetteer.bodies import BodyReading, body_reading
from kg.gazetteer.extractors import EXTRACTOR
from kg.gazetteer.index import GazetteerIndex
from kg.gazetteer.matcher import first_word_forms
from kg.gazetteer.ministries_of import FIELDS, MINISTRY, STATE_WORDS
from kg.model import Document
from kg.text.words import WordView


def ministries_of(doc: Document, words: WordView, gazetteer: GazetteerIndex,
                  after_title: Callable[[int], bool]) -> list[tuple[int, int, BodyReading]]:
    """(start, end, reading) of each «وزارة خارجية [مملكة] X» before a tagged country X."""
    index_at = {start: index for index, start in enumerate(words.starts)}
    texts = words.texts
    found: list[tuple[int, int, BodyReading]] = []
    for place in doc.mentions:
        if place.extractor != EXTRACTOR or place.label != "Country":
            continue
        index = index_at.get(place.start)
        if index is None or index < 2:
            continue
        field = index - 1 if texts[index - 1] in FIELDS else index - 2
        if field < 1 or texts[field] not in FIELDS or \
                (field == index - 2 and texts[index - 1] not in STATE_WORDS):
            continue
        head = field - 1
        forms = [skipped for form, skipped in first_word_forms(texts[head]) if form == MINISTRY]
        if not forms or after_title(head) or not words.one_line(head, index):
            continue
        start = words.view.origin[words.view_starts[head] + forms[0]]
        reading = body_reading(doc.text[start:place.end], gazetteer)
        if reading is not None:
            found.append((start, place.end, reading))
    return found
