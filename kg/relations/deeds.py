"""Whom praise is for when it names a deed: «أشاد بأداء رجال الداخلية», «أشاد بالدور
الذي يلعبه الجيش», «وأشاد بما تقدمه دول المجلس من دعم».

Praise and welcome often name what an actor did («أداء», «دور», «جهود») and the
actor after it: as the deed noun's genitive («بأداء رجال الداخلية»), or as the
subject of a relative clause on it («بالدور الذي يلعبه الجيش», «بما تقدمه دول
المجلس»). The actor is the stance's object. A relational noun («بدور الأشقاء»)
names no one by itself: only a place after it («الأشقاء في دول المجلس») does.
"""

from __future__ import annotations

import bisect

from kg.model import Mention
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Word, content_words
from kg.relations.lexicon import readings_of
from kg.relations.stance_witnessed_growth import witnessed_growth

DEED_NOUNS = frozenset({
    "اداء", "دور", "جهود", "جهد", "مواقف", "موقف", "عمل", "اعمال", "انجازات", "انجاز",
    "تضحيات", "بطولات", "احترافيه", "كفاءه", "نجاح", "نجاحات", "مساهمه", "مساهمات",
    "انتصار", "انتصارات", "مبادره", "مبادرات", "تعاون", "وقفه", "مستوي",
})
"""Nouns that name what an actor did or how well («بأداء», «بالدور», «بجهود»)."""

QUALITY_NOUNS = frozenset({
    "يقظه", "تفاني", "حرص", "اخلاص", "اهتمام", "دعم", "جاهزيه", "شجاعه", "بساله", "سرعه",
    # «ثمّنت X فوز اليمنية توكل كرمان», «مشيداً بتميز صحيفة سبق»: a win, an excellence
    "فوز", "تميز", "تفوق",
    # «أشاد بوعي المواطنين», «بتكاتف أبناء المنطقة», «بالتفاف أبناء الوطن حول قيادتهم»
    "وعي", "تكاتف", "التفاف", "تلاحم",
})
"""What an actor showed or gave, praised in the actor's name («مشيدا بيقظة الأجهزة الأمنية»,
«منوها بدعم واهتمام أمير المنطقة»): a deed noun for the praise only (not in
:data:`DEED_NOUNS`, which other readers use for what an actor did)."""

PATRONAGE_NOUNS = frozenset({"رعايه", "عنايه", "مسانده"})
"""A patronage, a care, a backing given («ونوه X برعاية أمير المنطقة للحفل», «بمساندة
المملكة»): praised in the giver's name only when the giver is named or titled, since the
genitive after them is as often the one cared for («رعاية المرضى», «رعاية الأيتام»), see
:func:`kg.relations.stance_deed_objects.phrase_object`."""

PAIRED_NOUNS = frozenset({"قوه"})
"""Nouns praised only beside a deed or quality noun («بقوة ويقظة الأجهزة»): alone, «بقوة»
after a verb of praise is the adverb «strongly» («أشاد بقوة بالاتفاق»)."""

PEOPLE_NOUNS = frozenset({
    "رجال", "افراد", "منسوبي", "منتسبي", "عمال", "جنود", "ابطال", "طياري", "كوادر",
    "العاملين", "موظفي", "متطوعي", "المتطوعين", "المفاوضين", "الجنود", "الطيارين",
    "المسعفين", "الاطباء", "المعلمين", "العمال", "المرابطين", "الابطال", "حماه", "المقاتلين",
    "مقاتلي", "المنقذين",
})
"""Nouns that open a group of people praised for what they do («برجال الأمن», «بمنسوبي
الدفاع المدني», «أثنى على المفاوضين الإيرانيين»)."""

RELATIONAL_NOUNS = frozenset({
    "الاشقاء", "الاخوه", "الاخوان", "الاصدقاء", "الشركاء", "الحلفاء",
})
"""Nouns that name a group only through a referent given elsewhere («الأشقاء»)."""

