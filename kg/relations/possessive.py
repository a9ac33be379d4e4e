"""The agent of an event noun told by its possessive pronoun: «بسطت جماعة مسلحة سيطرتها على
المدينة», «دمّرها متشددون عقب استيلائهم على البلدة».

A verbal noun with a possessive pronoun («سيطرته», «استيلائهم») names its doer by that
pronoun. The pronoun is resolved only where its antecedent is clear: the subject right
after the verb of the same clause, with the noun either the verb's object (a verb of
establishing control: «بسط», «أحكم», «فرض», «عزز») or right behind a word of time that
ties it to the verb («بعد», «عقب», «إثر»). The pronoun must agree with the verb: «ها» with a
feminine verb («بسطت جماعة ... سيطرتها»), «ه»/«هم» with a masculine one («اغتصبها التنظيم
بعد سيطرته», «دمّرها متشددون عقب استيلائهم»). Elsewhere («فقد التنظيم سيطرته» is a loss; a
pronoun far from its noun) nothing is read, and the noun names no event. A meeting or visit
noun fronted at the opening of the sentence («وبعد لقائه الرئيس التونسي، قال ساركوزي») is the
deed of the subject of the verb of saying after it (``fronted_occasion_subject``). A reception
noun («لدى استقباله سفير اليابان») is a meeting noun whose pronoun is the host, and «لدى»/«أثناء»
tell a meeting as the time of the clause as «خلال» does (``own_occasion``); the one met may
stand after the place and the day of the meeting («خلال اجتماعه في بغداد السبت الماضي برئيس
الوزراء», «لدى استقباله في مكتبه أمس سفير»).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import is_place, subject_after
from kg.relations.context import Extraction
from kg.relations.event_pronoun_objects import agent_possessive
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import POSSESSIVE_BASE, TITLE_HEADS, WEEKDAYS, find_reporting
from kg.relations.perpetrators import perpetrator_end, perpetrator_phrase
from kg.relations.role_words import is_title_head

_ESTABLISHING = frozenset({
    "بسط", "بسطت", "احكم", "احكمت", "فرض", "فرضت", "عزز", "عززت", "وسع", "وسعت", "استكمل",
    "استكملت", "اكمل", "اكملت",
})
"""Verbs that take a noun of control as object and whose subject is its doer («بسطت سيطرتها»)."""
_TIME_WORDS = frozenset({"بعد", "عقب", "اثر", "فور", "وبعد", "وعقب"})
"""«بعد», «عقب», «إثر»: the possessive noun after them is a deed of the clause's subject."""
_VISIT_TIME_WORDS = frozenset({"خلال", "اثناء", "ابان", "وخلال", "واثناء", "لدي", "ولدي"})
"""«أكد الوزير خلال زيارته», «قال الأمير أثناء زيارتها»: a visit told as the time of its clause is
the subject's (only a visit: «خلال سيطرته» recalls a span, not a deed of the news)."""
_VISIT_STEM = "زيارت"
_MEETING_STEMS = ("لقائ", "اجتماع", "استقبال")
"""«خلال لقائه», «لدى اجتماعه مع الرئيس»: the stems of a possessive meeting noun."""
_MET_PREPOSITIONS = ("ب", "مع")
"""«خلال لقائه بالرئيس», «خلال لقائه مع نظيره»: the one met, after the possessive meeting noun."""
_OBJECT_PRONOUNS = ("هما", "ها", "هم", "ه")
_STYLE_WORDS = frozenset({"معالي", "سمو", "فخامه", "سعاده", "جلاله", "سماحه", "دوله", "صاحب",
                          "السمو", "الملكي"})
"""Words of a style before the title of the one met («لقائه معالي وزير الخارجية»)."""


def possessive_pronoun(word: Word) -> str | None:
    """The possessive pronoun of a trigger in ``POSSESSIVE_BASE`` («سيطرتها» → «ها»), or None."""
    for _, rest in word.readings():
        base = POSSESSIVE_BASE.get(rest)
        if base is not None:
            stem = base[:-1] + "ت" if base.endswith("ه") else \
                base[:-1] + "ئ" if base.endswith("ء") else base  # «اجتماعه»
            return rest[len(stem):]
    return agent_possessive(word)  # «بعد معاركه مع الثوار» (``event_pronoun_objects``)


