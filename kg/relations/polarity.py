"""Polarity and modality of a trigger: negation, hedges, conditionals, reported or denied."""

from __future__ import annotations

import re

from kg.model import Modality, Polarity
from kg.relations.context import Extraction
from kg.relations.index import MODAL_WORD, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    CONDITIONALS,
    EMOTION_POSITIVE,
    HEDGES,
    MAY_PARTICLES,
    NEGATED_COPULAS,
    NEGATORS,
    NOT_NEGATIONS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)

_CLAUSE_ENDS = frozenset(".؟!«»“”\"")
"""Marks between two words that end the clause: a full stop, a question, a quote."""
_CLAUSE_COMMAS = frozenset("،,:;؛")
"""Marks that end the clause unless the reader crosses commas."""


def _clause_before(context: Extraction, words: list[Word], position: int, limit: int,
                   cross_commas: bool = False) -> list[Word]:
    """Up to ``limit`` words before ``words[position]`` in the same clause, nearest first."""
    found: list[Word] = []
    index = position - 1
    while index >= 0 and len(found) < limit:
        gap = context.gap(words[index], words[index + 1])
        if not _CLAUSE_ENDS.isdisjoint(gap) or (not cross_commas and
                                                not _CLAUSE_COMMAS.isdisjoint(gap)):
            break
        found.append(words[index])
        index -= 1
    return found


def is_negated(context: Extraction, words: list[Word], position: int) -> bool:
    """A negator scopes over the trigger: «لم يرفض», «لا ندعم», «عدم دعم», «لم نكن سعداء»."""
    before = _clause_before(context, words, position, 3)
    for distance, word in enumerate(before):
        if word.norm in NEGATORS or word.norm in _NEGATIVE_COPULAS:
            at = position - distance - 1
            if word.norm == "ما" and at > 0 and words[at - 1].norm.lstrip("وف") in _NOT_NEGATING_MA:
                return False  # «سرعان ما ندد», «كثيرا ما انتقد»: «ما» negates nothing
            following = words[position - distance]
            return following.bare() not in NOT_NEGATIONS and following.norm not in NOT_NEGATIONS
        # Only a copula («لم نكن سعداء») or an adverb may stand between negator and trigger.
        if word.bare() not in NEGATED_COPULAS and word.bare() not in _FILLERS:
            return False
    return False


_NEGATIVE_COPULAS = frozenset({"لسنا", "لست", "ليسوا", "ليست", "ليس"})
_NOT_NEGATING_MA = frozenset({"سرعان", "كثيرا", "غالبا", "عاده", "قلما", "طالما", "ربما", "كلما",
                              "لطالما", "بعدما", "عندما", "مثلما", "حالما"})
"""Words before «ما» that make it a particle of time or frequency, not a negation («سرعان ما»,
«كثيرا ما», «غالبا ما»)."""
_FILLERS = frozenset({"ايضا", "جدا", "ابدا", "قط"})


def emotion_negated(context: Extraction, words: list[Word], position: int) -> bool:
    """«لم نكن سعداء», «لسنا سعداء», «غير راض»: the emotion word is negated, also with the
    copula's subject in between: «لم تكن كينيا راضية», «ليست كينيا راضية»."""
    if not words[position].has(EMOTION_POSITIVE):
        return False
    return is_negated(context, words, position) or negated_across_subject(context, words, position)


def negated_across_subject(context: Extraction, words: list[Word], position: int) -> bool:
    """«ولم تكن قطر مؤيدة لحماس», «ليست كينيا راضية», «لم تكن تصريحات X داعمة لـ»: a negated
    copula before the subject that ends with a name right before the predicate at
    ``words[position]`` negates it (:func:`is_negated` lets only a copula or an adverb stand
    between); the name may be the genitive of at most :data:`_HEAD_WORDS` head nouns."""
    subject = context.covering_mention(words[position - 1].start) if position > 0 else None
    if subject is None:
        return False
    index = position - 1
    while index >= 0 and words[index].start >= subject.start:
        index -= 1
    heads = 0
    while index > 0 and heads < _HEAD_WORDS and _head_noun(words[index]) and \
            not words[index].has(NEGATED_COPULAS) and not words[index].has(_NEGATIVE_COPULAS) \
            and words[index].norm not in _PAST_COPULAS:
        index, heads = index - 1, heads + 1  # «تصريحات X»: the head of the copula's subject
    if index < 0 or context.boundary_between(words[index], words[position]):
        return False
    copula = words[index]
    if copula.has(_NEGATIVE_COPULAS):
        return True
    if index > 0 and context.boundary_between(words[index - 1], copula):
        return False
    return (copula.bare() in NEGATED_COPULAS and index > 0
            and words[index - 1].norm in NEGATORS) or _ma_past_copula(context, words, index)


_PAST_COPULAS = frozenset({"كان", "كانت", "كانوا", "كنا", "كنت"})


def _ma_past_copula(context: Extraction, words: list[Word], index: int) -> bool:
    """«وما كانت قطر داعمة لحماس»: «ما» at the head of its clause before a past copula
    negates it; not elsewhere («إن ما كانت قطر داعمة له»: what it backed)."""
    if index < 1 or words[index].norm.removeprefix("و") not in _PAST_COPULAS or \
            words[index - 1].norm.lstrip("وف") != "ما":
        return False
    return words[index - 1].norm != "ما" or index == 1 or \
        context.boundary_between(words[index - 2], words[index - 1])


