"""Unnamed victims: «وقتل بعض الأجانب», «شنّ هجمات على سفارات», «قتل رجلا».

When a killing or an attack has no named target, the short noun phrase right
after the verb (or after «على»/«ضد» for a noun) is its target: one noun, or a
quantifier and its noun («بعض الأجانب», «عددا من المدنيين»). Nothing is read
across punctuation, from a preposition, a number (the casualty count does that),
a time word, a name (the named roles do that), another trigger, or a noun that
usually names the perpetrators («مسلحون», «مجهولون»), who may be the subject.

The words such a phrase may start with are in :mod:`kg.relations.target_words`; the
other unnamed phrases live in :mod:`kg.relations.seized_places` (places retaken),
:mod:`kg.relations.crowd_phrases` (a protest's crowd) and
:mod:`kg.relations.protested_phrases` (what a protest is against); their names are
re-exported here.
"""

from __future__ import annotations

import re

from kg.relations.casualties import number_value
from kg.relations.context import Extraction
from kg.relations.crowd_phrases import CROWD_HEADS, crowd_end, crowd_phrase
from kg.relations.event_fire_toward import aims_toward
from kg.relations.event_side_of import by_side_of
from kg.relations.event_title_adjectives import past_title_adjectives
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    BY_HAND_OF,
    DIRECTIONS,
    FUNCTION_WORDS,
    TARGET_QUANTIFIERS,
)
from kg.relations.perpetrators import (
    FORCE_HEADS,
    past_time,
    place_noun_with_fa,
)
from kg.relations.protested_phrases import AUTHORITY_HEADS, protested_phrase
from kg.relations.seized_places import SEIZED_HEADS, seized_place
from kg.relations.target_words import (
    FIRE,
    PLACE_HEADS,
    WAW_NOUNS,
    WEAPONS,
    phrase_arg,
    victim_word,
    with_genitive,
)

__all__ = [
    "AIMING_FORMS",
    "APPROXIMATORS",
    "AUTHORITY_HEADS",
    "CROWD_HEADS",
    "SEIZED_HEADS",
    "WEAPONS",
    "approximated",
    "crowd_end",
    "crowd_phrase",
    "named_after_title",
    "phrase_arg",
    "pronoun_victims",
    "protested_phrase",
    "seized_place",
    "unnamed_target",
    "victim_word",
    "with_genitive",
]

_GOVERNING = frozenset({"علي", "ضد"})
_AGAINST = frozenset({"بحق", "بحقه", "بحقهم"})
"""«مجزرة بحق المدنيين»: «بحق» names whom a deed was done to, as «ضد» does."""


_QUALIFIERS = frozenset({
    "التابع", "التابعه", "التابعين", "التابعون", "الموالي", "المواليه", "الموالين", "الموالون",
    "المدعوم", "المدعومه", "المقرب", "المقربه", "المقربين", "المؤيد", "المؤيده", "المؤيدين",
    "المتحالف", "المتحالفه", "المتحالفين",
})
"""Definite participles that qualify the doer named before them («قصف الجيش الليبي التابع
للحكومة ... سفينة», «الموالي لهادي»): not the object of the verb."""
APPROXIMATORS = frozenset({"اكثر", "نحو", "حوالي", "قرابه", "زهاء", "اقل"})
"""Words before a count that round it: «أكثر من 200», «نحو 30», «قرابة 40»."""


def approximated(words: list[Word], index: int) -> int:
    """How many words of approximation open a count at ``words[index]``: 2 for «أكثر من»
    before a number, 1 for «نحو» before a number, else 0."""
    if index >= len(words) or words[index].norm not in APPROXIMATORS:
        return 0
    at = index + 1
    if at < len(words) and words[at].norm == "من":
        at += 1
    if at < len(words) and number_value(words[at]) is not None:
        return at - index
    return 0


