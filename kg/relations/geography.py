"""Geography and membership: locatedIn, partOf, memberOf.

- «مدينة عدن، جنوب اليمن», «غرابوف، شرق أوكرانيا», «ميناء الزيت بالبريقة»,
  «منطقة المعاشيق بمديرية كريتر», «إقليم تيغراي شمال إثيوبيا»: a place
  followed (after a comma, a direction word, في, or a place noun with ب) by
  a larger place is ``locatedIn`` it (the guidelines keep ``partOf`` for
  organisations). A city is never inside another city («بنها شمالي القاهرة»
  is north of it), nor a city inside a district («الرياض في حي الجزيرة»).
  «العاصمة الإسبانية مدريد»: a capital or city with a nationality adjective
  is located in that country.
- «بريطانيا وفرنسا ... الدول الدائمة العضوية في مجلس الأمن»: every country
  of the list is ``memberOf`` the organisation; «قناة المسيرة التابعة
  للحوثيين» is ``memberOf`` too. A list closed by a bracket before the membership word
  («اللجنة الرباعية (الولايات المتحدة وروسيا ...) تشمل الدول الأعضاء في مجلس الأمن»)
  names another group's members, not the organisation's.
- «كلية الآداب بجامعة القاهرة», «اللجنة التنفيذية للاتحاد الدولي»: a body
  followed by a larger one with ب or ل is ``partOf`` it.
- «محمد عبدالشافي مدافع فريق الأهلي», «لاعب الوسط بالنادي الأهلي أحمد
  العوفي»: a player named with his club is ``memberOf`` it.
"""

from __future__ import annotations

import itertools

from kg.gazetteer.extractors import is_adjective_mention
from kg.model import Mention, Sentence
from kg.relations import body_members, club_possessive
from kg.relations.affiliated_bodies import affiliated_before
from kg.relations.context import Extraction
from kg.relations.findings import DocState, Findings
from kg.relations.geography_nisba import extract_more, no_containment
from kg.relations.index import (
    AGENT_LABELS,
    GEOGRAPHY_WORD,
    ORGANIZATION_LABELS,
    PLACE_LABELS,
    TERRITORY_LABELS,
    DocIndex,
    Word,
)
from kg.relations.lexicon import (
    AFFILIATION_WORDS,
    DIRECTIONS,
    FORMER,
    FUNCTION_WORDS,
    MEMBERSHIP_WORDS,
)
from kg.relations.linked_places import linked_pair
from kg.relations.mention_relations import mention_relation
from kg.relations.rules import Rule
from kg.text.normalize import normalize_key

_PLACE_NOUNS = frozenset({"مديريه", "محافظه", "مدينه", "منطقه", "حي", "ولايه", "اقليم", "قريه",
                          "ضاحيه", "بلده", "جزيره", "مقاطعه", "امارة", "اماره", "ريف"})
_RANK = {"Place": 0, "City": 1, "Region": 2, "Country": 3}
"""How large a place of each class is: a place lies only in a larger one (or a
place in a place: «منطقة المعاشيق بمديرية كريتر»)."""
_UNIT_LABELS = frozenset({"Organization", "GovernmentBody", "ArmedGroup", "MediaOrganization"})
_PARENT_LABELS = frozenset({"Organization", "GovernmentBody", "InternationalOrganization",
                            "ArmedGroup"})
_UNIT_NOUNS = frozenset({"كليه", "قسم", "لجنه", "اداره", "امانه", "قوات", "مكتب", "فرع", "وحده",
                         "شرطه", "مديريه", "وكاله", "بعثه", "معهد", "مركز", "هيئه", "كتيبه",
                         "لواء", "فرقه", "دائره", "مجلس"})
_CAPITAL_NOUNS = frozenset({"العاصمه", "عاصمه", "مدينه", "المدينه"})
_PLAYER_NOUNS = frozenset({"لاعب", "مهاجم", "مدافع", "حارس", "هداف", "جناح", "نجم", "لاعبا"})
_CLUB_WORDS = frozenset({"نادي", "فريق", "الوسط", "الدفاع", "الهجوم", "مرمي", "الارتكاز"})