def possessive_agent(context: Extraction, words: list[Word], position: int,
                     sentence: Sentence) -> list[Arg]:
    """The agent a possessive event noun at ``words[position]`` refers to, or ``[]``."""
    pronoun = possessive_pronoun(words[position])
    if pronoun is None or position < 1:
        return []
    meeting = any(rest.startswith(_MEETING_STEMS) for _, rest in words[position].readings())
    if meeting and not _person_met(context, words, position):
        return []  # «خلال لقائه مع قناة العربية» is an interview, not a meeting
    if position == 1:
        return fronted_occasion_subject(context, words, position, pronoun, sentence)
    return _adjacent_subject(context, words, position, pronoun, meeting, sentence) or \
        occasion_subject(context, words, position, pronoun, sentence) or \
        _fronted_establisher(context, words, position, pronoun)


_COMPLEMENTISERS = frozenset({"ان", "بان", "وان"})
"""«أن», «إن», «بأن», «وأن» (normalised alike): a reported clause opens after them."""


def _fronted_establisher(context: Extraction, words: list[Word], position: int,
                         pronoun: str) -> list[Arg]:
    """«وأوضح مصدر أن تنظيم داعش فرض سيطرته على المنطقة»: in a reported clause the subject
    stands before the verb of establishing control; the name right after «أن/إن» and right
    before that verb, the verb agreeing with the pronoun, is the doer."""
    verb = position - 1
    if verb < 2 or not words[verb].has(_ESTABLISHING) or not _agrees(words[verb], pronoun) or \
            context.boundary_between(words[verb - 1], words[verb]):
        return []
    mention = context.covering_mention(words[verb - 1].end - 1)
    if mention is None or mention.end != words[verb - 1].end or not mention.entity_id or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention):
        return []
    first = context.word_at(mention.start)
    opening = None if first is None else first.index - words[0].index - 1
    if opening is None or opening < 0 or words[opening].norm not in _COMPLEMENTISERS or \
            context.boundary_between(words[opening], words[opening + 1]):
        return []
    return [Arg(mention.entity_id, mention.start, mention.end)]


def _adjacent_subject(context: Extraction, words: list[Word], position: int, pronoun: str,
                      meeting: bool, sentence: Sentence) -> list[Arg]:
    """The subject right before the noun, or before the word of time right before it."""
    end = position
    if words[position - 1].norm in _TIME_WORDS or (
            words[position - 1].norm in _VISIT_TIME_WORDS and (meeting or any(
                rest.startswith(_VISIT_STEM) for _, rest in words[position].readings()))):
        end = position - 1
    for verb in range(end - 1, max(-1, end - 8), -1):
        if context.boundary_between(words[verb], words[verb + 1]):
            return []
        subjects, named_end = subject_after(context, words, verb, sentence)
        after = named_end if subjects else _perpetrator_after(context, words, verb)
        if after is None or after == verb + 1:
            continue
        if after != end or not _agrees(words[verb], pronoun):
            return []
        if end == position and not words[verb].has(_ESTABLISHING):
            return []
        if subjects:
            return subjects
        phrase = perpetrator_phrase(context, words, verb + 1)
        return [phrase[0]] if phrase is not None else []
    return []


_OCCASION_REACH = 16
"""How many words the clause may hold before the word of time («ميركل تدعو صربيا وكوسوفو
للتوصل لتسوية بشأن النزاع المستمر القائم بينهما عقب لقائها»)."""
_OPENING_TITLES = 5
"""How many words of title may open the clause before the subject's name."""


_TIME_WORDS_OR_VISIT_TIME_WORDS = _TIME_WORDS | _VISIT_TIME_WORDS


