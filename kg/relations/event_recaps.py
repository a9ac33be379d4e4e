"""Doubts on a violent event of the news that the gold reads as a repeat, a recap or misread.

The blind gold counts a violent event (an attack, a killing, a military operation) once, on
its first clear mention, with its doer, its victim or the place it hit, and nothing else in
those roles. On fresh news (session 34) kg's violent events at a raw 0.80-0.85 were often
one of these, so each lowers the event's raw confidence as a caution of
``kg.relations.event_cautions`` does:

- **The same deed told again** («وشن طيران التحالف عدة غارات جوية على مخازن الأسلحة في
  معسكر السواد» in the lead, then again word for word in the body): an event of the class
  and trigger word of an earlier one of the article, with the same doer and the same target,
  whose clause after the trigger adds no word to the earlier one's (another place, «في
  محافظة مأرب», makes a new strike on the same side), tells that event again; so does, in
  one sentence, one with the doer of an earlier one that had no target («تزامن مع غارات
  شنها طيران التحالف الذي نفذ عدة غارات في العند»).
- **A recap in the pluperfect** («وكان فلان قد أطلق النار الخميس على مركزين عسكريين»,
  «وكانت المقاومة قد فرضت حصاراً»): a sentence after the first that opens with «وكان» and
  tells a deed with «قد» tells again how the news began, or a background the article does
  not date; either way the reader seldom counts it as a new event of the news (an event
  already flagged background is left alone).
- **A doer behind a phrase of means** («وقتل المهاجم برصاص الشرطة», «قتل على يد
  مسلحين»): a killing with no agent read whose doer follows it in «برصاص», «بنيران» or
  «على يد» lacks the agent the reader gives it.
- **A place as the target behind a locative** («استعادت المقاومة القصر الرئاسي بحي
  التواهي»): a target that is a place introduced by «في» or a locative noun with «ب»
  («بحي», «بمنطقة», «بمدينة») some words after the trigger (or joined by «و» to such a
  place: «غارات في العند وكرش») is where the deed's object stands or the deed was done,
  its location, not what the deed was done to.
- **A vague toll told again** («لقي العشرات من عناصر داعش مصرعهم» then «إن العشرات من
  عناصر التنظيم قتلوا»): a killing whose victims open with a vague count («العشرات»,
  «المئات») and the noun after it, after a killing of the article whose victims open the
  same way, is that killing told again (``event_cautions.toll_told_again`` does so for a
  toll in figures); so is a killing by the doer of an earlier one whose victims were such a
  vague count («قتل مسلحون من جماعة فلان عشرات الأشخاص», then a witness: «وقتلوا 43
  شخصاً»), the figure of that killing.
- **A toll told in a known event** («وقتل أربعة من جنود المارينز وبحار في الهجوم الذي
  تعتبره السلطات عملاً إرهابياً», «وقتل 43 شخصاً في التفجير الأول»): a killing told «في»
  a definite violent noun, after a violent event of an
  earlier sentence, is the toll of that event told again (``event_cautions.told_back`` does
  so for «في هذا الهجوم»).
- **An object left unread after a light verb** («رجال المقاومة قاموا بتمشيط المنطقة»): an
  attack or operation noun after «قام ... بـ», with no target read, right before a definite
  noun that is no name, adjective or time, has that noun for object; the gold gives it as
  the target, so the event lacks it (``event_record`` does so for a verb's object).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.model import Event
from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.index import PLACE_LABELS, Word
from kg.relations.lexicon import LIGHT_VERBS, RELATIVE_PRONOUNS, find_event
from kg.text.normalize import normalize_key

VIOLENT = frozenset({"Attack", "Killing", "MilitaryOperation"})

_WAS = frozenset({"وكان", "وكانت", "وكانوا", "كان", "كانت"})
_RECAP_REACH = 8
"""How many words after «وكان» the verb told with «قد» may stand («وكان عبد العزيز، 24
عاماً، قد أطلق»)."""

_MEANS = frozenset({"برصاص", "بنيران", "برصاصه", "بطلقات"})
"""Phrases of the means whose genitive is the doer («برصاص الشرطة»)."""
_MEANS_REACH = 10
"""«وقتل مطلق النار فلان الفلاني (24 عاماً) برصاص الشرطة»: the victim's name between."""

_LOCATIVE_NOUNS = frozenset({
    "حي", "منطقه", "مدينه", "محافظه", "قريه", "بلده", "ولايه", "مديريه", "ضاحيه", "شارع",
})
"""Nouns of a place's kind that «ب» turns into a locative («بحي التواهي»)."""

_VAGUE_COUNTS = frozenset({"العشرات", "عشرات", "المئات", "مئات", "الالاف", "الاف"})
"""Counts with no figure: a later figure for the same killing details them."""