def unnamed_target(context: Extraction, words: list[Word], start: int, verb: bool,
                   crossed: bool = False, aimed: bool = False) -> Arg | None:
    """The unnamed victim phrase at ``words[start]`` (after «على»/«ضد»/«بحق» for a noun), or None;
    ``crossed``: the caller read past a time adjunct set off by a comma right before it;
    ``aimed``: the object of a verb of aiming («استهدفت سيارات قياديين»), where a vehicle is
    what was hit, not the weapon."""
    index = start
    on = _fire_on(context, words, index) if verb else None
    if on is not None:
        verb, index = False, on  # «فتحوا النار على المارة»: the victims follow «على»
    governed = not verb
    if not verb:
        if index >= len(words) or (words[index].bare() not in _GOVERNING and
                                   not (on is not None and aims_toward(words[index])) and
                                   words[index].norm not in _AGAINST):
            return None
        index += 1
    if index >= len(words) or index == 0 or (
            context.boundary_between(words[index - 1], words[index]) and
            not (crossed and index == start)):
        return None
    first = words[index]
    if governed and (first.bare() in BY_HAND_OF or by_side_of(words, index)):
        return None  # «تعرض لاعتداء على أيدي عناصر الشرطة», «لهجوم من جانب مسيحيين»: who
        # did it, not who was hit
    hit_vehicle = (governed or aimed or _owned(context, words, index)) and (
        first.has(_VEHICLES) or _printed(context, first) in _PRINTED_VEHICLES) and \
        context.covering_mention(first.start) is None and \
        not _rigged(context, words, index)  # «فتحوا النار على الشاحنة»; not «سيارة مفخخة»
    if aimed and _definite_force(first):
        return None  # «كما استهدف الطيران الحربي قرية الإمام»: the subject, after the verb
    leading = _leading_quantifier(context, words, index)
    if not (victim_word(context, first) or hit_vehicle or leading) or \
            _untagged_place(context, words, index) or \
            approximated(words, index) or first.norm in _QUALIFIERS:
        return None  # «أكثر من 200 إرهابي»: a count, read by the casualty rules
    person = named_after_title(context, words, index)
    if person is not None:
        return person
    last = index
    if leading or ((first.bare() in TARGET_QUANTIFIERS or first.norm in TARGET_QUANTIFIERS or
                   number_value(first) is not None) and \
            index + 1 < len(words) and \
            not context.boundary_between(first, words[index + 1])):
        noun = _quantified_noun(context, words, index)
        if noun is None:
            return None
        last = _with_adjective(context, words, noun)
    else:
        last = with_genitive(context, words, index)
    prefix = first.readings()[-1][0] if first.readings() else ""
    begin = first.start + len(prefix.removesuffix("ال")) if prefix.startswith(("و", "ف")) and \
        first.norm not in WAW_NOUNS and first.norm.removesuffix("ا") not in _FA_NOUNS and \
        not place_noun_with_fa(first) else first.start
    name = context.doc.text[begin:words[last].end]
    node = context.add_entity("Miscellaneous", name)
    return Arg(node, begin, words[last].end)


_OF_THEM = frozenset({"منهم", "منها", "منهن", "منهما"})
_OTHER_PEOPLE = frozenset({"اخرين", "اخرون"})


def pronoun_victims(context: Extraction, words: list[Word], start: int) -> Arg | None:
    """The object of a killing verb that points back to people told before: a count or a
    quantifier with «منهم» («فقتلوا اثنين منهم», «وقتلوا العشرات منهم») or «آخرين» alone
    («يعتقل مسلحين ويقتل آخرين»). No noun follows, so the phrase ends there."""
    if start <= 0 or start >= len(words) or \
            context.boundary_between(words[start - 1], words[start]):
        return None
    first = words[start]
    if first.readings()[-1][0] if first.readings() else "":
        return None  # «بآخرين», «وآخرين»: not the verb's object
    if first.norm in _OTHER_PEOPLE:
        last = start
    elif (number_value(first) is not None or first.bare() in TARGET_QUANTIFIERS or
          first.norm in TARGET_QUANTIFIERS) and start + 1 < len(words) and \
            words[start + 1].norm in _OF_THEM and \
            not context.boundary_between(first, words[start + 1]):
        last = start + 1
    else:
        return None
    name = context.doc.text[first.start:words[last].end]
    return Arg(context.add_entity("Miscellaneous", name), first.start, words[last].end)