def occasion_subject(context: Extraction, words: list[Word], position: int, pronoun: str,
                     sentence: Sentence) -> list[Arg]:
    """«المستشارة الألمانية أنجيلا ميركل تدعو صربيا وكوسوفو للتوصل لتسوية ... عقب لقائها برئيس
    وزراء كوسوفو», «وقالت الوزيرة فلانة للصحفيين عقب لقائها بالسفير»: a meeting or a visit
    noun with its pronoun right behind a word of time, with a complement between it and the
    subject, is the deed of the subject of the clause: the name that opens it before its verb
    (a headline's «فلان يفعل»), or right after the verb that opens it. The verb agrees with the
    pronoun, and no other person is named between the subject and the noun."""
    time = position - 1
    gathering = any(rest.startswith((*_MEETING_STEMS, _VISIT_STEM))
                    for _, rest in words[position].readings())
    if not gathering or time < 1 or words[time].norm not in _TIME_WORDS_OR_VISIT_TIME_WORDS:
        return []
    start = time
    while start > 0 and not context.boundary_between(words[start - 1], words[start]):
        start -= 1
        if time - start > _OCCASION_REACH:
            return []
    subjects, named_end = _opening_subject(context, words, start, time, pronoun)
    if not subjects:
        subjects, named_end = subject_after(context, words, start, sentence)
        if subjects and not _agrees(words[start], pronoun):
            return []
    if not subjects:
        subjects, named_end = _honoured_speaker(context, words, start, position, pronoun)
    if not subjects or named_end > time:
        return []
    between = context.mentions_between(words[named_end].start, words[position].start)
    if any(m.label == "Person" for m in between):
        return []  # «وأكد فلان لنظيره فلان عقب لقائه»: whose the pronoun is is not clear
    return subjects


_FRONTED_REACH = 16
"""How far after the fronted meeting or visit noun the verb of saying may stand («وبعد لقائه
الرئيس التونسي الباجي قائد السبسي، صباح أمس، قال ...»)."""


def own_occasion(words: list[Word], position: int) -> bool:
    """Whether the noun at ``words[position]`` is a possessive meeting noun right behind a word
    of occasion («لدى استقباله», «أثناء لقائه»): the subject's own meeting, told as the time of
    the clause, which took place (``event_happened``; whose it is, ``possessive_agent`` reads,
    only with the person met named). Not a visit: «الاتفاقات التي أعلنت بين فلان ووزير الدفاع
    أثناء زيارته إلى باريس» names no one met, and whose the visit is stays unclear."""
    return position > 0 and words[position - 1].norm in _VISIT_TIME_WORDS and \
        possessive_pronoun(words[position]) is not None and any(
            rest.startswith(_MEETING_STEMS) for _, rest in words[position].readings())


def fronted_occasion(words: list[Word], position: int) -> bool:
    """Whether the noun at ``words[position]`` is a possessive meeting or visit noun behind a
    word of time that opens the sentence («وخلال زيارته», «وبعد لقائه»)."""
    return position == 1 and possessive_pronoun(words[position]) is not None and \
        words[0].norm in _TIME_WORDS_OR_VISIT_TIME_WORDS and any(
            rest.startswith((*_MEETING_STEMS, _VISIT_STEM)) for _, rest in words[1].readings())


def fronted_occasion_subject(context: Extraction, words: list[Word], position: int,
                             pronoun: str, sentence: Sentence) -> list[Arg]:
    """«وبعد لقائه الرئيس التونسي، صباح أمس، قال نيكولا ساركوزي إن ...», «وخلال زيارته إلى تونس،
    أكد فلان», «وخلال زيارته إلى الرياض، التقى فلان الملك»: a meeting or visit noun with its
    pronoun behind a word of time that opens the sentence is the deed of the person named right
    after the first verb of saying (or of meeting or visiting, with no object pronoun) that
    follows (the verb agreeing with the pronoun); nothing is read when that verb has no such
    subject."""
    time = position - 1
    gathering = any(rest.startswith((*_MEETING_STEMS, _VISIT_STEM))
                    for _, rest in words[position].readings())
    if not gathering or time != 0 or words[time].norm not in _TIME_WORDS_OR_VISIT_TIME_WORDS:
        return []
    for verb in range(position + 1, min(len(words), position + _FRONTED_REACH)):
        if find_reporting(words[verb].norm) is None and not _plain_gathering(words[verb]):
            continue
        subjects, _ = subject_after(context, words, verb, sentence)
        if len(subjects) != 1 or context.label(subjects[0].node_id) != "Person" or \
                not _agrees(words[verb], pronoun):
            return []
        return subjects
    return []


