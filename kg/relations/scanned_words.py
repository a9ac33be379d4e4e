"""Words that event rules look for in a window before the trigger, flagged by the index.

A rule that reads up to twenty-five words back for «كلما» or a verb of denial finds none in
most sentences. :mod:`kg.relations.index` flags the words with a reading in these tables
once per document (``HABIT_WORD``, ``DENIAL_WORD``), so that the rule passes such a window
with one look-up before it reads it word by word. Each table belongs to the rule named with
it, and is re-exported there.
"""

from __future__ import annotations

EVERY = frozenset({"كل"})
"""«في كل عيد»: with a noun of a recurring time, a habit (:mod:`kg.relations.event_habits`)."""
WHENEVER = frozenset({"كلما"})
"""«كلما»: a habit (:mod:`kg.relations.event_habits`)."""

DENYING = frozenset({
    "نفي", "نفت", "ينفي", "تنفي", "ينفون", "نفوا", "نفيه", "نفيها", "كذب", "كذبت", "يكذب",
    "تكذب", "فند", "فندت", "يفند", "تفند",
})
"""Verbs of denial and of belying, with their verbal nouns («نفيه»)
(:mod:`kg.relations.event_denied_reports`)."""
