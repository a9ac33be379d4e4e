"""«وفق ما قاله X», «فحسب ما قالته X: ...», «ومما قاله X: "..."»: what a named speaker said,
reported through a relative «ما» and a verb with its object pronoun.

The verb «قاله/قالته» (he/she said it) is no reporting verb of the lexicon: with the pronoun
it is the predicate of a relative clause, and the stance rules read «يرفض ما قاله الوزير»
as a stance on the minister's words. It is cued here for statements only, never added to
the reporting lexicon (whose verbs also bound the stance rules' arguments).

Two readings, both with a named speaker right after the verb:

- after «حسب/بحسب/وفق ما» or «وفقاً/طبقاً/تبعاً لما» (the cue), what follows the speaker (a
  colon, a quotation, «أن») or else the clause before the cue, from the sentence start, is
  what was said: «وارتفعت الأسعار وفق ما قاله الوزير X» — X said the prices rose;
- after a bare «ما/مما/ومما», only a quotation or a colon after the speaker is what was
  said: «ومما قاله X: "إن ..."». «رفض ما قاله X» with no colon is no statement here.
"""
from __future__ import annotations

from typing import NamedTuple

from kg.relations.cue_words import SAID_IT
from kg.relations.index import Word
from kg.text.normalize import normalize_key

_CUES_BEFORE_MA = frozenset(normalize_key(word) for word in (
    "حسب", "وحسب", "فحسب", "بحسب", "وبحسب", "فبحسب", "وفق", "ووفق"))
_CUES_BEFORE_LIMA = frozenset(normalize_key(word) for word in (
    "وفقا", "ووفقا", "طبقا", "وطبقا", "تبعا", "وتبعا"))
_CUES_GLUED = frozenset(normalize_key(word) for word in ("حسبما", "وحسبما", "بحسبما", "فحسبما"))
_BARE_MA = frozenset(normalize_key(word) for word in ("ما", "مما", "ومما"))


class SaidIt(NamedTuple):
    """One «ما قاله» cue: the verb's index, the index of the cue's first word, whether a
    «حسب»-like cue opens it (the clause before may be the content), and the index of the
    first word after the verb."""

    verb: int
    opening: int
    according: bool
    after: int


def said_relatives(words: list[Word]) -> list[SaidIt]:
    """Every «ما قاله»-like cue of a sentence (one pass, set look-ups only)."""
    found: list[SaidIt] = []
    for index, word in enumerate(words):
        if word.norm not in SAID_IT or index == 0:
            continue
        after = index + 1
        before = words[index - 1].norm
        if before in _CUES_GLUED:
            found.append(SaidIt(index, index - 1, True, after))
        elif index >= 2 and _two_word_cue(before, words[index - 2].norm):
            found.append(SaidIt(index, index - 2, True, after))
        elif before in _BARE_MA:
            found.append(SaidIt(index, index - 1, False, after))
    return found


def _two_word_cue(before: str, cue: str) -> bool:
    """«حسب ما», «وفق ما», «وفقاً لما»: a cue and the relative before the verb."""
    return (before == "ما" and cue in _CUES_BEFORE_MA) or \
        (before == "لما" and cue in _CUES_BEFORE_LIMA)
