"""Words of meeting, visiting and agreeing that name no event of the news.

A trigger of the event lexicon names a practice, a season or a sport as often as a
deed; three uses of Arabic news prose are never events of their class:

- **receiving a season**: a verb of receiving whose object is a feast, a month or a
  season («استقبلت البلدية العيد بتركيب شاشة», «استقبل الأهالي شهر رمضان بالزينة»,
  «تستقبل الأسواق موسم الصيف») greets a time of the year, it meets no one. The season
  must be the bare object: with a preposition it is the date or the cause of a real
  reception («استقبل الأمير المهنئين بعيد الفطر», «استقبل الملك في شهر رمضان الوزير»);
- **receiving a thing**: a verb of receiving whose bare object is greetings, condolences,
  a call, a letter or a cable («استقبل رئيس البنك التهاني من موظفيه», «تلقى/استقبل اتصالاً
  هاتفياً») takes something in, it meets no one (the guidelines leave calls out); the
  people who sent it are no guests;
- **a schedule or a room**: a noun of visiting or meeting in the genitive of a noun of
  hours, schedules, permits or rooms («أوقات الزيارة في المستشفيات», «مواعيد الزيارة»,
  «قاعة الاجتماعات», «غرفة العمليات») names a practice or a place, not one visit, meeting
  or operation; a noun of withdrawing or deploying in the genitive of a noun of timetable
  («مواعيد انسحاب قوات الحلف», «جدول انسحاب القوات», «موعد نشر القوات»), definite or not,
  names the date set for it: a plan, not a withdrawal or deployment of the news;
- **a vox pop**: «في لقاء مع بعض الشباب», «في حوار مع عدد من المواطنين»: the reporter's
  talk with unnamed people, an interview (the guidelines leave interviews out);
- **a draw that is no withdrawal**: «سحب» draws troops back only when troops are its
  object («سحب قواته من الجنوب», «بسحب الجنود»); with any other object it draws a trigger,
  confidence, a licence or money («بسحب الزناد», «سحب الثقة من الحكومة», «سحب الودائع»);
- **a spreading that is no deployment**: the noun «انتشار» deploys only an armed body
  named right after it («انتشار قوات الأمن في الشوارع», «الانتشار الأمني»); otherwise
  something spreads («انتشار الأسلحة», «أنشطة الانتشار الإيرانية»: proliferation,
  «انتشار الوباء»);
- **an accident**: a death told with a crash, a fire, drowning or a flood after it
  («لقي أربعة أشخاص مصرعهم؛ جراء حادث اصطدام سيارتين», «توفي طفلان غرقاً», «مصرع ثلاثة
  في حريق», «لقوا حتفهم إثر انهيار مبنى») has no killer: no Killing («انقلاب» counts only
  after «حادث»: alone it is a coup; «انهيار» only before a building: «انهيار الهدنة»);
- **sport**: an agreement, meeting or protest one of whose parties is a club or a national
  team («توصل نادي ليفربول إلى اتفاق مع أستون فيلا لضم مهاجمه», «قبول احتجاج نادي
  الفيحاء»: a complaint to the league) is sports business, which the guidelines leave out
  of the events.
"""

from __future__ import annotations

from kg.relations.context import Extraction
from kg.relations.event_draft import Draft, trigger_form
from kg.relations.event_tallies import OPERATIONS
from kg.relations.index import Word
from kg.relations.lexicon import ARMED_BODIES