_PLAIN_GATHERING = frozenset({"التقي", "التقت", "اجتمع", "اجتمعت", "زار", "زارت"})
"""Verbs of meeting or visiting with no object pronoun: «وخلال زيارته إلى الرياض، التقى فلان
الملك» (the visitor meets); not «استقبله الملك» (the host receives him)."""


def _plain_gathering(word: Word) -> bool:
    return word.norm in _PLAIN_GATHERING or (
        word.norm[:1] in {"و", "ف"} and word.norm[1:] in _PLAIN_GATHERING)


def _opening_subject(context: Extraction, words: list[Word], start: int, time: int,
                     pronoun: str) -> tuple[list[Arg], int]:
    """The person named first in the clause, after at most a few title words, when the word
    after the name is an imperfect verb agreeing with the pronoun («ميركل تدعو»)."""
    for index in range(start, min(time, start + _OPENING_TITLES)):
        mention = context.mention_starting_in(words[index])
        if mention is None or context.is_nisba(mention):
            continue  # «المستشارة الألمانية»: a title
        if mention.label != "Person" or not mention.entity_id:
            return [], start
        last = context.word_at(max(mention.start, mention.end - 1))
        if last is None:
            return [], start
        verb = last.index - words[0].index + 1
        if verb >= time or context.boundary_between(words[verb - 1], words[verb]):
            return [], start
        bare = words[verb].bare()
        prefix = "ت" if pronoun == "ها" else "ي"
        if len(bare) < 4 or not bare.startswith(prefix) or \
                context.covering_mention(words[verb].start) is not None:
            return [], start
        return [Arg(mention.entity_id, mention.start, mention.end)], verb
    return [], start


def _person_met(context: Extraction, words: list[Word], position: int) -> bool:
    """Whether a possessive meeting noun names the person met right after it: a person
    («لقائه الرئيس فلان», «لقائه بالأمير فلان», «لقائها مع فلان») or a title («لقائه نظيره»,
    «لقائه وزير الخارجية»). An interview or a gathering («لقائه مع قناة», «لقائه بالصحفيين»,
    «لقائه الأسبوعي») names none, and is no meeting of actors."""
    index = _past_place_and_time(context, words, position + 1)
    if index < len(words) and words[index].norm == "مع":
        index += 1
    while index < len(words) - 1 and words[index].norm in _STYLE_WORDS and \
            not context.boundary_between(words[index - 1], words[index]):
        index += 1  # «لقائه معالي وزير الخارجية», «لقائه صاحب السمو الملكي الأمير»
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
        return False
    word = words[index]
    mention = context.covering_mention(word.start)
    if mention is not None:
        return mention.label in {"Person", "Position"}  # «بوزير الخارجية»: a title
    return is_title_head(word) or any(
        prefix in ("", *_MET_PREPOSITIONS) and (rest in TITLE_HEADS or rest.startswith("نظير"))
        for prefix, rest in word.readings())


_SEATS = frozenset({"مكتبه", "مكتبها", "مقره", "مقرها", "مقر", "مكتب", "قصر", "ديوان", "مجلسه",
                    "مجلسها", "منزله", "منزلها", "الديوان", "القصر", "الاماره", "الوزاره"})
"""«لدى استقباله في مكتبه», «بمقر الوزارة», «في قصر السلام»: where the host received."""
_TIMES = frozenset({"مساء", "صباح", "ظهر", "الماضي", "الماضيه", "امس", "اليوم", "البارحه"})
_PLACE_AND_TIME_REACH = 6
"""How many words of place and time may stand between the meeting noun and the one met («خلال
اجتماعه في بغداد السبت الماضي برئيس الوزراء», «لدى استقباله في مكتبه بالإمارة أمس سفير»)."""


