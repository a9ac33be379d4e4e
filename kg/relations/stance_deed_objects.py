"""Stance objects that are a person or a body a phrase points to, not names after the trigger.

The actor of a praised deed («وهنأ الرئيس بالانتصارات التي حققتها المقاومة», «أشاد بجهود
وزير الصحة»: :func:`phrase_object`, :func:`first_deed`), the one congratulated on an
achievement (:func:`congratulated`), and the person a bare title stands for («ورحب الرئيس
بمبعوث دول المجلس»: :func:`titled_object`).
"""

from __future__ import annotations

from kg.model import Sentence
from kg.relations.arguments import COURTESY_TITLES, Candidate, typed_name
from kg.relations.context import Extraction
from kg.relations.deed_title_chains import person_past_title_chain
from kg.relations.deeds import DEED_NOUNS, deed_actor, earlier_name, patronage
from kg.relations.findings import RoleFact
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    PERSON_NOUNS,
    PREPOSITIONS,
    StanceTrigger,
)
from kg.relations.role_words import is_title_head
from kg.relations.stance_object_words import (
    DEED_KINDS,
)
from kg.relations.stance_phrases import (
    RELATIVES,
    prepositional,
    topic_phrase,
)
from kg.relations.stance_title_body_holders import holder_past_body
from kg.relations.stance_titled_holders import repeated_title
from kg.relations.stance_toward_deeds import past_toward
from kg.relations.titled import sole_title_holder, title_head
from kg.relations.titles import compound_head
from kg.text.normalize import normalize_key

_OBJECT_PREFIXES = {"praises": frozenset({"ب", "بال"}), "welcomes": frozenset({"ب", "بال"}),
                    "criticizes": frozenset({"", "ال"}), "urges": frozenset({"", "ال"}),
                    "condemns": frozenset({"", "ال"}), "warns": frozenset({"", "ال"})}
"""How a title as the object joins each verb («رحب بمبعوث», «انتقد الوزير»)."""


