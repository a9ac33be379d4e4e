"""Two readings of violent news that most often tell no new event of the news.

- **A deed told again by its unnamed doers** («فجّر مجهولون عدة سيارات في مدينة غزة», then
  «وقال الشهود إن مجهولين فجّروا خمس سيارات»): a violent verb of the same stem and class as
  an earlier event of the article, whose only doer is an unnamed phrase of the same stem as
  that event's doer, is most often the same deed told again by a witness or an official
  (the reader counts it once, in its first telling). Named doers are left to
  ``event_retold_deeds``, which folds a word-for-word retelling.
- **A presence told where a place is described** («في ولاية لوغار، حيث ينتشر متمردو
  طالبان»): a deployment verb in the imperfect right after «حيث» tells who is found in a
  place as a rule, not forces sent there in the news (``event_cautions.relative_habit`` does
  so after a relative pronoun).

Each lowers the event's raw confidence by one caution (``kg.relations.event_confidence``).
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.event_happened import imperfect
from kg.relations.index import Word
from kg.text.normalize import normalize_key

_VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})
_VERB_ENDINGS = ("وا", "ت", "ا")
"""Endings of the perfect's person and number («فجّروا», «فجّرت», «فجّرا»)."""
_PLURAL_ENDINGS = ("ون", "ين", "ان", "ه")
"""Endings of a doer noun's case, number or gender («مجهولون», «مجهولين», «مسلحان»)."""
_WHERE = frozenset({"حيث", "وحيث"})


def retold_by_unnamed(context: Extraction, draft: Draft) -> bool:
    """A violent verb whose one unnamed doer and verb stem repeat an earlier event's."""
    if not draft.verb or draft.label not in _VIOLENT:
        return False
    agents = [a for a in draft.arguments if a.role == "agent"]
    if len(agents) != 1 or agents[0].entity_id in context.entities:
        return False
    doer = _doer_stem(context.doc.text[agents[0].start:agents[0].end])
    stem = _verb_stem(trigger_form(draft.word))
    for event in (*context.state.events_latest_first(), *context.found.events.values()):
        if event.label != draft.label or event.trigger_start >= draft.word.start:
            continue
        word = context.word_at(event.trigger_start)
        if word is None or _verb_stem(trigger_form(word)) != stem:
            continue
        if any(a.role == "agent" and a.entity_id not in context.entities and
               _doer_stem(context.doc.text[a.start:a.end]) == doer for a in event.arguments):
            return True
    return False


def _verb_stem(form: str) -> str:
    for ending in _VERB_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            return form[:-len(ending)]
    return form


def _doer_stem(text: str) -> str:
    """The doer phrase's first word without its article and endings («مجهولين» → «مجهول»)."""
    words = normalize_key(text).split()
    word = words[0].removeprefix("ال") if words else ""
    for ending in _PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def presence_where(words: list[Word], position: int, draft: Draft) -> bool:
    """A deployment verb in the imperfect right after «حيث» («حيث ينتشر متمردو طالبان»)."""
    return draft.label == "Deployment" and draft.verb and position > 0 and \
        words[position - 1].norm in _WHERE and imperfect(words[position])
