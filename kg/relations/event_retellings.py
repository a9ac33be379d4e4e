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

- **A deed told again word for word** («وتمكنت من دخول حي التواهي، آخر معاقل المتمردين» in the
  lead, then «دخول حي التواهي ميدانيا، تمكن الجيش الوطني والمقاومة من دخول حي التواهي، آخر
  معاقل المتمردين» in the body): a violent trigger whose own words and the five after it
  stand in that order in an earlier sentence of the article is the deed told there first,
  which the reader counts once, in that first telling (where kg may not have read it:
  the body's copy is then no event of the gold either; ``event_recaps`` lowers a copy of an
  event kg did read). Five following words keep apart deeds told with the same short phrase
  («غارات جوية استهدفت مواقع» and, two sentences on, «غارات جوية استهدفت منزل»: two raids;
  «غارات على مخازن السلاح في معسكر ...» and «... في مدينة ...»: another place, another
  strike). Read on unseen news (session 40): the body's copy was written at 0.80.

Each lowers the event's raw confidence by one caution (``kg.relations.event_confidence``).
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import Argument
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.event_happened import imperfect
from kg.relations.index import Word
from kg.text.normalize import normalize_key

_VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})
_VIOLENT_MOVES = frozenset({*_VIOLENT, "Deployment", "Withdrawal"})
_VERB_ENDINGS = ("وا", "ت", "ا")
"""Endings of the perfect's person and number («فجّروا», «فجّرت», «فجّرا»)."""
_PLURAL_ENDINGS = ("ون", "ين", "ان", "ه")
"""Endings of a doer noun's case, number or gender («مجهولون», «مجهولين», «مسلحان»)."""
_WHERE = frozenset({"حيث", "وحيث"})
_ECHO_WORDS = 5
"""How many words after the trigger must repeat, with it, an earlier sentence's words."""


def retold_by_unnamed(context: Extraction, draft: Draft) -> bool:
    """A violent verb whose one unnamed doer and verb stem repeat an earlier event's."""
    if not draft.verb or draft.label not in _VIOLENT:
        return False
    agents = [a for a in draft.arguments if a.role == "agent"]
    if len(agents) != 1 or agents[0].entity_id in context.entities:
        return False
    doer = _doer_stem(context.doc.text[agents[0].start:agents[0].end])
    stem = _verb_stem(trigger_form(draft.word))
    victims = _victim_words(context, draft.arguments)
    for event in (*context.state.events_latest_first(), *context.found.events.values()):
        if event.label != draft.label or event.trigger_start >= draft.word.start:
            continue
        word = context.word_at(event.trigger_start)
        if word is None or _verb_stem(trigger_form(word)) != stem:
            continue
        if any(a.role == "agent" and a.entity_id not in context.entities and
               _doer_stem(context.doc.text[a.start:a.end]) == doer for a in event.arguments) \
                and not _other_victims(context, victims, event.arguments):
            return True
    return False


def _victim_words(context: Extraction, arguments: Iterable[Argument]) -> set[str]:
    """The words of the targets read, without article or the «ا» of the accusative."""
    found: set[str] = set()
    for argument in arguments:
        if argument.role == "target":
            for word in normalize_key(context.doc.text[argument.start:argument.end]).split():
                word = word.removeprefix("ال")
                found.add(word[:-1] if word.endswith("ا") and len(word) > 3 else word)
    return found


def _other_victims(context: Extraction, victims: set[str],
                   arguments: Iterable[Argument]) -> bool:
    """Both deeds have victims read and they share no word: «قتل مسلحون مترجماً» in one town,
    «وقتل مسلحون شرطياً» in the next paragraph of a round-up are two killings (a witness who
    retells «فجّر مجهولون سيارة» as «فجّروا سيارة الضابط» names the same car)."""
    earlier = _victim_words(context, arguments)
    return bool(victims) and bool(earlier) and not victims & earlier


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


def echoed(context: Extraction, draft: Draft) -> bool:
    """A violent trigger whose words and the five after it, in its sentence, stand in that
    order in an earlier sentence of the article («دخول حي التواهي، آخر معاقل المتمردين»)."""
    if draft.label not in _VIOLENT_MOVES:
        return False
    words = context.index.words
    trigger = draft.word
    phrase = words[trigger.index:trigger.index + 1 + _ECHO_WORDS]
    if len(phrase) <= _ECHO_WORDS or phrase[-1].sentence_index != trigger.sentence_index:
        return False
    first = trigger.norm.removeprefix("و")
    # The spellings whose «و» stripped is ``first`` (one set look-up a word of the article,
    # not a string method call).
    spellings = {"و" + first} if first.startswith("و") else {first, "و" + first}
    rest = [word.norm for word in phrase[1:]]
    # Nearest first, as a reversed slice (no index look-up a word: this runs over the
    # article); ``words[i].index == i`` in the index's list of words.
    for word in reversed(words[:max(0, trigger.index - _ECHO_WORDS)]):
        if word.norm not in spellings or word.sentence_index == trigger.sentence_index:
            continue
        here = words[word.index + 1:word.index + 1 + _ECHO_WORDS]
        if [later.norm for later in here] == rest and \
                here[-1].sentence_index == word.sentence_index:
            return True
    return False