def _gap_allows(context: Extraction, first: Mention, second: Mention) -> bool:
    text = context.doc.text[first.end:second.start]
    if no_containment(context, first, second):
        return False
    if any(mark in text for mark in ".؟!:«»\"“”()") or text.count("،") > 1:
        return False
    between = context.words_between(first.end, second.start)
    if len(between) > 3:
        return False
    if between and is_adjective_mention(second):
        return False  # «القاهرة الروائي المصري»: only «عدن اليمنية», adjacent
    adjectives = 0
    for word in between:
        bare = word.bare()
        if word.norm == "في" or bare in DIRECTIONS or bare in _PLACE_NOUNS:
            continue
        if bare.endswith(("ي", "يه")) and adjectives == 0 and word.norm not in FUNCTION_WORDS:
            adjectives += 1
            continue
        return False
    prefix = context.attached_prefix(second).lstrip("و")
    if text.strip() == "" and prefix not in {"ب", "في"}:
        return False
    return context.doc.text[second.start - 1:second.start] != "و" and \
        not (between and between[-1].norm.startswith("و"))


_WORLD_REGIONS = frozenset({"اوروبا", "اسيا", "افريقيا", "امريكا الشماليه", "امريكا الجنوبيه",
                            "امريكا اللاتينيه", "اوقيانوسيا", "الشرق الاوسط", "الشرق الادني",
                            "شمال افريقيا", "اوروبا الشرقيه", "اوروبا الغربيه", "اسيا الوسطي"})
"""Continents and world regions: larger than any place the text could put them in; named
before «في X» they are part of another name («دوري أبطال أوروبا في موناكو»)."""


def _may_contain(context: Extraction, first: Mention, second: Mention) -> bool:
    if first.label not in TERRITORY_LABELS or second.label not in PLACE_LABELS:
        return False
    bare = normalize_key(context.doc.text[first.start:first.end]).removeprefix("و")
    if bare.removeprefix("ب").removeprefix("ل") in _WORLD_REGIONS or bare in _WORLD_REGIONS:
        return False
    if _cut_name(context, first) or _generic_zone(context, first):
        return False
    smaller, larger = _RANK[first.label], _RANK[second.label]
    return smaller < larger or (smaller == larger == _RANK["Place"])


_ZONE_KINDS = frozenset(normalize_key(word) for word in (
    "عازلة", "آمنة", "حدودية", "عسكرية", "محايدة", "منزوعة", "محظورة", "مغلقة", "حظر"))
"""«منطقة عازلة», «منطقة آمنة», «منطقة حظر جوي»: kinds of zone, named by no one."""


def _generic_zone(context: Extraction, first: Mention) -> bool:
    """A place read from the words after «منطقة» that only say what kind of zone it is
    («وحول البحث في منطقة عازلة للدروز في جنوب سوريا»): no named place is inside another."""
    words = context.words_between(first.start, first.end)
    return bool(words) and (words[0].norm in _ZONE_KINDS or words[0].bare() in _ZONE_KINDS)


def _cut_name(context: Extraction, first: Mention) -> bool:
    """«مدينة وينستن سيلم بولاية نورث كارولينا» read as «سيلم»: a place noun two words
    before the mention, with a word that is no function word between, shows that the name
    began before the mention, whose span is then only its tail."""
    before = context.words_between(max(0, first.start - 40), first.start)
    if len(before) < 2 or context.doc.text[before[-2].end:first.start].split() != \
            [context.doc.text[before[-1].start:before[-1].end]]:
        return False  # punctuation between: not one name
    noun, inner = before[-2], before[-1]
    if noun.bare() not in _PLACE_NOUNS and noun.norm not in _PLACE_NOUNS:
        return False
    return inner.norm not in FUNCTION_WORDS and inner.bare() not in DIRECTIONS and \
        not inner.norm.startswith("ال") and inner.bare() not in _PLACE_NOUNS


