"""Words that event rules look for in a window before the trigger, flagged by the index.

A rule that reads up to thirty words back for «كلما», a verb of denial or a plot's events
finds none in most sentences. :mod:`kg.relations.index` flags the words with a reading in
these tables once per document (``HABIT_WORD``, ``DENIAL_WORD``, ``PLOT_WORD``,
``PARTICIPLE_WORD``), so that
the rule passes such a window with one look-up before it reads it word by word. Each table
belongs to the rule named with it.
"""

from __future__ import annotations

from kg.relations.lexicon import REPORTING

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

TAKING_PLACE = frozenset({"تقع", "تدور", "تجري", "وقعت", "دارت", "جرت", "يقع", "يدور", "يجري"})
"""«الذي تقع أحداثه خلال الحرب»: the verbs of a plot's events taking place
(:mod:`kg.relations.event_plots`)."""
PLOT_EVENTS = frozenset({"احداث"})
"""«أحداث الفيلم»: the events of a work (:mod:`kg.relations.event_plots`)."""
SCREEN_WORKS = frozenset({"فيلم", "مسلسل", "مسرحيه"})
"""«وفي الفيلم يقوم الجيش باغتيال ...»: a screen or stage work whose story is told
(:mod:`kg.relations.event_plots`; not «الرواية», also an account of the news)."""

PARTICIPLES = frozenset(form for form in REPORTING if form.startswith("م")) | {
    "لافتا", "كاشفا", "نافيا", "قائلا", "قائله", "واصفا", "واصفه"}
"""«مشيرا», «مؤكدة»: a circumstantial participle; its subject is the main clause's
(:mod:`kg.relations.speakers`, :mod:`kg.relations.participle_breaks`)."""
