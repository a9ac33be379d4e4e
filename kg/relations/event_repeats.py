"""Coreferent repeats of an event: «الهجوم» after «هجوم انتحاري» is the same attack.

An article tells its news event first and then refers back to it, often several
sentences later: «قتل عشرة في هجوم انتحاري استهدف مسجداً ... ونفذ الهجوم انتحاري»,
«التقى الوزير نظيره ... وحضر هذا اللقاء». The guidelines annotate the event once, on
its first clear mention, and an analyst wants one node per event: a later definite noun
trigger («الهجوم», «للاتفاقية») or a noun behind a demonstrative («هذا الهجوم», «تلك
العقوبات») that names an event of the same kind as an earlier one of the article, with no
argument that sets it apart, folds into that earlier event. The earlier event keeps its
trigger, evidence and agent and target (a repeat's are often read worse: «الهجوم» as the
object of a verb of claiming); the repeat adds only the places, the time and the casualty
count the earlier one lacks, and its word points to the earlier event (so a
stance on «هذا الهجوم» is a stance on the attack).

A gathering, visit or sanction noun in construct with a name that is a party or place of
the earlier event («اتفاق إيران» after «توصلت القوى الكبرى إلى اتفاق مع إيران») is definite
too. A killing told again with the same toll of three or more («بمقتل 19 مسلحاً» then «تمكنت من
قتل 19 مسلحاً»), by a verb or a noun, is the same killing too.

A repeat is told apart from a new event by its arguments: another agent, target or place,
another date, a background flag the earlier event has not (or the other way round), an
ordinal or «آخر» after the noun («الهجوم الثاني», «الاجتماع السابق»; not «الجديد»: «الاتفاق
الجديد» is often the deal of the news). Only the nearest
earlier event of the same kind is a candidate: when it differs, the noun names a new event.
Behind a demonstrative the noun refers back whatever its arguments («حضر هذا اللقاء
فلان» reads the attendee as an agent).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.model import Argument, Event
from kg.relations.context import Extraction
from kg.relations.event_attendees import owned_repeat
from kg.relations.event_draft import GATHERING, OWN_AGENT, Draft, trigger_form
from kg.relations.event_retold_deeds import retold_deed
from kg.relations.event_retold_tolls import same_count_noun
from kg.relations.index import Word
from kg.relations.lexicon import (
    RECIPROCAL_NOUNS,
    RELATIVE_PRONOUNS,
    SIGNING_VERBS,
    find_event,
    find_reporting,
)
from kg.text.normalize import normalize_key

_LINK_OPENINGS = frozenset({"رابط", "ورابط"})
_NEWS_WORDS = frozenset({"الخبر", "المقال", "المقاله", "التقرير"})


def link_line(words: list[Word]) -> bool:
    """«رابط الخبر بصحيفة الوئام: الأمير يلتقي رئيس الشيشان»: the footer that links the
    article repeats its headline, so what it tells is told above and is no new event."""
    return len(words) > 2 and words[0].norm in _LINK_OPENINGS and words[1].norm in _NEWS_WORDS


_DURING = frozenset({"خلال", "اثناء", "طوال", "ختام", "هامش"})
_TOLD_DURING = frozenset({"Meeting", "Visit"})
_PARTY_OPENERS = frozenset({"مع", "بين", "في", "الي"})


def told_during(context: Extraction, words: list[Word], position: int, label: str,
                prefix: str) -> bool:
    """«وأكد الوزير خلال الاجتماع أن ...», «وقال خلال اللقاء»: a bare definite meeting or visit
    noun after «خلال» frames what someone says in a meeting or visit told before (or a
    programme, «اللقاء» on television), not a new one; a name, a place, a party, an adjective
    or a relative clause after the noun («خلال الاجتماع الوزاري», «الاجتماع الذي عقد») may
    introduce it, so the noun is kept then."""
    if label not in _TOLD_DURING or position == 0 or \
            not words[position - 1].has(_DURING) or position + 1 >= len(words):
        return False
    if not definite(prefix):
        return False
    following = words[position + 1]
    if context.boundary_between(words[position], following):
        return True
    return not (context.mention_starting_in(following) is not None or
                following.norm in RELATIVE_PRONOUNS or following.bare() in _PARTY_OPENERS or
                following.bare().endswith(("ي", "يه")))


DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هذان", "هاتان"})
"""Before a trigger noun: «هذا الهجوم», «لهذه الزيارة», «تلك الهجمات» point back."""

OTHER_WORDS = frozenset({
    "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه", "الاخر", "الاخري", "اخر",
    "اخري", "السابق", "السابقه", "الماضي", "الماضيه", "المقبل", "المقبله", "القادم",
    "القادمه", "الاول", "الاولي",
})
"""After a trigger noun: «الهجوم الثاني», «الاجتماع السابق», «اللقاء الأول» name another
event of the same kind, not the one told before."""

BLAST_FORMS = frozenset({"هجوم", "اعتداء", "تفجير", "انفجار", "هجوما"})
"""Nouns of one bombing or assault: «الانفجار» after «اعتداء انتحاري» is the same event."""

ONE_ACT_FORMS = BLAST_FORMS | frozenset({
    "عمليه", "فجر", "فجرت", "فجروا", "فجرا", "انفجرت", "انفجر", "هاجم", "هاجمت", "هاجموا",
    "استهدف", "استهدفت", "استهدفوا", "استهدفا",
})
"""Trigger forms that may name one violent act however it is told: «التفجير» after «فجر
انتحاري نفسه», «العملية» after «هجوم انتحاري», «الهجوم» after «انفجار استهدف تجمعاً». Told
by another word, the act is the one of a sentence close before (``NEAR_SENTENCES``), not
one told far back in the article («أما في فرنسا فالمشتبه الذي نفذ الاعتداء» after «العملية
الإرهابية» in Tunisia). A plural («الهجمات») names a series, not the one act."""

NEAR_SENTENCES = 2
"""How many sentences back a repeat by another word of ``ONE_ACT_FORMS`` may reach."""

COUNT_REPEAT_MINIMUM = 3
"""A killing told again with the same toll is the same killing when the toll is this high
or higher (a roundup of incidents has many with one or two dead)."""

_VIOLENT = frozenset({"Killing", "Attack", "MilitaryOperation"})
_OFFENSIVE = frozenset({"Attack", "MilitaryOperation"})
"""«شن الجيش هجوماً» is an operation, «نفذ الهجوم» an attack: the same offensive."""
_CONSTRUCT_CLASSES = frozenset({"Meeting", "Agreement", "Visit", "Sanction"})
"""Classes whose noun in construct with a name («اتفاق إيران») names a known event; a violent
noun in construct («هجوم داعش») is as often a new deed of the same doer."""
_PLACE_ROLES = ("location",)
_ROLES_KEPT_APART = ("agent", "target", "location")


def definite(prefix: str) -> bool:
    """Whether the clitics before a trigger include the article («ال», «بال», «لل»)."""
    return "ال" in prefix or prefix.endswith("لل")


def same_kind(earlier_word: Word | None, earlier_label: str, word: Word,
              group: frozenset[str] = BLAST_FORMS) -> bool:
    """Whether a noun trigger may repeat an earlier event of its class. A meeting, a visit or
    an agreement is one act however it is named («التقى ...» then «حضر اللقاء»); the violent
    classes group different acts, so «الاشتباكات» after «بدأت القوات هجوماً» is a new event,
    while «الهجوم» after «هجوماً» repeats it (the same word, any inflection), as «الانفجار»
    repeats «اعتداء انتحاري» (both in ``group``)."""
    if earlier_label not in _VIOLENT or earlier_word is None:
        return True
    forms = trigger_form(earlier_word), trigger_form(word)
    return forms[0][:3] == forms[1][:3] or (forms[0] in group and forms[1] in group)


def repeat_of(context: Extraction, words: list[Word], position: int, draft: Draft,
              prefix: str, time: str | None, historical: bool,
              casualties: int | None) -> Event | None:
    """The earlier event of the article that the finished draft at ``position`` refers back
    to, or None when it names a new event (see the module's docstring)."""
    if casualties is not None and casualties >= COUNT_REPEAT_MINIMUM:
        counted = _same_toll(context, draft, casualties)
        if counted is not None and _compatible(counted, draft, time, historical,
                                               counted.label != "Killing" or
                                               _victims(context, counted, draft)):
            return counted
    if casualties is not None and not draft.verb:
        reported = _reported_toll(context, words, position, draft)
        if reported is not None and _compatible(reported, draft, time, historical, True):
            return reported
    retold = None if draft.label != "Attack" or another_of_kind(words, position) or \
        not _in_report(words, position) else _retold_attack(context, draft)
    if retold is not None and _compatible(retold, draft, time, historical, True):
        return retold  # «نفذ الهجوم مسلحون» told again by its doer, by a verb or a noun
    if draft.verb:
        deed = retold_deed(context, draft, _events_so_far(context))
        return deed if deed is not None and _compatible(deed, draft, time, historical) \
            else None  # «أحرق مسلحو الحوثي منشأة» in the lead, then again in the body
    pointed = position > 0 and words[position - 1].bare() in DEMONSTRATIVES
    # «العقوبات» is listed with its article, so the article is in the form, not the prefix
    the = definite(prefix) or trigger_form(draft.word).startswith("ال")
    named = None if pointed or the else _named_construct(context, words, position, draft)
    if not (pointed or the or named is not None):
        the = definite_genitive(context, words, position, draft) or \
            _fighting_again(context, draft)
    owned = _nearest_of_kind(context, draft) if not pointed else None
    if owned_repeat(context, draft, owned) and owned is not None and \
            not another_of_kind(words, position) and _compatible(owned, draft, time, historical):
        return owned  # «الأمير فلان خلال لقائه رئيس الشيشان»: the meeting told above
    if not (pointed or the or named is not None):
        return None
    earlier = _nearest_of_kind(context, draft)
    if earlier is None or another_of_kind(words, position):
        return None
    if named is not None and named not in {a.entity_id for a in earlier.arguments}:
        return None  # «قمة شرم الشيخ» after a meeting elsewhere: another summit
    if pointed or _compatible(earlier, draft, time, historical):
        return earlier
    return _older_compatible(context, draft, time, historical) if named is None else None


def _fighting_again(context: Extraction, draft: Draft) -> bool:
    """«... في معارك محتدمة دارت بمناطق متفرقة» then, in the next sentence, «قتلوا ... في معارك
    عنيفة»: an indefinite noun of fighting with no side of its own, right after a sentence
    that told fighting of the same word with no side either, is that fighting again (two
    such mentions cannot be told apart; a place or a date of their own still can, see
    ``_compatible``)."""
    if trigger_form(draft.word) not in RECIPROCAL_NOUNS or \
            any(a.role in _SIDES for a in draft.arguments):
        return False
    earlier = _nearest_of_kind(context, draft)
    before = context.word_at(earlier.trigger_start) if earlier is not None else None
    return earlier is not None and before is not None and \
        draft.word.sentence_index - before.sentence_index == 1 and \
        trigger_form(before) == trigger_form(draft.word) and \
        not any(a.role in _SIDES for a in earlier.arguments)


_SIDES = ("agent", "target", "participant")


def _older_compatible(context: Extraction, draft: Draft, time: str | None,
                      historical: bool) -> Event | None:
    """«رفع العقوبات عن إيران ... قرارات منذ 2006 تتضمن عقوبات على إيران ... لرفع العقوبات عن
    إيران»: a definite meeting, visit, agreement or sanction noun that the nearest event of its
    class does not fit (told as background, or with other parties) repeats the latest earlier
    one that it fits; the violent classes never reach past the nearest (a new attack is told
    with a definite noun as often as an old one)."""
    if draft.label in _VIOLENT:
        return None
    fitting = [event for event in _events_so_far(context)
               if event.label == draft.label and event.trigger_start < draft.word.start and
               _compatible(event, draft, time, historical)]
    return max(fitting, key=lambda event: event.trigger_start, default=None)


_FRESH_DEEDS = SIGNING_VERBS | frozenset({
    "عقد", "عقدت", "عقدوا", "عقدا", "اجري", "اجرت", "اجروا", "قام", "قامت", "يقوم", "تقوم"})
"""Verbs that make a new meeting, visit or agreement of the noun after them («وقع الجانبان
اتفاقية التعاون», «عقدت اللجنة اجتماع المتابعة», «قام الوزير بزيارة العمل»)."""
_DEED_REACH = 4


def definite_genitive(context: Extraction, words: list[Word], position: int,
                      draft: Draft) -> bool:
    """«عن سروره بتوقيع اتفاقية الشراكة»: a meeting, visit, agreement or sanction noun in
    construct with a definite common noun («اتفاقية الشراكة», «زيارة العمل») is itself definite,
    and refers back to the event told before, unless a verb shortly before it in its clause
    makes a new one («ووقع الجانبان اتفاقية التعاون»)."""
    if draft.label not in _CONSTRUCT_CLASSES or position + 1 >= len(words):
        return False
    following = words[position + 1]
    if context.boundary_between(words[position], following) or \
            context.covering_mention(following.start) is not None or \
            not following.norm.startswith("ال"):
        return False
    for index in range(position - 1, max(-1, position - 1 - _DEED_REACH), -1):
        if context.boundary_between(words[index], words[index + 1]):
            break
        if words[index].has(_FRESH_DEEDS):
            return False
    return True


def _named_construct(context: Extraction, words: list[Word], position: int,
                     draft: Draft) -> str | None:
    """«اتفاق إيران», «زيارة أوباما», «اتفاق فيينا»: a gathering, visit or sanction noun in
    construct with a name right after it is definite; the entity of that name, or None. It
    repeats an earlier event only when the name is one of that event's parties or places."""
    if draft.label not in _CONSTRUCT_CLASSES or position + 1 >= len(words):
        return None
    following = words[position + 1]
    if context.boundary_between(words[position], following):
        return None
    mention = context.covering_mention(following.start)
    return mention.entity_id if mention is not None else None


def another_of_kind(words: list[Word], position: int) -> bool:
    """Whether an ordinal or «آخر» after the definite noun at ``position`` names another event
    of its kind («الهجوم الثاني», «الاجتماع السابق»), not the one told before; behind a
    demonstrative it points back all the same («بعيد هذا التفجير الأول»)."""
    if position > 0 and words[position - 1].bare() in DEMONSTRATIVES:
        return False
    following = words[position + 1] if position + 1 < len(words) else None
    return following is not None and \
        following.sentence_index == words[position].sentence_index and \
        following.norm in OTHER_WORDS


_PURPOSE_REACH = 8
"""How far after a protest verb its «ل» noun of purpose may stand («خرج آلاف المحتجين في
المدينة للتظاهر»)."""


def protest_purpose(context: Extraction, words: list[Word], position: int, draft: Draft,
                    recorded: list[str]) -> Event | None:
    """«تجمع آلاف الأشخاص في الساحة للتظاهر احتجاجاً على ...»: a protest noun behind «ل»
    a few words after a protest verb of its sentence names the aim of that gathering, the
    same protest, not a second one."""
    if draft.label != "Protest" or not any(
            prefix.lstrip("وف")[:1] == "ل" for prefix, _ in words[position].readings()):
        return None
    return protest_just_before(context, words, position, recorded, _PURPOSE_REACH)


def protest_just_before(context: Extraction, words: list[Word], position: int,
                        recorded: list[str], reach: int) -> Event | None:
    """The latest protest recorded in the sentence (ids in ``recorded``), when its trigger
    stands at most ``reach`` words before ``words[position]``; None otherwise."""
    for event_id_ in reversed(recorded):
        earlier = context.found.events.get(event_id_)
        if earlier is None or earlier.label != "Protest":
            continue
        at = context.word_at(earlier.trigger_start)
        if at is None or not 0 < words[position].index - at.index <= reach:
            return None
        return earlier
    return None


_REPORT_REACH = 6
"""How far before the killing noun the verb that reports its toll may stand («أعلن محمد
رحيم أمين لاحقا مقتل 10 من الجنود», «تحدثت السلطات في البداية عن مقتل 14 جندياً»)."""
_LONG_VOWELS = str.maketrans("", "", "اويى")


def _retold_attack(context: Extraction, draft: Draft) -> Event | None:
    """«هاجمت مجموعة مسلحة مواقع للجيش» then, quoted, «مجموعة مسلحة هاجمت موقعاً للجيش»;
    «هجوماً انتحارياً نسبته الحكومة إلى داعش» then «قال ... إن التفجير ناجم عن اعتداء انتحاري
    قام به داعش»: an attack (verb or noun) told in a report whose doer is the doer of the
    latest attack of the two sentences before, on the same kind of victims (or none said),
    tells that attack again."""
    if draft.label != "Attack":
        return None  # «زحفهم نحو الحي» then «ودخلت المقاومة الحي»: an operation goes on in steps
    agents = {a.entity_id for a in draft.arguments if a.role == "agent"}
    if not agents:
        return None
    sentence_start = draft.sentence.start
    earlier = max((event for event in _events_so_far(context)
                   if event.label == "Attack" and event.trigger_start < sentence_start),
                  key=lambda event: event.trigger_start, default=None)
    if earlier is None:
        return None
    word = context.word_at(earlier.trigger_start)
    if word is None or draft.word.sentence_index - word.sentence_index > NEAR_SENTENCES or \
            not agents & {a.entity_id for a in earlier.arguments if a.role == "agent"}:
        return None
    kind, before = _victim_kind(context, draft.arguments), _victim_kind(context, earlier.arguments)
    return earlier if not kind or not before or kind == before else None


_SAYING = frozenset({"القول", "بالقول", "قوله", "بقوله"})


def _in_report(words: list[Word], position: int) -> bool:
    """A verb or noun of saying before the trigger in its sentence: a source tells again
    («وقال المتحدث إن مجموعة مسلحة هاجمت ...»); a run of strikes told by the article itself
    («وشن ست غارات على مواقع ... في عمران») is a run of deeds."""
    return any(find_reporting(word.norm) is not None or word.norm in _SAYING
               for word in words[:position])


def _reported_toll(context: Extraction, words: list[Word], position: int,
                   draft: Draft) -> Event | None:
    """«تحدثت السلطات عن مقتل 14 جندياً ... أعلن فلان مقتل 10 من الجنود ... تحدث آخر عن
    مقتل ثمانية جنود فقط»: a killing noun with no agent whose toll a source reports, on the
    same kind of victims as the latest killing of an earlier sentence, is another count of
    that killing (sources differ on tolls), not another deed."""
    if any(a.role == "agent" for a in draft.arguments) or not _reported(words, position):
        return None
    kind = _victim_kind(context, draft.arguments)
    if not kind:
        return None
    sentence_start = draft.sentence.start
    earlier = max((event for event in _events_so_far(context)
                   if event.label == "Killing" and event.trigger_start < sentence_start
                   and not event.historical), key=lambda event: event.trigger_start,
                  default=None)
    if earlier is None or _victim_kind(context, earlier.arguments) != kind:
        return None
    return earlier


def _reported(words: list[Word], position: int) -> bool:
    """A verb of reporting a few words before the noun in its sentence, no event between."""
    for index in range(position - 1, max(-1, position - 1 - _REPORT_REACH), -1):
        word = words[index]
        if find_reporting(word.norm) is not None or word.bare() in _TALKED:
            return True
        if find_event(word.norm) is not None:
            return False
    return False


_TALKED = frozenset({"تحدث", "تحدثت", "تحدثوا"})
"""«تحدث عن مقتل ثمانية جنود»: reports a toll."""


def _victim_kind(context: Extraction, arguments: tuple[Argument, ...] | list[Argument]) -> str:
    """The root-like skeleton of the last word of the first target («14 جندياً», «10 من
    الجنود», «ثمانية جنود» → «جند»), or "" when the target is no such phrase."""
    target = next((a for a in arguments if a.role == "target"), None)
    if target is None:
        return ""
    last = normalize_key(context.doc.text[target.start:target.end]).split()[-1:]
    if not last:
        return ""
    word = last[0].removeprefix("ال").translate(_LONG_VOWELS)
    return word[:3] if len(word) >= 3 and not word[:1].isdigit() else ""


def _same_toll(context: Extraction, draft: Draft, casualties: int) -> Event | None:
    """The latest killing of an earlier sentence with the same toll («بمقتل 19 مسلحاً من
    تنظيم داعش» then «تمكنت من قتل 19 مسلحاً من داعش»), or the attack that toll was told as
    the outcome of («قتل 14 جندياً في غارة أمريكية على حاجز» then, quoted, «وقتل 14 جندياً»):
    an attack only in the sentence right before (further on, one toll may well be told of
    two deeds: «قُتل 7 أشخاص في قصف» then «فيما قُتل 7 مسلحين في جبهة أخرى»)."""
    sentence_start = draft.sentence.start
    found = [event for event in _events_so_far(context)
             if event.casualties == casualties and event.trigger_start < sentence_start and (
                 event.label == "Killing" or (event.label in _OFFENSIVE and
                                              _sentence_before(context, event, draft)))]
    return max(found, key=lambda event: event.trigger_start, default=None)


def _sentence_before(context: Extraction, event: Event, draft: Draft) -> bool:
    word = context.word_at(event.trigger_start)
    return word is not None and draft.word.sentence_index - word.sentence_index == 1


def _nearest_of_kind(context: Extraction, draft: Draft) -> Event | None:
    best: Event | None = None
    for event in _events_so_far(context):
        if event.trigger_start >= draft.word.start or \
                (best is not None and event.trigger_start <= best.trigger_start):
            continue
        if event.label == draft.label or (
                {event.label, draft.label} <= _OFFENSIVE and
                trigger_form(draft.word)[:3] == _form_at(context, event)[:3]):
            best = event
    if best is None:
        return None
    before = context.word_at(best.trigger_start)
    if same_kind(before, best.label, draft.word, frozenset()):
        return best
    near = before is not None and \
        draft.word.sentence_index - before.sentence_index <= NEAR_SENTENCES
    if near and same_kind(before, best.label, draft.word, ONE_ACT_FORMS):
        return best
    return _latest_same_word(context, draft)


def _latest_same_word(context: Extraction, draft: Draft) -> Event | None:
    """«بعد معارك شرسة في الحي ... عملية تمشيط ... المعارك في هذا الحي أسفرت»: the definite
    noun names the fighting told with its own word, past another operation told between."""
    latest: Event | None = None
    for event in _events_so_far(context):
        if event.label != draft.label or event.trigger_start >= draft.word.start or \
                (latest is not None and event.trigger_start <= latest.trigger_start):
            continue
        if same_kind(context.word_at(event.trigger_start), event.label, draft.word, frozenset()):
            latest = event
    return latest


def _form_at(context: Extraction, event: Event) -> str:
    word = context.word_at(event.trigger_start)
    return trigger_form(word) if word is not None else ""


def _events_so_far(context: Extraction) -> Iterator[Event]:
    """Every event of the article found so far, as this run left it."""
    yield from context.found.events.values()
    for event in context.state.events_latest_first():
        if event.id not in context.found.events:
            yield event


def _victims(context: Extraction, earlier: Event, draft: Draft) -> bool:
    """Whether the victims of two killings with one toll may be the same: one target's
    words hold the other's («19 مسلحاً من الجيش الليبي», «الجيش الليبي»), or either has
    none."""
    text = context.doc.text
    before = [normalize_key(text[a.start:a.end]) for a in earlier.arguments if a.role == "target"]
    now = [normalize_key(text[a.start:a.end]) for a in draft.arguments if a.role == "target"]
    return not before or not now or any(
        one in other or other in one or same_counted_head(one, other)
        for one in before for other in now) or any(
        same_count_noun(context, one, other)  # «4 مدنيين» then «أربعة مدنيين»
        for one in earlier.arguments if one.role == "target"
        for other in draft.arguments if other.role == "target")


def same_counted_head(one: str, other: str) -> bool:
    """«19 مسلحاً من تنظيم داعش» and «19 مسلحاً من داعش»: the same count of the same noun (the
    toll is already the same), told with another wording of whose they were."""
    first, second = one.split()[:2], other.split()[:2]
    return len(first) == 2 and len(second) == 2 and first[0] == second[0] and \
        first[0].isdigit() and (first[1] == second[1] or (
            first[1] in _SOLDIERS and second[1] in _SOLDIERS))


_SOLDIERS = frozenset({"جنديا", "جندي", "جنود", "عسكريا", "عسكري", "عسكريين", "عسكريون",
                       "عساكر"})
"""Counted nouns that all name soldiers: «14 جندياً» told again as «14 عسكرياً» (session 38)."""


def _compatible(earlier: Event, draft: Draft, time: str | None, historical: bool,
                same_victims: bool = False) -> bool:
    """No argument of the repeat sets it apart from the earlier event (``same_victims``:
    the targets were found to agree already)."""
    if earlier.historical != historical:
        return False
    if earlier.time is not None and time is not None and earlier.time != time:
        return False
    for role in _ROLES_KEPT_APART:
        if role == "target" and same_victims:
            continue
        before = _parties(earlier.arguments, role, draft.label)
        now = {a.entity_id for a in draft.arguments if a.role == role}
        if before and now and not before & now:
            return False
    return True


def _parties(arguments: tuple[Argument, ...], role: str, label: str) -> set[str]:
    """The entities of the earlier event in ``role``; for a meeting or an agreement its agent
    and participants are one set of parties, any of which may be the repeat's agent
    («التقى كيري الجبير» then «عقد الجبير اللقاء»). A repeat's participants set nothing apart:
    «حضر اللقاء فلان» lists who came."""
    roles = {"agent", "participant"} if label in GATHERING and role == "agent" else {role}
    return {a.entity_id for a in arguments if a.role in roles}


def fold(context: Extraction, earlier: Event, draft: Draft, time: str | None,
         casualties: int | None) -> None:
    """Fold the repeat ``draft`` into ``earlier``: the earlier event keeps its evidence and
    parties; it gains the repeat's places it lacks, its time and casualty count when it has
    none; the repeat's word points to it. A repeat's other names are often read from its own
    clause («رفضها للاتفاقية كما فعلت إسرائيل»: Israel is no party to the deal)."""
    known = {a.entity_id for a in earlier.arguments}
    added = tuple(a for a in draft.arguments
                  if a.role in _PLACE_ROLES and a.entity_id not in known)
    if (draft.agent_source in OWN_AGENT or (draft.verb and draft.agent_source == "before")) and \
            earlier.label == "Killing" and \
            not any(a.role == "agent" for a in earlier.arguments):
        added += tuple(a for a in draft.arguments if a.role == "agent")  # «بمقتل 19 مسلحاً»,
        # then «تمكنت قوة أمنية من قتل 19 مسلحاً»: the repeat names who did it
    folded = replace(
        earlier, arguments=earlier.arguments + added,
        time=earlier.time if earlier.time is not None else time,
        casualties=earlier.casualties if earlier.casualties is not None else casualties,
    )
    if folded != earlier:
        context.found.events[earlier.id] = folded
    context.found.event_at_word[draft.word.index] = earlier.id
