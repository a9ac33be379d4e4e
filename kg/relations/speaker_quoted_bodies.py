"""A quoted name right after a reporting verb is its speaker: «حيث قالت «طيران الإمارات» إنه».

Gulf news sets the short name of a company, a club or a body in quotation marks and puts it
right after the verb: «وقالت «طيران الإمارات» إن عدد الركاب ...», «وأوضحت "الصحة" أن».
When the marks open right after the verb, enclose at most four words, and close right
before «أن» / «إن» (or a colon), the quoted words are the verb's subject. A tagged agent
that fills the marks exactly speaks as itself; a person's surname named in full before is
that person; otherwise the words name an organisation the recogniser missed (a country or
a city inside the name, «الإمارات» in «طيران الإمارات», is part of it). A quotation that
runs on into the clause is the content («قال "سنفوز" ...»), not a name.
"""

from __future__ import annotations

from kg.relations.arguments import known_person
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.lexicon import COMPLEMENTIZERS
from kg.relations.speaker_readings import SPEAKER_LABELS, SpeakerReading, mention_speaker

_PAIRS = {"«": "»", '"': '"', "“": "”"}
_MOST_WORDS = 4


def quoted_speaker(context: Extraction, words: list[Word], position: int,
                   end: int) -> SpeakerReading | None:
    """The speaker named in quotation marks right after the verb ``words[position]``, when
    the marks close right before the content (``words[end]`` or its «أن»), or None."""
    first = position + 1
    if first >= min(end, len(words)):
        return None
    closing = _PAIRS.get(context.gap(words[position], words[first]).strip())
    if closing is None:
        return None
    last = next((at for at in range(first, min(end, len(words) - 1, first + _MOST_WORDS))
                 if context.gap(words[at], words[at + 1]).strip()), None)
    if last is None or context.gap(words[last], words[last + 1]).strip() not in \
            {closing, closing + ":", closing + " :"}:
        return None
    opens_content = last + 1 == end or (
        last + 2 == end and words[last + 1].norm.lstrip("و") in COMPLEMENTIZERS)
    if not opens_content or any(w.norm in COMPLEMENTIZERS for w in words[first:last + 1]):
        return None
    start, stop = words[first].start, words[last].end
    mention = context.mention_starting_in(words[first])
    if mention is not None and mention.start == start and mention.end == stop:
        if not mention.entity_id or mention.label not in SPEAKER_LABELS:
            return None
        return mention_speaker(context, mention, "after")
    if first == last:
        person = known_person(context, words[first])
        if person is not None:
            return SpeakerReading(person, "after")
    if any(m.label == "Person" for m in context.mentions_between(start, stop)):
        return None
    return SpeakerReading(context.add_entity("Organization", context.doc.text[start:stop]),
                          "after")