def titled_object(context: Extraction, words: list[Word], first_word: int, sentence: Sentence,
                  trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«ورحب الرئيس بمبعوث دول المجلس»: a title right after the subject, with no name of
    its own after it in the clause, stands for the one person named earlier with it."""
    prefixes = _OBJECT_PREFIXES.get(trigger.kind)
    if prefixes is None or trigger.noun or first_word >= len(words):
        return None
    word = words[first_word]
    head = title_head(word, prefixes)
    if head is None or context.covering_mention(word.start) is not None:
        return None
    for later in words[first_word + 1:first_word + 8]:
        if context.boundary_between(words[later.index - words[0].index - 1], later):
            break
        mention = context.mention_starting_in(later)
        if mention is not None and mention.label == "Person":
            return None  # «بالمبعوث الأممي X»: the name is the object
    person = sole_title_holder(context, word, head)
    if person is None or person in skip:
        return None
    return Candidate(Arg(person, word.start, word.end), "", "Person", first_word, "holder")


def phrase_object(context: Extraction, words: list[Word], first_word: int, sentence: Sentence,
                  trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """The actor of a praised deed, or the person a title stands for."""
    if trigger.kind in DEED_KINDS:
        deed = _deed_object(context, words, past_toward(words, first_word, trigger), skip,
                            "ل" in trigger.requires)  # «عن تقديره إزاء الجهود التي ...»
        if deed is not None:
            return deed
    return titled_object(context, words, first_word, sentence, trigger, skip)


_ACHIEVEMENTS = DEED_NOUNS | frozenset({
    "تدشين", "افتتاح", "اطلاق", "فوز", "تحقيق", "تتويج", "تاهل",
})
"""What one is congratulated on as one's own deed («التهنئة لـ X على تدشين التوسعة», «على
هذا الإنجاز», «على فوزه»); an occasion («بمناسبة عيد الفطر», «بحلول العيد») is protocol."""


_OFFICE_WORDS = frozenset({"لمقام", "مقام"})


_CONGRATULATED_REACH = 12


_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})


def congratulated(context: Extraction, words: list[Word], first_word: int,
                  skip: set[str]) -> Candidate | None:
    """«رفع التهنئة لخادم الحرمين الشريفين ... على تدشين التوسعة», «هنأ X الفريق على فوزه»:
    the one congratulated, named right after the congratulation (after «ل», «لمقام» or as
    the verb's object), when «على» and a deed of achievement follow in the sentence before
    any comma; congratulations on an occasion (a feast, an anniversary) praise nothing."""
    index = first_word + 1 if words[first_word].norm in _OFFICE_WORDS else first_word
    if index >= len(words):
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None or not mention.entity_id or mention.entity_id in skip or \
            mention.label not in AGENT_LABELS or context.is_nisba(mention):
        return None
    for later in range(index + 1, min(len(words), index + _CONGRATULATED_REACH)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:،,؛;«»\""):
            return None
        if words[later].norm != "علي":
            continue
        deed = later + 1
        if deed < len(words) and words[deed].norm in _DEMONSTRATIVES:
            deed += 1
        if deed < len(words) and _achievement(words[deed]):
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                             mention.label, index, "mention")
        return None
    return None


def _achievement(word: Word) -> bool:
    """«الإنجاز», «تدشين», «فوزه», «نجاحها»: a deed of achievement, with or without its
    article or a possessive pronoun."""
    for _, rest in word.readings():
        bare = rest.removeprefix("ال")
        if bare in _ACHIEVEMENTS or any(bare.endswith(suffix) and bare[:-len(suffix)] in
                                        _ACHIEVEMENTS for suffix in ("ها", "هم", "ه")):
            return True
    return False


def first_deed(context: Extraction, words: list[Word], first_word: int,
               skip: set[str]) -> list[Candidate]:
    """The deed's actor for a congratulation or pride, the deed a word or two on, past the
    rest of the subject's title or the one congratulated («وهنأ رئيس الجمهورية
    بالانتصارات التي حققتها المقاومة»), within the clause."""
    for index in range(first_word, min(len(words), first_word + 3)):
        if index > first_word and context.boundary_between(words[index - 1], words[index]):
            break
        deed = _deed_object(context, words, index, skip)
        if deed is not None:
            return [deed]
    return []


_STYLES = COURTESY_TITLES | HONORIFICS | frozenset({"فضيله", "سعاده", "السمو", "الملكي"})
"""Styles of address before a name («صاحب السمو الملكي الأمير X»)."""


def _past_styles(context: Extraction, words: list[Word], index: int) -> int:
    """«بدعم صاحب السمو الملكي الأمير X», «جهود وزير الصحة المهندس X», «بجهود ولي العهد
    الأمير X»: the index of the person's name past the styles of address and the title
    before it (a compound title too), when a person is named right after them; else
    ``index``. A nisba in the title or the describing noun («بجهود الرئيس اليمني X», «بفوز
    الناشطة اليمنية X», «فوز اليمنية X») is part of it, not the actor."""
    if index >= len(words) or not (words[index].norm in _STYLES or is_title_head(words[index])
                                   or compound_head(words, index) or
                                   words[index].has(PERSON_NOUNS) or
                                   _nisba_word(context, words[index])):
        return index  # a nisba alone opens it too: «بفوز اليمنية X»
    later = index
    while later < len(words) and later - index < 6 and \
            _unnamed_or_nisba(context, words[later]):
        word = words[later]
        if word.norm in PREPOSITIONS or word.norm in FUNCTION_WORDS or \
                word.norm in RELATIVES or prepositional(word):
            return index
        later += 1
        if later < len(words) and context.boundary_between(words[later - 1], words[later]):
            return index
    if later == index or later >= len(words):
        return index
    mention = context.mention_starting_in(words[later])
    if mention is not None and mention.label == "Person":
        return later
    chained = person_past_title_chain(context, words, index)  # «سمو ولي العهد نائب رئيس ...»
    return index if chained is None else chained


def _unnamed_or_nisba(context: Extraction, word: Word) -> bool:
    """A word of a title or describing noun before a name: no name, or a nisba."""
    return context.covering_mention(word.start) is None or _nisba_word(context, word)


def _nisba_word(context: Extraction, word: Word) -> bool:
    """A one-word nisba («اليمني», «السعودية») that qualifies the noun or title before a name."""
    mention = context.covering_mention(word.start)
    return mention is not None and context.is_nisba(mention) and \
        mention.start >= word.start and mention.end <= word.end


def titled_actor(context: Extraction, words: list[Word], index: int,
                  skip: set[str]) -> Candidate | None:
    """«بجهود وزير الصحة» after «وزير الصحة خالد الفالح»: a title (past a style) with no
    name after it is the person that title named earlier."""
    repeated = repeated_title(context, words, index)
    if repeated is None or repeated[0] is None:
        return _regional_title_holder(context, words, index, skip)
    holder = repeated[0]
    if holder.node_id in skip:
        return None
    return Candidate(Arg(holder.node_id, words[index].start, words[repeated[1] - 1].end), "",
                     "Person", index, "holder")


_REGIONS = {"المنطقه": "منطقه", "المحافظه": "محافظه", "المدينه": "مدينه"}
"""«أمير المنطقة» for «أمير منطقة المدينة»: the region a title shortens to its kind."""


def _regional_title_holder(context: Extraction, words: list[Word], index: int,
                           skip: set[str]) -> Candidate | None:
    """«بدعم صاحب السمو الملكي أمير المنطقة» after «الأمير X أمير منطقة المدينة»: a title
    shortened to «المنطقة» («المحافظة», «المدينة») is the one person the text introduced
    earlier with that title of a named region («أمير منطقة ...»); no one when two were."""
    start = index
    while index < len(words) and index - start < 4 and words[index].norm in _STYLES:
        index += 1
    if index + 1 >= len(words) or not is_title_head(words[index]) or \
            context.boundary_between(words[index], words[index + 1]):
        return None
    region = _REGIONS.get(words[index + 1].norm)
    if region is None:
        return None
    head = words[index].bare()
    persons = {role.person_id for role in context.roles
               if role.start < words[start].start and
               (role.position_name.split()[:2] == [head, region] or
                _of_region(context, role, head, region))}
    if len(persons) != 1:
        return None
    (person,) = persons
    if person in skip:
        return None
    return Candidate(Arg(person, words[start].start, words[index + 1].end), "", "Person", start,
                     "holder")


def _of_region(context: Extraction, role: RoleFact, head: str, region: str) -> bool:
    """«الأمير X أمير منطقة القصيم» with the region tagged as a name: the title is the bare
    «أمير» of the named region («منطقة القصيم»), whose name opens with the region's kind."""
    if role.position_name.split() != [head] or role.org_id is None or role.guessed:
        return False
    org = context.entity(role.org_id)
    return org is not None and normalize_key(org.name).split()[:1] == [region]