_ARMED = FORCE_HEADS | frozenset({"جيش", "شرطه", "امن"})


def _definite_force(word: Word) -> bool:
    """«الطيران», «القوات», «الجيش»: a definite noun of armed men or machines right after a
    verb is its subject; an object of aiming is indefinite or owned («مواقع للجيش»)."""
    return any("ال" in prefix and rest in _ARMED for prefix, rest in word.readings())


AIMING_FORMS = frozenset({"استهدف", "استهدفت", "استهدفا", "استهدفوا", "يستهدف", "تستهدف"})
"""Verbs of aiming: their object is what was hit, a vehicle too («استهدفت سيارة الوزير»)."""
_LEADING = frozenset({"كل", "جميع", "احد", "احدي", "عده"})
_DIGITS = re.compile(r"^[0-9\u0660-\u0669]+$")
"""Quantifiers read as other words when alone («كل» and «جميع» as function words, «أحد» as
Sunday) or not listed as quantifiers («عدة», a number in digits: the casualty rules count
only people) that open a victim phrase before a plain noun: «على كل شخص», «قصفوا أحد أحياء
المدينة», «فجروا عدة سيارات تعود لعناصر», «استهدفت 3 سيارات»."""


def _leading_quantifier(context: Extraction, words: list[Word], index: int) -> bool:
    """``words[index]`` is one of ``_LEADING``, printed without a clitic but «و»/«ف», and a
    plain noun that may head a victim phrase follows it in the clause."""
    word = words[index]
    prefix = word.readings()[-1][0] if word.readings() else ""
    if (word.norm.lstrip("وف") not in _LEADING and not _DIGITS.match(word.norm)) or \
            prefix.lstrip("وف") or \
            index + 1 >= len(words) or context.boundary_between(word, words[index + 1]):
        return False
    following = words[index + 1]
    return victim_word(context, following) or (
        following.has(_VEHICLES) and _owned(context, words, index + 1))


_TITLE_REACH = 6
"""How many words a victim's description may run before the name («القيادي في حزب الأمة
فلان»)."""


def named_after_title(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«اُغتيل القيادي في حزب الأمة سالم الراشد», «قتل مسلحون الضابط سالم الراشد»: a definite
    noun of rank or trade right before a person's name (maybe past its adjectives: «الصحفي
    السوري فلان», ``event_title_adjectives``), or before «في» and the name of the
    body the person belongs to and then the person's name, describes the person, who is
    the victim (the named person, not the word «القيادي»)."""
    if not words[index].norm.startswith("ال"):
        return _named_after_construct(context, words, index)
    later = past_title_adjectives(context, words, index + 1)  # «الصحفي السوري ناجي الجرف»
    for _ in range(2):
        if later >= len(words) or context.boundary_between(words[later - 1], words[later]):
            return None
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person" and mention.entity_id and \
                mention.start == words[later].start:
            return Arg(mention.entity_id, mention.start, mention.end)
        if words[later].norm != "في" or later + 1 >= len(words):
            return None
        body = context.mention_starting_in(words[later + 1])
        last = context.word_at(max(body.start, body.end - 1)) if body is not None else None
        if body is None or body.label == "Person" or last is None:
            return None
        later = last.index - words[0].index + 1
    return None


def _named_after_construct(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """«وقتل مطلق النار فلان الفلاني برصاص الشرطة», «منفذ الهجوم فلان»: a noun made definite by
    the definite noun after it, right before a person's name, describes the person."""
    later = index + 2
    if later >= len(words) or not words[index + 1].norm.startswith("ال") or \
            context.covering_mention(words[index].start) is not None or \
            context.covering_mention(words[index + 1].start) is not None or \
            context.boundary_between(words[index], words[later]):
        return None
    mention = context.mention_starting_in(words[later])
    if mention is None or mention.label != "Person" or not mention.entity_id or \
            mention.start != words[later].start:
        return None
    return Arg(mention.entity_id, mention.start, mention.end)