_ONLY = frozenset({"فقط", "فحسب"})
_BUT = frozenset({"بل", "وانما", "انما", "ولكن", "لكن"})
_ONLY_REACH = 8


def not_only(context: Extraction, words: list[Word], position: int) -> bool:
    """«لم تكن قطر داعمة لحماس فحسب، بل ...», «لم تدعم مصر اليمن فقط وإنما ...»: «not only
    ... but» adds to the stance, it does not deny it: «فقط»/«فحسب» a few words after the
    trigger, in its sentence, with «بل»/«وإنما» right after it."""
    for index in range(position + 1, min(len(words) - 1, position + _ONLY_REACH + 1)):
        if not _CLAUSE_ENDS.isdisjoint(context.gap(words[index - 1], words[index])):
            return False
        if words[index].norm in _ONLY:
            return any(later.norm in _BUT for later in words[index + 1:index + 3])
    return False


_HEAD_WORDS = 2
"""Head nouns a copula's subject may have before the name that ends it («حكومة X»)."""


def _head_noun(word: Word) -> bool:
    """A word that may head the name after it in construct: no particle, no preposition."""
    norm = word.norm
    return len(norm) > 2 and norm not in NEGATORS and norm not in COMPLEMENTIZERS and \
        norm not in PREPOSITIONS and norm not in RELATIVE_PRONOUNS and \
        not norm.startswith(("ب", "ل", "و", "ف"))


def modality(context: Extraction, words: list[Word], position: int,
             strict: bool = False) -> Modality:
    """Denied, conditional, hedged, reported or asserted. ``strict`` (stances) reads no
    condition in «حالة من» (a state) or «لطالما» (often), and no hedge in «قد» before a
    perfect («قد نددت»); events keep the looser reading their rules were measured with."""
    word = words[position]
    if context.in_denial(word.start):
        return "denied"
    if context.index.kind_between(words[max(0, position - _WIDE)], word, MODAL_WORD):
        mood = _conditional_or_hedged(context, words, position, strict)
        if mood is not None:
            return mood
    if context.speaker_at(word.start) is not None:
        return "reported"
    return "asserted"


_WIDE = 12
"""How many words before a trigger a conditional may stand, across commas."""


def _conditional_or_hedged(context: Extraction, words: list[Word], position: int,
                           strict: bool) -> Modality | None:
    """«إذا هاجمت...», «ربما يهاجم», «قد يهاجم»: a conditional in the clause before the
    trigger (across commas), or a hedge in the few words before it; None for neither."""
    wide = _clause_before(context, words, position, _WIDE, cross_commas=True)
    if any(_conditional(words, position - 1 - distance, strict) for distance in range(len(wide))):
        return "conditional"
    near = _clause_before(context, words, position, 4)
    for index, w in enumerate(near):
        if w.norm in HEDGES or w.bare() in HEDGES:
            return "hedged"
        if w.norm in MAY_PARTICLES and _imperfect(words[position - index], strict):
            return "hedged"
    return None


_CASE = frozenset({"حال", "حاله"})
_IN = frozenset({"في", "وفي", "ففي"})
_THIS = frozenset({"هذه", "تلك"})
_OFTEN = frozenset({"لطالما", "ولطالما", "فلطالما"})


def _conditional(words: list[Word], index: int, strict: bool) -> bool:
    """«إذا», «لو», «طالما», «في حال», «في حالة», «في هذه الحالة»; when ``strict``, not
    «حالة من الهلع» (a state) nor «لطالما» (often), which asserts."""
    word = words[index]
    if not strict:
        return word.norm in CONDITIONALS or word.bare() in CONDITIONALS
    if word.norm in _OFTEN:
        return False
    if word.norm in _CASE or word.bare() in _CASE:
        before = index - 2 if index > 1 and words[index - 1].norm in _THIS else index - 1
        return before >= 0 and words[before].norm in _IN and \
            (index + 1 >= len(words) or words[index + 1].norm != "من")
    return word.norm in CONDITIONALS or word.bare() in CONDITIONALS


def _imperfect(word: Word, strict: bool) -> bool:
    """«قد يهاجم», «قد تدعم»: an imperfect after «قد» hedges; when ``strict``, «قد نددت»,
    «قد نددوا» (perfect) assert."""
    bare = word.bare()
    return bare[:1] in {"ي", "ت", "ن"} and len(bare) > 3 and \
        not (strict and bare.endswith(("ت", "وا")))


_QUESTION_WORDS = frozenset({"هل", "وهل", "فهل"})
_QUESTION_REACH = 40
_SENTENCE_END = re.compile(r"[.؟?!]")


def questioned(context: Extraction, words: list[Word], position: int) -> bool:
    """«هل يزيد الاتفاق دعم موسكو لحلفائها؟», «وهل تساهم العوائد ... في تصعيد دعم إيران
    لحلفائها أم ...»: a trigger inside a yes-no question opened by «هل» in its sentence
    (across commas, quotations and brackets, not past the end of an earlier question) is
    asked about, not asserted."""
    for index in range(position - 1, max(-1, position - _QUESTION_REACH - 1), -1):
        if words[index].norm in _QUESTION_WORDS:
            return _SENTENCE_END.search(context.doc.text, words[index].end,
                                        words[position].start) is None
    return False


def polarity(negated: bool) -> Polarity:
    return "negative" if negated else "positive"
