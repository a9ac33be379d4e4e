"""Victims of a passive killing: «أن شخصاً قُتل وأُصيب أربعة», «وقُتل جندي أميركي في هجوم».

Unvocalised news prints «قُتل» (was killed) and «قَتل» (killed) alike. A verb of killing
or kidnapping with no object after it (a preposition, «و» and a new verb, or the end of
the clause follow it) is read as a passive, whose subject is the victim, not the agent:

- the noun phrase that opens the verb's clause right before it («إن شخصاً قتل»,
  «أن أحد عناصر القوات العراقية قتل وجرح سبعة»), a person behind his title
  («أن المزارع فلان قتل بينما»);
- the noun phrase right after it, when nothing follows that could be its object
  («وقتل جندي أميركي في هجوم», «خطف موظف بريطاني يعمل في ...»);
- a person named right after it («قتل القيادي فلان في غارة»); a body or a country
  there stays the subject, as they do the killing far more often than they suffer it.

A verb of dying («استشهد») has its subject as the victim whatever follows.
"""

from __future__ import annotations

from kg.relations.casualties import Count, number_value
from kg.relations.context import Extraction
from kg.relations.event_attack_words import PASSIVE_ONLY
from kg.relations.index import Arg, Word
from kg.relations.lexicon import (
    COMPLEMENTIZERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    TARGET_QUANTIFIERS,
    find_event,
    find_reporting,
)
from kg.relations.perpetrators import object_follows, past_time, perpetrator_end
from kg.relations.targets import unnamed_target, victim_word

PASSIVE_PRONE = frozenset({
    "قتل", "قتلت", "قتلوا", "قتلا", "اغتيل", "اعدم", "خطف", "خطفت", "خطفوا", "خطفا", "اختطف",
    "اختطفت", "اختطفوا", "اختطفا",
})
"""Verbs of killing and kidnapping, printed alike in the active and the passive."""
DYING = frozenset({"استشهد", *PASSIVE_ONLY})
"""Verbs whose subject is the one who died («استشهد ثلاثة فلسطينيين») or was hurt («أُصيب
ثلاثة جنود برصاص قناص», ``event_attack_words``)."""
_OPENERS = frozenset({"ان", "بان", "وان", "لان", "فان", "فيما", "بينما", "حيث", "اذ", "كما",
                      "عندما", "حين", "لكن", "ولكن", "بعدما"})
"""Words after which a noun phrase opens a clause as its subject («إن شخصاً قتل»)."""
_VICTIM_REACH = 8
"""How many words the victim phrase before the verb may span («أحد عناصر القوات العراقية»)."""
_YEARS = 1000
"""A number this large before a verb is a year, not a count of victims."""


_PASSIVE_PRONE_OR_DYING = PASSIVE_PRONE | DYING


def passive_form(word: Word) -> str:
    """``PASSIVE_PRONE`` or ``DYING`` form of a verb trigger («وقتل» → «قتل»), else ``""``."""
    return next((rest for prefix, rest in word.readings()
                 if "ال" not in prefix and rest in _PASSIVE_PRONE_OR_DYING), "")


def no_object(context: Extraction, words: list[Word], index: int) -> bool:
    """Nothing that may be a verb's object opens at ``words[index]``."""
    return not object_follows(context, words, index)