_DEED_RELATIVES = frozenset({"الذي", "التي", "اللذين", "اللتين", "الذين"})
_ATTACHED = frozenset({"به", "بها", "بهم", "عليه", "عليها", "عليهم"})
_DEED_PREFIXES = frozenset({"", "ال", "ب", "بال"})
_LAM_PREFIXES = _DEED_PREFIXES | frozenset({"ل", "لل"})
"""Also «ل» for a noun of appreciation that takes what it praises with «ل» («أعرب عن تقديره
للجهود التي تبذلها مصر»)."""


def _deed_noun(word: Word, nouns: frozenset[str] = DEED_NOUNS | QUALITY_NOUNS | PATRONAGE_NOUNS,
               prefixes: frozenset[str] = _DEED_PREFIXES) -> bool:
    """«بأداء», «بالدور», «الجهود», «بيقظة»: a deed noun, after «ب» or as the verb's object."""
    return any(prefix.lstrip("وف") in prefixes and
               (rest.removeprefix("ال") in nouns or rest in nouns)  # «بالتفاف»: «ال» of the stem
               for prefix, rest in word.readings())


def patronage(word: Word) -> bool:
    """«برعاية», «بعناية», «بمساندة»: a noun of :data:`PATRONAGE_NOUNS` (see there)."""
    return _deed_noun(word, PATRONAGE_NOUNS)


def _definite(word: Word) -> bool:
    """«بالدعم», «الجهود», «للجهود»: the noun with its article (the actor is then named in a
    relative clause, never as its genitive)."""
    readings = word.readings()
    prefix, rest = readings[-1]
    if prefix.endswith("ال") and "ال" + rest in QUALITY_NOUNS and len(readings) > 1:
        prefix = readings[-2][0]  # «بالتفاف»: the «ال» is the stem's («التفاف»), no article
    return prefix.endswith("ال") or prefix.lstrip("وف") == "لل"


def _definite_deed_actor(context: Extraction, words: list[Word], index: int,
                        owned: bool) -> int | None:
    """«بالجهود الكبيرة لوزارة الصحة», «بالجهود المبذولة من الوزارة»: past one or two
    adjectives, the actor after «من», or after «ل» when the noun is a deed (``owned``: «الدور
    الكبير لمصر» is Egypt's, «الدعم الكبير لمصر» is given to Egypt); None for anything else
    («بالدعم الكبير للمهرجان»: what was supported, not who)."""
    start = index
    if owned and words[index - 1].has(_NISBA_DEEDS) and _nisba_actor(context, words, index):
        return index  # «بالجهود السعودية», «بالدور المصري»: the country of the nisba
    while index < len(words) and index - start < 2 and words[index].norm.startswith("ال") and \
            context.covering_mention(words[index].start) is None and \
            not context.boundary_between(words[index - 1], words[index]):
        index += 1
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
        return None
    word = words[index]
    if word.norm == "من" and index > start:
        return index + 1 if index + 1 < len(words) and \
            context.mention_starting_in(words[index + 1]) is not None else None
    lam = any(prefix.lstrip("وف") in {"ل", "لل"} for prefix, _ in word.readings()[1:]) or \
        word.norm in _LAM_QUANTIFIERS
    mention = context.mention_starting_in(word)
    if owned and lam and mention is None and _people_after_lam(words, index):
        return index  # «بالجهود المباركة لكل المشاركين», «بالدور الكبير لرجال الأمن»
    return index if owned and lam and mention is not None and mention.start > word.start \
        else None


_LAM_QUANTIFIERS = frozenset({"لكل", "لجميع", "لكافه"})


def _people_after_lam(words: list[Word], index: int) -> bool:
    """«لرجال الأمن», «للعاملين», «لكل المشاركين», «لجميع منسوبي الوزارة»: after a deed noun
    and its adjectives, a group of people that «ل» makes the deed's owner (people do deeds;
    what is supported or aided is not a people noun: «الدعم الكبير للمرضى» is no deed, see
    ``owned``)."""
    word = words[index]
    if word.norm in _LAM_QUANTIFIERS:
        if index + 1 >= len(words):
            return False
        after = words[index + 1].norm
        return after in PEOPLE_NOUNS or (after.startswith("ال") and after.endswith("ين") and
                                         len(after) > 6)  # «المشاركين», «المتطوعين»
    return any(prefix.lstrip("وف") in {"ل", "لل"} and (rest in PEOPLE_NOUNS or
                                                       "ال" + rest in PEOPLE_NOUNS)
               for prefix, rest in word.readings()[1:])


