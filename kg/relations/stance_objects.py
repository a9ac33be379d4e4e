"""What a stance is toward: the objects of a stance trigger.

The object comes after the subject and its own title («دعت X رئيسة ...» has
none), never a name coordinated with the subject, the genitive of a person noun
(«بمبعوث دول المجلس»), a place after «في», a nisba that describes a thing or a
person («التحرك التركي»), or anything past the next stance word; for urges
it is the addressee right after the verb, never the demand («بضرورة», «إلى», «لتمكين»);
for warns who is warned, never a name after the danger («من أن», «بعدم»);
for criticizes the accused, never the charge («اتهمه بـ»); a descriptive
phrase («الاتهامات», «شركات الطيران») stops at a conjunction or a new
prepositional phrase, after adjectives of degree («أسفه الشديد»); «أي» opens one only
for a stand against it («رفضها لأي تدخل أجنبي», «أي خفض للإنتاج»).

This module finds where the object starts (past the subject's title, a frame, a relative
clause, a closing comma) and the named objects after it; the objects read from a phrase
(a descriptive topic, an iḍāfa chain, a resumed antecedent, a deed's actor, a bare
title) are in ``kg.relations.stance_phrase_objects``.
"""

from __future__ import annotations

from typing import NamedTuple

from kg.model import Mention, Sentence
from kg.ontology.namespace import RelationKind
from kg.relations.arguments import (
    Candidate,
    commit_holder,
    past_title_complement,
    preposition,
    scan_after,
)
from kg.relations.context import Extraction
from kg.relations.index import AGENT_LABELS, Arg, Word
from kg.relations.lexicon import (
    ADDRESSEE_FROM,
    FACING_VERBS,
    HONORIFICS,
    PERSON_NOUNS,
    PREPOSITIONS,
    StanceTrigger,
    find_event,
    find_reporting,
    find_stance,
)
from kg.relations.roles import is_title_head, title_after
from kg.relations.rules import ArgsHow
from kg.relations.stance_decoys import past_time_adverbs
from kg.relations.stance_phrase_objects import (
    COLLECTIVE_HEADS,
    LAM_NOUNS,
    TIME_WORDS,
    adjective_like,
    construct_phrase,
    content_noun,
    first_deed,
    phrase_object,
    resumed,
    resumed_antecedent,
    titled_object,
    topic_object,
    topical,
)
from kg.relations.stance_phrases import (
    ANY_QUANTIFIERS,
    COMMAS,
    DEMONSTRATIVES,
    RELATIVES,
    conjunction,
    definite,
    possessive,
    prepositional,
    skip_intensifiers,
    titled_name_follows,
    topic_entity,
    topic_phrase,
)
from kg.relations.stance_triggers import live_stance
from kg.text.normalize import normalize_key

_AGAINST_ANY = frozenset({"rejects", "opposes", "condemns", "criticizes", "denies"})
"""«رفضها لأي تدخل», «أدان أي اعتداء»: a stand against whatever comes is a stance toward
it; a welcome, an appeal or support of «any» one («دعا أي طرف») names no one."""


def any_of(words: list[Word], candidate: Candidate, kind: RelationKind) -> bool:
    """A phrase opened by «أي» as the object of a stance other than a stand against it."""
    return candidate.source == "topic" and kind not in _AGAINST_ANY and \
        candidate.word_index < len(words) and words[candidate.word_index].norm in ANY_QUANTIFIERS


def _fits(context: Extraction, words: list[Word], candidate: Candidate,
          trigger: StanceTrigger, start: int) -> bool:
    """Whether a candidate after the trigger can be its object.

    Not a name coordinated with the subject («دعم الأمير X ورئيس الهيئة»); not the
    genitive of a person noun («رحب بمبعوث دول المجلس»: the envoy is welcomed); for
    urges the addressee, never the demand («إلى», «بضرورة»); for criticizes the
    accused, never the charge («اتهمه بـ»)."""
    word = words[candidate.word_index]
    if candidate.word_index == start + 1 and conjunction(word) and candidate.arg.start > word.start:
        return False  # a name that opens with «و» of its own («وحدات حماية الشعب») is no «و» X
    previous = words[candidate.word_index - 1]
    if candidate.word_index - 1 > start and not candidate.preposition and \
            candidate.label != "Person" and (is_title_head(previous) or previous.has(PERSON_NOUNS)):
        return False
    if trigger.kind == "urges":
        allowed = {"", "ل"} if trigger.noun else {""}
        if candidate.preposition not in allowed or candidate.label in {"City", "Region", "Place"}:
            return False
    if _nisba_of_thing(context, words, candidate):
        return False
    if candidate.preposition in {"في", "لدي"} or _joined_to_place(context, words, candidate):
        return False  # «وزارة الداخلية في غزة», «سفير مصر لدى الأمم المتحدة»: where, not what
    if trigger.kind == "warns" and (candidate.preposition == "من" or any(
            _warning_content(w) for w in words[start + 1:candidate.word_index])):
        return False  # «حذر من X», «من أن بريطانيا ...», «بعدم السفر إلى كينيا»: the danger
    if candidate.preposition == "من" and candidate.word_index - 1 > start and \
            not definite(previous) and context.covering_mention(previous.start) is None:
        return False  # «اتهم X مسلحين من غزة»: where the accused come from, not the accused
    if any(w.norm in _AGAINST for w in words[start + 1:candidate.word_index]):
        return trigger.kind not in _FAVOUR  # «بمساندة X ضد Y»: Y is opposed, not supported
    return not (trigger.kind == "criticizes" and candidate.preposition == "ب")