RECEIVING_VERBS = frozenset({
    "استقبل", "استقبلت", "استقبلوا", "يستقبل", "تستقبل", "يستقبلون", "استقبلا", "استقبلتا",
})
"""Forms of «استقبل» (to receive, to greet)."""
SEASONS = frozenset({
    "العيد", "عيد", "رمضان", "شهر", "الشهر", "الموسم", "موسم", "الصيف", "الشتاء", "الربيع",
    "الخريف", "الاجازه", "اجازه", "العطله", "عطله", "المناسبه", "العام", "السنه", "الحج",
})
"""A feast, a month, a season or a holiday, as normalized («الإجازة» → «الاجازه»)."""
_AMBIGUOUS_SEASONS = frozenset({"العام", "الشهر", "شهر", "السنه"})
"""Season words that also close a title or a name («الأمين العام»), or that open a date:
they count only when a season word or a number follows them («العام الدراسي الجديد» is left
out: too rare to read; «العام الهجري», «شهر رمضان» are read)."""
_SEASON_FOLLOWERS = frozenset({"رمضان", "الهجري", "الجديد", "الفضيل", "المبارك", "الكريم"})
RECEIVED_THINGS = frozenset({
    "التهاني", "تهاني", "التهنئه", "تهنئه", "التبريكات", "تبريكات", "التعازي", "تعازي",
    "العزاء", "المعايدات", "اتصالا", "اتصال", "اتصالات", "رساله", "الرساله", "رسائل", "برقيه",
    "برقيات", "الرسائل", "البرقيات",
})
"""Greetings, condolences, calls, letters and cables, as normalized: what a verb of receiving
takes in when no one is met («استقبل التهاني», «استقبل اتصالاً هاتفياً»)."""
_RECEIVING_REACH = 6
"""How far after the verb of receiving its object may stand (past its subject)."""
_COMMAS = frozenset({"،", ","})
_PREPOSITIONS = frozenset({"في", "من", "الى", "على", "عن", "مع", "خلال", "منذ", "بعد", "قبل"})

SCHEDULE_NOUNS = frozenset({
    "اوقات", "وقت", "مواعيد", "موعد", "ساعات", "جدول", "جداول", "تصاريح", "تصريح", "قاعه",
    "قاعات", "غرفه", "غرف", "صاله", "نظام", "انظمه", "لائحه", "ضوابط",
})
"""Hours, schedules, permits, rules and rooms: a noun of visiting, meeting or operations in
their genitive names a practice or a place («أوقات الزيارة», «غرفة العمليات»)."""
_SCHEDULED_LABELS = frozenset({"Visit", "Meeting", "MilitaryOperation"})
TIMETABLE_NOUNS = frozenset({
    "موعد", "مواعيد", "موعدا", "جدول", "جداول", "توقيت", "مهله", "تاريخ",
})
"""Dates and timetables: a withdrawal or a deployment in their genitive is set for a date
(«مواعيد انسحاب قوات الحلف»), planned, not done."""
_TIMED_LABELS = frozenset({"Withdrawal", "Deployment"})

INTERVIEW_NOUNS = frozenset({"لقاء", "حوار", "مقابله", "حديث", "لقاءات"})
UNNAMED_PEOPLE = frozenset({"بعض", "عدد", "مجموعه", "احد", "بعضهم", "عينه"})
"""«بعض الشباب», «عدد من المواطنين», «أحد الزوار»: people the reporter leaves unnamed."""

SPORTS_HEADS = frozenset({"نادي", "النادي", "منتخب", "المنتخب"})
"""The head of a club's or a national team's name («نادي ليفربول», «منتخب بلجيكا»); not
«فريق» («فريق العمل», «فريق المفاوضين»)."""
CIVIL_CLUBS = frozenset({
    "الاسير", "القضاه", "الضباط", "الصحافه", "الصحفيين", "المعلمين", "روتاري", "الروتاري",
    "الليونز", "دبي", "الشرق", "الرياض",
})
"""What follows «نادي» in the name of a club that is no sports club: «نادي الأسير الفلسطيني»
(which organises protests), «نادي القضاة», «نادي دبي للصحافة», «نادي الرياض الأدبي»."""
_SPORTS_LABELS = frozenset({"Agreement", "Meeting", "Protest"})


_DRAW = "سحب"
_SPREADING = "انتشار"
_ARMED_ADJECTIVES = frozenset({"الامني", "العسكري", "امني", "عسكري"})
_OBJECT_REACH = 3
"""How many words after «سحب»/«انتشار» the troops may stand («سحب جميع قواته»)."""