_NISBA_DEEDS = frozenset({"جهود", "جهد", "دور", "موقف", "مواقف", "اداء", "انجازات", "انجاز",
                          "تضحيات", "بطولات", "نجاح", "نجاحات", "مساهمه", "مساهمات"})
"""Deeds whose nisba names their doer («الجهود السعودية»); not a proposal («المبادرة الفرنسية»
is welcomed as a thing, not France)."""


def _nisba_actor(context: Extraction, words: list[Word], index: int) -> bool:
    """«بالجهود السعودية», «بالدور المصري في الأزمة»: a one-word nisba tagged as its country,
    right after the deed noun, names whose deed it is."""
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
        return False
    mention = context.mention_starting_in(words[index])
    return mention is not None and mention.label == "Country" and \
        mention.end <= words[index].end and (context.is_nisba(mention) or (
            words[index].norm.startswith("ال") and words[index].norm.endswith(("ي", "يه"))))


def _past_coordinated_deeds(words: list[Word], index: int) -> int:
    """The index past deed nouns joined to the first by «و» («بدعم واهتمام X», «بقوة ويقظة
    X»), at most two."""
    for _ in range(2):
        if index < len(words) and words[index].norm.startswith("و") and \
                _deed_noun(words[index]) and not words[index].norm.startswith("وال"):
            index += 1
    return index


def _people_after_ba(word: Word) -> bool:
    """«برجال», «بمنسوبي», «بالعاملين», «(على) المفاوضين»: a group of people after «ب», or
    bare (after the verb's «على», or its direct object)."""
    return any(prefix.lstrip("وف") in {"", "ب", "بال"} and (rest in PEOPLE_NOUNS or
                                                            "ال" + rest in PEOPLE_NOUNS)
               for prefix, rest in word.readings())


def _relative_verb(words: list[Word], index: int) -> bool:
    """«يلعبه», «تقدمه», «تقوم (به)», «حققته»: the verb of a relative clause."""
    if index >= len(words):
        return False
    norm = words[index].norm
    return len(norm) > 2 and not norm.startswith("ال") and (
        norm[0] in "يت" or norm.endswith(("ه", "ها", "هم")) or
        (index + 1 < len(words) and words[index + 1].norm in _ATTACHED))  # «ظهر عليه»


def deed_actor(context: Extraction, words: list[Word], first: int,
               lam: bool = False) -> int | None:
    """The index of the word that starts the actor of the deed praised at ``first``
    («بأداء رجال الداخلية» → «رجال»), or None when the phrase names no deed; with ``lam``, a
    deed noun after «ل» too («عن تقديره للجهود التي تبذلها مصر»)."""
    if first >= len(words):
        return None
    word = words[first]
    if word.norm in {"بما", "ما"}:
        index = first + 1  # «بما تقدمه دول المجلس», «أثنى على ما حققته الأجهزة الأمنية»
        if not _relative_verb(words, index):
            return None
        if words[index].has(_RECEIVING):
            return _giver(context, words, index + 1)
        index += 1
    elif _deed_noun(word, prefixes=_LAM_PREFIXES if lam else _DEED_PREFIXES) or \
            (_deed_noun(word, PAIRED_NOUNS) and
                              _past_coordinated_deeds(words, first + 1) > first + 1):
        index = _past_coordinated_deeds(words, first + 1)
        if index < len(words) and words[index].norm.startswith("ال") and \
                index + 1 < len(words) and words[index + 1].norm in _DEED_RELATIVES:
            index += 1  # «الدور البارز الذي ...»: one adjective
        elif _definite(word):
            index = _two_adjectives(context, words, index)  # «بالدعم اللوجستي القوي الذي»
        if index < len(words) and words[index].norm in _DEED_RELATIVES:
            if not _relative_verb(words, index + 1):
                return None
            if words[index + 1].has(_RECEIVING):  # «بالدعم الذي تلقاه X من Y»: Y gave it
                return _relative_giver(context, words, index + 2)
            index += 2
        elif _definite(word):
            return _definite_deed_actor(context, words, index, _deed_noun(word, DEED_NOUNS))
    elif _people_after_ba(word):
        return first  # «أشاد برجال الأمن»: the people themselves
    elif (growth := witnessed_growth(context, words, first, lam)) is not None:
        return growth  # «أثنى على التطور الذي تشهده صحيفة الأيام»: whose growth
    else:
        return None
    if index < len(words) and words[index].norm in _ATTACHED:
        index += 1  # «تقوم به»
    return _past_relational(context, words, first, index)