def _joined_to_place(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """«دعم حزب الليكود في الضفة الغربية وقطاع غزة»: a name joined by «و» to a name after
    «في» or «لدى» is where too, not what the stance is toward."""
    word = words[candidate.word_index]
    if candidate.preposition or candidate.word_index == 0 or candidate.arg.start <= word.start \
            or context.doc.text[word.start:candidate.arg.start] not in {"و", "و "}:
        return False
    before = context.covering_mention(words[candidate.word_index - 1].start)
    return before is not None and preposition(context, before) in {"في", "لدي"} and \
        not context.boundary_between(words[candidate.word_index - 1], word)


def _warning_content(word: Word) -> bool:
    """«من», «بأن», «بعدم»: the danger or the advice of a warning starts here; who is warned
    comes before it («حذرت واشنطن طهران من ...», «تحذيرا لشركات الطيران من ...»)."""
    return word.norm.lstrip("و") == "من" or any(
        prefix.lstrip("وف") == "ب" for prefix, _ in word.readings()[1:])


_AGAINST = frozenset({"ضد", "وضد"})
_FAVOUR = frozenset({"supports", "praises", "welcomes", "coordinatesWith", "sharesConcernWith"})

_MANNER = frozenset({"بقوه", "بشده", "بحزم", "بوضوح", "بصراحه", "صراحه", "علنا", "بالاجماع"})
"""Adverbs of manner between a stance verb and its object («دعم X بقوة Y», «رفض بشدة Y»)."""

_PRAYED_TO = frozenset({"الله", "المولي", "الباري", "لله", "للمولي"})


def _closing_comma(context: Extraction, words: list[Word], index: int) -> int | None:
    """The first word after an appositive title set off by commas («، الناطق باسم X،»),
    past an adjunct set off by commas after it («، في تصريح لـ«الشرق الأوسط»،»)."""
    for later in range(index + 1, min(len(words), index + 10)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:«»\"()"):
            return None
        if any(mark in gap for mark in "،,"):
            return _past_adjunct(context, words, later)
    return None


_ADJUNCT_OPENERS = frozenset({"في", "خلال", "لدي", "امام", "عبر", "وفي", "وخلال"})


def _past_adjunct(context: Extraction, words: list[Word], index: int) -> int | None:
    """Past «في تصريح لـ«الشرق الأوسط»،», «خلال مؤتمر صحافي،»: an adjunct that opens with a
    preposition and closes with a comma within six words is not the object; without its
    closing comma, it leaves no object."""
    if index >= len(words) or (words[index].norm not in _ADJUNCT_OPENERS and \
            not words[index].norm.startswith("ل")) or words[index].norm in LAM_NOUNS:
        return index
    if words[index].norm.startswith("ل") and not prepositional(words[index]):
        return index
    for later in range(index + 1, min(len(words), index + 7)):
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:()؛;") or live_stance(words, later):
            return None
        if any(mark in gap for mark in "،,"):
            return later
    return None


def _faced_by(context: Extraction, words: list[Word], position: int,
              skip: set[str]) -> Candidate | None:
    """«واجه تسيبراس انتقادات كروغمان», «تعرضت قطر لانتقاد مصر»: the one who faces the
    stance is its object."""
    for index in range(position - 1, max(0, position - 3), -1):
        if context.boundary_between(words[index - 1], words[index]):
            return None
        if words[index - 1].has(FACING_VERBS):
            mention = context.mention_starting_in(words[index])
            if mention is None or not mention.entity_id or mention.entity_id in skip or \
                    mention.label not in AGENT_LABELS:
                return None
            _, last = context.mention_words(mention)
            if last + 1 != words[position].index:
                return None
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                             mention.label, index, "faced")
    return None


def _definite_titled_person(context: Extraction, words: list[Word], index: int,
                            skip: set[str]) -> Candidate | None:
    """«انتقد الوزير X الرئيس السوري بشار الأسد»: a definite title right after the subject's
    name, with a person named in its phrase, introduces the object; an appositive title of
    the subject's own is a construct («X رئيسة اتحاد المصارف») and names nobody after it."""
    if not words[index].norm.startswith("ال") or not titled_name_follows(context, words, index):
        return None
    for later in range(index + 1, min(len(words), index + 6)):
        mention = context.mention_starting_in(words[later])
        if mention is not None and mention.label == "Person" and mention.entity_id and \
                mention.entity_id not in skip:
            return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", "Person",
                             later, "mention")
    return None