def non_event_trigger(context: Extraction, words: list[Word], position: int,
                      draft: Draft) -> bool:
    """Whether the trigger at ``words[position]`` greets a season or receives a thing, names
    a schedule or a room, opens a vox pop, or draws or spreads no troops (see the module
    docstring): no event of its class."""
    form = trigger_form(words[position])
    if (draft.label == "Withdrawal" and form == _DRAW) or \
            (draft.label == "Deployment" and form == _SPREADING and not draft.verb):
        return not _troops_after(context, words, position)
    if draft.label == "Killing":
        return _accident_after(words, position)
    if draft.verb:
        return draft.label == "Meeting" and _receives_season(context, words, position)
    if draft.label in _SCHEDULED_LABELS and position > 0 and \
            words[position].norm.startswith("ال") and \
            words[position - 1].norm in SCHEDULE_NOUNS and \
            not context.boundary_between(words[position - 1], words[position]):
        return True
    if draft.label in _TIMED_LABELS and position > 0 and \
            words[position - 1].has(TIMETABLE_NOUNS) and \
            not context.boundary_between(words[position - 1], words[position]):
        return True  # «مواعيد انسحاب قوات الحلف»: the date set for it
    return draft.label == "Meeting" and _vox_pop(words, position)


def _troops_after(context: Extraction, words: list[Word], position: int) -> bool:
    """An armed body («قوات», «الجنود», «قواته») or «الأمني» within a few words after the
    trigger, in its clause."""
    last = min(len(words), position + 1 + _OBJECT_REACH)
    for index in range(position + 1, last):
        if context.boundary_between(words[index - 1], words[index]):
            return False
        if words[index].has(ARMED_BODIES) or words[index].norm in _ARMED_ADJECTIVES:
            return True
    return False


ACCIDENTS = frozenset({
    "اصطدام", "تصادم", "مروري", "مروريه", "غرق", "غرقا", "صعق", "تماس", "سيول", "السيول",
    "حريق", "الحريق", "احتراق",
})
"""A crash, drowning, electrocution, flood or fire: deaths with no killer («انهيار» counts only
before a building: «إثر انهيار مبنى», not «بعد انهيار الهدنة»)."""
_COLLAPSE = "انهيار"
COLLAPSED = frozenset({
    "مبني", "المبني", "مبان", "المباني", "منزل", "المنزل", "منازل", "بنايه", "البنايه", "عماره",
    "العماره", "سقف", "السقف", "جسر", "الجسر", "جدار", "الجدار", "منجم", "المنجم", "بيت", "البيت",
    "سد", "السد", "رافعه", "الرافعه",
})
"""A building, a roof, a bridge, a wall, a mine, a dam or a crane: what collapses on people
(«لقوا حتفهم إثر انهيار مبنى سكني»)."""
_ACCIDENT_NOUNS = frozenset({"حادث", "حادثه"})
_VIOLENCE = OPERATIONS | frozenset({
    "تفجير", "انفجار", "قصف", "مسلح", "مسلحون", "مسلحين", "رصاص", "النار", "اعتداء", "ارهابي",
    "قنبله", "عبوه", "صاروخ", "قذيفه",
})
"""A deed of violence named before the crash or fire: the death is its toll."""
_OVERTURNING = "انقلاب"
_ACCIDENT_REACH = 12
"""How far after the death its cause may stand («لقي أربعة أشخاص مصرعهم وأصيب آخران بجراح
خطيرة؛ جراء حادث اصطدام»)."""