def victim_before(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The noun phrase that opens the clause of the verb at ``words[position]`` right before
    it, after punctuation or a clause word («إن», «فيما»), when it may be a victim."""
    end = position - 1
    if end >= 2 and words[end].norm == "الاقل" and words[end - 1].norm == "علي" and \
            not context.boundary_between(words[end], words[position]):
        end -= 2  # «أن خمسة مدنيين على الأقل قُتلوا»: the phrase ends before «على الأقل»
    aged = _before_age(context, words, end)
    if aged is not None:
        end = aged  # «أن المزارع فلان، عشرين عاماً، قتل بينما»
    elif end < 0 or (context.boundary_between(words[end], words[position]) and
                     not _quote_opens(context, words[end], words[position])) or \
            words[end].norm in COMPLEMENTIZERS:
        return None  # «قال المرصد إنه قُتل»: the clause opens at «إنه», with no phrase
    floor = max(-1, end - _VICTIM_REACH)
    for start in range(end, -1, -1):
        if start <= floor:
            return None
        word = words[start]
        if start < end and context.boundary_between(word, words[start + 1]):
            return None
        if _least_inside(words, start, end):
            floor = max(-1, floor - 2)  # «أن 12 مدنياً على الأقل وجندياً واحداً قتلوا»
            if words[start].norm == "علي" and words[start + 2].norm == "من":
                floor = max(-1, floor - 2)  # «إن 19 على الأقل من مقاتلي بوكو حرام وجنديين»
            continue
        if find_event(word.norm) is not None or word.norm in RELATIVE_PRONOUNS or \
                find_reporting(word.norm) is not None or \
                (word.bare() in PREPOSITIONS and word.norm != "من") or (
                    _governed(word) and context.covering_mention(word.start) is None):
            return None  # «بهذه القصة»: a phrase behind a preposition is no subject
        if start == 0 or context.boundary_between(words[start - 1], word) or \
                words[start - 1].norm in _OPENERS:
            return _victim_phrase(context, words, start, end)
    return None


_OPENING_QUOTES = frozenset({"«", "“", '"'})


def _quote_opens(context: Extraction, left: Word, verb: Word) -> bool:
    """Only a quote mark opens between the victim phrase and its verb: the quote of the
    source begins at the verb («بأن مخلوف «قُتل جراء استهدافه»», «إن ضابطا “استشهد”»),
    and the phrase before it is still the verb's subject."""
    return context.doc.text[left.end:verb.start].strip() in _OPENING_QUOTES


def _least_inside(words: list[Word], index: int, end: int) -> bool:
    """``words[index]`` is part of an «على الأقل» inside the victim phrase, before a second
    victim joined by «و» or the «من» of the counted («12 مدنياً على الأقل وجندياً تشادياً»,
    «19 على الأقل من مقاتلي بوكو حرام»): read past it."""
    at = index if words[index].norm == "الاقل" else index + 1
    return 0 < at < end and words[at].norm == "الاقل" and words[at - 1].norm == "علي" and \
        index in {at, at - 1} and (words[at + 1].norm.startswith("و") or
                                   words[at + 1].norm == "من")


def met_death_victim(context: Extraction, words: list[Word], met: int,
                     position: int) -> Arg | None:
    """The subject of «لقي» told between it and the noun of death at ``words[position]``:
    «لقي العشرات من عناصر داعش مصرعهم», «لقي الجنود الثلاثة حتفهم», «لقي فلان مصرعه» (a count
    is read by the casualty rules first)."""
    end = position - 1
    if end - 2 > met and words[end].norm == "الاقل" and words[end - 1].norm == "علي":
        end -= 2  # «لقي العشرات منهم على الأقل مصرعهم»
    if end <= met or end - met > _VICTIM_REACH or \
            context.boundary_between(words[met], words[position]):
        return None
    return _victim_phrase(context, words, met + 1, end)


_AGE_UNITS = frozenset({"عاما", "عام", "سنه", "سنوات", "اعوام"})


def _before_age(context: Extraction, words: list[Word], end: int) -> int | None:
    """The last word before an age set off by commas or brackets that ends at
    ``words[end]`` («فلان، عشرين عاماً،», «فلان (30 عاماً)»), or None when there is none."""
    if end < 2 or words[end].norm not in _AGE_UNITS or number_value(words[end - 1]) is None:
        return None
    if not context.boundary_between(words[end - 2], words[end - 1]):
        return None
    return end - 2


def _victim_phrase(context: Extraction, words: list[Word], start: int, end: int) -> Arg | None:
    """The victim phrase ``words[start..end]``: the person it ends with (behind a title:
    «المزارع فلان»), else the phrase itself when it opens with a victim noun, a number or
    a quantifier; None when it opens with a name that is not a person («الجيش»)."""
    first, last = words[start], words[end]
    person = context.covering_mention(last.start)
    if person is not None and person.label == "Person" and person.entity_id and \
            person.start >= first.start and person.end >= last.end - 1:
        return Arg(person.entity_id, person.start, person.end)
    number = number_value(first)
    if number is not None and (start == end or number >= _YEARS):
        return None  # «29 أغسطس 2003 قتل»: a date, not a count
    counted = number is not None or first.norm in TARGET_QUANTIFIERS or \
        first.bare() in TARGET_QUANTIFIERS
    if not counted and not _definite_soldiers(first) and (
            not victim_word(context, first) or first.norm.startswith("ي")):
        return None  # «يكفرون»: an imperfect verb, not a noun
    name = context.doc.text[first.start:last.end]
    return Arg(context.add_entity("Miscellaneous", name), first.start, last.end)


_SOLDIERS = frozenset({"جنود", "جنديين", "جنديان", "جندي", "عسكريين", "عسكريون", "شرطيين",
                       "شرطيون", "ضباط", "حراس"})
"""Soldiers and policemen: told definite before a passive verb or «لقي» («أن الجنود قُتلوا
عندما», «لقي الجنود الثلاثة حتفهم»), they are the ones killed, told of before."""


def _definite_soldiers(word: Word) -> bool:
    """«الجنود», «والعسكريين»: a definite noun of soldiers with no preposition on it (armed
    nouns are refused as victims by ``victim_word``, where they may be the doers; in the
    subject slot of a passive or «لقي» they are the victims)."""
    return any("ال" in prefix and not prefix.lstrip("وف").startswith(("ب", "ل", "ك")) and
               rest in _SOLDIERS for prefix, rest in word.readings())


def victim_after(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """The unnamed noun phrase right after a passive verb when no object follows it
    («وقتل جندي أميركي في هجوم»; not «قتل مسلحون ضابطاً», whose phrase is the subject)."""
    start = past_time(context, words, position + 1)
    victim = unnamed_target(context, words, start, True)
    if victim is None:
        return None
    last = context.word_at(max(victim.start, victim.end - 1))
    if last is None:
        return None
    following = last.index - words[0].index + 1
    if following >= len(words):
        return victim
    doer = perpetrator_end(context, words, start)
    if doer is not None and doer >= following and object_follows(context, words, doer + 1):
        return None  # «قتلت قوة من الشرطة أمس ثلاثة مسلحين»: the unit is the subject
    if last.norm.startswith("ال") and words[following].norm == "في":
        return None  # «اُغتيل القيادي في حزب ... فلان»: a title whose holder is named later
    return victim if no_object(context, words, following) else None


def nominative(context: Extraction, word: Word) -> bool:
    """An indefinite noun printed as a subject («جنديٌ», «مسلحون»), not as an object
    («جندياً», «مسلحين»): an active verb's object would be accusative."""
    printed = context.doc.text[word.start:word.end]
    if word.norm in TARGET_QUANTIFIERS or word.bare() in TARGET_QUANTIFIERS:
        return False  # «بعض», «عدد»: the case is not printed
    return not word.norm.startswith(("ال", "وال")) and not printed.endswith(("ا", "اً", "ين"))


def counted_victims(context: Extraction, count: Count) -> tuple[int, int]:
    """The span of the victims a casualty count names: «أربعة من عناصر الشرطة» past the
    «من» of the count to the noun and its definite genitive, «عشرة أشخاص على الأقل» without
    the «على» that opens «at least»."""
    last = context.word_at(max(count.start, count.end - 1))
    if last is None or last.norm not in {"من", "علي"}:
        return count.start, count.end
    words = context.words
    if last.norm == "علي":
        before = words[last.index - 1]
        return count.start, before.end if before.start >= count.start else count.end
    end = last.index + 1
    if end >= len(words) or words[end].sentence_index != last.sentence_index or \
            context.boundary_between(last, words[end]) or not _counted_noun(words[end]):
        return count.start, count.end
    following = end + 1
    if following < len(words) and words[following].sentence_index == last.sentence_index and \
            not words[end].norm.startswith("ال") and words[following].norm.startswith("ال") and \
            not context.boundary_between(words[end], words[following]) and \
            _counted_noun(words[following]):
        end = following  # «أربعة من عناصر الشرطة»
    return count.start, words[end].end


def _counted_noun(word: Word) -> bool:
    """A noun that may follow the «من» of a count («من عناصر», «من جنوده», «الشرطة»)."""
    prefix = word.readings()[-1][0] if word.readings() else ""
    return not any(clitic in prefix.removesuffix("ال") for clitic in ("و", "ف", "ب", "ل", "ك")) \
        and word.norm not in FUNCTION_WORDS and word.bare() not in FUNCTION_WORDS and \
        find_event(word.norm) is None and number_value(word) is None


def _governed(word: Word) -> bool:
    """A word behind an attached preposition («بهذه», «للشرطة», «كذلك»)."""
    prefix = word.readings()[-1][0] if word.readings() else ""
    return any(clitic in prefix.removesuffix("ال") for clitic in ("ب", "ل", "ك"))


STRIKES = frozenset({"ضربه", "ضربات"})
"""Air or missile strikes, a military operation of their own: a killing told in one is not
folded into it (as one «في غارة» is folded into the raid, an attack)."""
_STRUCK_IN = frozenset({"في", "جراء", "اثر", "بسبب"})
_STRIKE_KINDS = frozenset({"جويه", "جويا", "جويتين", "صاروخيه", "صاروخيتين"})
_STRIKE_REACH = 8


def strike_owner(context: Extraction, words: list[Word], position: int) -> Arg | None:
    """«قتلوا جراء ضربة جوية أميركية», «قتل ثلاثة مسلحين في ضربة جوية أميركية»: the
    country whose strike (named by its nisba, after the kind of strike) a killing is told
    in is the killing's agent; None when no such strike follows in the clause."""
    for index in range(position + 1, min(len(words), position + _STRIKE_REACH)):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        word = words[index]
        if word.bare() not in STRIKES:
            continue
        attached = word.readings()[-1][0].lstrip("وف") if word.readings() else ""
        if attached[:1] != "ب" and words[index - 1].bare() not in _STRUCK_IN:
            return None
        return _strike_nisba(context, words, index + 1)
    return None


def _strike_nisba(context: Extraction, words: list[Word], index: int) -> Arg | None:
    """The country of the nisba at ``words[index]``, past the kind of strike («جوية»)."""
    while index < len(words) and words[index].norm in _STRIKE_KINDS and \
            not context.boundary_between(words[index - 1], words[index]):
        index += 1
    if index >= len(words) or context.boundary_between(words[index - 1], words[index]):
        return None
    word = words[index]
    mention = context.mention_starting_in(word)
    if mention is not None and mention.label == "Country" and mention.entity_id and \
            context.is_nisba(mention):
        return Arg(mention.entity_id, mention.start, mention.end)
    country = context.country_for_nisba(word) if mention is None else None
    return Arg(country, word.start, word.end) if country else None
