"""A verb of success whose subject is followed by an aside before the noun it governs.

«استطاعت قوات التحالف، بقيادة السعودية وقوات الجيش اليمني من خلال عملية السهم الذهبي،
السيطرة على أكثر من 90% من عدن»: the verb and its subject open the clause, an aside between
commas adds who led or helped, and the operation noun (here its direct object, with no
preposition) comes after the second comma. The words right before the noun belong to the
aside, so the plain rule of ``event_success`` (the verb a few words before the noun, in one
clause) does not see the verb. The subject right after the verb did the operation.

The rule is narrow: the noun stands right after a comma; the aside is one comma-closed run of
at most ``_ASIDE_REACH`` words; the verb of success stands at most ``_SUBJECT_REACH`` words
before the aside's opening comma, with no punctuation between it and that comma (so its
subject fills that stretch); the verb is not negated. The aside may hold quotation marks and
an event noun of its own («من خلال عملية "السهم الذهبي"»), not a full stop or a colon.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.event_bystanders import source_filtered
from kg.relations.index import Arg, Word
from kg.relations.lexicon import JUSSIVE_PARTICLES, NEGATORS

_ASIDE_REACH = 14
"""The most words an aside between the subject and the noun may hold."""
_SUBJECT_REACH = 4
"""The most words from the verb of success to the aside's comma (the verb and its subject)."""
_COMMAS = ("،", ",")
_GOVERNING = frozenset({"في", "من"})
"""A preposition written apart that may stand between the aside and the noun («، من
استعادة»)."""


_NEGATORS_OR_JUSSIVE_PARTICLES = NEGATORS | JUSSIVE_PARTICLES


def aside_success_subject(context: Extraction, words: list[Word], position: int,
                          sentence: Sentence, success_verbs: frozenset[str]) -> list[Arg]:
    """The subject of the verb of success before an aside that ends right before the noun at
    ``words[position]`` («استطاعت قوات التحالف، ...، السيطرة»; «تمكنت القوات، ...، من
    استعادة»: the preposition's word starts the noun phrase), or ``[]``."""
    start = position - 1 if position > 0 and words[position - 1].norm in _GOVERNING else position
    if start < 2 or not _comma_between(context, words[start - 1], words[start]):
        return []
    opening = None
    for index in range(start - 1, max(0, start - 1 - _ASIDE_REACH), -1):
        gap = context.gap(words[index - 1], words[index])
        if words[index - 1].sentence_index != words[index].sentence_index:
            return []
        if any(comma in gap for comma in _COMMAS):
            if gap.strip(" \"«»“”") not in _COMMAS:
                return []
            opening = index - 1  # the last word before the aside
            break
        if context.boundary_between(words[index - 1], words[index]) and \
                gap.strip(" \"«»“”()") != "":
            return []  # a full stop, a colon: not one aside
    if opening is None:
        return []
    for index in range(opening, max(-1, opening - _SUBJECT_REACH), -1):
        if index < opening and context.boundary_between(words[index], words[index + 1]):
            return []
        if not words[index].has(success_verbs):
            continue
        if index > 0 and words[index - 1].norm in _NEGATORS_OR_JUSSIVE_PARTICLES:
            return []  # «لم تستطع القوات، ...، السيطرة»: no success
        if index == opening:
            return []  # no subject between the verb and the aside
        subjects, _ = subject_after(context, words, index, sentence)
        return source_filtered(context, subjects)
    return []


def _comma_between(context: Extraction, left: Word, right: Word) -> bool:
    """Whether the words are in one sentence and a comma (only) parts them."""
    gap = context.gap(left, right).strip(" \"«»“”")
    return left.sentence_index == right.sentence_index and gap in _COMMAS
