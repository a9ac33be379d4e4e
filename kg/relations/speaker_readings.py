"""A speaker reading: who speaks for a reporting verb, or why no one does.

Shared by every reader of a speaker (:mod:`kg.relations.speakers`): the reading itself
(an entity, how it was found, or «anonymous» for a subject that is not an entity: «قالت
مصادر»), a mention as a speaker (a capital is its country's government: «وقالت موسكو»;
any other city no speaker), and the word classes read both after and before the verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Mention
from kg.relations.arguments import known_person
from kg.relations.capitals import government_of
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS
from kg.relations.rules import SpeakerHow

SPEAKER_LABELS = AGENT_LABELS | {"City"}
WINDOW = 12
"""How many words before a verb a speaker (or the «عن» of «نقل عن X قوله») is looked for."""
ADVERBS = frozenset({
    "امس", "يوم", "ايضا", "دوره", "دورها", "مجددا", "كذلك", "حاليا", "سابقا", "مساء", "صباح",
    "ليله", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت", "قد", "قائلا", "قائله",
    "نفيا", "قاطعا", "تاما", "شديدا", "مطلقا",
})
"""Words that may stand between a verb and its subject («وقال أمس الوزير»), as bare forms."""
ANONYMOUS = frozenset({
    "مصادر", "مصدر", "شهود", "شاهد", "سكان", "اهالي", "مسؤول", "مسؤولون", "مسؤولين", "مراقبون",
    "مراقبين", "دبلوماسيون", "دبلوماسيين", "دبلوماسي", "محللون", "محللين", "خبراء", "ناشطون",
    "ناشطين", "مسعفون", "مسعفين", "منتقدون", "منتقدين", "تقارير", "وسائل", "مواطنون", "مواطنين",
})
"""Speakers that are not entities («وأكد شهود محليون», «قالت مصادر»), as bare forms."""
SOURCE_WORDS = frozenset({"وفقا", "وفق", "حسب", "بحسب", "نقلا", "طبقا"})
"""«وقالت وفقا لما ذكره راديو فرنسا»: what follows is the channel, not the speaker."""


@dataclass(frozen=True, slots=True)
class SpeakerReading:
    """The speaker of one reporting verb, or why there is none.

    ``entity_id`` is None when no speaker was found; then ``how`` is
    ``anonymous`` when the verb has a subject that is not an entity
    («قالت مصادر»), which also ends any continuation, and ``""`` otherwise."""

    entity_id: str | None
    how: SpeakerHow


NO_SPEAKER = SpeakerReading(None, "")
ANONYMOUS_READING = SpeakerReading(None, "anonymous")


def mention_speaker(context: Extraction, mention: Mention,
                    how: SpeakerHow) -> SpeakerReading:
    """The mention as a speaker: a capital is its country, any other city no speaker."""
    assert mention.entity_id is not None
    if mention.label == "City":
        country = government_of(context, mention.entity_id)
        if country is not None:
            return SpeakerReading(country, "capital")
        word = context.word_at(mention.start)
        person = known_person(context, word) if word is not None else None
        return SpeakerReading(person, how) if person else ANONYMOUS_READING
    return SpeakerReading(mention.entity_id, how)
