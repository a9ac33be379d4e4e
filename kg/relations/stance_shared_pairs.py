"""The holders of a dual or plural stance verb that continues the sentence's opening clause:
the names the opening verb took as its subject, as many as the verb's number asks.

An Arabic verb before its subject stays singular («وأدانت الولايات المتحدة وبريطانيا
الهجوم»); a verb after «، و» with no subject of its own shares that subject, and then
agrees with it in number: «وأدانت الولايات المتحدة وبريطانيا الهجوم، وانتقدتا صمت
الحكومة» (the dual: both countries criticise), «ورحب الرئيس X والملك Y بالاتفاق،
ويدعمان جهود الأمم المتحدة», «ودعت مصر والأردن والسعودية إلى وقف الحرب، ورفضوا
التدخل» (the plural: three or more).

A dual needs exactly two named subjects, a plural three or more; a singular verb is
read by ``kg.relations.stance_verb_subjects`` («، ورفض» continues the first name alone).
For the same reason a name right after a dual or plural verb is never its subject
(«وانتقدتا الأمم المتحدة»: the UN is criticised), see :func:`verb_number`.
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import subject_after
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import FUNCTION_WORDS, STANCE, find_stance
from kg.relations.stance_inflections import person_form
from kg.relations.stance_phrases import COMMAS, definite

_AMBIGUOUS = frozenset({"دعوا"})
"""«دعوا»: the dual and the plural of «دعا» are spelled alike."""


def verb_number(word: Word) -> int | None:
    """2 for a dual stance verb («وانتقدتا», «يرحبان», «أدانا»), 3 for a plural («رحبوا»,
    «يرفضون»), None for any other word (a singular, a noun, «دعوا»)."""
    hit = find_stance(word.norm)
    if hit is None or hit.value.noun:
        return None
    form = person_form(word.norm[len(hit.prefix):])
    if form in _AMBIGUOUS:
        return None
    if form.endswith(("وا", "ون")) and _singular(form[:-2]):
        return 3  # «رفضوا», «يرفضون» (not «تتعاون», whose «ون» is its root's)
    if (form.endswith("ان") and _singular(form[:-2])) or \
            (form.endswith("تا") and _singular(form[:-1])) or \
            (form.endswith("ا") and _singular(form[:-1])):
        return 2  # «يرفضان», «انتقدتا», «أدانا»
    return None


def _singular(form: str) -> bool:
    """Whether ``form`` is a stance verb of the table: the singular the suffix was put on."""
    entry = STANCE.get(form)
    return entry is not None and not entry.noun


def shared_subjects(context: Extraction, words: list[Word], position: int,
                    sentence: Sentence, opening_gender: str | None) -> list[Arg]:
    """The subjects of the sentence's opening verb (of ``opening_gender``, a singular),
    when the dual or plural verb at ``position`` follows «، و» and their count fits its
    number; else ``[]``."""
    number = verb_number(words[position])
    word = words[position]
    if number is None or opening_gender is None or position < 3 or \
            not word.norm.startswith("و") or \
            context.gap(words[position - 1], word).strip() not in COMMAS:
        return []
    opening = words[0]
    if opening.norm.lstrip("وف") in FUNCTION_WORDS or definite(opening) or \
            context.covering_mention(opening.start) is not None or \
            context.boundary_between(opening, words[1]):
        return []
    found = subject_after(context, words, 0, sentence)
    if found.after >= position or not all(
            context.label(arg.node_id) in AGENT_LABELS for arg in found.args):
        return []
    if len({arg.node_id for arg in found.args}) != len(found.args) or \
            not (len(found.args) == 2 if number == 2 else len(found.args) >= 3):
        return []
    return [Arg(arg.node_id, word.start, word.end) for arg in found.args]
