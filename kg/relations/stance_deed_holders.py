"""The holder of a stance noun that is the deed a named actor is thanked or praised for.

Saudi and Gulf news thank or praise an actor and name the deed after «على», «نظير» or a
glued «ل»: «أعرب X عن شكره للمملكة على وقوفها إلى جانب الشعب اليمني», «أشاد X بالإمارات
لدعمها الحكومة الشرعية», «عبر عن تقديره لمصر على تأييدها للقرار». The deed is a verbal noun
with a possessive pronoun, and the pronoun is the one thanked or praised (named right
before, after the «ل» or «ب» of the praise word), never the one who thanks: the deed's
stance is the praised actor's (``supports(المملكة, اليمن)``).

Only when the pronoun agrees with that actor («ـها», «ـهم» for a body or a country, «ـه» for a
man), the actor is named within a few words after a praise word (a verb or noun of
:data:`kg.relations.lexicon.STANCE` of kind ``praises``), and no clause boundary lies between
the praise word and the deed. A verb's direct object («شكر X المملكة على دعمها») is read as
the subject just before the noun (see :mod:`kg.relations.stance_subjects`), not here.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import find_stance
from kg.relations.stance_phrases import glued_lam

_DEED_OPENERS = frozenset({"علي", "نظير"})
"""«شكره للمملكة على دعمها»: the words that open the deed thanked for (or a glued «ل»)."""

_BODY_PRONOUNS = ("ها", "هم")
"""«دعمها», «وقوفهم»: the feminine or plural pronoun of a body or country."""

_REACH = 16
"""Words from the deed back to the praise word: the thanker's long name and title, the
praised one's name and its styles fit in it."""


def deed_holder(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The actor thanked or praised for the deed at ``words[position]`` («على دعمها», «لوقوفه»),
    read as the deed noun's holder; None when the noun is no such deed."""
    word = words[position]
    suffix = _pronoun(word)
    if suffix is None or position == 0:
        return None
    opened = words[position - 1].norm in _DEED_OPENERS and \
        not context.boundary_between(words[position - 1], word)
    if not opened and not glued_lam(word):
        return None
    deed_start = position - 1 if opened else position
    first = deed_start
    while first > 0 and deed_start - first < _REACH and \
            not context.boundary_between(words[first - 1], words[first]):
        first -= 1
    actor = None
    for mention in reversed(context.mentions_between(words[first].start, words[deed_start].start)):
        if mention.end > words[deed_start].start or not mention.entity_id:
            continue
        actor = mention
        break
    if actor is None or actor.label not in AGENT_LABELS or context.is_nisba(actor) or \
            not context.is_prepositional(actor) or not _agrees(actor.label, suffix):
        return None
    if context.mentions_between(actor.end, words[deed_start].start):
        return None  # another name between the praised one and the deed
    actor_word = context.word_at(actor.start)
    if actor_word is None:
        return None
    start = actor_word.index - words[0].index
    if not any(_praise_word(words[index]) for index in range(first, start + 1)):
        return None
    return Arg(actor.entity_id or "", actor.start, actor.end)


def _pronoun(word: Word) -> str | None:
    """The possessive pronoun at the end of the deed noun: «ها», «هم» or «ه»."""
    bare = word.bare()
    if bare.endswith(_BODY_PRONOUNS):
        return "body"
    if bare.endswith("ه") and not bare.endswith(("يه", "ته")):
        return "man"
    if bare.endswith("ته"):
        return "man"  # «مساندته», «لرعايته»: the feminine noun's «ة» before «ـه»
    return None


def _agrees(label: str, suffix: str) -> bool:
    """«ـها»/«ـهم» for a body or a country, «ـه» for a person."""
    return (label == "Person") == (suffix == "man")


def _praise_word(word: Word) -> bool:
    """A praise or thanks word («أشاد», «شكره», «تقديره», «بالمملكة» is not): the verb or noun
    whose «ل» or «ب» object the deed follows."""
    hit = find_stance(word.norm)
    return hit is not None and hit.value.kind == "praises"