def _nisba_of_thing(context: Extraction, words: list[Word], candidate: Candidate) -> bool:
    """«التحرك التركي», «وزير الخارجية الأميركي»: a nisba adjective describes the noun
    before it (a move, a minister), not the country, unless that noun is the country's
    people, government or army («الشعب اليمني», «العسكريين الأوكرانيين»)."""
    word = words[candidate.word_index]
    mention = context.mention_starting_in(word)
    nisba = candidate.source == "nisba" or (mention is not None and (
        context.is_nisba(mention) or _adjective_form(context, mention, word)))
    if not nisba or candidate.word_index == 0:
        return False
    return not words[candidate.word_index - 1].has(COLLECTIVE_HEADS)


def _adjective_form(context: Extraction, mention: Mention, word: Word) -> bool:
    """A one-word country mention shaped like a nisba («الأميركي», «الروسية»)."""
    return mention.label == "Country" and mention.end <= word.end and \
        word.norm.startswith("ال") and word.norm.endswith(("ي", "يه", "يين", "يون"))


def _within(words: list[Word], candidate: Candidate, first_word: int, position: int,
            how: ArgsHow, trigger: StanceTrigger) -> bool:
    """The candidate is in reach: before the next stance word (its objects are its own);
    for an addressee of urges, or after a subject read from the previous sentence, the
    phrase right after the trigger («دعا X الدول», «وأشاد بمواقف X»); after a verbal
    noun and its genitive agent, a prepositional phrase («رفض مصر للتدخل»)."""
    between = words[position + 1:candidate.word_index]
    if any(live_stance(words, index) for index in range(position + 1, candidate.word_index)):
        return False
    if any(w.norm in _OBJECT_RELATIVES or _reports(w) for w in between[1:]):
        return False  # «رفضت موسكو الخطوات التي أقدم عليها X», «رفض X ... قائلا إن Y»
    if how == "previous" or trigger.kind == "urges":
        return candidate.word_index <= first_word + 1
    if _deep_genitive(words, first_word, candidate.word_index):
        return False
    return how != "genitive" or (first_word < len(words) and _opens_phrase(words[first_word]))


def _deep_genitive(words: list[Word], first_word: int, index: int) -> bool:
    """«ترفض نشر مراقبين لرصد تحركات مقاتلي داعش»: the object is an action noun, and a name
    two or more words into its phrase (past other nouns, not only a head like «حكومة») is
    a complement inside it, not what the stance is toward («انتقد سياسات روسيا» keeps the
    name right after the noun, and so do coordinated heads and a person noun before a name:
    «انتقد تصرفات وتغريدات الفنان X»)."""
    if index - first_word < 2 or first_word >= len(words):
        return False
    head = words[first_word]
    if definite(head) or prepositional(head) or conjunction(head) or \
            not content_noun(head):
        return False  # «شكره وتقديره للدكتور X»: a second stance noun, then the object
    return any(content_noun(w) and not w.has(COLLECTIVE_HEADS) and not conjunction(w)
               and not prepositional(w) for w in words[first_word + 1:index])


_OBJECT_RELATIVES = RELATIVES - {"من", "ممن"}
_SAYING = frozenset({"قائلا", "قائله", "قائلين", "قائلتا", "قائلا:"})


def _reports(word: Word) -> bool:
    """«قائلا», «مضيفا», «وأكد»: what follows is said, not the stance's object."""
    return word.norm in _SAYING or word.bare() in _SAYING or find_reporting(word.norm) is not None


def _opens_phrase(word: Word) -> bool:
    """«للتدخل», «إلى جانب», «ضد»: a prepositional phrase starts here."""
    return word.norm in PREPOSITIONS or prepositional(word)


def _past_own_name(context: Extraction, words: list[Word], index: int,
                   subjects: list[Arg]) -> int:
    """Past the genitive of a construct title and the words of the subject's own name
    («ودعا أمير الشرقية ...», «ودعا العقيد السعد، المواطنين»): neither is the object."""
    if 0 < index < len(words) and is_title_head(words[index - 1]) and \
            not definite(words[index - 1]) and not context.boundary_between(
                words[index - 1], words[index]):
        mention = context.mention_starting_in(words[index])
        if mention is not None and mention.label != "Person":
            index = context.mention_words(mention)[1] - words[0].index + 1
        elif mention is None:
            index = _past_title_genitive(context, words, index)
    names: set[str] = set()
    for subject in subjects:
        entity = context.entity(subject.node_id)
        if entity is not None:
            names |= {w for w in normalize_key(entity.name).split() if len(w) > 2}
    while index < len(words) and (words[index].norm in names or words[index].bare() in names):
        index += 1
    return index


_GENITIVE_CHAIN = 3