def retold_cautions(context: Extraction, words: list[Word], position: int, draft: Draft,
                    historical: bool) -> int:
    """How many of the module's doubts the violent event at ``words[position]`` raises."""
    if draft.label not in VIOLENT:
        return 0
    return sum((same_deed_again(context, draft),
                not historical and recapped(context, words, position),
                doer_behind_means(context, words, position, draft),
                place_as_target(context, words, position, draft),
                vague_toll_again(context, draft),
                toll_of_known_event(context, words, position, draft),
                light_deed_object_unread(context, words, position, draft)))


def _keys(context: Extraction, draft_or_event: Draft | Event, role: str) -> set[str]:
    """The entity ids and normalised spans of the arguments of ``role``."""
    keys: set[str] = set()
    for argument in draft_or_event.arguments:
        if argument.role == role:
            keys.add(argument.entity_id)
            keys.add(normalize_key(context.doc.text[argument.start:argument.end]))
    return keys


def _earlier(context: Extraction, draft: Draft) -> Iterator[Event]:
    """The events of the article found before the draft's trigger."""
    seen: set[str] = set()
    for event in (*context.found.events.values(), *context.state.events_latest_first()):
        if event.id not in seen and event.trigger_start < draft.word.start:
            seen.add(event.id)
            yield event


def same_deed_again(context: Extraction, draft: Draft) -> bool:
    """An earlier event of the class and trigger word, with the same agent and target (in
    one sentence: the same agent, the earlier one with no target)."""
    agents = _keys(context, draft, "agent")
    if not agents:
        return False
    targets = _keys(context, draft, "target")
    form = trigger_form(draft.word)
    for event in _earlier(context, draft):
        word = context.word_at(event.trigger_start)
        if event.label != draft.label or word is None or trigger_form(word) != form or \
                not agents & _keys(context, event, "agent"):
            continue
        earlier_targets = _keys(context, event, "target")
        if not earlier_targets and word.sentence_index == draft.word.sentence_index:
            return True
        if targets & earlier_targets and \
                _clause_after(context, draft.word) <= _clause_after(context, word):
            return True
    return False


_CLAUSE_REACH = 12


def _clause_after(context: Extraction, trigger: Word) -> set[str]:
    """The words after a trigger up to the next punctuation (twelve at most)."""
    told: set[str] = set()
    previous = trigger
    for word in context.words[trigger.index + 1:trigger.index + 1 + _CLAUSE_REACH]:
        if context.boundary_between(previous, word):
            break
        told.add(word.norm.removeprefix("و"))
        previous = word
    return told


def recapped(context: Extraction, words: list[Word], position: int) -> bool:
    """A verb right after «قد» in a sentence after the article's first that opens with
    «وكان» a few words before it."""
    trigger = words[position]
    if position == 0 or trigger.sentence_index == 0 or words[position - 1].norm != "قد":
        return False
    for index in range(position - 2, max(position - 2 - _RECAP_REACH, -1), -1):
        word = words[index]
        if word.sentence_index != trigger.sentence_index:
            return False
        if word.norm in _WAS:
            return index == 0 or words[index - 1].sentence_index != trigger.sentence_index
    return False


def doer_behind_means(context: Extraction, words: list[Word], position: int,
                      draft: Draft) -> bool:
    """A killing with no agent read, «برصاص», «بنيران» or «على يد» a few words after it."""
    if draft.label != "Killing" or any(a.role == "agent" for a in draft.arguments):
        return False
    trigger = words[position]
    following = words[position + 1:position + 1 + _MEANS_REACH]
    for index, word in enumerate(following):
        if word.sentence_index != trigger.sentence_index:
            return False
        if word.norm in _MEANS or (word.norm == "علي" and index + 1 < len(following)
                                   and following[index + 1].norm == "يد"):
            return True
    return False


def place_as_target(context: Extraction, words: list[Word], position: int,
                    draft: Draft) -> bool:
    """A place target right after «في» or a locative «بحي», with a word between the trigger
    and the preposition (the deed's object)."""
    trigger = words[position]
    for argument in draft.arguments:
        if argument.role != "target" or context.label(argument.entity_id) not in PLACE_LABELS:
            continue
        first = context.word_at(argument.start)
        if first is None:
            continue
        reach = _JOINED_REACH if first.norm.startswith("و") else 1  # «في العند وكرش»
        for before in context.words[max(first.index - reach, 0):first.index]:
            if before.sentence_index == trigger.sentence_index and \
                    before.index > trigger.index + 1 and _locative(before) and \
                    not context.boundary_between(before, first):
                return True
    return False


_JOINED_REACH = 3
"""How far before a place joined by «و» the «في» of the first place may stand."""


def _locative(word: Word) -> bool:
    """«في», or a locative noun of place with «ب» («بحي»)."""
    return word.norm == "في" or (word.norm.startswith("ب") and word.norm[1:] in _LOCATIVE_NOUNS)


