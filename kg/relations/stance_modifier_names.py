"""Names that modify the phrase around a stance, read as its holder or its target.

- «وأعلنت الحكومة المؤقتة برئاسة X ... ودعت الأطراف إلى ...»: a name after «برئاسة»,
  «بقيادة», «بزعامة», «بحضور» describes the body (or the occasion) before it; the holder is
  that body, never its leader nor a guest (GUIDELINES: the subject is the head of the phrase
  that holds the stance, not a nearby entity), so no such name is a stance's subject.
- «واتُّهم X، رئيس الاتحاد، بالفساد بعد أن مثل أمام النيابة»: unvoweled, «اتهم» is also the
  passive; the accused stands between the verb's subject and the charge opened by «بـ»
  («اتهمت النيابة X بالفساد»), so a name past that «بـ» is never the one accused (when
  none stands before it, X was accused, by no one named).
- «ويضيف X: «لم يُعتقل Y، وباشر عمله داعيا الإسلاميين ...»»: a participle inside a quotation
  after another actor is named there tells of that actor, not of the speaker outside it.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.stance_led_by import ATTENDANCE_WORDS, LEADER_WORDS

ACCUSING_VERBS = frozenset({"اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "تتهمان"})
"""Forms of «اتهم» that read as the passive as well («اتُّهم», «يُتَّهم»)."""

_MANNER = frozenset({"بشده", "بقوه", "بوضوح", "بدوره", "بدورها", "بدورهم", "بصراحه",
                     "بحسب", "بعد", "بين", "بن", "بنت", "باسم", "بتاريخ", "بالنيابه",
                     "بالوكاله", "بالاضافه", "بالتزامن", "بالاشاره", "بالقول"})
"""Words opening with «ب» that open no charge: manner, «بدوره», «بعد», «بين», «بن», a
title's «باسم», «بالنيابة»."""

_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})

_CHARGE_REACH = 25
"""Words past the subject searched for the charge's «بـ»."""


def _word_index(context: Extraction, words: list[Word], arg: Arg) -> int | None:
    """The word where the subject ``arg`` is named: its own span when a mention of it
    covers that, else its last mention in the sentence before the span (a subject carried
    over from a coordinated verb is given the span of the stance word)."""
    last = None
    for index, word in enumerate(words):
        mention = context.covering_mention(word.start)
        named = mention is not None and mention.entity_id == arg.node_id and \
            mention.start == word.start
        if word.start <= arg.start < word.end:
            return index if named else last
        if named:
            last = index
    return None


def modifier_subject(context: Extraction, words: list[Word], position: int, arg: Arg) -> bool:
    """Whether the subject ``arg`` of the stance word at ``words[position]`` is a name after
    «برئاسة», «بحضور» and the like (see the module docstring): who leads or attends, not who
    holds the stance; unless a relative clause on the name holds the stance word («بحضور X
    الذي أشاد بـ»)."""
    index = _word_index(context, words, arg)
    if index is None or index == 0:
        return False
    before = words[index - 1].norm
    if before not in LEADER_WORDS and before not in ATTENDANCE_WORDS:
        return False
    return not any(word.norm.lstrip("و") in _RELATIVES for word in words[index + 1:position])


def past_charge(context: Extraction, words: list[Word], position: int, after: int,
                candidate: Candidate) -> bool:
    """Whether ``candidate`` stands past the charge «بـ» that follows the subject of an
    accusing verb at ``words[position]`` (see the module docstring): not the accused."""
    if words[position].norm.lstrip("وف") not in ACCUSING_VERBS:
        return False
    start = max(after, position + 1)
    for index in range(start, min(len(words), start + _CHARGE_REACH)):
        if index >= candidate.word_index:
            return False
        word = words[index]
        if word.sentence_index != words[position].sentence_index:
            return False
        if word.norm in _MANNER or context.covering_mention(word.start) is not None:
            continue
        if _charge(word):
            return True
    return False


def _charge(word: Word) -> bool:
    """«بالفساد», «بارتكاب», «بتحريك»: «بـ» before a definite noun or a verbal noun of the
    derived stems (opening with «ا» or «ت»), not a word that opens with «ب» («برلمان»)."""
    for prefix, rest in word.readings()[1:]:
        if prefix == "بال" or (prefix == "ب" and len(rest) >= 4 and rest[0] in "ات"):
            return True
    return False


def quoted_other_actor(context: Extraction, words: list[Word], position: int,
                       arg: Arg) -> bool:
    """«ويضيف X: «... لم يُعتقل Y، وباشر عمله داعيا الإسلاميين ...»»: a circumstantial
    participle inside a quotation that the holder ``arg`` stands outside of, after another
    actor is named in that quotation, tells of that actor (the speaker would say «داعيا» of
    himself after a verb of his own in the first person): it is not the speaker's stance."""
    text = context.doc.text
    opening = text.rfind("«", words[0].start, words[position].start)
    if opening < 0 or "»" in text[opening:words[position].start]:
        return False
    index = _word_index(context, words, arg)
    if index is None or words[index].start > opening:
        return False
    for word in words:
        if not opening < word.start < words[position].start:
            continue
        mention = context.covering_mention(word.start)
        if mention is not None and mention.entity_id and mention.entity_id != arg.node_id \
                and mention.label in AGENT_LABELS and mention.start == word.start:
            return True
    return False