def _past_title_genitive(context: Extraction, words: list[Word], index: int) -> int:
    """Past the genitive of the subject's own construct title and its adjectives: «رئيس
    الوزراء البريطاني», «أمير منطقة مكة المكرمة», «وزير خارجية فرنسا» (a title head without
    the article is followed by its genitive, never by the verb's object): up to two
    indefinite nouns, then a definite noun or a name."""
    for later in range(index, min(len(words), index + _GENITIVE_CHAIN)):
        word = words[later]
        if later > index and context.boundary_between(words[later - 1], word):
            return index
        mention = context.mention_starting_in(word)
        if mention is not None:
            if mention.label == "Person":
                return index
            end = context.mention_words(mention)[1] - words[0].index + 1
            return _past_title_adjectives(context, words, end)
        if context.covering_mention(word.start) is not None or prepositional(word) or \
                conjunction(word) or not content_noun(word) or live_stance(words, later):
            return index
        if definite(word):
            return _past_title_adjectives(context, words, later + 1)
    return index


def _past_title_adjectives(context: Extraction, words: list[Word], index: int) -> int:
    """Past the adjectives of a title: nisbas, tagged («اليوناني») or not, and «باسم X»."""
    while True:
        index = past_title_complement(context, words, index)
        mention = context.mention_starting_in(words[index]) if index < len(words) else None
        if mention is None or not (context.is_nisba(mention) or
                                   _adjective_form(context, mention, words[index])):
            return index
        index = context.mention_words(mention)[1] - words[0].index + 1


def find_objects(context: Extraction, words: list[Word], position: int, after: int,
                 sentence: Sentence, trigger: StanceTrigger, subjects: list[Arg],
                 how: ArgsHow = "") -> list[Candidate]:
    skip = {s.node_id for s in subjects}
    start, crossing = max(position, after - 1), False
    if after < len(words) and words[after].norm in _OBJECT_RELATIVES and \
            trigger.kind in _FRAMED and not trigger.noun:
        framed = _past_relative_clause(context, words, after, trigger, skip)
        return [framed] if framed is not None else []
    reopened = _past_closing_comma(context, words, position, after, subjects)
    if reopened is not None:
        start, crossing = reopened - 1, True  # «ودعا ...، العقيد X، المسافرين»
    elif after > position + 1 and after < len(words) and (
            is_title_head(words[after]) or words[after].has(PERSON_NOUNS)):
        settled, closing = _after_subject_title(context, words, after, sentence, trigger, skip)
        if closing is None:
            return settled
        start, crossing = closing - 1, True  # «ولوح X، الناطق باسم المتمردين، بوقف ...»
    if resumed(words, position):
        antecedent = resumed_antecedent(context, words, position - 2, skip)
        return [antecedent] if antecedent is not None else []
    opening = _object_opening(context, words, start, subjects, trigger)
    if opening is None:
        return []
    first_word, start = opening, opening - 1
    if trigger.kind == "urges" and first_word < len(words) and \
            words[first_word].norm in _PRAYED_TO:
        return []  # «داعيا الله أن ...»: a prayer, not an appeal to anyone
    if trigger.requires == ADDRESSEE_FROM:
        addressee = _addressee_from(context, words, first_word, trigger, how, skip)
        return [addressee] if addressee is not None else []
    candidates = scan_after(context, words, start, sentence, 7, context.state.event_at_word, skip,
                            crossing)
    if trigger.kind == "coordinatesWith":
        partners = _partners(context, words, position, sentence, candidates, subjects)
        if partners:
            return [Candidate(arg, "", None, position, "partner") for arg in partners]
        partner = _described_partner(context, words, first_word)
        return [partner] if partner is not None else []
    if trigger.noun and first_word + 1 < len(words) and conjunction(words[first_word]) and \
            find_stance(words[first_word].norm) is not None:
        first_word = skip_intensifiers(words, first_word + 1)  # «إدانتها واستنكارها الشديدين»
    if trigger.deed_object:  # «هنأ X بالانتصارات التي حققتها Y»: only the deed's actor
        return first_deed(context, words, first_word, skip)
    if how == "genitive":
        faced = _faced_by(context, words, position, skip)
        if faced is not None:
            return [faced]
    appositive = _appositive_object(context, words, first_word, skip)
    if appositive is not None:
        return [appositive]
    phrase = phrase_object(context, words, first_word, sentence, trigger, skip)
    if phrase is not None:
        return [phrase]
    # past the comma closing the subject's apposition or adjunct; for an appeal only past a
    # name set off after its title: «دعا X، مفوض الأمم المتحدة، ...» may name whom it urges
    reread = crossing if trigger.kind != "urges" else reopened is not None
    topic = topic_object(context, words, first_word, trigger, candidates, how, reread)
    if topic is not None:
        return [topic]
    candidates = [c for c in candidates if _fits(context, words, c, trigger, start)
                  and _within(words, c, first_word, position, how, trigger)]
    named = _first_named(context, candidates, sentence)
    if named or not topical(context, words, first_word, trigger, how, reread):
        return named
    construct = construct_phrase(context, words, first_word)
    if construct is None:
        return []
    node = context.add_entity("Miscellaneous", construct.name, normalize_key(construct.name))
    return [Candidate(Arg(node, construct.start, construct.end), "", None, first_word, "topic")]


