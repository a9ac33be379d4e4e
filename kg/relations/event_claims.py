"""Claims of responsibility: «تبنى تنظيم داعش الهجوم», «أعلنت حركة الشباب مسؤوليتها عن
التفجير», «في هجوم تبناه تنظيم داعش».

A group that claims a deed names itself as its doer, and news prose reports the
deed through the claim: the event noun is the object of «تبنى» (or follows
«مسؤوليته عن»), or a relative clause on the noun says who claimed it («هجوم تبناه
تنظيم داعش», «التفجير الذي أعلن التنظيم مسؤوليته عنه»). The claimer is the agent.
A claim is the group's word, not the article's finding, so the caller keeps the
agent's source a ``clause`` one: the event's confidence does not rise above what its
other roles give it. A denial («نفت مسؤوليتها») or a negated claim («لم تعلن أي جهة
مسؤوليتها») names no doer, and an accusation («تتهم ... بالوقوف وراء») is not read.
"""

from __future__ import annotations

from kg.model import Argument, Event
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import BY_HAND_OF, find_event

_CLAIMING = frozenset({"تبني", "تبنت", "يتبني", "تتبني", "تبنوا"})
"""«تبنى تنظيم داعش الهجوم», «حركة الشباب تتبنى قتل ...»: the verb of a claim."""
_CLAIMED = frozenset({"تبناه", "تبنته", "تبناها", "تبنتها", "تبنوه", "تبنوها"})
"""«هجوم تبناه تنظيم داعش»: the claim verb with the deed as its object pronoun."""
_ANNOUNCING = frozenset({"اعلن", "اعلنت", "يعلن", "تعلن", "اعلنوا"})
_RESPONSIBILITY = frozenset({
    "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤوليه", "مسئوليته", "مسئوليتها",
    "مسئوليتهم", "المسئوليه",
})
_ABOUT = frozenset({"عن"})
_ABOUT_IT = frozenset({"عنه", "عنها"})
_RELATIVES = frozenset({"الذي", "التي"})
_NEGATIONS = frozenset({"لم", "لن", "لا", "ما", "دون", "بدون"})
LIGHT_HEADS = frozenset({"عمليه", "عمليات", "العمليه", "العمليات"})
"""«عملية تفجير»: a light noun whose deed is the event noun after it."""
_SUBJECT_REACH = 8
"""How many words a claim verb may stand before the deed it claims (its subject between:
«تبنى تنظيم القاعدة في بلاد المغرب قتل»)."""
_RELATIVE_REACH = 3
"""How many words (adjectives, a relative pronoun) may stand between the deed and the claim
verb of the clause on it («هجوم انتحاري تبناه»)."""


