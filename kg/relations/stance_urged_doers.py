"""The one urged through the doer of the act demanded: «طالب X بضرورة قيام Y بـ ...».

An appeal often names no addressee after its verb, but the demand names who is to act:
«قام Y بـ» ("Y is to carry out ...") in its verbal noun or its imperfect. That doer is the
one the appeal is addressed to:

- «وطالب المالكي بضرورة قيام الحكومة التركية بوقف القصف» → urges(المالكي, الحكومة التركية);
- «ودعا مبارك إلى قيام الأمم المتحدة بدور أكبر» → urges(مبارك, الأمم المتحدة);
- «وطالبت الجامعة العربية بأن تقوم إسرائيل بوقف الاستيطان» → urges(الجامعة, إسرائيل).

Only at the object's first word (past time words and the like), through «إلى»/«بـ», a noun
of necessity («بضرورة», «بوجوب», «بأهمية») and «أن»; the doer is a named actor (no place, no
nisba, not the subject) right after «قيام»/«تقوم», and the act follows it at once with «بـ»:
«دعا إلى قيام دولة فلسطينية» (the founding of a state) and «بضرورة قيام الحكومة» with no
«بـ» after it name no one urged.
"""

from __future__ import annotations

from kg.relations.arguments import Candidate
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, TERRITORY_LABELS, Arg, Word

_NECESSITY = frozenset({"ضروره", "وجوب", "اهميه", "اهمية", "لزوم"})
"""«بضرورة», «إلى ضرورة», «بوجوب», «بأهمية»: the demand framed as a need."""
_DOING_NOUNS = frozenset({"قيام"})
_DOING_VERBS = frozenset({"تقوم", "يقوم", "تقوما", "يقوما", "تقوموا", "يقوموا"})
_THAT = frozenset({"ان", "بان"})


def doing_actor(context: Extraction, words: list[Word], index: int,
                skip: set[str]) -> Candidate | None:
    """The named actor (no place, no nisba, none of ``skip``) whose name starts at
    ``words[index]``: the one who does a deed told right after it («قيام مصر بـ», «ما قامت
    به إسرائيل»)."""
    mention = context.mention_starting_in(words[index])
    if mention is None or not mention.entity_id or mention.entity_id in skip or \
            mention.label not in AGENT_LABELS or mention.label in TERRITORY_LABELS or \
            context.is_nisba(mention):
        return None
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                     index, "mention")


def _opens_demand(word: Word) -> bool:
    """«إلى» («دعا إلى»), «على» («حث على»): a separate preposition that opens the demand."""
    return word.norm in {"الي", "علي"}


def _past_frame(words: list[Word], index: int) -> int:
    """Past «إلى» and a noun of necessity («بضرورة», «إلى ضرورة»)."""
    if index < len(words) and _opens_demand(words[index]):
        index += 1
    if index < len(words) and words[index].norm.lstrip("بل") in _NECESSITY and \
            words[index].norm not in _DOING_NOUNS:
        index += 1
    return index


def _doer_index(context: Extraction, words: list[Word], first_word: int) -> int | None:
    """The word where the doer of the demanded act starts, or None."""
    index = _past_frame(words, first_word)
    if index >= len(words):
        return None
    word = words[index]
    framed = index > first_word
    if word.norm.lstrip("بل") in _DOING_NOUNS and (framed or word.norm[0] in "بل"):
        return index + 1  # «بضرورة قيام Y», «بقيام Y», «إلى قيام Y»
    if word.norm in _THAT and index + 1 < len(words) and \
            words[index + 1].norm in _DOING_VERBS and \
            (framed or word.norm == "بان") and \
            not context.boundary_between(word, words[index + 1]):
        return index + 2  # «بأن تقوم Y», «إلى أن تقوم Y», «بضرورة أن تقوم Y»
    return None


def urged_doer(context: Extraction, words: list[Word], first_word: int,
               skip: set[str]) -> Candidate | None:
    """The named actor who is to carry out the demand that opens at ``words[first_word]``
    (see the module docstring), as the appeal's addressee."""
    index = _doer_index(context, words, first_word)
    if index is None or index >= len(words) or \
            context.boundary_between(words[index - 1], words[index]):
        return None
    doer = doing_actor(context, words, index, skip)
    if doer is None:
        return None
    last = next(i for i in range(index, len(words)) if words[i].end >= doer.arg.end)
    act = last + 1
    if act >= len(words) or context.boundary_between(words[last], words[act]) or \
            not any(prefix.lstrip("وف").startswith("ب") for prefix, _ in words[act].readings()[1:]):
        return None  # «بقيام الحكومة بوقف»: the act with «بـ» right after the doer
    return doer