def _object_opening(context: Extraction, words: list[Word], start: int, subjects: list[Arg],
                    trigger: StanceTrigger) -> int | None:
    """Where the object may begin after ``start``: past the subject's own name, intensifiers,
    time words, the trigger's frame and (for an appeal or a warning) the subject's own
    occasion; at the thing a demonstrative points to («دعم هذا الاتفاق»). None when that
    thing is an event named before that kg did not find."""
    first_word = skip_intensifiers(words, _past_own_name(context, words, start + 1, subjects))
    while first_word < len(words) and (words[first_word].norm in TIME_WORDS or
                                       words[first_word].norm.lstrip("و") in _MANNER or
                                       past_time_adverbs(words, first_word) > first_word):
        first_word = max(first_word + 1, past_time_adverbs(words, first_word))
    first_word = _past_frame(context, words, first_word, trigger)
    if trigger.kind == "rejects":
        first_word = _past_refused_dealing(context, words, first_word)
    if trigger.kind in {"urges", "warns"}:
        first_word = _past_own_occasion(context, words, first_word)
    if first_word + 1 < len(words) and words[first_word].bare() in DEMONSTRATIVES and \
            definite(words[first_word + 1]) and not prepositional(words[first_word + 1]):
        first_word += 1  # «دعم هذا الاتفاق», «رفض هذه الخطوة»: the thing pointed to
        if find_event(words[first_word].norm) is not None and \
                words[first_word].index not in context.state.event_at_word:
            return None  # «هذا الاتفاق»: an event named before, that kg did not find
    return first_word


_DEALINGS = {"اعتراف": "ب", "تعامل": "مع", "تعاون": "مع", "حوار": "مع", "تفاوض": "مع",
             "جلوس": "مع", "تطبيع": "مع", "تحالف": "مع"}
"""Verbal nouns of dealing with someone and the preposition that names whom: «رفضت X
الاعتراف بالدور الروسي», «رفضت مصر التعامل مع الحكومة» reject the role, the government."""


def _past_refused_dealing(context: Extraction, words: list[Word], first_word: int) -> int:
    """At «الاعتراف ب...», «التعامل مع ...» after «رفض», where the one refused starts: the
    word with «ب» glued, or the word after «مع»."""
    if first_word + 1 >= len(words) or \
            context.boundary_between(words[first_word], words[first_word + 1]):
        return first_word
    head = words[first_word].bare()
    preposition = _DEALINGS.get(head) or _DEALINGS.get(head.removeprefix("ال"))
    following = words[first_word + 1]
    if preposition == "ب" and any(p.lstrip("وف").startswith("ب")
                                  for p, _ in following.readings()[1:]):
        return first_word + 1
    if preposition == "مع" and following.norm.startswith("مع"):
        return first_word + 2 if following.norm == "مع" else len(words)  # «معه»: no name
    return first_word


_FRAMED = frozenset({"urges", "criticizes"})
_CLAUSE_REACH = 12


def _frame(word: Word, trigger: StanceTrigger) -> bool:
    """The demand of an appeal («إلى», «بـ») or the charge of an accusation («بـ»)."""
    glued_ba = any(prefix.lstrip("وف").startswith("ب") for prefix, _ in word.readings()[1:])
    return glued_ba or (trigger.kind == "urges" and word.norm == "الي")


def _past_relative_clause(context: Extraction, words: list[Word], relative: int,
                          trigger: StanceTrigger, skip: set[str]) -> Candidate | None:
    """«اتهمت المؤسسة ... التي يوجد مقرها في طرابلس الحكومة بعرقلة ...», «دعا X الذي ...
    في عدن المنظمات إلى ...»: past a relative clause on the subject, the object is the name
    or short definite phrase right before the charge or the demand, when a name or a comma
    ends the clause before it (a definite noun after a name is no genitive of it)."""
    for index in range(relative + 2, min(len(words), relative + _CLAUSE_REACH)):
        gap = context.gap(words[index - 1], words[index])
        if any(mark in gap for mark in ".؟!:«»\"()؛;") or live_stance(words, index) or \
                _reports(words[index]):
            return None
        if _frame(words[index], trigger) and \
                context.covering_mention(words[index].start) is None:
            found = _before_frame(context, words, relative + 2, index, skip)
            if found is not None:
                return found
    return None


