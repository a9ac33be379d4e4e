"""Geography and membership: locatedIn, partOf, memberOf.

- «مدينة عدن، جنوب اليمن», «غرابوف، شرق أوكرانيا», «ميناء الزيت بالبريقة»,
  «منطقة المعاشيق بمديرية كريتر»: a city or place followed (after a comma,
  a direction word, في, or a place noun with ب) by a place or country is
  ``locatedIn`` it; a region is ``partOf`` its country.
- «بريطانيا وفرنسا ... الدول الدائمة العضوية في مجلس الأمن»: every country
  of the list is ``memberOf`` the organisation; «قناة المسيرة التابعة
  للحوثيين» is ``memberOf`` too.
"""

from __future__ import annotations

import itertools

from kg.ids import relation_id
from kg.model import Mention, Relation, Sentence
from kg.relations.context import (
    AGENT_LABELS,
    GEOGRAPHY_WORD,
    ORGANIZATION_LABELS,
    DocContext,
    Word,
)
from kg.relations.lexicon import AFFILIATION_WORDS, DIRECTIONS, MEMBERSHIP_WORDS

_PLACE_NOUNS = frozenset({"مديريه", "محافظه", "مدينه", "منطقه", "حي", "ولايه", "اقليم", "قريه",
                          "ضاحيه", "بلده", "جزيره", "مقاطعه", "امارة", "اماره"})
_CONTAINED = frozenset({"City", "Place", "Region"})
_CONTAINER = frozenset({"Country", "Region", "City", "Place"})


def _gap_allows(context: DocContext, first: Mention, second: Mention) -> bool:
    text = context.doc.text[first.end:second.start]
    if any(mark in text for mark in ".؟!:«»\"“”()") or text.count("،") > 1:
        return False
    between = context.words_between(first.end, second.start)
    if len(between) > 3:
        return False
    adjectives = 0
    for word in between:
        bare = word.bare()
        if word.norm == "في" or bare in DIRECTIONS or bare in _PLACE_NOUNS:
            continue
        if bare.endswith(("ي", "يه")) and adjectives == 0:
            adjectives += 1
            continue
        return False
    prefix = context.attached_prefix(second).lstrip("و")
    if text.strip() == "" and prefix not in {"ب", "في"}:
        return False
    return context.doc.text[second.start - 1:second.start] != "و" and \
        not (between and between[-1].norm.startswith("و"))


def _relation(context: DocContext, sentence: Sentence, kind: str, subject: Mention,
              obj: Mention, rule: str, confidence: float) -> None:
    assert subject.entity_id is not None and obj.entity_id is not None
    if subject.entity_id == obj.entity_id:
        return
    evidence = context.evidence(sentence, [(subject.start, subject.end), (obj.start, obj.end)],
                                rule, confidence)
    context.add_relation(Relation(
        id=relation_id(kind, subject.entity_id, obj.entity_id, "positive"), kind=kind,
        subject_id=subject.entity_id, object_id=obj.entity_id, evidence=(evidence,),
    ))


def _chain_before(context: DocContext, word: Word, sentence: Sentence) -> list[Mention]:
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
        if len(gap_words) > 2 or any(m in context.doc.text[mention.end:limit] for m in ".:"):
            break
        members.append(mention)
        limit = mention.start
    return members


def extract(context: DocContext) -> None:
    for sentence in context.doc.sentences:
        mentions = [m for m in context.mentions_between(sentence.start, sentence.end)
                    if m.entity_id]
        for first, second in itertools.pairwise(mentions):
            if first.label in _CONTAINED and second.label in _CONTAINER and \
                    _gap_allows(context, first, second):
                kind = "partOf" if first.label == "Region" and second.label == "Country" \
                    else "locatedIn"
                _relation(context, sentence, kind, first, second, f"geography.{kind}", 0.6)
        words = context.sentence_words(sentence)
        for index in context.trigger_positions(words, GEOGRAPHY_WORD):
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
                    _relation(context, sentence, "memberOf", member, orgs[0],
                              "membership.list", 0.6)
            elif bare in AFFILIATION_WORDS and 0 < index < len(words) - 1:
                before = [m for m in context.mentions_between(words[max(0, index - 2)].start,
                                                              word.start)
                          if m.label in ORGANIZATION_LABELS and m.entity_id]
                nxt = context.mention_starting_in(words[index + 1])
                if before and nxt is not None and nxt.entity_id and \
                        nxt.label in ORGANIZATION_LABELS:
                    _relation(context, sentence, "memberOf", before[-1], nxt,
                              "membership.affiliation", 0.6)