def _two_adjectives(context: Extraction, words: list[Word], index: int) -> int:
    """«بالدعم اللوجستي القوي الذي تقدمه قوات التحالف», «للجهد القومي والمخلص الذي تبذله
    مصر»: after a definite deed noun, two definite words that no mention covers (the second
    may be joined by «و»), with no mark between, right before the relative are its
    adjectives (a definite noun takes no genitive); the index of the relative, else
    ``index`` unchanged."""
    if index + 2 >= len(words) or words[index + 2].norm not in _DEED_RELATIVES:
        return index
    for at in (index, index + 1):
        word = words[at]
        form = word.norm.removeprefix("و") if at == index + 1 else word.norm
        if not form.startswith("ال") or context.covering_mention(word.start) is not None \
                or context.boundary_between(words[at - 1], word):
            return index
    return index + 2


_RECEIVING = frozenset({"يحظي", "تحظي", "حظي", "حظيت", "يلقاه", "تلقاه", "يلقاها", "تلقاها",
                        "يجده", "تجده", "يجدها", "تجدها", "ينعم", "تنعم", "ناله", "نالته",
                        "يناله", "تناله", "لقيه", "لقيته"})
"""«بما يحظى به X من دعم من Y», «بما تلقاه X من رعاية»: what X receives is the giver's deed,
so the praise is of the giver (named after the second «من»), never of X."""
_GIFTS = QUALITY_NOUNS | frozenset({"رعايه", "عنايه", "تشجيع", "مسانده", "متابعه", "توجيهات",
                                    "تسهيلات"})
_GIVER_REACH = 10


def _giver(context: Extraction, words: list[Word], index: int) -> int | None:
    """«بما يحظى به X من دعم (كبير) من Y»: the index of Y's first word, past the receiver
    and what is received; None when no giver is named in the clause."""
    for at in range(index, min(len(words) - 2, index + _GIVER_REACH)):
        if context.boundary_between(words[at], words[at + 1]):
            return None
        if words[at].norm != "من" or words[at + 1].bare().removeprefix("ال") not in _GIFTS:
            continue
        for later in range(at + 2, min(len(words) - 1, at + 5)):
            if context.boundary_between(words[later - 1], words[later]):
                return None
            if words[later].norm in {"من", "قبل"}:
                following = later + 1
                if words[later].norm == "من" and following < len(words) and \
                        words[following].norm == "قبل":
                    following += 1
                return following if following < len(words) else None
        return None
    return None


_PARTITIVES = frozenset({"كثير", "الكثير", "عدد", "العديد", "عديد", "بعض", "جميع", "الاف",
                         "ملايين", "مئات", "عشرات"})
_NOT_GIVERS = frozenset({"اجل", "خلال", "حيث", "بين", "ضمن", "دون"})


