"""Who did a deed with a partner named in the adjunct «بالتعاون مع Y» after the verb's object:

- **a sentence opened by a particle**: «وقد نظمت وزارة الصحة الحملة بالتعاون مع جمعية البر»,
  «كما نفذت الأمانة المشروع بالتنسيق مع Y». «قد» before a past verb («وقد», «ولقد») asserts
  the deed done, and «كما» at the head of a sentence adds it to the one before; neither
  changes who the verb's subject is, and the adjunct belongs to that subject as when the verb
  opens the sentence (:func:`kg.relations.stance_clause_actors.opening_verb_subject`, read
  past the particle with the same checks). «قد» before an imperfect («وقد يطلق X») is a
  possibility, not a deed, and gives nothing;
- **a participle of doing before the adjunct**: «كرم X الفائزين في المسابقة المقامة بالتعاون
  مع Y», «افتتح X المعرض المنظم بالتنسيق مع Y»: the adjunct tells how the thing was held or
  organised, by someone unnamed; the sentence's subject only honoured or opened it, and
  coordinates with no one.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.context import Extraction
from kg.relations.index import Word
from kg.relations.stance_clause_actors import opening_verb_subject

_OPENING_PARTICLES = frozenset({"قد", "وقد", "لقد", "ولقد", "كما", "وكما"})
"""Particles that may stand before the sentence's first verb without changing its subject."""
_ASSERTING = frozenset({"قد", "وقد", "لقد", "ولقد"})
"""Particles that assert a deed only before a past verb."""

_PARTICIPLES = frozenset({
    "المقام", "المقامه", "المنظم", "المنظمه", "المنفذ", "المنفذه", "المعد", "المعده",
    "المطلق", "المطلقه", "المنعقد", "المنعقده", "المقدم", "المقدمه", "المدشن", "المدشنه",
    "المطروح", "المطروحه", "المنجز", "المنجزه", "المستضاف", "المستضافه", "المقامين",
    "المنظمين", "المنفذين",
})
"""Definite participles of a deed held, organised, carried out, prepared, launched,
convened, presented, opened, put forward, completed or hosted («المعرض المقام»)."""


def _imperfect(word: Word) -> bool:
    """«يطلق», «تنظم»: an imperfect verb (a feminine past «تعاونت» ends with «ت»; «ن» opens
    too many past verbs, «نظمت», «نفذ», to mark one)."""
    verb = word.norm.removeprefix("و").removeprefix("ف")
    return verb.startswith("ي") or (verb.startswith("ت") and not verb.endswith("ت"))


def participle_adjunct(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a participle of doing stands right before the adjunct at ``position``
    («المسابقة المقامة بالتعاون مع Y»), not itself part of a name."""
    return position > 0 and words[position - 1].norm in _PARTICIPLES and \
        context.covering_mention(words[position - 1].start) is None and \
        not context.boundary_between(words[position - 1], words[position])


def particle_opening_subject(context: Extraction, words: list[Word], position: int,
                             sentence: Sentence, separators: frozenset[str]) -> str | None:
    """The named subject of the verb right after an opening particle (:data:`_OPENING_PARTICLES`)
    that the adjunct at ``position`` belongs to; ``None`` when no particle opens the
    sentence."""
    if position < 4 or words[0].norm not in _OPENING_PARTICLES or \
            context.boundary_between(words[0], words[1]) or \
            (words[0].norm in _ASSERTING and _imperfect(words[1])):
        return None
    return opening_verb_subject(context, words[1:], position - 1, sentence, separators)