def _accident_after(words: list[Word], position: int) -> bool:
    """A crash, fire, drowning or flood within a few words after the death, in its sentence
    («مصرعهم ... جراء حادث اصطدام», «انقلاب» only after «حادث»)."""
    sentence = words[position].sentence_index
    last = min(len(words), position + 1 + _ACCIDENT_REACH)
    for index in range(position + 1, last):
        word = words[index]
        if word.sentence_index != sentence:
            return False
        if word.has(_VIOLENCE):
            return False  # «مقتل ثلاثة في هجوم أدى إلى حريق»: the attack killed them
        if word.has(ACCIDENTS) or (word.bare() == _OVERTURNING
                                   and words[index - 1].has(_ACCIDENT_NOUNS)):
            return True
        if word.bare() == _COLLAPSE and index + 1 < len(words) and \
                words[index + 1].sentence_index == sentence and words[index + 1].has(COLLAPSED):
            return not any(later.has(_VIOLENCE) and later.sentence_index == sentence
                           for later in words[index + 2:last])  # «إثر انهيار مبنى»: it
            # fell on them (not «انهيار مبنى جراء قصف»: the strike killed them)
    return False


def _receives_season(context: Extraction, words: list[Word], position: int) -> bool:
    """«استقبلت بلدية محافظة طبرجل العيد بتركيب شاشة», «استقبل رئيس البنك التهاني»: the first
    bare season word (or received thing) after the verb of receiving, before any preposition,
    is its object."""
    if trigger_form(words[position]) not in RECEIVING_VERBS and \
            words[position].bare() not in RECEIVING_VERBS:
        return False
    if _receives_thing(context, words, position):
        return True
    last = min(len(words), position + 1 + _RECEIVING_REACH)
    for index in range(position + 1, last):
        word = words[index]
        if context.boundary_between(words[index - 1], word) or word.norm in _PREPOSITIONS:
            return False
        if word.norm not in SEASONS:  # a bare object: no clitic («بعيد الفطر» is a cause)
            continue
        if word.norm not in _AMBIGUOUS_SEASONS:
            return True
        following = words[index + 1] if index + 1 < len(words) else None
        return following is not None and following.norm in _SEASON_FOLLOWERS
    return False


_THING_REACH = 16
"""How far after the verb of receiving the thing received may stand: past its subject's
titles and an apposition set off by commas («استقبل الدكتور فلان، رئيس البنك، التهاني»)."""
_CLAUSE_OPENERS = frozenset({"الذي", "التي", "الذين", "حيث", "بينما", "فيما", "كما", "ثم"})


def _receives_thing(context: Extraction, words: list[Word], position: int) -> bool:
    """«استقبل الدكتور فلان، رئيس البنك، التهاني من موظفيه»: a received thing
    (:data:`RECEIVED_THINGS`) is the verb's object, in its clause (only commas may stand
    between), before any preposition and any word joined by «و»/«ف» (another clause or
    another object: «استقبل الوزير السفير وتبادلا التهاني»)."""
    last = min(len(words), position + 1 + _THING_REACH)
    for index in range(position + 1, last):
        word = words[index]
        if context.boundary_between(words[index - 1], word) and \
                context.gap(words[index - 1], word).strip() not in _COMMAS:
            return False
        if word.norm in _PREPOSITIONS or word.norm in _CLAUSE_OPENERS or \
                (word.norm[:1] in {"و", "ف"} and word.norm not in RECEIVED_THINGS and \
                context.mention_starting_in(word) is None):
            return False
        if word.norm in RECEIVED_THINGS:
            return True
    return False


def _vox_pop(words: list[Word], position: int) -> bool:
    """«وفي لقاء مع بعض الشباب قال ...»: an interview noun, «مع», then unnamed people."""
    if not words[position].has(INTERVIEW_NOUNS) or position + 2 >= len(words):
        return False
    return words[position + 1].norm == "مع" and words[position + 2].norm in UNNAMED_PEOPLE


SPORTS_SIDES = frozenset({"شقيقه", "ضيفه", "مستضيفه", "مضيفه"})
"""The other side of a match, told before its club's name («يستقبل هجر شقيقه الرائد»,
«كسب مستضيفه الوطني»): a club."""
MATCH_WORDS = frozenset({"ملعب", "مباراه", "مباراته", "الدوري", "المسابقه", "الجوله", "مواجهه"})
"""Words of a match: with them in the sentence, «نظيره» + a name is the other club
(«يستقبل هجر نظيره الرائد على ملعب ...»); without, a counterpart («استقبل الوزير نظيره»)."""