def _capital_with_adjective(context: Extraction, sentence: Sentence,
                            mentions: list[Mention]) -> None:
    """«العاصمة الإسبانية مدريد», «مدينة عدن اليمنية»'s mirror: noun, adjective, city."""
    for adjective, city in itertools.pairwise(mentions):
        if not is_adjective_mention(adjective) or city.label != "City" or \
                context.doc.text[adjective.end:city.start].strip():
            continue
        before = context.words_between(max(sentence.start, adjective.start - 12), adjective.start)
        if before and before[-1].has(_CAPITAL_NOUNS) and \
                context.doc.text[before[-1].end:adjective.start].strip() == "":
            mention_relation(context, sentence, "locatedIn", city, adjective, Rule.CAPITAL, 0.6)


_FORMER_PLAYER = FORMER | {"سابقا", "الاسبق"}


def _former(context: Extraction, sentence: Sentence, club: Mention) -> bool:
    """«لاعب النصر السابق», «مهاجم الهلال سابقا»: the player left the club; also past
    clubs joined by «و» («مهاجم توتنهام وليفربول سابقا»: he left both)."""
    end = club.end
    for _ in range(3):
        following = context.words_between(end, min(sentence.end, end + 12))
        if not following:
            return False
        if following[0].norm in _FORMER_PLAYER or following[0].bare() in _FORMER_PLAYER:
            return True
        joined = next((m for m in context.mentions_between(following[0].start, sentence.end)
                       if m.start <= following[0].start + 1 and m.label in ORGANIZATION_LABELS),
                      None)
        if not following[0].norm.startswith("و") or joined is None or \
                context.doc.text[end:following[0].start].strip() != "":
            return False
        end = joined.end
    return False


def _players(context: Extraction, sentence: Sentence, mentions: list[Mention]) -> None:
    """A player and his club, in either order: «X مدافع فريق الأهلي», «لاعب الأهلي X»;
    not a former player («X لاعب النصر السابق»)."""
    for index, mention in enumerate(mentions):
        if mention.label != "Person":
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if after is not None and after.label in ORGANIZATION_LABELS - {"Country"} and \
                _player_phrase(context, mention.end, after.start) and \
                not _former(context, sentence, after):
            mention_relation(context, sentence, "memberOf", mention, after, Rule.PLAYER, 0.7)
        before = mentions[index - 1] if index > 0 else None
        if before is not None and before.label in ORGANIZATION_LABELS - {"Country"} and \
                context.doc.text[before.end:mention.start].strip() == "":
            start = max(sentence.start, before.start - 40)
            words = context.words_between(start, before.start)
            if words and _player_phrase(context, words[-min(len(words), 3)].start, before.start,
                                        leading=False) and not _former(context, sentence, before):
                mention_relation(context, sentence, "memberOf", mention, before, Rule.PLAYER,
                          0.7)


def _units(context: Extraction, sentence: Sentence, mentions: list[Mention]) -> None:
    """«كلية الآداب بجامعة القاهرة», «القوات الخاصة بالجيش», «اللجنة التنفيذية للاتحاد
    الدولي»: a unit (its first word a unit noun: كلية، لجنة، قوات، وكالة ...) right
    followed by a larger body with ب or ل is ``partOf`` it."""
    for unit, parent in itertools.pairwise(mentions):
        if unit.label not in _UNIT_LABELS or parent.label not in _PARENT_LABELS or \
                unit.entity_id == parent.entity_id:
            continue
        head = context.word_at(unit.start)
        if head is None or not head.has(_UNIT_NOUNS):
            continue  # «ورحبت جماعة النصرة بالاتحاد»: a verb's object, not a parent body
        prefix = context.attached_prefix(parent)
        gap = context.doc.text[unit.end:parent.start].strip()
        if prefix in {"ب", "ل", "لل", "بال"} and normalize_key(gap) in {"", prefix}:
            mention_relation(context, sentence, "partOf", unit, parent, Rule.UNIT, 0.6)