def _before_frame(context: Extraction, words: list[Word], first: int, frame: int,
                  skip: set[str]) -> Candidate | None:
    """The name or definite phrase of one or two words that ends right before ``frame``,
    after a name or a comma (see :func:`_past_relative_clause`)."""
    last = frame - 1
    mention = context.covering_mention(words[last].end - 1)
    if mention is not None:
        start = context.mention_words(mention)[0] - words[0].index
        if not mention.entity_id or mention.entity_id in skip or context.is_nisba(mention) \
                or mention.label not in AGENT_LABELS or \
                context.mention_words(mention)[1] != words[last].index:
            return None
        found = Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                          start, "mention")
    else:
        start = last
        if last > first and definite(words[last - 1]) and adjective_like(words[last]) and \
                not context.boundary_between(words[last - 1], words[last]):
            start = last - 1  # «الحكومة الليبية»
        phrase = topic_phrase(context, words, start)
        if phrase is None or phrase.end != words[last].end or prepositional(words[start]):
            return None
        node = context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
        found = Candidate(Arg(node, phrase.start, phrase.end), "", None, start, "topic")
    if start <= first:
        return None
    if context.gap(words[start - 1], words[start]).strip() in COMMAS:
        return found
    while start - 1 > first and words[start - 1].norm in TIME_WORDS:
        start -= 1  # «وصل إلى بغداد أمس المواطنين»
    name = context.covering_mention(words[start - 1].end - 1)
    closed = name is not None and context.mention_words(name)[1] == words[start - 1].index
    return found if closed else None


def _comma_before(context: Extraction, words: list[Word], index: int) -> bool:
    return 0 < index < len(words) and \
        context.gap(words[index - 1], words[index]).strip() in COMMAS


def _past_closing_comma(context: Extraction, words: list[Word], position: int, after: int,
                        subjects: list[Arg]) -> int | None:
    """Where the object may start past a comma right after a named subject: past a time
    word in commas («رفضت محكمة X، أمس، طلب ...»), or past the comma that closes the
    subject's name set off after its title («ودعا الناطق باسم X، العقيد Y، المسافرين»);
    None when no such comma follows the subject."""
    if not subjects or not _comma_before(context, words, after) or after <= position + 1:
        return None
    index = after
    while index < len(words) and words[index].norm in TIME_WORDS:
        index += 1
    if index > after:
        return index if _comma_before(context, words, index) else None
    first = context.word_at(subjects[0].start)
    if first is None:
        return None
    opening = first.index - words[0].index
    while opening > position + 1 and not context.boundary_between(
            words[opening - 1], words[opening]) and (
            words[opening - 1].norm in _STYLES or is_title_head(words[opening - 1])):
        opening -= 1  # «، العقيد X،»: the name's own style is in the apposition
    if opening > position + 1 and _comma_before(context, words, opening):
        return after
    if _titled_subject_span(context, words, position, opening):
        return after  # «ودعا عضو لجنة الأمن X، الحكومة إلى ...»: a comma after a long subject
    return None


def _titled_subject_span(context: Extraction, words: list[Word], position: int,
                         opening: int) -> bool:
    """The words between the verb and the subject's name are its title, with no mark between
    them: «ودعا عضو لجنة الأمن والدفاع النيابية X».»"""
    first = position + 1
    if opening <= first or opening - first > 8 or not (
            is_title_head(words[first]) or words[first].norm in {"عضو", "عضوه"}):
        return False
    return not any(context.boundary_between(words[i], words[i + 1]) for i in range(first, opening))


class _PastTitle(NamedTuple):
    """What :func:`_after_subject_title` read: the objects when they are settled, else
    none and the position of the closing comma's word to look after."""

    objects: list[Candidate]
    closing: int | None


def _after_subject_title(context: Extraction, words: list[Word], after: int,
                         sentence: Sentence, trigger: StanceTrigger,
                         skip: set[str]) -> _PastTitle:
    """A title or person noun right after the subject: the object it names («ورحب الرئيس
    بمبعوث ...»), the titled person («دعت X رئيسة اتحاد المصارف ...» is the subject's own
    title, so only a named holder of a definite title counts), or, past the subject's own
    title in commas, where the object is looked for («ولوح X، الناطق باسم المتمردين، بوقف»)."""
    if prepositional(words[after]):
        titled = titled_object(context, words, after, sentence, trigger, skip) or \
            _appositive_object(context, words, after, skip)
        return _PastTitle([titled] if titled is not None else [], None)
    if not context.boundary_between(words[after - 1], words[after]):
        named = _definite_titled_person(context, words, after, skip)
        if named is None and trigger.kind == "urges" and not trigger.noun:
            return _PastTitle(_addressee_past_apposition(context, words, after, skip), None)
        if named is None:
            past = _past_own_title(context, words, after, trigger)
            if past is not None:  # «أشاد X رئيس البرلمان العربي بأداء ...»
                return _PastTitle([], past)
        return _PastTitle([named] if named is not None else [], None)
    return _PastTitle([], _closing_comma(context, words, after))


def _past_own_title(context: Extraction, words: list[Word], after: int,
                    trigger: StanceTrigger) -> int | None:
    """The index of the word after the subject's own title, when that word opens with the
    preposition the verb takes («أشاد X رئيس البرلمان العربي بأداء ...», «رحب X وزير
    الخارجية بالقرار»): the object is read from there."""
    run = title_after(context, words, after - 1)
    if not run or run[0].index != words[after].index:
        return None
    end = after + len(run)
    if end >= len(words) or context.boundary_between(words[end - 1], words[end]):
        return None
    if trigger.kind not in _BA_KINDS or trigger.noun:
        return None
    return end if any(prefix in {"ب", "بال"} for prefix, _ in words[end].readings()) else None