def _sports_side(context: Extraction, head: Word) -> bool:
    """The party's name stands after «شقيقه/ضيفه/مستضيفه» or before one («العروبة
    بمستضيفه»), or after «نظيره» in a sentence with a word of a match (:data:`MATCH_WORDS`)."""
    words = context.index.words
    if head.index + 1 < len(words) and words[head.index + 1].sentence_index == \
            head.sentence_index and words[head.index + 1].bare() in SPORTS_SIDES:
        return True  # «والتقى العروبة بمستضيفه الوطني»
    if head.index == 0 or words[head.index - 1].sentence_index != head.sentence_index:
        return False
    before = words[head.index - 1]
    if before.norm in SPORTS_SIDES or before.bare() in SPORTS_SIDES:
        return True
    if before.norm != "نظيره":
        return False
    sentence = [word for word in words[max(0, head.index - 60):head.index + 60]
                if word.sentence_index == head.sentence_index]
    return any(word.norm in MATCH_WORDS or word.bare() in MATCH_WORDS for word in sentence)


def sporting(context: Extraction, draft: Draft) -> bool:
    """An agreement or meeting one of whose parties is named as a club or a national team
    («نادي ليفربول», «منتخب بلجيكا») or as the other side of a match (:func:`_sports_side`):
    sports business, not an event."""
    if draft.label not in _SPORTS_LABELS:
        return False
    for argument in draft.arguments:
        if argument.role not in {"agent", "participant"}:
            continue
        head = context.word_at(argument.start)
        if head is not None and _sports_side(context, head):
            return True
        if head is None or head.norm not in SPORTS_HEADS:
            continue
        name = context.word_at(head.end + 1)
        if name is None or name.norm not in CIVIL_CLUBS:
            return True
    return False


def adjective_doer(context: Extraction, words: list[Word], position: int, draft: Draft) -> bool:
    """A definite event noun whose doer is only the nisba adjective right after it («الزحف
    الحوثي», «العقوبات الأمريكية الحالية», «الحصار الإسرائيلي»): the campaign or the
    standing measure of that side in general, as often as one deed of the news (the
    indefinite «عقوبات غربية», «غارات سعودية» tell new ones and are left alone). Not
    dropped: its raw confidence is lowered (``event_confidence``)."""
    if draft.verb or position + 1 >= len(words):
        return False
    if not any("ال" in prefix for prefix, _ in words[position].readings()):
        return False
    agents = [a for a in draft.arguments if a.role == "agent"]
    if not agents:
        return False
    adjective = words[position + 1]
    if not (adjective.norm.startswith("ال") and adjective.norm.endswith(_NISBA_ENDINGS)):
        return False
    return all(context.word_at(a.start) == adjective for a in agents)


_NISBA_ENDINGS = ("ي", "يه")


_BYLINE_REACH = 60
"""How many characters from the sentence's start a byline's colon may stand («بدر الروقي-
سبق- عنيزة:»)."""
_BYLINE_DASHES = "-–—"


def drop_byline_arguments(context: Extraction, draft: Draft) -> None:
    """Remove the arguments that stand in the sentence's byline: the reporter's name before
    a dash and the colon that opens the story («بدر الروقي- سبق- عنيزة: اتفقت شركة ... مع
    صحيفة»). The reporter wrote the story, he is no party to its events (the place after the
    dashes is the dateline, so only Persons are dropped)."""
    text = context.doc.text
    start = draft.sentence.start
    colon = text.find(":", start, min(draft.sentence.end, start + _BYLINE_REACH))
    if colon == -1 or not any(dash in text[start:colon] for dash in _BYLINE_DASHES):
        return
    kept = []
    for argument in draft.arguments:
        mention = context.covering_mention(argument.start)
        if start <= argument.start and argument.end <= colon and mention is not None \
                and mention.label == "Person":
            continue
        kept.append(argument)
    draft.arguments = kept