_VEHICLES = frozenset({"سياره", "سيارات", "شاحنه", "شاحنات", "دراجه", "حافله", "حافلات",
                       "عربه", "عربات", "عربتين", "مركبه", "مركبات", "موكب", "دوريه", "دوريات"})
"""Vehicles: a weapon as the object of «فجّر» («فجّر سيارة مفخخة»), the target after «على»
(«فتحوا النار على الشاحنة», «هجوم على دورية»)."""


_OWNING = frozenset({"تعود", "يعود", "تابعه", "تابع", "التابعه", "التابع", "مملوكه",
                     "المملوكه", "يملكها", "يستقلها", "يستقلونها", "تقل", "تقلهم", "تقله"})
"""Words after a vehicle that tell whose it is or whom it carries: «سيارات تعود لناشطين»,
«سيارة يستقلها ضابط»: the vehicle is what was hit, not the weapon."""


_RIGGED = frozenset({"مفخخه", "مفخخات", "ملغومه", "مفخخ", "مفخختين", "ناسفه"})


def _rigged(context: Extraction, words: list[Word], index: int) -> bool:
    """«سيارة مفخخة»: a vehicle made a bomb is the weapon, even after a verb of aiming
    («استهدفت سيارة مفخخة حاجزاً»)."""
    following = index + 1
    return following < len(words) and words[following].norm in _RIGGED and \
        not context.boundary_between(words[index], words[following])


def _owned(context: Extraction, words: list[Word], index: int) -> bool:
    """An owner or a rider follows the vehicle at ``words[index]`` (``_OWNING``), maybe past
    one nisba adjective («سيارات عسكرية تابعة لقياديين»)."""
    following = index + 1
    if following + 1 < len(words) and words[following].norm.endswith(("يه", "يين")) and \
            words[following].norm not in _RIGGED and \
            not context.boundary_between(words[index], words[following]):
        following += 1
    return following < len(words) and words[following].norm in _OWNING and \
        not context.boundary_between(words[following - 1], words[following])


_PRINTED_VEHICLES = frozenset({"آلية", "الآلية"})
"""«هجوم على آلية للشرطة»: a vehicle whose normal form («اليه») is also «إليه»."""


def _printed(context: Extraction, word: Word) -> str:
    """The word as printed, without a leading «و»/«ف»."""
    text = context.doc.text[word.start:word.end]
    return text[1:] if text[:1] in {"و", "ف"} and len(text) > 3 else text


_FIRE_OR_WEAPONS = FIRE | WEAPONS


def _fire_on(context: Extraction, words: list[Word], index: int) -> int | None:
    """«أطلقوا النار على ...», «أطلقت قذيفة على ...», «أطلقت عشرات الصواريخ فجر أمس على ...»:
    the fire or the weapon (maybe counted), maybe a time phrase, then «على» and the victims;
    the index of «على», or None."""
    weapon = index
    if weapon + 1 < len(words) and (words[weapon].norm in TARGET_QUANTIFIERS or
                                    number_value(words[weapon]) is not None) and \
            words[weapon + 1].has(WEAPONS) and \
            not context.boundary_between(words[weapon], words[weapon + 1]):
        weapon += 1  # «عشرات الصواريخ», «ثلاث قذائف»
    if weapon >= len(words) or not words[weapon].has(_FIRE_OR_WEAPONS):
        return None
    on = past_time(context, words, weapon + 1)
    if on + 1 < len(words) and words[on].norm != "علي" and _weapon_kind(context, words, on):
        on += 1  # «صواريخ كاتيوشا على», «قذائف الهاون على»: the weapon's kind first
    if on >= len(words) or not (words[on].norm == "علي" or aims_toward(words[on])) or \
            context.boundary_between(words[on - 1], words[on]):
        return None  # «على», or «باتجاه»/«صوب» (``event_fire_toward``)
    return on


