"""Names read as an event's agent that the text does not give as its doer.

Three constructions of news prose put a name just before an event word that did not do it:

- a correspondent's byline: «وفي طرابلس (غسان ريفي)، تجمع عدد من أنصار الحريري»: a
  person's name alone in brackets after the dateline place (or opening the sentence) signs
  the report; it is nobody's subject;
- an urged deed: «ودعا الرئيس السابق فلان إثيوبيا إلى سحب قواتها», «وطالب الوزير فلان تركيا
  بسحب قواتها»: the event noun after «إلى» / «بـ» / «على» that a verb of urging governs is
  to be done by the one urged (the name right before the preposition, when another name,
  the urger's, stands between it and the verb), never by the urger;
- a titled name that a preposition governs: «أصدر أوامره لوزير التموين فلان بعد أن عقد
  اجتماعاً»: the name closes a title behind «لـ», so it is the one addressed or met, not the
  subject of the verb or noun that follows (unless a relative clause on it holds the
  trigger: «إلى وزير التموين فلان الذي عقد اجتماعاً»).
"""

from __future__ import annotations

from kg.relations.arguments import is_place
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import PREPOSITIONS, RELATIVE_PRONOUNS, TITLE_HEADS, find_stance

_GUESSED = frozenset({"before", "light"})
"""How an agent was found when it is only the name nearest before the trigger (or its light
verb): the readings these rules correct."""


def unsaid_doers(context: Extraction, words: list[Word], position: int, draft: Draft,
                 agents: list[Arg]) -> list[Arg]:
    """The agents without those the text does not give as the doer (see the docstring);
    an urged deed's agent is the one urged, when named."""
    kept = [a for a in agents if not byline(context, a)]
    if draft.agent_source not in _GUESSED:
        return kept
    urged = urged_doer(context, words, position, draft, kept)
    if urged is not None:
        return urged
    return [a for a in kept if not governed_title(context, words, a) or
            _relative_between(words, a, position)]


def _relative_between(words: list[Word], holder: Arg, position: int) -> bool:
    """«إلى وزير التموين فلان الذي عقد اجتماعاً»: a relative pronoun after the name makes it
    the subject of the clause that holds the trigger."""
    return any(word.norm in RELATIVE_PRONOUNS for word in words[:position]
               if word.start >= holder.end)


def byline(context: Extraction, arg: Arg) -> bool:
    """«وفي طرابلس (غسان ريفي)، تجمع ...»: a person's name alone in brackets, after a place
    or opening its sentence, is the report's signature."""
    if context.label(arg.node_id) != "Person":
        return False
    first, last = context.word_at(arg.start), context.word_at(max(arg.start, arg.end - 1))
    if first is None or last is None or last.index + 1 >= len(context.words):
        return False
    following = context.words[last.index + 1]
    closes = following.sentence_index == last.sentence_index and \
        ")" in context.gap(last, following)
    if not closes:
        return False
    if first.index == 0 or context.words[first.index - 1].sentence_index != first.sentence_index:
        return context.doc.text[max(0, first.start - 2):first.start].strip() == "("
    before = context.words[first.index - 1]
    if context.gap(before, first).strip() != "(":
        return False
    if before.index == 0 or context.words[before.index - 1].sentence_index != \
            before.sentence_index:
        return True  # «بيروت (فلان) -»: the dateline opens the sentence
    place = context.covering_mention(before.start)
    return place is not None and is_place(place.label)


_URGED_LABELS = frozenset({"Withdrawal", "Deployment", "Sanction", "Visit", "Attack",
                           "Killing", "MilitaryOperation"})
"""Deeds done by the one urged. Not a meeting or an agreement: «دعا رئيس المجلس إلى اجتماع
طارئ» convenes it; not a protest: who calls a protest may lead it."""

_GOVERNING = frozenset({"الي", "علي"})
_ATTACHED = frozenset({"ب", "ل"})
_URGE_REACH = 12


def urged_doer(context: Extraction, words: list[Word], position: int, draft: Draft,
               agents: list[Arg]) -> list[Arg] | None:
    """The one urged to do the deed a noun names after a verb of urging («ودعا فلان
    إثيوبيا إلى سحب قواتها» → Ethiopia), [] when none is named («دعا فلان إلى سحب
    القوات»); None when the noun is no urged deed or the agent was not read before it."""
    if draft.verb or draft.label not in _URGED_LABELS or not agents or position == 0:
        return None
    trigger = words[position]
    attached = any(prefix.lstrip("وف")[:1] in _ATTACHED for prefix, rest in trigger.readings()
                   if rest != trigger.norm)
    prep = position if attached else position - 1
    if not attached and words[prep].norm not in _GOVERNING:
        return None
    verb = _urging_verb(context, words, prep)
    if verb is None or any(a.start < words[verb].end for a in agents):
        return None
    if prep - 1 <= verb:
        return []
    named = context.covering_mention(words[prep - 1].start)
    if named is None or not named.entity_id or named.label not in AGENT_LABELS or \
            context.is_nisba(named) or named.end < words[prep - 1].end - 1:
        return []
    if not any(m.entity_id and m.entity_id != named.entity_id and m.label in AGENT_LABELS
               and not context.is_nisba(m)
               for m in context.mentions_between(words[verb].end, named.start)):
        return []  # «وطالبت تركيا بسحب ...»: with no urger named before it, the name urges
    return [Arg(named.entity_id, named.start, named.end)]


def _urging_verb(context: Extraction, words: list[Word], prep: int) -> int | None:
    """The index of the verb of urging that governs the preposition at ``prep``, in its
    clause and shortly before it."""
    for index in range(prep - 1, max(-1, prep - 1 - _URGE_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            return None
        hit = find_stance(words[index].norm)
        if hit is not None and hit.value.kind == "urges" and not hit.value.noun:
            return index
    return None


_TITLE_REACH = 4
"""Words between a title's head and its holder's name («لوزير التموين والتجارة فلان»)."""


def governed_title(context: Extraction, words: list[Word], holder: Arg) -> bool:
    """«لوزير التموين فلان», «إلى وزير التموين فلان»: the nearest title head before the
    name, within its phrase, has a preposition glued to it or standing right before it."""
    first = next((i for i, w in enumerate(words) if w.start <= holder.start < w.end), None)
    if first is None:
        return False
    for index in range(first - 1, max(-1, first - 1 - _TITLE_REACH), -1):
        word = words[index]
        if context.boundary_between(word, words[index + 1]):
            return False
        if not word.has(TITLE_HEADS):
            continue
        if any(prefix.lstrip("وف")[:1] in _ATTACHED and rest in TITLE_HEADS
               for prefix, rest in word.readings() if rest != word.norm):
            return True  # «لوزير», «بالرئيس»
        return index > 0 and words[index - 1].norm in PREPOSITIONS and \
            not context.boundary_between(words[index - 1], word)
    return False