def _player_phrase(context: Extraction, start: int, end: int, leading: bool = True) -> bool:
    """Whether ``[start, end)`` is a player noun with club words: «، مدافع فريق», «لاعب الوسط
    بالنادي»; ``leading``: the player noun must come first, right after the name."""
    text = context.doc.text[start:end]
    if any(mark in text for mark in ".؟!:«»\"()") or text.count("،") > (1 if leading else 0):
        return False
    words = context.words_between(start, end)
    if not words or len(words) > 3:
        return False
    players = [i for i, w in enumerate(words) if w.bare() in _PLAYER_NOUNS or
               w.norm in _PLAYER_NOUNS]
    if not players or (leading and players[0] != 0):
        return False
    rest = words[players[0] + 1:]
    return all(w.bare() in _CLUB_WORDS or w.norm in _CLUB_WORDS for w in rest)


def _chain_before(context: Extraction, word: Word, sentence: Sentence) -> list[Mention]:
    """The coordinated agent mentions that end at most two words before ``word``."""
    members: list[Mention] = []
    limit = word.start
    for mention in reversed(context.mentions_between(sentence.start, word.start)):
        if mention.label not in AGENT_LABELS or not mention.entity_id:
            continue
        gap_words = context.words_between(mention.end, limit)
        if members:
            if context.doc.text[mention.end:limit].strip() not in {"", "،", "و", "، و"}:
                break
            members.insert(0, mention)
            limit = mention.start
            continue
        if len(gap_words) > 2 or any(m in context.doc.text[mention.end:limit] for m in ".:)"):
            break  # «(الولايات المتحدة وروسيا ...) تشمل الدول الأعضاء»: a list in brackets
        members.append(mention)
        limit = mention.start
    return members


def extract(index: DocIndex, state: DocState) -> Findings:
    """The geography relations of every sentence of the document."""
    context = Extraction(index, state)
    for sentence in context.doc.sentences:
        _extract_sentence(context, sentence)
    return context.found


def _extract_sentence(context: Extraction, sentence: Sentence) -> None:
    mentions = [m for m in context.mentions_between(sentence.start, sentence.end)
                if m.entity_id]
    words = context.sentence_words(sentence)
    triggers = context.trigger_positions(words, GEOGRAPHY_WORD)
    if len(mentions) < 2 and not triggers:
        return  # every rule relates two mentions, or reads a membership word
    def located(first: Mention, second: Mention) -> None:
        if not linked_pair(context, sentence, first, second):  # «علاقات طهران بواشنطن»
            mention_relation(context, sentence, "locatedIn", first, second, Rule.LOCATED_IN,
                             0.6)

    for first, second in itertools.pairwise(mentions):
        if _may_contain(context, first, second) and _gap_allows(context, first, second):
            located(first, second)
    _capital_with_adjective(context, sentence, mentions)
    extract_more(mentions, context, located)
    _players(context, sentence, mentions)
    _units(context, sentence, mentions)
    body_members.extract_sentence(context, sentence, words)
    club_possessive.extract_sentence(context, sentence, words)
    for index in triggers:
        word = words[index]
        bare = word.bare()
        if bare in MEMBERSHIP_WORDS:
            following = words[index + 1:index + 3]
            if not any(w.norm == "في" for w in following):
                continue
            orgs = [m for m in context.mentions_between(word.end, word.end + 40)
                    if m.label in ORGANIZATION_LABELS - {"Country"} and m.entity_id]
            if not orgs:
                continue
            anchor = words[max(0, index - 1)]
            for member in _chain_before(context, anchor, sentence):
                mention_relation(context, sentence, "memberOf", member, orgs[0],
                          Rule.MEMBERSHIP_LIST, 0.6)
        elif bare in AFFILIATION_WORDS and 0 < index < len(words) - 1:
            before = [m for m in context.mentions_between(words[max(0, index - 2)].start,
                                                          word.start)
                      if m.label in ORGANIZATION_LABELS and m.entity_id] or \
                affiliated_before(context, sentence, word)
            nxt = context.mention_starting_in(words[index + 1])
            if before and nxt is not None and nxt.entity_id and \
                    nxt.label in ORGANIZATION_LABELS:
                mention_relation(context, sentence, "memberOf", before[-1], nxt,
                          Rule.MEMBERSHIP_AFFILIATION, 0.6)