_BA_KINDS = frozenset({"praises", "welcomes", "condemns"})
"""Verbs whose object follows «ب» («أشاد ب», «رحب ب», «ندد ب»)."""


_APPOSITION_REACH = 30


def _addressee_past_apposition(context: Extraction, words: list[Word], after: int,
                               skip: set[str]) -> list[Candidate]:
    """«دعت X رئيسة اتحاد المصارف، أحد التجمعات المصرفية، الاثنين جميع العملاء إلى الهدوء»,
    «دعا X مقدم برنامج "صباح الخير" المبتعثين إلى العودة»: past the subject's title and
    appositions set off by commas, or a quoted name that closes the title, the addressee of
    an appeal is the phrase between the last comma or closing quote and the demand's «إلى»
    (after a time word): a named agent or a described group that ends right before «إلى»."""
    demand, quotes, closings = None, 0, []
    for index in range(after, min(len(words), after + _APPOSITION_REACH)):
        word = words[index]
        gap = context.gap(words[index - 1], word)
        if any(mark in gap for mark in ":()؛;") or word.norm in _OBJECT_RELATIVES or \
                live_stance(words, index) or _reports(word):
            return []
        if any(mark in gap for mark in "،,") and not quotes % 2:
            closings.append(index)
        for mark in gap:
            if mark in "«»\"“”":
                quotes += 1
                if not quotes % 2 and index > after + 1:
                    closings.append(index)  # «مقدم برنامج "صباح الخير" المبتعثين»
        if word.norm == "الي" and not quotes % 2:
            demand = index
            break
    if demand is None or not closings:
        return []
    opening = closings[-1]
    while opening < demand and words[opening].norm in TIME_WORDS:
        opening += 1
    if opening >= demand or demand - opening > 3:
        return []
    mention = context.mention_starting_in(words[opening])
    if mention is not None:
        if not mention.entity_id or mention.entity_id in skip or mention.label not in \
                AGENT_LABELS or context.is_nisba(mention) or \
                context.mention_words(mention)[1] != words[demand - 1].index:
            return []
        return [Candidate(Arg(mention.entity_id, mention.start, mention.end), "",
                          mention.label, opening, "mention")]
    phrase = topic_phrase(context, words, opening)
    if phrase is None or phrase.end != words[demand - 1].end:
        return []
    node = context.add_entity("Miscellaneous", phrase.name, normalize_key(phrase.name))
    return [Candidate(Arg(node, phrase.start, phrase.end), "", None, opening, "topic")]


def _first_named(context: Extraction, candidates: list[Candidate],
                 sentence: Sentence) -> list[Candidate]:
    """The first event or named agent or place among the candidates, else a nisba."""
    events = [c for c in candidates if c.source == "event"]
    entities = [c for c in candidates if c.source in {"mention", "holder"}
                and (c.label in AGENT_LABELS or c.label in {"Place", "City", "Region"})]
    nisba = [c for c in candidates if c.source == "nisba"]
    ordered = sorted(events + entities, key=lambda c: c.word_index)
    if ordered:
        commit_holder(context, ordered[0], sentence)
        return [ordered[0]]
    return nisba[:1]


def _addressee_from(context: Extraction, words: list[Word], first_word: int,
                    trigger: StanceTrigger, how: ArgsHow, skip: set[str]) -> Candidate | None:
    """«وطلب كاميرون من أعضاء البرلمان دراسة ...»: the one asked, after «من» right after
    a named subject; never for the noun («بناء على طلب من الوزارة»: the ministry asks) or
    a passive with no subject of its own («وطُلب من المواطنين»)."""
    if trigger.noun or how in {"previous", "coordinated", ""} or first_word + 1 >= len(words) \
            or words[first_word].norm != "من" or \
            context.boundary_between(words[first_word], words[first_word + 1]):
        return None
    index = first_word + 1
    mention = context.mention_starting_in(words[index])
    if mention is not None:
        if not mention.entity_id or mention.entity_id in skip or \
                mention.label not in AGENT_LABELS or context.is_nisba(mention):
            return None
        return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", mention.label,
                         index, "mention")
    topic = topic_entity(context, words, index)
    return Candidate(topic, "", None, index, "topic") if topic is not None else None


_OCCASION_PREPOSITIONS = frozenset({"خلال", "في", "اثناء", "عقب", "لدي", "امام"})


