"""«X، أحد أبرز منتقدي Y», «X ... وأحد منتقدي Y», «X وهو من معارضي Y»: a named actor
described as one of Y's critics (or opponents) in an apposition to the name.

Profiles in long political reports describe a speaker by a string of appositions:
«قال السيناتور الجمهوري توم كوتون من قدامى المحاربين في الجيش الأميركي وأحد منتقدي
الرئيس باراك أوباما إن ...». The name the apposition describes holds the stance:

- «X، أحد (أبرز/أشد) منتقدي Y»: the actor named right before the comma;
- «X ... وأحد منتقدي Y», «X ... وهو من معارضي Y», «X، وهو أحد أشد منتقدي Y»: an
  apposition joined by «و» to an earlier one; the actor is the last one named before it,
  within :data:`_REACH` words of one clause, past names in a «في» phrase («في الجيش
  الأميركي»: where he served) and nisba adjectives.

«قال أحد منتقدي الحكومة إن ...» (no name before it), a name after another preposition
(«التقى الوزير بـ X وأحد منتقدي Y» is left alone: which of two names is described is not
told) and a name behind a mark other than a comma give nothing.
"""

from __future__ import annotations

from kg.model import Mention
from kg.relations.arguments import preposition
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, PLACE_LABELS, Arg, Word
from kg.relations.lexicon import TITLE_HEADS

_ONE = frozenset({"احد", "احدي"})
_SUPERLATIVES = frozenset({"اشد", "ابرز", "اكبر", "اكثر", "اهم", "الد"})
_HE = frozenset({"هو", "هي"})
_REACH = 9
"""How many words an apposition joined by «و» may stand after the name it describes."""


def apposed_critic(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The actor described as one of the critics at ``words[position]`` («منتقدي»,
    «معارضي»), see the module docstring; None when there is none."""
    index = position - 1
    if index >= 0 and words[index].norm in _SUPERLATIVES:
        index -= 1
    if index < 1:
        return None
    head = words[index].norm
    joined = head.startswith("و")
    if head.removeprefix("و") not in _ONE and head.removeprefix("و") != "من":
        return None
    if words[index - 1].norm.removeprefix("و") in _HE:  # «وهو من منتقدي», «وهو أحد»
        joined = joined or words[index - 1].norm.startswith("و")
        index -= 1
    elif head.removeprefix("و") == "من":
        return None  # «X من منتقدي Y» is read by ``stance_subjects._one_of_critics``
    if index < 1:
        return None
    gap = context.gap(words[index - 1], words[index]).strip()
    if not joined:
        return _named_right_before(context, words, index) if gap in {"،", ","} else None
    he = words[index].norm.removeprefix("و") in _HE
    return _named_before(context, words, index, he)


def _agent(context: Extraction, word: Word) -> Arg | None:
    """The actor whose name ends with ``word`` (not a nisba adjective), if any."""
    mention = context.covering_mention(word.start)
    if mention is None or mention.end > word.end or not mention.entity_id or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention):
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


def _named_right_before(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«X، أحد منتقدي Y»: the actor whose name ends right before the comma."""
    arg = _agent(context, words[index - 1])
    if arg is None:
        return None
    mention = context.covering_mention(words[index - 1].start)
    return arg if mention is not None and not preposition(context, mention) and \
        not _title_governed(context, words, mention) else None


def _named_before(context: Extraction, words: list[Word], index: int, he: bool) -> Arg | None:
    """«X من قدامى المحاربين في الجيش الأميركي وأحد منتقدي Y»: the last actor named before
    ``words[index]`` in its clause, past names in a «في» phrase and nisba adjectives; «وأحد»
    right after the name (no «وهو», no earlier apposition) is a second person, not him
    («التقى Z X وأحد منتقدي Y»)."""
    for before in range(index - 1, max(-1, index - 1 - _REACH), -1):
        if context.gap(words[before], words[before + 1]).strip() not in {"", "،", ","} or \
                words[before].sentence_index != words[before + 1].sentence_index:
            return None  # a mark other than a comma, or another sentence
        mention = context.covering_mention(words[before].start)
        if mention is None or mention.end > words[before].end:
            continue
        if context.is_nisba(mention) or mention.label in PLACE_LABELS or \
                preposition(context, mention) == "في":
            continue  # «في الجيش الأميركي», «الجمهوري»: not the one described
        if preposition(context, mention) or _title_governed(context, words, mention) or \
                (before == index - 1 and not he):
            return None
        return _agent(context, words[before])
    return None


def _title_governed(context: Extraction, words: list[Word], mention: Mention) -> bool:
    """«بالسيناتور X», «للرئيس X»: a title with «ب» or «ل» glued before the name governs
    it."""
    first = context.mention_words(mention)[0] - words[0].index
    for index in range(first - 1, max(-1, first - 3), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return False
        if any(prefix.lstrip("وف") in {"ب", "ل", "بال", "لل"} and rest in TITLE_HEADS
               for prefix, rest in words[index].readings()[1:]):
            return True
    return False