def _weapon_kind(context: Extraction, words: list[Word], index: int) -> bool:
    """«كاتيوشا», «الهاون», «بكثافة»: one word that names the weapon's kind or the manner of
    the fire right after it, in the same clause, with «على» next (not behind «و», «ف» or
    «ل», not a function word, not the name of a side)."""
    word = words[index]
    prefix = word.readings()[-1][0] if word.readings() else ""
    return index > 0 and not context.boundary_between(words[index - 1], word) and \
        words[index + 1].norm == "علي" and \
        "ل" not in prefix.removesuffix("ال") and \
        not word.norm.startswith(("و", "ف")) and word.norm not in FUNCTION_WORDS and \
        (context.covering_mention(word.start) is None or word.has(WEAPONS))


_SIZE_ADJECTIVES = frozenset({"كبيرا", "كبير", "كبيره", "قليلا", "قليل", "هائلا", "هائل",
                              "ضخما", "محدودا", "محدود", "اخر", "اخرا"})
"""«عدداً كبيراً من السياح»: a size word between a quantifier and its «من»."""


def _quantified_noun(context: Extraction, words: list[Word], quantifier: int) -> int | None:
    """The noun a quantifier counts: «عددا من المدنيين», «عدداً كبيراً من السياح» (past a
    size word), «بعض الأجانب»; None when the phrase has no plain noun there."""
    last = quantifier + 1
    if words[last].norm in _SIZE_ADJECTIVES and last + 2 < len(words) and \
            words[last + 1].norm == "من" and \
            not context.boundary_between(words[last], words[last + 1]):
        last += 1
    if words[last].norm == "من" and last + 1 < len(words):
        last += 1
    if words[last].has(_VEHICLES) and _owned(context, words, last):
        return last  # «فجّروا خمس سيارات تعود لكوادر في الحركة»: the cars hit
    return last if victim_word(context, words[last]) else None


def _with_adjective(context: Extraction, words: list[Word], noun: int) -> int:
    """A definite counted noun keeps its definite adjective: «عدداً من السياح الأجانب» ends
    at «الأجانب», as the victims are printed; a name or another trigger after it does not."""
    following = noun + 1
    if following >= len(words) or not words[noun].norm.startswith("ال") or \
            not words[following].norm.startswith("ال") or \
            context.boundary_between(words[noun], words[following]) or \
            not victim_word(context, words[following]):
        return noun
    return following


def _untagged_place(context: Extraction, words: list[Word], index: int) -> bool:
    """«أمطرت ضاحية دار سعد بالصواريخ»: a place noun with a name after it is a place the
    NER missed; whether it is the target or the location cannot be told, so neither."""
    if words[index].bare() not in PLACE_HEADS or index + 1 >= len(words) or \
            context.boundary_between(words[index], words[index + 1]):
        return False
    # «قرية شمال مدينة حلب»: a direction follows, not a name; the village is what was hit
    # (not «منطقة شمال المدينة», a vague area that the gold never takes as the target)
    return words[index].bare() == "منطقه" or not words[index + 1].has(DIRECTIONS)


_FA_NOUNS = frozenset({"فتي", "فتاه", "فتيات", "فتيه", "فتيان", "فلاح", "فلاحين", "فلاحون",
                       "فريق", "فرق", "فصيل", "فصائل", "فرد", "فنان", "فنانين"})
"""Victim nouns whose own first letter is «ف» («فتى فلسطينياً», «فتاة», «فلاحين»): no
conjunction to leave out of the phrase."""