def _deed_object(context: Extraction, words: list[Word], first_word: int,
                 skip: set[str], lam: bool = False) -> Candidate | None:
    """«أشاد بأداء رجال الداخلية», «بالدور الذي يلعبه الجيش», «عن تقديره للجهود التي تبذلها
    مصر» (``lam``: a noun that takes its object with «ل»): the actor of the deed."""
    index = deed_actor(context, words, first_word, lam)
    if index is None:
        return None
    index = _past_styles(context, words, index)
    holder = holder_past_body(context, words, index)
    if holder is not None:  # «بجهود الأمين العام للأمم المتحدة كوفي أنان»
        index = holder
    mention = context.mention_starting_in(words[index]) or typed_name(context, words, index)
    if mention is not None and context.mention_starting_in(words[index]) is None:
        index += 1  # «بالدور الذي تقوم به شركة زين»: the name after its kind noun
    if mention is not None:
        if not mention.entity_id or mention.entity_id in skip or \
                mention.label not in AGENT_LABELS:
            return None
        if context.is_nisba(mention):  # «بالجهود السعودية»: the country, read from its nisba
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                             mention.label, index, "nisba") if index == first_word + 1 else None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                         mention.label, index, "mention")
    if words[index].norm in _STYLES or is_title_head(words[index]):
        titled = titled_actor(context, words, index, skip)
        if titled is not None or words[index].norm in _STYLES:
            return titled  # never a style of address as the phrase («صاحب السمو الملكي»)
    phrase = topic_phrase(context, words, index)
    if phrase is None or patronage(words[first_word]):
        return None  # «برعاية المرضى»: the one cared for, not a giver
    start, end, name = phrase
    named = earlier_name(context, name, start)
    if named is not None:  # «دول المجلس» after «دول مجلس التعاون الخليجي»
        if named.entity_id in skip:
            return None
        return Candidate(Arg(named.entity_id or "", start, end), "", named.label, index,
                         "holder")
    topic = context.add_entity("Miscellaneous", name, normalize_key(name))
    return Candidate(Arg(topic, start, end), "", None, index, "topic")