def _past_place_and_time(context: Extraction, words: list[Word], start: int) -> int:
    """The index after the words of place and time that open the complement of a meeting noun
    at ``start``: «في» with a named place or a seat («في جدة», «في مكتبه»), a seat or a named
    place behind «ب» («بمكتبه», «بجدة»), a day («أمس», «السبت الماضي», «مساء أمس»); ``start``
    itself when none opens it, or when more stand there than ``_PLACE_AND_TIME_REACH``."""
    index = start
    while index < len(words) and index - start < _PLACE_AND_TIME_REACH:
        if index > start and context.boundary_between(words[index - 1], words[index]):
            break
        word = words[index]
        if word.norm == "في" and index + 1 < len(words) and \
                _place_word(context, words[index + 1]):
            index = _place_end(context, words, index + 1)
            continue
        if word.norm[:1] == "ب" and _place_word(context, word) and not _is_person(context, word):
            index = _place_end(context, words, index)
            continue
        if word.norm in _TIMES or word.bare() in _TIMES or word.norm in WEEKDAYS or any(
                rest in WEEKDAYS for _, rest in word.readings()):
            index += 1
            continue
        break
    return start if index - start > _PLACE_AND_TIME_REACH else index


def _place_word(context: Extraction, word: Word) -> bool:
    """A seat («مكتبه», «بمكتبه») or the first word of a named place («جدة», «بجدة»)."""
    mention = context.mention_starting_in(word)
    if mention is not None:
        return is_place(mention.label)
    return word.has(_SEATS)


def _is_person(context: Extraction, word: Word) -> bool:
    mention = context.covering_mention(word.start)
    return mention is not None and mention.label == "Person"


def _place_end(context: Extraction, words: list[Word], index: int) -> int:
    """The index after the named place or seat that starts at ``words[index]``."""
    mention = context.mention_starting_in(words[index])
    if mention is None:
        return index + 1
    end = index
    while end < len(words) and words[end].start < mention.end:
        end += 1
    return max(end, index + 1)


def _perpetrator_after(context: Extraction, words: list[Word], verb: int) -> int | None:
    """The index after an unnamed perpetrator phrase right after ``words[verb]``, or None."""
    if verb + 1 >= len(words) or context.boundary_between(words[verb], words[verb + 1]):
        return None
    last = perpetrator_end(context, words, verb + 1)
    return None if last is None else last + 1


def _agrees(verb: Word, pronoun: str) -> bool:
    """Whether the verb's gender agrees with the pronoun: «بسطت ... سيطرتها», «دمّرها متشددون
    عقب استيلائهم» (the verb without its own object pronoun)."""
    bare = verb.bare()
    for suffix in _OBJECT_PRONOUNS:
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 3:
            bare = bare[:-len(suffix)]
            break
    if bare.endswith("وا"):
        return False  # the subject is the verb's own plural, not the phrase after it
    feminine = bare.endswith("ت")
    return feminine if pronoun == "ها" else not feminine


_HONORIFICS = frozenset({
    "معاليه", "سموه", "فخامته", "سعادته", "جلالته", "سماحته", "دولته", "معاليها", "سموها",
    "فخامتها", "سعادتها", "جلالتها",
})
"""A style with the pronoun of one named before («وأضاف معاليه», «وأكد سموه»)."""


def _honoured_speaker(context: Extraction, words: list[Word], start: int, position: int,
                      pronoun: str) -> tuple[list[Arg], int]:
    """«وأضاف معاليه للصحفيين عقب لقائه وزير الخارجية الأمريكي جون كيري إنه "..."»: a verb of
    saying that opens the clause with a style for its subject («معاليه», «سموه») has for
    subject the speaker of the statement it opens, read from the quote after the noun."""
    if start + 1 >= position or find_reporting(words[start].norm) is None or \
            words[start + 1].norm not in _HONORIFICS or not _agrees(words[start], pronoun):
        return [], start
    for word in words[position + 1:]:
        speaker = context.speaker_at(word.start)
        if speaker is not None:
            if context.label(speaker) != "Person":
                return [], start
            style = words[start + 1]
            return [Arg(speaker, style.start, style.end)], start + 2
    return [], start
