"""The doer of the deed a killing is told as the outcome of: «استهدف الجيش مقراً ... مما أسفر
عن مقتل 20 عنصراً».

«أسفرت غارة أميركية أمس عن مقتل عشرة جنود», «أطلقت الشرطة النار على المحتجين، مما أدى إلى
مقتل شخص», «هجوم نفذته حركة الشباب نتج عنه مقتل خمسة»: a killing noun after the particle of a
verb of outcome («أسفر عن», «أدى إلى», «تسبب في», «نتج عنه») is what the deed before it caused,
so the doer of that deed killed them. When the deed is recorded in the sentence (the last
violent event before the killing, ``SentenceState.cause``), the killing is as reported as the
deed, and takes the deed's agents as its own.

Left alone (the killing then stays as the other rules read it):

- a deed with no doer, or one told only by an indefinite phrase («انتحاري», «مسلحون»): the
  dead stay that deed's toll, as after a strike whose doer is unnamed
  (``event_folded_victims``); a definite one («الجيش», «الشرطة») is who did it;
- a clash («اشتباكات بين الجيش والمسلحين أسفرت عن مقتل»): both sides fight, neither is the
  killer;
- a deed told as background;
- a sentence that has recorded a killing already («ارتكبت الميليشيات مجزرة ... بعدما أمطرت
  الضاحية بالصواريخ مما أدى إلى مقتل 43»): the dead are that killing's, told again as the
  toll of the shelling, which takes the count (``event_reading``);
- another event noun between the verb of outcome and its particle: that one is what caused
  the deaths («وأسفرت الاشتباكات عن مقتل»), not the deed recorded before it (the deed's own
  noun told again, «فجر انتحاري من حركة الشباب نفسه ... وأسفر الانفجار عن
  مقتل», is that deed);
- a doer that is also one of the dead.
"""

from __future__ import annotations

from kg.model import Argument
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, SentenceState, trigger_form
from kg.relations.event_triggers import is_unnamed
from kg.relations.index import Arg, Word
from kg.relations.lexicon import RECIPROCAL_NOUNS, find_event

_OUTCOME_VERBS: dict[str, frozenset[str]] = {
    "عن": frozenset({"اسفر", "اسفرت", "نتج", "نتجت"}),
    "الي": frozenset({"ادي", "ادت"}),
    "في": frozenset({"تسبب", "تسببت"}),
}
"""The particle right before the killing noun, and the past verbs of outcome that govern it."""
_RESUMED = frozenset({"عنه", "عنها", "عنهما", "عنهم"})
"""«نتج عنه مقتل»: the particle with the pronoun of the deed, right after «نتج»."""
_CAUSES = frozenset({"Attack", "MilitaryOperation"})
_REACH = 12
"""How far before the killing noun the verb of outcome may stand: the verb, the deed's noun,
its adjectives, its doer, a time and a place («وأسفرت غارة شنتها طائرة أميركية بلا طيار في
بداية الشهر عن مقتل»)."""


def _outcome_verb(context: Extraction, words: list[Word], position: int) -> int | None:
    """The index of the verb of outcome whose particle stands right before the noun at
    ``words[position]``, in its clause; None when there is none."""
    if position < 2:
        return None
    particle = words[position - 1]
    if particle.norm in _RESUMED:
        verb = words[position - 2]
        return position - 2 if verb.has(_OUTCOME_VERBS["عن"]) and \
            not context.boundary_between(verb, particle) else None
    verbs = _OUTCOME_VERBS.get(particle.norm)
    if verbs is None:
        return None
    return next((index for index in context.clause_before(words, position - 1, _REACH)
                 if words[index].has(verbs)), None)


def _indefinite_phrase(context: Extraction, agent: Argument) -> bool:
    """An agent read from an indefinite phrase («انتحاري», «مسلحون»), not a mention."""
    if not is_unnamed(context, agent.entity_id):
        return False
    head = context.word_at(agent.start)
    return head is None or not head.norm.startswith("ال")


def outcome_doers(context: Extraction, words: list[Word], position: int, draft: Draft,
                  here: SentenceState) -> list[Arg]:
    """The agents of the deed the killing noun at ``words[position]`` is told as the outcome
    of, or ``[]`` (see the module's docstring for when none is given)."""
    if draft.label != "Killing" or draft.verb or here.cause is None or \
            any(a.role == "agent" for a in draft.arguments):
        return []
    verb = _outcome_verb(context, words, position)
    if verb is None:
        return []
    cause = context.event(here.cause)
    if cause.label not in _CAUSES or cause.historical or \
            cause.trigger_start >= words[position].start:
        return []
    if any(event.label == "Killing" for event in map(context.found.events.get, here.recorded)
           if event is not None):
        return []
    cause_word = context.word_at(cause.trigger_start)
    if cause_word is None or trigger_form(cause_word) in RECIPROCAL_NOUNS:
        return []
    told = context.found.event_at_word
    if any(find_event(word.norm) is not None and told.get(word.index) != here.cause
           for word in words[verb + 1:position - 1]):
        return []
    agents = [a for a in cause.arguments if a.role == "agent"]
    victims = {a.entity_id for a in draft.arguments if a.role == "target"}
    if not agents or any(a.entity_id in victims or _indefinite_phrase(context, a)
                         for a in agents):
        return []
    return [Arg(a.entity_id, a.start, a.end) for a in agents]