def vague_toll_again(context: Extraction, draft: Draft) -> bool:
    """A killing whose victims open with a vague count and its noun («العشرات من عناصر»)
    as the victims of an earlier killing of the article do, or one by the doer of an earlier
    killing whose victims were a vague count («قتل مسلحون من جماعة فلان عشرات الأشخاص»
    then a witness: «وقتلوا 43 شخصاً»: the count of that killing)."""
    if draft.label != "Killing":
        return False
    openings = _vague_openings(context, draft)
    agents = _keys(context, draft, "agent")
    for event in _earlier(context, draft):
        if event.label != "Killing":
            continue
        earlier = _vague_openings(context, event)
        if openings & earlier or (earlier and _overlap(agents, _keys(context, event, "agent"))):
            return True
    return False


def _overlap(keys: set[str], others: set[str]) -> bool:
    """Whether a key of one set holds or is held in a key of the other («بوكو حرام» in
    «مسلحون من جماعة بوكو حرام»)."""
    return any(key in other or other in key for key in keys for other in others)


def _vague_openings(context: Extraction, draft_or_event: Draft | Event) -> set[tuple[str, str]]:
    """The vague count and the noun after it («عشرات», «عناصر») of each target."""
    openings: set[tuple[str, str]] = set()
    for argument in draft_or_event.arguments:
        if argument.role != "target":
            continue
        tokens = [token for token in normalize_key(
            context.doc.text[argument.start:argument.end]).split() if token != "من"]
        if len(tokens) >= 2 and tokens[0] in _VAGUE_COUNTS:
            openings.add((tokens[0].removeprefix("ال"), tokens[1]))
    return openings


_ADJUNCTS = frozenset({"في", "خلال", "جراء", "اثر", "بعد", "اثناء"})
_KNOWN_REACH = 10
"""How many words after a killing the adjunct naming the known event may stand («وقتل أربعة
من جنود مشاة البحرية الأمريكية وبحار في الهجوم»)."""
_ORDINALS = frozenset({"الاول", "الثاني", "الاخير", "الاولي"})


def toll_of_known_event(context: Extraction, words: list[Word], position: int,
                        draft: Draft) -> bool:
    """A killing told «في الهجوم», «جراء الانفجار» — a definite violent noun that ends its
    clause or goes on in a relative clause or an ordinal — after a violent event of an earlier
    sentence: the toll of that event told again («قتل خمسة جنود في هجوم ...», then «وقتل أربعة
    من جنود المارينز وبحار في الهجوم الذي تعتبره السلطات عملاً إرهابياً»)."""
    if draft.label != "Killing":
        return False
    trigger = words[position]
    following = words[position + 1:position + 1 + _KNOWN_REACH]
    for index, word in enumerate(following[:-1]):
        if word.sentence_index != trigger.sentence_index:
            return False
        noun = following[index + 1]
        hit = find_event(noun.norm)
        if word.norm not in _ADJUNCTS or hit is None or hit.value not in VIOLENT or \
                hit.prefix != "ال":
            continue
        after = context.words[noun.index + 1] if noun.index + 1 < len(context.words) else None
        if after is None or context.boundary_between(noun, after) or \
                after.norm in RELATIVE_PRONOUNS or after.norm in _ORDINALS:
            return any(event.label in VIOLENT and _sentence_of(context, event)
                       < trigger.sentence_index for event in _earlier(context, draft))
    return False


def _sentence_of(context: Extraction, event: Event) -> int:
    word = context.word_at(event.trigger_start)
    return word.sentence_index if word is not None else -1


_OFFENSIVES = frozenset({"Attack", "MilitaryOperation"})
_TIME_NOUNS = frozenset({
    "اليوم", "الامس", "الليله", "الصباح", "المساء", "الفجر", "الاحد", "الاثنين", "الثلاثاء",
    "الاربعاء", "الخميس", "الجمعه", "السبت", "الاسبوع", "الشهر", "العام",
})
_PHRASE_TAILS = frozenset({"النار", "الرصاص", "القذائف", "الصواريخ"})
"""The second word of the trigger's phrase, not its object («قام بإطلاق النار على ...»)."""


def light_deed_object_unread(context: Extraction, words: list[Word], position: int,
                             draft: Draft) -> bool:
    """An offensive noun after «قام ... بـ» with no target read, right before a definite noun
    that is no name, no adjective, no time and none of its arguments: its object, unread
    («قاموا بتمشيط المنطقة»)."""
    if draft.label not in _OFFENSIVES or draft.verb or \
            any(a.role == "target" for a in draft.arguments) or position == 0 or \
            position + 1 >= len(words):
        return False
    trigger, following = words[position], words[position + 1]
    if not trigger.norm.startswith("ب") or not any(
            word.norm in LIGHT_VERBS for word in words[max(position - 4, 0):position]):
        return False
    bare = following.norm
    return following.sentence_index == trigger.sentence_index and \
        not context.boundary_between(trigger, following) and bare.startswith("ال") and \
        not bare.endswith(("ي", "يه", "يين", "يون")) and bare not in _TIME_NOUNS and \
        bare not in _PHRASE_TAILS and \
        context.mention_starting_in(following) is None and \
        not any(a.start < following.end and following.start < a.end for a in draft.arguments)