def _past_own_occasion(context: Extraction, words: list[Word], first_word: int) -> int:
    """Past an adjunct on the subject's own occasion before the addressee («ودعا الأمير خلال
    كلمته المواطنين إلى ...», «في تصريحاته للصحفيين»): a preposition, a noun with a
    possessive pronoun, and at most one prepositional word."""
    index = first_word
    if index + 2 >= len(words) or words[index].norm not in _OCCASION_PREPOSITIONS or \
            not possessive(words[index + 1]) or \
            context.covering_mention(words[index + 1].start) is not None:
        return first_word
    index += 2
    if index + 1 < len(words) and prepositional(words[index]) and \
            context.covering_mention(words[index].start) is None:
        index += 1  # «خلال لقائه بالصحفيين»
    if any(context.boundary_between(words[i], words[i + 1]) for i in range(first_word, index)):
        return first_word
    if index < len(words) and (words[index].norm in PREPOSITIONS or
                               words[index].norm in _OCCASION_PREPOSITIONS):
        return first_word  # «في كلمته أمام المؤتمر ...»: the adjunct goes on
    return index


_FRAME_WORDS = frozenset({"علي", "الي", "جانب"})


def _past_frame(context: Extraction, words: list[Word], first_word: int,
                trigger: StanceTrigger) -> int:
    """Past the fixed words of a frame that governs the object («اعترض على X», «وقف إلى
    جانب X»), when they follow the subject at once."""
    if not trigger.requires or not trigger.requires <= _FRAME_WORDS:
        return first_word
    index = first_word
    while index + 1 < len(words) and index < first_word + 2 and \
            words[index].norm in _FRAME_WORDS and \
            not context.boundary_between(words[index], words[index + 1]):
        index += 1
    if index > first_word and (words[index - 1].norm in trigger.requires):
        return index
    return first_word


def _appositive_object(context: Extraction, words: list[Word], first_word: int,
                       skip: set[str]) -> Candidate | None:
    """«انتقد X رئيس تكتل الإصلاح والتغيير، العماد ميشال عون», «أشاد بمدير الجامعة، الدكتور
    Y»: the object is a title with no name in its clause, and the person named right after
    the comma that closes it (past an honorific or a rank)."""
    index = first_word + 1 if first_word < len(words) and words[first_word].norm == "الي" \
        else first_word
    if index >= len(words) or not is_title_head(words[index]) or \
            context.covering_mention(words[index].start) is not None:
        return None
    for later in range(index + 1, min(len(words), index + 7)):
        if context.mention_starting_in(words[later]) is not None and \
                context.mention_starting_in(words[later]).label == "Person":  # type: ignore[union-attr]
            return None  # a name in the title's own clause: the plain scan reads it
        gap = context.gap(words[later - 1], words[later])
        if any(mark in gap for mark in ".؟!:«»\"()؛;"):
            return None
        if any(mark in gap for mark in "،,"):
            return _name_after(context, words, later, skip)
    return None


_STYLES = HONORIFICS | frozenset({"العماد", "المشير", "المقدم", "الرائد", "النقيب", "الاستاذ",
                                  "الاستاذه", "الدكتوره", "القاضي", "المستشار"})


def _name_after(context: Extraction, words: list[Word], index: int,
                skip: set[str]) -> Candidate | None:
    """The person named at ``index``, past one honorific or rank («العماد», «الدكتور»)."""
    if index < len(words) and context.mention_starting_in(words[index]) is None and (
            words[index].norm in _STYLES or is_title_head(words[index])):
        index += 1
    if index >= len(words):
        return None
    mention = context.mention_starting_in(words[index])
    if mention is None or mention.label != "Person" or not mention.entity_id or \
            mention.entity_id in skip:
        return None
    return Candidate(Arg(mention.entity_id, mention.start, mention.end), "", "Person", index,
                     "mention")


def _described_partner(context: Extraction, words: list[Word], first_word: int) -> Candidate | None:
    """«تعاونت مع سلطات الأمن», «التنسيق مع الجهات المعنية»: a described partner right after
    «مع»."""
    index = first_word + 1
    if index >= len(words) or words[first_word].norm != "مع" or \
            context.boundary_between(words[first_word], words[index]):
        return None
    topic = topic_entity(context, words, index)
    return Candidate(topic, "مع", None, index, "topic") if topic is not None else None


def _partners(context: Extraction, words: list[Word], position: int, sentence: Sentence,
              candidates: list[Candidate], subjects: list[Arg]) -> list[Arg]:
    """«التنسيق مع X», «تنسيق ... بيننا» (with the other actor of the sentence)."""
    with_ = [c.arg for c in candidates if c.preposition in {"مع", "بين"} and c.source != "event"]
    if with_:
        return with_[:1]
    for word in words[position + 1:position + 6]:
        if word.norm == "بيننا":
            own = {s.node_id for s in subjects}
            for other in context.mentions_between(sentence.start, sentence.end):
                if other.entity_id and other.entity_id not in own and \
                        other.label in AGENT_LABELS - {"Person"}:
                    return [Arg(other.entity_id, other.start, other.end)]
            for other_word in words:
                country = context.country_for_nisba(other_word) if other_word is not word else None
                if country and country not in own:
                    return [Arg(country, other_word.start, other_word.end)]
    return []