def claimed_doer(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """The group that claims the deed named at ``words[position]``, or [] when no claim
    governs it."""
    return _claim_before(context, words, position) or _claim_after(context, words, position)


def claimed_responsibility(context: Extraction, words: list[Word], position: int) -> bool:
    """«أعلنت حركة الشباب مسؤوليتها عن التفجير»: a named group, not denying it, announces
    it did the deed after «مسؤوليته عن», so «مسؤوليته» is no background governor there (a
    denial, «نفت مسؤوليتها عن», or a negated claim names no doer and keeps the deed a topic)."""
    return position > 1 and words[position - 1].bare() in _ABOUT and \
        words[position - 2].norm in _RESPONSIBILITY and \
        bool(_claim_before(context, words, position))


_ANNOUNCING_OR_CLAIMING = _ANNOUNCING | _CLAIMING


def responsibility_claimed(context: Extraction, words: list[Word], position: int) -> bool:
    """«أعلنت جماعات يسارية متطرفة مسؤوليتها عن الهجوم على مبنى الوزارة»: a claim of
    responsibility for the deed, named or not, that no negation denies. Whoever claims it,
    the claim tells the deed as done (who did it is read only from a name, see
    ``claimed_doer``)."""
    if position < 2 or words[position - 1].bare() not in _ABOUT or \
            words[position - 2].norm not in _RESPONSIBILITY:
        return False
    stop = position - 2
    for index in range(stop - 1, max(-1, stop - 1 - _SUBJECT_REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return False
        if word.has(_ANNOUNCING_OR_CLAIMING):
            return not _negated(words, index)
        if find_event(word.norm) is not None or word.norm in _NEGATIONS:
            return False
    return False


def behind_doer(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«أن تنظيم داعش يقف وراء الاعتداء الانتحاري الذي استهدف أمس مدينة سوروتش»: the actor a
    source names as standing behind a deed it describes here (a relative clause follows the
    noun). A bare «يقف وراء الهجوم» may lay a past attack at someone's door, and an
    accusation or a suspicion («تتهم ... بالوقوف وراء», «يشتبه في أنه يقف وراء») is not
    read; the caller keeps the agent a ``clause`` one."""
    if position < 2 or words[position - 1].norm != "وراء" or \
            not words[position - 2].has(_STANDING) or _negated(words, position - 2):
        return []
    if not _described_here(context, words, position):
        return []
    verb = position - 2
    if any(word.has(_DOUBTING) for word in words[max(0, verb - _SUBJECT_REACH):verb]):
        return []
    return _named_ending_before(context, words, verb)


_STANDING = frozenset({"يقف", "تقف", "يقفون", "وقف", "وقفت", "وقفوا"})
_DOUBTING = frozenset({"يشتبه", "تشتبه", "نشتبه", "يعتقد", "تعتقد", "ربما", "قد", "تتهم",
                       "يتهم", "اتهم", "اتهمت", "مزاعم", "يزعم", "تزعم", "زعم"})
"""A suspicion, a guess or an accusation before «يقف وراء»: no doer is asserted."""
_DESCRIBING_REACH = 3


def _described_here(context: Extraction, words: list[Word], position: int) -> bool:
    """The deed noun (maybe with adjectives) is followed by a relative clause that tells it."""
    for index in range(position + 1, min(len(words), position + 1 + _DESCRIBING_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].norm in _RELATIVES:
            return True
    return False


def denied_claim(context: Extraction, words: list[Word], position: int) -> bool:
    """«لم تتبن حركة الشباب الهجوم»: a negated claim governs the deed, so the name before it
    is no doer."""
    return bool(_claim_before(context, words, position, denied=True))


def suspected_doer(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«في هجومين انتحاريين يشتبه أن جماعة «بوكو حرام» نفذتهما»: the group suspected of the
    deed named at ``words[position]`` (a suspicion, so the caller keeps it a ``clause``
    agent, and the name is no victim), or []."""
    for index in range(position + 1, min(len(words), position + 2 + _RELATIVE_REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word) or \
                context.covering_mention(word.start) is not None:
            return []
        if word.has(_SUSPECTING):
            return _suspect(context, words, index + 1)
        if find_event(word.norm) is not None:
            return []
    return []


def _suspect(context: Extraction, words: list[Word], first: int) -> list[Arg]:
    """The named actor after «يشتبه (بـ)أن» (maybe behind a group's kind noun), followed by a
    verb of carrying out the deed («نفذته», «نفذتهما»)."""
    index = first
    if index < len(words) and words[index].norm in _THAT:
        index += 1
    if index < len(words) and words[index].norm in _GROUP_KINDS:
        index += 1  # «أن جماعة «بوكو حرام»»
    if index >= len(words):
        return []
    mention = context.mention_starting_in(words[index])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS:
        return []
    last = context.word_at(max(mention.start, mention.end - 1))
    if last is None:
        return []
    end = last.index - words[0].index
    for after in range(end + 1, min(len(words), end + 3)):
        if words[after].norm.startswith(_CARRIED_OUT):
            return [Arg(mention.entity_id, mention.start, mention.end)]
    return []


def suspected_members(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«قتل سبعة أشخاص على أيدي مقاتلين يشتبه بأنهم من جماعة X»: the group the doers are
    suspected to belong to (a suspicion, so the caller keeps it a ``clause`` agent). The doers'
    noun stands right after «على أيدي/يد» that follows the deed. Not «مقاتلين يشتبه بأنهم من X
    قتلوا»: there a ``clause`` agent would lift the verb's unread-doer cue, and so its
    confidence."""
    for index in range(position + 3, min(len(words) - 3, position + _MEMBERS_REACH)):
        if not (words[index].has(_SUSPECTING) and words[index - 1].has(_MEMBER_HEADS)
                and words[index + 1].norm in _THEY_ARE and words[index + 2].norm == "من"):
            continue
        if any(context.boundary_between(words[i - 1], words[i])
               for i in range(position + 1, index)):
            return []
        at = index + 3
        if at + 1 < len(words) and words[at].norm in _GROUP_KINDS and \
                context.mention_starting_in(words[at]) is None:
            at += 1
        if at >= len(words):
            return []
        mention = context.mention_starting_in(words[at])
        if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS:
            return []
        by_hand = index > position + 2 and words[index - 2].bare() in BY_HAND_OF and \
            index - 3 <= position + _BY_HAND_GAP
        return [Arg(mention.entity_id, mention.start, mention.end)] if by_hand else []
    return []


_MEMBERS_REACH = 8
_BY_HAND_GAP = 5
_THEY_ARE = frozenset({"بانهم", "انهم"})
_MEMBER_HEADS = frozenset({"مقاتلين", "مقاتلون", "مسلحين", "مسلحون", "عناصر", "رجال", "متشددين",
                           "متشددون", "اشخاص", "اشخاصا"})
"""The doers' noun before «يشتبه بأنهم من X»."""
_SUSPECTING = frozenset({"يشتبه"})
_THAT = frozenset({"ان", "بان", "في"})
_GROUP_KINDS = frozenset({"جماعه", "حركه", "تنظيم", "ميليشيا", "مليشيا"})
_CARRIED_OUT = ("نفذ", "ارتكب", "شن")
"""«نفذته», «نفذتهما», «ارتكبوه», «شنته»: the suspect carried the deed out."""


def _claim_before(context: Extraction, words: list[Word], position: int,
                  denied: bool = False) -> list[Arg]:
    """«تبنى تنظيم داعش الهجوم», «أعلنت حركة الشباب مسؤوليتها عن التفجير», «حركة الشباب
    تتبنى قتل ...»: the deed is the object of the claim."""
    stop, verbs = position, _CLAIMING
    if position > 1 and words[position - 1].bare() in _ABOUT:
        if words[position - 2].norm not in _RESPONSIBILITY:
            return []
        stop, verbs = position - 2, _ANNOUNCING_OR_CLAIMING  # «مسؤوليتها عن التفجير»
    if stop > 0 and words[stop - 1].has(_CLAIMING) and stop == position:
        if _negated(words, stop - 1) != denied:
            return []
        return _named_ending_before(context, words, stop - 1)  # «حركة الشباب تتبنى قتل»
    if stop == position and stop > 0 and words[stop - 1].has(LIGHT_HEADS):
        stop -= 1  # «تبنى تنظيم داعش عملية تفجير»: the deed behind the light noun
    for index in range(stop - 1, max(-1, stop - 1 - _SUBJECT_REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return []
        if word.has(verbs):
            if _negated(words, index) != denied:
                return []
            return _named_between(context, words, index + 1, stop)
        if find_event(word.norm) is not None:
            return []
    return []


def _claim_after(context: Extraction, words: list[Word], position: int) -> list[Arg]:
    """«في هجوم تبناه تنظيم داعش», «التفجير الذي أعلن التنظيم مسؤوليته عنه»: a clause on the
    deed names who claimed it."""
    for index in range(position + 1, min(len(words), position + 2 + _RELATIVE_REACH)):
        word = words[index]
        if context.boundary_between(words[index - 1], word) or \
                context.covering_mention(word.start) is not None:
            return []
        if word.has(_CLAIMED):
            return _named_between(context, words, index + 1, index + 2)
        if word.has(_ANNOUNCING) and index > position + 1 and \
                words[index - 1].norm in _RELATIVES:
            return _announced_about(context, words, index)
        if find_event(word.norm) is not None:
            return []
    return []


def _announced_about(context: Extraction, words: list[Word], verb: int) -> list[Arg]:
    """«الذي أعلن التنظيم مسؤوليته عنه»: the name between the verb and «مسؤوليته عنه»."""
    for index in range(verb + 1, min(len(words) - 1, verb + 1 + _SUBJECT_REACH)):
        if words[index].norm in _RESPONSIBILITY and words[index + 1].norm in _ABOUT_IT:
            return _named_between(context, words, verb + 1, index)
    return []


def _named_between(context: Extraction, words: list[Word], first: int, stop: int) -> list[Arg]:
    """The named actor that opens the words ``first`` .. ``stop - 1`` (the claim's subject)."""
    if first >= min(stop, len(words)):
        return []
    mention = context.mention_starting_in(words[first])
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS:
        return []
    if stop < len(words) and mention.start >= words[stop].start:
        return []
    return [Arg(mention.entity_id, mention.start, mention.end)]


def _named_ending_before(context: Extraction, words: list[Word], verb: int) -> list[Arg]:
    """The named actor that ends right before the claim verb (a headline's subject)."""
    if verb == 0 or context.boundary_between(words[verb - 1], words[verb]):
        return []
    mention = context.covering_mention(words[verb - 1].start)
    if mention is None or not mention.entity_id or mention.label not in AGENT_LABELS or \
            mention.end < words[verb - 1].end:
        return []
    return [Arg(mention.entity_id, mention.start, mention.end)]


def _negated(words: list[Word], index: int) -> bool:
    return index > 0 and words[index - 1].norm.removeprefix("و") in _NEGATIONS


def claimed_into(earlier: Event, arguments: list[Argument]) -> list[Argument]:
    """The arguments a claim («وأعلنت حركة الشباب مسؤوليتها عن الهجوم») adds to the deed told
    before it: its claimer becomes that deed's agent only when the article names none (a
    doer the article names is not overruled by a group's word). The deed's confidence stays
    what it was: the claim is folded in after it was scored."""
    if any(a.role == "agent" for a in earlier.arguments):
        return [a for a in arguments if a.role != "agent"]
    return arguments