def _relative_giver(context: Extraction, words: list[Word], index: int) -> int | None:
    """«بالدعم الذي تلقاه المنطقة من خادم الحرمين», «بالرعاية التي تحظى بها الأندية من قبل
    الرئاسة»: what is received is the deed praised; its giver is named after the first «من»
    (or «من قبل») past the receiver, at ``index`` or later; None when the clause names none
    (the receiver is never the actor)."""
    for at in range(index + 1, min(len(words) - 1, index + _GIVER_REACH)):
        if context.boundary_between(words[at - 1], words[at]):
            return None
        if words[at].norm != "من" or words[at - 1].norm in _PARTITIVES:
            continue  # «يلقاه كثير من المرضى»: the receivers, not a giver
        if words[at + 1].norm in _NOT_GIVERS:
            return None  # «من أجل», «من خلال»: a purpose or a means
        following = at + 2 if words[at + 1].norm == "قبل" else at + 1
        return following if following < len(words) and \
            not context.boundary_between(words[at], words[at + 1]) else None
    return None


def _past_relational(context: Extraction, words: list[Word], first: int,
                     index: int) -> int | None:
    """The actor's first word, past a relational noun and «في» («الأشقاء في دول المجلس»);
    None when the phrase crosses a clause boundary or names nobody."""
    if index >= len(words):
        return None
    if any(context.boundary_between(words[i], words[i + 1]) for i in range(first, index)):
        return None
    if words[index].norm in RELATIONAL_NOUNS:
        after = index + 1
        if after + 1 < len(words) and words[after].norm == "في" and \
                not context.boundary_between(words[index], words[after]):
            return after + 1
        return None
    return index


def earlier_name(context: Extraction, phrase: str, before: int) -> Mention | None:
    """The named actor that a definite description repeats in part («دول المجلس» after
    «دول مجلس التعاون الخليجي»): the nearest earlier agent mention whose name holds the
    phrase's first two words in order, the first of them first."""
    words = content_words(phrase)
    if len(words) < 2:
        return None
    candidates = context.index.agent_mentions_by_opening.get((words[0], words[1]), [])
    position = bisect.bisect_left(candidates, before, key=lambda m: m.start)
    return candidates[position - 1] if position else None


_OWN_DEEDS = DEED_NOUNS | frozenset({"تفاني", "حرص", "اخلاص", "عطاء", "جهوده"})
_POSSESSIVES = {"ه": "m", "ها": "f"}


def deed_owner(context: Extraction, words: list[Word], first: int, position: int,
               skip: set[str]) -> Mention | None:
    """«عمل مع الدكتور X، مثنيا على تفانيه», «والتقى Y الوزير X، مشيدا بجهوده»: a deed noun
    whose possessive pronoun points back to the one agent named before the praise in its
    sentence, other than the one who praises. The pronoun must agree: «ه» a man or a
    masculine body, «ها» a state, a body or a woman who spoke. None when the sentence names
    no such agent, or more than one."""
    if first >= len(words) or first <= position:
        return None
    norm = words[first].norm
    suffix = "ها" if norm.endswith("ها") else "ه" if norm.endswith("ه") else ""
    if not suffix:
        return None
    stem = norm[:-len(suffix)]
    if not any(prefix.lstrip("وف") in {"", "ب"} and rest in _OWN_DEEDS
               for prefix, rest in readings_of(stem)):
        return None
    found: dict[str, Mention] = {}
    for mention in context.mentions_between(words[0].start, words[position].start):
        if mention.entity_id and mention.entity_id not in skip and \
                mention.label in AGENT_LABELS and not context.is_nisba(mention):
            found.setdefault(mention.entity_id, mention)
    if len(found) != 1:
        return None
    mention = next(iter(found.values()))
    female = mention.label != "Person" or \
        mention.entity_id in context.discourse.female_speakers or \
        _feminine_title_before(context, words, mention)
    if (_POSSESSIVES[suffix] == "f") != female and mention.label == "Person":
        return None
    return mention


def _feminine_title_before(context: Extraction, words: list[Word], mention: Mention) -> bool:
    """«الوزيرة هند», «المستشارة ميركل»: a definite feminine noun right before the name."""
    first = context.mention_words(mention)[0] - words[0].index
    if first < 1:
        return False
    before = words[first - 1].norm
    return before.startswith("ال") and before.endswith("ه") and len(before) > 4
