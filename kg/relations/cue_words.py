"""The spellings that open a statement without a reporting verb, for the word index.

Attribution reads a sentence word by word for one of these cues only when the sentence
holds one of their spellings (most hold none). :mod:`kg.relations.index` flags the words
spelt so (``CUE_WORD``) once per document, so that a sentence is passed with one look-up,
not a set of all its words. Each table belongs to the rule that reads it, and is
re-exported there under the same name.
"""

from __future__ import annotations

from kg.text.normalize import normalize_key

SOURCE_CUES = frozenset({"بحسب", "وبحسب", "حسب", "وحسب", "وفق", "ووفق", "وفقا", "ووفقا",
                         "طبقا", "وطبقا"})
"""«وبحسب X», «وفقا لـ X»: what follows (or the clause before) is on X's word
(:mod:`kg.relations.statement_sources`)."""

SAID_IT = frozenset(normalize_key(word) for word in (
    "قاله", "قالته", "قالوه", "ذكره", "ذكرته", "أوضحه", "أوضحته", "أكده", "أكدته"))
"""Verbs of saying with the object pronoun of the relative («ما قاله»). («حسبما صرح به X»
is read by the attribution rules already: «صرح» is a reporting verb.)
(:mod:`kg.relations.said_relatives`)"""

SHOWN_SPELLINGS = ("بين", "ابان", "بينت", "ابانت")
"""The verbs «بيّن», «أبان» and their feminine forms (:mod:`kg.relations.shown`)."""
SHOWN_FORMS = frozenset(prefix + form for prefix in ("", "و", "ف") for form in SHOWN_SPELLINGS)
"""Every spelling :func:`kg.relations.shown.shown_verb` can read: most words are none, and
are passed at once."""

CAME_VERBS = frozenset({"جاء", "وجاء", "جاءت", "وجاءت"})
"""«جاء في» (it came in), the cue of a statement told through its document
(:mod:`kg.relations.came_in`)."""

CUE_SPELLINGS = SOURCE_CUES | SAID_IT | SHOWN_FORMS | CAME_VERBS
"""Every word spelt as one of the cues above."""
