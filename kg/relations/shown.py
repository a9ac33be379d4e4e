"""«وبيّن X أن ...»: the verb «بيّن» (to make clear, to explain) reports speech.

Without its shadda «بيّن» is spelt like the preposition «بين» (between), so the reporting
lexicon lists only its participle («مبينا»). The verb is read here where the preposition
cannot stand: as the first word of a sentence («وبيّن مدير الإدارة أن ...»), or right after
a sentence-initial «كما» («كما بيّن الوزير أن ...»). The feminine «بيّنت» has no such
twin and is read anywhere («وبيّنت الوزارة أن ...»). The rest of the reading (a content
clause after «أن», a named speaker) is the one every reporting verb gets, so «وبين
الطرفين خلاف» never yields a statement: it has no content clause.
"""

from __future__ import annotations

from kg.relations.index import Word
from kg.relations.lexicon import REPORTING, Hit, ReportingVerb

_SHOWN: ReportingVerb = REPORTING["مبينا"]
_CLAUSE_INITIAL = frozenset({"بين", "وبين", "فبين"})
"""«بيّن» spelt like «بين»: a verb only at the head of its sentence."""
_ANYWHERE = frozenset({"بينت", "وبينت", "فبينت"})
"""«بيّنت»: a verb wherever it stands."""
_OPENERS = frozenset({"كما", "وكما"})


def shown_verb(words: list[Word], position: int) -> Hit[ReportingVerb] | None:
    """The verb «بيّن» at ``words[position]``, read as reporting, or None."""
    norm = words[position].norm
    if norm in _ANYWHERE:
        return Hit(norm[:-len("بينت")], _SHOWN)
    if norm in _CLAUSE_INITIAL and (position == 0 or (
            position == 1 and words[0].norm in _OPENERS)):
        return Hit(norm[:-len("بين")], _SHOWN)
    return None


def shown_positions(words: list[Word]) -> list[int]:
    """Positions of the words of ``words`` (one sentence) read as the verb «بيّن»."""
    return [position for position in range(len(words)) if shown_verb(words, position)]
